"""``--csv FILE`` (one row per plan, figures only) and ``--findings-csv FILE`` (one row per
finding; the matched words only with ``--include-text``).

The column names are stable and documented in :data:`PLAN_COLUMNS` (the README's column
dictionary is generated from it). Empty cells mean "not measured" (for example no Section E).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import Any

from ehcp_audit.result import PlanResult


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
_STATUTORY_COLUMNS: list[tuple[str, str, Callable[[PlanResult], Any]]] = [
    ("t_needs", "Need statements found in Section B", _t("needs")),
    (
        "t_needs_with_provision_share",
        "Share of needs met by provision in F",
        _t("needs_with_provision_share"),
    ),
    (
        "t_outcomes_with_provision_share",
        "Share of outcomes supported by provision in F",
        _t("outcomes_with_provision_share"),
    ),
    (
        "t_provision_with_need_share",
        "Share of provision meeting a need in B",
        _t("provision_with_need_share"),
    ),
    (
        "plan_status",
        "draft, final or unmarked (from the front matter)",
        lambda r: (r.placement or {}).get("status"),
    ),
    (
        "j_personal_budget",
        "requested, not_requested or unstated (Section J)",
        lambda r: ((r.placement or {}).get("personal_budget") or {}).get("request"),
    ),
    (
        "d_weeks_to_issue",
        "Weeks from the request for assessment to the final plan",
        _d("weeks_to_issue"),
    ),
    (
        "d_within_20_weeks",
        "Issued within 20 weeks of the request (when both dates are given)",
        _d("within_20_weeks"),
    ),
    ("d_review_overdue", "Review due before the plan's date (or --as-of)", _d("review_overdue")),
    (
        "k_advice_missing",
        "reg. 6(1) advice types not listed in K, space-separated",
        lambda r: (
            " ".join(m["type"] for m in (r.advice or {}).get("missing", [])) if r.advice else None
        ),
    ),
    ("grade", "QA grade of the plan (--framework)", _grade(None)),
    *(
        (f"grade_{key}", f"QA grade of Section {key} (--framework)", _grade(key))
        for key in ("A", "B", "E", "F", "G", "H", "I", "J", "K")
    ),
]


PLAN_COLUMNS: list[tuple[str, str, Callable[[PlanResult], Any]]] = [
    ("file", "Path of the plan as given on the command line", lambda r: r.file),
    ("status", "audited, not_ehcp or error", lambda r: r.status),
    ("error", "Why the file could not be read (status error)", lambda r: r.error),
    ("format", "docx or pdf (doc, rtf or odt: read through LibreOffice)", lambda r: r.format),
    ("pages", "Pages (PDF only)", lambda r: r.pages),
    ("sha256", "SHA-256 of the file's bytes", lambda r: r.sha256),
    (
        "words",
        "Words in the whole plan, headings and tables included",
        lambda r: r.words if r.status != "error" else None,
    ),
    (
        "reading_minutes_aloud",
        "Minutes to read the plan aloud (default 100 words a minute)",
        _m("reading_minutes_aloud"),
    ),
    (
        "reading_minutes_silent",
        "Minutes to read it silently (default 238 words a minute)",
        _m("reading_minutes_silent"),
    ),
    ("sentences", "Prose sentences scored for reading level", _m("sentences")),
    (
        "flesch_reading_ease",
        "Flesch reading ease of the prose (higher is easier)",
        _m("flesch_reading_ease"),
    ),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade of the prose", _m("flesch_kincaid_grade")),
    ("uk_reading_age", "UK reading age: Flesch-Kincaid grade + 5", _m("uk_reading_age")),
    ("smog", "SMOG grade; empty when there are fewer than 30 sentences", _m("smog")),
    ("mean_sentence_length", "Mean words per prose sentence", _m("mean_sentence_length")),
    ("long_sentence_share", "Share of prose sentences over 25 words", _m("long_sentence_share")),
    (
        "sections_found",
        "Statutory sections found (A-K; H1 and H2 count separately)",
        lambda r: len(r.sections) if r.status != "error" else None,
    ),
    (
        "missing_sections",
        "Sections not found, space-separated",
        lambda r: " ".join(r.missing_sections),
    ),
    (
        "empty_sections",
        "Sections with no content or only placeholder text",
        lambda r: " ".join(r.empty_sections),
    ),
    ("a_sentences", "Sentences in Section A", _v("sentences")),
    (
        "a_child_first_person_share",
        "Share of Section A sentences under the child's sub-questions written in the child's first person",
        _v("child_first_person_share"),
    ),
    (
        "a_has_child_first_person",
        "Section A has at least one statement in the child's words",
        _v("has_child_first_person"),
    ),
    (
        "a_has_aspirations",
        "Section A refers to the child's hopes and aspirations",
        _v("has_aspirations"),
    ),
    ("a_has_working_well", "Section A says what is working well", _v("has_working_well")),
    (
        "a_third_person_only",
        "Section A is written only in the third person",
        _v("third_person_only"),
    ),
    ("a_says_who_completed", "Section A says who completed it", _v("says_who_completed")),
    (
        "a_questions_without_child_voice",
        "Child sub-questions with sentences but none in the child's words",
        lambda r: (
            sum(
                1
                for q in (r.voice or {}).get("questions", [])
                if q["voice"] == "child" and q["sentences"] and not q["child_first_person"]
            )
            if r.voice
            else None
        ),
    ),
    ("e_outcomes", "Long-term outcomes found in Section E", _o("outcomes")),
    ("e_targets", "Short-term targets found in Section E", _o("targets")),
    (
        "e_smart_share",
        "Share of outcomes and targets meeting every SMART test the tool can judge",
        _o("smart_share"),
    ),
    ("e_specific_share", "Share judged specific", _o("specific_share")),
    ("e_measurable_share", "Share judged measurable", _o("measurable_share")),
    ("e_time_bound_share", "Share judged time-bound", _o("time_bound_share")),
    (
        "e_generic_timeframes",
        "Outcomes with long or generic timeframes",
        _o("generic_timeframe_count"),
    ),
    (
        "e_provision_as_outcome",
        "Outcomes that describe provision",
        _o("provision_as_outcome_count"),
    ),
    (
        "e_pfa_required",
        "Preparing for Adulthood outcomes expected (Year 9 or age 14 and over); empty if unknown",
        _pfa("required"),
    ),
    (
        "e_pfa_missing",
        "Preparing for Adulthood areas with no outcome, space-separated",
        _pfa("missing"),
    ),
    ("f_statements", "Provision statements found in Section F", _p("statements")),
    (
        "f_quantified_share",
        "Share of provision stating how often or how much",
        _p("quantified_share"),
    ),
    ("f_who_share", "Share of provision naming who delivers it", _p("who_share")),
    ("f_vague_statements", "Provision statements using vague wording", _p("vague_statements")),
    (
        "f_ta_hours_per_week",
        "Teaching-assistant hours a week stated in Section F (estimate)",
        _p("ta_hours_per_week"),
    ),
    *_STATUTORY_COLUMNS,
    ("errors", "Findings at level error", lambda r: r.count("error")),
    ("warnings", "Findings at level warning", lambda r: r.count("warning")),
    ("suggestions", "Findings at level suggestion", lambda r: r.count("suggestion")),
    (
        "ocr_confidence",
        "Mean OCR word confidence (0-100) when the text was read from a scan (--ocr); empty otherwise",
        lambda r: (r.ocr or {}).get("mean_confidence"),
    ),
]

FINDING_COLUMNS = ["file", "code", "level", "section", "location", "message", "match", "place"]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def plans_csv(results: Sequence[PlanResult]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _, _ in PLAN_COLUMNS])
    for result in results:
        writer.writerow([_cell(get(result)) for _, _, get in PLAN_COLUMNS])
    return out.getvalue()


def location_text(location: dict[str, int] | None) -> str:
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


def findings_csv(results: Sequence[PlanResult], include_text: bool = False) -> str:
    from ehcp_audit.places import place_with_text

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FINDING_COLUMNS)
    for result in results:
        for f in result.findings:
            writer.writerow(
                [
                    result.file,
                    f.code,
                    f.level,
                    f.section or "",
                    location_text(f.location),
                    f.message,
                    (f.match or "") if include_text else "",
                    place_with_text(f, include_text),
                ]
            )
    return out.getvalue()


def load_plans_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))
