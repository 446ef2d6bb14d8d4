"""What the readers make of good files: real .docx built with python-docx, real PDFs with
reportlab. Each test names the text it expects, so a reader that loses, repeats or misplaces
it fails."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ehcp_audit.model import Block, BlockKind, Document, Location
from ehcp_audit.readers import read_document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


def only(document: Document, text: str) -> Block:
    found = [block for block in document.blocks if block.text == text]
    assert len(found) == 1, f"{text!r} found {len(found)} times in {texts(document)}"
    return found[0]


def save(document, folder: Path, name: str = "plan.docx") -> Path:
    path = folder / name
    document.save(str(path))
    return path


def append_xml(document, xml: str) -> None:
    """Add raw WordprocessingML to the body, before the final section properties."""
    element = etree.fromstring(f'<w:wrap xmlns:w="{W_NS}">{xml}</w:wrap>')
    body = document.element.body
    sect = body.find(qn("w:sectPr"))
    for child in list(element):
        if sect is not None:
            sect.addprevious(child)
        else:
            body.append(child)


# --- Word ----------------------------------------------------------------------------------------


def test_heading_styles_become_headings_with_levels(tmp_path):
    d = docx.Document()
    d.add_heading("Education, Health and Care Plan", level=0)  # the Title style
    d.add_heading("Section A: All about me", level=1)
    d.add_heading("What people like about me", level=2)
    d.add_paragraph("Amelia is kind and funny.")
    result = read_document(save(d, tmp_path))
    title = only(result, "Education, Health and Care Plan")
    assert (title.kind, title.heading_level) == (BlockKind.HEADING, 1)
    h1 = only(result, "Section A: All about me")
    assert (h1.kind, h1.heading_level) == (BlockKind.HEADING, 1)
    h2 = only(result, "What people like about me")
    assert (h2.kind, h2.heading_level) == (BlockKind.HEADING, 2)
    body = only(result, "Amelia is kind and funny.")
    assert (body.kind, body.heading_level, body.emphasised) == (BlockKind.PARAGRAPH, None, False)
    assert texts(result) == [
        "Education, Health and Care Plan",
        "Section A: All about me",
        "What people like about me",
        "Amelia is kind and funny.",
    ]
    assert [b.location for b in result.blocks] == [Location(paragraph=n) for n in (1, 2, 3, 4)]


def test_bold_short_body_paragraphs_are_emphasised(tmp_path):
    d = docx.Document()
    d.add_paragraph().add_run("Section B: Special educational needs").bold = True
    long_bold = " ".join(["word"] * 30)
    d.add_paragraph().add_run(long_bold).bold = True
    mixed = d.add_paragraph()
    mixed.add_run("Partly bold ").bold = True
    mixed.add_run("and partly not")
    d.add_paragraph("Plain sentence about reading.")
    d.add_paragraph("Bullet about maths", style="List Bullet")
    result = read_document(save(d, tmp_path))
    bold = only(result, "Section B: Special educational needs")
    assert bold.emphasised and bold.kind is BlockKind.PARAGRAPH and bold.looks_like_heading
    assert not only(result, long_bold).emphasised
    assert not only(result, "Partly bold and partly not").emphasised
    assert not only(result, "Plain sentence about reading.").emphasised
    assert only(result, "Bullet about maths").kind is BlockKind.LIST_ITEM


def test_tables_yield_cells_in_row_order_with_locations(tmp_path):
    d = docx.Document()
    d.add_paragraph("Before the table.")
    table = d.add_table(rows=2, cols=3)
    for r in range(2):
        for c in range(3):
            table.cell(r, c).text = f"row {r + 1} col {c + 1}"
    d.add_paragraph("Between the tables.")
    second = d.add_table(rows=1, cols=1)
    second.cell(0, 0).text = "second table"
    result = read_document(save(d, tmp_path))
    cells = [b for b in result.blocks if b.kind is BlockKind.TABLE_CELL]
    assert [(b.text, b.location) for b in cells] == [
        (f"row {r} col {c}", Location(table=1, row=r, cell=c)) for r in (1, 2) for c in (1, 2, 3)
    ] + [("second table", Location(table=2, row=1, cell=1))]
    assert texts(result)[0] == "Before the table."
    assert texts(result)[7] == "Between the tables."


def test_horizontally_merged_row_is_read_once(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Outcomes for Amelia"
    for c in range(3):
        table.cell(1, c).text = f"detail {c + 1}"
    path = save(d, tmp_path)
    result = read_document(path)
    heading = only(result, "Outcomes for Amelia")
    assert heading.location == Location(table=1, row=1, cell=1)
    assert heading.emphasised  # a full-width row is how many templates mark a heading
    assert [b.text for b in result.blocks] == [
        "Outcomes for Amelia",
        "detail 1",
        "detail 2",
        "detail 3",
    ]
    # python-docx itself repeats a merged cell once per grid column: the reader must not.
    assert [c.text for c in docx.Document(str(path)).tables[0].rows[0].cells].count(
        "Outcomes for Amelia"
    ) == 3


def test_vertically_merged_cell_is_read_once(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(2, 0)).text = "Speech and language"
    for r in range(3):
        table.cell(r, 1).text = f"provision {r + 1}"
    result = read_document(save(d, tmp_path))
    assert only(result, "Speech and language").location == Location(table=1, row=1, cell=1)
    assert texts(result) == ["Speech and language", "provision 1", "provision 2", "provision 3"]
    assert only(result, "provision 3").location == Location(table=1, row=3, cell=2)


def test_nested_table_text_is_located_in_its_outer_cell(tmp_path):
    d = docx.Document()
    outer = d.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "Need"
    holder = outer.cell(0, 1)
    holder.text = "See the table:"
    inner = holder.add_table(rows=2, cols=2)
    for r in range(2):
        for c in range(2):
            inner.cell(r, c).text = f"inner {r + 1}.{c + 1}"
    outer.cell(1, 0).text = "Next row"
    result = read_document(save(d, tmp_path))
    assert texts(result)[:6] == [
        "Need",
        "See the table:",
        "inner 1.1",
        "inner 1.2",
        "inner 2.1",
        "inner 2.2",
    ]
    for r in (1, 2):
        for c in (1, 2):
            block = only(result, f"inner {r}.{c}")
            assert block.location == Location(table=1, row=1, cell=2)
            assert block.kind is BlockKind.TABLE_CELL
    assert only(result, "Next row").location == Location(table=1, row=2, cell=1)


def test_content_controls_are_read(tmp_path):
    d = docx.Document()
    d.add_paragraph("Section A: About me")
    append_xml(
        d,
        "<w:sdt><w:sdtPr><w:alias w:val='Child name'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Text in a block content control</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
        "<w:p><w:r><w:t xml:space='preserve'>Date of birth: </w:t></w:r>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>1 May 2015</w:t></w:r></w:sdtContent></w:sdt>"
        "</w:p>",
    )
    table = d.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)._tc
    paragraph = cell.find(qn("w:p"))
    sdt = etree.fromstring(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtContent><w:p><w:r><w:t>Control inside a cell</w:t>'
        "</w:r></w:p></w:sdtContent></w:sdt>"
    )
    paragraph.addnext(sdt)
    result = read_document(save(d, tmp_path))
    assert texts(result) == [
        "Section A: About me",
        "Text in a block content control",
        "Date of birth: 1 May 2015",
        "Control inside a cell",
    ]
    assert only(result, "Control inside a cell").location == Location(table=1, row=1, cell=1)


def test_headers_and_footers_are_not_plan_text(tmp_path):
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL-SENSITIVE header words"
    section.footer.paragraphs[0].text = "Footer words Page 1"
    d.add_paragraph("Body paragraph about Amelia.")
    result = read_document(save(d, tmp_path))
    assert texts(result) == ["Body paragraph about Amelia."]


def test_tracked_deletions_and_field_codes_are_not_plan_text(tmp_path):
    d = docx.Document()
    append_xml(
        d,
        "<w:p><w:r><w:t xml:space='preserve'>Amelia </w:t></w:r>"
        "<w:del w:id='1' w:author='x'><w:r><w:delText>never </w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='x'><w:r><w:t xml:space='preserve'>always </w:t></w:r></w:ins>"
        "<w:r><w:t>enjoys music.</w:t></w:r></w:p>"
        "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText xml:space='preserve'> HYPERLINK \"http://x\" </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>the local offer</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>",
    )
    result = read_document(save(d, tmp_path))
    assert texts(result) == ["Amelia always enjoys music.", "the local offer"]


def test_docx_blocks_carry_style_name_and_list_level(tmp_path):
    d = docx.Document()
    d.add_paragraph("An outcome written as a paragraph.")
    d.add_paragraph("A target as a bullet", style="List Bullet")
    d.add_paragraph("A sub-target", style="List Bullet 2")
    append_xml(
        d,
        "<w:p><w:pPr><w:numPr><w:ilvl w:val='2'/><w:numId w:val='1'/></w:numPr></w:pPr>"
        "<w:r><w:t>Numbered at level three</w:t></w:r></w:p>",
    )
    result = read_document(save(d, tmp_path))
    shapes = [(b.text, b.kind, b.style, b.list_level) for b in result.blocks]
    assert shapes == [
        ("An outcome written as a paragraph.", BlockKind.PARAGRAPH, None, None),
        ("A target as a bullet", BlockKind.LIST_ITEM, "List Bullet", None),
        ("A sub-target", BlockKind.LIST_ITEM, "List Bullet 2", None),
        ("Numbered at level three", BlockKind.LIST_ITEM, None, 2),
    ]
    assert result.blocks[1].shape != result.blocks[2].shape


def test_main_part_is_found_through_package_relationships(tmp_path):
    """Some tools name the main part word/document2.xml; the package relationships say so."""
    d = docx.Document()
    d.add_heading("Section A: About me", level=1)
    d.add_paragraph("Amelia likes horses.")
    original = save(d, tmp_path, "original.docx")
    renamed = tmp_path / "renamed.docx"
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(renamed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            name = info.filename
            if name in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"/word/document.xml", b"/word/document2.xml").replace(
                    b'Target="word/document.xml"', b'Target="word/document2.xml"'
                )
            name = name.replace("document.xml", "document2.xml")
            target.writestr(name, data, zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(renamed) as check:
        assert "word/document.xml" not in check.namelist()
    result = read_document(renamed)
    assert texts(result) == ["Section A: About me", "Amelia likes horses."]
    assert result.blocks[0].heading_level == 1  # styles found through document2.xml.rels


# --- PDF -----------------------------------------------------------------------------------------

CHILD = "Amelia Jones (DOB 01/05/2015)"


def running_pdf(folder: Path, pages: int = 3) -> Path:
    """Pages with a running header, the child's name, a footer and body text; a paragraph runs
    from page 1 onto page 2."""
    path = folder / "running.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n in range(1, pages + 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, height - 28, "OFFICIAL-SENSITIVE")
        pdf.drawString(72, height - 44, CHILD)  # its own line, under the marking
        pdf.drawCentredString(width / 2, 24, f"Page {n} of {pages}")
        if n == 1:
            pdf.setFont("Helvetica-Bold", 14)
            pdf.drawString(72, 740, "Section B: Special educational needs")
            pdf.setFont("Helvetica", 11)
            pdf.drawString(72, 712, "Amelia reads well and enjoys stories about animals.")
            pdf.drawString(72, 698, "She can write a short paragraph on her own.")
            pdf.drawString(72, 640, "\u2022 She likes working with a partner.")
            # The last body line on the page, continued at the top of page 2.
            pdf.drawString(
                72, 120, "Amelia finds it hard to concentrate when the room is noisy and"
            )
        elif n == 2:
            pdf.setFont("Helvetica", 11)
            pdf.drawString(72, 760, "needs a quiet space to work in.")
            pdf.drawString(72, 700, f"{CHILD.split(' (')[0]} has speech and language therapy.")
        else:
            pdf.setFont("Helvetica", 11)
            pdf.drawString(72, 700, f"Text on page {n}.")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def running(tmp_path) -> Document:
    return read_document(running_pdf(tmp_path))


def test_pdf_running_header_footer_and_child_name_are_removed(running):
    joined = "\n".join(texts(running))
    assert "OFFICIAL-SENSITIVE" not in joined
    assert "DOB" not in joined
    assert "Page 1 of 3" not in joined and "of 3" not in joined
    assert running.removed_lines == 9  # three margin lines on each of three pages
    assert "Amelia Jones has speech and language therapy." in texts(running)
    assert running.pages == 3 and running.format == "pdf"


def test_pdf_body_text_stays_and_lines_join_into_paragraphs(running):
    assert texts(running) == [
        "Section B: Special educational needs",
        "Amelia reads well and enjoys stories about animals. "
        "She can write a short paragraph on her own.",
        "\u2022 She likes working with a partner.",
        "Amelia finds it hard to concentrate when the room is noisy and "
        "needs a quiet space to work in.",
        "Amelia Jones has speech and language therapy.",
        "Text on page 3.",
    ]


def test_pdf_bold_line_is_emphasised_heading(running):
    heading = only(running, "Section B: Special educational needs")
    assert heading.kind is BlockKind.HEADING and heading.emphasised
    body = running.blocks[1]
    assert body.kind is BlockKind.PARAGRAPH and not body.emphasised
    assert only(running, "\u2022 She likes working with a partner.").kind is BlockKind.LIST_ITEM


def test_pdf_page_numbers_in_locations(running):
    pages = {block.text: block.location.page for block in running.blocks}
    assert pages["Section B: Special educational needs"] == 1
    assert pages["Amelia Jones has speech and language therapy."] == 2
    assert pages["Text on page 3."] == 3
    # A paragraph joined across a page break starts where it starts.
    joined = next(b for b in running.blocks if b.text.startswith("Amelia finds it hard"))
    assert joined.location == Location(page=1)


def test_pdf_sentence_ending_at_page_break_is_not_joined(tmp_path):
    path = tmp_path / "two.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 120, "This sentence ends on page one.")
    pdf.showPage()
    pdf.drawString(72, 760, "another sentence starts on page two.")
    pdf.showPage()
    pdf.save()
    result = read_document(path)
    assert texts(result) == [
        "This sentence ends on page one.",
        "another sentence starts on page two.",
    ]
    assert [b.location.page for b in result.blocks] == [1, 2]


def test_pdf_blocks_carry_their_left_indent(tmp_path):
    path = tmp_path / "indents.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 700, "Outcome: Amelia will read a short book on her own.")
    pdf.drawString(90, 670, "\u2022 Target: read ten new words each week.")
    pdf.drawString(90, 640, "\u2022 Target: retell a story in order.")
    pdf.showPage()
    pdf.save()
    result = read_document(path)
    assert [(b.kind, b.indent) for b in result.blocks] == [
        (BlockKind.PARAGRAPH, 72.0),
        (BlockKind.LIST_ITEM, 90.0),
        (BlockKind.LIST_ITEM, 90.0),
    ]
    assert result.blocks[0].shape != result.blocks[1].shape == result.blocks[2].shape


def test_same_file_read_twice_gives_equal_blocks(tmp_path):
    d = docx.Document()
    d.add_heading("Section E: Outcomes", level=1)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "By July 2026"
    table.cell(0, 1).text = "Amelia will read 50 words"
    path = save(d, tmp_path)
    first, second = read_document(path), read_document(path)
    assert first.blocks == second.blocks
    assert copy.deepcopy(first.blocks) == first.blocks
