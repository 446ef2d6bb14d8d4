"""J-BUDGET-UNSTATED: Section J does not say whether a personal budget was requested."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    budget = (ctx.result.placement or {}).get("personal_budget")
    if budget and budget["request"] == "unstated":
        section = ctx.result.sections.get("J")
        yield rule.finding(
            "Section J does not say whether a personal budget was requested",
            section="J",
            location=section.location if section else None,
        )
