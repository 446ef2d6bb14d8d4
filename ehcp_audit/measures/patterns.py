"""Compiled pattern lists from the rule files, shared by the measures."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

# The parser behind ``re`` (Python 3.11+), used only to find the characters a pattern can start
# with; anything it cannot work out leaves the pattern as it is.
from re import _constants, _parser  # noqa: E402

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
        return cls(re.compile(_with_first_chars("|".join(parts), flags), flags) if parts else None)

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
    return PatternList(
        re.compile(_with_first_chars("|".join(parts), re.I), re.I) if parts else None
    )


def _with_first_chars(pattern: str, flags: int) -> str:
    """``pattern`` behind a lookahead for the characters a match can start with.

    Python's regular-expression engine tries every branch of an alternation at every position;
    a leading character class lets it skip, in C, the positions no branch can start at, which
    halves the time of the long word lists. The lookahead is only a necessary condition, so
    matches are unchanged; when the first characters cannot be worked out, none is added.
    """
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return pattern  # a global flag must stay at the start
    try:
        chars = _first_set(_parser.parse(pattern, flags))
    except (re.error, RecursionError):
        return pattern
    if not chars or len(chars) > 60:
        return pattern
    both = {c for ch in chars for c in (ch.lower(), ch.upper())}
    charset = "".join(re.escape(c) for c in sorted(both))
    # When every branch starts at a word boundary, one boundary test up front rejects the
    # positions inside words before any branch is tried.
    boundary = r"\b" if _at_boundary(_parser.parse(pattern, flags)) else ""
    return f"{boundary}(?=[{charset}])(?:{pattern})"


def _at_boundary(items) -> bool:
    """Every match of the parsed ``items`` starts with ``\\b``."""
    c = _constants
    for op, arg in items:
        if op is c.AT:
            return arg is c.AT_BOUNDARY
        if op is c.SUBPATTERN:
            return _at_boundary(arg[-1])
        if op is c.BRANCH:
            return all(_at_boundary(branch) for branch in arg[1])
        return False
    return False


_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}


def _first_set(items) -> set[str] | None:
    """The characters a match of the parsed ``items`` can start with, or None (any)."""
    chars: set[str] = set()
    for op, arg in items:
        first, nullable = _first_of(op, arg)
        if first is None:
            return None
        chars |= first
        if not nullable:
            return chars
    return None  # the whole pattern can match the empty string


def _first_of(op, arg) -> tuple[set[str] | None, bool]:
    c = _constants
    if op in _ZERO_WIDTH:
        return set(), True
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 80:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:
                return None, False
        return chars, False
    if op is c.SUBPATTERN:
        return _first_seq(arg[-1])
    if op is c.BRANCH:
        chars = set()
        nullable = False
        for branch in arg[1]:
            first, empty = _first_seq(branch)
            if first is None:
                return None, False
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        first, empty = _first_seq(arg[2])
        return first, empty or arg[0] == 0
    return None, False


def _first_seq(items) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    for op, arg in items:
        first, nullable = _first_of(op, arg)
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


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


def matched_words(hits: Iterable[re.Match[str]], strip: str = " ,.;:") -> list[str]:
    """The distinct matched words in order, trimmed of the ``strip`` characters."""
    seen: list[str] = []
    for m in hits:
        word = m.group(0).strip(strip)
        if word and word not in seen:
            seen.append(word)
    return seen
