"""F-WHO: a provision statement does not name who delivers it."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, short
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        ctx.result.provision,
        rule,
        "F",
        lambda p: not p["who_specified"],
        lambda p: "Provision does not name who delivers it (a role or qualification)",
        lambda p: short(p["text"]),
    )
