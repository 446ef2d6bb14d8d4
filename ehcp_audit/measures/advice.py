"""Section K: the advice listed, each reg. 6(1) type found or missing, and advice dates.

K comes as a list ("Appendix 3: Educational psychology advice, Dr ..., 26 September 2025"),
a table (advice | provided by | date | appended), or prose. Each block that names a type of
advice starts an entry; the short blocks after it (the other cells of a row) lend it a date,
an author and whether it is appended. Which types apply depends on the plan: advice on
preparing for adulthood from Year 9, the Virtual School Head for a looked-after child, a
specialist teacher for a hearing or vision impairment (SEND Regulations 2014 reg. 6(1)-(3)).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ehcp_audit.analysis import AnalysedPlan
from ehcp_audit.measures.dates import parse_date
from ehcp_audit.measures.patterns import PatternList, rule_data

_RULES = "thread.yaml"
_ENTRY_WORDS = 40


@functools.cache
def _types() -> dict[str, tuple[str, str | None, PatternList]]:
    spec = rule_data(_RULES).get("advice_types") or {}
    return {
        key: (
            value["label"],
            value.get("when"),
            PatternList.of(f"rules/{_RULES}", f"advice_types.{key}", value["patterns"]),
        )
        for key, value in spec.items()
    }


@functools.cache
def _conditions() -> dict[str, PatternList]:
    spec = rule_data(_RULES).get("advice_conditions") or {}
    return {k: PatternList.of(f"rules/{_RULES}", k, v) for k, v in spec.items()}


def _clean(text: str) -> str:
    """The text without "shared with the parents" and the like, which name readers, not
    authors of advice."""
    return re.sub(rule_data(_RULES).get("advice_not_from", r"$^"), " ", text, flags=re.I)


def _types_in(text: str) -> list[str]:
    cleaned = _clean(text)
    return [key for key, (_, _, pattern) in _types().items() if pattern.any(cleaned)]


def applicable(analysed: AnalysedPlan, year_group: int | None, age: int | None) -> dict[str, bool]:
    sections = analysed.sections
    context = " ".join(sections[k].text for k in ("A", "B", "C", "D") if k in sections)
    context += " " + analysed.front.text
    return {
        "year9": (year_group is not None and year_group >= 9) or (age is not None and age >= 14),
        "looked_after": _conditions()["looked_after"].any(context),
        "sensory_impairment": _conditions()["sensory_impairment"].any(
            " ".join(sections[k].text for k in ("B", "C") if k in sections)
        ),
    }


def measure_advice(
    analysed: AnalysedPlan, year_group: int | None, age: int | None
) -> dict[str, Any] | None:
    section = analysed.sections.get("K")
    if section is None:
        return None
    entries: list[dict[str, Any]] = []
    appended = re.compile("|".join(rule_data(_RULES).get("advice_appended", [r"$^"])), re.I)
    for unit in section.units:
        text = unit.text.strip()
        if not text:
            continue
        kinds = _types_in(text)
        date = parse_date(text)
        if kinds:
            entries.append(
                {
                    "types": kinds,
                    "received": not re.search(
                        rule_data(_RULES).get("advice_not_received", r"$^"), text, re.I
                    ),
                    "location": unit.block.location.to_dict(),
                    "date": date[0].isoformat() if date else None,
                    "appended": True if appended.search(text) else None,
                    "text": text,
                }
            )
        elif entries and len(text.split()) <= _ENTRY_WORDS:
            last = entries[-1]
            if date and last["date"] is None:
                last["date"] = date[0].isoformat()
            elif re.fullmatch(r"(?:yes|y|appended|attached)\.?", text, re.I):
                last["appended"] = True
            elif re.fullmatch(r"(?:no|n|not appended|not attached)\.?", text, re.I):
                last["appended"] = False
    conditions = applicable(analysed, year_group, age)
    found: dict[str, bool] = {}
    missing: list[dict[str, str]] = []
    received = [e for e in entries if e["received"]]
    whole = " ".join(e["text"] for e in received)
    for key, (label, when, _) in _types().items():
        if when and not conditions.get(when, False):
            continue
        present = any(key in e["types"] for e in received) or key in _types_in(whole)
        found[key] = present
        if not present:
            awaited = any(key in e["types"] for e in entries)
            missing.append(
                {"type": key, "label": label + (" (listed as not received)" if awaited else "")}
            )
    return {
        "entries": entries,
        "types": found,
        "missing": missing,
        "dated_share": round(sum(1 for e in entries if e["date"]) / len(entries), 3)
        if entries
        else None,
    }
