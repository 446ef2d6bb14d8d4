"""Draw held-out plans as Word files (python-docx) and PDFs (reportlab), byte-stable."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from model import Bul, Grid, P, Plan, Sub, Tbl, item_text, row_cells
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
_FIXED = dt.datetime(2025, 1, 1, 9, 0, 0)
_SHADE = "D9E2F3"


# ---------------------------------------------------------------- Word


def _shade(cell, fill: str = _SHADE) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def _bold_para(container, text: str, size: int | None = None):
    para = container.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return para


def _docx_heading(doc, text: str, style: str) -> None:
    if style == "h1":
        doc.add_paragraph(text, style="Heading 1")
    elif style == "h2":
        doc.add_paragraph(text, style="Heading 2")
    elif style in ("bold", "caps"):
        _bold_para(doc, text.upper() if style == "caps" else text, 12)
    elif style == "shaded":
        table = doc.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        cell = table.rows[0].cells[0]
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell)
    else:
        raise ValueError(style)


def _docx_sub(doc, text: str, style: str) -> None:
    if style == "bold":
        _bold_para(doc, text)
    else:
        doc.add_paragraph(text, style="Heading 2" if style == "h2" else "Heading 3")


def _fill(cell, text: str, bold: bool = False) -> None:
    cell.paragraphs[0].add_run(text).bold = bold


def _docx_table(doc, header: list[str], rows: list[list[str]], title: str = "") -> None:
    cols = len(header)
    table = doc.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    if title:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1]) if cols > 1 else cells[0]
        _fill(merged, title, bold=True)
        _shade(merged)
    cells = table.add_row().cells
    for cell, text in zip(cells, header, strict=True):
        _fill(cell, text, bold=True)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row + [""] * (cols - len(row)), strict=True):
            _fill(cell, text)
    doc.add_paragraph()


def _docx_blocks(doc, blocks, plan: Plan) -> None:
    for block in blocks:
        if isinstance(block, P):
            doc.add_paragraph(item_text(block.text))
        elif isinstance(block, Sub):
            _docx_sub(doc, block.text, plan.sub_style)
        elif isinstance(block, Bul):
            style = "List Number" if block.numbered else "List Bullet"
            for item in block.items:
                doc.add_paragraph(item_text(item), style=style)
        elif isinstance(block, (Tbl, Grid)):
            _docx_table(doc, block.header, [row_cells(r) for r in block.rows], block.title)


def _stable_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member timestamps so the output is byte-stable."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(plan: Plan, path: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = props.last_modified_by = "Held-out generator"
    props.created = props.modified = _FIXED
    props.revision = 1
    props.title = plan.title
    if not plan.is_ehcp:
        for kind, text in plan.prose:
            if kind == "h":
                doc.add_paragraph(text, style="Heading 1")
            elif kind == "h2":
                doc.add_paragraph(text, style="Heading 2")
            elif kind == "b":
                doc.add_paragraph(text, style="List Bullet")
            elif kind == "bold":
                _bold_para(doc, text)
            else:
                doc.add_paragraph(text)
    else:
        _bold_para(doc, plan.title, 16)
        if plan.front_as_table:
            _docx_table(doc, ["Details", ""], [list(r) for r in plan.front])
        else:
            for label, value in plan.front:
                doc.add_paragraph(f"{label}: {value}")
        for section in plan.sections:
            _docx_heading(doc, section.heading, plan.heading_style)
            _docx_blocks(doc, section.blocks, plan)
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue()))


# ---------------------------------------------------------------- PDF

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
_CELL_B = ParagraphStyle("cellb", parent=_CELL, fontName="Helvetica-Bold")
_HEAD = ParagraphStyle(
    "head", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6
)
_SUB = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6)
_BULLET = ParagraphStyle("bullet", parent=_BODY, leftIndent=14, bulletIndent=4)


def _para(text: str, style=_BODY, bullet: str | None = None) -> Paragraph:
    return Paragraph(escape(text), style, bulletText=bullet)


def _pdf_table(header: list[str], rows: list[list[str]], title: str = "") -> Table:
    cols = len(header)
    data: list[list[Paragraph | str]] = []
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if title:
        data.append([_para(title, _CELL_B)] + [""] * (cols - 1))
        style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue)]
    data.append([_para(h, _CELL_B) for h in header])
    for row in rows:
        data.append([_para(c, _CELL) for c in row + [""] * (cols - len(row))])
    width = 170 * mm
    table = Table(data, colWidths=[width / cols] * cols, repeatRows=1 + bool(title))
    table.setStyle(TableStyle(style))
    return table


def _pdf_heading(text: str, plan: Plan):
    if plan.heading_style == "table":
        table = Table([[_para(text, _CELL_B)]], colWidths=[170 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.lightblue),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                ]
            )
        )
        return [Spacer(1, 6), table, Spacer(1, 4)]
    return [_para(text, _HEAD)]


def _pdf_blocks(blocks) -> list:
    flow: list = []
    for block in blocks:
        if isinstance(block, P):
            flow.append(_para(item_text(block.text)))
        elif isinstance(block, Sub):
            flow.append(_para(block.text, _SUB))
        elif isinstance(block, Bul):
            for n, item in enumerate(block.items, 1):
                mark = f"{n}." if block.numbered else "\u2022"
                flow.append(_para(item_text(item), _BULLET, bullet=mark))
        elif isinstance(block, (Tbl, Grid)):
            rows = [row_cells(r) for r in block.rows]
            flow += [_pdf_table(block.header, rows, block.title), Spacer(1, 6)]
    return flow


def _numbered_canvas(plan: Plan):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._states: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._states)
            for state in self._states:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            page = self._pageNumber
            width, height = A4
            self.setFont("Helvetica-Bold", 9)
            if plan.running_header:
                self.drawString(20 * mm, height - 12 * mm, "OFFICIAL-SENSITIVE")
                self.setFont("Helvetica", 9)
                self.drawRightString(
                    width - 20 * mm,
                    height - 12 * mm,
                    f"{plan.council} \u2013 Education, Health and Care Plan",
                )
                self.drawString(20 * mm, 10 * mm, "OFFICIAL-SENSITIVE")
                self.drawRightString(width - 20 * mm, 10 * mm, f"Page {page} of {total}")
            else:
                self.setFont("Helvetica", 9)
                self.drawCentredString(width / 2, 10 * mm, str(page))

    return NumberedCanvas


def render_pdf(plan: Plan, path: Path) -> None:
    flow: list = [_para(plan.title, _HEAD)]
    if plan.front_as_table:
        flow += [_pdf_table(["Details", ""], [list(r) for r in plan.front]), Spacer(1, 8)]
    else:
        flow += [_para(f"{label}: {value}") for label, value in plan.front]
    for section in plan.sections:
        flow += _pdf_heading(section.heading, plan)
        flow += _pdf_blocks(section.blocks)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=plan.title,
        author="Held-out generator",
        invariant=1,
    )
    doc.build(flow, canvasmaker=_numbered_canvas(plan))


def render(plan: Plan, path: Path) -> None:
    (render_docx if plan.fmt == "docx" else render_pdf)(plan, path)


__all__ = ["render"]
