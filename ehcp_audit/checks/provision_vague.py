"""F-VAGUE: a provision statement uses wording that makes it unenforceable."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        ctx.result.provision,
        rule,
        "F",
        lambda p: bool(p["vague_terms"]),
        lambda p: "Provision is vague: " + ", ".join(f"'{t}'" for t in p["vague_terms"]),
        lambda p: ", ".join(p["vague_terms"]),
    )
