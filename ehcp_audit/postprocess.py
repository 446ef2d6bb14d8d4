"""The stage after the checks: per-file ignores and ``--redact``, applied once, in the worker.

It runs on a fresh result, before the result is cached or reported, so every output (and the
cache) sees the same findings and the same redacted text. Per-file ignores depend on the file's
path, not only its content, so the cache keys a result by the codes ignored for its path too
(:func:`ignored_codes`).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from ehcp_audit.result import PlanResult


def ignored_codes(path: str, settings: Any, names: dict[str, str] | None = None) -> set[str]:
    """Rule codes switched off for this file by ``per_file_ignores`` (Word has no inline
    comments to suppress a finding, so suppression is by file pattern). A code may be given by
    an alias (``names``: code or alias -> current code)."""
    codes: set[str] = set()
    pure = PurePath(path)
    for pattern, listed in settings.per_file_ignores.items():
        if fnmatch.fnmatch(pure.as_posix(), pattern) or fnmatch.fnmatch(pure.name, pattern):
            codes.update(listed)
    if names:
        codes = {names.get(code, code) for code in codes}
    return codes


def post_process(result: PlanResult, settings: Any, personal_names: Iterable[str] = ()) -> None:
    """Drop the findings ignored for this file, then redact when ``settings.redact``."""
    if settings.per_file_ignores:
        from ehcp_audit.registry import all_rules, canonical_codes

        names = canonical_codes(all_rules(getattr(settings, "rule_packs", ())))
        ignored = ignored_codes(result.file, settings, names)
        result.findings = [f for f in result.findings if f.code not in ignored]
    if settings.redact:
        from ehcp_audit.redact import redact_result

        redact_result(result, personal_names)
