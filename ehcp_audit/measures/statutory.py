"""One call that fills the statutory measures of a result: the golden thread, placement of
provision, Sections I and J, dates and Section K. Runs after the outcome and provision
measures, whose records it reads."""

from __future__ import annotations

from ehcp_audit.analysis import AnalysedPlan
from ehcp_audit.config import Settings
from ehcp_audit.measures.advice import measure_advice
from ehcp_audit.measures.dates import measure_dates
from ehcp_audit.measures.placement import measure_placement
from ehcp_audit.measures.thread import measure_thread
from ehcp_audit.result import PlanResult


def measure_statutory(analysed: AnalysedPlan, settings: Settings, result: PlanResult) -> None:
    result.thread = measure_thread(analysed, result.outcomes, result.provision)
    result.placement = measure_placement(analysed, result.provision)
    draft = result.placement["status"] == "draft"
    result.dates = measure_dates(analysed, result.outcomes, settings.as_of, draft)
    found = result.dates.get("found", {})
    if result.placement["status"] == "unmarked" and "draft" in found and "issue" not in found:
        # A draft date and no issue date: the plan is still a draft.
        result.placement["status"] = "draft"
        result.placement["status_from"] = "dates"
        result.dates = measure_dates(analysed, result.outcomes, settings.as_of, True)
    result.advice = (
        measure_advice(analysed, result.dates.get("year_group"), result.dates.get("age")) or {}
    )
