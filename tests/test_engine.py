"""Same answer everywhere: worker counts, the Dask executor and a warm cache give identical JSON;
timeouts, crashes and interruptions lose only the file concerned."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from cli_helpers import run_cli
from corpus import sample_files
from plan_builder import build_docx, plan_texts

from ehcp_audit.config import Settings
from ehcp_audit.engine import ResultCache, run_batch
from ehcp_audit.report.jsonout import dumps, results_json


def as_json(results) -> str:
    return dumps(results_json(results, include_text=True))


@pytest.fixture(scope="module")
def baseline(corpus_results):
    return as_json(corpus_results)


def test_two_workers_same_as_one(baseline):
    assert as_json(run_batch(sample_files(), Settings(), workers=2, cache=None)) == baseline


def test_warm_cache_same_and_fast(baseline, tmp_path):
    cache = ResultCache(tmp_path / "cache", Settings())
    cold_start = time.perf_counter()
    cold = run_batch(sample_files(), Settings(), workers=2, cache=cache)
    cold_time = time.perf_counter() - cold_start
    warm_start = time.perf_counter()
    warm = run_batch(
        sample_files(), Settings(), workers=2, cache=ResultCache(tmp_path / "cache", Settings())
    )
    warm_time = time.perf_counter() - warm_start
    assert as_json(cold) == baseline
    assert as_json(warm) == baseline
    assert warm_time < cold_time  # the real 5% target is measured in benchmarks/


def test_cache_key_follows_settings(tmp_path):
    a = ResultCache(tmp_path, Settings())
    b = ResultCache(tmp_path, Settings(aloud_wpm=150))
    assert a.salt != b.salt
    assert (
        a.salt == ResultCache(tmp_path, Settings(timeout=5)).salt
    )  # a timeout cannot change a result


def test_dask_local_cluster_same(baseline):
    distributed = pytest.importorskip("distributed")
    with (
        # One worker thread in this process (the model is loaded already): the executor's
        # submit, stream and gather path without two new processes loading spaCy.
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        by_path = run_batch(
            sample_files(), Settings(), executor="dask", scheduler=client, cache=None
        )
        by_bytes = run_batch(
            sample_files(),
            Settings(),
            executor="dask",
            scheduler=client,
            cache=None,
            send_bytes=True,
        )
    assert as_json(by_path) == baseline
    assert as_json(by_bytes) == baseline


def _huge_docx(path: Path, paragraphs: int) -> Path:
    """The clean plan with ``paragraphs`` more paragraphs, written into document.xml directly
    (python-docx takes minutes over 40,000 paragraphs; this takes a fraction of a second)."""
    small = build_docx(path.with_name("small.docx"), plan_texts())
    paragraph = (
        "<w:p><w:r><w:t>Sentence number {i} describes how Sam learns in class and what helps "
        "him to join in.</w:t></w:r></w:p>"
    )
    extra = "".join(paragraph.format(i=i) for i in range(paragraphs))
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                cut = text.rindex("<w:sectPr")
                data = (text[:cut] + extra + text[cut:]).encode("utf-8")
            out.writestr(item, data)
    return path


def test_timeout_abandons_only_that_file(tmp_path):
    from ehcp_audit.audit import warm_up

    # Auditing this file takes over a minute (reading it alone takes seconds), so only the
    # timeout can end it within the bound below.
    big = _huge_docx(tmp_path / "huge.docx", 40000)
    good = sample_files()[0]
    warm_up(Settings())  # model and rules loaded before the worker forks: the good file's
    # audit then fits in its 2 s even on a busy machine
    started = time.perf_counter()
    results = run_batch([big, good], Settings(timeout=2), workers=1, cache=None)
    assert time.perf_counter() - started < 15
    assert results[0].status == "error" and "timed out after 2 s" in results[0].error
    assert results[1].status == "audited"


def _copies(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        texts = plan_texts()
        texts["K"] = f"Advice from the educational psychologist, report number {i}."
        paths.append(build_docx(folder / f"plan{i:02}.docx", texts))
    return paths


def test_rerun_after_kill_uses_cache(tmp_path):
    folder = tmp_path / "plans"
    paths = _copies(folder, 12)
    cache = tmp_path / "cache"
    command = [
        sys.executable,
        "-m",
        "ehcp_audit",
        "scan",
        str(folder),
        "--cache",
        str(cache),
        "--workers",
        "1",
        "--json",
        str(tmp_path / "out.json"),
    ]
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.time() + 120
    while time.time() < deadline and len(list(cache.rglob("*.json"))) < 3:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = {p: p.stat().st_mtime_ns for p in cache.rglob("*.json")}
    assert 3 <= len(done_before) < 12
    assert not (tmp_path / "out.json").exists()  # never half-written
    assert not list(tmp_path.glob(".out.json.*"))
    finished = run_cli(*command[3:])  # the rerun in process: no second interpreter start-up
    assert finished.returncode in (0, 1), finished.stderr
    after = {p: p.stat().st_mtime_ns for p in cache.rglob("*.json")}
    assert len(after) == 12
    assert all(after[p] == mtime for p, mtime in done_before.items())  # completed plans not redone
    data = json.loads((tmp_path / "out.json").read_text())
    assert [Path(p["file"]).name for p in data["plans"]] == [p.name for p in paths]


def test_memory_limit_reports_each_file(tmp_path):
    # Workers whose memory limit is far too small to load the language model fail on every
    # file; each file still gets one error line, the batch completes and the exit code says so.
    files = [str(p) for p in sample_files()[:2]]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ehcp_audit",
            "scan",
            *files,
            "--no-cache",
            "--workers",
            "1",
            "--memory-limit",
            "200",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2, proc.stderr
    assert all(("memory" in line) or ("stopped" in line) for line in errors), errors
