"""Find the plan files under the paths a user names.

Folders are walked recursively and the files found are sorted by path. The walk never follows a
symbolic link to a folder (so a link loop cannot trap it, and no folder is walked twice), and
never leaves the folder it was given: a link to a file is read only when its target lies inside
the named folder; links that lead outside are skipped and counted in ``skipped_outside``. A file
named directly on the command line is read wherever it points.

Only regular files are returned: a device, pipe or socket named like a plan is recorded as a
problem, never opened. File names that are not valid UTF-8 (possible on Linux) are kept exactly
as the operating system gave them, so they still open; :func:`display_path` gives a form that is
always safe to print.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ehcp_audit.readers import SUPPORTED_SUFFIXES

# Files that sit beside plans in a working folder (a generator's code, its data, notes) and are
# plainly not plans: skipped without a word, counted only in verbose output. Anything else that
# is not a plan (a .xlsx, a .png) is still counted as "not a plan" in the summary line.
QUIET_SUFFIXES = frozenset(
    {
        ".py", ".pyc", ".pyi", ".ipynb", ".json", ".jsonl", ".md", ".rst", ".txt", ".yaml",
        ".yml", ".toml", ".cfg", ".ini", ".csv", ".tsv", ".lock", ".log", ".sh", ".gitignore",
        ".gitattributes", ".editorconfig",
    }
)  # fmt: skip
QUIET_FOLDERS = frozenset(
    {
        "__pycache__", ".git", ".hg", ".svn", ".venv", "venv", "node_modules", ".mypy_cache",
        ".pytest_cache", ".ruff_cache", ".tox", ".ipynb_checkpoints",
    }
)  # fmt: skip


@dataclass(slots=True)
class FileSet:
    files: list[Path] = field(default_factory=list)
    skipped_other: int = 0  # files that are not .docx or .pdf
    skipped_lock: int = 0  # Word's "~$name.docx" owner files
    skipped_ignored: int = 0  # matched an ignore pattern from the configuration
    problems: list[tuple[str, str]] = field(default_factory=list)  # (display path, cause)
    skipped_outside: int = 0  # symbolic links whose target lies outside the named folder
    skipped_quiet: int = 0  # source and data files (.py, .json, .md ...) and tool folders


def display_path(path: str | os.PathLike[str] | bytes) -> str:
    """``path`` in a form that is always safe to print on one line.

    Bytes that are not UTF-8 show as ``\\xff`` escapes (rather than lone surrogates, which
    cannot be encoded for output) and control characters such as a newline as ``\\n``.
    """
    raw = os.fsencode(path)
    text = raw.decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


_KINDS = ", ".join(SUPPORTED_SUFFIXES)


def _ignored(path: Path, patterns: Sequence[str]) -> bool:
    text = path.as_posix()
    return any(
        fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(path.name, pattern)
        for pattern in patterns
    )


def _inside(target: str, folder: str) -> bool:
    try:
        return os.path.commonpath([target, folder]) == folder
    except ValueError:  # different drives on Windows
        return False


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link cannot be followed, or None when it resolves."""
    try:
        os.path.realpath(path, strict=True)
    except OSError as exc:
        if exc.errno == getattr(errno, "ELOOP", -1):
            return "symbolic link loop"
        return "broken symbolic link"
    return None


def _walk(
    root: Path, root_real: str, result: FileSet
) -> list[tuple[Path, os.DirEntry[str] | None]]:
    """Every non-folder entry under ``root``, without following links to folders."""
    found: list[tuple[Path, os.DirEntry[str] | None]] = []
    stack = [root]
    visited: set[tuple[int, int]] = set()
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            key = (info.st_dev, info.st_ino)
            if key in visited:  # a bind mount or a folder reached twice
                continue
            visited.add(key)
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            result.problems.append((display_path(folder), f"cannot list folder: {reason}"))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            try:
                is_link = entry.is_symlink()
                is_dir = not is_link and entry.is_dir(follow_symlinks=False)
            except OSError:
                is_link = is_dir = False
            if is_dir:
                if entry.name in QUIET_FOLDERS:
                    result.skipped_quiet += 1
                else:
                    subfolders.append(path)
                continue
            if is_link and os.path.isdir(path):
                # Links to folders are never followed. One leading outside is counted; one
                # inside leads to files this walk reaches anyway.
                if not _inside(os.path.realpath(path), root_real):
                    result.skipped_outside += 1
                continue
            found.append((path, entry))
        stack.extend(sorted(subfolders, key=lambda p: p.name, reverse=True))
    return found


def _consider(
    path: Path,
    entry: os.DirEntry[str] | None,
    root_real: str | None,
    ignore: Sequence[str],
    result: FileSet,
    seen: set[str],
) -> None:
    """Add ``path`` to ``result``'s files, or count or record why it is not audited.
    ``root_real`` is the real path of the folder it was found in (None: named by the user)."""
    named = root_real is None
    if path.name.startswith("~$"):
        result.skipped_lock += 1
        return
    suffix = path.suffix.lower() or path.name.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        if named:
            result.problems.append((display_path(path), f"not a plan file ({_KINDS})"))
        elif suffix in QUIET_SUFFIXES:
            result.skipped_quiet += 1
        else:
            result.skipped_other += 1
        return
    if ignore and _ignored(path, ignore):
        result.skipped_ignored += 1
        return
    is_link = entry.is_symlink() if entry is not None else path.is_symlink()
    if is_link:
        problem = _link_problem(path)
        if problem:
            result.problems.append((display_path(path), problem))
            return
        if root_real is not None and not _inside(os.path.realpath(path), root_real):
            result.skipped_outside += 1
            return
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        result.problems.append((display_path(path), "file not found (removed during the scan?)"))
        return
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        result.problems.append((display_path(path), f"cannot read file: {reason}"))
        return
    if not stat.S_ISREG(mode):
        result.problems.append(
            (display_path(path), "not a regular file (a device, pipe or socket)")
        )
        return
    key = os.path.normcase(os.path.abspath(path))
    if key in seen:
        return
    seen.add(key)
    result.files.append(path)


def collect(paths: Iterable[Path], ignore: Sequence[str] = ()) -> FileSet:
    """Files to audit, sorted within each named folder; folders are walked recursively.

    A named path that does not exist, a broken link, a link loop, a folder that cannot be
    listed, a file that vanished during the walk and anything that is not a regular file are
    recorded in ``problems`` as ``(printable path, cause)``.
    """
    result = FileSet()
    seen: set[str] = set()

    for raw in paths:
        path = raw if isinstance(raw, Path) else Path(os.fsdecode(raw))
        if path.is_dir():
            root_real = os.path.realpath(path)
            found = _walk(path, root_real, result)
            for file, entry in sorted(found, key=lambda item: item[0].as_posix()):
                _consider(file, entry, root_real, ignore, result, seen)
        elif path.exists():
            _consider(path, None, None, ignore, result, seen)
        elif path.is_symlink():
            result.problems.append((display_path(path), _link_problem(path) or "broken link"))
        else:
            result.problems.append((display_path(path), "no such file or folder"))
    return result
