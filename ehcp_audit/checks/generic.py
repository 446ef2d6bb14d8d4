"""The generic rule types: a rule written only in YAML is checked here.

A rule's ``scope`` turns the analysed plan and its measures into *items* (the plan, each
section, each Section A sub-question, each sentence, each outcome, each provision statement);
each item has fields (read by ``where``, ``field``, ``metric`` and the message template) and text
pieces with their locations (searched by ``tokens``). A type then decides which items yield a
finding:

- ``existence``: one finding per token found;
- ``absence``: one finding per item in which no token is found;
- ``occurrence``: the count of tokens in an item (or, without tokens, of the items) is below
  ``min`` or above ``max``;
- ``metric``: a measured figure (a field path such as ``metrics.reading_minutes_aloud``) is below
  ``min`` or above ``max``;
- ``flag``: a field of the item has ``value``.

The keys and their meaning are documented, with examples, in ``docs/rule-types.md``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ehcp_audit.errors import ConfigError
from ehcp_audit.registry import Rule
from ehcp_audit.result import Finding

# -- items -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Piece:
    """A run of text to search, and where it is."""

    text: str
    section: str | None
    location: dict[str, int] | None


@dataclass(slots=True)
class Item:
    fields: Any  # a mapping or an object; dotted paths walk into either
    section: str | None
    location: dict[str, int] | None
    pieces: list[Piece] = field(default_factory=list)


def location_dict(value: Any) -> dict[str, int] | None:
    if value is None:
        return None
    if hasattr(value, "to_dict"):
        return value.to_dict() or None
    return dict(value) or None


def resolve(obj: Any, path: str) -> Any:
    """``a.b.c`` walked through mappings and attributes; ``count`` of a list is its length."""
    for part in path.split("."):
        if obj is None:
            return None
        if part == "count" and isinstance(obj, list | tuple):
            obj = len(obj)
        elif isinstance(obj, Mapping):
            obj = obj.get(part)
        else:
            obj = getattr(obj, part, None)
    return obj


def _wanted(rule: Rule, key: str | None) -> bool:
    return not rule.sections or key in rule.sections


def _section_pieces(ctx: Any, rule: Rule, key: str) -> list[Piece]:
    section = ctx.analysed.front if key == "front" else ctx.analysed.sections.get(key)
    if section is None:
        return []
    prose_only = bool(rule.spec.get("prose"))
    name = None if key == "front" else key
    return [
        Piece(unit.text, name, unit.block.location.to_dict() or None)
        for unit in section.units
        if unit.prose or not prose_only
    ]


def _plan_items(ctx: Any, rule: Rule) -> list[Item]:
    result = ctx.result
    section = rule.section if rule.section in result.sections else None
    location = result.sections[section].location if section else None
    searched = "tokens" in rule.spec and ctx.analysed is not None
    keys = ["front", *ctx.analysed.sections] if searched else []
    pieces = [p for key in keys if _wanted(rule, key) for p in _section_pieces(ctx, rule, key)]
    return [Item(result, section if rule.section != "plan" else None, location, pieces)]


def _section_items(ctx: Any, rule: Rule) -> list[Item]:
    result = ctx.result
    items = []
    for key, summary in result.sections.items():
        if not _wanted(rule, key):
            continue
        fields = {
            "key": key,
            "present": True,
            "heading": summary.heading,
            "words": summary.words,
            "empty": summary.empty,
            "metrics": result.section_metrics.get(key, {}),
        }
        searched = "tokens" in rule.spec and ctx.analysed is not None
        pieces = _section_pieces(ctx, rule, key) if searched else []
        items.append(Item(fields, key, location_dict(summary.location), pieces))
    for key in result.missing_sections:
        if _wanted(rule, key):
            fields = {"key": key, "present": False, "words": 0, "empty": None, "metrics": {}}
            items.append(Item(fields, key, None))
    return items


def _sentence_items(ctx: Any, rule: Rule) -> list[Item]:
    items = []
    for section in ctx.analysed.all_sections():
        if not _wanted(rule, section.key):
            continue
        name = None if section.key == "front" else section.key
        for sentence in section.sentences:
            where = sentence.location.to_dict() or None
            fields = {
                "text": sentence.text,
                "words": sentence.words,
                "syllables": sentence.syllables,
                "polysyllables": sentence.polysyllables,
                "section": name,
            }
            items.append(Item(fields, name, where, [Piece(sentence.text, name, where)]))
    return items


def _subquestion_items(ctx: Any, rule: Rule) -> list[Item]:
    items = []
    for question in (ctx.result.voice or {}).get("questions", []):
        answer = " ".join(s["text"] for s in question.get("labelled_sentences", []))
        where = location_dict(question.get("location"))
        fields = {**question, "text": answer}
        items.append(Item(fields, "A", where, [Piece(answer, "A", where)]))
    return items


def _record_items(records: Sequence[Any], section: str) -> list[Item]:
    items = []
    for record in records:
        where = location_dict(resolve(record, "location"))
        text = resolve(record, "text") or ""
        items.append(Item(record, section, where, [Piece(text, section, where)]))
    return items


SCOPES: dict[str, Callable[[Any, Rule], list[Item]]] = {
    "plan": _plan_items,
    "section": _section_items,
    "sentence": _sentence_items,
    "subquestion": _subquestion_items,
    "outcome": lambda ctx, rule: _record_items(ctx.result.outcomes, "E"),
    "provision": lambda ctx, rule: _record_items(ctx.result.provision, "F"),
}


# -- conditions and templates ------------------------------------------------------------------


def _equal(value: Any, expected: Any) -> bool:
    if isinstance(expected, bool) or isinstance(value, bool):
        return value is expected
    return value == expected


def holds(rule: Rule, fields: Any, conditions: Mapping[str, Any] | None, extra=None) -> bool:
    """Every ``path: expected`` holds: a value, or ``{min, max, in, not}``."""
    for path, expected in (conditions or {}).items():
        value = _lookup(fields, path, extra)
        if isinstance(expected, Mapping):
            if "in" in expected and not any(_equal(value, e) for e in expected["in"]):
                return False
            if "not" in expected and _equal(value, expected["not"]):
                return False
            for bound, outside in (("min", lambda v, t: v < t), ("max", lambda v, t: v > t)):
                if bound in expected and (
                    not _number(value) or outside(value, rule.threshold(expected[bound]))
                ):
                    return False
        elif isinstance(expected, list):
            if not any(_equal(value, e) for e in expected):
                return False
        elif not _equal(value, expected):
            return False
    return True


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _lookup(fields: Any, path: str, extra: Mapping[str, Any] | None) -> Any:
    head = path.split(".", 1)[0]
    if extra and head in extra:
        return resolve(extra, path)
    return resolve(fields, path)


def _short(value: Any, words: int = 8) -> str:
    parts = str(value or "").split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


FILTERS: dict[str, Callable[[Any], Any]] = {
    "capitalize": lambda v: str(v or "").capitalize(),
    "lower": lambda v: str(v or "").lower(),
    "upper": lambda v: str(v or "").upper(),
    "short": _short,
    "join": lambda v: ", ".join(str(x) for x in v or []),
    "quoted": lambda v: ", ".join(f"'{x}'" for x in v or []),
    "count": lambda v: len(v or []),
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][\w.-]*)((?:\|\w+)*)(?::([^{}]*))?\}")


def render(template: str, fields: Any, extra: Mapping[str, Any]) -> str:
    """``{path}``, ``{path|filter}``, ``{path:format}`` filled from ``extra`` then ``fields``."""

    def fill(m: re.Match[str]) -> str:
        value = _lookup(fields, m.group(1), extra)
        for name in filter(None, m.group(2).split("|")):
            value = FILTERS[name](value)
        if m.group(3):
            return format(value, m.group(3)) if value is not None else ""
        return "" if value is None else str(value)

    return _PLACEHOLDER.sub(fill, template)


def message(rule: Rule, fields: Any, extra: Mapping[str, Any]) -> str:
    template = rule.message
    if isinstance(template, list):
        template = next(
            (m["text"] for m in template if holds(rule, fields, m.get("when"), extra)), ""
        )
    return render(str(template), fields, extra)


# -- tokens ------------------------------------------------------------------------------------


@functools.cache
def _compiled(tokens: tuple[str, ...], ignorecase: bool, nonword: bool) -> re.Pattern[str]:
    from ehcp_audit.measures.patterns import _scoped

    body = "|".join(_scoped(t) for t in tokens)
    if not nonword:
        body = rf"(?<![\w])(?:{body})(?![\w])"
    return re.compile(body, re.I if ignorecase else 0)


def tokens_pattern(rule: Rule, key: str = "tokens") -> re.Pattern[str] | None:
    tokens = rule.spec.get(key)
    if not tokens:
        return None
    return _compiled(
        tuple(tokens), bool(rule.spec.get("ignorecase", True)), bool(rule.spec.get("nonword"))
    )


def _hits(pattern: re.Pattern[str], item: Item) -> Iterator[tuple[re.Match[str], Piece]]:
    for piece in item.pieces:
        for m in pattern.finditer(piece.text):
            if m.group(0).strip():
                yield m, piece


# -- the types ---------------------------------------------------------------------------------


def _items(ctx: Any, rule: Rule) -> list[Item]:
    where = rule.spec.get("where")
    return [i for i in SCOPES[rule.scope](ctx, rule) if holds(rule, i.fields, where, _extra(ctx))]


def _text_items(ctx: Any, rule: Rule) -> list[Item]:
    """The items whose text a token rule searches: a missing section has none (S-MISSING
    reports it), so it neither lacks nor holds a token."""
    return [i for i in _items(ctx, rule) if resolve(i.fields, "present") is not False]


def _extra(ctx: Any, rule: Rule | None = None, **values: Any) -> dict[str, Any]:
    extra = {"settings": ctx.settings, "result": ctx.result, **values}
    if rule is not None:
        extra["options"] = rule.options
    return extra


def _finding(ctx: Any, rule: Rule, item: Item, piece: Piece | None = None, **values) -> Finding:
    extra = _extra(ctx, rule, **values)
    match = rule.spec.get("match")
    shown = render(match, item.fields, extra) if match else values.get("match")
    where = piece if piece is not None else item
    return rule.finding(
        message(rule, item.fields, extra),
        section=where.section,
        match=shown or None,
        location=where.location,
    )


def existence(ctx: Any, rule: Rule) -> Iterator[Finding]:
    pattern = tokens_pattern(rule)
    for item in _text_items(ctx, rule):
        for m, piece in _hits(pattern, item):
            yield _finding(ctx, rule, item, piece, match=m.group(0))


def absence(ctx: Any, rule: Rule) -> Iterator[Finding]:
    pattern = tokens_pattern(rule)
    for item in _text_items(ctx, rule):
        if next(_hits(pattern, item), None) is None:
            yield _finding(ctx, rule, item)


def _outside(rule: Rule, value: float) -> bool:
    low, high = rule.spec.get("min"), rule.spec.get("max")
    return (low is not None and value < rule.threshold(low)) or (
        high is not None and value > rule.threshold(high)
    )


def _bounds(rule: Rule) -> dict[str, Any]:
    return {k: rule.threshold(rule.spec[k]) for k in ("min", "max") if k in rule.spec}


def occurrence(ctx: Any, rule: Rule) -> Iterator[Finding]:
    pattern, unless = tokens_pattern(rule), tokens_pattern(rule, "unless")
    items = _text_items(ctx, rule)
    if pattern is None:  # count the items themselves
        if _outside(rule, len(items)):
            plan = _plan_items(ctx, rule)[0]
            yield _finding(ctx, rule, plan, count=len(items), **_bounds(rule))
        return
    for item in items:
        if unless is not None and next(_hits(unless, item), None) is not None:
            continue
        hits = list(_hits(pattern, item))
        if _outside(rule, len(hits)):
            first = hits[0] if hits else None
            yield _finding(
                ctx,
                rule,
                item,
                first[1] if first else None,
                count=len(hits),
                match=first[0].group(0) if first else None,
                **_bounds(rule),
            )


def _measured(rule: Rule, fields: Any) -> Any:
    paths = rule.spec["metric"]
    if isinstance(paths, str):
        return resolve(fields, paths)
    values = [resolve(fields, p) for p in paths]
    return next((v for v in values if v), values[-1] if values else None)


def metric(ctx: Any, rule: Rule) -> Iterator[Finding]:
    for item in _items(ctx, rule):
        value = _measured(rule, item.fields)
        if _number(value) and _outside(rule, value):
            yield _finding(ctx, rule, item, value=value, **_bounds(rule))


def flag(ctx: Any, rule: Rule) -> Iterator[Finding]:
    expected = rule.spec.get("value", True)
    for item in _items(ctx, rule):
        if holds(rule, item.fields, {rule.spec["field"]: expected}):
            yield _finding(ctx, rule, item)


TYPES: dict[str, Callable[[Any, Rule], Iterator[Finding]]] = {
    "existence": existence,
    "absence": absence,
    "occurrence": occurrence,
    "metric": metric,
    "flag": flag,
}


# -- validation when a rule is loaded ----------------------------------------------------------


def validate_rule(rule: Rule) -> None:
    """Raise ConfigError naming the key when a generic rule's own keys are malformed."""
    spec, code = rule.spec, rule.code
    for key in ("tokens", "unless"):
        tokens = spec.get(key)
        if tokens is None:
            continue
        if (
            not isinstance(tokens, list)
            or not tokens
            or not all(isinstance(t, str) for t in tokens)
        ):
            raise ConfigError(f"'{code}.{key}' must be a non-empty list of strings")
        for token in tokens:
            try:
                re.compile(token)
            except re.error as exc:
                raise ConfigError(
                    f"'{code}.{key}': bad regular expression {token!r} ({exc})"
                ) from None
    if rule.type in ("existence", "absence") and "tokens" not in spec:
        raise ConfigError(f"'{code}' lacks tokens")
    if rule.type in ("occurrence", "metric") and "min" not in spec and "max" not in spec:
        raise ConfigError(f"'{code}' needs min or max")
    for bound in ("min", "max"):
        if bound in spec:
            _check_threshold(rule, spec[bound], f"{code}.{bound}")
    if rule.type == "metric":
        paths = spec.get("metric")
        if isinstance(paths, str):
            paths = [paths]
        if not paths or not all(isinstance(p, str) for p in paths):
            raise ConfigError(f"'{code}.metric' must be a field path or a list of them")
    if rule.type == "flag" and not isinstance(spec.get("field"), str):
        raise ConfigError(f"'{code}.field' must be a field name")
    _check_conditions(rule, spec.get("where"), f"{code}.where")
    _check_message(rule)
    if "match" in spec:
        _check_template(spec["match"], f"{code}.match")


def _check_threshold(rule: Rule, value: Any, key: str) -> None:
    if isinstance(value, str):
        if value not in rule.option_specs:
            raise ConfigError(f"'{key}' names option '{value}', which the rule does not declare")
    elif not _number(value):
        raise ConfigError(f"'{key}' must be a number or the name of an option")


def _check_conditions(rule: Rule, conditions: Any, key: str) -> None:
    if conditions is None:
        return
    if not isinstance(conditions, Mapping):
        raise ConfigError(f"'{key}' must be a mapping of field paths to values")
    for path, expected in conditions.items():
        if isinstance(expected, Mapping):
            unknown = sorted(set(expected) - {"min", "max", "in", "not"})
            if unknown:
                raise ConfigError(
                    f"'{key}.{path}.{unknown[0]}' is not a condition (min, max, in, not)"
                )
            for bound in ("min", "max"):
                if bound in expected:
                    _check_threshold(rule, expected[bound], f"{key}.{path}.{bound}")


def _check_message(rule: Rule) -> None:
    key = f"{rule.code}.message"
    if isinstance(rule.message, str):
        _check_template(rule.message, key)
        return
    if not isinstance(rule.message, list) or not rule.message:
        raise ConfigError(f"'{key}' must be a template or a list of {{when, text}}")
    for i, choice in enumerate(rule.message):
        if not isinstance(choice, Mapping) or not isinstance(choice.get("text"), str):
            raise ConfigError(f"'{key}[{i}]' must be a mapping with text (and when)")
        _check_conditions(rule, choice.get("when"), f"{key}[{i}].when")
        _check_template(choice["text"], f"{key}[{i}]")


def _check_template(template: Any, key: str) -> None:
    if not isinstance(template, str):
        raise ConfigError(f"'{key}' must be a string")
    for m in _PLACEHOLDER.finditer(template):
        for name in filter(None, m.group(2).split("|")):
            if name not in FILTERS:
                raise ConfigError(
                    f"'{key}': unknown filter '{name}' (filters: {', '.join(FILTERS)})"
                )
