"""T-OUTCOME-NO-PROVISION: an outcome in Section E that no provision in Section F supports."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import unprovided
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from unprovided(ctx, rule, "outcomes", "E", "Outcome")
