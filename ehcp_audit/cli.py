"""The ``ehcp-audit`` command line.

Start-up stays light: spaCy, the readers and the report writers are imported inside the commands
that use them, so ``--help``, ``--version`` and ``rules`` answer at once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ehcp_audit import __version__

app = typer.Typer(
    name="ehcp-audit",
    help=(
        "Audit the quality of Education, Health and Care Plans (EHCPs) in Word (.docx) and PDF: "
        "sections A-K, the child's voice, SMART outcomes, quantified provision, length and "
        "reading level. Runs offline; never changes the plans it reads."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ehcp-audit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Audit EHCPs."""


SectionsFileOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--sections-file",
        help="YAML file of extra section heading aliases (same shape as rules/sections.yaml). Repeatable.",
        exists=True,
        dir_okay=False,
    ),
]


def _fail(message: str) -> typer.Exit:
    from rich.console import Console

    Console(stderr=True, highlight=False).print(f"[red]error:[/red] {message}", markup=True)
    return typer.Exit(EXIT_ERROR)


@app.command()
def sections(
    file: Annotated[Path, typer.Argument(help="A plan (.docx or .pdf).", dir_okay=False)],
    sections_file: SectionsFileOption = None,
) -> None:
    """Show the sections A-K found in one plan, where each starts, and what is missing."""
    from ehcp_audit.audit import split_file, summarise_split
    from ehcp_audit.config import Settings
    from ehcp_audit.errors import ConfigError, UnreadableFile
    from ehcp_audit.report.terminal import print_sections
    from ehcp_audit.result import PlanResult

    settings = Settings(sections_files=tuple(str(p) for p in sections_file or ()))
    try:
        plan = split_file(file, settings)
    except UnreadableFile as exc:
        raise _fail(f"{file}: {exc.cause}") from None
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    result = PlanResult(file=str(file), status="audited" if plan.is_ehcp else "not_ehcp")
    summarise_split(plan, result)
    print_sections(result, recognised=plan.recognised)


@app.command()
def scan(
    paths: Annotated[
        list[Path], typer.Argument(help="Plan files and folders (searched recursively).")
    ],
    sections_file: SectionsFileOption = None,
) -> None:
    """Audit every .docx and .pdf plan under PATHS and report one row per plan."""
    from ehcp_audit.audit import audit_file
    from ehcp_audit.config import Settings
    from ehcp_audit.errors import ConfigError
    from ehcp_audit.files import collect
    from ehcp_audit.report.terminal import print_scan

    settings = Settings(sections_files=tuple(str(p) for p in sections_file or ()))
    try:
        from ehcp_audit.audit import _section_rules

        _section_rules(settings.sections_files)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    found = collect(paths, settings.ignore)
    results = [audit_file(path, settings) for path in found.files]
    print_scan(results, found)
    unreadable = any(r.status == "error" for r in results) or found.problems
    raise typer.Exit(EXIT_ERROR if unreadable else EXIT_CLEAN)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
