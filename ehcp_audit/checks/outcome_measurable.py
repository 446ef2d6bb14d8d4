"""E-SMART-MEASURABLE: an outcome has no success criterion."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, outcomes
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        outcomes(ctx),
        rule,
        "E",
        lambda o: not o.measurable,
        lambda o: (
            f"{o.kind_label} has no success criterion (number, frequency, accuracy, level)"
        ),
        lambda o: o.excerpt,
    )
