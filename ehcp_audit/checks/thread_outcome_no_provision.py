"""T-OUTCOME-NO-PROVISION: an outcome in Section E that no provision in Section F supports."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import area_name, closest, match, unsure_gap
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    thread = ctx.result.thread or {}
    if not thread.get("provision"):
        return
    for outcome in thread.get("outcomes", []):
        if not outcome["provision"] and outcome.get("specific", True):
            unsure = unsure_gap(thread, outcome)
            finding = rule.finding(
                f"Outcome ({area_name(outcome['area'])}) has no provision in F that supports it"
                + (unsure or closest(outcome, "provision")),
                section="E",
                match=match(outcome),
                location=outcome["location"],
            )
            if unsure:
                finding.level = "suggestion"
            yield finding
