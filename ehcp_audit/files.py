"""Find the plan files under the paths a user names."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ehcp_audit.readers import SUPPORTED_SUFFIXES


@dataclass(slots=True)
class FileSet:
    files: list[Path] = field(default_factory=list)
    skipped_other: int = 0  # files that are not .docx or .pdf
    skipped_lock: int = 0  # Word's "~$name.docx" owner files
    skipped_ignored: int = 0  # matched an ignore pattern from the configuration
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, cause)


def _ignored(path: Path, patterns: Sequence[str]) -> bool:
    text = path.as_posix()
    return any(
        fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(path.name, pattern)
        for pattern in patterns
    )


def collect(paths: Iterable[Path], ignore: Sequence[str] = ()) -> FileSet:
    """Files to audit, sorted within each named folder; folders are walked recursively.

    Symbolic links to folders are not followed (a link loop cannot trap the walk); links to
    files are read. A named path that does not exist is recorded as a problem.
    """
    result = FileSet()
    seen: set[str] = set()

    def consider(path: Path, named: bool) -> None:
        if path.name.startswith("~$"):
            result.skipped_lock += 1
            return
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            if named:
                result.problems.append((str(path), "not a .docx or .pdf file"))
            else:
                result.skipped_other += 1
            return
        if ignore and _ignored(path, ignore):
            result.skipped_ignored += 1
            return
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            return
        seen.add(key)
        result.files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []

            def on_error(exc: OSError) -> None:
                result.problems.append(
                    (str(exc.filename or path), f"cannot list folder: {exc.strerror}")
                )

            for folder, dirs, names in os.walk(path, onerror=on_error, followlinks=False):
                dirs.sort()
                for name in names:
                    found.append(Path(folder) / name)
            for file in sorted(found, key=lambda p: p.as_posix()):
                consider(file, named=False)
        elif path.exists():
            consider(path, named=True)
        elif path.is_symlink():
            result.problems.append((str(path), "broken symbolic link"))
        else:
            result.problems.append((str(path), "no such file or folder"))
    return result
