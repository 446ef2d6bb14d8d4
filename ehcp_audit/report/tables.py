"""Record tables for research and QA outputs (Parquet, Excel): one row per plan, finding,
outcome, provision statement or Section A sentence, each table's columns declared once.

A column marked ``text`` holds words from the plan and is written only with ``--include-text``;
every other column is a figure, a verdict, a rule's own wording or the plan's position. Rows of
each table carry the plan's ``file`` and ``sha256`` so the tables join on them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ehcp_audit.report.view import PLAN_COLUMNS, PlanRow, location_text
from ehcp_audit.result import PlanResult


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    description: str
    kind: str = "string"  # "int", "float", "bool" or "string"
    text: bool = False  # plan text: only with --include-text
    get: Callable[[dict[str, Any]], Any] | None = None  # default: the record's key ``name``

    def value(self, record: dict[str, Any]) -> Any:
        return self.get(record) if self.get else record.get(self.name)


def _loc(key: str) -> Field:
    return Field(
        key,
        f"{key.capitalize()} of the item in the file (see location)",
        "int",
        get=lambda r: (r.get("location") or {}).get(key),
    )


_PLACE = [
    Field("location", "Where it is, in words", get=lambda r: location_text(r.get("location"))),
    _loc("page"),
    _loc("paragraph"),
    _loc("table"),
    _loc("row"),
    _loc("cell"),
]
_PLAN = [
    Field("file", "The plan's path as given to the scan", get=lambda r: r["_file"]),
    Field("sha256", "SHA-256 of the plan file (joins the tables)", get=lambda r: r["_sha256"]),
]

FINDING_FIELDS = [
    *_PLAN,
    Field("item", "Position of the finding in the plan's list (1-based)", "int"),
    Field("code", "Rule code"),
    Field("level", "error, warning or suggestion"),
    Field("section", "Section key (A-K, H1, H2); empty for the whole plan"),
    *_PLACE,
    Field("place", "Where a person finds it: 'Section E, outcome 3' (no plan text)"),
    Field("message", "The rule's message"),
    Field("match", "The words that triggered it", text=True),
]

OUTCOME_FIELDS = [
    *_PLAN,
    Field("item", "Position of the outcome or target in Section E (1-based)", "int"),
    Field("kind", "outcome (long-term) or target (short-term)"),
    *(
        Field(name, f"Judged {name.replace('_', '-')} (empty: cannot judge)", "bool")
        for name in ("specific", "measurable", "achievable", "relevant", "time_bound")
    ),
    Field(
        "generic_timeframe", "A long or generic timeframe ('by the end of the key stage')", "bool"
    ),
    Field("provision_as_outcome", "Describes provision rather than an outcome", "bool"),
    Field("smart", "Meets every SMART test the tool can judge", "bool"),
    *_PLACE,
    Field("text", "The outcome as written", text=True),
]

PROVISION_FIELDS = [
    *_PLAN,
    Field("item", "Position of the statement in Section F (1-based)", "int"),
    Field("quantified", "Says how often or how much", "bool"),
    Field("fully_quantified", "Says both how often and for how long", "bool"),
    Field("who_specified", "Names who delivers it", "bool"),
    Field("group_size", "Group size stated (1:1, small group ...)"),
    Field(
        "vague_terms",
        "Vague words used (count)",
        "int",
        get=lambda r: len(r.get("vague_terms") or []),
    ),
    Field("ta_hours_per_week", "Teaching-assistant hours a week stated (estimate)", "float"),
    *_PLACE,
    Field("text", "The statement as written", text=True),
    Field(
        "vague_words",
        "The vague words, space-separated",
        text=True,
        get=lambda r: " ".join(r.get("vague_terms") or []),
    ),
]

SENTENCE_FIELDS = [
    *_PLAN,
    Field("question", "Section A sub-question key (important_to_me, hopes_and_aspirations ...)"),
    Field("question_item", "Position of the sub-question in Section A (1-based)", "int"),
    Field("voice", "Whose views the sub-question asks for (child, parent, professional)"),
    Field("sentence", "Position of the sentence under its sub-question (1-based)", "int"),
    Field("label", "Whose voice the sentence is in (child_first_person, third_person ...)"),
    Field("heading", "The sub-question's heading as written", text=True),
    Field("text", "The sentence", text=True),
]

PLAN_FIELDS = [
    Field(c.name, c.description, c.kind, get=lambda r, name=c.name: r["_values"][name])
    for c in PLAN_COLUMNS
]


def _tagged(result: PlanResult, items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for number, item in enumerate(items, 1):
        yield {"item": number, **item, "_file": result.file, "_sha256": result.sha256}


def plan_records(result: PlanResult, row: PlanRow) -> Iterator[dict[str, Any]]:
    yield {"_values": row.values}


def finding_records(result: PlanResult, row: PlanRow) -> Iterator[dict[str, Any]]:
    yield from _tagged(result, [f.to_dict() for f in result.findings])


def outcome_records(result: PlanResult, row: PlanRow) -> Iterator[dict[str, Any]]:
    yield from _tagged(result, result.outcomes)


def provision_records(result: PlanResult, row: PlanRow) -> Iterator[dict[str, Any]]:
    yield from _tagged(result, result.provision)


def sentence_records(result: PlanResult, row: PlanRow) -> Iterator[dict[str, Any]]:
    for number, q in enumerate((result.voice or {}).get("questions", []), 1):
        for position, sentence in enumerate(q.get("labelled_sentences") or [], 1):
            yield {
                "_file": result.file,
                "_sha256": result.sha256,
                "question": q.get("question"),
                "question_item": number,
                "voice": q.get("voice"),
                "sentence": position,
                "label": sentence.get("label"),
                "heading": q.get("heading"),
                "text": sentence.get("text"),
            }


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: list[Field]
    records: Callable[[PlanResult, PlanRow], Iterator[dict[str, Any]]]

    def columns(self, include_text: bool) -> list[Field]:
        return [f for f in self.fields if include_text or not f.text]

    def rows(self, result: PlanResult, row: PlanRow, include_text: bool) -> Iterator[list[Any]]:
        columns = self.columns(include_text)
        for record in self.records(result, row):
            yield [f.value(record) for f in columns]


TABLES = [
    Table("plans", "One row per plan: the CSV's columns", PLAN_FIELDS, plan_records),
    Table("findings", "One row per finding", FINDING_FIELDS, finding_records),
    Table("outcomes", "One row per Section E outcome or target", OUTCOME_FIELDS, outcome_records),
    Table(
        "provision",
        "One row per Section F provision statement",
        PROVISION_FIELDS,
        provision_records,
    ),
    Table(
        "sentences",
        "One row per Section A sentence under a sub-question, with its voice label",
        SENTENCE_FIELDS,
        sentence_records,
    ),
]


def tables_markdown() -> str:
    """docs/parquet.md: every table and column (``python -m ehcp_audit.report.tables``)."""
    lines = [
        "# Parquet tables (`scan --parquet DIR`)",
        "",
        "Generated from `ehcp_audit/report/tables.py` by `python -m ehcp_audit.report.tables`;",
        "a test fails when this page is stale.",
        "",
        "Each table is written as `DIR/<table>/batch=<id>/part-0.parquet` (Hive partitioning:",
        "readers add a `batch` column from the folder name; `<id>` is `--batch NAME` or the run's",
        "UTC date and time). Tables join on `file` and `sha256`. Columns marked *text* hold words",
        "from the plan and are present only with `--include-text`. Types: `int` is int64, `float`",
        "float64, `bool` boolean, `string` UTF-8; an empty (null) value means not measured or",
        "cannot judge. Locations count from 1: `page` for PDFs, `paragraph` or `table`/`row`/`cell`",
        "for Word files.",
        "",
    ]
    for table in TABLES:
        lines += [f"## `{table.name}`", "", table.description + ".", ""]
        lines += ["| Column | Type | Meaning |", "|---|---|---|"]
        for f in table.fields:
            kind = f"{f.kind}, *text*" if f.text else f.kind
            lines.append(f"| `{f.name}` | {kind} | {f.description.replace('|', '/')} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).resolve().parents[2] / "docs" / "parquet.md"
    target.write_text(tables_markdown(), encoding="utf-8")
