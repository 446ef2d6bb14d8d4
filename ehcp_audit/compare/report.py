"""How a diff is shown: a Rich view on the terminal, JSON, and an HTML page (Jinja2).

Plan text appears only when the diff was made with ``include_text`` (the records then carry a
``text`` field); otherwise the outputs hold figures, ranks, areas and locations.
"""

from __future__ import annotations

import json
from typing import Any

_STYLE = {
    "removed": "bold red",
    "reduced": "red",
    "vaguer": "yellow",
    "increased": "green",
    "new": "cyan",
    "unchanged": "dim",
    "reworded": "yellow",
}


def _where(location: dict[str, int] | None) -> str:
    if not location:
        return ""
    if "table" in location:
        return f"table {location['table']} row {location.get('row')}"
    if "page" in location:
        return f"page {location['page']}"
    return f"para {location.get('paragraph', '')}"


def _figures(record: dict[str, Any] | None) -> str:
    if not record:
        return ""
    parts = []
    if record.get("weekly_minutes") is not None:
        parts.append(f"{record['weekly_minutes']:g} min/wk")
    elif record.get("sessions_per_week") is not None:
        parts.append(f"{record['sessions_per_week']:g}/wk")
    if record.get("minutes_per_session") is not None and record.get("sessions_per_week"):
        parts.append(f"{record['sessions_per_week']:g} x {record['minutes_per_session']:g} min")
    if record.get("pupils_per_adult") is not None:
        parts.append(f"{record['pupils_per_adult']:g} per adult")
    if record.get("who_rank"):
        parts.append(str(record["who_rank"]))
    if record.get("vague_terms"):
        parts.append("vague: " + ", ".join(record["vague_terms"]))
    return "; ".join(parts) or "no figures"


def _cell(record: dict[str, Any] | None) -> str:
    if not record:
        return "-"
    text = record.get("text")
    where = _where(record.get("location"))
    return f"{text}\n[{where}] {_figures(record)}" if text else f"[{where}] {_figures(record)}"


def print_diff(diff: dict[str, Any], console=None) -> None:
    """The diff of two plans on the terminal: sections, provision, outcomes, needs, totals."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console(highlight=False)
    console.print(f"[bold]{escape(diff['old'])}[/bold] -> [bold]{escape(diff['new'])}[/bold]")
    _print_sections(diff, console)
    _print_provision(diff, console)
    _print_outcomes(diff, console)
    _print_needs(diff, console)
    _print_totals(diff, console)


def _print_sections(diff: dict[str, Any], console) -> None:
    changed = [s for s in diff["sections"] if s["status"] != "unchanged"]
    if changed:
        console.print(
            "Sections: "
            + ", ".join(f"{s['key']} {s['status']}" for s in changed)
            + f"; {len(diff['sections']) - len(changed)} unchanged"
        )
    else:
        console.print("Sections: all unchanged")


def _print_provision(diff: dict[str, Any], console) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="Provision (Section F)", show_lines=True, expand=False)
    table.add_column("Change", no_wrap=True)
    table.add_column("Old", overflow="fold", max_width=48)
    table.add_column("New", overflow="fold", max_width=48)
    table.add_column("Why", overflow="fold", max_width=40)
    for row in diff["provision"]:
        style = _STYLE.get(row["change"], "")
        table.add_row(
            f"[{style}]{row['change']}[/{style}]",
            escape(_cell(row["old"])),
            escape(_cell(row["new"])),
            escape("\n".join(row["details"])) if row["change"] != "unchanged" else "",
        )
    console.print(table)


def _print_outcomes(diff: dict[str, Any], console) -> None:
    from rich.markup import escape
    from rich.table import Table

    outcomes = Table(title="Outcomes (Section E)", show_lines=False, expand=False)
    outcomes.add_column("Status", no_wrap=True)
    outcomes.add_column("Old", overflow="fold", max_width=56)
    outcomes.add_column("New", overflow="fold", max_width=56)
    for row in diff["outcomes"]:
        status = row["status"] + (" (carried over)" if row["carried_over"] else "")
        style = _STYLE.get(row["status"], "")
        outcomes.add_row(
            f"[{style}]{escape(status)}[/{style}]",
            escape(_outcome_cell(row["old"])),
            escape(_outcome_cell(row["new"])),
        )
    console.print(outcomes)


def _print_needs(diff: dict[str, Any], console) -> None:
    from rich.markup import escape

    for need in diff["needs"]:
        text = f": {need['text']}" if need.get("text") else ""
        console.print(
            f"Need {need['status']} in B ({need['area'] or 'area unknown'}, "
            f"{_where(need['location'])}){escape(text)}"
        )
    for link in diff["golden_thread"]:
        if link["kind"] == "need_removed_provision_kept":
            console.print(
                f"[yellow]Needs in B for {link['area']} removed, but "
                f"{link['provision_statements']} provision statement(s) for it remain in F[/yellow]"
            )
        else:
            console.print(
                f"[red]Provision for {link['area']} removed ({_where(link['old_location'])}) "
                f"while {link['needs']} need(s) for it remain in B[/red]"
            )


def _print_totals(diff: dict[str, Any], console) -> None:
    s = diff["summary"]
    counts = ", ".join(f"{n} {k}" for k, n in s["provision"].items() if n)
    console.print(f"Provision: {counts or 'none'}")
    console.print(
        f"Outcomes: {s['outcomes_carried_over']} carried over unchanged, "
        + ", ".join(f"{n} {k}" for k, n in s["outcomes"].items() if n and k != "unchanged")
    )
    console.print(
        f"Minutes of support a week: {_num(s['weekly_minutes_old'])} -> "
        f"{_num(s['weekly_minutes_new'])} (statements that state them)"
    )


def _num(value: float | None) -> str:
    return "not stated" if value is None else f"{value:g}"


def _outcome_cell(record: dict[str, Any] | None) -> str:
    if not record:
        return "-"
    mark = "SMART" if record.get("smart") else "not SMART"
    text = record.get("text")
    where = _where(record.get("location"))
    return f"{text}\n[{where}] {mark}" if text else f"[{where}] {mark}"


def diff_json(diff: dict[str, Any]) -> str:
    return json.dumps(diff, ensure_ascii=False, indent=1) + "\n"


def diff_html(diffs: list[dict[str, Any]], pairs_summary: dict[str, Any] | None = None) -> str:
    """One self-contained HTML page (a Jinja2 template, autoescaped)."""
    from importlib import resources

    import jinja2

    source = resources.files("ehcp_audit.compare").joinpath("diff.html.j2").read_text("utf-8")
    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["figures"] = _figures
    env.filters["where"] = _where
    return env.from_string(source).render(diffs=diffs, summary=pairs_summary, styles=_STYLE)


def print_cross_plan(summary: dict[str, Any], console=None) -> None:
    """The scan's cross-plan lines: how much text is shared and the most-copied passages."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console(highlight=False)
    console.print(
        f"Copied text across plans: {summary['copied_passages']} passage(s) in "
        f"{summary['plans_with_copied_text']} of {summary['plans']} plans "
        f"({summary['template_passages']} template passage(s) not counted)"
    )
    for entry in summary.get("most_copied", []):
        text = f": {entry['text']}" if entry.get("text") else ""
        console.print(
            f"  {entry['plans']} plans, {entry['kind']} in {entry['section'] or '?'}{escape(text)}"
        )
