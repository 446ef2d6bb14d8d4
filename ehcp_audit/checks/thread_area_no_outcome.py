"""T-AREA-NO-OUTCOME: an area of need with needs in Section B but no outcome in Section E."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import area_name
from ehcp_audit.measures.areas import UNSURE, broad_areas
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    thread = ctx.result.thread or {}
    if not thread.get("outcomes"):
        return  # no outcomes at all: E-NONE says so
    min_needs = int(rule.option("min_needs", 1))
    for key, area in (thread.get("areas") or {}).items():
        if key == UNSURE or key not in broad_areas() or area["none_identified"]:
            continue
        if area["needs"] >= min_needs and not area["has_outcome"]:
            yield rule.finding(
                f"{area_name(key)}: {area['needs']} need(s) in B but no outcome in E for this area",
                section="E",
            )
