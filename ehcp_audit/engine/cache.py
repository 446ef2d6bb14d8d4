"""The result cache: one JSON file per (file content, tool version, rules, settings).

A second scan of an unchanged folder only reads and hashes the files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from ehcp_audit import __version__
from ehcp_audit.config import Settings
from ehcp_audit.engine.atomic import write_atomic
from ehcp_audit.result import PlanResult


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ehcp-audit"


def _rules_digest() -> str:
    from ehcp_audit.resources import rules_dir

    digest = hashlib.sha256()
    for path in sorted(rules_dir().glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ResultCache:
    """One JSON file per (file content, tool version, rules, settings), written atomically.

    Entries hold plan text (section texts, outcomes), so the folder is created private (0700).
    """

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)
        extra = []
        for name in (*settings.sections_files, *settings.rule_packs):
            with contextlib.suppress(OSError):
                extra.append(hashlib.sha256(Path(name).read_bytes()).hexdigest()[:16])
        self.salt = f"{__version__}-{_rules_digest()}-{settings.fingerprint()}-{'-'.join(extra)}"
        self.settings = settings

    def _path(self, sha256: str, file: str) -> Path:
        from ehcp_audit.postprocess import ignored_codes

        # Per-file ignores are applied before caching, so the codes ignored for this path
        # are part of the key: the same content under another pattern is audited again.
        ignored = ",".join(sorted(ignored_codes(file, self.settings)))
        key = hashlib.sha256(f"{self.salt}:{sha256}:{ignored}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def has(self, sha256: str, file: str) -> bool:
        return self._path(sha256, file).is_file()

    def get(self, sha256: str, file: str) -> PlanResult | None:
        path = self._path(sha256, file)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            result = PlanResult.from_dict(data)
        except (TypeError, KeyError):
            return None
        result.file = file
        return result

    def put(self, result: PlanResult) -> None:
        if not result.sha256 or result.status == "error":
            return  # errors are not cached: the file may be fixed, or the failure passing
        path = self._path(result.sha256, result.file)
        data = result.to_dict()
        data["file"] = ""
        write_atomic(path, json.dumps(data, ensure_ascii=False))


def hash_file(path: Path) -> str | None:
    from ehcp_audit.audit import file_sha256

    try:
        return file_sha256(path)
    except OSError:
        return None
