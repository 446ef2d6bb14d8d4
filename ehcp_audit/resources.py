"""Access to the rule files shipped inside the package (``ehcp_audit.rules``).

When the package runs from a source checkout that was never installed, the ``rules/`` folder
beside it is used instead.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ehcp_audit.errors import ConfigError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def rules_dir() -> Path:
    try:
        folder = resources.files("ehcp_audit.rules")
        path = Path(str(folder))
        if (path / "sections.yaml").is_file():
            return path
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "rules"


@functools.cache
def load_rules_file(name: str) -> dict[str, Any]:
    """A shipped YAML file by name, parsed once per process."""
    return load_yaml_file(rules_dir() / name)


def load_yaml_file(path: Path) -> dict[str, Any]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C-accelerated
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}:{where} is not valid YAML") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data
