"""Settings for one run: defaults, overridden by a config file, overridden by the command line.

The config file is ``ehcp-audit.toml``, or a ``[tool.ehcp-audit]`` table in ``pyproject.toml``,
found by walking up from the current folder (``--config FILE`` names one instead)::

    fail_on = "warning"            # suggestion | warning | error
    ignore = ["drafts/**"]         # files not to audit (glob patterns)
    timeout = 120                  # seconds per file
    workers = 2

    [reading]
    aloud_wpm = 100                # words a minute read aloud to a child
    silent_wpm = 238

    [sections]
    files = ["our-headings.yaml"]  # extra heading aliases, relative to this file

    [rules]
    packs = ["our-rules.yaml"]     # rule packs: extra rules in the schema of rules/rules.yaml

    [rules.H-ACRONYM]
    enabled = false
    [rules.E-COUNT]
    level = "warning"
    max = 12

    [per_file_ignores]
    "templates/*.docx" = ["S-EMPTY", "H-PLACEHOLDER"]

A :class:`Settings` is plain data so it can be sent to worker processes and hashed into the cache
key: two runs with equal settings give equal results.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ehcp_audit.errors import ConfigError
from ehcp_audit.levels import LEVELS

CONFIG_NAMES = ("ehcp-audit.toml", ".ehcp-audit.toml")


@dataclass(frozen=True)
class Settings:
    sections_files: tuple[str, ...] = ()
    aloud_wpm: float = 100.0  # the Children's Commissioner's read-aloud rate
    silent_wpm: float = 238.0  # Brysbaert (2019), adult silent reading
    rules: dict = field(default_factory=dict)  # code -> {"enabled": bool, "level": str, options}
    per_file_ignores: dict = field(default_factory=dict)  # glob -> [codes]
    ignore: tuple[str, ...] = ()
    timeout: float = 120.0
    fail_on: str = "error"
    workers: int | None = None
    redact: bool = False  # replace names, dates of birth and NHS/UPN numbers in all output text
    source: str | None = None  # the config file these settings came from
    rule_packs: tuple[str, ...] = ()  # YAML files of the user's own rules (absolute paths)
    ocr: bool = False  # read PDFs with no text layer with Tesseract (--ocr); marked in every output
    # The date reviews are judged against (ISO, --as-of); None: the plan's own date, never today.
    as_of: str | None = None
    # A QA framework (a name in rules/frameworks/ or a YAML path) to grade plans with.
    framework: str | None = None
    # Workers pack each plan's passages for the cross-plan pass (X-COPIED); off when the scan
    # runs no pass (--no-cross-plan, or a single plan), so they skip that work.
    cross_plan: bool = True

    def fingerprint(self) -> str:
        """A stable digest of everything that can change a plan's result."""
        data = asdict(self)
        for key in ("timeout", "ignore", "fail_on", "workers", "source", "per_file_ignores"):
            data.pop(key, None)
        blob = json.dumps(data, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def as_toml_dict(self) -> dict[str, Any]:
        return {
            "fail_on": self.fail_on,
            "ignore": list(self.ignore),
            "timeout": self.timeout,
            "workers": self.workers,
            "reading": {"aloud_wpm": self.aloud_wpm, "silent_wpm": self.silent_wpm},
            "sections": {"files": list(self.sections_files)},
            "rules": {"packs": list(self.rule_packs), **self.rules},
            "per_file_ignores": self.per_file_ignores,
            "source": self.source,
        }


def find_config(start: Path | None = None) -> Path | None:
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file():
                return path
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "ehcp-audit" in data.get("tool", {}):
                return pyproject
    return None


_TOP_KEYS = {
    "fail_on",
    "ignore",
    "timeout",
    "workers",
    "reading",
    "sections",
    "rules",
    "per_file_ignores",
}


def load_settings(path: Path | None) -> Settings:
    """Settings from ``path`` (a TOML file), or the defaults when ``path`` is None."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if Path(path).name == "pyproject.toml":
        data = data.get("tool", {}).get("ehcp-audit", {})
    return settings_from_mapping(data, Path(path))


def settings_from_mapping(data: dict[str, Any], path: Path) -> Settings:
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key '{unknown[0]}' (known: {', '.join(sorted(_TOP_KEYS))})"
        )
    settings = Settings(source=str(path))
    changes: dict[str, Any] = {}
    if "fail_on" in data:
        if data["fail_on"] not in LEVELS:
            raise ConfigError(f"{path}: 'fail_on' must be one of {', '.join(LEVELS)}")
        changes["fail_on"] = data["fail_on"]
    if "ignore" in data:
        changes["ignore"] = tuple(_strings(data["ignore"], "ignore", path))
    if "timeout" in data:
        changes["timeout"] = _positive(data["timeout"], "timeout", path)
    if "workers" in data:
        workers = data["workers"]
        if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
            raise ConfigError(f"{path}: 'workers' must be a whole number of 1 or more")
        changes["workers"] = workers
    reading = _table(data.get("reading", {}), "reading", path)
    for key in reading:
        if key not in ("aloud_wpm", "silent_wpm"):
            raise ConfigError(f"{path}: unknown key 'reading.{key}' (known: aloud_wpm, silent_wpm)")
        changes[key] = _positive(reading[key], f"reading.{key}", path)
    sections = _table(data.get("sections", {}), "sections", path)
    for key in sections:
        if key != "files":
            raise ConfigError(f"{path}: unknown key 'sections.{key}' (known: files)")
    if "files" in sections:
        changes["sections_files"] = tuple(_files(sections["files"], "sections.files", path))
    rules, packs, codes = _rules_and_packs(data.get("rules", {}), path)
    changes["rules"] = rules
    changes["rule_packs"] = tuple(packs)
    changes["per_file_ignores"] = _ignores(data.get("per_file_ignores", {}), path, codes)
    return replace(settings, **changes)


def _rules_and_packs(value: Any, path: Path) -> tuple[dict, list[str], set[str]]:
    """``[rules]``: the packs it loads and each rule's table, validated against the rules'
    declared options; also every code and alias now known."""
    from ehcp_audit.registry import canonical_codes, configured_rules

    rules = dict(_table(value, "rules", path))
    packs = _files(rules.pop("packs", []), "rules.packs", path)
    for code, table in rules.items():
        _table(table, f"rules.{code}", path)
    try:
        known = configured_rules(rules, packs)
    except ConfigError as exc:
        message = str(exc)  # a pack's own errors already name the pack
        raise ConfigError(
            message if message.startswith(tuple(packs)) else f"{path}: {message}"
        ) from None
    codes = set(canonical_codes(known))
    return {code: dict(table) for code, table in rules.items()}, packs, codes


def _ignores(value: Any, path: Path, codes: set[str]) -> dict[str, list[str]]:
    ignores = {}
    for pattern, listed in _table(value, "per_file_ignores", path).items():
        key = f"per_file_ignores.{pattern}"
        ignores[pattern] = _strings(listed, key, path)
        unknown = [code for code in ignores[pattern] if code not in codes]
        if unknown:
            raise ConfigError(
                f"{path}: '{key}' names unknown rule code '{unknown[0]}' (see `ehcp-audit rules`)"
            )
    return ignores


def _files(value: Any, key: str, path: Path) -> list[str]:
    """A list of file names relative to the config file, each of which must exist."""
    files = []
    for name in _strings(value, key, path):
        target = (path.parent / name).resolve()
        if not target.is_file():
            raise ConfigError(f"{path}: '{key}' names '{name}', which does not exist")
        files.append(str(target))
    return files


def _table(value: Any, key: str, path: Path) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: '{key}' must be a table")
    return value


def _strings(value: Any, key: str, path: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of strings")
    return list(value)


def _positive(value: Any, key: str, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{path}: '{key}' must be a positive number")
    return float(value)
