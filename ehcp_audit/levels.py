"""Finding levels: the one place their names and order are declared.

``Level`` is a ``StrEnum`` so a member compares equal to its name ("warning") and the CLI can
offer the names as choices; ``LEVELS`` is the order from least to most severe.
"""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    suggestion = "suggestion"
    warning = "warning"
    error = "error"


LEVELS: tuple[str, ...] = tuple(level.value for level in Level)


def rank(level: str) -> int:
    """0 for the least severe level; raises ``ValueError`` for an unknown name."""
    return LEVELS.index(level)


def at_or_above(level: str, threshold: str) -> bool:
    return rank(level) >= rank(threshold)


def is_level(value: object) -> bool:
    return isinstance(value, str) and value in LEVELS


# Reports list the most severe level first.
MOST_SEVERE_FIRST: tuple[str, ...] = tuple(reversed(LEVELS))


def severity_order(level: str) -> int:
    """A sort key putting the most severe level first (an unknown name last)."""
    return MOST_SEVERE_FIRST.index(level) if level in MOST_SEVERE_FIRST else len(LEVELS)
