"""E-GENERIC-TIME: an outcome's timeframe is long or generic."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, outcomes
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        outcomes(ctx),
        rule,
        "E",
        lambda o: o.generic_timeframe,
        lambda o: f"{o.kind_label} has a long or generic timeframe",
        lambda o: o.generic_time_word,
    )
