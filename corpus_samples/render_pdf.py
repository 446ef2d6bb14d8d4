"""PDF renderers (reportlab platypus, standard Helvetica fonts only).

Each plan is built twice: the first pass counts pages and records which
pages open in the middle of a section; the second pass draws "Page x of y"
footers and, when asked, repeats the section heading as "... (continued)"
at the top of those pages.  Layout is identical in both passes.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from .model import LP, F, H, N, Outcome, P, Plan, Q, T

rl_config.invariant = 1

PAGE_W, PAGE_H = A4
BULLET = "\u2022"


def make_styles(body_size: float = 10.5) -> dict[str, ParagraphStyle]:
    lead = body_size * 1.38
    body = ParagraphStyle(
        "body",
        fontName="Helvetica",
        fontSize=body_size,
        leading=lead,
        spaceAfter=5,
    )
    return {
        "body": body,
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=3
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=body_size - 1, leading=lead - 1.5),
        "cellbold": ParagraphStyle(
            "cellbold",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=body_size - 1,
            leading=lead - 1.5,
        ),
        "section": ParagraphStyle(
            "section",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=body_size + 3,
            leading=body_size + 7,
            spaceBefore=12,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "continued": ParagraphStyle(
            "continued",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=body_size + 3,
            leading=body_size + 7,
        ),
        "sub": ParagraphStyle(
            "sub",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=body_size + 0.5,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "sub3": ParagraphStyle(
            "sub3",
            parent=body,
            fontName="Helvetica-BoldOblique",
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=18,
            leading=24,
            alignment=TA_CENTER,
            spaceAfter=10,
        ),
        "front": ParagraphStyle("front", parent=body, spaceAfter=3),
    }


def para(text: str, style: ParagraphStyle, bullet: bool = False) -> Paragraph:
    if bullet:
        return Paragraph(escape(text), style, bulletText=BULLET)
    return Paragraph(escape(text), style)


class Flow:
    """Turns model blocks into flowables."""

    def __init__(self, styles: dict[str, ParagraphStyle], width: float):
        self.st = styles
        self.width = width

    def line(self, text: str, style: str | None, in_cell=False, bold=False):
        st = self.st
        if in_cell:
            base = st["cellbold"] if bold or style == "bold" else st["cell"]
            if style in ("bullet", "number"):
                return para(
                    text, ParagraphStyle("cb", parent=base, leftIndent=10, bulletIndent=1), True
                )
            return para(text, base)
        if style in ("bullet", "number"):
            # numbered lists are not used in PDFs: the drawn number would
            # become part of the extracted text.
            return para(text, st["bullet"], bullet=True)
        if style == "bold":
            return para(text, st["sub"])
        return para(text, st["body"])

    def block(self, b, in_cell=False, bold=False, width=None) -> list:
        if isinstance(b, (P, Outcome, F, LP, N)):
            line = b.lines()[0]
            if getattr(b, "bold_prefix", None):
                pre = b.bold_prefix
                text = f"<b>{escape(pre)}</b>{escape(line[len(pre) :])}"
                if b.style in ("bullet", "number") and not in_cell:
                    return [Paragraph(text, self.st["bullet"], bulletText=BULLET)]
                return [Paragraph(text, self.st["cell" if in_cell else "body"])]
            return [self.line(line, b.style, in_cell, bold)]
        if isinstance(b, H):
            if in_cell:
                return [para(b.text, self.st["cellbold"])]
            return [para(b.text, self.st["sub" if b.level == 2 else "sub3"])]
        if isinstance(b, Q):
            out = [para(b.heading, self.st["sub"])]
            for p in b.paras:
                out.append(self.line(p.text, p.style))
            return out
        if isinstance(b, T):
            return [self.table(b, width or self.width)]
        raise TypeError(type(b))

    def table(self, t: T, width: float) -> Table:
        fr = t.widths or tuple(1.0 / t.ncols for _ in range(t.ncols))
        col_w = [width * f for f in fr]
        data, spans, shades = [], [], []
        for r, row in enumerate(t.rows):
            cells = t.row_cells(row)
            out_row, col = [], 0
            for c in cells:
                w = sum(col_w[col : col + c.span]) - 8
                flow = []
                for b in c.blocks:
                    flow.extend(
                        self.block(b, in_cell=True, bold=c.bold or r < t.header_rows, width=w)
                    )
                out_row.append(flow)
                if c.span > 1:
                    spans.append(("SPAN", (col, r), (col + c.span - 1, r)))
                    out_row.extend([""] * (c.span - 1))
                if c.shade or r < t.header_rows:
                    shades.append(
                        ("BACKGROUND", (col, r), (col + c.span - 1, r), colors.HexColor("#DCE6F1"))
                    )
                col += c.span
            if col != t.ncols:
                raise ValueError("row width mismatch")
            data.append(out_row)
        table = Table(
            data,
            colWidths=col_w,
            repeatRows=t.header_rows if t.repeat_header else 0,
            hAlign="LEFT",
            splitInRow=int(t.split_in_row),
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    *spans,
                    *shades,
                ]
            )
        )
        return table


class PlanDoc(BaseDocTemplate):
    """Doc template with header/footer callbacks and continuation tracking."""

    def __init__(self, target, plan: Plan, cfg: dict, total: int = 0, cont=None):
        self.plan, self.cfg = plan, cfg
        self.total = total
        self.cont_pages = cont or {}  # page -> section heading, from pass 1
        self.found_cont: dict[int, str] = {}
        self._current = None
        self._first_seen = False
        top = cfg.get("top_band", 2.0 * cm)
        bottom = cfg.get("bottom_band", 1.8 * cm)
        margin = cfg.get("margin", 2.0 * cm)
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=top,
            bottomMargin=bottom,
            title=cfg.get("title", "Education, Health and Care Plan"),
            author=cfg.get("author", "Fictional sample (ehcp-audit corpus)"),
            subject="Fictional sample document for ehcp-audit tests",
            creator=cfg.get("creator", "ehcp-audit corpus generator"),
            producer="ehcp-audit corpus generator (reportlab)",
            invariant=1,
        )
        columns = cfg.get("columns", 1)
        gap = cfg.get("column_gap", 0.8 * cm)
        full = PAGE_W - 2 * margin
        self.column_width = (full - gap * (columns - 1)) / columns
        frames = [
            Frame(
                margin + i * (self.column_width + gap),
                bottom,
                self.column_width,
                PAGE_H - top - bottom,
                id=f"col{i}",
            )
            for i in range(columns)
        ]
        self.addPageTemplates(
            [
                PageTemplate(
                    id="main", frames=frames, onPage=self._on_page, onPageEnd=self._on_page_end
                )
            ]
        )

    # drawing -------------------------------------------------------------
    def _on_page(self, canv, doc) -> None:
        if self.cfg.get("header"):
            self.cfg["header"](canv, self)
        heading = self.cont_pages.get(self.page)
        if heading and self.cfg.get("continued"):
            st = self.cfg["styles"]["continued"]
            p = Paragraph(escape(heading + " (continued)"), st)
            w, h = p.wrap(self.width, 100)
            top = PAGE_H - self.cfg.get("continued_top", 1.9 * cm)
            p.drawOn(canv, self.leftMargin, top - h)

    def _on_page_end(self, canv, doc) -> None:
        if self.cfg.get("footer"):
            self.cfg["footer"](canv, self)

    # tracking ------------------------------------------------------------
    def beforePage(self) -> None:
        self._first_seen = False

    def afterFlowable(self, flowable) -> None:
        if not isinstance(flowable, (Paragraph, Table)):
            return
        heading = getattr(flowable, "_section_heading", None)
        if not self._first_seen:
            self._first_seen = True
            if heading is None and self._current is not None:
                self.found_cont[self.page] = self._current
        if heading is not None:
            self._current = heading


def build_pdf(plan: Plan, path: Path, cfg: dict) -> int:
    """Two-pass build; returns the page count."""
    styles = cfg["styles"]

    def flowables(doc_width: float) -> list:
        flow = Flow(styles, doc_width)
        out: list = []
        for item in cfg["front"](flow, plan):
            out.append(item)
        for item in plan.items():
            h = para(item.heading, styles[cfg.get("heading_style", "section")])
            if item.keys:
                h._section_heading = item.heading
            out.append(h)
            for b in item.blocks:
                out.extend(flow.block(b))
        return out

    first = PlanDoc(io.BytesIO(), plan, cfg)
    first.build(flowables(first.column_width))
    total = first.page
    second = PlanDoc(str(path), plan, cfg, total=total, cont=first.found_cont)
    second.build(flowables(second.column_width))
    if second.page != total or second.found_cont != first.found_cont:
        raise RuntimeError("second pass laid out differently")
    cfg["continued_pages"] = dict(first.found_cont)
    return total
