"""The rule registry: ``rules/rules.yaml`` and the user's rule packs, merged with the config.

A rule is data: a code, a level, a ``type`` that says how it is checked, a ``scope`` that says
what it looks at, a message template, typed options, and pass/fail examples. The generic types
(``existence``, ``absence``, ``occurrence``, ``metric``, ``flag``) are evaluated by
:mod:`ehcp_audit.checks.generic`; a ``script`` rule names a module in :mod:`ehcp_audit.checks`
whose ``check(ctx, rule)`` yields findings, for what no generic type expresses. An entry with
``check:`` and no ``type`` is a script rule. See ``docs/rule-types.md``.

Every entry is validated when it is loaded (unknown key, bad type, bad option declaration: one
line naming the file and key), and so is every value the config file gives an option.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ehcp_audit.errors import ConfigError
from ehcp_audit.levels import LEVELS
from ehcp_audit.resources import load_rules_file, load_yaml_file
from ehcp_audit.result import Finding

TYPES = ("existence", "absence", "occurrence", "metric", "flag", "script")
SCOPES = ("plan", "section", "subquestion", "sentence", "outcome", "provision", "batch")
# A batch rule is checked once every plan of a scan is audited, by the cross-plan pass
# (ehcp_audit.compare.crossplan), not per plan; only the shipped rules may have that scope.
BATCH_SCOPE = "batch"
SECTION_KEYS = tuple("ABCDEFGHIJK")

_COMMON_KEYS = {
    "name",
    "level",
    "section",
    "type",
    "check",
    "scope",
    "sections",
    "message",
    "description",
    "why",
    "fix",
    "options",
    "pass",
    "fail",
    "aliases",
    "where",
    "match",
}
# Keys each type adds to the common ones (see docs/rule-types.md).
_TYPE_KEYS: dict[str, set[str]] = {
    "existence": {"tokens", "ignorecase", "nonword", "prose"},
    "absence": {"tokens", "ignorecase", "nonword", "prose"},
    "occurrence": {"tokens", "ignorecase", "nonword", "prose", "min", "max", "unless"},
    "metric": {"metric", "min", "max"},
    "flag": {"field", "value"},
    "script": set(),
}
_REQUIRED = ("name", "level", "section", "description", "fix")
_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$")
_SHIPPED = "rules/rules.yaml"


# -- options -----------------------------------------------------------------------------------

_OPTION_TYPES = ("integer", "number", "boolean", "string", "strings")
_OPTION_KEYS = {"type", "default", "min", "max", "choices", "help"}
_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "string": "a string",
    "strings": "a list of strings",
}


@dataclass(frozen=True)
class OptionSpec:
    """One option a rule's config table may set: its type, default and bounds."""

    name: str
    type: str
    default: Any
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None
    help: str = ""

    def validate(self, value: Any, key: str) -> Any:
        """``value`` if it fits; otherwise ConfigError naming ``key``."""
        if not _fits_type(value, self.type):
            raise ConfigError(f"'{key}' must be {_TYPE_WORDS[self.type]}, not {_shown(value)}")
        if self.min is not None and value < self.min:
            raise ConfigError(f"'{key}' must be at least {self.min:g}, not {value}")
        if self.max is not None and value > self.max:
            raise ConfigError(f"'{key}' must be at most {self.max:g}, not {value}")
        if self.choices is not None and value not in self.choices:
            raise ConfigError(f"'{key}' must be one of {', '.join(self.choices)}, not {value!r}")
        return list(value) if self.type == "strings" else value

    def describe(self) -> str:
        parts = [self.type]
        if self.min is not None:
            parts.append(f">= {self.min:g}")
        if self.max is not None:
            parts.append(f"<= {self.max:g}")
        if self.choices:
            parts.append("one of " + ", ".join(self.choices))
        return ", ".join(parts)


def _fits_type(value: Any, kind: str) -> bool:
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int)
    if kind == "number":
        return isinstance(value, int | float)
    if kind == "string":
        return isinstance(value, str)
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _shown(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)


def _inferred_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "strings"


def _option_spec(name: str, declared: Any, source: str, key: str) -> OptionSpec:
    """A typed declaration ``{type, default, min, max, choices, help}``, or a bare default whose
    type is inferred (a number accepts any number, a list any list of strings)."""
    if not isinstance(declared, dict):
        declared = {"type": _inferred_type(declared), "default": declared}
    unknown = sorted(set(declared) - _OPTION_KEYS)
    if unknown:
        raise ConfigError(f"{source}: '{key}.{unknown[0]}' is not a key of an option")
    kind = declared.get("type")
    if kind not in _OPTION_TYPES:
        raise ConfigError(f"{source}: '{key}.type' must be one of {', '.join(_OPTION_TYPES)}")
    if "default" not in declared:
        raise ConfigError(f"{source}: '{key}' needs a default")
    for bound in ("min", "max"):
        if bound in declared and not _fits_type(declared[bound], "number"):
            raise ConfigError(f"{source}: '{key}.{bound}' must be a number")
    choices = declared.get("choices")
    if choices is not None and not _fits_type(choices, "strings"):
        raise ConfigError(f"{source}: '{key}.choices' must be a list of strings")
    spec = OptionSpec(
        name=name,
        type=kind,
        default=declared["default"],
        min=declared.get("min"),
        max=declared.get("max"),
        choices=tuple(choices) if choices is not None else None,
        help=str(declared.get("help", "")),
    )
    try:
        spec.validate(spec.default, f"{key}.default")
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    return spec


# -- rules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: str
    section: str
    description: str
    fix: str
    type: str = "script"
    check: str | None = None  # the module of a script rule
    scope: str = "plan"
    sections: tuple[str, ...] = ()  # which sections a section/sentence scope covers (all: ())
    message: Any = None  # a template, or a list of {when, text}
    spec: Mapping[str, Any] = field(default_factory=dict)  # the type's own keys
    options: Mapping[str, Any] = field(default_factory=dict)  # name -> value in force
    option_specs: Mapping[str, OptionSpec] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    why: str = ""
    pass_example: Mapping[str, Any] | None = None
    fail_example: Mapping[str, Any] | None = None
    source: str = _SHIPPED
    enabled: bool = True

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)

    def threshold(self, value: Any) -> Any:
        """A threshold as written in the rule: a literal, or the name of one of its options."""
        return self.options[value] if isinstance(value, str) else value

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


def parse_rule(code: Any, spec: Any, source: str) -> Rule:
    """One entry of a rules file, validated; errors name ``source`` and the key."""
    where = f"{source}: '{code}'"
    if not isinstance(code, str) or not _CODE.match(code):
        raise ConfigError(f"{source}: rule code {code!r} must be letters, digits and dashes")
    if not isinstance(spec, dict):
        raise ConfigError(f"{where} must be a mapping")
    kind = spec.get("type") or ("script" if "check" in spec else None)
    if kind not in TYPES:
        raise ConfigError(f"{source}: '{code}.type' must be one of {', '.join(TYPES)}")
    unknown = sorted(set(spec) - _COMMON_KEYS - _TYPE_KEYS[kind])
    if unknown:
        raise ConfigError(f"{source}: '{code}.{unknown[0]}' is not a key of a {kind} rule")
    missing = [k for k in _REQUIRED if k not in spec]
    if kind == "script" and "check" not in spec:
        missing.append("check")
    if kind != "script" and "message" not in spec:
        missing.append("message")
    if missing:
        raise ConfigError(f"{where} lacks {', '.join(missing)}")
    if spec["level"] not in LEVELS:
        raise ConfigError(f"{source}: '{code}.level' must be one of {', '.join(LEVELS)}")
    scope = spec.get("scope", "plan")
    if scope not in SCOPES:
        raise ConfigError(f"{source}: '{code}.scope' must be one of {', '.join(SCOPES)}")
    if scope == BATCH_SCOPE and source != _SHIPPED:
        raise ConfigError(
            f"{source}: '{code}.scope' batch is only for the shipped cross-plan rule (X-COPIED)"
        )
    sections, aliases, option_specs = _lists_and_options(code, spec, source)
    type_spec = {k: v for k, v in spec.items() if k in _TYPE_KEYS[kind] | {"where", "match"}}
    rule = Rule(
        code=code,
        name=str(spec["name"]),
        level=spec["level"],
        section=str(spec["section"]),
        description=str(spec["description"]),
        fix=str(spec["fix"]),
        type=kind,
        check=spec.get("check"),
        scope=scope,
        sections=tuple(sections),
        message=spec.get("message"),
        spec=type_spec,
        options={name: s.default for name, s in option_specs.items()},
        option_specs=option_specs,
        aliases=tuple(aliases),
        why=str(spec.get("why", "")),
        pass_example=spec.get("pass"),
        fail_example=spec.get("fail"),
        source=source,
    )
    if kind != "script":
        from ehcp_audit.checks.generic import validate_rule

        try:
            validate_rule(rule)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None
    return rule


def _lists_and_options(
    code: str, spec: Mapping[str, Any], source: str
) -> tuple[list[str], list[str], dict[str, OptionSpec]]:
    sections = spec.get("sections") or []
    if isinstance(sections, str):
        sections = [sections]
    if not _fits_type(sections, "strings") or not set(sections) <= {*SECTION_KEYS, "front"}:
        raise ConfigError(f"{source}: '{code}.sections' must be a list of section letters A-K")
    aliases = spec.get("aliases") or []
    if not _fits_type(aliases, "strings"):
        raise ConfigError(f"{source}: '{code}.aliases' must be a list of codes")
    options = spec.get("options") or {}
    if not isinstance(options, dict):
        raise ConfigError(f"{source}: '{code}.options' must be a mapping")
    option_specs = {
        name: _option_spec(name, value, source, f"{code}.options.{name}")
        for name, value in options.items()
    }
    return sections, aliases, option_specs


def parse_rules(data: Mapping[Any, Any], source: str) -> tuple[Rule, ...]:
    return tuple(parse_rule(code, spec, source) for code, spec in data.items())


@functools.cache
def shipped_rules() -> tuple[Rule, ...]:
    return parse_rules(load_rules_file("rules.yaml"), _SHIPPED)


@functools.cache
def pack_rules(path: str) -> tuple[Rule, ...]:
    """The rules of a user's pack (a YAML file in the schema of rules/rules.yaml)."""
    return parse_rules(load_yaml_file(Path(path)), path)


def all_rules(packs: Sequence[str] = ()) -> list[Rule]:
    """The shipped rules, then each pack's; a code (or alias) may be defined only once."""
    rules = list(shipped_rules())
    for pack in packs:
        rules.extend(pack_rules(str(pack)))
    seen: dict[str, str] = {}
    for rule in rules:
        for name in (rule.code, *rule.aliases):
            if name in seen:
                raise ConfigError(
                    f"{rule.source}: rule code '{name}' is already defined in {seen[name]}"
                )
            seen[name] = rule.source
    return rules


def canonical_codes(rules: Iterable[Rule]) -> dict[str, str]:
    """Every code and alias -> the rule's current code."""
    names: dict[str, str] = {}
    for rule in rules:
        names[rule.code] = rule.code
        for alias in rule.aliases:
            names[alias] = rule.code
    return names


def configured_rules(
    overrides: Mapping[str, Mapping[str, Any]] | None = None, packs: Sequence[str] = ()
) -> list[Rule]:
    """The shipped and pack rules with the configuration's ``enabled``, ``level`` and options
    applied and validated (a code may be given by an alias)."""
    rules = all_rules(packs)
    by_code = {r.code: i for i, r in enumerate(rules)}
    names = canonical_codes(rules)
    for given, change in (overrides or {}).items():
        if given not in names:
            raise ConfigError(
                f"unknown rule code '{given}' in configuration (see `ehcp-audit rules`)"
            )
        index = by_code[names[given]]
        rules[index] = _configured(rules[index], given, change)
    return rules


def _configured(rule: Rule, given: str, change: Mapping[str, Any]) -> Rule:
    change = dict(change)
    enabled = change.pop("enabled", rule.enabled)
    level = change.pop("level", rule.level)
    if level not in LEVELS:
        raise ConfigError(
            f"'rules.{given}.level' must be one of {', '.join(LEVELS)}, not {level!r}"
        )
    if not isinstance(enabled, bool):
        raise ConfigError(f"'rules.{given}.enabled' must be true or false")
    options = dict(rule.options)
    for name, value in change.items():
        spec = rule.option_specs.get(name)
        if spec is None:
            known = ", ".join(rule.option_specs) or "none"
            raise ConfigError(f"'rules.{given}.{name}' is not an option (options: {known})")
        options[name] = spec.validate(value, f"rules.{given}.{name}")
    return replace(rule, enabled=enabled, level=level, options=options)


def rules_for(settings: Any) -> list[Rule]:
    """The rules in force for a :class:`~ehcp_audit.config.Settings`."""
    return configured_rules(settings.rules, getattr(settings, "rule_packs", ()))


# -- how each rule is checked ------------------------------------------------------------------

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


def rule_checker(rule: Rule) -> CheckFunction:
    """The function that yields ``rule``'s findings: its script, or its generic type."""
    if rule.type == "script":
        return check_function(str(rule.check))
    from ehcp_audit.checks.generic import TYPES as GENERIC

    return GENERIC[rule.type]
