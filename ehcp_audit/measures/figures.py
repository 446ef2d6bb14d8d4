"""Batch figures for the golden thread, timeliness, Section K and QA grades, folded from
results (for the summary and HTML reports; figures only, no plan text)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ehcp_audit.result import PlanResult


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 3) if values else None


def fold_thread_figures(results: Iterable[PlanResult]) -> dict[str, Any]:
    """Figures over the audited plans of a batch (or of one group, for ``--by``).

    ``timeliness`` counts only plans whose request and issue dates are both known, and says how
    many those are; shares are means of the per-plan shares, over the plans that have any.
    """
    audited = [r for r in results if r.status == "audited"]
    summaries = [(r.thread or {}).get("summary") or {} for r in audited]

    def shares(key: str) -> list[float]:
        return [s[key] for s in summaries if s.get(key) is not None]

    weeks = [
        r.dates["weeks_to_issue"]
        for r in audited
        if (r.dates or {}).get("weeks_to_issue") is not None
    ]
    area_needs: Counter[str] = Counter()
    area_gaps: Counter[str] = Counter()
    for r in audited:
        for key, area in ((r.thread or {}).get("areas") or {}).items():
            area_needs[key] += area.get("needs", 0)
            area_gaps[key] += len(area.get("needs_without_provision", []))
    missing_advice = Counter(
        m["type"] for r in audited for m in (r.advice or {}).get("missing", [])
    )
    grades = Counter(((r.grades or {}).get("plan") or {}).get("grade") for r in audited if r.grades)
    section_grades: dict[str, Counter[str]] = {}
    for r in audited:
        for key, section in ((r.grades or {}).get("sections") or {}).items():
            if section.get("grade"):
                section_grades.setdefault(key, Counter())[section["grade"]] += 1
    return {
        "plans": len(audited),
        "thread": {
            "needs": sum(s.get("needs", 0) for s in summaries),
            "needs_with_provision_share": _mean(shares("needs_with_provision_share")),
            "outcomes_with_provision_share": _mean(shares("outcomes_with_provision_share")),
            "provision_with_need_share": _mean(shares("provision_with_need_share")),
            "needs_by_area": dict(area_needs),
            "needs_without_provision_by_area": dict(area_gaps),
        },
        "timeliness": {
            "plans_with_dates": len(weeks),
            "within_20_weeks_share": round(sum(1 for w in weeks if w <= 20) / len(weeks), 3)
            if weeks
            else None,
            "median_weeks": round(statistics.median(weeks), 1) if weeks else None,
            "review_overdue": sum(1 for r in audited if (r.dates or {}).get("review_overdue")),
        },
        "advice_missing_by_type": dict(missing_advice),
        "plans_marked_draft": sum(
            1 for r in audited if (r.placement or {}).get("status") == "draft"
        ),
        "grades": {k: v for k, v in grades.items() if k},
        "section_grades": {k: dict(v) for k, v in section_grades.items()},
    }
