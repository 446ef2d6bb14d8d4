"""The report view model: what every output shows, built once from the results.

Two parts, both folded one plan at a time so a batch of any size is reported in constant memory:

- :func:`plan_row` builds a :class:`PlanRow` for one result: the figures of every column in
  :data:`PLAN_COLUMNS` (typed values, not strings), the counts per level, the missing and empty
  sections, and the findings grouped by the item they concern, in plan order. Plan text rides
  along only when asked for (``include_text``).
- :class:`Aggregate` folds the batch: ``add(result)`` per plan (or ``add_row(values)`` for a
  plans CSV, which holds figures only), then ``finish()`` gives the summary figures (the
  Children's Commissioner's table) and :meth:`Aggregate.charts` the chart bins.

Terminal, CSV, HTML, SARIF, Parquet, Excel and ``summary`` all render from these. A new column is
one :class:`Column` declaration at the end of :data:`PLAN_COLUMNS`; it then appears in the CSV,
the Parquet plans table and the workbook.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ehcp_audit.levels import LEVELS, MOST_SEVERE_FIRST, Level
from ehcp_audit.report.statutory import ThreadFigures
from ehcp_audit.result import PlanResult

# --- columns ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """One figure per plan: a stable name, what it means, how to read it from a result, and its
    type for typed outputs (Parquet, Excel): "int", "float", "bool" or "string".

    It unpacks as ``(name, description, get)``, the shape the CSV column list has always had.
    """

    name: str
    description: str
    get: Callable[[PlanResult], Any]
    kind: str = "string"

    def __iter__(self) -> Iterator[Any]:
        return iter((self.name, self.description, self.get))


def _m(key: str) -> Callable[[PlanResult], Any]:
    return lambda r: r.metrics.get(key)


def _v(key: str) -> Callable[[PlanResult], Any]:
    return lambda r: (r.voice or {}).get(key)


def _o(key: str) -> Callable[[PlanResult], Any]:
    return lambda r: r.outcomes_summary.get(key)


def _p(key: str) -> Callable[[PlanResult], Any]:
    return lambda r: r.provision_summary.get(key)


def _pfa(key: str) -> Callable[[PlanResult], Any]:
    def get(r: PlanResult) -> Any:
        pfa = r.outcomes_summary.get("pfa") or {}
        value = pfa.get(key)
        return " ".join(value) if isinstance(value, list) else value

    return get


def _t(key: str) -> Callable[[PlanResult], Any]:
    return lambda r: ((r.thread or {}).get("summary") or {}).get(key)


def _d(key: str) -> Callable[[PlanResult], Any]:
    return lambda r: (r.dates or {}).get(key)


def _grade(key: str | None) -> Callable[[PlanResult], Any]:
    def get(r: PlanResult) -> Any:
        grades = r.grades or {}
        part = grades.get("plan") if key is None else (grades.get("sections") or {}).get(key)
        return (part or {}).get("grade")

    return get


# The golden thread, timeliness, Section K and the QA grades (--framework); figures only.
_STATUTORY_COLUMNS: list[Column] = [
    Column("t_needs", "Need statements found in Section B", _t("needs"), "int"),
    Column(
        "t_needs_with_provision_share",
        "Share of needs met by provision in F",
        _t("needs_with_provision_share"),
        "float",
    ),
    Column(
        "t_outcomes_with_provision_share",
        "Share of outcomes supported by provision in F",
        _t("outcomes_with_provision_share"),
        "float",
    ),
    Column(
        "t_provision_with_need_share",
        "Share of provision meeting a need in B",
        _t("provision_with_need_share"),
        "float",
    ),
    Column(
        "plan_status",
        "draft, final or unmarked (from the front matter)",
        lambda r: (r.placement or {}).get("status"),
    ),
    Column(
        "j_personal_budget",
        "requested, not_requested or unstated (Section J)",
        lambda r: ((r.placement or {}).get("personal_budget") or {}).get("request"),
    ),
    Column(
        "d_weeks_to_issue",
        "Weeks from the request for assessment to the final plan",
        _d("weeks_to_issue"),
        "float",
    ),
    Column(
        "d_within_20_weeks",
        "Issued within 20 weeks of the request (when both dates are given)",
        _d("within_20_weeks"),
        "bool",
    ),
    Column(
        "d_review_overdue",
        "Review due before the plan's date (or --as-of)",
        _d("review_overdue"),
        "bool",
    ),
    Column(
        "k_advice_missing",
        "reg. 6(1) advice types not listed in K, space-separated",
        lambda r: (
            " ".join(m["type"] for m in (r.advice or {}).get("missing", [])) if r.advice else None
        ),
    ),
    Column("grade", "QA grade of the plan (--framework)", _grade(None)),
    *(
        Column(f"grade_{key}", f"QA grade of Section {key} (--framework)", _grade(key))
        for key in ("A", "B", "E", "F", "G", "H", "I", "J", "K")
    ),
]


def _questions_without_child_voice(r: PlanResult) -> int | None:
    if not r.voice:
        return None
    return sum(
        1
        for q in r.voice.get("questions", [])
        if q["voice"] == "child" and q["sentences"] and not q["child_first_person"]
    )


PLAN_COLUMNS: list[Column] = [
    Column("file", "Path of the plan as given on the command line", lambda r: r.file),
    Column("status", "audited, not_ehcp or error", lambda r: r.status),
    Column("error", "Why the file could not be read (status error)", lambda r: r.error),
    Column("format", "docx or pdf (doc, rtf or odt: read through LibreOffice)", lambda r: r.format),
    Column("pages", "Pages (PDF only)", lambda r: r.pages, "int"),
    Column("sha256", "SHA-256 of the file's bytes", lambda r: r.sha256),
    Column(
        "words",
        "Words in the whole plan, headings and tables included",
        lambda r: r.words if r.status != "error" else None,
        "int",
    ),
    Column(
        "reading_minutes_aloud",
        "Minutes to read the plan aloud (default 100 words a minute)",
        _m("reading_minutes_aloud"),
        "float",
    ),
    Column(
        "reading_minutes_silent",
        "Minutes to read it silently (default 238 words a minute)",
        _m("reading_minutes_silent"),
        "float",
    ),
    Column("sentences", "Prose sentences scored for reading level", _m("sentences"), "int"),
    Column(
        "flesch_reading_ease",
        "Flesch reading ease of the prose (higher is easier)",
        _m("flesch_reading_ease"),
        "float",
    ),
    Column(
        "flesch_kincaid_grade",
        "Flesch-Kincaid grade of the prose",
        _m("flesch_kincaid_grade"),
        "float",
    ),
    Column(
        "uk_reading_age", "UK reading age: Flesch-Kincaid grade + 5", _m("uk_reading_age"), "float"
    ),
    Column("smog", "SMOG grade; empty when there are fewer than 30 sentences", _m("smog"), "float"),
    Column(
        "mean_sentence_length", "Mean words per prose sentence", _m("mean_sentence_length"), "float"
    ),
    Column(
        "long_sentence_share",
        "Share of prose sentences over 25 words",
        _m("long_sentence_share"),
        "float",
    ),
    Column(
        "sections_found",
        "Statutory sections found (A-K; H1 and H2 count separately)",
        lambda r: len(r.sections) if r.status != "error" else None,
        "int",
    ),
    Column(
        "missing_sections",
        "Sections not found, space-separated",
        lambda r: " ".join(r.missing_sections),
    ),
    Column(
        "empty_sections",
        "Sections with no content or only placeholder text",
        lambda r: " ".join(r.empty_sections),
    ),
    Column("a_sentences", "Sentences in Section A", _v("sentences"), "int"),
    Column(
        "a_child_first_person_share",
        "Share of Section A sentences under the child's sub-questions written in the child's first person",
        _v("child_first_person_share"),
        "float",
    ),
    Column(
        "a_has_child_first_person",
        "Section A has at least one statement in the child's words",
        _v("has_child_first_person"),
        "bool",
    ),
    Column(
        "a_has_aspirations",
        "Section A refers to the child's hopes and aspirations",
        _v("has_aspirations"),
        "bool",
    ),
    Column(
        "a_has_working_well", "Section A says what is working well", _v("has_working_well"), "bool"
    ),
    Column(
        "a_third_person_only",
        "Section A is written only in the third person",
        _v("third_person_only"),
        "bool",
    ),
    Column(
        "a_says_who_completed", "Section A says who completed it", _v("says_who_completed"), "bool"
    ),
    Column(
        "a_questions_without_child_voice",
        "Child sub-questions with sentences but none in the child's words",
        _questions_without_child_voice,
        "int",
    ),
    Column("e_outcomes", "Long-term outcomes found in Section E", _o("outcomes"), "int"),
    Column("e_targets", "Short-term targets found in Section E", _o("targets"), "int"),
    Column(
        "e_smart_share",
        "Share of outcomes and targets meeting every SMART test the tool can judge",
        _o("smart_share"),
        "float",
    ),
    Column("e_specific_share", "Share judged specific", _o("specific_share"), "float"),
    Column("e_measurable_share", "Share judged measurable", _o("measurable_share"), "float"),
    Column("e_time_bound_share", "Share judged time-bound", _o("time_bound_share"), "float"),
    Column(
        "e_generic_timeframes",
        "Outcomes with long or generic timeframes",
        _o("generic_timeframe_count"),
        "int",
    ),
    Column(
        "e_provision_as_outcome",
        "Outcomes that describe provision",
        _o("provision_as_outcome_count"),
        "int",
    ),
    Column(
        "e_pfa_required",
        "Preparing for Adulthood outcomes expected (Year 9 or age 14 and over); empty if unknown",
        _pfa("required"),
        "bool",
    ),
    Column(
        "e_pfa_missing",
        "Preparing for Adulthood areas with no outcome, space-separated",
        _pfa("missing"),
    ),
    Column("f_statements", "Provision statements found in Section F", _p("statements"), "int"),
    Column(
        "f_quantified_share",
        "Share of provision stating how often or how much",
        _p("quantified_share"),
        "float",
    ),
    Column("f_who_share", "Share of provision naming who delivers it", _p("who_share"), "float"),
    Column(
        "f_vague_statements",
        "Provision statements using vague wording",
        _p("vague_statements"),
        "int",
    ),
    Column(
        "f_ta_hours_per_week",
        "Teaching-assistant hours a week stated in Section F (estimate)",
        _p("ta_hours_per_week"),
        "float",
    ),
    *_STATUTORY_COLUMNS,
    Column("errors", "Findings at level error", lambda r: r.count(Level.error), "int"),
    Column("warnings", "Findings at level warning", lambda r: r.count(Level.warning), "int"),
    Column(
        "suggestions", "Findings at level suggestion", lambda r: r.count(Level.suggestion), "int"
    ),
    Column(
        "ocr_confidence",
        "Mean OCR word confidence (0-100) when the text was read from a scan (--ocr); empty otherwise",
        lambda r: (r.ocr or {}).get("mean_confidence"),
        "float",
    ),
]

# An entry written in the older tuple shape, (name, description, get), is a Column too.
PLAN_COLUMNS[:] = [c if isinstance(c, Column) else Column(*c) for c in PLAN_COLUMNS]

FINDING_COLUMNS = ["file", "code", "level", "section", "location", "message", "match", "place"]

LEVEL_ORDER = {level: rank for rank, level in enumerate(MOST_SEVERE_FIRST)}  # error first

READING_AGE_BINS = (
    (0, 9, "under 9"),
    (9, 12, "9-11"),
    (12, 15, "12-14"),
    (15, 18, "15-17"),
    (18, 999, "18 and over"),
)

QUESTION_NAMES = {
    "important_to_me": "What is important to me",
    "like_and_admire": "What people like and admire about me",
    "hopes_and_aspirations": "My hopes and aspirations",
    "working_well": "What is working well",
    "not_working_well": "What is not working well",
    "communication": "How best to communicate with me",
    "history": "My history",
    "parents_views": "My parents' views",
    "professionals_views": "Professionals' views",
    "who_completed": "Who completed this section",
}

COMMISSIONER_MEAN_WORDS = 5000  # the Children's Commissioner's average plan length
LENGTH_BIN = 1000
MAX_LENGTH_BINS = 16  # longer plans share an open-ended last bin


def location_text(location: Mapping[str, int] | None) -> str:
    """A finding's place in the file, in words ("page 3", "table 6 row 7 cell 1")."""
    if not location:
        return ""
    if "table" in location:
        text = f"table {location['table']} row {location.get('row')} cell {location.get('cell')}"
        return f"page {location['page']}, {text}" if "page" in location else text
    if "page" in location:
        return f"page {location['page']}"
    if "paragraph" in location:
        return f"paragraph {location['paragraph']}"
    return ""


# --- one plan ---------------------------------------------------------------------------------


@dataclass(slots=True)
class FindingView:
    code: str
    level: str
    section: str | None
    where: str  # location_text of the finding's location
    message: str
    match: str | None  # plan text: only with include_text


@dataclass(slots=True)
class FindingGroup:
    """The findings about one item of the plan (an outcome, a provision line, a section)."""

    section: str | None
    where: str
    findings: list[FindingView]
    place: str | None = None  # the plan's own terms: "Section E, outcome 3" (no plan text)

    @property
    def label(self) -> str:
        if self.place:
            return self.place
        if self.section:
            return ", ".join(p for p in (f"Section {self.section}", self.where) if p)
        # Findings outside every section sit in the front matter, or concern the whole plan.
        return f"Front matter, {self.where}" if self.where else "The whole plan"


@dataclass(slots=True)
class PlanRow:
    """One plan as every report shows it. ``text`` is None unless plan text was asked for."""

    index: int  # 1-based position in the batch
    file: str
    status: str
    error: str | None
    values: dict[str, Any]  # PLAN_COLUMNS name -> typed value
    counts: dict[str, int]  # level -> findings
    missing_sections: list[str]
    empty_sections: list[str]
    text: PlanText | None = None
    # The findings grouped by item, made when an output first reads ``groups`` (the HTML
    # report, the CI annotations): JSON, CSV and the rest never need them.
    _groups: list[FindingGroup] | None = None
    _source: tuple[PlanResult, bool] | None = None

    @property
    def groups(self) -> list[FindingGroup]:
        if self._groups is None:
            result, include_text = self._source or (PlanResult(file=self.file, status=""), False)
            self._groups, self._source = group_findings(result, include_text), None
        return self._groups

    @property
    def findings(self) -> int:
        return sum(len(g.findings) for g in self.groups)


@dataclass(slots=True)
class PlanText:
    """Plan text for the outputs that show it with ``--include-text``."""

    outcomes: list[dict[str, Any]] = field(default_factory=list)
    provision: list[dict[str, Any]] = field(default_factory=list)
    sections: list[tuple[str, int, str]] = field(default_factory=list)  # (key, words, text)


def column_values(result: PlanResult) -> dict[str, Any]:
    return {column.name: column.get(result) for column in PLAN_COLUMNS}


def _location_key(location: Mapping[str, int] | None) -> tuple[int, ...]:
    location = location or {}
    return tuple(location.get(k, 0) for k in ("page", "paragraph", "table", "row", "cell"))


def group_findings(result: PlanResult, include_text: bool = False) -> list[FindingGroup]:
    """Findings grouped by the item they concern (the same place in the plan, "Section E,
    outcome 3"; or, without places, the same location and words), the groups in plan order:
    plan-wide findings first, then by section in the plan's order, then by position; within a
    group, errors first."""
    section_order = {key: i for i, key in enumerate(result.sections)}
    groups: dict[tuple, FindingGroup] = {}
    order: dict[tuple, tuple] = {}
    for seen, f in enumerate(result.findings):
        place = getattr(f, "place", None)
        if place:
            key: tuple = (f.section, place)
        else:
            key = (f.section, tuple(sorted((f.location or {}).items())), f.match)
        if key not in groups:
            groups[key] = FindingGroup(f.section, location_text(f.location), [], place)
            rank = -1 if f.section is None else section_order.get(f.section, len(section_order))
            order[key] = (rank, f.section or "", _location_key(f.location), seen)
        groups[key].findings.append(
            FindingView(
                f.code,
                f.level,
                f.section,
                location_text(f.location),
                f.message,
                f.match if include_text else None,
            )
        )
    for group in groups.values():
        group.findings.sort(key=lambda v: LEVEL_ORDER.get(v.level, 9))
    return [groups[key] for key in sorted(groups, key=order.__getitem__)]


def plan_row(result: PlanResult, index: int, include_text: bool = False) -> PlanRow:
    text = None
    if include_text and result.status == "audited":
        text = PlanText(
            outcomes=list(result.outcomes),
            provision=list(result.provision),
            sections=[(k, s.words, s.text) for k, s in result.sections.items() if s.text],
        )
    return PlanRow(
        index=index,
        file=result.file,
        status=result.status,
        error=result.error,
        values=column_values(result),
        counts={level: result.count(level) for level in LEVELS},
        missing_sections=list(result.missing_sections),
        empty_sections=list(result.empty_sections),
        text=text,
        _source=(result, include_text),
    )


# --- the batch --------------------------------------------------------------------------------


def as_number(value: Any) -> float | None:
    """A finite number from a results field (JSON, CSV text), or None."""
    if value in (None, "") or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in ("true", "True", "1"):
        return True
    if value in ("false", "False", "0"):
        return False
    return None


class _Share:
    """A count of true values among the known ones."""

    __slots__ = ("hits", "known")

    def __init__(self) -> None:
        self.hits = 0
        self.known = 0

    def add(self, value: bool | None) -> None:
        if value is not None:
            self.known += 1
            self.hits += bool(value)

    def merge(self, other: _Share) -> None:
        self.hits += other.hits
        self.known += other.known

    def figure(self) -> dict[str, Any]:
        share = round(self.hits / self.known, 3) if self.known else None
        return {"count": self.hits, "of": self.known, "share": share}


class _Weighted:
    """A share pooled over plans from each plan's share and statement count (a CSV's figures)."""

    __slots__ = ("hits", "total")

    def __init__(self) -> None:
        self.hits = 0.0
        self.total = 0.0

    def add(self, share: float | None, count: float) -> None:
        if count and share is not None:
            self.total += count
            self.hits += share * count

    def merge(self, other: _Weighted) -> None:
        self.hits += other.hits
        self.total += other.total

    def figure(self) -> dict[str, Any]:
        share = round(self.hits / self.total, 3) if self.total else None
        return {"count": round(self.hits), "of": int(self.total), "share": share}


class _Spread:
    """Mean (exact, as statistics.mean), minimum and maximum of a figure."""

    __slots__ = ("total", "n", "low", "high")

    def __init__(self) -> None:
        self.total = Fraction(0)
        self.n = 0
        self.low: float | None = None
        self.high: float | None = None

    def add(self, value: float | None) -> None:
        if value is None:
            return
        self.total += Fraction(value)
        self.n += 1
        self.low = value if self.low is None else min(self.low, value)
        self.high = value if self.high is None else max(self.high, value)

    def merge(self, other: _Spread) -> None:
        self.total += other.total
        self.n += other.n
        for value in (other.low, other.high):
            if value is not None:
                self.low = value if self.low is None else min(self.low, value)
                self.high = value if self.high is None else max(self.high, value)

    @property
    def mean(self) -> float | None:
        return float(self.total / self.n) if self.n else None


_OUTCOME_SHARES = ("smart", "specific", "measurable", "time_bound", "relevant")
_SECTION_A_ABSENT = {
    "no_aspirations": "a_has_aspirations",
    "no_working_well": "a_has_working_well",
    "no_child_first_person": "a_has_child_first_person",
}
_WEIGHTED_OUTCOMES = {
    "smart": "e_smart_share",
    "specific": "e_specific_share",
    "measurable": "e_measurable_share",
    "time_bound": "e_time_bound_share",
}


class Aggregate:
    """The batch's figures, folded one plan at a time: ``add``/``add_row`` then ``finish``.

    Holds counts, sums and small counters only (no plan), so any batch fits in memory.
    ``add_row`` takes a plans CSV row (figures only): per-sub-question figures and findings
    then cannot be pooled, and the outcome and provision shares are pooled from each plan's
    share weighted by its statement count.
    """

    def __init__(self) -> None:
        self.status: Counter[str] = Counter()
        self.full = True  # every plan came with its outcomes, provision and findings
        self.with_a = 0
        self.absent = {key: _Share() for key in _SECTION_A_ABSENT}
        self.third_person_only = _Share()
        self.words = _Spread()
        self.minutes = _Spread()
        self.ages = _Spread()
        self.age_bins: Counter[str] = Counter()
        self.length_bins: Counter[int] = Counter()  # thousands of words -> plans
        self.outcome_statements = 0
        self.outcome_shares = {key: _Share() for key in _OUTCOME_SHARES}
        self.achievable_flagged = 0
        self.generic_timeframe = 0
        self.row_outcome_statements = 0
        self.row_generic_timeframe = 0
        self.weighted_outcomes = {key: _Weighted() for key in _WEIGHTED_OUTCOMES}
        self.provision_statements = 0
        self.row_provision_statements = 0
        self.provision_shares = {key: _Share() for key in ("quantified", "who_specified", "vague")}
        self.weighted_provision = {key: _Weighted() for key in ("quantified", "who_specified")}
        self.questions_seen: Counter[str] = Counter()
        self.questions_without: Counter[str] = Counter()
        self.finding_counts: Counter[str] = Counter()
        self.finding_pairs: Counter[tuple[str, str]] = Counter()  # (code, level)
        self.plans_with: Counter[str] = Counter()
        self.levels: dict[str, str] = {}
        self.level_counts: Counter[str] = Counter()
        self.statutory = ThreadFigures()  # golden thread, timeliness, Section K, QA grades

    # -- folding --

    def add(self, result: PlanResult, values: Mapping[str, Any] | None = None) -> None:
        """Fold one result (``values``: its column values, when already built)."""
        self._add_values(values if values is not None else column_values(result))
        for f in result.findings:
            self.finding_counts[f.code] += 1
            self.finding_pairs[(f.code, f.level)] += 1
            self.levels[f.code] = f.level
            self.level_counts[f.level] += 1
        self.plans_with.update({f.code for f in result.findings})
        if result.status != "audited":
            return
        self._add_items(result)
        self._add_questions(result.voice)
        self.statutory.add(result)

    def add_row(self, values: Mapping[str, Any]) -> None:
        """Fold a plans CSV row: figures only."""
        self.full = False
        self._add_values(values)

    def _add_values(self, row: Mapping[str, Any]) -> None:
        status = str(row.get("status"))
        self.status[status] += 1
        if status != "audited":
            return
        if as_number(row.get("a_sentences")) not in (None, 0.0):
            self.with_a += 1
            for key, column in _SECTION_A_ABSENT.items():
                present = _bool(row.get(column))
                self.absent[key].add(None if present is None else not present)
            self.third_person_only.add(_bool(row.get("a_third_person_only")))
        words = as_number(row.get("words"))
        self.words.add(words)
        if words is not None:
            self.length_bins[int(words // LENGTH_BIN)] += 1
        self.minutes.add(as_number(row.get("reading_minutes_aloud")))
        age = as_number(row.get("uk_reading_age"))
        self.ages.add(age)
        if age is not None:
            for low, high, label in READING_AGE_BINS:
                if low <= age < high:
                    self.age_bins[label] += 1
        counts = sum(as_number(row.get(c)) or 0 for c in ("e_outcomes", "e_targets"))
        self.row_outcome_statements += int(counts)
        for key, column in _WEIGHTED_OUTCOMES.items():
            self.weighted_outcomes[key].add(as_number(row.get(column)), counts)
        self.row_generic_timeframe += int(as_number(row.get("e_generic_timeframes")) or 0)
        statements = as_number(row.get("f_statements")) or 0
        self.row_provision_statements += int(statements)
        self.weighted_provision["quantified"].add(
            as_number(row.get("f_quantified_share")), statements
        )
        self.weighted_provision["who_specified"].add(as_number(row.get("f_who_share")), statements)

    def _add_items(self, result: PlanResult) -> None:
        for o in result.outcomes:
            self.outcome_statements += 1
            for key, share in self.outcome_shares.items():
                share.add(o.get(key))
            self.achievable_flagged += o.get("achievable") is False
            self.generic_timeframe += bool(o.get("generic_timeframe"))
        for p in result.provision:
            self.provision_statements += 1
            self.provision_shares["quantified"].add(p.get("quantified"))
            self.provision_shares["who_specified"].add(p.get("who_specified"))
            self.provision_shares["vague"].add(bool(p.get("vague_terms")))

    def _add_questions(self, voice: Mapping[str, Any] | None) -> None:
        if not voice:
            return
        answered: dict[str, bool] = {}  # question -> some answer in the child's words
        for q in voice.get("questions", []):
            if q.get("question") and q["voice"] == "child" and q["sentences"]:
                key = q["question"]
                answered[key] = answered.get(key, False) or bool(q["child_first_person"])
        for key, in_child_words in answered.items():
            self.questions_seen[key] += 1
            self.questions_without[key] += not in_child_words

    def merge(self, other: Aggregate) -> None:
        """Add another aggregate's plans to this one (for groups decided after the fold)."""
        self.status.update(other.status)
        self.full = self.full and other.full
        self.with_a += other.with_a
        for mine, theirs in (
            *zip(self.absent.values(), other.absent.values(), strict=True),
            (self.third_person_only, other.third_person_only),
            (self.words, other.words),
            (self.minutes, other.minutes),
            (self.ages, other.ages),
            *zip(self.outcome_shares.values(), other.outcome_shares.values(), strict=True),
            *zip(self.weighted_outcomes.values(), other.weighted_outcomes.values(), strict=True),
            *zip(self.provision_shares.values(), other.provision_shares.values(), strict=True),
            *zip(self.weighted_provision.values(), other.weighted_provision.values(), strict=True),
        ):
            mine.merge(theirs)
        for name in (
            "outcome_statements",
            "achievable_flagged",
            "generic_timeframe",
            "row_outcome_statements",
            "row_generic_timeframe",
            "provision_statements",
            "row_provision_statements",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in (
            "age_bins",
            "length_bins",
            "questions_seen",
            "questions_without",
            "finding_counts",
            "finding_pairs",
            "plans_with",
            "level_counts",
        ):
            getattr(self, name).update(getattr(other, name))
        self.levels.update(other.levels)
        self.statutory.merge(other.statutory)

    # -- figures --

    @property
    def plans(self) -> int:
        return sum(self.status.values())

    def finish(self) -> dict[str, Any]:
        """The summary figures (the shape ``summary --format json`` prints)."""
        summary: dict[str, Any] = {
            "plans": self.plans,
            "audited": self.status["audited"],
            "not_ehcp": self.status["not_ehcp"],
            "unreadable": self.status["error"],
        }
        summary["section_a"] = {
            "plans_with_section_a": self.with_a,
            **{key: share.figure() for key, share in self.absent.items()},
            "third_person_only": self.third_person_only.figure(),
        }
        words, minutes = self.words, self.minutes
        summary["length"] = {
            "mean_words": round(words.mean) if words.n else None,
            "min_words": int(words.low) if words.n else None,
            "max_words": int(words.high) if words.n else None,
            "mean_minutes_aloud": round(minutes.mean, 1) if minutes.n else None,
            "min_minutes_aloud": minutes.low,
            "max_minutes_aloud": minutes.high,
        }
        summary["reading_age"] = {
            "mean": round(self.ages.mean, 1) if self.ages.n else None,
            "bins": {label: self.age_bins[label] for *_, label in READING_AGE_BINS},
        }
        summary["outcomes"] = self._outcomes()
        summary["provision"] = self._provision()
        if self.full:
            summary["questions"] = self._questions()
            summary["top_findings"] = self.top_findings()
            summary["statutory"] = self.statutory.finish()
        return summary

    def _outcomes(self) -> dict[str, Any]:
        if self.full:
            return {
                "statements": self.outcome_statements,
                **{key: share.figure() for key, share in self.outcome_shares.items()},
                "achievable_flagged": self.achievable_flagged,
                "generic_timeframe": self.generic_timeframe,
            }
        return {
            "statements": self.row_outcome_statements,
            **{key: w.figure() for key, w in self.weighted_outcomes.items()},
            "generic_timeframe": self.row_generic_timeframe,
        }

    def _provision(self) -> dict[str, Any]:
        if self.full:
            return {
                "statements": self.provision_statements,
                **{key: share.figure() for key, share in self.provision_shares.items()},
            }
        return {
            "statements": self.row_provision_statements,
            **{key: w.figure() for key, w in self.weighted_provision.items()},
        }

    def _questions(self) -> dict[str, Any]:
        known = list(QUESTION_NAMES)
        ordered = sorted(self.questions_seen, key=lambda k: known.index(k) if k in known else 99)
        return {
            key: {
                "plans": self.questions_seen[key],
                "no_child_first_person": self.questions_without[key],
                "share": round(self.questions_without[key] / self.questions_seen[key], 3),
            }
            for key in ordered
        }

    def top_findings(self, limit: int = 10) -> list[dict[str, Any]]:
        return [
            {
                "code": code,
                "level": self.levels[code],
                "findings": n,
                "plans": self.plans_with[code],
            }
            for code, n in self.finding_counts.most_common(limit)
        ]

    def charts(self) -> dict[str, Any]:
        """The chart data for the HTML report: bins, markers and bars, figures only."""
        summary = self.finish()
        return {
            "length": self._length_chart(),
            "reading_age": [
                {"tick": label, "label": f"Reading age {label}", "count": self.age_bins[label]}
                for *_, label in READING_AGE_BINS
            ],
            "smart": [
                {
                    "heading": "Section E: "
                    + plural(summary["outcomes"]["statements"], "outcome")
                    + " and targets",
                    "colour": "outcomes",
                    "bars": [
                        ("Specific", summary["outcomes"].get("specific")),
                        ("Measurable", summary["outcomes"].get("measurable")),
                        ("Time-bound", summary["outcomes"].get("time_bound")),
                        ("Relevant", summary["outcomes"].get("relevant")),
                        ("Fully SMART", summary["outcomes"].get("smart")),
                    ],
                },
                {
                    "heading": "Section F: "
                    + plural(summary["provision"]["statements"], "provision statement"),
                    "colour": "provision",
                    "bars": [
                        ("Quantified", summary["provision"].get("quantified")),
                        ("Names who delivers it", summary["provision"].get("who_specified")),
                    ],
                },
            ],
            "section_a": [
                {
                    "heading": f"Section A ({plural(self.with_a, 'plan')} with one)",
                    "colour": "section_a",
                    "bars": [
                        ("No hopes or aspirations", summary["section_a"]["no_aspirations"]),
                        ("No 'working well'", summary["section_a"]["no_working_well"]),
                        ("No child first-person", summary["section_a"]["no_child_first_person"]),
                    ],
                }
            ],
        }

    def _length_chart(self) -> dict[str, Any]:
        top_bin = max([*self.length_bins, COMMISSIONER_MEAN_WORDS // LENGTH_BIN + 1])
        n = min(max(top_bin + 1, 6), MAX_LENGTH_BINS)
        bins = []
        for i in range(n):
            low = i * LENGTH_BIN
            last = i == n - 1
            if last:
                count = sum(c for b, c in self.length_bins.items() if b >= i)
                label = f"{low:,} words and over"
            else:
                count = self.length_bins[i]
                label = f"{low:,}-{low + LENGTH_BIN - 1:,} words"
            bins.append({"tick": f"{low // 1000}k", "label": label, "count": count})
        markers = [
            {
                "at": COMMISSIONER_MEAN_WORDS / LENGTH_BIN,
                "label": "Children's Commissioner average ~5,000",
                "colour": "reference",
                "dashed": True,
            }
        ]
        mean = self.words.mean
        if mean is not None:
            mean = round(mean)
            markers.append(
                {
                    "at": mean / LENGTH_BIN,
                    "label": f"Mean of these plans {mean:,.0f}",
                    "colour": "mean",
                    "dashed": False,
                }
            )
        edges = ["0", *[f"{(i + 1) * LENGTH_BIN // 1000}k" for i in range(n - 1)]]
        return {"bins": bins, "edges": edges, "markers": markers}


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural_form or word + 's')}"


# --- groups (summary --by) --------------------------------------------------------------------


class GroupedAggregate:
    """Aggregates per group (a column's value, or the top folder under the batch's common root),
    plus the total. Folders are decided at the end: plans are folded per parent folder, and the
    folders merged into groups once the common root is known."""

    def __init__(self, by: str | None) -> None:
        self.by = by
        self.total = Aggregate()
        self.parts: dict[str, Aggregate] = {}

    def _part(self, values: Mapping[str, Any]) -> Aggregate:
        if self.by == "folder":
            key = os.path.dirname(str(values.get("file") or ""))
        else:
            key = "" if self.by is None else _group_value(values.get(self.by))
        if key not in self.parts:
            self.parts[key] = Aggregate()
        return self.parts[key]

    def add(self, result: PlanResult, values: Mapping[str, Any] | None = None) -> None:
        values = values if values is not None else column_values(result)
        self.total.add(result, values)
        if self.by:
            self._part(values).add(result, values)

    def add_row(self, values: Mapping[str, Any]) -> None:
        self.total.add_row(values)
        if self.by:
            self._part(values).add_row(values)

    def groups(self) -> dict[str, Aggregate]:
        if self.by != "folder":
            return dict(sorted(self.parts.items()))
        folders = list(self.parts)
        root = os.path.commonpath(folders) if folders and all(folders) else ""
        if len(folders) == 1:
            root = folders[0]
        merged: dict[str, Aggregate] = {}
        for folder, part in self.parts.items():
            rel = os.path.relpath(folder, root) if root else folder
            name = rel.replace("\\", "/").split("/")[0] if rel not in ("", ".") else "."
            merged.setdefault(name, Aggregate()).merge(part)
        return dict(sorted(merged.items()))


def _group_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fold(results: Iterable[PlanResult]) -> Aggregate:
    aggregate = Aggregate()
    for result in results:
        aggregate.add(result)
    return aggregate
