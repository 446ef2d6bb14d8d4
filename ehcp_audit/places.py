"""Where a person finds each finding in the plan: ``Finding.place``.

A location such as "paragraph 101" or "table 6 row 7 cell 1" is exact but nobody can find it in
Word. After the checks have run, each finding gets a place in the plan's own terms::

    Section E, outcome 3
    Section F, provision 4 (table row 5)
    Section A, 'What is working well', sentence 2
    Section B, paragraph 4 (page 3)
    Section J (not found in the plan)

Numbers count as a reader would: outcomes and provision statements in the order the plan gives
them, table rows as Word numbers them (a header row included), sentences from the sub-heading
that starts the part of the section. For a PDF the page is added.

A place carries no plan text except a sub-heading, which is template wording ("What is working
well"); a sub-heading holding the child's name or another name the plan gives, or longer than a
label, is shown by its number instead ("sub-heading 3"). With ``--include-text`` reports add the
finding's first words (:func:`place_with_text`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ehcp_audit.model import Block, Location
from ehcp_audit.result import Finding, PlanResult

_MAX_LABEL_WORDS = 10
_FIRST_WORDS = 6


def add_places(analysed: Any, result: PlanResult) -> None:
    """Set ``place`` on every finding of ``result`` (``analysed``: the AnalysedPlan)."""
    names = _names(analysed)
    for finding in result.findings:
        if finding.place is None:
            finding.place = place_of(finding, analysed, result, names)


def place_with_text(finding: Finding, include_text: bool) -> str:
    """The place, and with ``include_text`` the first words the finding concerns."""
    place = finding.place or ""
    if include_text and finding.match:
        words = finding.match.split()
        first = " ".join(words[:_FIRST_WORDS]) + (" ..." if len(words) > _FIRST_WORDS else "")
        return f'{place}: "{first}"' if place else f'"{first}"'
    return place


def place_of(finding: Finding, analysed: Any, result: PlanResult, names: set[str]) -> str:
    key = finding.section
    label = f"Section {key}" if key else "Front page"
    if key and key in result.missing_sections:
        return f"{label} (not found in the plan)"
    if not finding.location:
        return label if key else "Whole plan"
    location = Location(**finding.location)
    page = f" (page {location.page})" if location.page is not None else ""
    summary = result.sections.get(key) if key else None
    if summary is not None and finding.location == summary.location and not finding.match:
        return f"{label}, whole section{page}"  # a finding on the section as a whole
    section = analysed.sections.get(key) if key else analysed.front
    if section is None:
        return label + page
    blocks = [unit.block for unit in section.units]
    index = _block_index(blocks, location, finding.match)
    if index is None:
        return f"{label}, heading{page}"
    item = _item(finding, result, location, key)
    table = _table_part(blocks, index)
    if item:
        return f"{label}, {item}" + (f" ({table})" if table else "") + page
    if table:
        return f"{label}, {table}{page}"
    return f"{label}, {_prose_part(section, blocks, index, finding.match, names)}{page}"


def _needle(match: str) -> str:
    """The start of a finding's match, as it appears in the text (no bullet, no '...')."""
    words = [w for w in match.replace("\u2026", " ").split() if w.strip(".")]
    while words and not any(c.isalnum() for c in words[0]):
        words.pop(0)
    return " ".join(words[:5]).rstrip(".").lower()


def _names(analysed: Any) -> set[str]:
    child = analysed.child
    found = {n for n in (child.first_name, child.surname) if n}
    if child.name:
        found.update(child.name.split())
    for mention in analysed.person_subjects:
        found.update(mention.name.split())
    return {n.lower() for n in found if len(n) > 1}


def _block_index(blocks: Sequence[Block], location: Location, match: str | None) -> int | None:
    same = [i for i, b in enumerate(blocks) if b.location == location]
    if not same:
        return None
    if match:
        needle = _needle(match)
        for i in same:
            if needle and needle in blocks[i].text.lower():
                return i
    return same[0]


def _item(finding: Finding, result: PlanResult, location: Location, key: str | None) -> str:
    """'outcome 3' or 'provision 4' when the finding is about one such record."""
    wanted = location.to_dict()
    if key == "E" and finding.code.startswith("E-"):
        records, word = result.outcomes, None
    elif key == "F" and finding.code.startswith("F-"):
        records, word = result.provision, "provision"
    else:
        return ""
    candidates = [i for i, r in enumerate(records) if r.get("location") == wanted]
    if not candidates:
        return ""
    chosen = candidates[0]
    if finding.match and len(candidates) > 1:
        needle = _needle(finding.match)
        for i in candidates:
            if needle and needle in records[i].get("text", "").lower():
                chosen = i
                break
    if word is None:  # outcomes: counted within their kind (outcome, target, ...)
        kind = records[chosen].get("kind") or "outcome"
        number = sum(1 for r in records[: chosen + 1] if (r.get("kind") or "outcome") == kind)
        return f"{kind} {number}"
    return f"{word} {chosen + 1}"


def _table_part(blocks: Sequence[Block], index: int) -> str:
    location = blocks[index].location
    if location.table is None:
        return ""
    tables = list(dict.fromkeys(b.location.table for b in blocks if b.location.table is not None))
    which = f"table {tables.index(location.table) + 1}, " if len(tables) > 1 else "table "
    return f"{which}row {location.row}"


def _prose_part(
    section: Any, blocks: Sequence[Block], index: int, match: str | None, names: set[str]
) -> str:
    """ "'What is working well', sentence 2", or "paragraph 4" when there is no sub-heading."""
    heading_at = None
    headings_before = 0
    for i in range(index, -1, -1):
        if blocks[i].looks_like_heading and not section.units[i].prose:
            heading_at = i
            headings_before = sum(
                1 for b, u in zip(blocks[:i], section.units[:i], strict=True)
                if b.looks_like_heading and not u.prose
            )  # fmt: skip
            break
    if heading_at == index:
        return _label(blocks[index].text, headings_before + 1, names)
    start = heading_at + 1 if heading_at is not None else 0
    sentence = _sentence_number(section, start, index, match)
    if heading_at is None:
        paragraph = index - start + 1
        return f"paragraph {paragraph}" + (f", sentence {sentence}" if sentence else "")
    label = _label(blocks[heading_at].text, headings_before + 1, names)
    if sentence:
        return f"{label}, sentence {sentence}"
    return f"{label}, paragraph {index - start + 1}"


def _label(text: str, number: int, names: set[str]) -> str:
    words = text.split()
    cleaned = {w.strip(".,:;?!()'\u2019").removesuffix("'s").lower() for w in words}
    if len(words) > _MAX_LABEL_WORDS or cleaned & names:
        return f"sub-heading {number}"
    return "'" + text.rstrip(":").strip() + "'"


def _sentence_number(section: Any, start: int, index: int, match: str | None) -> int | None:
    """The sentence's number counted from ``start``, or None when the unit is not prose."""
    unit = section.units[index]
    if not unit.sentences:
        return None
    before = sum(len(u.sentences) for u in section.units[start:index])
    within = 0
    if match:
        needle = _needle(match)
        for n, sentence in enumerate(unit.sentences):
            if needle and needle in sentence.text.lower():
                within = n
                break
    return before + within + 1
