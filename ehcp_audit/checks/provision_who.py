"""F-WHO: a provision statement does not name who delivers it."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, provision
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        provision(ctx),
        rule,
        "F",
        lambda p: not p.who_specified,
        lambda p: "Provision does not name who delivers it (a role or qualification)",
        lambda p: p.excerpt,
    )
