"""``--xlsx FILE``: an Excel workbook for a council's QA spreadsheet (openpyxl, write-only mode,
so rows stream to disk as the plans arrive).

Sheets: Plans (the CSV's columns), Findings, Outcomes, Provision (one row each, the columns of
:mod:`ehcp_audit.report.tables`), Summary (the ``summary`` figures) and Columns (what every column
means). Each sheet has a frozen, bold header row, a filter on every column and set widths;
finding levels (and the plans' error and warning counts) are coloured. Figures only unless
``--include-text``: the text columns are left out.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from ehcp_audit.engine.atomic import new_file_mode
from ehcp_audit.levels import Level
from ehcp_audit.report.outputs import OutputError
from ehcp_audit.report.tables import TABLES, Field
from ehcp_audit.report.view import Aggregate, PlanRow, plan_row
from ehcp_audit.result import PlanResult

LEVEL_FILLS = {Level.error: "FDEAEA", Level.warning: "FFF4DE", Level.suggestion: "E8F1FA"}
LEVEL_FONTS = {Level.error: "A01818", Level.warning: "7A4A00", Level.suggestion: "1D4F7A"}
SHEETS = {
    "plans": "Plans",
    "findings": "Findings",
    "outcomes": "Outcomes",
    "provision": "Provision",
}
_COUNT_LEVEL = {"errors": Level.error, "warnings": Level.warning}


def _openpyxl():
    try:
        import openpyxl
    except ImportError:
        raise OutputError("--xlsx needs openpyxl: pip install openpyxl") from None
    return openpyxl


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _width(field: Field) -> float:
    if field.name in ("file", "message", "text", "error"):
        return 48
    if field.name in ("sha256",):
        return 18
    return max(10, min(24, len(field.name) + 2))


def _cell_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return str(value)
    return value


class XlsxOutput:
    """The workbook, filled plan by plan: :meth:`add` each result, then :meth:`finish`."""

    def __init__(self, path: Path, include_text: bool = False) -> None:
        openpyxl = _openpyxl()
        from openpyxl.styles import Font, PatternFill

        self.path = Path(path)
        self.include_text = include_text
        self.book = openpyxl.Workbook(write_only=True)
        self.font, self.fill = Font, PatternFill
        self.header_font = Font(bold=True)
        self.sheets: dict[str, Any] = {}
        self.rows: dict[str, int] = {}
        self.columns: dict[str, list[Field]] = {}
        self.tables = [t for t in TABLES if t.name in SHEETS]
        for table in self.tables:
            self._sheet(table.name, SHEETS[table.name], table.columns(include_text))
        self.summary = self.book.create_sheet("Summary")
        self.dictionary = self.book.create_sheet("Columns")
        self.count = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self.temp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
            os.close(fd)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None

    def _sheet(self, key: str, title: str, fields: list[Field]) -> None:
        sheet = self.book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for i, field in enumerate(fields, 1):
            sheet.column_dimensions[_letter(i)].width = _width(field)
        sheet.append([self._header(sheet, f.name) for f in fields])
        self.sheets[key], self.rows[key], self.columns[key] = sheet, 1, fields

    def _header(self, sheet, text: str):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=text)
        cell.font = self.header_font
        return cell

    def _styled(self, sheet, value: Any, level: str | None):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=_cell_value(value))
        if level:
            cell.fill = self.fill("solid", fgColor=LEVEL_FILLS[level])
            cell.font = self.font(bold=True, color=LEVEL_FONTS[level])
        return cell

    def add(self, result: PlanResult, row: PlanRow | None = None) -> None:
        self.count += 1
        row = row or plan_row(result, self.count)
        for table in self.tables:
            for values in table.rows(result, row, self.include_text):
                self._append(table.name, values)

    def add_values(self, values: dict[str, Any]) -> None:
        """A plan known only by its figures (a plans CSV): the Plans sheet alone."""
        self._append("plans", [values.get(f.name) for f in self.columns["plans"]])

    def _append(self, key: str, values: list[Any]) -> None:
        sheet, fields = self.sheets[key], self.columns[key]
        cells = []
        for field, value in zip(fields, values, strict=True):
            level = None
            if field.name == "level" and value in LEVEL_FILLS:
                level = value
            elif key == "plans" and field.name in _COUNT_LEVEL and value not in (None, "", 0, "0"):
                level = _COUNT_LEVEL[field.name]
            cells.append(self._styled(sheet, value, level) if level else _cell_value(value))
        sheet.append(cells)
        self.rows[key] += 1

    def _write_summary(self, aggregate: Aggregate) -> None:
        sheet = self.summary
        sheet.freeze_panes = "A2"
        sheet.column_dimensions["A"].width = 52
        for letter in "BCD":
            sheet.column_dimensions[letter].width = 14
        sheet.append([self._header(sheet, h) for h in ("Measure", "Value", "Count", "Of")])
        rows = 1
        for measure, value, count, of in summary_lines(aggregate.finish()):
            sheet.append([measure, value, count, of])
            rows += 1
        sheet.auto_filter.ref = f"A1:D{rows}"

    def _write_dictionary(self) -> None:
        sheet = self.dictionary
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCD", (12, 30, 90, 10), strict=True):
            sheet.column_dimensions[letter].width = width
        sheet.append([self._header(sheet, h) for h in ("Sheet", "Column", "Meaning", "Type")])
        rows = 1
        for table in self.tables:
            for field in self.columns[table.name]:
                sheet.append([SHEETS[table.name], field.name, field.description, field.kind])
                rows += 1
        sheet.auto_filter.ref = f"A1:D{rows}"

    def finish(self, aggregate: Aggregate) -> None:
        for key, sheet in self.sheets.items():
            last = _letter(len(self.columns[key]))
            sheet.auto_filter.ref = f"A1:{last}{self.rows[key]}"
        self._write_summary(aggregate)
        self._write_dictionary()
        try:
            self.book.save(self.temp)
            os.chmod(self.temp, new_file_mode())
            os.replace(self.temp, self.path)
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


def summary_lines(summary: dict[str, Any]) -> list[tuple[str, Any, Any, Any]]:
    """The summary figures as (measure, value, count, of) rows; shares are fractions."""
    lines: list[tuple[str, Any, Any, Any]] = [
        ("Plans read", summary["plans"], None, None),
        ("Audited as EHCPs", summary["audited"], None, None),
        ("Not EHCPs", summary["not_ehcp"], None, None),
        ("Unreadable", summary["unreadable"], None, None),
    ]

    def share(name: str, item: dict[str, Any]) -> None:
        lines.append((name, item.get("share"), item.get("count"), item.get("of")))

    a = summary["section_a"]
    lines.append(("Section A: plans with one", a["plans_with_section_a"], None, None))
    share("Section A: no reference to hopes and aspirations", a["no_aspirations"])
    share("Section A: does not say what is working well", a["no_working_well"])
    share("Section A: no statement in the child's words", a["no_child_first_person"])
    share("Section A: third person only", a["third_person_only"])
    for key, q in (summary.get("questions") or {}).items():
        item = {"share": q["share"], "count": q["no_child_first_person"], "of": q["plans"]}
        share(f"Sub-question '{key}': no child first-person statement", item)
    length = summary["length"]
    for key in ("mean_words", "min_words", "max_words"):
        lines.append((f"Words: {key.split('_')[0]}", length[key], None, None))
    for key in ("mean_minutes_aloud", "min_minutes_aloud", "max_minutes_aloud"):
        lines.append((f"Minutes to read aloud: {key.split('_')[0]}", length[key], None, None))
    lines.append(("UK reading age: mean", summary["reading_age"]["mean"], None, None))
    for label, n in summary["reading_age"]["bins"].items():
        lines.append((f"Plans with reading age {label}", n, None, None))
    o = summary["outcomes"]
    lines.append(("Outcomes and targets found", o["statements"], None, None))
    for key in ("smart", "specific", "measurable", "time_bound", "relevant"):
        if key in o:
            share(f"Outcomes: {key.replace('_', '-')}", o[key])
    p = summary["provision"]
    lines.append(("Provision statements found", p["statements"], None, None))
    for key, name in (("quantified", "quantified"), ("who_specified", "naming who delivers it")):
        share(f"Provision: {name}", p[key])
    for item in summary.get("top_findings") or []:
        lines.append(
            (f"Finding {item['code']} ({item['level']})", item["findings"], item["plans"], None)
        )
    return lines
