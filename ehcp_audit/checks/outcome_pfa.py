"""E-PFA: from Year 9, outcomes should cover the four Preparing for Adulthood areas."""

from collections.abc import Iterator

from ehcp_audit.result import Finding

_AREA_NAMES = {
    "employment_education": "employment and education",
    "independent_living": "independent living",
    "community_friends": "friends, relationships and community",
    "good_health": "good health",
}


def check(ctx, rule) -> Iterator[Finding]:
    pfa = ctx.result.outcomes_summary.get("pfa") or {}
    if pfa.get("required") and pfa.get("missing") and "E" in ctx.result.sections:
        names = ", ".join(_AREA_NAMES.get(a, a) for a in pfa["missing"])
        yield rule.finding(
            f"No Preparing for Adulthood outcome for: {names}",
            location=ctx.result.sections["E"].location,
        )
