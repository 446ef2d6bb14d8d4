"""Legacy word-processor files (.doc, .rtf, .odt), read by converting them to .docx with LibreOffice.

LibreOffice runs headless in a private temporary folder that holds both its output and its own
user profile (so conversions running side by side in several workers never share a profile, and
nothing is written to the user's home), under a time limit, and the folder is removed afterwards.
The input is only read: LibreOffice is given a copy.

Without LibreOffice each such file gets one line saying so and how to install it. The binary is
found on ``PATH`` as ``soffice`` or ``libreoffice``; the ``EHCP_AUDIT_SOFFICE`` environment
variable names another one (a path, or ``none`` to behave as if it were not installed).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ehcp_audit.errors import UnreadableFile

LEGACY_SUFFIXES = (".doc", ".rtf", ".odt")
SOFFICE_ENV = "EHCP_AUDIT_SOFFICE"
CONVERT_SECONDS = 90.0
INSTALL_HINT = "apt-get install libreoffice-writer-nogui, or save it as .docx in Word"
NEEDS_LIBREOFFICE = "needs LibreOffice"  # the start of every "not installed" cause

_NAMES = {".doc": "old Word (.doc) file", ".rtf": "RTF file", ".odt": "OpenDocument (.odt) file"}


def find_soffice() -> str | None:
    """The LibreOffice binary to run, or None when there is none."""
    named = os.environ.get(SOFFICE_ENV)
    if named is not None:
        if named.strip().lower() in ("", "none", "0", "off"):
            return None
        return shutil.which(named) or (named if os.access(named, os.X_OK) else None)
    return shutil.which("soffice") or shutil.which("libreoffice")


def not_installed_cause(suffix: str) -> str:
    return f"{NEEDS_LIBREOFFICE} to read an {_NAMES.get(suffix, 'legacy file')}: {INSTALL_HINT}"


def convert_to_docx(path: Path, suffix: str, timeout: float = CONVERT_SECONDS) -> bytes:
    """The .docx LibreOffice makes of ``path``, as bytes; raises :class:`UnreadableFile`."""
    soffice = find_soffice()
    if soffice is None:
        raise UnreadableFile(not_installed_cause(suffix))
    with tempfile.TemporaryDirectory(prefix="ehcp-audit-convert-") as folder:
        work = Path(folder)
        source = work / f"plan{suffix}"  # a fixed, safe name: the real one may hold anything
        shutil.copyfile(path, source)
        profile = (work / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            _run(command, work, timeout)
        except subprocess.TimeoutExpired:
            raise UnreadableFile(
                f"LibreOffice took over {timeout:.0f} s to convert the {_NAMES[suffix]}"
            ) from None
        except OSError as exc:
            raise UnreadableFile(
                f"cannot run LibreOffice ({exc.strerror or type(exc).__name__}); {INSTALL_HINT}"
            ) from None
        converted = work / "out" / "plan.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise UnreadableFile(
                f"LibreOffice could not convert this {_NAMES[suffix]} (damaged or protected?)"
            )
        return converted.read_bytes()


def _run(command: list[str], work: Path, timeout: float) -> None:
    """Run LibreOffice in its own process group, so a timeout ends its helper process too."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=work,
        env={**os.environ, "HOME": str(work)},
        start_new_session=True,
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
