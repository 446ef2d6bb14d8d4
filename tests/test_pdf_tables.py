"""Tables in a PDF plan (no table structure in the file): the reader cuts a line at column
gaps, reads each table's cells with table/row/cell locations like a Word table's, and the
measures then find one statement per row with its figures, as they do in a Word table."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings
from ehcp_audit.model import BlockKind
from ehcp_audit.readers import read_document

PROVISION = [
    ["Provision", "Frequency", "Delivered by", "Group size"],
    [
        "Speech and language therapy programme to build vocabulary and narrative skills",
        "Once a week, 30 minutes",
        "Teaching assistant trained by the speech and language therapist",
        "Small group",
    ],
    ["Social skills group", "Twice a week, 20 minutes", "Learning mentor", "Group of 4"],
    [
        "Handwriting programme with daily fine motor practice and a sloping board",
        "15 minutes a day",
        "Teaching assistant",
        "1:1",
    ],
]
OUTCOMES = [
    ["Outcome", "By when"],
    [
        "Ava will read aloud a short passage of 100 words with no more than five errors.",
        "July 2027",
    ],
    ["Ava will ask an adult for help in lessons at least twice a day.", "End of summer term 2026"],
    [
        "Ava will write three sentences independently using capital letters and full stops.",
        "December 2026",
    ],
]
ADVICE = [
    ["Date", "From whom", "Appended"],
    ["12 January 2026", "Educational psychologist", "Yes"],
    ["20 January 2026", "Speech and language therapist", "Yes"],
    ["3 February 2026", "Ava's parents", "Yes"],
]
SECTIONS = [
    ("Section A: Information about the child", "Ava is nine and loves swimming and drawing."),
    ("Section B: Special educational needs", "Ava has a speech and language difficulty."),
    ("Section C: Health needs", "No health needs have been identified."),
    ("Section D: Social care needs", "No social care needs have been identified."),
]
LATER = [
    ("Section G: Health provision", "None."),
    ("Section H1: Social care provision under section 2", "None."),
    ("Section H2: Other social care provision", "None."),
    ("Section I: Placement", "Oakfield Primary School."),
    ("Section J: Personal budget", "No personal budget has been requested."),
]


def _table(rows: list[list[str]], widths: list[float], style) -> Table:
    table = Table([[Paragraph(text, style) for text in row] for row in rows], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ]
        )
    )
    return table


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory) -> Path:
    """A council case-management export: headings in bold, tables ruled, the first column
    wrapped over two or three lines in some rows."""
    path = tmp_path_factory.mktemp("pdf_tables") / "plan.pdf"
    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading2"]
    story = []
    for title, text in SECTIONS:
        story += [Paragraph(title, heading), Paragraph(text, body)]
    story += [Paragraph("Section E: Outcomes", heading), _table(OUTCOMES, [330, 140], body)]
    story += [
        Paragraph("Section F: Special educational provision", heading),
        Paragraph("Oakfield Primary School will provide the following.", body),
        _table(PROVISION, [180, 100, 120, 70], body),
    ]
    for title, text in LATER:
        story += [Paragraph(title, heading), Paragraph(text, body)]
    story += [
        Paragraph("Section K: Advice and information", heading),
        _table(ADVICE, [120, 220, 80], body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.fixture(scope="module")
def result(plan_pdf):
    return audit_file(plan_pdf, Settings())


def _cells(path: Path) -> dict[tuple[int, int, int], str]:
    blocks = read_document(path).blocks
    return {
        (b.location.table, b.location.row, b.location.cell): b.text
        for b in blocks
        if b.kind is BlockKind.TABLE_CELL
    }


def test_each_table_cell_is_its_own_block_located_by_row_and_column(plan_pdf):
    cells = _cells(plan_pdf)
    tables = sorted({table for table, _, _ in cells})
    assert len(tables) == 3  # outcomes, provision, advice: none run into another
    for table, rows in zip(tables, (OUTCOMES, PROVISION, ADVICE), strict=True):
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row, start=1):
                assert cells[(table, r, c)] == text, (table, r, c)


def test_paragraphs_around_tables_are_not_cells(plan_pdf):
    blocks = read_document(plan_pdf).blocks
    intro = [b for b in blocks if b.text.startswith("Oakfield Primary School will provide")]
    assert len(intro) == 1 and intro[0].kind is not BlockKind.TABLE_CELL
    assert intro[0].text == "Oakfield Primary School will provide the following."


def test_provision_row_is_one_statement_with_its_figures(result):
    assert len(result.provision) == 3, [r["text"] for r in result.provision]
    speech = next(r for r in result.provision if r["text"].startswith("Speech and language"))
    assert speech["weekly_minutes"] == 30
    assert speech["who_specified"]
    social = next(r for r in result.provision if r["text"].startswith("Social skills"))
    assert social["weekly_minutes"] == 40
    assert social["who_specified"]
    handwriting = next(r for r in result.provision if r["text"].startswith("Handwriting"))
    assert handwriting["weekly_minutes"] == 75


def test_outcome_row_takes_its_by_when_cell(result):
    assert len(result.outcomes) == 3, [o["text"] for o in result.outcomes]
    assert all(o["time_bound"] for o in result.outcomes), [
        (o["text"], o["time_bound"]) for o in result.outcomes
    ]


def test_advice_table_rows_stay_apart(plan_pdf):
    cells = _cells(plan_pdf)
    advice = max(table for table, _, _ in cells)
    rows = {row for table, row, _ in cells if table == advice}
    assert rows == {1, 2, 3, 4}
    assert cells[(advice, 3, 2)] == "Speech and language therapist"


@pytest.mark.parametrize("name", ["20_two_column.pdf", "03_running_headers.pdf"])
def test_layouts_without_tables_give_no_cells(name):
    """Two text columns share baselines, and a running header sets the council's name far
    from the plan's title: neither is a table."""
    path = Path(__file__).parent.parent / "corpus_samples" / name
    if not path.exists():
        pytest.skip("sample not in this checkout")
    assert not any(b.kind is BlockKind.TABLE_CELL for b in read_document(path).blocks)
