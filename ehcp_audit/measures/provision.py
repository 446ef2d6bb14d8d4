"""Section F: split provision into statements and check each is specified and quantified.

A statement is a list item, a prose paragraph, or one row of a provision table (its cells read
together, so "Frequency" and "Delivered by" columns count for the row). Sub-headings, table
column labels and introductions ("The provision below ...") are not statements.

For each statement (patterns in ``rules/provision.yaml``):

- quantified: commits to how often (daily, "3 x per week", "each lesson") or how long or how
  much ("30 minutes", "full-time", "a block of 6 sessions"), not hedged by "up to", "as
  required" or "whenever"; ``fully_quantified`` when it says both, as sessions should;
- who: names a role or qualification (teaching assistant, HCPC-registered SALT); "key adult",
  "staff" and "an adult" do not count;
- group size: "1:1", "a group of 4", "individual"; "small group" with no number is vague;
- vague terms: every phrase from DOMAIN.md's list that appears ("access to", "as required" ...).

Teaching-assistant hours are added up from statements that name a TA role and state hours or
minutes per week or per day (a day counts as 5 per week); "full-time" counts 32.5 hours. The
figure is an estimate and is labelled as one.
"""

from __future__ import annotations

import re
from typing import Any

from ehcp_audit.analysis import AnalysedSection
from ehcp_audit.measures.patterns import blank_out, literal_list, patterns, rule_data

_RULES = "provision.yaml"
_INTRO = re.compile(
    r"^(the (following |special educational )?provision (below|set out|in this section|described)|this section|"
    r"the following (strategies|provision|support|arrangements|adjustments) (are|is|will)|"
    r"all (of the )?provision|the provision (will|is|must)|provision (will|is) (reviewed|monitored)|"
    r"the school will (use|follow) the|these (arrangements|provisions?) )",
    re.I,
)
_MONTH_MAY = re.compile(
    r"\bmay\s+(20\d\d|\d{1,2}(st|nd|rd|th)?)\b|\b\d{1,2}(st|nd|rd|th)?\s+may\b", re.I
)
_FULL_TIME_HOURS = 32.5
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
    "twice": 2,
    "once": 1,
}


def _is_label(text: str) -> bool:
    return len(text.split()) <= 6 and patterns(_RULES, "table_labels").any(text.strip())


def extract_statements(section: AnalysedSection) -> list[tuple[str, dict[str, int]]]:
    statements: list[tuple[str, dict[str, int]]] = []
    rows: dict[tuple[int, int], list[str]] = {}
    row_loc: dict[tuple[int, int], dict[str, int]] = {}
    header_rows: set[tuple[int, int]] = set()
    order: list[tuple[str, Any]] = []
    for unit in section.units:
        loc = unit.block.location
        text = unit.text.strip()
        if loc.table is not None and loc.row is not None:
            key = (loc.table, loc.row)
            if key not in rows:
                rows[key] = []
                row_loc[key] = loc.to_dict()
                order.append(("row", key))
            rows[key].append(text)
            continue
        if unit.block.looks_like_heading and not unit.prose:
            continue
        if not unit.prose and len(text.split()) < 4:
            continue
        order.append(("unit", (text, loc.to_dict())))
    for key, cells in rows.items():
        if cells and all(_is_label(t) for t in cells):
            header_rows.add(key)  # "Provision | Frequency | Delivered by | Group size"
    for kind, item in order:
        if kind == "row":
            if item in header_rows:
                continue
            content = [t for t in rows[item] if t]
            if (
                len(content) == 1
                and len(content[0].split()) <= 8
                and not re.search(r"\d", content[0])
            ):
                continue  # a sub-heading row ("Communication and interaction")
            text = " | ".join(content)
            if text and not _INTRO.match(text):
                statements.append((text, row_loc[item]))
        else:
            text, loc = item
            if not _INTRO.match(text):
                statements.append((text, loc))
    return statements


def vague_terms(text: str) -> list[str]:
    found: list[str] = []
    sized = re.compile(rule_data(_RULES).get("sized_small_group", r"$^"), re.I)
    for m in literal_list(rule_data(_RULES).get("vague", [])).find(text):
        term = m.group(0).lower()
        if term == "may" and _MONTH_MAY.search(text[max(0, m.start() - 4) : m.end() + 8]):
            continue
        if term == "may" and text[m.start()].isupper() and m.start() > 0:
            continue  # "May" mid-sentence is the month
        if term == "small group" and sized.search(text):
            continue
        if term == "up to" and re.match(r"up to date", text[m.start() :], re.I):
            continue
        if term == "regular" and re.search(
            r"\bregular(ly)?\s+(reviewed|review|liaison|meetings?)\b", text, re.I
        ):
            continue
        if term not in found:
            found.append(term)
    return found


def ta_hours(text: str) -> float | None:
    if not patterns(_RULES, "ta_roles").any(text):
        return None
    low = text.lower()
    m = re.search(r"(\d+(?:\.\d+)?)\s*hours?\s*(?:per|a|each|every)\s+week", low)
    if m:
        return float(m.group(1))
    if re.search(r"\bfull[- ]time\b", low):
        return _FULL_TIME_HOURS
    m = re.search(
        r"(\d+|one|two|three|four|five|six|once|twice)\s*(?:x|times|sessions?(?: of)?)?\s*(\d+)[- ]?(?:minute|min)s?\b.*?\b(?:per|a|each|every)\s+week",
        low,
    )
    if m:
        count = _NUMBER_WORDS.get(m.group(1)) or float(m.group(1))
        return round(count * float(m.group(2)) / 60, 2)
    m = re.search(
        r"(\d+)[- ]?(?:minute|min)s?\b.*?\b(daily|each day|every day|per day|every school day|each school day)",
        low,
    )
    if m:
        return round(float(m.group(1)) * 5 / 60, 2)
    m = re.search(r"(\d+(?:\.\d+)?)\s*hours?\s*(?:per|a|each|every)\s+day", low)
    if m:
        return float(m.group(1)) * 5
    return None


def judge(text: str) -> dict[str, Any]:
    committed = blank_out(text, patterns(_RULES, "hedges").find(text))
    conditional = patterns(_RULES, "conditional").find(text)
    frequency = [] if conditional else patterns(_RULES, "frequency").find(committed)
    amount = patterns(_RULES, "amount").find(committed)
    if patterns("hygiene.yaml", "placeholders", 0).any(text):
        frequency = amount = []  # "XXX hours per week" commits to nothing
    who = patterns(_RULES, "who").find(blank_out(text, patterns(_RULES, "not_delivery").find(text)))
    group = patterns(_RULES, "group").find(text)
    vague = vague_terms(text)
    return {
        "quantified": bool(frequency or amount),
        "fully_quantified": bool(frequency and amount),
        "who_specified": bool(who),
        "group_size": group[0].group(0) if group else None,
        "vague_terms": vague,
        "reasons": [
            f"how often: '{frequency[0].group(0)}'"
            if frequency
            else f"how often: only '{conditional[0].group(0)}'"
            if conditional
            else "how often: not stated",
            f"how long/much: '{amount[0].group(0)}'" if amount else "how long/much: not stated",
            f"who: '{who[0].group(0)}'" if who else "who: no role or qualification named",
        ],
        "ta_hours_per_week": ta_hours(text),
    }


def measure_provision(
    section: AnalysedSection | None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    if section is None:
        return [], {"statements": 0}
    results = [
        {"text": text, **judge(text), "location": loc} for text, loc in extract_statements(section)
    ]
    n = len(results)
    hours = [r["ta_hours_per_week"] for r in results if r["ta_hours_per_week"] is not None]
    return results, {
        "statements": n,
        "quantified_share": round(sum(r["quantified"] for r in results) / n, 3) if n else None,
        "who_share": round(sum(r["who_specified"] for r in results) / n, 3) if n else None,
        "vague_statements": sum(1 for r in results if r["vague_terms"]),
        "ta_hours_per_week": round(sum(hours), 2) if hours else None,
        "ta_hours_note": "estimate from statements naming a TA role with hours or minutes"
        if hours
        else None,
    }
