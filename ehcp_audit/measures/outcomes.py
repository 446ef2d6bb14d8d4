"""Section E: find each outcome and short-term target and judge it against SMART.

Extraction. An outcome is written in many shapes: a "will" sentence ("By July 2026, Sam will
..."), "to be able to ...", a present-tense statement ("Sam travels to college on the bus"), a
short noun phrase ("Independent travel to school"; "10 hours of TA time", which is provision
written as an outcome), a row of an outcome table, a labelled line ("Outcome 1: ...", "My goal:
..." -- the label says its kind and is not part of it), or a bullet under an area-of-need
sub-heading. Lead-ins ("Below are the outcomes agreed ...") are not outcomes. Sub-headings and
table column labels ("Short-term targets", "By when") say whether statements are outcomes or
targets; a "By when" column lends its date to the other cells of its row.

Present-tense candidates are confirmed by a parse (``analysis.parse``, run once per plan on just
those lines): a present-tense main verb whose subject is a name or "I/he/she/they", and a verb
that describes what the child does rather than a need or a feeling.

Verdicts, each with the words that decided it, as fields of an :class:`OutcomeRecord` (word
lists in ``rules/outcomes.yaml``):

- time_bound: a date, term, year group, duration or review point, in the outcome or its row's
  "By when" cell; ``generic_timeframe`` when it is only "by the end of the key stage" and the like.
- measurable: a success criterion once the time words, year groups and the wording of the help
  given ("with 2 TA sessions a week") are set aside: a number, frequency, accuracy, "4 out of 5",
  a named level, "independently", "without prompting".
- specific: the child's action is observable (read, ask, dress ...), not "improve / develop /
  understand / be more confident / continue to"; null when neither kind of verb is found.
- achievable: false only for absolutes ("always", "never", "100%"); otherwise null, because
  attainability cannot be judged from the text.
- relevant: shares a content word with Section B (needs) or Section A; null without Section B.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ehcp_audit.analysis import AnalysedPlan, AnalysedSection, Unit
from ehcp_audit.measures.patterns import PatternList, blank_out, matched_words, patterns, rule_data
from ehcp_audit.measures.records import OutcomeRecord
from ehcp_audit.model import BlockKind

_RULES = "outcomes.yaml"
_STEM_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "ly", "s")
_MAX_NOUN_PHRASE_WORDS = 16


@dataclass(slots=True)
class _Statement:
    text: str
    kind: str
    location: dict[str, int]
    row_time: str = ""
    label: str | None = None
    form: str = "will"
    row_link: int | None = None
    area: str | None = None
    subject: str | None = None
    main_verb: str | None = None
    allow_phrase: bool = False


def _grammar(key: str) -> re.Pattern[str]:
    """One pattern of ``grammar`` in ``rules/outcomes.yaml``."""
    return re.compile(rule_data(_RULES)["grammar"][key])


def _p(key: str) -> PatternList:
    return patterns(_RULES, key)


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str, exclude: set[str]) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    generic = _generic_words()
    words = re.findall(r"[a-z]{4,}", text.lower())
    return {
        _stem(w) for w in words if w not in STOP_WORDS and w not in generic and w not in exclude
    }


def _generic_words() -> frozenset[str]:
    return _cached_set("relevance", "generic_words")


def _cached_set(*keys: str) -> frozenset[str]:
    cache = _SETS.get(keys)
    if cache is None:
        node: Any = rule_data(_RULES)
        for key in keys:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        cache = frozenset(str(v).lower() for v in (node or []))
        _SETS[keys] = cache
    return cache


_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _label_kind(text: str) -> str | None:
    for kind in ("time", "target", "outcome", "ignore"):
        if _p(f"{kind}_labels").any(text):
            return kind
    return None


def _is_area_title(text: str) -> bool:
    return _p("area_titles").any(text.strip())


def split_label(text: str) -> tuple[str | None, str]:
    """``"Outcome 1: By July ..."`` -> ``("Outcome 1", "By July ...")``; bullets are dropped."""
    text = re.sub(patterns(_RULES, "bullet").combined or "$^", "", text, count=1)
    match = (_p("inline_label").combined or re.compile("$^")).match(text)
    if match:
        return match.group("label").strip(), text[match.end() :].strip()
    return None, text.strip()


def statement_form(text: str, allow_phrase: bool, min_words: int = 3) -> str | None:
    """How a line states an outcome, or None when it is not one.

    ``allow_phrase``: the line stands where an outcome is expected (a labelled line, a list item,
    an outcome column), so a short noun phrase counts too. "present" needs a parse to confirm.
    ``min_words``: 2 in an outcome column or after an outcome label ("Improved vocabulary.").
    """
    words = text.split()
    if len(words) < min_words or _is_area_title(text) or _p("lead_ins").any(text.strip()):
        return None
    if _is_only_time(text):
        return None  # a "By when" cell read as its own line: "End of the spring term 2026"
    if _p("not_statement_subjects").any(text.strip()):
        return None
    if _p("provision_as_outcome").any(text):
        return "noun_phrase" if not _p("statement_markers").any(text) else "will"
    if _p("statement_markers").any(text):
        # "By July 2027, Jordan takes his medication ...": led by a date, told in the present
        after_time = re.sub(r"^by\b[^,]{0,40},\s*", "", text, flags=re.I)
        if (
            after_time != text
            and not _p("will_markers").any(text)
            and _p("present_opener").any(after_time)
        ):
            return "present"
        return "will"
    if _p("field_label").any(text):
        return None
    if _p("present_opener").any(text):
        if _p("present_description").any(text):
            return None  # "Sam currently reads at ...": how things are now
        # In running prose a present-tense line is an outcome only when it says by when.
        return "present" if allow_phrase or _p("time").any(text) else None
    if allow_phrase and len(words) <= _MAX_NOUN_PHRASE_WORDS:
        return "phrase"  # a noun phrase, or a step in the imperative: the parse tells
    return None


def _is_only_time(text: str) -> bool:
    """A timeframe and nothing else: "July 2026", "End of Yr 10 (July 2027)"."""
    hits = _p("time").find(text)
    fillers = _cached_set("time_fillers")
    rest = blank_out(text, hits).lower()
    return bool(hits) and all(w in fillers for w in re.findall(r"[a-z]+", rest))


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
                if _p("time").any(unit.text):
                    column_time[(table, cell)] = unit.text
    return columns, header_rows, column_time


@dataclass(slots=True)
class _Walk:
    """What the walk through Section E knows at each line."""

    mode: str = "outcome"
    area: str | None = None
    label_time: str = ""
    expect_outcomes: bool = False  # an outcome/target label or column heads what follows
    lines_table: bool = False  # an outcome table read as lines (a PDF) follows
    skipping: bool = False  # under a "Support" / "How will we know" sub-heading
    # Outside tables, an outcome and its targets are often told apart only by how they are set
    # (a paragraph then bullets, a numbered item then indented bullets): the first statement
    # after a heading sets the outcome shape, and a statement in another shape is a target.
    outcome_shape: tuple | None = None
    target_shape: tuple | None = None

    def heading(self, text: str, kind: str | None) -> None:
        self.skipping = kind == "ignore"  # "What support will help:" heads no outcomes
        if self.skipping:
            return
        kinds = {k for k in ("time", "target", "outcome") if _p(f"{k}_labels").any(text)}
        if "time" in kinds and len(kinds) >= 2 and not text.rstrip().endswith(":"):
            # "Outcome  Steps towards it  By when": a table's column labels read as one line
            # (a PDF); the rows follow as lines, every one of them an outcome, step or date.
            self.mode = "outcome"
            self.expect_outcomes = self.lines_table = True
            self.outcome_shape = self.target_shape = None
            return
        self.lines_table = False
        if kind in ("target", "outcome"):
            self.mode = kind
            self.target_shape = None
            self.expect_outcomes = True
            self.label_time = text if _p("time").any(text) else ""
        else:
            self.mode = "outcome"  # a new area of need starts with its outcome
            self.outcome_shape = self.target_shape = None
            self.area = text.strip(" :")
            self.label_time = ""

    def shape_kind(self, shape: tuple) -> str:
        if self.mode == "target" and self.target_shape is None:
            self.target_shape = shape
        elif self.outcome_shape is None and self.mode == "outcome":
            self.outcome_shape = shape
        elif (
            shape == self.outcome_shape
            and self.mode == "target"
            and self.target_shape is not None
            and shape != self.target_shape
        ):
            self.mode = "outcome"  # the next outcome, set like the first
        elif (
            self.mode == "outcome"
            and self.outcome_shape is not None
            and shape != self.outcome_shape
        ):
            self.mode = "target"
            self.target_shape = shape
        return self.mode


def _row_times(
    units: list[Unit], columns: dict[tuple[int, int], str]
) -> dict[tuple[int, int], str]:
    row_times: dict[tuple[int, int], str] = {}
    for unit in units:
        loc = unit.block.location
        if loc.table is not None and columns.get((loc.table, loc.cell or 0)) == "time":
            key = (loc.table, loc.row or 0)
            row_times[key] = f"{row_times.get(key, '')} {unit.text}".strip()
    return row_times


def extract_statements(section: AnalysedSection) -> list[_Statement]:
    """Section E's outcome and target statements, in plan order, with their kind, time and
    links. Long on purpose: one walk whose state (the heading walk, the statements still
    waiting for a date row) carries from line to line, and the order of its tests decides what
    each line is; split up, that order would be spread over several functions."""
    units = section.units
    columns, header_rows, column_time = _table_headers(units)
    row_times = _row_times(units, columns)
    statements: list[_Statement] = []
    walk = _Walk()
    undated_from = 0  # statements after the last "By when" line read on its own
    for unit in units:
        block, loc = unit.block, unit.block.location
        in_table = loc.table is not None
        if in_table and (loc.table, loc.row) in header_rows:
            continue
        column = columns.get((loc.table, loc.cell or 0)) if in_table else None
        if column in ("time", "ignore"):
            continue
        label, text = split_label(unit.text)
        label_kind = _label_kind(label) if label else None
        if not in_table and label is None and not unit.prose and _is_only_time(text):
            _date_row_above(statements[undated_from:], text)
            undated_from = len(statements)
            continue
        no_date = not in_table and _p("no_date").any(text)
        if no_date and len(text.split()) <= 2:
            _date_row_above(statements[undated_from:], text)  # "Ongoing": this row has no date
            undated_from = len(statements)
            continue
        if label is None and not unit.prose and _is_heading_line(unit, text):
            walk.heading(text, _label_kind(text))
            undated_from = len(statements)
            continue
        if walk.skipping:
            continue
        allow_phrase = bool(
            label_kind in ("outcome", "target")
            or column in ("outcome", "target")
            or block.kind is BlockKind.LIST_ITEM
            or (walk.expect_outcomes and not unit.prose)
            or walk.lines_table
        )
        outcome_cell = column in ("outcome", "target") or (in_table and walk.expect_outcomes)
        min_words = 2 if label_kind or outcome_cell else 3
        pieces = [
            (p, f) for p in _pieces(unit, text) if (f := statement_form(p, allow_phrase, min_words))
        ]
        if not pieces:
            continue  # an introduction, a note, a heading in body text
        kind = walk.shape_kind(block.shape) if not in_table and not label_kind else walk.mode
        if label_kind in ("outcome", "target"):
            kind = label_kind
        elif column in ("outcome", "target"):
            kind = column
        context = walk.label_time
        if label and _p("time").any(label):
            context = label
        if in_table:
            context = _cell_time(loc, column, column_time, row_times)
        if no_date:
            # "... detentions. Ongoing": the row says it has no date
            context = context or (_p("no_date").first(text) or "ongoing")
        for piece, form in pieces:
            statements.append(
                _Statement(
                    text=piece,
                    kind=kind,
                    location=loc.to_dict(),
                    row_time=context,
                    label=label,
                    form=form,
                    row_link=block.row_link,
                    area=block.area or walk.area,
                    allow_phrase=allow_phrase,
                )
            )
    return statements


def _date_row_above(statements: list[_Statement], when: str) -> None:
    """A "By when" column read as lines (a PDF table) dates the statements of its row."""
    for statement in statements:
        if not statement.row_time and not _p("time").any(statement.text):
            statement.row_time = when


def _cell_time(loc, column: str | None, column_time: dict, row_times: dict) -> str:
    """A column label's timeframe ("Outcome (by end of key stage)") governs its cells; the row's
    "By when" cell dates the targets beside it."""
    context = column_time.get((loc.table, loc.cell or 0), "")
    if column == "outcome" and context:
        return context
    return f"{row_times.get((loc.table, loc.row or 0), '')} {context}".strip()


def _is_heading_line(unit: Unit, text: str) -> bool:
    """A sub-heading or label line: bold/styled, an area of need, or an outcome/target label."""
    if _is_area_title(text):
        return True
    words = len(text.split())
    if unit.block.looks_like_heading and words <= 14:
        return True
    kind = _label_kind(text)
    if kind == "ignore" and words <= 10 and text.rstrip()[-1:] in ":?":
        return True  # "What support will help me?", "Provision:"
    return kind in ("target", "outcome") and words <= 8 and not _p("statement_markers").any(text)


_OPENS_STATEMENT = _grammar("opens_statement")


def _pieces(unit: Unit, text: str) -> list[str]:
    """A unit is one statement unless several of its sentences each open as a statement."""
    sentences = [s.text for s in unit.sentences]
    if (
        len(sentences) > 1
        and sum(1 for s in sentences if _OPENS_STATEMENT.match(s) and statement_form(s, False)) > 1
    ):
        return [split_label(s)[1] for s in sentences]
    return [text]


# -- the parse: present-tense outcomes, main verb and subject ---------------------------------


def confirm_with_parse(statements: list[_Statement]) -> list[_Statement]:
    """Parse the present-tense candidates (one batch) and keep those a parse confirms."""
    candidates = [s for s in statements if s.form in ("present", "phrase")]
    if not candidates:
        return statements
    from ehcp_audit.analysis import parse

    state_verbs = _cached_set("state_verbs")
    rejected: set[int] = set()
    for statement, doc in zip(candidates, parse([s.text for s in candidates]), strict=True):
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        subject = (
            next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if root is not None
            else None
        )
        present = root is not None and root.tag_ in ("VBZ", "VBP")
        personal = subject is not None and (
            subject.pos_ == "PROPN" or subject.lower_ in ("i", "he", "she", "they")
        )
        imperative = (
            root is not None
            and root.tag_ == "VB"
            and subject is None
            and root.i == 0
            and root.lemma_.lower() not in state_verbs
        )
        if statement.form == "phrase":
            # "Pack his bag with his dad each evening" is a step; anything else a noun phrase
            statement.form = "imperative" if imperative else "noun_phrase"
            statement.main_verb = root.lemma_.lower() if imperative else None
            continue
        if root is None or not present or not personal or root.lemma_.lower() in state_verbs:
            nominal = root is not None and root.pos_ in ("NOUN", "PROPN")
            if _p("statement_markers").any(statement.text):
                statement.form = "will"  # led by "By ...": an outcome whatever its verb
            elif (
                nominal
                and (doc[0].pos_ == "PROPN" or doc[0].lower_ in ("i", "he", "she", "they"))
                and len(blank_out(statement.text, _p("time").find(statement.text)).split()) >= 5
            ):
                pass  # "Jordan plans, shops for and cooks ... by July 2027" (a mis-tagged verb)
            elif (
                nominal
                and statement.allow_phrase
                and len(statement.text.split()) <= _MAX_NOUN_PHRASE_WORDS
            ):
                statement.form = "noun_phrase"  # "Independent travel to school by July 2026"
            elif statement.allow_phrase and imperative:
                statement.form = "imperative"  # a step: "Pack his bag with his dad each evening"
                statement.main_verb = root.lemma_.lower()
            else:
                rejected.add(id(statement))
            continue
        statement.subject = subject.text
        statement.main_verb = root.lemma_.lower()
    return [s for s in statements if id(s) not in rejected]


_MAIN_VERB = _grammar("main_verb")
_SUBJECT = _grammar("subject")


def _verb_and_subject(text: str) -> tuple[str | None, str | None]:
    verb = _MAIN_VERB.search(text)
    subject = _SUBJECT.search(text)
    return (verb.group(1).lower() if verb else None), (subject.group(1) if subject else None)


# -- verdicts ---------------------------------------------------------------------------------


def _words(hits: list[re.Match[str]]) -> list[str]:
    return matched_words(hits)


def judge(
    text: str, row_time: str = "", form: str = "will", main_verb: str | None = None
) -> OutcomeRecord:
    """The SMART verdicts of one outcome (relevance is left to :func:`measure_outcomes`);
    ``main_verb`` is the parse's, for a present-tense outcome."""
    record = OutcomeRecord(text=text, form=form, main_verb=main_verb)
    exceptions = _p("time_exceptions").find(text)
    time_hits = [
        m
        for m in _p("time").find(text)
        if not any(e.start() <= m.start() and m.end() <= e.end() for e in exceptions)
    ]
    column_hits = _p("time").find(row_time) if row_time else []
    if not column_hits and row_time and _p("not_measure").any(row_time):
        column_hits = _p("not_measure").find(row_time)  # a bare "Year 6" in a By-when cell
    record.time_words = _words(time_hits + column_hits)
    record.time_from_column = bool(column_hits) and not time_hits
    record.time_bound = bool(record.time_words)
    record.generic_time_words = _words(_p("generic_time").find(f"{text} {row_time}"))
    record.generic_timeframe = bool(record.generic_time_words)

    untimed = blank_out(text, time_hits)
    untimed = blank_out(untimed, _p("not_measure").find(untimed))
    untimed = blank_out(untimed, _p("provision_wording").find(untimed))
    record.measure_words = _words(_p("measure").find(untimed))
    if form == "noun_phrase":
        only = _p("frequency_only")
        record.measure_words = [w for w in record.measure_words if not only.any(w)]
    record.measurable = bool(record.measure_words)

    _judge_specific(record, text, untimed)
    record.absolute_words = _words(_p("absolutes").find(text))
    if record.absolute_words:
        record.achievable = False
    record.provision_words = _words(_p("provision_as_outcome").find(text))
    if record.provision_words:
        # A service the child receives says nothing about what the child will achieve.
        record.provision_as_outcome = True
        record.specific = record.measurable = False
    return record


def _judge_specific(record: OutcomeRecord, text: str, untimed: str) -> None:
    vague = _p("vague_verbs").find(text)
    # "make progress" is vague although "make" is an action: a verb inside a vague phrase
    # does not count as observable.
    observable = [
        m
        for m in _p("observable_verbs").find(untimed)
        if not any(v.start() <= m.start() < v.end() for v in vague)
    ]
    verb, subject = _verb_and_subject(text)
    record.main_verb = record.main_verb or verb
    record.subject = record.subject or subject
    predicate = re.search(r"\b(will|to be able to|is able to|can|to)\b\s+(.{0,60})", text, re.I)
    window = (predicate.group(2) if predicate else text[:60]).lower()[:40]
    vague_main = [m for m in vague if m.group(0).lower() in window]
    record.vague_words = _words(vague_main or vague)
    record.observable_words = _words(observable)
    if record.form == "noun_phrase":
        # A phrase ("Improved vocabulary", "Daily use of a radio aid") names no action of the
        # child's, so it is not specific, whatever its words.
        record.specific = False
    elif vague_main and not (observable and record.measurable):
        record.specific = False
    elif observable:
        record.specific = True
    elif vague:
        record.specific = False
    elif verb and len(verb) >= 3 and verb not in _cached_set("state_verbs"):
        record.specific = True  # "will be able to tie his shoelaces": an action of the child's
    elif predicate and re.match(r"[a-z]{3,}", predicate.group(2)):
        record.specific = True
        record.main_verb = record.main_verb or predicate.group(2).split()[0].lower()
    elif record.form in ("present", "imperative") and record.main_verb:
        record.specific = True
    else:
        record.specific = None


def measure_outcomes(analysed: AnalysedPlan) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    section = analysed.sections.get("E")
    if section is None:
        return [], {"outcomes": 0, "targets": 0}
    records = outcome_records(analysed, section)
    return [r.to_dict() for r in records], summarise(records, analysed)


def outcome_records(analysed: AnalysedPlan, section: AnalysedSection) -> list[OutcomeRecord]:
    child = analysed.child
    exclude = {n.lower() for n in (child.first_name, child.surname) if n}
    need_text = analysed.sections["B"].text if "B" in analysed.sections else ""
    aspiration_text = analysed.sections["A"].text if "A" in analysed.sections else ""
    need_stems = content_stems(need_text, exclude)
    aspiration_stems = content_stems(aspiration_text, exclude)
    min_shared = int(rule_data(_RULES).get("relevance", {}).get("min_shared_words", 1))

    records: list[OutcomeRecord] = []
    for statement in confirm_with_parse(extract_statements(section)):
        record = judge(statement.text, statement.row_time, statement.form, statement.main_verb)
        record.kind = "target" if statement.kind == "target" else "outcome"
        record.location = statement.location
        record.row_link, record.area, record.label = (
            statement.row_link,
            statement.area,
            statement.label,
        )
        record.subject = statement.subject or record.subject
        record.main_verb = statement.main_verb or record.main_verb
        stems = content_stems(statement.text, exclude)
        shared_stems = (stems & need_stems) | (stems & aspiration_stems)
        words = {_stem(w): w for w in re.findall(r"[a-z]{4,}", statement.text.lower())}
        record.shared_words = sorted(words.get(stem, stem) for stem in shared_stems)
        if need_stems:
            record.relevant = len(record.shared_words) >= min_shared
        records.append(record.finish())
    return records


def summarise(records: list[OutcomeRecord], analysed: AnalysedPlan) -> dict[str, Any]:
    n = len(records)

    def share(field: str) -> float | None:
        return round(sum(1 for r in records if getattr(r, field) is True) / n, 3) if n else None

    outcomes = sum(1 for r in records if r.kind == "outcome")
    summary: dict[str, Any] = {
        "outcomes": outcomes,
        "targets": n - outcomes,
        "statements": n,
        "smart_share": share("smart"),
        "specific_share": share("specific"),
        "measurable_share": share("measurable"),
        "time_bound_share": share("time_bound"),
        "generic_timeframe_count": sum(1 for r in records if r.generic_timeframe),
        "provision_as_outcome_count": sum(1 for r in records if r.provision_as_outcome),
    }
    summary["pfa"] = _pfa(records, analysed)
    return summary


def _pfa(records: list[OutcomeRecord], analysed: AnalysedPlan) -> dict[str, Any]:
    spec = rule_data(_RULES).get("pfa", {})
    child = analysed.child
    checks = []
    if child.year_group is not None:
        checks.append(child.year_group >= int(spec.get("from_year_group", 9)))
    if child.age is not None:
        checks.append(child.age >= int(spec.get("from_age", 14)))
    required: bool | None = any(checks) if checks else None
    covered = {
        area: any(
            patterns(_RULES, f"pfa.areas.{area}").any(f"{r.area or ''} {r.text}") for r in records
        )
        for area in spec.get("areas", {})
    }
    return {
        "required": required,
        "year_group": child.year_group,
        "age": child.age,
        "areas": covered,
        "missing": [a for a, ok in covered.items() if not ok] if required else [],
    }
