"""Batch figures for the golden thread, timeliness, Section K and QA grades, folded one plan at
a time from results (for the summary and HTML reports; figures only, no plan text)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ehcp_audit.result import PlanResult

_THREAD_SHARES = (
    "needs_with_provision_share",
    "outcomes_with_provision_share",
    "provision_with_need_share",
)


def _median(counts: Counter[float]) -> float | None:
    n = sum(counts.values())
    if not n:
        return None
    ordered = sorted(counts)
    middle = [(n - 1) // 2, n // 2]
    values: list[float] = []
    seen = 0
    for value in ordered:
        for index in middle:
            if seen <= index < seen + counts[value]:
                values.append(value)
        seen += counts[value]
    return round(sum(values) / len(values), 1)


class ThreadFigures:
    """Folds the statutory figures of a batch (or of one ``--by`` group) plan by plan.

    Holds counters and sums only; weeks to issue are kept as a count per tenth of a week, so the
    median is exact at that precision and memory does not grow with the batch.
    """

    def __init__(self) -> None:
        self.plans = 0
        self.needs = 0
        self.share_sums = dict.fromkeys(_THREAD_SHARES, 0.0)
        self.share_counts = dict.fromkeys(_THREAD_SHARES, 0)
        self.area_needs: Counter[str] = Counter()
        self.area_gaps: Counter[str] = Counter()
        self.weeks: Counter[float] = Counter()
        self.review_overdue = 0
        self.missing_advice: Counter[str] = Counter()
        self.drafts = 0
        self.grades: Counter[str] = Counter()
        self.section_grades: dict[str, Counter[str]] = {}

    def add(self, result: PlanResult) -> None:
        if result.status != "audited":
            return
        self.plans += 1
        thread = result.thread or {}
        summary = thread.get("summary") or {}
        self.needs += summary.get("needs", 0) or 0
        for key in _THREAD_SHARES:
            if summary.get(key) is not None:
                self.share_sums[key] += summary[key]
                self.share_counts[key] += 1
        for key, area in (thread.get("areas") or {}).items():
            self.area_needs[key] += area.get("needs", 0)
            self.area_gaps[key] += len(area.get("needs_without_provision", []))
        dates = result.dates or {}
        if dates.get("weeks_to_issue") is not None:
            self.weeks[round(float(dates["weeks_to_issue"]), 1)] += 1
        self.review_overdue += bool(dates.get("review_overdue"))
        self.missing_advice.update(m["type"] for m in (result.advice or {}).get("missing", []))
        self.drafts += (result.placement or {}).get("status") == "draft"
        grades = result.grades or {}
        plan_grade = (grades.get("plan") or {}).get("grade")
        if plan_grade:
            self.grades[plan_grade] += 1
        for key, section in (grades.get("sections") or {}).items():
            if section.get("grade"):
                self.section_grades.setdefault(key, Counter())[section["grade"]] += 1

    def merge(self, other: ThreadFigures) -> None:
        self.plans += other.plans
        self.needs += other.needs
        for key in _THREAD_SHARES:
            self.share_sums[key] += other.share_sums[key]
            self.share_counts[key] += other.share_counts[key]
        for mine, theirs in (
            (self.area_needs, other.area_needs),
            (self.area_gaps, other.area_gaps),
            (self.weeks, other.weeks),
            (self.missing_advice, other.missing_advice),
            (self.grades, other.grades),
        ):
            mine.update(theirs)
        self.review_overdue += other.review_overdue
        self.drafts += other.drafts
        for key, counts in other.section_grades.items():
            self.section_grades.setdefault(key, Counter()).update(counts)

    def finish(self) -> dict[str, Any]:
        """``timeliness`` counts only plans whose request and issue dates are both known, and
        says how many those are; thread shares are means of the per-plan shares."""
        dated = sum(self.weeks.values())
        within = sum(n for weeks, n in self.weeks.items() if weeks <= 20)
        return {
            "plans": self.plans,
            "thread": {
                "needs": self.needs,
                **{
                    key: round(self.share_sums[key] / self.share_counts[key], 3)
                    if self.share_counts[key]
                    else None
                    for key in _THREAD_SHARES
                },
                "needs_by_area": dict(self.area_needs),
                "needs_without_provision_by_area": dict(self.area_gaps),
            },
            "timeliness": {
                "plans_with_dates": dated,
                "within_20_weeks_share": round(within / dated, 3) if dated else None,
                "median_weeks": _median(self.weeks),
                "review_overdue": self.review_overdue,
            },
            "advice_missing_by_type": dict(self.missing_advice),
            "plans_marked_draft": self.drafts,
            "grades": dict(self.grades),
            "section_grades": {k: dict(v) for k, v in self.section_grades.items()},
        }


def fold_thread_figures(results: Iterable[PlanResult]) -> dict[str, Any]:
    """Figures over the audited plans of ``results`` (see :class:`ThreadFigures`)."""
    figures = ThreadFigures()
    for result in results:
        figures.add(result)
    return figures.finish()
