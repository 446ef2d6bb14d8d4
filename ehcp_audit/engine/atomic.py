"""Outputs are never half-written: each is published by one rename when it is complete.

A streamed output (JSON plan by plan, CSV rows) is written during the batch into an anonymous
temporary file in the target's folder, which vanishes with the process if the run is killed;
:meth:`AtomicFile.commit` copies it into a named temporary file beside the target and renames
that over the target. An interrupted run leaves the old file and no temporary one.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO


def new_file_mode() -> int:
    """The mode a newly created file gets under the process's umask (mkstemp gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _publish(path: Path, source: IO[bytes] | None, text: str | None, encoding: str) -> None:
    """Write ``source``'s bytes (or ``text``) to a temporary file beside ``path``; rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600; give the finished file the mode any new file would get.
        os.chmod(temp, new_file_mode())
        with os.fdopen(fd, "wb") as handle:
            if source is not None:
                source.seek(0)
                shutil.copyfileobj(source, handle, _CHUNK)
            else:
                handle.write(text.encode(encoding))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


_CHUNK = 1 << 16  # bytes copied at a time when an output is published


class AtomicFile:
    """A file written in pieces and published by :meth:`commit` (or dropped by :meth:`abort`).

    A target that exists and is not a regular file (``/dev/null``, a named pipe) is written
    directly: renaming over it would replace the device or pipe with a file.
    """

    def __init__(self, path: Path, encoding: str = "utf-8", binary: bool = False) -> None:
        self.path = Path(path)
        self.binary = binary
        self.encoding = encoding
        self.direct = self.path.exists() and not self.path.is_file()
        if self.direct:
            raw: IO[bytes] = open(self.path, "wb")  # noqa: SIM115 - closed in commit
        else:
            folder = self.path.parent
            if not folder.is_dir():
                folder.mkdir(parents=True, exist_ok=True)
            raw = tempfile.TemporaryFile("w+b", dir=folder)  # noqa: SIM115 - closed in commit
        self.raw = raw
        self.handle: IO = raw if binary else io.TextIOWrapper(raw, encoding=encoding, newline="")
        self.closed = False

    def write(self, text) -> None:
        self.handle.write(text)

    def commit(self) -> None:
        try:
            self.handle.flush()
            if not self.direct:
                _publish(self.path, self.raw, None, self.encoding)
        finally:
            self.abort()

    def abort(self) -> None:
        if not self.closed:
            self.closed = True
            with contextlib.suppress(Exception):
                self.handle.close()
            with contextlib.suppress(Exception):
                self.raw.close()


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half-written."""
    path = Path(path)
    if path.exists() and not path.is_file():
        with open(path, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        return
    _publish(path, None, text, encoding)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never half-written."""
    _publish(Path(path), io.BytesIO(data), None, "utf-8")
