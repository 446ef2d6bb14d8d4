"""The three PDF template shapes: page furniture and front matter."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Spacer

from .model import P, Plan, T
from .render_pdf import PAGE_H, PAGE_W, build_pdf, make_styles, para


def _front(flow, plan: Plan) -> list:
    """First line as a title, other lines as short paragraphs, tables as is."""
    out: list = []
    for i, b in enumerate(plan.front):
        if isinstance(b, P) and i == 0:
            out.append(para(b.text, flow.st["title"]))
        elif isinstance(b, P):
            out.append(para(b.text, flow.st["front"]))
        elif isinstance(b, T):
            out.append(flow.table(b, flow.width))
        else:
            out.extend(flow.block(b))
    out.append(Spacer(1, 0.4 * cm))
    return out


def render_running_headers(plan: Plan, path: Path) -> int:
    """Case-management export: protective marking and council name on every
    page, "Plan for: <name>" and "Page x of y" in the footer, and the current
    section heading repeated as "(continued)" on pages that open mid-section."""
    council = plan.meta["council_header"]
    name = plan.child["name"]

    def header(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.drawCentredString(PAGE_W / 2, PAGE_H - 1.0 * cm, "OFFICIAL-SENSITIVE")
        canv.setFont("Helvetica", 8.5)
        canv.drawCentredString(PAGE_W / 2, PAGE_H - 1.45 * cm, council)
        canv.setStrokeColor(colors.grey)
        canv.line(doc.leftMargin, PAGE_H - 1.7 * cm, PAGE_W - doc.rightMargin, PAGE_H - 1.7 * cm)
        canv.restoreState()

    def footer(canv, doc) -> None:
        canv.saveState()
        canv.setStrokeColor(colors.grey)
        canv.line(doc.leftMargin, 1.5 * cm, PAGE_W - doc.rightMargin, 1.5 * cm)
        canv.setFont("Helvetica", 8.5)
        canv.drawString(doc.leftMargin, 1.0 * cm, f"Plan for: {name}")
        canv.drawRightString(
            PAGE_W - doc.rightMargin, 1.0 * cm, f"Page {doc.page} of {doc.total or '?'}"
        )
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawCentredString(PAGE_W / 2, 0.55 * cm, "OFFICIAL-SENSITIVE")
        canv.restoreState()

    cfg = {
        "styles": make_styles(plan.meta.get("body_size", 10.5)),
        "header": header,
        "footer": footer,
        "continued": True,
        "top_band": 3.4 * cm,
        "continued_top": 1.95 * cm,
        "bottom_band": 2.0 * cm,
        "front": _front,
        "title": f"Education, Health and Care Plan - {name}",
        "creator": "Northbridge case management system (fictional)",
    }
    pages = build_pdf(plan, path, cfg)
    plan.meta["continued_pages"] = cfg["continued_pages"]
    return pages


def render_part_headings(plan: Plan, path: Path) -> int:
    """Looks like a Word document saved as PDF: plain page number footer."""

    def footer(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(PAGE_W / 2, 1.0 * cm, str(doc.page))
        canv.restoreState()

    cfg = {
        "styles": make_styles(plan.meta.get("body_size", 11)),
        "footer": footer,
        "top_band": 2.3 * cm,
        "bottom_band": 2.0 * cm,
        "margin": 2.4 * cm,
        "front": _front,
        "title": "EHC Plan",
        "creator": "Microsoft Word (simulated by ehcp-audit corpus generator)",
    }
    return build_pdf(plan, path, cfg)


def render_young_person(plan: Plan, path: Path) -> int:
    """Young person's plan: footer with name, status and page x of y."""
    name = plan.child["name"]
    council = plan.meta["council"]

    def footer(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.drawString(doc.leftMargin, 1.0 * cm, f"{council} | Final plan | {name}")
        canv.drawRightString(
            PAGE_W - doc.rightMargin, 1.0 * cm, f"Page {doc.page} of {doc.total or '?'}"
        )
        canv.restoreState()

    cfg = {
        "styles": make_styles(plan.meta.get("body_size", 10.5)),
        "footer": footer,
        "top_band": 2.0 * cm,
        "bottom_band": 2.0 * cm,
        "front": _front,
        "title": f"My EHC Plan - {name}",
    }
    return build_pdf(plan, path, cfg)


def render_word_export(plan: Plan, path: Path) -> int:
    """A Word document saved as PDF: a small header with the plan title and the child's
    name, and "Page N" centred in the footer."""
    name = plan.child["name"]
    head = plan.meta.get("page_header", f"Education, Health and Care Plan: {name}")

    def header(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawRightString(PAGE_W - doc.rightMargin, PAGE_H - 1.2 * cm, head)
        canv.restoreState()

    def footer(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(PAGE_W / 2, 1.0 * cm, f"Page {doc.page}")
        canv.restoreState()

    cfg = {
        "styles": make_styles(plan.meta.get("body_size", 11)),
        "header": header,
        "footer": footer,
        "top_band": 2.4 * cm,
        "bottom_band": 2.0 * cm,
        "margin": 2.4 * cm,
        "front": _front,
        "title": "EHC Plan",
        "creator": "Microsoft Word (simulated by ehcp-audit corpus generator)",
    }
    return build_pdf(plan, path, cfg)


def render_case_export(plan: Plan, path: Path) -> int:
    """A case-management export: "OFFICIAL-SENSITIVE" above the council name on every
    page, a footer "<council> | EHC Plan | Page x of y" and OFFICIAL-SENSITIVE again;
    with meta["continued"], the current heading repeated on pages that open mid-section."""
    council = plan.meta["council"]

    def header(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(doc.leftMargin, PAGE_H - 1.0 * cm, "OFFICIAL-SENSITIVE")
        canv.setFont("Helvetica", 8.5)
        canv.drawRightString(PAGE_W - doc.rightMargin, PAGE_H - 1.0 * cm, council)
        canv.restoreState()

    def footer(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.drawString(
            doc.leftMargin, 1.0 * cm, f"EHC Plan | Page {doc.page} of {doc.total or '?'}"
        )
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawRightString(PAGE_W - doc.rightMargin, 1.0 * cm, "OFFICIAL-SENSITIVE")
        canv.restoreState()

    cfg = {
        "styles": make_styles(plan.meta.get("body_size", 10)),
        "header": header,
        "footer": footer,
        "continued": plan.meta.get("continued", False),
        "top_band": 2.9 * cm if plan.meta.get("continued") else 2.0 * cm,
        "continued_top": 1.55 * cm,
        "bottom_band": 2.0 * cm,
        "front": _front,
        "title": f"EHC Plan - {plan.child['name']}",
        "creator": f"{council} case management system (fictional)",
    }
    pages = build_pdf(plan, path, cfg)
    plan.meta["continued_pages"] = cfg["continued_pages"]
    return pages


def render_two_column(plan: Plan, path: Path) -> int:
    """A leaflet-style plan set in two columns per page, with "Page x of y" footer."""
    council = plan.meta["council"]

    def footer(canv, doc) -> None:
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawCentredString(
            PAGE_W / 2, 1.0 * cm, f"{council} Page {doc.page} of {doc.total or '?'}"
        )
        canv.restoreState()

    cfg = {
        "styles": make_styles(plan.meta.get("body_size", 9.5)),
        "footer": footer,
        "columns": 2,
        "column_gap": 0.9 * cm,
        "top_band": 1.8 * cm,
        "bottom_band": 1.8 * cm,
        "margin": 1.6 * cm,
        "front": _front,
        "title": f"My EHC Plan - {plan.child['name']}",
    }
    return build_pdf(plan, path, cfg)
