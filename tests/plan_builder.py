"""Build small, clean EHCPs as real .docx files (python-docx) for rule and CLI tests.

The clean plan passes every rule; a test changes one section, or adds text to one, and checks
that the rule it is testing fires (or stays silent).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx

HEADINGS = {
    "A": "Section A: All about me",
    "B": "Section B: My special educational needs",
    "C": "Section C: My health needs",
    "D": "Section D: My social care needs",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H": "Section H: Social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}

CLEAN: dict[str, str] = {
    "front": "Name: Sam Jones\nYear group: 4",
    "A": (
        "What is important to me\nI love swimming with my dad on Saturdays.\n"
        "What is working well\nI like my teacher because she helps me.\n"
        "My hopes and aspirations\nI want to be a vet when I grow up.\n"
        "Who completed this section?\nThis section was completed with Sam and his mum; Sam's words are quoted directly."
    ),
    "B": (
        "Communication and interaction\nSam finds it hard to follow long spoken instructions and to find "
        "the words he needs when he writes. He reads common exception words slowly."
    ),
    "C": "Sam has no health needs related to his special educational needs.",
    "D": "No social care needs have been identified at this time.",
    "E": (
        "By July 2026, Sam will follow a two-step spoken instruction in class in 4 out of 5 lessons.\n"
        "By the end of the spring term 2026, Sam will read 30 common exception words correctly.\n"
        "By July 2026, Sam will use a word mat to find the words he needs in 3 out of 4 writing tasks."
    ),
    "F": (
        "Three 30-minute sessions per week of 1:1 speech and language therapy delivered by a registered "
        "speech and language therapist.\n"
        "A daily 15-minute reading session delivered by a trained teaching assistant.\n"
        "A daily 10-minute writing session with a word mat, delivered by a trained teaching assistant."
    ),
    "G": "No health provision is required at this time.",
    "H": "No social care provision is required at this time.",
    "I": "Hollin Lane Primary School, a mainstream primary school.",
    "J": "Sam's parents have not asked for a personal budget.",
    "K": (
        "Views of Sam and his parents, 3 February 2025.\n"
        "Educational advice from Hollin Lane Primary School, 10 February 2025.\n"
        "Advice from the educational psychologist, dated 1 March 2025.\n"
        "Medical advice from the community paediatrician, 14 February 2025.\n"
        "Social care advice from the children with disabilities team, 20 February 2025."
    ),
}

_SENTENCE_END = re.compile(r"[.!?]['\"\u201d)]*$")


def plan_texts(example: dict[str, Any] | None = None) -> dict[str, str | None]:
    """The clean plan with an example's changes: ``sections`` replaces (None removes) whole
    sections, ``front`` replaces the front matter, ``text`` is added to ``section``."""
    example = example or {}
    texts: dict[str, str | None] = dict(CLEAN)
    for key, value in (example.get("sections") or {}).items():
        texts[key] = value
    if "front" in example:
        texts["front"] = example["front"]
    if example.get("text"):
        key = example.get("section", "B")
        texts[key] = f"{texts.get(key) or ''}\n{example['text']}".strip()
    return texts


def build_docx(path: Path, texts: dict[str, str | None]) -> Path:
    document = docx.Document()
    for line in (texts.get("front") or "").splitlines():
        document.add_paragraph(line)
    headings = dict(HEADINGS)
    if "H1" in texts or "H2" in texts:  # separate H1 / H2 sections instead of one H
        at = list(headings).index("H") + 1
        items = list(headings.items())
        extra = [
            ("H1", "Section H1: Social care provision"),
            ("H2", "Section H2: Other social care provision"),
        ]
        headings = dict(items[:at] + extra + items[at:])
    for key, heading in headings.items():
        body = texts.get(key)
        if body is None:
            continue
        document.add_heading(heading, level=1)
        for line in body.splitlines():
            line = line.strip()
            if not line:
                continue
            if key == "A" and not _SENTENCE_END.search(line):
                document.add_heading(line, level=2)  # a sub-question
            elif key == "B" and not _SENTENCE_END.search(line):
                document.add_heading(line, level=2)
            else:
                document.add_paragraph(line)
    document.save(str(path))
    return path
