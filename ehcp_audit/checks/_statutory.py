"""Shared helpers for the golden-thread, placement, date and Section K checks."""

from __future__ import annotations

from collections.abc import Iterator
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


def unsure_gap(thread: dict[str, Any], row: dict[str, Any]) -> str | None:
    """Why a gap found by content words alone is unsure: F does have provision in the same area
    of need, only none that shares this item's words (a synonym the word lists lack is enough
    to miss the link). None when the gap is firm: the plan's own rows say so, or the area has
    no provision at all. An unsure gap is reported as a suggestion, not a warning."""
    if (thread.get("summary") or {}).get("row_linked"):
        return None
    area = (thread.get("areas") or {}).get(row.get("area") or "", {})
    count = int(area.get("provision") or 0)
    if count and row.get("area") not in (None, UNSURE):
        return (
            f" (unsure: F has {count} provision statement{'s' if count != 1 else ''} in this "
            "area, but none shares its words)"
        )
    # Provision whose area its words do not say and that nothing links to may be the one.
    loose = [
        p
        for p in thread.get("provision", [])
        if p.get("area") in (None, UNSURE) and not p.get("needs")
    ]
    if loose:
        return (
            f" (unsure: F has {len(loose)} provision statement{'s' if len(loose) != 1 else ''} "
            "of no clear area of need that no need is linked to)"
        )
    return None


def unprovided(ctx, rule, items: str, section: str, what: str) -> Iterator:
    """Findings for the thread's ``items`` ("needs" or "outcomes") that no provision in F
    meets: ``what`` is the message's start ("Need in B", "Outcome"). A gap found by words
    alone where F has provision in the same area is an unsure suggestion (:func:`unsure_gap`)."""
    thread = ctx.result.thread or {}
    if not thread.get("provision"):
        return  # no Section F statements at all: S-MISSING / S-EMPTY say so
    verb = "meets it" if items == "needs" else "supports it"
    for item in thread.get(items, []):
        if item["provision"] or not item.get("specific", True):
            continue
        elsewhere = item.get("provided_elsewhere")
        if elsewhere and items == "outcomes":
            continue  # health or social care provision (G, H) works towards it
        unsure = unsure_gap(thread, item)
        if elsewhere:  # a need in B met in G or H: educational provision belongs in F
            unsure = (
                f" (unsure: Section {' and '.join(elsewhere)} has provision sharing its words;"
                " if it educates or trains, it is special educational provision and belongs in F)"
            )
        finding = rule.finding(
            f"{what} ({area_name(item['area'])}) has no provision in F that {verb}"
            + (unsure or closest(item, "provision")),
            section=section,
            match=match(item),
            location=item["location"],
        )
        if unsure:
            finding.level = "suggestion"
        yield finding
