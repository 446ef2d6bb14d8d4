"""The ``diff`` command's work, kept out of ``cli.py`` so its imports load only when used."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ehcp_audit.config import Settings

_KINDS = ("removed", "reduced", "vaguer", "increased", "new", "unchanged")


def parse_fail_on(value: str | None) -> list[str] | str:
    """The kinds of change that fail the run, or an error message."""
    if value is None:
        from ehcp_audit.resources import load_rules_file

        return list(
            load_rules_file("compare.yaml").get("fail_on", ["removed", "reduced", "vaguer"])
        )
    kinds = [k.strip().lower() for k in value.split(",") if k.strip()]
    if kinds == ["none"]:
        return []
    unknown = [k for k in kinds if k not in _KINDS]
    if unknown:
        return f"--fail-on: unknown change '{unknown[0]}' (use {', '.join(_KINDS)} or none)"
    return kinds


def _write(path: Path, text: str, fail: Callable[[str], Exception]) -> None:
    from ehcp_audit.engine import write_atomic

    try:
        write_atomic(path, text)
    except OSError as exc:
        raise fail(f"{path}: cannot write ({exc.strerror or exc})") from None


def run(
    old: Path,
    new: Path,
    settings: Settings,
    format: str,
    json_file: Path | None,
    html_file: Path | None,
    csv_file: Path | None,
    pairs: Path | None,
    fail_on: list[str],
    include_text: bool,
    fail: Callable[[str], Exception],
) -> int:
    """Diff two plans or two folders; returns the exit code (0, 1 or 2)."""
    for path in (old, new):
        if not path.exists():
            raise fail(f"{path}: not found")
    if old.is_dir() != new.is_dir():
        raise fail(f"{old if old.is_file() else new}: give two files or two folders")
    if old.is_dir():
        return _run_folders(
            old, new, settings, format, json_file, html_file, csv_file, pairs, fail_on,
            include_text, fail,
        )  # fmt: skip
    return _run_pair(old, new, settings, format, json_file, html_file, fail_on, include_text, fail)


def _run_pair(old, new, settings, format, json_file, html_file, fail_on, include_text, fail) -> int:
    from ehcp_audit.compare.diff import diff_plans, failing
    from ehcp_audit.compare.plan import load_plan
    from ehcp_audit.compare.report import diff_json, print_diff
    from ehcp_audit.errors import UnreadableFile
    from ehcp_audit.files import display_path

    views = []
    for path in (old, new):
        try:
            views.append(load_plan(path, settings, display_path(path)))
        except UnreadableFile as exc:
            raise fail(f"{display_path(path)}: {exc.cause}") from None
        except OSError as exc:
            raise fail(f"{display_path(path)}: cannot read file ({exc.strerror or exc})") from None
    diff = diff_plans(views[0], views[1], include_text)
    if json_file:
        _write(json_file, diff_json(diff), fail)
    if html_file:
        from ehcp_audit.compare.report import diff_html

        _write(html_file, diff_html([diff]), fail)
    if format == "json":
        sys.stdout.write(diff_json(diff))
    else:
        print_diff(diff)
    return 1 if failing(diff, fail_on) else 0


def _run_folders(
    old, new, settings, format, json_file, html_file, csv_file, pairs, fail_on, include_text, fail
) -> int:
    import json

    from rich.console import Console
    from rich.markup import escape

    from ehcp_audit.compare.diff import failing
    from ehcp_audit.compare.folders import batch_summary, pair_folders, pairs_csv_text
    from ehcp_audit.files import collect

    old_set, new_set = collect([old], settings.ignore), collect([new], settings.ignore)
    try:
        outcome = pair_folders(
            old_set.files, new_set.files, settings, old, new, pairs, include_text
        )
    except (ValueError, OSError) as exc:
        raise fail(f"{pairs}: cannot read pairs ({exc})") from None
    outcome["problems"] = old_set.problems + new_set.problems + outcome["problems"]
    summary = batch_summary(outcome)
    report = {"summary": summary, "pairs": outcome["diffs"]}
    if json_file:
        _write(json_file, json.dumps(report, ensure_ascii=False, indent=1) + "\n", fail)
    if csv_file:
        _write(csv_file, pairs_csv_text(outcome["diffs"]), fail)
    if html_file:
        from ehcp_audit.compare.report import diff_html

        _write(html_file, diff_html(outcome["diffs"], summary), fail)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for file, cause in outcome["problems"]:
        err.print(f"[red]error:[/red] {escape(file)}: {escape(cause)}")
    if format == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    else:
        _print_folders(outcome, summary)
    if outcome["problems"]:
        return 2
    return 1 if any(failing(d, fail_on) for d in outcome["diffs"]) else 0


def _print_folders(outcome, summary) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from ehcp_audit.compare.folders import pair_row

    console = Console(highlight=False)
    table = Table(title="Plan pairs", expand=False)
    columns = (
        "old",
        "new",
        "removed",
        "reduced",
        "vaguer",
        "carried over",
        "min/wk before",
        "after",
    )
    for name in columns:
        table.add_column(name, overflow="fold")
    for diff in outcome["diffs"]:
        row = pair_row(diff)
        table.add_row(
            escape(row["old"]), escape(row["new"]),
            str(row["provision_removed"]), str(row["provision_reduced"]),
            str(row["provision_vaguer"]), str(row["outcomes_carried_over"]),
            _num(row["weekly_minutes_old"]), _num(row["weekly_minutes_new"]),
        )  # fmt: skip
    console.print(table)
    for side in ("old", "new"):
        for file in summary[f"unpaired_{side}"]:
            console.print(f"unpaired ({side}): {escape(file)}")
    console.print(
        f"{summary['pairs']} pairs. Outcomes carried over unchanged in "
        f"{_num(summary['carried_over_plans_pct'])}% of plans; provision reduced in "
        f"{summary['plans_reduced']} plans, made vaguer in {summary['plans_vaguer']}, removed in "
        f"{summary['plans_removed']}. Minutes of support a week: "
        f"{_num(summary['weekly_minutes_old'])} before, {_num(summary['weekly_minutes_new'])} after."
    )


def _num(value) -> str:
    return "-" if value is None else f"{value:g}"
