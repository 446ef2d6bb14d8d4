"""Shared helpers for the golden-thread, placement, date and Section K checks."""

from __future__ import annotations

from typing import Any

from ehcp_audit.measures.areas import UNSURE, area_labels


def short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def area_name(key: str | None) -> str:
    if not key or key == UNSURE:
        return "area unsure"
    return area_labels().get(key, key)


def closest(row: dict[str, Any], field: str) -> str:
    """How near the best candidate came, so a reader can judge the gap."""
    words = row.get(f"{field}_words") or []
    if row.get(f"{field}_unsure") and words:
        return f" (unsure: the closest shares only '{', '.join(words[:3])}')"
    return ""


def match(item: dict[str, Any]) -> str | None:
    return short(item["text"], 12) if item.get("text") else None
