"""Shared helpers for checks that report on Section E outcomes or Section F statements."""

from collections.abc import Callable, Iterator
from typing import Any

from ehcp_audit.result import Finding


def reason(item: dict[str, Any], prefix: str) -> str | None:
    for text in item.get("reasons", []):
        if text.startswith(prefix):
            return text.split(":", 1)[1].strip().strip("'")
    return None


def short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def each(
    items: list[dict[str, Any]],
    rule,
    section: str,
    failed: Callable[[dict[str, Any]], bool],
    message: Callable[[dict[str, Any]], str],
    match: Callable[[dict[str, Any]], str | None] = lambda item: item["text"],
) -> Iterator[Finding]:
    for item in items:
        if failed(item):
            yield rule.finding(
                message(item), section=section, match=match(item), location=item.get("location")
            )
