"""F-VAGUE: a provision statement uses wording that makes it unenforceable."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, provision
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        provision(ctx),
        rule,
        "F",
        lambda p: p.vague,
        lambda p: "Provision is vague: " + p.vague_list,
        lambda p: ", ".join(p.vague_terms),
    )
