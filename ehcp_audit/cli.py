"""The ``ehcp-audit`` command line.

Start-up stays light: spaCy, the readers and the report writers are imported inside the commands
that use them, so ``--help``, ``--version`` and ``rules`` answer at once.

Exit codes: 0 no finding at or above ``--fail-on``; 1 there is one; 2 a usage, configuration or
unreadable-input error (``--no-exit`` forces 0).
"""

from __future__ import annotations

import contextlib
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
import typer.core

from ehcp_audit import __version__
from ehcp_audit.levels import LEVELS, Level, at_or_above

# Typer escapes "[required]" and "[default: ...]" for rich markup whenever rich is installed,
# even with rich_markup_mode=None, so plain help showed a literal "\\[required]". Help here is
# plain text: tell Typer rich is absent (pretty exceptions are off too, so nothing else uses it).
typer.core.HAS_RICH = False

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
    suggest_commands=False,  # Click already says "Did you mean ...?"; Typer would say it twice
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    github = "github"
    sarif = "sarif"
    none = "none"


class Executor(StrEnum):
    local = "local"
    dask = "dask"


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


def _fail(message: str) -> typer.Exit:
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"[red]error:[/red] {escape(message)}"
    )
    return typer.Exit(EXIT_ERROR)


SectionsFileOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--sections-file",
        help="YAML file of extra section heading aliases (same shape as rules/sections.yaml). Repeatable.",
        exists=True,
        dir_okay=False,
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Config file (TOML). Default: ehcp-audit.toml or [tool.ehcp-audit] in pyproject.toml, "
        "found by walking up from the current folder.",
        dir_okay=False,
    ),
]
IncludeTextOption = Annotated[
    bool,
    typer.Option(
        "--include-text",
        help="Put plan text in the outputs (section texts, finding matches). Off by default: plans hold children's personal data.",
    ),
]
OcrOption = Annotated[
    bool,
    typer.Option(
        "--ocr",
        help="Read scanned PDFs (no text layer) with Tesseract. Off by default: OCR text is less "
        "reliable, and every output marks an OCR'd plan with its mean OCR confidence.",
    ),
]
RedactOption = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="Replace personal names, dates of birth and NHS/UPN-like numbers in every text output.",
    ),
]


def _require_file(file: Path) -> None:
    """One clear line for a single named file that is not there (before any work starts)."""
    if not file.exists():
        raise _fail(f"{file}: file not found")
    if file.is_dir():
        raise _fail(f"{file}: is a folder, not a plan file")


def _check_output_path(path: Path | None, option: str) -> None:
    """Refuse an output whose folder cannot exist, before the scan rather than after it."""
    if path is None:
        return
    if path.is_dir():
        raise _fail(f"{option} {path}: is a folder; give a file name")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise _fail(f"{option} {path}: cannot write: {parent} is a file, not a folder")
            if not os.access(parent, os.W_OK):
                raise _fail(f"{option} {path}: cannot write: folder {parent} is not writable")
            return


def _settings(
    config: Path | None, sections_file: list[Path] | None, check_sections: bool = True, **overrides
):
    """Defaults <- config file <- command line."""
    from dataclasses import replace

    from ehcp_audit.config import find_config, load_settings
    from ehcp_audit.errors import ConfigError

    try:
        if config is not None and not config.is_file():
            raise ConfigError(f"{config}: config file not found")
        settings = load_settings(config or find_config())
        if sections_file:
            settings = replace(
                settings,
                sections_files=settings.sections_files
                + tuple(str(p.resolve()) for p in sections_file),
            )
        changes = {k: v for k, v in overrides.items() if v is not None}
        settings = replace(settings, **changes)
        from ehcp_audit.registry import rules_for

        rules_for(settings)
        if check_sections:
            from ehcp_audit.audit import _section_rules

            _section_rules(settings.sections_files)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    return settings


def _as_of_date(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _fail(f"--as-of: '{value}' is not a date (YYYY-MM-DD)") from None


def _framework_name(value: str | None) -> str | None:
    """A shipped framework's name, or a framework file's absolute path (workers may run
    elsewhere); checked now so a bad file is one clear line, not an error per plan."""
    if value is None:
        return None
    from ehcp_audit.errors import ConfigError
    from ehcp_audit.measures.grading import framework_path, load_framework

    try:
        path = framework_path(value)
        load_framework(value)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    return value if path.stem == value and path.parent.name == "frameworks" else str(path)


@app.command()
def sections(
    file: Annotated[Path, typer.Argument(help="A plan (.docx or .pdf).", dir_okay=False)],
    sections_file: SectionsFileOption = None,
    config: ConfigOption = None,
    ocr: OcrOption = False,
) -> None:
    """Show the sections A-K found in one plan, where each starts, and what is missing."""
    from ehcp_audit.audit import split_file, summarise_split
    from ehcp_audit.errors import UnreadableFile
    from ehcp_audit.report.terminal import print_sections
    from ehcp_audit.result import PlanResult

    _require_file(file)
    settings = _settings(config, sections_file, ocr=ocr or None)
    try:
        plan = split_file(file, settings)
    except UnreadableFile as exc:
        raise _fail(f"{file}: {exc.cause}") from None
    result = PlanResult(file=str(file), status="audited" if plan.is_ehcp else "not_ehcp")
    summarise_split(plan, result)
    print_sections(result, recognised=plan.recognised, near_misses=plan.near_misses)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="A plan (.docx or .pdf).", dir_okay=False)],
    sections_file: SectionsFileOption = None,
    config: ConfigOption = None,
    redact: RedactOption = False,
    ocr: OcrOption = False,
) -> None:
    """Everything measured in one plan: metrics, Section A voice, each outcome with its SMART
    marks and deciding words, each provision line, and the findings with locations. Shows plan
    text on the terminal."""
    from ehcp_audit.audit import audit_file
    from ehcp_audit.report.terminal import print_show

    _require_file(file)
    settings = _settings(config, sections_file, redact=redact or None, ocr=ocr or None)
    result = audit_file(file, settings)
    print_show(result)
    if result.ocr:
        _say(
            f"note: text read by OCR ({result.ocr.get('engine')}), mean word confidence "
            f"{result.ocr.get('mean_confidence')}/100"
        )
    if result.status == "error":
        raise typer.Exit(EXIT_ERROR)


@app.command()
def annotate(
    file: Annotated[
        Path,
        typer.Argument(
            help="A plan (.docx, .pdf; .doc, .rtf, .odt with LibreOffice).", dir_okay=False
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The annotated copy (.docx). Default: PLAN.annotated.docx beside the plan "
            "(in the current folder when the plan's folder is not writable).",
            dir_okay=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    sections_file: SectionsFileOption = None,
    config: ConfigOption = None,
    ocr: OcrOption = False,
) -> None:
    """Write a copy of one plan with a Word comment at each finding (code, message, fix, place)
    and a summary comment at the top. The plan itself is never changed. A PDF's copy is a
    Word rendering of its text with the comments in it."""
    _require_file(file)
    settings = _settings(config, sections_file, ocr=ocr or None)
    from ehcp_audit.annotate import annotate as write_annotated
    from ehcp_audit.annotate import default_output
    from ehcp_audit.audit import audit_file
    from ehcp_audit.registry import rules_for

    target = output or default_output(file)
    if target.suffix.lower() != ".docx":
        raise _fail(f"--output {target}: the annotated copy is a Word file: name it .docx")
    if target.exists() and target.resolve() == file.resolve():
        raise _fail(f"{target}: is the plan itself; the plan is never overwritten")
    if target.exists() and not force:
        raise _fail(f"{target}: already exists (--force to overwrite it)")
    _check_output_path(target, "--output")
    result = audit_file(file, settings)
    if result.status == "error":
        raise _fail(f"{file}: {result.error}")
    if result.status == "not_ehcp":
        raise _fail(
            f"{file}: does not look like an EHCP (no sections A-K found): nothing to annotate"
        )
    fixes = {rule.code: rule.fix for rule in rules_for(settings)}
    try:
        done = write_annotated(file, result, target, fixes, settings.sections_files)
    except OSError as exc:
        raise _fail(f"{target}: cannot write ({exc.strerror or exc})") from None
    kind = " (a Word rendering of the PDF's text)" if done.rendered else ""
    typer.echo(
        f"{target}{kind}: {done.anchored} comments at findings, "
        f"{len(done.in_summary)} in the summary comment"
    )


@app.command("rules")
def list_rules(
    config: ConfigOption = None,
    format: Annotated[str, typer.Option("--format", help="table, json or markdown.")] = "table",
    test: Annotated[
        list[Path] | None,
        typer.Option(
            "--test",
            help="Run a rule pack's pass/fail examples and print pass or fail per rule "
            "(exit 1 on a failure). Repeatable.",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """List every rule (shipped and from rule packs): code, level, section, what it finds and
    how to fix it."""
    from ehcp_audit.errors import ConfigError
    from ehcp_audit.registry import rules_for

    settings = _settings(config, None, check_sections=False)
    if test:
        _test_packs(test, settings)
        return
    try:
        rules = rules_for(settings)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    if format == "json":
        import json

        from ehcp_audit.docs import rule_json

        typer.echo(json.dumps([rule_json(r) for r in rules], indent=2))
        return
    if format == "markdown":
        from ehcp_audit.docs import rules_markdown

        typer.echo(rules_markdown(rules), nl=False)
        return
    if format != "table":
        raise _fail(f"unknown --format '{format}' (table, json or markdown)")
    from rich.console import Console
    from rich.table import Table

    table = Table(expand=False, show_lines=True)
    table.add_column("Code", no_wrap=True)
    table.add_column("Level", no_wrap=True)
    table.add_column("Sec", no_wrap=True)
    table.add_column("What it finds / how to fix it", overflow="fold", max_width=72)
    for r in rules:
        level = r.level if r.enabled else f"{r.level} (off)"
        origin = "" if r.source.startswith("rules/") else f"\n[dim]From {r.source}[/dim]"
        table.add_row(r.code, level, r.section, f"{r.description}\n[dim]Fix: {r.fix}[/dim]{origin}")
    Console(highlight=False).print(table)


def _test_packs(packs: list[Path], settings) -> None:
    """``rules --test``: each pack rule's pass example must stay silent, its fail example fire."""
    from dataclasses import replace

    from ehcp_audit.errors import ConfigError
    from ehcp_audit.examples import run_rule_examples

    paths = tuple(str(p.resolve()) for p in packs)
    failed = False
    for pack in paths:
        if not Path(pack).is_file():
            raise _fail(f"{pack}: rule pack not found")
        try:
            loaded = settings.rule_packs + ((pack,) if pack not in settings.rule_packs else ())
            outcomes = run_rule_examples(pack, replace(settings, rule_packs=loaded))
        except ConfigError as exc:
            raise _fail(str(exc)) from None
        for outcome in outcomes:
            failed |= not outcome.passed
            typer.echo(f"{'pass' if outcome.passed else 'FAIL'}  {outcome.code}  {outcome.detail}")
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def scan(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan files and folders (folders are searched recursively): .docx and .pdf; "
            ".doc, .rtf and .odt when LibreOffice is installed.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="What to print on standard output.")
    ] = Format.table,
    json_file: Annotated[
        Path | None,
        typer.Option(
            "--json",
            help="Write the full results as JSON (see results.schema.json).",
            dir_okay=False,
        ),
    ] = None,
    csv_file: Annotated[
        Path | None,
        typer.Option("--csv", help="Write one row per plan (figures only) as CSV.", dir_okay=False),
    ] = None,
    findings_csv: Annotated[
        Path | None,
        typer.Option("--findings-csv", help="Write one row per finding as CSV.", dir_okay=False),
    ] = None,
    html_file: Annotated[
        Path | None,
        typer.Option(
            "--html", help="Write a self-contained HTML report with charts.", dir_okay=False
        ),
    ] = None,
    sarif_file: Annotated[
        Path | None,
        typer.Option(
            "--sarif", help="Write SARIF 2.1.0 (for code-scanning tools).", dir_okay=False
        ),
    ] = None,
    jsonl_file: Annotated[
        Path | None,
        typer.Option(
            "--jsonl",
            help="Write one plan per line (the JSON's plan objects), for pipelines.",
            dir_okay=False,
        ),
    ] = None,
    parquet_dir: Annotated[
        Path | None,
        typer.Option(
            "--parquet",
            help="Write Parquet tables (plans, findings, outcomes, provision, sentences) under DIR "
            "for pandas, R or DuckDB; needs pip install 'ehcp-audit[research]'.",
            file_okay=False,
        ),
    ] = None,
    batch_id: Annotated[
        str | None,
        typer.Option(
            "--batch",
            help="With --parquet: the partition name for this run (default: the date and time).",
        ),
    ] = None,
    xlsx_file: Annotated[
        Path | None,
        typer.Option(
            "--xlsx",
            help="Write an Excel workbook for a QA spreadsheet: plans, findings, outcomes, "
            "provision, summary and a column dictionary.",
            dir_okay=False,
        ),
    ] = None,
    include_text: IncludeTextOption = False,
    redact: RedactOption = False,
    fail_on: Annotated[
        Level | None,
        typer.Option(
            "--fail-on", help="Exit 1 when a finding at or above this level exists. Default: error."
        ),
    ] = None,
    no_exit: Annotated[
        bool, typer.Option("--no-exit", help="Always exit 0 (reports are still written).")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=1, help="Worker processes. Default: number of CPUs."),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            min=1,
            help="Seconds allowed per file before it is abandoned. Default: 120.",
        ),
    ] = None,
    memory_limit: Annotated[
        int,
        typer.Option(
            "--memory-limit",
            min=0,
            help="Address-space limit per worker in MB (0: none). A file that needs more is reported, not fatal.",
        ),
    ] = 3072,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache", help="Cache folder. Default: ~/.cache/ehcp-audit.", file_okay=False
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Audit every file again; read and write no cache.")
    ] = False,
    executor: Annotated[
        Executor, typer.Option("--executor", help="local worker processes, or a Dask cluster.")
    ] = Executor.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    ] = None,
    send_bytes: Annotated[
        bool,
        typer.Option(
            "--send-bytes",
            help="With Dask: send each file's bytes with its task (workers need not see the files).",
        ),
    ] = False,
    sections_file: SectionsFileOption = None,
    config: ConfigOption = None,
    print_config: Annotated[
        bool, typer.Option("--print-config", help="Print the settings in force and exit.")
    ] = False,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on standard error. Default: when it is a terminal.",
        ),
    ] = None,
    cross_plan: Annotated[
        bool | None,
        typer.Option(
            "--cross-plan/--no-cross-plan",
            help="Look for text copied between the plans (X-COPIED). Default: on when more than one plan is scanned.",
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="A blank plan template: its text is never reported as copied.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    ocr: OcrOption = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Also count the files skipped quietly (source, data, notes)."
        ),
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Judge reviews due against this date (YYYY-MM-DD). Default: each plan's own date, never today's.",
        ),
    ] = None,
    framework: Annotated[
        str | None,
        typer.Option(
            "--framework",
            metavar="NAME|PATH",
            help="Grade each section and plan with a QA framework: 'default' or a YAML file (see docs/frameworks.md).",
        ),
    ] = None,
) -> None:
    """Audit every .docx and .pdf plan under PATHS: one row per plan, then the most frequent
    findings; reports in JSON, CSV, HTML, SARIF, Parquet and Excel on request.
    \f
    Long only by its option declarations: the work is in ehcp_audit.api."""
    from ehcp_audit import api

    settings = _settings(
        config,
        sections_file,
        fail_on=fail_on.value if fail_on else None,
        timeout=timeout,
        workers=workers,
        redact=redact or None,
        ocr=ocr or None,
        as_of=_as_of_date(as_of),
        framework=_framework_name(framework),
    )
    if print_config:
        import json

        typer.echo(json.dumps(settings.as_toml_dict(), indent=2))
        raise typer.Exit(EXIT_CLEAN)
    if executor is Executor.dask and not scheduler:
        raise _fail("--executor dask needs --scheduler ADDRESS")
    if not paths:
        raise _fail("give one or more plan files or folders to scan (see --help)")
    files = api.OutputFiles(
        json_file, csv_file, findings_csv, html_file, sarif_file, jsonl_file, parquet_dir, xlsx_file
    )
    for path, option in files.writable_files():
        _check_output_path(path, option)
    found = _collect(paths, settings, verbose)
    stage = _api_call(
        api.cross_plan_stage, cross_plan, template, settings, include_text, len(found.files)
    )
    if stage is None:  # no pass: the workers need not pack passages (before the cache key)
        from dataclasses import replace

        settings = replace(settings, cross_plan=False)
    batch = api.BatchOptions(
        cache=None if no_cache else _api_call(api.open_cache, cache_dir, settings),
        executor=executor.value,
        scheduler=scheduler,
        send_bytes=send_bytes,
        memory_limit=memory_limit * 1024 * 1024 or None,
        keep_text=include_text,
    )
    reporter = _api_call(api.open_reporter, files, format.value, settings, include_text, batch_id)
    show_progress = progress if progress is not None else sys.stderr.isatty()
    with contextlib.ExitStack() as stack:
        on_result = None
        if show_progress and found.files:
            on_result = stack.enter_context(_progress_bar(len(found.files)))
        _api_call(api.scan, found.files, settings, reporter, batch, stage, on_result)
    _render_scan(format, reporter, found, stage)
    raise typer.Exit(_exit_code(reporter, found, settings.fail_on, no_exit))


def _api_call(function, *args):
    """Call a library function, showing its :class:`~ehcp_audit.api.ScanError` as the run's
    one error line (exit 2)."""
    from ehcp_audit.api import ScanError

    try:
        return function(*args)
    except ScanError as exc:
        raise _fail(str(exc)) from None


def _collect(paths: list[Path], settings, verbose: bool):
    """The plan files under ``paths``; exit 2 with the reason when there are none."""
    from ehcp_audit.files import collect

    found = collect(paths, settings.ignore)
    if verbose and found.skipped_quiet:
        typer.echo(
            f"Skipped quietly: {found.skipped_quiet} source, data or tool files and folders",
            err=True,
        )
    if not found.files:
        from ehcp_audit.report.terminal import print_errors

        print_errors([], found)
        raise _fail(_nothing_found(paths, found))
    return found


def _render_scan(format: Format, reporter, found, stage) -> None:
    """The terminal table (for ``--format table``) and the files that could not be read."""
    from ehcp_audit.report.terminal import print_errors, print_scan

    if format is Format.table:
        print_scan(reporter.rows, reporter.aggregate, found)
        if stage is not None and stage.summary:
            from ehcp_audit.compare.report import print_cross_plan

            print_cross_plan(stage.summary)
    print_errors(reporter.unreadable, found)


def _exit_code(reporter, found, fail_on: str, no_exit: bool) -> int:
    """The exit code, with one line on standard error saying why it is not 0."""
    for file, engine, confidence in reporter.ocr_notes:
        _say(
            f"note: {file}: text read by OCR ({engine}), mean word confidence "
            f"{confidence}/100: check quoted words against the scan"
        )
    if no_exit:
        return EXIT_CLEAN
    if reporter.unreadable or found.problems:
        from ehcp_audit.readers.convert import NEEDS_LIBREOFFICE

        causes = [cause for _, cause in reporter.unreadable]
        unread = len(causes) + len(found.problems)
        legacy = sum(1 for cause in causes if cause.startswith(NEEDS_LIBREOFFICE))
        scanned = sum(1 for cause in causes if "--ocr" in cause)
        notes = []
        if legacy:
            notes.append(f"{legacy} .doc/.rtf/.odt need LibreOffice")
        if scanned:
            notes.append(f"{scanned} scanned PDF(s) need --ocr")
        extra = f" ({'; '.join(notes)})" if notes else ""
        _say(f"exit code 2: {unread} file(s) could not be read{extra}")
        return EXIT_ERROR
    above = [level for level in LEVELS if at_or_above(level, fail_on)]
    at_or_over = sum(reporter.aggregate.level_counts[level] for level in above)
    if at_or_over:
        plans = sum(reporter.worst_levels[level] for level in above)
        _say(
            f"exit code 1: {at_or_over} finding(s) at or above '{fail_on}' in "
            f"{plans} plan(s) (--fail-on {fail_on}; --no-exit to always exit 0)"
        )
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _say(line: str) -> None:
    """One line on standard error explaining the run's outcome."""
    typer.echo(line, err=True)


def _nothing_found(paths: list[Path], found) -> str:
    named = ", ".join(str(p) for p in paths[:3]) + (" ..." if len(paths) > 3 else "")
    parts = []
    if found.skipped_other:
        parts.append(f"{found.skipped_other} other files")
    if found.skipped_quiet:
        parts.append(f"{found.skipped_quiet} source/data files")
    if found.skipped_lock:
        parts.append(f"{found.skipped_lock} Word lock files")
    if found.skipped_ignored:
        parts.append(f"{found.skipped_ignored} ignored by config")
    if found.skipped_outside:
        parts.append(f"{found.skipped_outside} links outside the folder")
    from ehcp_audit.readers import SUPPORTED_SUFFIXES

    kinds = ", ".join(SUPPORTED_SUFFIXES)
    detail = f" (skipped: {', '.join(parts)})" if parts else ""
    return f"no plan files ({kinds}) found in {named}{detail}"


@contextlib.contextmanager
def _progress_bar(total: int):
    """A progress bar on standard error; yields the callback that advances it."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("scan", total=total)
        yield lambda _result: bar.advance(task)


class SummaryFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def summary(
    results_files: Annotated[
        list[Path],
        typer.Argument(
            help="JSON (scan --json), JSON Lines (scan --jsonl) or CSV (scan --csv) results "
            "files; several are pooled, e.g. one per local authority.",
            exists=True,
            dir_okay=False,
        ),
    ],
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help="Group plans by a CSV column, or 'folder' (the top folder under the common root, "
            "e.g. one per local authority): one table, a row per group and a total.",
        ),
    ] = None,
    format: Annotated[
        SummaryFormat, typer.Option("--format", help="table or json.")
    ] = SummaryFormat.table,
    xlsx_file: Annotated[
        Path | None,
        typer.Option(
            "--xlsx",
            help="Also write the plans and the summary as an Excel workbook.",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """The Children's Commissioner's style of table for a batch: Section A voice, length,
    reading age, SMART outcomes, quantified provision, most frequent findings.
    \f
    Long only by its option declarations."""
    import json

    from rich.console import Console

    from ehcp_audit.report.summary import render, render_groups

    pooled = _pool_results(results_files, by, xlsx_file)
    _warn_repeats(pooled)
    total = pooled.grouped.total.finish()
    groups = {name: a.finish() for name, a in pooled.grouped.groups().items()} if by else {}
    if format is SummaryFormat.json:
        typer.echo(json.dumps(groups if by else total, indent=2))
        return
    title = (
        results_files[0].name if len(results_files) == 1 else f"{len(results_files)} results files"
    )
    console = Console(highlight=False)
    if by:
        render_groups(groups, total, f"{title}: by {by}", console)
    else:
        render(total, f"{title}: all plans", console)


def _pool_results(results_files: list[Path], by: str | None, xlsx_file: Path | None):
    """The plans of every results file pooled (and grouped ``by``), written to the workbook
    too when one is asked for; exit 2 with the reason when a file cannot be used."""
    from ehcp_audit.report.outputs import OutputError
    from ehcp_audit.report.summary import ResultsError, pool

    workbook = None
    try:
        if xlsx_file:
            from ehcp_audit.report.xlsxout import XlsxOutput

            workbook = XlsxOutput(xlsx_file, include_text=False)
        pooled = pool(results_files, by, workbook)
        if workbook is not None:
            workbook.finish(pooled.grouped.total)
    except (ResultsError, OutputError) as exc:
        if workbook is not None:
            workbook.abort()
        raise _fail(str(exc)) from None
    return pooled


def _warn_repeats(pooled) -> None:
    """A warning line for each results file given twice and for plans counted once."""
    from rich.console import Console

    warn = Console(stderr=True, highlight=False, soft_wrap=True)
    for name in pooled.repeated_files:
        warn.print(f"[yellow]warning:[/yellow] {name}: given twice; counted once")
    if pooled.duplicates:
        warn.print(
            f"[yellow]warning:[/yellow] {pooled.duplicates} plans appear more than once "
            "(the same sha256); each is counted once"
        )


# -- diff: compare two versions of a plan, or two folders of plans (issue #11) ---------------


@app.command("diff")
def diff_command(
    old: Annotated[
        Path, typer.Argument(help="The earlier plan (draft, or last year's), or a folder.")
    ],
    new: Annotated[Path, typer.Argument(help="The later plan (final, or amended), or a folder.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="table (terminal view) or json.")
    ] = "table",
    json_file: Annotated[
        Path | None, typer.Option("--json", help="Write the diff as JSON.", dir_okay=False)
    ] = None,
    html_file: Annotated[
        Path | None, typer.Option("--html", help="Write the diff as an HTML page.", dir_okay=False)
    ] = None,
    csv_file: Annotated[
        Path | None,
        typer.Option(
            "--csv", help="Folders: write one row per pair (figures only).", dir_okay=False
        ),
    ] = None,
    pairs: Annotated[
        Path | None,
        typer.Option(
            "--pairs",
            help="Folders: a CSV of old,new file names pairing the plans (default: by the child's name and date of birth).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Comma-separated provision changes that give exit code 1 (removed, reduced, vaguer, increased, new; 'none' for never). Default: removed,reduced,vaguer.",
        ),
    ] = None,
    include_text: IncludeTextOption = False,
    no_exit: Annotated[
        bool, typer.Option("--no-exit", help="Always exit 0 (reports are still written).")
    ] = False,
    sections_file: SectionsFileOption = None,
    config: ConfigOption = None,
) -> None:
    """What changed between two versions of a plan: sections, outcomes (unchanged, reworded,
    new, removed; carried over), each provision statement (removed, reduced, vaguer, increased,
    new, unchanged, with the figures) and needs dropped from B. Two folders: plans are paired by
    child and summed up. Exit 1 when provision was removed, reduced or made vaguer.
    \f
    Long only by its option declarations: the work is in ehcp_audit.compare.cli."""
    from ehcp_audit.compare import cli as compare_cli

    if format not in ("table", "json"):
        raise _fail(f"unknown --format '{format}' (table or json)")
    kinds = compare_cli.parse_fail_on(fail_on)
    if isinstance(kinds, str):
        raise _fail(kinds)
    settings = _settings(config, sections_file)
    code = compare_cli.run(
        old,
        new,
        settings,
        format,
        json_file,
        html_file,
        csv_file,
        pairs,
        kinds,
        include_text,
        _fail,
    )
    raise typer.Exit(EXIT_CLEAN if no_exit else code)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
