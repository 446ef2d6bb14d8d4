"""E-SMART-MEASURABLE: an outcome has no success criterion."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, short
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        ctx.result.outcomes,
        rule,
        "E",
        lambda o: not o["measurable"],
        lambda o: (
            f"{o['kind'].capitalize()} has no success criterion (number, frequency, accuracy, level)"
        ),
        lambda o: short(o["text"]),
    )
