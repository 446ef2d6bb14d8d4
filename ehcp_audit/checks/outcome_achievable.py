"""E-ACHIEVABLE: an outcome asks for an absolute."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, outcomes
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        outcomes(ctx),
        rule,
        "E",
        lambda o: o.achievable is False,
        lambda o: f"{o.kind_label} asks for an absolute (always, never, 100%)",
        lambda o: o.absolute_word,
    )
