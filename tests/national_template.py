"""A plan in the DfE national template's shape (standardisation pilot), built with python-docx.

Per area of need one table: a shaded full-width title row, a header row naming the sections of
its columns (needs B | provision F | outcomes E), then one row per need. Health is a C | G | E
table, social care a D | H1 | H2 | E table; A is split into A1 and A2; K is a table of advice
(date, from whom, appended or not). All content is fictional.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

AREAS = {
    "Communication and interaction": [
        (
            "Mia finds it hard to follow instructions of more than two steps.",
            "Three 20-minute sessions a week of small-group language work (up to 4 pupils) "
            "with a trained teaching assistant.",
            "By July 2027 Mia will follow a three-step instruction in 4 out of 5 lessons.",
        ),
        (
            "Mia rarely starts a conversation with other children.",
            "A daily 15-minute structured play session led by a teaching assistant.",
            "By the end of the spring term Mia will start a game with a friend twice a week.",
        ),
    ],
    "Cognition and learning": [
        (
            "Mia reads at a level about two years below her age.",
            "A daily 20-minute 1:1 phonics session with a trained teaching assistant.",
            "By July 2027 Mia will read 40 common exception words correctly.",
        ),
    ],
}
HEALTH = [
    (
        "Mia has epilepsy, controlled by medication taken at home.",
        "An individual health care plan reviewed each term by the school nurse.",
        "Mia will tell an adult when she feels unwell in 9 out of 10 cases by July 2027.",
    )
]
SOCIAL = [
    (
        "Mia's family need support with overnight care.",
        "Help in the home for two hours a week from a personal assistant.",
        "A short break of one weekend a month at a local residential service.",
        "By July 2027 Mia will stay overnight away from home once a month without distress.",
    )
]


def _shade(cell, fill: str = "D9E2F3") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _table(document, title: str | None, header: list[str], rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=0, cols=len(header))
    if title:
        merged = table.add_row().cells
        cell = merged[0].merge(merged[-1])
        cell.text = title
        _shade(cell)
    for cell, label in zip(table.add_row().cells, header, strict=True):
        cell.text = label
        _shade(cell, "F2F2F2")
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def build_national_plan(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Education, Health and Care Plan")
    document.add_paragraph("Name: Mia Clarke")
    document.add_heading("Section A1: About me, my history and how I communicate", level=1)
    document.add_paragraph("I live with my mum and my brother. I talk using short sentences.")
    document.add_heading("Section A2: My views, interests, strengths and aspirations", level=1)
    document.add_paragraph("I love drawing horses. When I grow up I want to work with animals.")
    document.add_heading(
        "Sections B, F and E: Special educational needs, provision and outcomes", level=1
    )
    for area, rows in AREAS.items():
        _table(
            document,
            area,
            ["Special educational needs (B)", "Special educational provision (F)", "Outcomes (E)"],
            rows,
        )
    document.add_heading("Sections C, G and E: Health", level=1)
    _table(document, "Health", ["Health needs (C)", "Health provision (G)", "Outcomes (E)"], HEALTH)
    document.add_heading("Sections D, H1, H2 and E: Social care", level=1)
    _table(
        document,
        "Social care",
        [
            "Social care needs (D)",
            "Social care provision (H1)",
            "Social care provision (H2)",
            "Outcomes (E)",
        ],
        SOCIAL,
    )
    document.add_heading("Section I: Placement", level=1)
    document.add_paragraph("Brookside Primary School, a mainstream primary school.")
    document.add_heading("Section J: Personal budget", level=1)
    document.add_paragraph("No personal budget has been requested.")
    document.add_heading("Section K: Advice and information", level=1)
    _table(
        document,
        None,
        ["Date", "Advice from", "Appended"],
        [
            ("3 March 2026", "Educational psychologist", "Yes"),
            ("10 March 2026", "Speech and language therapist", "Yes"),
        ],
    )
    document.save(str(path))
    return path
