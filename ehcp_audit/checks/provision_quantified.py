"""F-UNQUANTIFIED: a provision statement does not say how often and for how long."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, short
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        ctx.result.provision,
        rule,
        "F",
        lambda p: not p["quantified"],
        lambda p: (
            "Provision is not quantified: "
            + "; ".join(r for r in p["reasons"][:2] if "not stated" in r)
        ),
        lambda p: short(p["text"]),
    )
