"""Word renderers.  One function per template shape; all share the block
writers below so every shape writes exactly the lines the model reports."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .model import LP, F, H, N, Outcome, P, Plan, Q, T

FIXED_DATE = dt.datetime(2026, 1, 1, 9, 0, 0)
ZIP_DATE = (2026, 1, 1, 0, 0, 0)
TEXT_WIDTH_CM = 16.0
LIST_STYLES = {"bullet": "List Bullet", "number": "List Number"}


# --------------------------------------------------------------------------
# document set-up and byte-stable saving


def new_document(plan: Plan) -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = plan.meta.get("font", "Arial")
    normal.font.size = Pt(plan.meta.get("font_size", 11))
    cp = doc.core_properties
    cp.author = plan.meta.get("author", "Fictional sample (ehcp-audit corpus)")
    cp.last_modified_by = cp.author
    cp.title = plan.meta.get("title", "Education, Health and Care Plan")
    cp.subject = "Fictional sample document for ehcp-audit tests"
    cp.comments = "All people, schools and councils in this file are fictional."
    cp.keywords = "fictional; sample; ehcp-audit"
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    return doc


def save_docx(doc: Document, path: Path) -> None:
    """Save, then rewrite the zip with fixed member timestamps so repeated
    runs give identical bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# paragraph writers


def _style_paragraph(par, style: str | None, *, bold=False, italic=False) -> None:
    for run in par.runs:
        if bold:
            run.bold = True
        if italic:
            run.italic = True


def write_line(container, text: str, style: str | None = None, **kw):
    """Add one paragraph to a Document or table cell.

    style: a Word style name, "bold", "italic", "bullet", "number" or None.
    bold_prefix: first characters set in a bold run.
    """
    bold_prefix = kw.get("bold_prefix")
    word_style = LIST_STYLES.get(style, style)
    if word_style in (None, "bold", "italic", "bolditalic"):
        par = container.add_paragraph()
    else:
        par = container.add_paragraph(style=word_style)
    if bold_prefix:
        if not text.startswith(bold_prefix):
            raise ValueError(f"bold prefix not at start: {text!r}")
        par.add_run(bold_prefix).bold = True
        par.add_run(text[len(bold_prefix) :])
    else:
        par.add_run(text)
    if style in ("bold", "bolditalic") or kw.get("bold"):
        _style_paragraph(par, None, bold=True)
    if style in ("italic", "bolditalic"):
        _style_paragraph(par, None, italic=True)
    return par


def write_block(container, block, opts: dict) -> None:
    """Write one model block.  opts maps "sub" (style for H and Q headings,
    by level) and may set "cell_bold"."""
    bold = opts.get("cell_bold", False)
    if isinstance(block, (P, Outcome, F, N)):
        write_line(
            container,
            block.lines()[0],
            getattr(block, "style", None),
            bold_prefix=getattr(block, "bold_prefix", None),
            bold=bold,
        )
    elif isinstance(block, LP):
        write_line(container, block.text, block.style, bold=bold)
    elif isinstance(block, H):
        write_line(container, block.text, opts["sub"][block.level])
    elif isinstance(block, Q):
        write_line(container, block.heading, opts["sub"][2])
        for para in block.paras:
            write_line(container, para.text, para.style)
    elif isinstance(block, T):
        add_table(container, block)
    else:
        raise TypeError(type(block))


# --------------------------------------------------------------------------
# tables


def _shade(docx_cell, fill: str = "D9E2F3") -> None:
    tc_pr = docx_cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _fill_cell(docx_cell, model_cell, opts: dict) -> None:
    first = docx_cell.paragraphs[0]
    used_first = False
    for block in model_cell.blocks:
        if isinstance(block, T):
            # python-docx appends an empty paragraph after a nested table, as
            # Word requires; empty paragraphs carry no text.
            add_table(docx_cell, block, nested=True)
            used_first = True
            continue
        if not used_first and not isinstance(block, (H, Q)):
            style = getattr(block, "style", None)
            word_style = LIST_STYLES.get(style)
            if word_style:
                first.style = docx_cell.part.document.styles[word_style]
            prefix = getattr(block, "bold_prefix", None)
            text = block.lines()[0]
            if prefix:
                first.add_run(prefix).bold = True
                first.add_run(text[len(prefix) :])
            else:
                run = first.add_run(text)
                if model_cell.bold or style == "bold":
                    run.bold = True
            used_first = True
            continue
        write_block(docx_cell, block, {**opts, "cell_bold": model_cell.bold})
        used_first = True
    if model_cell.shade:
        _shade(docx_cell)


def add_table(container, t: T, nested: bool = False, heading_row: str | None = None):
    """Add a model table; heading_row puts a merged, shaded first row."""
    extra = 1 if heading_row else 0
    table = container.add_table(rows=len(t.rows) + extra, cols=t.ncols)
    table.style = "Table Grid"
    widths = t.widths or tuple(1.0 / t.ncols for _ in range(t.ncols))
    total = TEXT_WIDTH_CM * (0.9 if nested else 1.0)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(total * widths[i])
    opts = {"sub": {2: "bold", 3: "bolditalic"}}
    if heading_row:
        merged = table.cell(0, 0).merge(table.cell(0, t.ncols - 1))
        run = merged.paragraphs[0].add_run(heading_row)
        run.bold = True
        run.font.size = Pt(13)
        _shade(merged, "B4C6E7")
    for r, row in enumerate(t.rows, start=extra):
        col = 0
        for mc in t.row_cells(row):
            dc = table.cell(r, col)
            if mc.span > 1:
                dc = dc.merge(table.cell(r, col + mc.span - 1))
            _fill_cell(dc, mc, opts)
            col += mc.span
        if col != t.ncols:
            raise ValueError(f"row spans {col} of {t.ncols} columns: {row!r:.80}")
    return table


# --------------------------------------------------------------------------
# template shapes


def render_flow(plan: Plan, path: Path) -> None:
    """Sections as headings followed by blocks.

    plan.meta["section_style"]: Word style for section headings or "bold"
    plan.meta["sub_styles"]: {2: style, 3: style} for sub-headings
    plan.meta["front_styles"]: optional list of styles for the front lines
    """
    doc = new_document(plan)
    sec_style = plan.meta.get("section_style", "Heading 1")
    sub = plan.meta.get("sub_styles", {2: "Heading 2", 3: "Heading 3"})
    opts = {"sub": sub}
    front_styles = plan.meta.get("front_styles", {})
    for i, block in enumerate(plan.front):
        if isinstance(block, P) and i in front_styles:
            par = write_line(doc, block.text, front_styles[i])
            if front_styles[i] == "Title":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            write_block(doc, block, opts)
    for item in plan.items():
        style = item.style or (
            plan.meta.get("divider_style", sec_style) if not item.keys else sec_style
        )
        write_heading(doc, item.heading, style)
        for block in item.blocks:
            write_block(doc, block, opts)
    save_docx(doc, path)


def write_heading(doc, text: str, style: str) -> None:
    """A section heading: a Word style, "bold" / "boldcaps" Normal text, or "banner" (a
    one-cell shaded table holding the heading, as many council templates do)."""
    if style == "banner":
        table = doc.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        c = table.cell(0, 0)
        run = c.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(12)
        _shade(c, "1F3864")
        from docx.shared import RGBColor

        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        return
    if style == "bold14":
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = True
        run.font.size = Pt(14)
        return
    write_line(doc, text, style)


def render_all_tables(plan: Plan, path: Path) -> None:
    """Every section is a table whose first row is the merged heading."""
    doc = new_document(plan)
    for block in plan.front:
        if not isinstance(block, T):
            raise TypeError("all-tables plan: front matter must be tables")
        add_table(doc, block)
        doc.add_paragraph()
    for s in plan.sections:
        tables = [b for b in s.blocks if isinstance(b, T)]
        if len(tables) != len(s.blocks) or not tables:
            raise TypeError(f"all-tables plan: section {s.key} must be tables")
        add_table(doc, tables[0], heading_row=s.heading)
        for t in tables[1:]:
            add_table(doc, t)
        doc.add_paragraph()
    save_docx(doc, path)
