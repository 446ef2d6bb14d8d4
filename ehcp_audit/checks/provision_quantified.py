"""F-UNQUANTIFIED: a provision statement does not say how often and for how long."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, provision
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        provision(ctx),
        rule,
        "F",
        lambda p: not p.quantified,
        lambda p: "Provision is not quantified: " + p.unquantified_reason,
        lambda p: p.excerpt,
    )
