"""Section E: find each outcome and short-term target and judge it against SMART.

Extraction: a statement is a list item, table cell or paragraph of Section E that says what the
child will do ("will", "to be able to", "By ... ", "To ..."), not an introduction ("These
outcomes were agreed ..."). Sub-headings and table column labels ("Short-term targets", "By
when") say whether statements are outcomes or targets; a "By when" column lends its date to the
other cells of its row.

Verdicts, each with the words that decided it (see ``rules/outcomes.yaml``):

- time_bound: a date, term, year group, duration or review point; ``generic_timeframe`` when it
  is only "by the end of the key stage", "by the time he leaves school" and the like.
- measurable: a success criterion once the time words are set aside: a number, frequency,
  accuracy, "4 out of 5", a named level, "independently", "without prompting".
- specific: the child's action is observable (read, ask, dress ...), not "improve / develop /
  understand / be more confident / continue to"; null when neither kind of verb is found.
- achievable: false only for absolutes ("always", "never", "100%", "fully"); otherwise null,
  because attainability cannot be judged from the text.
- relevant: shares a content word with Section B (needs) or with Section A's aspirations; null
  when there is no Section B text to compare with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ehcp_audit.analysis import AnalysedPlan, AnalysedSection, Unit
from ehcp_audit.measures.patterns import blank_out, patterns, rule_data

_RULES = "outcomes.yaml"
_STEM_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "ly", "s")
_GENERIC = {
    "will",
    "able",
    "year",
    "years",
    "term",
    "terms",
    "week",
    "weeks",
    "time",
    "times",
    "adult",
    "adults",
    "school",
    "class",
    "when",
    "with",
    "from",
    "that",
    "this",
    "their",
    "them",
    "they",
    "have",
    "more",
    "than",
    "each",
    "every",
    "using",
    "within",
    "least",
    "plan",
    "july",
    "end",
    "review",
    "annual",
    "spring",
    "summer",
    "autumn",
    "support",
    "supported",
    "staff",
    "during",
    "lessons",
    "lesson",
    "day",
    "days",
    "out",
    "correctly",
    "independently",
    "without",
}


@dataclass(slots=True)
class _Statement:
    text: str
    kind: str
    location: dict[str, int]
    row_time: str = ""


def _stem(word: str) -> str:
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str, exclude: set[str]) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[a-z]{4,}", text.lower())
    return {
        _stem(w) for w in words if w not in STOP_WORDS and w not in _GENERIC and w not in exclude
    }


def _label_kind(text: str) -> str | None:
    for kind in ("time", "target", "outcome", "ignore"):
        if patterns(_RULES, f"{kind}_labels").any(text):
            return kind
    return None


def _is_statement(text: str) -> bool:
    if len(text.split()) < 4:
        return False
    if patterns(_RULES, "not_statement_subjects").any(text.strip()):
        return False
    return patterns(_RULES, "statement_markers").any(text)


def _table_headers(
    units: list[Unit],
) -> tuple[dict[tuple[int, int], str], set[tuple[int, int]], dict[tuple[int, int], str]]:
    """Per table: the kind of each column, the header rows, and time words in column labels."""
    rows: dict[tuple[int, int], list[Unit]] = {}
    for unit in units:
        loc = unit.block.location
        if loc.table is not None and loc.row is not None:
            rows.setdefault((loc.table, loc.row), []).append(unit)
    columns: dict[tuple[int, int], str] = {}  # (table, cell) -> kind
    column_time: dict[tuple[int, int], str] = {}
    header_rows: set[tuple[int, int]] = set()
    seen_tables: set[int] = set()
    for (table, row), cells in rows.items():
        if table in seen_tables or len({u.block.location.cell for u in cells}) < 2:
            continue
        kinds = [
            _label_kind(u.text) if not u.prose and len(u.text.split()) <= 10 else None
            for u in cells
        ]
        if all(kinds) or (sum(1 for k in kinds if k) >= 2 and not any(u.prose for u in cells)):
            seen_tables.add(table)
            header_rows.add((table, row))
            for unit, kind in zip(cells, kinds, strict=True):
                cell = unit.block.location.cell or 0
                columns[(table, cell)] = kind or "ignore"
                if patterns(_RULES, "time").any(unit.text):
                    column_time[(table, cell)] = unit.text
    return columns, header_rows, column_time


def extract_statements(section: AnalysedSection) -> list[_Statement]:
    units = section.units
    columns, header_rows, column_time = _table_headers(units)
    row_times: dict[tuple[int, int], str] = {}
    for unit in units:
        loc = unit.block.location
        if loc.table is not None and columns.get((loc.table, loc.cell or 0)) == "time":
            key = (loc.table, loc.row or 0)
            row_times[key] = f"{row_times.get(key, '')} {unit.text}".strip()

    statements: list[_Statement] = []
    mode = "outcome"
    # Outside tables, an outcome and its targets are often told apart only by how they are set
    # (a paragraph then bullets, a numbered item then indented bullets): the first statement
    # after a heading sets the outcome shape, and a statement in another shape is a target.
    outcome_shape: tuple | None = None
    target_shape: tuple | None = None
    for unit in units:
        loc = unit.block.location
        in_table = loc.table is not None
        if in_table and (loc.table, loc.row) in header_rows:
            continue
        column = columns.get((loc.table, loc.cell or 0)) if in_table else None
        if column in ("time", "ignore"):
            continue
        text = unit.text.strip()
        if not unit.prose and not _is_statement(text):
            kind = _label_kind(text)
            if kind in ("target", "outcome") and len(text.split()) <= 14:
                mode = kind
                target_shape = None
            elif unit.block.looks_like_heading:
                mode = "outcome"  # a new area of need starts with its outcome
                outcome_shape = target_shape = None
            continue
        pieces = [piece for piece in _pieces(unit) if _is_statement(piece)]
        if not pieces:
            continue  # an introduction ("These outcomes were agreed ...")
        if not in_table:
            shape = unit.block.shape
            if mode == "target" and target_shape is None:
                target_shape = shape
            elif outcome_shape is None and mode == "outcome":
                outcome_shape = shape
            elif (
                shape == outcome_shape
                and mode == "target"
                and target_shape is not None
                and shape != target_shape
            ):
                mode = "outcome"  # the next outcome, set like the first
            elif mode == "outcome" and outcome_shape is not None and shape != outcome_shape:
                mode = "target"
                target_shape = shape
        context = ""
        if in_table:
            # A column label's timeframe ("Outcome (by end of key stage)") governs its cells; the
            # row's "By when" cell dates the targets beside it.
            context = column_time.get((loc.table, loc.cell or 0), "")
            if not (column == "outcome" and context):
                context = f"{row_times.get((loc.table, loc.row or 0), '')} {context}".strip()
        for piece in pieces:
            if piece:
                statements.append(
                    _Statement(
                        text=piece,
                        kind=column if column in ("outcome", "target") else mode,
                        location=loc.to_dict(),
                        row_time=context,
                    )
                )
    return statements


_OPENS_STATEMENT = re.compile(
    r"^(by|to|within|in|at|over|during|when)\b|^[A-Z][a-z]+ will\b|^(he|she|they|i) will\b", re.I
)


def _pieces(unit: Unit) -> list[str]:
    """A unit is one statement unless several of its sentences each open as a statement."""
    sentences = [s.text for s in unit.sentences]
    if (
        len(sentences) > 1
        and sum(1 for s in sentences if _OPENS_STATEMENT.match(s) and _is_statement(s)) > 1
    ):
        return sentences
    return [unit.text.strip()]


def judge(text: str, row_time: str = "") -> dict[str, Any]:
    reasons: list[str] = []
    timed_text = f"{text} {row_time}".strip()
    time_hits = patterns(_RULES, "time").find(timed_text)
    generic_hits = patterns(_RULES, "generic_time").find(timed_text)
    time_bound = bool(time_hits)
    if time_hits:
        reasons.append(f"time: '{time_hits[0].group(0)}'")
    else:
        reasons.append("time: no date, term, year group, duration or review point")
    if generic_hits:
        reasons.append(f"generic timeframe: '{generic_hits[0].group(0)}'")

    untimed = blank_out(text, patterns(_RULES, "time").find(text))
    measure_hits = patterns(_RULES, "measure").find(untimed)
    measurable = bool(measure_hits)
    reasons.append(
        f"measure: '{measure_hits[0].group(0).strip()}'"
        if measure_hits
        else "measure: no success criterion"
    )

    vague = patterns(_RULES, "vague_verbs").find(text)
    observable = patterns(_RULES, "observable_verbs").find(untimed)
    predicate = re.search(r"\b(will|to be able to|is able to|can|to)\b\s+(.{0,60})", text, re.I)
    window = predicate.group(2) if predicate else text[:60]
    vague_main = [m for m in vague if m.group(0).lower() in window.lower()[:40]]
    specific: bool | None
    if vague_main and not (observable and measurable):
        specific = False
        reasons.append(f"vague: '{vague_main[0].group(0)}'")
    elif observable:
        specific = True
        reasons.append(f"observable: '{observable[0].group(0)}'")
    elif vague:
        specific = False
        reasons.append(f"vague: '{vague[0].group(0)}'")
    elif predicate and re.match(r"[a-z]{3,}", predicate.group(2)):
        specific = True
        reasons.append(f"action: '{predicate.group(2).split()[0]}'")
    else:
        specific = None
        reasons.append("specific: unsure (no action verb recognised)")

    absolutes = patterns(_RULES, "absolutes").find(text)
    achievable: bool | None = None
    if absolutes:
        achievable = False
        reasons.append(f"absolute: '{absolutes[0].group(0)}'")

    as_provision = patterns(_RULES, "provision_as_outcome").find(text)
    if as_provision:
        # A service the child receives says nothing about what the child will achieve.
        reasons.append(f"provision, not an outcome: '{as_provision[0].group(0)}'")
        specific = measurable = False
    return {
        "specific": specific,
        "measurable": measurable,
        "achievable": achievable,
        "time_bound": time_bound,
        "generic_timeframe": bool(generic_hits),
        "provision_as_outcome": bool(as_provision),
        "reasons": reasons,
    }


def measure_outcomes(analysed: AnalysedPlan) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    section = analysed.sections.get("E")
    if section is None:
        return [], {"outcomes": 0, "targets": 0}
    child = analysed.child
    exclude = {n.lower() for n in (child.first_name, child.surname) if n}
    need_text = analysed.sections["B"].text if "B" in analysed.sections else ""
    aspiration_text = analysed.sections["A"].text if "A" in analysed.sections else ""
    need_stems = content_stems(need_text, exclude)
    aspiration_stems = content_stems(aspiration_text, exclude)
    min_shared = int(rule_data(_RULES).get("relevance", {}).get("min_shared_words", 1))

    results: list[dict[str, Any]] = []
    for statement in extract_statements(section):
        verdict = judge(statement.text, statement.row_time)
        stems = content_stems(statement.text, exclude)
        shared_stems = (stems & need_stems) | (stems & aspiration_stems)
        words = {_stem(w): w for w in re.findall(r"[a-z]{4,}", statement.text.lower())}
        shared = sorted(words.get(stem, stem) for stem in shared_stems)
        if not need_stems:
            relevant = None
            verdict["reasons"].append("relevant: no Section B text to compare with")
        elif len(shared) >= min_shared:
            relevant = True
            verdict["reasons"].append(
                f"relevant: shares '{', '.join(shared[:3])}' with Sections A/B"
            )
        else:
            relevant = False
            verdict["reasons"].append("relevant: shares no content word with Section B or A")
        results.append(
            {
                "text": statement.text,
                "kind": statement.kind,
                "relevant": relevant,
                **verdict,
                "smart": bool(
                    verdict["specific"]
                    and verdict["measurable"]
                    and verdict["time_bound"]
                    and verdict["achievable"] is not False
                    and relevant is not False
                ),
                "location": statement.location,
            }
        )
    return results, summarise(results, analysed)


def summarise(results: list[dict[str, Any]], analysed: AnalysedPlan) -> dict[str, Any]:
    n = len(results)

    def share(field: str) -> float | None:
        return round(sum(1 for r in results if r[field] is True) / n, 3) if n else None

    outcomes = sum(1 for r in results if r["kind"] == "outcome")
    summary: dict[str, Any] = {
        "outcomes": outcomes,
        "targets": n - outcomes,
        "statements": n,
        "smart_share": share("smart"),
        "specific_share": share("specific"),
        "measurable_share": share("measurable"),
        "time_bound_share": share("time_bound"),
        "generic_timeframe_count": sum(1 for r in results if r["generic_timeframe"]),
        "provision_as_outcome_count": sum(1 for r in results if r["provision_as_outcome"]),
    }
    summary["pfa"] = _pfa(results, analysed)
    return summary


def _pfa(results: list[dict[str, Any]], analysed: AnalysedPlan) -> dict[str, Any]:
    spec = rule_data(_RULES).get("pfa", {})
    child = analysed.child
    checks = []
    if child.year_group is not None:
        checks.append(child.year_group >= int(spec.get("from_year_group", 9)))
    if child.age is not None:
        checks.append(child.age >= int(spec.get("from_age", 14)))
    required: bool | None = any(checks) if checks else None
    covered = {
        area: any(patterns(_RULES, f"pfa.areas.{area}").any(r["text"]) for r in results)
        for area in spec.get("areas", {})
    }
    return {
        "required": required,
        "year_group": child.year_group,
        "age": child.age,
        "areas": covered,
        "missing": [a for a, ok in covered.items() if not ok] if required else [],
    }
