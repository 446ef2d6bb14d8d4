"""The rough edges a new user hit (issue 13), each through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus import SAMPLES, sample_files

from ehcp_audit.files import collect


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ehcp_audit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


@pytest.mark.parametrize("command", ["scan", "sections", "show", "annotate", "summary"])
def test_help_has_no_markup_escapes(command):
    proc = run(command, "--help")
    assert proc.returncode == 0
    assert "\\[" not in proc.stdout
    assert "[required]" in proc.stdout or "[default:" in proc.stdout


def test_help_starts_fast():
    run("--help")  # warm the file cache
    started = time.perf_counter()
    proc = run("annotate", "--help")
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0
    assert elapsed < 0.6, f"annotate --help took {elapsed:.2f} s"  # 0.15 s here; slack for load
    imported = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ehcp_audit", "scan", "--help"],
        capture_output=True, text=True, timeout=60,
    ).stderr  # fmt: skip
    for heavy in ("docx", "spacy", "pypdfium2", "ehcp_audit.annotate", "ehcp_audit.readers.ocr"):
        assert f"| {heavy}\n" not in imported and f" {heavy}\n" not in imported, heavy


def test_a_mistyped_command_suggests_once():
    proc = run("scna")
    assert proc.returncode == 2
    assert proc.stderr.count("Did you mean") == 1
    assert "'scan'" in proc.stderr


def test_a_folder_with_no_plans_is_an_error(tmp_path):
    (tmp_path / "generate.py").write_text("print('hi')")
    (tmp_path / "notes.md").write_text("# notes")
    proc = run("scan", str(tmp_path), "--no-cache")
    assert proc.returncode == 2
    assert "no plan files" in proc.stderr and str(tmp_path) in proc.stderr
    assert "Words" not in proc.stdout  # no empty table


def test_exit_code_1_is_explained(tmp_path):
    proc = run(
        "scan", str(SAMPLES / "07_poor_plan.docx"), "-f", "none", "--fail-on", "warning",
        "--no-cache",
    )  # fmt: skip
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.startswith("exit code 1:")]
    assert len(lines) == 1 and "at or above 'warning'" in lines[0]


def test_sections_of_a_missing_file_says_file_not_found(tmp_path):
    proc = run("sections", str(tmp_path / "missing.docx"))
    assert proc.returncode == 2
    assert "missing.docx: file not found" in proc.stderr
    assert "removed during" not in proc.stderr


def test_an_output_under_a_file_says_the_parent_is_not_a_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    started = time.perf_counter()
    proc = run(
        "scan", str(SAMPLES / "07_poor_plan.docx"), "--json", str(tmp_path / "notes.txt" / "x.json")
    )
    assert proc.returncode == 2
    assert "notes.txt is a file, not a folder" in proc.stderr
    assert "File exists" not in proc.stderr
    assert time.perf_counter() - started < 3  # refused before the scan, not after it


def test_print_config_needs_no_path(tmp_path):
    proc = run("scan", "--print-config", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["fail_on"] == "error"
    bare = run("scan", cwd=tmp_path)
    assert bare.returncode == 2 and "give one or more plan files or folders" in bare.stderr


def test_the_sample_folder_skips_its_generator_quietly():
    found = collect([SAMPLES])
    assert found.skipped_other == 0
    assert found.skipped_quiet >= 5  # generate.py, README.md, the expected/*.json ...
    assert sorted(found.files) == sorted(sample_files())
    assert found.problems == []


def test_verbose_counts_the_quiet_skips(tmp_path):
    (tmp_path / "generate.py").write_text("x")
    (tmp_path / "__pycache__").mkdir()
    proc = run("scan", str(tmp_path), "-v")
    assert "Skipped quietly: 2" in proc.stderr
