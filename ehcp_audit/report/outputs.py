"""The scan's outputs, each fed one plan at a time as the results arrive.

Every output has ``add(result, row)`` (the result and its :class:`~ehcp_audit.report.view.PlanRow`),
``finish(aggregate)`` (the folded batch, for outputs that end with figures) and ``abort()``.
File outputs stream into an anonymous temporary file and are published by one rename in
``finish``, so they are never half-written and a batch of any size is written in constant memory.
:class:`Reporter` holds the outputs, the aggregate and what the terminal shows at the end.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ehcp_audit.engine.atomic import AtomicFile
from ehcp_audit.levels import LEVELS
from ehcp_audit.report import jsonout
from ehcp_audit.report.view import (
    FINDING_COLUMNS,
    PLAN_COLUMNS,
    Aggregate,
    PlanRow,
    location_text,
    plan_row,
)
from ehcp_audit.result import Finding, PlanResult


class OutputError(Exception):
    """An output could not be opened or written: ``str()`` is the one-line cause."""


class _Stdout:
    """Standard output behind the same interface as an :class:`AtomicFile`."""

    def __init__(self) -> None:
        self.handle = sys.stdout

    def write(self, text: str) -> None:
        self.handle.write(text)

    def commit(self) -> None:
        self.handle.flush()

    def abort(self) -> None:
        pass


def open_target(path: Path | None) -> AtomicFile | _Stdout:
    """``path`` opened for a streamed write, or standard output when ``path`` is None."""
    if path is None:
        return _Stdout()
    try:
        return AtomicFile(path)
    except OSError as exc:
        raise OutputError(write_error(path, exc)) from None


def write_error(path: Path, exc: OSError) -> str:
    """One line saying why ``path`` cannot be written."""
    for parent in Path(path).parents:
        if parent.exists():
            if not parent.is_dir():
                return f"{path}: cannot write: {parent} is a file, not a folder"
            break
    if Path(path).is_dir():
        return f"{path}: cannot write: it is a folder"
    return f"{path}: cannot write ({exc.strerror or exc})"


class Output:
    """Base: a streamed text output."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.target = open_target(path)

    def add(self, result: PlanResult, row: PlanRow) -> None:
        raise NotImplementedError

    def finish(self, aggregate: Aggregate) -> None:
        self._close()

    def _close(self) -> None:
        try:
            self.target.commit()
        except OSError as exc:
            raise OutputError(write_error(self.path, exc)) from None

    def abort(self) -> None:
        self.target.abort()


class JsonOutput(Output):
    """``--json``: the header, then one plan per line, then the closing brackets. The same bytes
    as :func:`jsonout.dumps` of the whole batch. The header is written with the first plan, so
    batch figures known by then (the cross-plan summary, :attr:`Reporter.document`) go in it."""

    def __init__(self, path: Path | None, include_text: bool, settings_source: str | None):
        super().__init__(path)
        self.include_text = include_text
        self.settings_source = settings_source
        self.document: dict[str, Any] = {}
        self.first = True
        self.started = False

    def _start(self) -> None:
        head = jsonout.results_json([], self.include_text, self.settings_source)
        head.pop("plans")
        head.update(self.document)
        self.target.write(json.dumps(head, ensure_ascii=False)[:-1] + ", " + '"plans": [\n')
        self.started = True

    def add(self, result: PlanResult, row: PlanRow) -> None:
        if not self.started:
            self._start()
        if not self.first:
            self.target.write(",\n")
        self.first = False
        plan = jsonout.plan_json(result, self.include_text)
        self.target.write(json.dumps(plan, ensure_ascii=False))

    def finish(self, aggregate: Aggregate) -> None:
        if not self.started:
            self._start()
        self.target.write("\n]}\n")
        self._close()


class JsonlOutput(Output):
    """``--jsonl``: one plan per line (the JSON's plan objects), for pipelines."""

    def __init__(self, path: Path | None, include_text: bool) -> None:
        super().__init__(path)
        self.include_text = include_text

    def add(self, result: PlanResult, row: PlanRow) -> None:
        line = json.dumps(jsonout.plan_json(result, self.include_text), ensure_ascii=False)
        self.target.write(line + "\n")


def csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class PlansCsvOutput(Output):
    """``--csv``: one row per plan, the columns of :data:`PLAN_COLUMNS` (figures only)."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(path)
        self.writer = csv.writer(self.target, lineterminator="\n")
        self.writer.writerow([column.name for column in PLAN_COLUMNS])

    def add(self, result: PlanResult, row: PlanRow) -> None:
        self.writer.writerow([csv_cell(row.values[column.name]) for column in PLAN_COLUMNS])


class FindingsCsvOutput(Output):
    """``--findings-csv``: one row per finding; the matched words only with ``--include-text``."""

    def __init__(self, path: Path | None, include_text: bool) -> None:
        super().__init__(path)
        self.include_text = include_text
        self.writer = csv.writer(self.target, lineterminator="\n")
        self.writer.writerow(FINDING_COLUMNS)

    def add(self, result: PlanResult, row: PlanRow) -> None:
        for f in result.findings:
            self.writer.writerow(finding_cells(result, f, self.include_text))


def finding_cells(result: PlanResult, f: Finding, include_text: bool) -> list[Any]:
    """One finding's row of the findings CSV (the columns of FINDING_COLUMNS)."""
    from ehcp_audit.places import place_with_text

    return [
        result.file,
        f.code,
        f.level,
        f.section or "",
        location_text(f.location),
        f.message,
        (f.match or "") if include_text else "",
        place_with_text(f, include_text),
    ]


class SarifOutput(Output):
    """``--sarif``: SARIF 2.1.0; the rules first, then one result per finding as they come, then
    the tool notifications (unreadable files)."""

    _RESULTS = "@@results@@"
    _INVOCATIONS = "@@invocations@@"

    def __init__(self, path: Path | None, rules: Sequence[Any]) -> None:
        from ehcp_audit.report import ci

        super().__init__(path)
        self.rule_index = {rule.code: i for i, rule in enumerate(rules)}
        document = ci.sarif([], rules)
        run = document["runs"][0]
        run.pop("invocations")
        run["results"] = self._RESULTS
        run["invocations"] = self._INVOCATIONS
        text = json.dumps(document, indent=2, ensure_ascii=False)
        head, rest = text.split(json.dumps(self._RESULTS))
        self.middle, self.tail = rest.split(json.dumps(self._INVOCATIONS))
        self.target.write(head + "[")
        self.first = True
        self.notifications: list[dict[str, Any]] = []

    def add(self, result: PlanResult, row: PlanRow) -> None:
        from ehcp_audit.report import ci

        items, notifications = ci.sarif_items(row, self.rule_index)
        self.notifications.extend(notifications)
        for item in items:
            self.target.write(("\n" if self.first else ",\n") + "        " + json.dumps(item))
            self.first = False

    def finish(self, aggregate: Aggregate) -> None:
        invocations = [
            {
                "executionSuccessful": not self.notifications,
                "toolExecutionNotifications": self.notifications,
            }
        ]
        self.target.write(("" if self.first else "\n      ") + "]" + self.middle)
        self.target.write(json.dumps(invocations, ensure_ascii=False) + self.tail + "\n")
        self._close()


class GithubOutput(Output):
    """``--format github``: workflow annotations, one line per finding."""

    def add(self, result: PlanResult, row: PlanRow) -> None:
        from ehcp_audit.report import ci

        for line in ci.github_lines(row):
            self.target.write(line + "\n")


class HtmlOutput(Output):
    """``--html``: rows and findings rendered per plan into spooled buffers; the page at the end."""

    def __init__(self, path: Path, include_text: bool) -> None:
        from ehcp_audit.report.htmlout import HtmlReport

        super().__init__(path)
        self.report = HtmlReport(include_text)

    def add(self, result: PlanResult, row: PlanRow) -> None:
        self.report.add_row(row)

    def finish(self, aggregate: Aggregate) -> None:
        for chunk in self.report.generate(aggregate):
            self.target.write(chunk)
        self._close()

    def abort(self) -> None:
        self.report.close()
        super().abort()


@dataclass
class Reporter:
    """Feeds every output with each result, folds the aggregate, and keeps for the end only what
    the terminal shows: a line of short cells per plan and the unreadable files' causes."""

    outputs: list[Any] = field(default_factory=list)
    include_text: bool = False
    keep_rows: bool = False  # the terminal table needs a line per plan
    aggregate: Aggregate = field(default_factory=Aggregate)
    rows: list[Any] = field(default_factory=list)  # terminal.ScanLine: a few short strings
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    ocr_notes: list[tuple[str, Any, Any]] = field(default_factory=list)  # file, engine, confidence
    worst_levels: Counter = field(default_factory=Counter)  # a plan's worst level -> plans
    count: int = 0

    def add(self, result: PlanResult) -> None:
        self.count += 1
        row = plan_row(result, self.count, self.include_text)
        self.aggregate.add(result, row.values)
        for output in self.outputs:
            output.add(result, row)
        if result.status == "error":
            self.unreadable.append((result.file, result.error or "could not read file"))
        if result.ocr:
            ocr = result.ocr
            self.ocr_notes.append((result.file, ocr.get("engine"), ocr.get("mean_confidence")))
        worst = result.worst_level()
        if worst:
            self.worst_levels[worst] += 1
        if self.keep_rows:
            from ehcp_audit.report.terminal import scan_line

            self.rows.append(scan_line(row))

    def add_to_document(self, figures: dict[str, Any]) -> None:
        """Batch figures for the JSON's header (before the first plan is added)."""
        for output in self.outputs:
            if isinstance(output, JsonOutput):
                output.document.update(figures)

    def finish(self) -> None:
        for output in self.outputs:
            output.finish(self.aggregate)

    def abort(self) -> None:
        for output in self.outputs:
            output.abort()

    def worst_level(self) -> str | None:
        present = [level for level in LEVELS if self.aggregate.level_counts[level]]
        return present[-1] if present else None


def open_outputs(openers: Sequence[Callable[[], Any]]) -> list[Any]:
    """Open every output, or none: on a failure the ones already open are dropped."""
    opened: list[Any] = []
    try:
        for opener in openers:
            opened.append(opener())
    except BaseException:
        for output in opened:
            output.abort()
        raise
    return opened
