"""The DfE national template layout: per area of need one table whose columns are needs (B),
provision (F) and outcomes (E); C | G | E and D | H1 | H2 | E tables; A in A1 and A2; K as a
table of advice. Built with python-docx (``national_template.py``)."""

from __future__ import annotations

import pytest
from national_template import AREAS, HEALTH, SOCIAL, build_national_plan

from ehcp_audit.readers import read_document
from ehcp_audit.split import SectionRules, split


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = build_national_plan(tmp_path_factory.mktemp("national") / "national.docx")
    return split(read_document(path), SectionRules.load())


def texts(plan, key):
    return [b.text for b in plan.sections[key].blocks]


def test_every_section_found_nothing_missing(plan):
    assert plan.is_ehcp
    assert plan.missing == []
    assert sorted(plan.sections) == sorted(
        ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
    )


def test_each_cell_goes_to_its_columns_section(plan):
    for rows in AREAS.values():
        for need, provision, outcome in rows:
            assert need in texts(plan, "B") and need not in texts(plan, "F")
            assert provision in texts(plan, "F") and provision not in texts(plan, "E")
            assert outcome in texts(plan, "E") and outcome not in texts(plan, "B")
    ((need, provision, outcome),) = HEALTH
    assert (
        need in texts(plan, "C") and provision in texts(plan, "G") and outcome in texts(plan, "E")
    )
    ((need, h1, h2, outcome),) = SOCIAL
    assert need in texts(plan, "D") and h1 in texts(plan, "H1") and h2 in texts(plan, "H2")
    assert h1 not in texts(plan, "H2") and outcome in texts(plan, "E")


def test_row_link_joins_the_cells_of_one_row(plan):
    by_text = {b.text: b for s in plan.sections.values() for b in s.blocks}
    links = set()
    for rows in [*AREAS.values(), HEALTH, SOCIAL]:
        for row in rows:
            row_links = {by_text[cell].row_link for cell in row}
            assert len(row_links) == 1 and None not in row_links, row
            links |= row_links
    assert len(links) == sum(len(rows) for rows in AREAS.values()) + len(HEALTH) + len(SOCIAL)


def test_area_is_the_tables_area_of_need(plan):
    by_text = {b.text: b for s in plan.sections.values() for b in s.blocks}
    for area, rows in AREAS.items():
        for row in rows:
            assert {by_text[cell].area for cell in row} == {area}
    assert by_text[HEALTH[0][0]].area == "Health"


def test_a1_and_a2_fold_into_a_and_k_advice_table_stays_in_k(plan):
    assert "I love drawing horses" in plan.sections["A"].text
    assert "Educational psychologist" in texts(plan, "K")
    assert all(b.row_link is None for b in plan.sections["K"].blocks)


def test_ordinary_tables_are_not_read_as_national_rows(tmp_path):
    import docx

    document = docx.Document()
    for key, title in [("A", "All about me"), ("B", "Special educational needs")]:
        document.add_heading(f"Section {key}: {title}", level=1)
        document.add_paragraph("Some text.")
    document.add_heading("Section F: Special educational provision", level=1)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Need", "Provision", "Frequency"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["Reading", "1:1 phonics with a TA", "Daily"], strict=True
    ):
        cell.text = text
    for key in "CDEGHIJK":
        document.add_heading(f"Section {key}", level=1)
        document.add_paragraph("Some text.")
    path = tmp_path / "ordinary.docx"
    document.save(str(path))
    plan = split(read_document(path), SectionRules.load())
    assert "Reading" in plan.sections["F"].text and "Reading" not in plan.sections["B"].text
    assert all(b.row_link is None for b in plan.sections["F"].blocks)


def test_corpus_national_sample_rows_match_the_hand_labels():
    """Sample 15's labelled rows: each cell in its section, one link per row, the row's area."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from corpus import SAMPLES, expected_for

    path = SAMPLES / "15_national_tables.docx"
    if not path.exists():
        pytest.skip("national-template sample not in this checkout")
    plan = split(read_document(path), SectionRules.load())
    seen_links = []
    for row in expected_for(path)["labels"]["national_rows"]:
        links = set()
        for cell in row["cells"]:
            found = [b for b in plan.sections[cell["section"]].blocks if b.text == cell["text"]]
            assert found, (cell["section"], cell["text"][:50])
            assert found[0].area == row["area"], (cell["text"][:50], found[0].area)
            links.add(found[0].row_link)
        assert len(links) == 1 and None not in links, row["area"]
        seen_links.append(links.pop())
    assert len(seen_links) == len(set(seen_links))


def test_corpus_national_pdf_rows_are_linked_by_column_edges():
    """Sample 26, the national template exported to PDF (no table structure): columns told
    apart by their left edge, rows by a return to the first column."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from corpus import SAMPLES, expected_for

    path = SAMPLES / "26_national_pdf.pdf"
    if not path.exists():
        pytest.skip("national-template PDF sample not in this checkout")
    plan = split(read_document(path), SectionRules.load())
    seen = []
    for row in expected_for(path)["labels"]["national_rows"]:
        links = set()
        for cell in row["cells"]:
            found = [b for b in plan.sections[cell["section"]].blocks if b.text == cell["text"]]
            assert found, (cell["section"], cell["text"][:50])
            assert found[0].area == row["area"]
            links.add(found[0].row_link)
        assert len(links) == 1 and None not in links
        seen.append(links.pop())
    assert len(seen) == len(set(seen))


def test_outcome_provision_table_under_a_joint_heading(tmp_path):
    """'Sections E and F' over Outcome | Provision | Who | How often: the outcome column to E,
    the rest of each row to F, one link per row."""
    import docx

    document = docx.Document()
    for key, title in [("A", "About me"), ("B", "Special educational needs"), ("C", "Health")]:
        document.add_heading(f"Section {key}: {title}", level=1)
        document.add_paragraph("Some text.")
    document.add_heading("Section D: Social care needs", level=1)
    document.add_paragraph("None.")
    document.add_heading("Sections E and F: My outcomes and the help to achieve them", level=1)
    table = document.add_table(rows=3, cols=4)
    header = ["Outcome", "Provision", "Who", "How often"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    rows = [
        ("By July 2027 Noor will read 40 words.", "Phonics 1:1", "Teaching assistant", "Daily"),
        ("By July 2027 Noor will join a club.", "Lunch club place", "Learning mentor", "Weekly"),
    ]
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    for key in "GHIJK":
        document.add_heading(f"Section {key}", level=1)
        document.add_paragraph("Some text.")
    path = tmp_path / "joint.docx"
    document.save(str(path))
    plan = split(read_document(path), SectionRules.load())
    e, f = texts(plan, "E"), texts(plan, "F")
    assert rows[0][0] in e and rows[0][0] not in f
    assert {"Phonics 1:1", "Teaching assistant", "Daily"} <= set(f)
    assert "Daily" not in e
    by_text = {b.text: b for s in ("E", "F") for b in plan.sections[s].blocks}
    assert by_text[rows[1][0]].row_link == by_text["Weekly"].row_link
    assert by_text[rows[0][0]].row_link != by_text["Weekly"].row_link
