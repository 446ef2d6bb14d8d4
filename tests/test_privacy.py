"""Offline, read-only, and careful with children's data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from corpus import SAMPLES, expected_for, sample_files

from ehcp_audit.engine import write_atomic

GUARD = textwrap.dedent(
    """
    import os, socket

    _LOG = os.environ["EHCP_NET_LOG"]

    def _refuse(*args, **kwargs):
        with open(_LOG, "a") as log:
            log.write(repr(args[:2]) + "\\n")
        raise OSError("network access blocked by the test")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.socket.sendto = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    """
)


def test_full_scan_makes_no_network_connection(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    env = dict(os.environ, PYTHONPATH=str(guard), EHCP_NET_LOG=str(log), HOME=str(tmp_path))
    env.pop("NLTK_DATA", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ehcp_audit",
            "scan",
            str(SAMPLES),
            "--workers",
            "2",
            "--json",
            str(tmp_path / "r.json"),
            "--html",
            str(tmp_path / "r.html"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 1, proc.stderr  # findings, not failures
    assert json.loads((tmp_path / "r.json").read_text())["plans"]
    # The guard is live in the scan's processes: it would have logged any attempt.
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), 1)\nexcept OSError:\n    pass",
        ],
        env=dict(env, EHCP_NET_LOG=str(tmp_path / "probe.log")),
        timeout=60,
    )
    assert probe.returncode == 0 and (tmp_path / "probe.log").read_text()
    assert not log.exists() or log.read_text() == "", log.read_text()


def test_inputs_keep_their_bytes_and_times(tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(
        SAMPLES, folder, ignore=shutil.ignore_patterns("*.py", "content", "expected", "__pycache__")
    )
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    os.chmod(folder / "01_heading_styled.docx", 0o444)
    from typer.testing import CliRunner

    from ehcp_audit.cli import app

    command = ["scan", str(folder), "--cache", str(tmp_path / "cache")]
    result = CliRunner().invoke(app, [*command, "--json", str(tmp_path / "out.json")])
    assert result.exit_code == 1 and (tmp_path / "out.json").is_file()
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    assert after == before


def test_outputs_are_written_atomically(tmp_path):
    target = tmp_path / "plans.csv"
    target.write_text("old complete file\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "half \u2603 written", encoding="ascii")
    assert target.read_text() == "old complete file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plans.csv"]


def _scan_json(*args: str) -> dict:
    """``scan --format json`` in process (its worker forks with the model loaded)."""
    from typer.testing import CliRunner

    from ehcp_audit.audit import warm_up
    from ehcp_audit.cli import app
    from ehcp_audit.config import Settings

    warm_up(Settings())
    command = ["scan", *args, "--no-cache", "--format", "json", "-j", "1"]
    return json.loads(CliRunner().invoke(app, command, catch_exceptions=False).stdout)


def test_section_text_only_with_include_text():
    path = SAMPLES / "01_heading_styled.docx"
    without = _scan_json(str(path))["plans"][0]
    with_text = _scan_json(str(path), "--include-text")["plans"][0]
    assert all("text" not in s for s in without["sections"].values())
    assert "Amira" in with_text["sections"]["A"]["text"]


def test_redact_removes_names_and_identifiers():
    path = SAMPLES / "02_all_tables.docx"
    expected = expected_for(path)
    data = _scan_json(str(path), "--include-text", "--redact")
    text = json.dumps(data)
    assert expected["child"]["first_name"] not in text
    assert expected["child"]["name"].split()[-1] not in text
    assert "[NAME]" in text
    plain = json.dumps(_scan_json(str(path), "--include-text"))
    assert expected["child"]["first_name"] in plain


def test_error_lines_carry_no_plan_text(tmp_path):
    source = SAMPLES / "01_heading_styled.docx"
    broken = tmp_path / "broken.docx"
    broken.write_bytes(source.read_bytes()[: len(source.read_bytes()) // 2])
    proc = subprocess.run(
        [sys.executable, "-m", "ehcp_audit", "scan", str(broken), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if not line.startswith("exit code 2: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {broken}: ")
    assert "Amira" not in proc.stderr and "Amira" not in proc.stdout


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_sample_files_untouched_by_reading(path):
    from ehcp_audit.readers import read_document

    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_document(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_redactor_replaces_identifiers_and_names():
    from ehcp_audit.redact import Redactor

    text = (
        "Kai Mensah (date of birth: 02/03/2014, NHS No: 999 000 0000, UPN A123456789012) "
        "sees Mrs Patel; Kai's mum agrees."
    )
    redacted = Redactor(["Kai", "Mensah"]).text(text)
    assert redacted == (
        "[NAME] [NAME] (date of birth: [DATE OF BIRTH], NHS No: [NHS NUMBER], UPN [UPN]) "
        "sees Mrs [NAME]; [NAME] mum agrees."
    )
