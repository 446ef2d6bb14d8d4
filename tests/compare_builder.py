"""Small plans for the comparison tests, built as real .docx files with python-docx.

Provision is rendered from figures (sessions a week, minutes, who, group), as prose in one of
several shapes or as a provision table (Provision | Frequency | Duration | Delivered by | Group
size), so a test can plant one change and know what the tool should find.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path

import docx

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


@dataclass(frozen=True)
class Item:
    activity: str
    count: int | None  # sessions a week; None: "regular"
    minutes: int
    who: str
    group: str
    hedge: str = ""  # "up to", "as required"


ITEMS = (
    Item("speech and language therapy", 3, 30, "an HCPC-registered speech and language therapist", "1:1"),
    Item("phonics intervention", 5, 20, "a trained teaching assistant", "a group of 3"),
    Item("ELSA work on naming and managing feelings", 1, 30, "an emotional literacy support assistant", "1:1"),
    Item("fine motor skills programme", 2, 15, "a teaching assistant", "a group of 4"),
    Item("precision teaching of number facts", 4, 10, "a qualified teacher", "1:1"),
)  # fmt: skip
EXTRA = Item("social communication group work", 2, 45, "a specialist teacher", "a group of 6")

# What a planted change does to one item, and the kind the tool should report.
CHANGES = {
    "fewer sessions": ("reduced", lambda i: replace(i, count=max(1, i.count - 2) if i.count > 1 else None) if i.count > 1 else replace(i, minutes=i.minutes // 2)),
    "shorter sessions": ("reduced", lambda i: replace(i, minutes=i.minutes // 2)),
    "larger group": ("reduced", lambda i: replace(i, group="a group of 8")),
    "less qualified": ("reduced", lambda i: replace(i, who="an adult")),
    "regular": ("vaguer", lambda i: replace(i, count=None)),
    "up to": ("vaguer", lambda i: replace(i, hedge="up to")),
    "as required": ("vaguer", lambda i: replace(i, hedge="as required")),
    "small group": ("vaguer", lambda i: replace(i, group="a small group")),
    "more sessions": ("increased", lambda i: replace(i, count=i.count + 2)),
}  # fmt: skip


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def prose(item: Item, shape: int) -> str:
    group = {"1:1": "1:1", "a small group": "a small group"}.get(item.group, item.group)
    if item.count is None:
        often = "regular"
        lead = f"Regular {item.minutes}-minute sessions"
    else:
        often = f"{item.count} times a week"
        noun = "session" if item.count == 1 else "sessions"
        lead = f"{_cap(WORDS[item.count])} {item.minutes}-minute {noun} per week"
    if item.hedge == "up to":
        lead = "Up to " + lead[0].lower() + lead[1:]
        often = "up to " + often
    tail = " as required" if item.hedge == "as required" else ""
    if shape == 0:
        return f"{lead} of {item.activity} ({group}), delivered by {item.who}{tail}."
    if shape == 1:
        return f"{_cap(item.activity)} for {item.minutes} minutes, {often}, in {group}, delivered by {item.who}{tail}."
    return f"{_cap(item.who)} will deliver {item.activity} ({group}) for {item.minutes} minutes, {often}{tail}."


def table_row(item: Item) -> list[str]:
    often = "Regular" if item.count is None else f"{item.count} x per week"
    if item.hedge == "up to":
        often = "Up to " + often.lower()
    if item.hedge == "as required":
        often += ", as required"
    return [_cap(item.activity), often, f"{item.minutes} minutes", _cap(item.who), item.group]


NEEDS = (
    "Communication and interaction",
    "{n} finds it hard to follow spoken instructions with more than two steps.",
    "{n} has a limited expressive vocabulary for his age.",
    "Cognition and learning",
    "{n} is working below age-related expectations in reading and phonics.",
    "{n} finds it hard to recall number facts.",
    "Social, emotional and mental health",
    "{n} becomes anxious at transitions and finds it hard to name his feelings.",
    "Sensory and physical",
    "{n} has weak fine motor skills and tires quickly when writing.",
)
OUTCOMES = (
    "By July 2026, {n} will follow a three-step spoken instruction in class in 4 out of 5 lessons.",
    "By the end of the spring term 2026, {n} will read 40 common exception words correctly.",
    "By July 2026, {n} will name how he is feeling using a feelings chart in 3 out of 4 check-ins.",
)


def build_plan(
    path: Path,
    items: list[Item],
    form: str = "prose",
    shape: int = 0,
    name: str = "Sam Jones",
    dob: str = "3 March 2016",
    outcomes: tuple[str, ...] = OUTCOMES,
    needs: tuple[str, ...] = NEEDS,
) -> Path:
    first = name.split()[0]
    document = docx.Document()
    document.add_paragraph(f"Name: {name}")
    document.add_paragraph(f"Date of birth: {dob}")
    document.add_heading("Section A: All about me", level=1)
    document.add_paragraph(f"{first} loves building with bricks and going swimming with his dad.")
    document.add_heading("Section B: Special educational needs", level=1)
    for line in needs:
        if line.endswith("."):
            document.add_paragraph(line.format(n=first))
        else:
            document.add_heading(line, level=2)
    document.add_heading("Section E: Outcomes", level=1)
    for line in outcomes:
        document.add_paragraph(line.format(n=first))
    document.add_heading("Section F: Special educational provision", level=1)
    if form == "table":
        table = document.add_table(rows=1, cols=5)
        for cell, label in zip(
            table.rows[0].cells,
            ("Provision", "Frequency", "Duration", "Delivered by", "Group size"),
            strict=True,
        ):
            cell.text = label
        for item in items:
            for cell, value in zip(table.add_row().cells, table_row(item), strict=True):
                cell.text = value
    else:
        for item in items:
            document.add_paragraph(prose(item, shape))
    document.add_heading("Section I: Placement", level=1)
    document.add_paragraph("Hollin Lane Primary School, a mainstream primary school.")
    document.save(str(path))
    return path


def shuffled(items: list[Item], seed: int) -> list[Item]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy
