"""Rich terminal output."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ehcp_audit.files import FileSet
from ehcp_audit.result import PlanResult


def _location(loc: dict[str, int]) -> str:
    if "page" in loc:
        return f"p.{loc['page']}"
    if "table" in loc:
        return f"t{loc['table']} r{loc['row']} c{loc['cell']}"
    if "paragraph" in loc:
        return f"¶{loc['paragraph']}"
    return "-"


def print_sections(result: PlanResult, recognised: int, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    table = Table(title=escape(result.file), title_justify="left", expand=False)
    table.add_column("Key", style="bold", no_wrap=True)
    table.add_column("Heading as written", overflow="fold", ratio=3)
    table.add_column("Starts", no_wrap=True)
    table.add_column("Words", justify="right", no_wrap=True)
    table.add_column("First words", overflow="ellipsis", ratio=2, no_wrap=True)
    for key, section in result.sections.items():
        words = "[yellow]empty[/yellow]" if section.empty else str(section.words)
        table.add_row(
            key,
            escape(section.heading),
            _location(section.location),
            words,
            escape(section.first_words),
        )
    console.print(table)
    missing = ", ".join(result.missing_sections) or "none"
    console.print(f"Missing sections: {missing}")
    if result.empty_sections:
        console.print(f"Empty sections: {', '.join(result.empty_sections)}")
    console.print(f"Front matter: {result.front_matter_words} words")
    if result.status == "audited":
        console.print(f"Verdict: [green]EHCP[/green] ({recognised} statutory sections recognised)")
    else:
        console.print(
            f"Verdict: [yellow]not an EHCP[/yellow] (only {recognised} statutory sections recognised)"
        )


def print_scan(
    results: Sequence[PlanResult], found: FileSet, console: Console | None = None
) -> None:
    console = console or Console(highlight=False)
    err = Console(stderr=True, highlight=False)
    table = Table(expand=False)
    table.add_column("File", overflow="fold")
    table.add_column("Status", no_wrap=True)
    table.add_column("Words", justify="right")
    table.add_column("Sections", justify="right")
    table.add_column("Missing", overflow="fold")
    for r in results:
        if r.status == "error":
            table.add_row(escape(r.file), "[red]error[/red]", "-", "-", "-")
        else:
            status = "audited" if r.status == "audited" else "[yellow]not EHCP[/yellow]"
            table.add_row(
                escape(r.file),
                status,
                str(r.words),
                str(len(r.sections)),
                ", ".join(r.missing_sections) or "-",
            )
    console.print(table)
    for r in results:
        if r.status == "error":
            err.print(f"[red]error:[/red] {escape(r.file)}: {escape(r.error or '')}", markup=True)
    for path, cause in found.problems:
        err.print(f"[red]error:[/red] {escape(path)}: {escape(cause)}", markup=True)
    skipped = found.skipped_other + found.skipped_lock + found.skipped_ignored
    if skipped:
        console.print(
            f"Skipped {skipped} file(s): {found.skipped_other} not .docx/.pdf, "
            f"{found.skipped_lock} Word lock files, {found.skipped_ignored} ignored by configuration"
        )
