"""T-NEED-NO-PROVISION: a need in Section B that no provision in Section F meets."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import unprovided
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from unprovided(ctx, rule, "needs", "B", "Need in B")
