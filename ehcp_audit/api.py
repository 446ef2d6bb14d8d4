"""Run a scan as a library call: files and :class:`~ehcp_audit.config.Settings` in, results fed
to the outputs of a :class:`~ehcp_audit.report.outputs.Reporter`.

The ``scan`` command is a thin layer over this module: it parses options, calls
:func:`open_reporter` and :func:`scan`, renders the terminal table and maps the outcome to an
exit code. Errors that end a run are raised as :class:`ScanError` with the one line to show.

    from ehcp_audit import api
    from ehcp_audit.config import Settings

    settings = Settings()
    reporter = api.open_reporter(api.OutputFiles(json=Path("out.json")), "none", settings)
    api.scan(files, settings, reporter, api.BatchOptions(workers=2))
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ehcp_audit.config import Settings


class ScanError(Exception):
    """A run cannot go on; the message is the one line to show the user."""


@dataclass(frozen=True)
class OutputFiles:
    """The report files asked for (None: not written)."""

    json: Path | None = None
    csv: Path | None = None
    findings_csv: Path | None = None
    html: Path | None = None
    sarif: Path | None = None
    jsonl: Path | None = None
    parquet: Path | None = None
    xlsx: Path | None = None

    def writable_files(self) -> Iterator[tuple[Path | None, str]]:
        """Each single-file output with its command-line option (Parquet is a folder)."""
        for item in fields(self):
            if item.name != "parquet":
                yield getattr(self, item.name), "--" + item.name.replace("_", "-")


@dataclass(frozen=True)
class BatchOptions:
    """How the files are audited: the keyword arguments of :func:`ehcp_audit.engine.iter_batch`."""

    workers: int | None = None  # None: the settings' workers, else the number of CPUs
    cache: Any = None  # an ehcp_audit.engine.ResultCache, or None for no cache
    executor: str = "local"
    scheduler: str | None = None
    send_bytes: bool = False
    memory_limit: int | None = None  # bytes per worker; None: no limit
    keep_text: bool = False


def open_cache(cache_dir: Path | None, settings: Settings):
    """The result cache under ``cache_dir`` (default: the user's cache folder)."""
    from ehcp_audit.engine import ResultCache, default_cache_dir

    folder = cache_dir or default_cache_dir()
    try:
        return ResultCache(folder, settings)
    except OSError as exc:
        raise ScanError(f"{folder}: cannot use cache folder ({exc.strerror or exc})") from None


def cross_plan_stage(
    wanted: bool | None,
    template: Path | None,
    settings: Settings,
    include_text: bool,
    plans: int,
):
    """The cross-plan copy pass, or None when it is off (by default on for more than one plan)."""
    if not (wanted if wanted is not None else plans > 1):
        return None
    from ehcp_audit.compare.crossplan import template_passages
    from ehcp_audit.engine.crossplan_stage import CrossPlanStage
    from ehcp_audit.errors import UnreadableFile

    packed = None
    if template is not None:
        try:
            packed = template_passages(template, settings)
        except UnreadableFile as exc:
            raise ScanError(f"{template}: {exc.cause}") from None
    return CrossPlanStage(settings, packed, include_text)


def open_reporter(
    files: OutputFiles,
    stdout_format: str,
    settings: Settings,
    include_text: bool = False,
    batch_id: str | None = None,
):
    """The outputs asked for (files, and the standard output format), opened before any plan
    is read so a path that cannot be written fails at once."""
    from ehcp_audit.report import outputs

    def rules():
        from ehcp_audit.registry import rules_for

        return rules_for(settings)

    openers = []
    if files.json:
        openers.append(lambda: outputs.JsonOutput(files.json, include_text, settings.source))
    if files.jsonl:
        openers.append(lambda: outputs.JsonlOutput(files.jsonl, include_text))
    if files.csv:
        openers.append(lambda: outputs.PlansCsvOutput(files.csv))
    if files.findings_csv:
        openers.append(lambda: outputs.FindingsCsvOutput(files.findings_csv, include_text))
    if files.sarif:
        openers.append(lambda: outputs.SarifOutput(files.sarif, rules()))
    if files.html:
        openers.append(lambda: outputs.HtmlOutput(files.html, include_text))
    if files.parquet:
        from ehcp_audit.report.parquetout import ParquetOutput

        openers.append(lambda: ParquetOutput(files.parquet, include_text, batch_id))
    if files.xlsx:
        from ehcp_audit.report.xlsxout import XlsxOutput

        openers.append(lambda: XlsxOutput(files.xlsx, include_text))
    stdout = {
        "json": lambda: outputs.JsonOutput(None, include_text, settings.source),
        "csv": lambda: outputs.PlansCsvOutput(None),
        "github": lambda: outputs.GithubOutput(None),
        "sarif": lambda: outputs.SarifOutput(None, rules()),
    }
    if stdout_format in stdout:
        openers.append(stdout[stdout_format])
    reporter = outputs.Reporter(include_text=include_text, keep_rows=stdout_format == "table")
    try:
        reporter.outputs = outputs.open_outputs(openers)
    except outputs.OutputError as exc:
        raise ScanError(str(exc)) from None
    return reporter


def scan(
    files: list[Path],
    settings: Settings,
    reporter,
    batch: BatchOptions | None = None,
    stage=None,
    on_result: Callable | None = None,
) -> None:
    """Audit ``files`` and feed each result, in file order, to every output of ``reporter`` as
    it arrives (after the cross-plan pass, when ``stage`` is on, which sees every plan first),
    then finish the outputs; on any failure the outputs are aborted (no partial files)."""
    from ehcp_audit.engine import iter_batch
    from ehcp_audit.engine.crossplan_stage import without_pass
    from ehcp_audit.report.outputs import OutputError

    batch = batch or BatchOptions()
    # Not dataclasses.asdict: it would deep-copy the cache.
    options = {item.name: getattr(batch, item.name) for item in fields(batch)}
    options["workers"] = options["workers"] or settings.workers or os.cpu_count() or 1
    if stage is not None:
        stage.on_summary = lambda summary: reporter.add_to_document({"cross_plan": summary})
        stage.cache = options["cache"]  # a rerun of an unchanged batch reuses the pass
    try:
        results = iter_batch(files, settings, on_result=on_result, **options)
        results = stage.run(results) if stage is not None else without_pass(results)
        for result in results:
            reporter.add(result)
        reporter.finish()
    except (RuntimeError, OutputError) as exc:
        reporter.abort()
        raise ScanError(str(exc)) from None
    except BaseException:
        reporter.abort()
        raise
