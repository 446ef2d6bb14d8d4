"""E-SMART-TIME: an outcome has no date, term, year group, duration or review point."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, outcomes
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        outcomes(ctx),
        rule,
        "E",
        lambda o: not o.time_bound,
        lambda o: f"{o.kind_label} is not time-bound: add when it will be achieved",
        lambda o: o.excerpt,
    )
