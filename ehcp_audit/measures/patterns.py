"""Compiled pattern lists from the rule files, shared by the measures."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ehcp_audit.errors import ConfigError
from ehcp_audit.resources import load_rules_file


def _scoped(pattern: str) -> str:
    """``(?i)abc`` -> ``(?i:abc)``, so a pattern with a leading global flag can be joined."""
    match = re.match(r"\(\?([aiLmsux]+)\)", pattern)
    return f"(?{match.group(1)}:{pattern[match.end() :]})" if match else f"(?:{pattern})"


@dataclass(frozen=True)
class PatternList:
    """Several regular expressions searched as one alternation: one pass over the text.

    At each position the first pattern in the list that matches wins, and the search goes on
    after it, as a single regular expression would.
    """

    combined: re.Pattern[str] | None

    @classmethod
    def of(cls, source: str, key: str, values: Iterable[str], flags: int = re.I) -> PatternList:
        parts = []
        for value in values:
            try:
                re.compile(value, flags)
            except re.error as exc:
                raise ConfigError(f"{source}: bad regular expression in '{key}': {exc}") from None
            parts.append(_scoped(value))
        return cls(re.compile("|".join(parts), flags) if parts else None)

    def find(self, text: str) -> list[re.Match[str]]:
        if self.combined is None:
            return []
        return [m for m in self.combined.finditer(text) if m.group(0).strip()]

    def first(self, text: str) -> str | None:
        hits = self.find(text)
        return hits[0].group(0).strip() if hits else None

    def any(self, text: str) -> bool:
        return bool(self.combined and self.combined.search(text))


def literal_list(values: Iterable[str]) -> PatternList:
    """Phrases matched as whole words, case-insensitively; longer phrases win."""
    phrases = sorted({v.strip() for v in values if v.strip()}, key=len, reverse=True)
    parts = [
        r"(?<![\w])" + re.escape(v) + (r"(?![\w])" if v[-1].isalnum() else "") for v in phrases
    ]
    return PatternList(re.compile("|".join(parts), re.I) if parts else None)


@functools.cache
def rule_data(name: str) -> dict:
    return load_rules_file(name)


@functools.cache
def patterns(name: str, key: str, flags: int = re.I) -> PatternList:
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
    return PatternList.of(f"rules/{name}", key, [str(v) for v in node], flags)


def blank_out(text: str, hits: Iterable[re.Match[str]]) -> str:
    """``text`` with the matched spans replaced by spaces, so later patterns cannot reuse them."""
    chars = list(text)
    for m in hits:
        for i in range(m.start(), m.end()):
            chars[i] = " "
    return "".join(chars)
