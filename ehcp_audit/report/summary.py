"""``ehcp-audit summary RESULTS``: the Children's Commissioner's style of table for any batch.

Reads the JSON (``scan --json``), JSON Lines (``scan --jsonl``) or CSV (``scan --csv``) a scan
wrote, one plan at a time, and folds the figures with :class:`~ehcp_audit.report.view.Aggregate`
(so a national batch is summarised in constant memory). Everything is a count or a share of plans
(or of outcomes and provision statements, pooled over plans); no plan text is read or shown.
Per-sub-question figures and the most frequent findings need the JSON, which holds them; from a
CSV they are left out and the table says so. A plan found twice (the same sha256, say the same
results file given twice) is counted once.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ehcp_audit.report.view import (
    QUESTION_NAMES,
    READING_AGE_BINS,
    GroupedAggregate,
    column_values,
)
from ehcp_audit.result import PlanResult

__all__ = ["QUESTION_NAMES", "READING_AGE_BINS", "Pooled", "pool", "render", "render_groups"]

NOT_RESULTS = "not an ehcp-audit results file (expected the JSON, JSON Lines or CSV a scan writes)"


class ResultsError(ValueError):
    """A results file that cannot be read: ``str()`` is the one-line cause."""


def _plan_from_json(data: dict[str, Any]) -> PlanResult:
    from ehcp_audit.report.jsonout import plan_result

    if not isinstance(data, dict) or "status" not in data or "file" not in data:
        raise ResultsError(NOT_RESULTS)
    return plan_result(data)


def _json_plans(handle, first_line: str) -> Iterator[PlanResult]:
    """Plans of a ``scan --json`` file, one line at a time (the scan writes one plan a line);
    any other layout of the same document is read whole."""
    if not first_line.rstrip().endswith('"plans": ['):
        text = first_line + handle.read()
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("plans"), list):
            raise ResultsError(NOT_RESULTS)
        for plan in data["plans"]:
            yield _plan_from_json(plan)
        return
    for line in handle:
        line = line.strip()
        if line in ("]}", ""):
            continue
        try:
            data = json.loads(line.removesuffix(","))
        except ValueError:
            raise ResultsError(f"{NOT_RESULTS}; a plan line is not valid JSON") from None
        yield _plan_from_json(data)


def _jsonl_plans(handle, first_line: str) -> Iterator[PlanResult]:
    for line in (first_line, *handle) if first_line else handle:
        if line.strip():
            try:
                data = json.loads(line)
            except ValueError:
                raise ResultsError(f"{NOT_RESULTS}; a line is not valid JSON") from None
            yield _plan_from_json(data)


def read_results(path: Path) -> Iterator[PlanResult | dict[str, str]]:
    """The plans in one results file: PlanResults from JSON, figure rows (dicts) from CSV."""
    try:
        with open(path, "rb") as raw:
            start = raw.read(4096)
    except OSError as exc:
        raise ResultsError(f"cannot read ({exc.strerror or exc})") from None
    try:
        start.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(start) - 4:  # not merely a character cut at the 4,096th byte
            raise ResultsError(NOT_RESULTS) from None
    with open(path, encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
        if first.lstrip().startswith("{"):
            data = None
            with contextlib.suppress(ValueError):
                data = json.loads(first)
            if isinstance(data, dict) and "plans" not in data:
                yield from _jsonl_plans(handle, first)
            else:
                yield from _json_plans(handle, first)
            return
        header = next(csv.reader([first]), [])
        if "status" not in header or "file" not in header:
            raise ResultsError(NOT_RESULTS)
        yield from csv.DictReader(handle, fieldnames=header)


@dataclass
class Pooled:
    """The plans of several results files, folded; duplicates (by sha256) counted once."""

    grouped: GroupedAggregate
    duplicates: int = 0
    repeated_files: list[str] = field(default_factory=list)
    from_csv: bool = False


def pool(paths: list[Path], by: str | None, xlsx=None) -> Pooled:
    """Fold every plan of ``paths`` (``xlsx``: a workbook output fed the same plans)."""
    pooled = Pooled(GroupedAggregate(by))
    seen_files: list[Path] = []
    seen_plans: set[str] = set()
    for path in paths:
        if any(_same_file(path, other) for other in seen_files):
            pooled.repeated_files.append(str(path))
            continue
        seen_files.append(path)
        try:
            for index, item in enumerate(read_results(path)):
                values = item if isinstance(item, dict) else column_values(item)
                if by and by != "folder" and index == 0 and by not in values:
                    raise ResultsError(
                        f"--by: unknown field '{by}' (use 'folder' or a CSV column name)"
                    )
                digest = values.get("sha256")
                if digest:
                    if digest in seen_plans:
                        pooled.duplicates += 1
                        continue
                    seen_plans.add(digest)
                if isinstance(item, dict):
                    pooled.from_csv = True
                    pooled.grouped.add_row(item)
                    if xlsx is not None:
                        xlsx.add_values(item)
                else:
                    pooled.grouped.add(item, values)
                    if xlsx is not None:
                        from ehcp_audit.report.view import plan_row

                        xlsx.add(item, plan_row(item, pooled.grouped.total.plans))
        except ResultsError as exc:
            if str(exc).startswith("--by"):
                raise
            raise ResultsError(f"{path}: {exc}") from None
        except (KeyError, TypeError) as exc:
            raise ResultsError(f"{path}: {NOT_RESULTS} ({type(exc).__name__}: {exc})") from None
    return pooled


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _pct(item: dict[str, Any]) -> str:
    if item.get("share") is None:
        return "-"
    return f"{item['share']:.0%} ({item['count']} of {item['of']})"


def render_groups(groups: dict[str, dict[str, Any]], total: dict[str, Any], title: str, console):
    """``--by``: one table, a row per group and a total row, the headline figures side by side."""
    from rich.markup import escape
    from rich.table import Table

    def share(item: dict[str, Any]) -> str:
        return "-" if item.get("share") is None else f"{item['share']:.0%}"

    def number(value: Any, spec: str) -> str:
        return "-" if value is None else format(value, spec)

    columns = [
        ("Plans", lambda s: str(s["plans"])),
        ("EHCPs", lambda s: str(s["audited"])),
        ("No asp", lambda s: share(s["section_a"]["no_aspirations"])),
        ("No WW", lambda s: share(s["section_a"]["no_working_well"])),
        ("No 1st", lambda s: share(s["section_a"]["no_child_first_person"])),
        ("Words", lambda s: number(s["length"]["mean_words"], ",")),
        ("Min", lambda s: number(s["length"]["mean_minutes_aloud"], "")),
        ("Age", lambda s: number(s["reading_age"]["mean"], "")),
        ("SMART", lambda s: share(s["outcomes"]["smart"])),
        ("Qnt", lambda s: share(s["provision"]["quantified"])),
    ]
    from rich import box

    table = Table(
        title=escape(title),
        title_justify="left",
        expand=False,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
    )
    table.add_column("Group", overflow="fold", min_width=5)
    for heading, _ in columns:
        table.add_column(heading, justify="right", no_wrap=True)
    for name, figures in groups.items():
        table.add_row(escape(name), *(get(figures) for _, get in columns))
    table.add_section()
    table.add_row("Total", *(get(total) for _, get in columns), style="bold")
    console.print(table)
    console.print(
        "[dim]EHCPs: plans audited as EHCPs. Share of plans with a Section A that has no reference to hopes and aspirations "
        "(No asp), no 'working well' (No WW), no statement in the child's words (No 1st); mean "
        "words, minutes to read aloud (Min) and UK reading age (Age); share of outcomes fully "
        "SMART and of provision quantified (Qnt).[/dim]"
    )


def render(summary: dict[str, Any], title: str, console) -> None:
    from rich.markup import escape
    from rich.table import Table

    pct = _pct
    table = Table(title=escape(title), title_justify="left", show_header=True, expand=False)
    table.add_column("Measure", overflow="fold")
    table.add_column("Value", justify="right", overflow="fold")
    table.add_row("Plans read", str(summary["plans"]))
    table.add_row("  audited as EHCPs", str(summary["audited"]))
    table.add_row("  not EHCPs", str(summary["not_ehcp"]))
    table.add_row("  unreadable", str(summary["unreadable"]))
    a = summary["section_a"]
    table.add_row("Section A: no reference to hopes and aspirations", pct(a["no_aspirations"]))
    table.add_row("Section A: does not say what is working well", pct(a["no_working_well"]))
    table.add_row("Section A: no statement in the child's words", pct(a["no_child_first_person"]))
    for key, q in summary.get("questions", {}).items():
        name = QUESTION_NAMES.get(key, key)
        table.add_row(
            f"  '{name}': no child first-person statement",
            f"{q['share']:.0%} ({q['no_child_first_person']} of {q['plans']})",
        )
    length = summary["length"]
    if length["mean_words"] is not None:
        table.add_row(
            "Words: mean (range)",
            f"{length['mean_words']:,} ({length['min_words']:,}-{length['max_words']:,})",
        )
        table.add_row(
            "Minutes to read aloud: mean (range)",
            f"{length['mean_minutes_aloud']} ({length['min_minutes_aloud']}-{length['max_minutes_aloud']})",
        )
    ages = summary["reading_age"]
    if ages["mean"] is not None:
        table.add_row("UK reading age: mean", str(ages["mean"]))
        for label, n in ages["bins"].items():
            table.add_row(f"  reading age {label}", str(n))
    o = summary["outcomes"]
    table.add_row("Outcomes and targets found", str(o["statements"]))
    for key in ("smart", "specific", "measurable", "time_bound"):
        table.add_row(f"  {key.replace('_', '-')}", pct(o[key]))
    p = summary["provision"]
    table.add_row("Provision statements found", str(p["statements"]))
    table.add_row("  quantified", pct(p["quantified"]))
    table.add_row("  naming who delivers it", pct(p["who_specified"]))
    _statutory_rows(table, summary.get("statutory"))
    console.print(table)
    if "top_findings" in summary and summary["top_findings"]:
        top = Table(title="Most frequent findings", title_justify="left")
        top.add_column("Code")
        top.add_column("Level")
        top.add_column("Findings", justify="right")
        top.add_column("Plans", justify="right")
        for item in summary["top_findings"]:
            top.add_row(item["code"], item["level"], str(item["findings"]), str(item["plans"]))
        console.print(top)
    elif "top_findings" not in summary:
        console.print(
            "(Per-sub-question figures and findings need the JSON results: scan --json FILE.)"
        )


def _share_text(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _statutory_rows(table, figures: dict[str, Any] | None) -> None:
    """The golden thread, timeliness, Section K and grade figures (JSON results only)."""
    if not figures or not figures.get("plans"):
        return
    thread, timely = figures["thread"], figures["timeliness"]
    table.add_row(
        "Golden thread: needs in B met by provision in F (mean share)",
        _share_text(thread["needs_with_provision_share"]),
    )
    table.add_row(
        "  outcomes in E supported by provision (mean share)",
        _share_text(thread["outcomes_with_provision_share"]),
    )
    dated = timely["plans_with_dates"]
    if dated:
        table.add_row(
            f"Issued within 20 weeks of the request ({dated} plans with both dates)",
            _share_text(timely["within_20_weeks_share"]),
        )
        table.add_row("  median weeks from request to issue", str(timely["median_weeks"]))
    else:
        table.add_row("Issued within 20 weeks of the request", "no plan gives both dates")
    table.add_row(
        "Reviews overdue (at the plan's own date or --as-of)", str(timely["review_overdue"])
    )
    for kind, n in sorted(figures["advice_missing_by_type"].items()):
        table.add_row(f"Section K: no {kind.replace('_', ' ')} advice listed", str(n))
    for grade, n in figures["grades"].items():
        table.add_row(f"QA grade (screening aid): {grade}", str(n))
