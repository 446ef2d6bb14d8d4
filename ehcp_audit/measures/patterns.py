"""Compiled pattern lists from the rule files, shared by the measures."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ehcp_audit.errors import ConfigError
from ehcp_audit.resources import load_rules_file


@dataclass(frozen=True)
class PatternList:
    """Several regular expressions searched together; each hit keeps its matched words."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, source: str, key: str, values: Iterable[str], flags: int = re.I) -> PatternList:
        compiled = []
        for value in values:
            try:
                compiled.append(re.compile(value, flags))
            except re.error as exc:
                raise ConfigError(f"{source}: bad regular expression in '{key}': {exc}") from None
        return cls(tuple(compiled))

    def find(self, text: str) -> list[re.Match[str]]:
        hits = [m for p in self.patterns for m in p.finditer(text) if m.group(0).strip()]
        return sorted(hits, key=lambda m: (m.start(), -m.end()))

    def first(self, text: str) -> str | None:
        hits = self.find(text)
        return hits[0].group(0).strip() if hits else None

    def any(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


def literal_list(values: Iterable[str]) -> PatternList:
    """Phrases matched as whole words, case-insensitively."""
    return PatternList(
        tuple(
            re.compile(
                r"(?<![\w])"
                + re.escape(v.strip())
                + (r"(?![\w])" if v.strip()[-1].isalnum() else ""),
                re.I,
            )
            for v in values
            if v.strip()
        )
    )


@functools.cache
def rule_data(name: str) -> dict:
    return load_rules_file(name)


@functools.cache
def patterns(name: str, key: str) -> PatternList:
    """``rules/<name>`` -> list under ``key`` (dots walk into mappings), compiled."""
    node: object = rule_data(name)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise ConfigError(f"rules/{name}: missing key '{key}'")
        node = node[part]
    if isinstance(node, str):
        node = [node]
    if not isinstance(node, list):
        raise ConfigError(f"rules/{name}: '{key}' must be a list of patterns")
    return PatternList.of(f"rules/{name}", key, [str(v) for v in node])


def blank_out(text: str, hits: Iterable[re.Match[str]]) -> str:
    """``text`` with the matched spans replaced by spaces, so later patterns cannot reuse them."""
    chars = list(text)
    for m in hits:
        for i in range(m.start(), m.end()):
            chars[i] = " "
    return "".join(chars)
