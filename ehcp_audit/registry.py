"""The rule registry: ``rules/rules.yaml`` merged with the user's configuration.

A rule is data (code, level, description, fix, options, examples) plus the name of a module in
:mod:`ehcp_audit.checks` whose ``check(ctx, rule)`` yields findings. Adding a check means adding
one module and one YAML entry; nothing else needs to change.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ehcp_audit.errors import ConfigError
from ehcp_audit.resources import load_rules_file
from ehcp_audit.result import LEVELS, Finding

_REQUIRED = ("name", "level", "section", "check", "description", "fix")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: str
    section: str
    check: str
    description: str
    fix: str
    options: Mapping[str, Any] = field(default_factory=dict)
    pass_example: Mapping[str, Any] | None = None
    fail_example: Mapping[str, Any] | None = None
    enabled: bool = True

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)

    def finding(
        self,
        message: str,
        section: str | None = None,
        match: str | None = None,
        location: Mapping[str, int] | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            level=self.level,  # type: ignore[arg-type]
            section=section
            if section is not None
            else (None if self.section == "plan" else self.section),
            message=message,
            match=match,
            location=dict(location) if location else None,
        )


@functools.cache
def shipped_rules() -> tuple[Rule, ...]:
    data = load_rules_file("rules.yaml")
    rules = []
    for code, spec in data.items():
        if not isinstance(spec, dict):
            raise ConfigError(f"rules/rules.yaml: '{code}' must be a mapping")
        missing = [k for k in _REQUIRED if k not in spec]
        if missing:
            raise ConfigError(f"rules/rules.yaml: '{code}' lacks {', '.join(missing)}")
        if spec["level"] not in LEVELS:
            raise ConfigError(
                f"rules/rules.yaml: '{code}.level' must be one of {', '.join(LEVELS)}"
            )
        rules.append(
            Rule(
                code=str(code),
                name=spec["name"],
                level=spec["level"],
                section=str(spec["section"]),
                check=spec["check"],
                description=spec["description"],
                fix=spec["fix"],
                options=dict(spec.get("options") or {}),
                pass_example=spec.get("pass"),
                fail_example=spec.get("fail"),
            )
        )
    return tuple(rules)


def configured_rules(overrides: Mapping[str, Mapping[str, Any]] | None = None) -> list[Rule]:
    """The shipped rules with the configuration's ``enabled``, ``level`` and options applied."""
    rules = list(shipped_rules())
    by_code = {r.code: i for i, r in enumerate(rules)}
    for code, change in (overrides or {}).items():
        if code not in by_code:
            raise ConfigError(
                f"unknown rule code '{code}' in configuration (see `ehcp-audit rules`)"
            )
        rule = rules[by_code[code]]
        change = dict(change)
        enabled = change.pop("enabled", rule.enabled)
        level = change.pop("level", rule.level)
        if level not in LEVELS:
            raise ConfigError(
                f"rules.{code}.level must be one of {', '.join(LEVELS)}, not '{level}'"
            )
        if not isinstance(enabled, bool):
            raise ConfigError(f"rules.{code}.enabled must be true or false")
        unknown = [k for k in change if k not in rule.options]
        if unknown:
            known = ", ".join(rule.options) or "none"
            raise ConfigError(f"rules.{code}: unknown option '{unknown[0]}' (options: {known})")
        rules[by_code[code]] = replace(
            rule, enabled=enabled, level=level, options={**rule.options, **change}
        )
    return rules


CheckFunction = Callable[[Any, Rule], Iterator[Finding]]


@functools.cache
def check_function(module: str) -> CheckFunction:
    try:
        loaded = importlib.import_module(f"ehcp_audit.checks.{module}")
    except ImportError as exc:
        raise ConfigError(
            f"rule check module 'ehcp_audit.checks.{module}' not found ({exc})"
        ) from None
    return loaded.check
