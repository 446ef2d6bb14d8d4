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
from ehcp_audit.levels import Level, at_or_above

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
    print_sections(result, recognised=plan.recognised)


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
    ocr: OcrOption = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Also count the files skipped quietly (source, data, notes)."
        ),
    ] = False,
) -> None:
    """Audit every .docx and .pdf plan under PATHS: one row per plan, then the most frequent
    findings; reports in JSON, CSV, HTML and SARIF on request."""
    settings = _settings(
        config,
        sections_file,
        fail_on=fail_on.value if fail_on else None,
        timeout=timeout,
        workers=workers,
        redact=redact or None,
        ocr=ocr or None,
    )
    if print_config:
        import json

        typer.echo(json.dumps(settings.as_toml_dict(), indent=2))
        raise typer.Exit(EXIT_CLEAN)
    if executor is Executor.dask and not scheduler:
        raise _fail("--executor dask needs --scheduler ADDRESS")
    if not paths:
        raise _fail("give one or more plan files or folders to scan (see --help)")
    for path, option in (
        (json_file, "--json"),
        (csv_file, "--csv"),
        (findings_csv, "--findings-csv"),
        (html_file, "--html"),
        (sarif_file, "--sarif"),
    ):
        _check_output_path(path, option)

    from ehcp_audit.engine import ResultCache, default_cache_dir, run_batch
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
    cache = None
    if not no_cache:
        try:
            cache = ResultCache(cache_dir or default_cache_dir(), settings)
        except OSError as exc:
            raise _fail(
                f"{cache_dir or default_cache_dir()}: cannot use cache folder ({exc.strerror or exc})"
            ) from None

    show_progress = progress if progress is not None else sys.stderr.isatty()
    count = settings.workers or os.cpu_count() or 1
    with contextlib.ExitStack() as stack:
        on_result = None
        if show_progress and found.files:
            on_result = stack.enter_context(_progress_bar(len(found.files)))
        try:
            results = run_batch(
                found.files,
                settings,
                workers=count,
                cache=cache,
                executor=executor.value,
                scheduler=scheduler,
                send_bytes=send_bytes,
                memory_limit=memory_limit * 1024 * 1024 or None,
                on_result=on_result,
                keep_text=include_text,
            )
        except RuntimeError as exc:
            raise _fail(str(exc)) from None
    _write_reports(
        results,
        found,
        settings,
        format,
        json_file,
        csv_file,
        findings_csv,
        html_file,
        sarif_file,
        include_text,
    )

    for r in results:
        if r.ocr:
            _say(
                f"note: {r.file}: text read by OCR ({r.ocr.get('engine')}), mean word confidence "
                f"{r.ocr.get('mean_confidence')}/100: check quoted words against the scan"
            )
    if no_exit:
        raise typer.Exit(EXIT_CLEAN)
    if any(r.status == "error" for r in results) or found.problems:
        from ehcp_audit.readers.convert import NEEDS_LIBREOFFICE

        unread = sum(1 for r in results if r.status == "error") + len(found.problems)
        legacy = sum(1 for r in results if (r.error or "").startswith(NEEDS_LIBREOFFICE))
        scanned = sum(1 for r in results if "--ocr" in (r.error or ""))
        notes = []
        if legacy:
            notes.append(f"{legacy} .doc/.rtf/.odt need LibreOffice")
        if scanned:
            notes.append(f"{scanned} scanned PDF(s) need --ocr")
        extra = f" ({'; '.join(notes)})" if notes else ""
        _say(f"exit code 2: {unread} file(s) could not be read{extra}")
        raise typer.Exit(EXIT_ERROR)
    threshold = settings.fail_on
    at_or_over = sum(1 for r in results for f in r.findings if at_or_above(f.level, threshold))
    if at_or_over:
        plans = sum(1 for r in results if any(at_or_above(f.level, threshold) for f in r.findings))
        _say(
            f"exit code 1: {at_or_over} finding(s) at or above '{settings.fail_on}' in "
            f"{plans} plan(s) (--fail-on {settings.fail_on}; --no-exit to always exit 0)"
        )
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_CLEAN)


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


def _write_reports(
    results,
    found,
    settings,
    format,
    json_file,
    csv_file,
    findings_csv,
    html_file,
    sarif_file,
    include_text,
) -> None:
    from ehcp_audit.engine import write_atomic
    from ehcp_audit.report import ci, csvout, jsonout
    from ehcp_audit.report.terminal import print_errors, print_scan

    def sarif_text() -> str:
        from ehcp_audit.registry import rules_for

        return ci.sarif_text(results, rules_for(settings))

    def json_text() -> str:
        return jsonout.dumps(jsonout.results_json(results, include_text, settings.source))

    outputs = {
        json_file: json_text,
        csv_file: lambda: csvout.plans_csv(results),
        findings_csv: lambda: csvout.findings_csv(results, include_text),
        sarif_file: sarif_text,
    }
    if html_file:
        from ehcp_audit.report.html import html_report

        outputs[html_file] = lambda: html_report(results, include_text=include_text)
    for path, render in outputs.items():
        if path is None:
            continue
        try:
            write_atomic(path, render())
        except OSError as exc:
            raise _fail(f"{path}: cannot write ({exc.strerror or exc})") from None

    if format is Format.table:
        print_scan(results, found)
    elif format is Format.json:
        sys.stdout.write(json_text())
    elif format is Format.csv:
        sys.stdout.write(csvout.plans_csv(results))
    elif format is Format.github:
        sys.stdout.write(ci.github_annotations(results))
    elif format is Format.sarif:
        sys.stdout.write(sarif_text())
    print_errors(results, found)


@app.command()
def summary(
    results_files: Annotated[
        list[Path],
        typer.Argument(
            help="JSON (scan --json) or CSV (scan --csv) results files; several are pooled, "
            "e.g. one per local authority.",
            exists=True,
            dir_okay=False,
        ),
    ],
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help="Group plans by a CSV column, or 'folder' (the top folder under the common root, e.g. one per local authority).",
        ),
    ] = None,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """The Children's Commissioner's style of table for a batch: Section A voice, length,
    reading age, SMART outcomes, quantified provision, most frequent findings."""
    import json

    from ehcp_audit.report import csvout, jsonout
    from ehcp_audit.report.summary import group_key, render, summarise

    rows: list[dict] = []
    plans: list[dict] | None = []
    for results_file in results_files:
        text = results_file.read_text(encoding="utf-8-sig")
        try:
            if text.lstrip().startswith("{"):
                data = json.loads(text)
                results = jsonout.load_results(text)
                if plans is not None:
                    plans.extend(data["plans"])
                rows.extend({name: get(r) for name, _, get in csvout.PLAN_COLUMNS} for r in results)
            else:
                loaded = csvout.load_plans_csv(text)
                if not loaded or "status" not in loaded[0]:
                    raise ValueError("not an ehcp-audit CSV (no 'status' column)")
                rows.extend(loaded)
                plans = None  # a CSV has no per-question figures or findings to pool
        except (ValueError, KeyError, TypeError) as exc:
            raise _fail(f"{results_file}: cannot read results ({exc})") from None
    title = (
        results_files[0].name if len(results_files) == 1 else f"{len(results_files)} results files"
    )

    groups: dict[str, list[int]] = {}
    if by:
        if by != "folder" and rows and by not in rows[0]:
            raise _fail(f"--by: unknown field '{by}' (use 'folder' or a CSV column name)")
        root = os.path.commonpath([str(r["file"]) for r in rows]) if by == "folder" and rows else ""
        if by == "folder" and rows and len(rows) == 1:
            root = os.path.dirname(str(rows[0]["file"]))
        for i, row in enumerate(rows):
            groups.setdefault(group_key(row, by, root), []).append(i)
    else:
        groups["all plans"] = list(range(len(rows)))

    output = {}
    for name, indexes in sorted(groups.items()):
        output[name] = summarise(
            [rows[i] for i in indexes], [plans[i] for i in indexes] if plans is not None else None
        )
    if format == "json":
        typer.echo(json.dumps(output if by else output["all plans"], indent=2))
        return
    from rich.console import Console

    console = Console(highlight=False)
    for name, figures in output.items():
        render(figures, f"{title}: {name}", console)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
