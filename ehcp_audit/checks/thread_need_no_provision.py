"""T-NEED-NO-PROVISION: a need in Section B that no provision in Section F meets."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import area_name, closest, match, unsure_gap
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    thread = ctx.result.thread or {}
    if not thread.get("provision"):
        return  # no Section F statements at all: S-MISSING / S-EMPTY say so
    for need in thread.get("needs", []):
        if not need["provision"] and need.get("specific", True):
            unsure = unsure_gap(thread, need)
            finding = rule.finding(
                f"Need in B ({area_name(need['area'])}) has no provision in F that meets it"
                + (unsure or closest(need, "provision")),
                section="B",
                match=match(need),
                location=need["location"],
            )
            if unsure:
                finding.level = "suggestion"
            yield finding
