"""Dates a plan states about itself, and the timescales they show.

Labelled dates ("Date of request for assessment: 3 March 2025", or a label cell followed by a
value cell) come from the front matter and the short blocks of every section: request,
draft, issue, amendment, last review, birth. From them: weeks from request to issue (SEND
Regulations 2014 reg. 13: 20 weeks), when the next review falls due (CoP 9.178: 12 months, 6
under age 5) judged at the plan's own date unless ``--as-of`` names another (never today's,
so results do not drift), outcomes dated before the plan, and a year group that does not fit
the child's age.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from ehcp_audit.analysis import AnalysedPlan
from ehcp_audit.measures.patterns import rule_data

_RULES = "thread.yaml"
_SHORT = 40
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b"
    r"|\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"
    r"|\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b"
    r"|\b" + _MONTH + r"\s+(\d{4})\b",
    re.I,
)
_TERM_END = {"autumn": (12, 20), "spring": (4, 5), "summer": (7, 22)}
_BY = re.compile(
    r"\b(?:by|before|at the end of|by the end of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?"
    r"(?:(autumn|spring|summer)\s+term\s+(?:of\s+)?(\d{4})|(?:year|yr)\s+(\d{1,2})\b)",
    re.I,
)


def parse_date(text: str) -> tuple[dt.date, bool] | None:
    """The first date in ``text`` and whether it was only a month ("March 2025": the 1st)."""
    for m in _DATE.finditer(text):
        g = m.groups()
        try:
            if g[0]:
                return dt.date(int(g[2]), _MONTHS[g[1].lower().rstrip(".")], int(g[0])), False
            if g[3]:
                return dt.date(int(g[5]), _MONTHS[g[3].lower().rstrip(".")], int(g[4])), False
            if g[6]:
                year = int(g[8]) + (2000 if len(g[8]) == 2 else 0)
                return dt.date(year, int(g[7]), int(g[6])), False
            if g[9]:
                return dt.date(int(g[9]), int(g[10]), int(g[11])), False
            if g[12]:
                return dt.date(int(g[13]), _MONTHS[g[12].lower().rstrip(".")], 1), True
        except (ValueError, KeyError):
            continue
    return None


def _labelled(analysed: AnalysedPlan) -> dict[str, dt.date]:
    labels = {
        k: re.compile(v, re.I) for k, v in (rule_data(_RULES).get("date_labels") or {}).items()
    }
    found: dict[str, dt.date] = {}
    for section in analysed.all_sections():
        texts = [u.text.strip() for u in section.units]
        for i, text in enumerate(texts):
            if len(text.split()) > _SHORT:
                continue
            for key, pattern in labels.items():
                if key in found:
                    continue
                m = pattern.search(text)
                if not m:
                    continue
                after = text[m.end() :]
                got = parse_date(after[:60])
                label_only = not re.search(r"\d", after) and len(after.split()) <= 4
                if got is None and label_only and i + 1 < len(texts):
                    got = parse_date(texts[i + 1][:60])  # a label cell, then its value cell
                if got:
                    found[key] = got[0]
                    break  # one label per block: "Date of birth" is not also "issued"
    return found


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def expected_year_group(birth: dt.date, on: dt.date) -> int:
    """England: Year N is the school year in which a child turns N + 5 (Reception is 0)."""
    start = on.year if on.month >= 9 else on.year - 1
    return _age(birth, dt.date(start + 1, 8, 31)) - 5


_YEAR_GROUP = re.compile(
    r"\b(?:national curriculum |nc |current |school )?year(?: group)?\s*[:\-]?\s*(?:year\s*)?(\d{1,2})\b(?!\s*(?:years?|months?|old))",
    re.I,
)


def _year_group(analysed: AnalysedPlan) -> int | None:
    texts = [u.text.strip() for u in analysed.front.units]
    for i, text in enumerate(texts):
        m = _YEAR_GROUP.search(text)
        if m:
            return int(m.group(1))
        if re.fullmatch(r"(?:nc |national curriculum |current )?year(?: group)?\s*:?", text, re.I):
            nxt = texts[i + 1] if i + 1 < len(texts) else ""
            m = re.match(r"(?:year\s*)?(\d{1,2})\b", nxt, re.I)
            if m:
                return int(m.group(1))
    return None


def _outcome_deadline(text: str, birth: dt.date | None, year_group: int | None, plan: dt.date):
    """The latest day an outcome's own "by ..." date allows, if it names one."""
    m = _BY.search(text)
    if m and m.group(1):
        month, day = _TERM_END[m.group(1).lower()]
        return dt.date(int(m.group(2)), month, day)
    if m and m.group(3) and year_group is not None:
        # "by the end of Year 5": the July of that school year, counted from the plan's year.
        start = plan.year if plan.month >= 9 else plan.year - 1
        return dt.date(start + 1 + int(m.group(3)) - year_group, 7, 31)
    by = re.search(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?", text, re.I)
    if by:
        got = parse_date(text[by.end() : by.end() + 30])
        if got:
            day, month_only = got
            if month_only:
                day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
            return day
    return None


def measure_dates(
    analysed: AnalysedPlan, outcomes: list[dict[str, Any]], as_of: str | None, draft: bool
) -> dict[str, Any]:
    data = rule_data(_RULES)
    found = _labelled(analysed)
    # The date of birth is used (age, year group, review interval) but not output.
    iso = {k: v.isoformat() for k, v in found.items() if k != "birth"}
    out: dict[str, Any] = {"found": iso, "birth_known": "birth" in found}
    request, issue = found.get("request"), found.get("issue")
    plan_date = max((d for d in (issue, found.get("amended")) if d), default=None)
    plan_date = plan_date or found.get("draft")
    out["plan_date"] = plan_date.isoformat() if plan_date else None
    out["weeks_to_issue"] = None
    out["within_20_weeks"] = None
    limit = float(data.get("max_weeks_to_issue", 20))
    if request and issue and issue >= request and not draft:
        weeks = round((issue - request).days / 7, 1)
        out["weeks_to_issue"] = weeks
        out["within_20_weeks"] = weeks <= limit
    birth = found.get("birth")
    reference = dt.date.fromisoformat(as_of) if as_of else plan_date
    out["reference_date"] = reference.isoformat() if reference else None
    out["reference"] = "as_of" if as_of else "plan"
    base = found.get("last_review") or issue
    if as_of:
        base = max(
            (d for d in (found.get("last_review"), issue, found.get("amended")) if d), default=None
        )
    out["review_due"] = out["review_overdue"] = None
    if base and reference and not draft:
        young = birth is not None and _age(birth, base) < 5
        months = int(data.get("review_months_under_5" if young else "review_months", 12))
        due = _add_months(base, months)
        out["review_due"] = due.isoformat()
        out["review_overdue"] = reference > due
        out["review_months"] = months
    year_group = _year_group(analysed)
    out["year_group"] = year_group
    on = plan_date or reference
    out["age"] = _age(birth, on) if birth and on else None
    out["expected_year_group"] = None
    age = _age(birth, on) if birth and on else None
    college_year = age is not None and age >= 16 and year_group is not None and year_group <= 3
    if age is not None and year_group is not None and 4 <= age <= 19 and not college_year:
        out["expected_year_group"] = expected_year_group(birth, on)  # not "year 1" of a course
    out["outcomes_dated_before_plan"] = []
    if plan_date:
        for item in outcomes:
            deadline = _outcome_deadline(item["text"], birth, year_group, plan_date)
            if deadline and deadline < plan_date:
                out["outcomes_dated_before_plan"].append(
                    {
                        "location": item.get("location"),
                        "date": deadline.isoformat(),
                        "text": item["text"],
                    }
                )
    return out
