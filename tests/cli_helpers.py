"""Running the CLI from tests in this process: no interpreter start-up, the model already loaded.
Tests that need the real entry point (a piped terminal, a network guard, a killed process) run
``python -m ehcp_audit`` themselves."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The CLI in process: the same exit code and output as a real run without an interpreter
    start-up each, and an uncaught exception fails the test instead of printing a traceback.
    Scans fork their workers from this process with the model already loaded."""
    from typer.testing import CliRunner

    from ehcp_audit.audit import warm_up
    from ehcp_audit.cli import app
    from ehcp_audit.config import Settings

    warm_up(Settings())
    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, result.stderr)
