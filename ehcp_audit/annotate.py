"""``ehcp-audit annotate``: a copy of the plan with a Word comment at each finding.

The case officer gets back their own document, with each finding as a comment (rule code,
level, message, how to fix it, and where it is) anchored on the words it concerns, and a summary
comment at the top that also lists findings with no place in the text (a missing section, the
plan's length).

Anchoring maps a finding's ``location`` back to the Word XML with the reader's own walk of the
body (:class:`ehcp_audit.readers.docx._Walker`), so paragraph, table, row and cell numbers are
counted exactly as they were when the plan was read: content controls, nested tables (whose
cells carry the outer cell's location) and merged cells included. Within the located paragraphs
the comment covers the finding's matched words when they are found (splitting a run at the
match's edges), else the whole paragraph.

A PDF has no Word structure to annotate, so its annotated copy is a new ``.docx`` rendering of
the text the tool read: the front matter, then each section's heading and paragraphs (with their
page), the comments anchored there. A ``.doc``, ``.rtf`` or ``.odt`` is annotated in the
``.docx`` LibreOffice makes of it.

The input is only read; the output is written through a temporary file and a rename.
"""

from __future__ import annotations

import copy
import io
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ehcp_audit.engine.atomic import write_bytes_atomic
from ehcp_audit.levels import MOST_SEVERE_FIRST, severity_order
from ehcp_audit.model import Location
from ehcp_audit.result import Finding, PlanResult

AUTHOR = "ehcp-audit"
INITIALS = "EA"


@dataclass(slots=True)
class Annotated:
    """What :func:`annotate` did: the comments written and where they went."""

    output: Path
    comments: int = 0
    anchored: int = 0  # findings commented on in the text
    in_summary: list[Finding] = field(default_factory=list)  # findings with no place in the text
    rendered: bool = False  # the plan was a PDF: the output is a rendering of its text


def default_output(plan: Path) -> Path:
    """``PLAN.annotated.docx`` beside the plan, or in the current folder when that folder is not
    writable."""
    name = f"{plan.stem}.annotated.docx"
    folder = plan.parent
    if os.access(folder, os.W_OK):
        return folder / name
    return Path.cwd() / name


def annotate(
    plan: Path,
    result: PlanResult,
    output: Path,
    fixes: dict[str, str],
    sections_files: tuple[str, ...] = (),
) -> Annotated:
    """Write the annotated copy of ``plan`` to ``output`` (``fixes``: rule code -> fix)."""
    suffix = plan.suffix.lower()
    if suffix == ".pdf" or result.format == "pdf":
        document, targets = _render_pdf(plan, result, sections_files)
        done = Annotated(output=output, rendered=True)
    else:
        document = _open_word(plan, suffix)
        targets = _Targets.from_body(document)
        done = Annotated(output=output)
    _comment(document, targets, result, fixes, done)
    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes_atomic(output, buffer.getvalue())
    return done


def _open_word(plan: Path, suffix: str):
    import docx

    if suffix in (".doc", ".rtf", ".odt"):
        from ehcp_audit.readers.convert import convert_to_docx

        return docx.Document(io.BytesIO(convert_to_docx(plan, suffix)))
    with open(plan, "rb") as handle:  # read into memory: python-docx never sees the path
        return docx.Document(io.BytesIO(handle.read()))


# --- where each location is in the Word XML ---------------------------------------------------


class _Targets:
    """Paragraph elements by the reader's :class:`Location`, in body order."""

    def __init__(self) -> None:
        self.by_location: dict[Location, list] = defaultdict(list)
        self.order: list = []  # every paragraph with text, for the summary comment's anchor
        # Only in a PDF's rendering, where all blocks of a page share one location:
        self.headings: dict[str, object] = {}  # section key -> its heading paragraph
        self.section_of: dict[int, str | None] = {}  # id(paragraph) -> section key

    @classmethod
    def from_body(cls, document) -> _Targets:
        from ehcp_audit.readers import ReadLimits
        from ehcp_audit.readers.docx import _Styles, _Walker

        targets = cls()

        class Locator(_Walker):
            def paragraph(self, p, location, in_cell=False, full_row=False) -> None:
                targets.by_location[location].append(p)
                if _text(p).strip():
                    targets.order.append(p)

        Locator(_Styles(None), ReadLimits()).body(document.element.body)
        return targets

    def paragraphs(self, location: Location, section: str | None) -> list:
        found = self.by_location.get(location, [])
        if self.section_of:
            found = [p for p in found if self.section_of.get(id(p)) == section] or found
        return found


# --- comments ---------------------------------------------------------------------------------


def _comment(document, targets: _Targets, result: PlanResult, fixes, done: Annotated) -> None:
    findings = sorted(
        result.findings, key=lambda f: severity_order(f.level)
    )  # most severe first where several share one paragraph
    for finding in findings:
        # Each comment's range is marked at once: a later finding in the same paragraph may
        # split these runs again, which moves no text across the markers already placed.
        runs = _anchor(targets, finding) if finding.location else None
        if runs:
            _add(document, runs, _comment_text(finding, fixes))
            done.comments += 1
            done.anchored += 1
        else:
            done.in_summary.append(finding)
    first = next((p for p in targets.order if _runs_of(p)), None)
    if first is not None:
        _add(document, _whole(first), _summary(result, done.in_summary))
        done.comments += 1


def _add(document, runs: list, paragraphs: Sequence[str]) -> None:
    comment = document.add_comment(runs, text=paragraphs[0], author=AUTHOR, initials=INITIALS)
    for text in paragraphs[1:]:
        comment.add_paragraph(text)


def _comment_text(finding: Finding, fixes: dict[str, str]) -> list[str]:
    lines = [f"{finding.code} ({finding.level}): {finding.message}"]
    fix = fixes.get(finding.code)
    if fix:
        lines.append(f"Fix: {fix}")
    if finding.place:
        lines.append(f"Where: {finding.place}")
    return lines


def _summary(result: PlanResult, unplaced: list[Finding]) -> list[str]:
    from ehcp_audit import __version__

    counts = ", ".join(
        f"{result.count(level)} {level}{'s' if result.count(level) != 1 else ''}"
        for level in MOST_SEVERE_FIRST
    )
    lines = [f"ehcp-audit {__version__}: {len(result.findings)} findings ({counts})."]
    if result.missing_sections:
        lines.append("Sections not found: " + ", ".join(result.missing_sections) + ".")
    if result.ocr:
        lines.append(
            f"Text read by OCR ({result.ocr.get('engine')}), mean confidence "
            f"{result.ocr.get('mean_confidence')}: check quoted words against the scan."
        )
    if unplaced:
        lines.append("Findings on the plan as a whole:")
        lines.extend(f"- {f.code} ({f.level}): {f.message}" for f in unplaced)
    return lines


# --- anchoring on runs ------------------------------------------------------------------------


def _anchor(targets: _Targets, finding: Finding) -> list | None:
    """The runs a finding's comment covers, or None when its place has no runs."""
    needle = _needle(finding.match)
    heading = targets.headings.get(finding.section or "")
    if heading is not None and not needle:  # a finding on a whole section of a PDF
        return _whole(heading)
    location = Location(**finding.location)
    paragraphs = [p for p in targets.paragraphs(location, finding.section) if _runs_of(p)]
    if not paragraphs:
        return None
    if needle:
        # A statement read from a table row (need | provision | who) is located at its first
        # cell; its words may sit in another cell of that row.
        row = [
            p
            for where, found in targets.by_location.items()
            if location.table is not None
            and (where.table, where.row) == (location.table, location.row)
            and where != location
            for p in found
            if _runs_of(p)
        ]
        for p in paragraphs + row:
            runs = _match_runs(p, needle)
            if runs:
                return runs
        for p in paragraphs:  # the words are there but split oddly: the whole paragraph
            if needle.lower() in _text(p).lower():
                return _whole(p)
    return _whole(paragraphs[0])


def _needle(match: str | None) -> str:
    """The finding's words as they appear in the text: no bullet, no trailing '...'."""
    if not match:
        return ""
    text = match.strip()
    text = re.sub(r"\s*(?:\.\.\.|\u2026)$", "", text)
    text = re.sub(r"^[^\w<\[(]+", "", text)  # a leading bullet as the PDF reader kept it
    if "," in text and len(text.split(",")[0].split()) <= 4:
        text = text.split(",")[0]  # a list of matched phrases: "access to, small group"
    return text.strip()


def _runs_of(p) -> list:
    from docx.oxml.ns import qn

    skip = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent")}
    runs = []
    for r in p.iter(qn("w:r")):
        parent, hidden = r.getparent(), False
        while parent is not None and parent is not p:
            if parent.tag in skip:
                hidden = True
                break
            parent = parent.getparent()
        if not hidden and any(True for _ in r.iter(qn("w:t"))):
            runs.append(r)
    return runs


def _run_text(r) -> str:
    from docx.oxml.ns import qn

    return "".join(t.text or "" for t in r.iter(qn("w:t")))


def _text(p) -> str:
    return "".join(_run_text(r) for r in _runs_of(p))


def _wrap(rs: Iterable) -> list:
    from docx.text.run import Run

    return [Run(r, None) for r in rs]


def _whole(p) -> list:
    runs = _runs_of(p)
    return _wrap([runs[0], runs[-1]])


def _match_runs(p, needle: str) -> list | None:
    """The runs exactly covering ``needle`` in ``p`` (runs split at its edges), or None."""
    runs = _runs_of(p)
    texts = [_run_text(r) for r in runs]
    joined = "".join(texts)
    start = joined.lower().find(needle.lower())
    if start < 0:
        return None
    end = start + len(needle)
    edges, offset = [], 0
    for r, t in zip(runs, texts, strict=True):
        edges.append((r, offset, offset + len(t)))
        offset += len(t)
    covering = [(r, a, b) for r, a, b in edges if a < end and b > start]
    if not covering:
        return None
    first, first_at, _ = covering[0]
    if start > first_at:
        second = _split(first, start - first_at)
        if second is not None:
            first, first_at = second, start
    last, last_at, _ = covering[-1]
    if len(covering) == 1:
        last, last_at = first, first_at
    if end < last_at + len(_run_text(last)):
        _split(last, end - last_at)
    return _wrap([first, last])


def _split(r, at: int):
    """Split a simple run (properties and one text) at ``at``; return the second half or None."""
    from docx.oxml.ns import qn

    children = [c for c in r if c.tag != qn("w:rPr")]
    if len(children) != 1 or children[0].tag != qn("w:t"):
        return None
    text = children[0].text or ""
    if not 0 < at < len(text):
        return None
    second = copy.deepcopy(r)
    children[0].text = text[:at]
    children[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t2 = next(c for c in second if c.tag == qn("w:t"))
    t2.text = text[at:]
    t2.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.addnext(second)
    return second


# --- PDF: a Word rendering of the text that was read ------------------------------------------


def _render_pdf(plan: Path, result: PlanResult, sections_files: tuple[str, ...]):
    """A new document with the plan's text, and targets keyed by the blocks' locations."""
    import docx

    from ehcp_audit.audit import _section_rules
    from ehcp_audit.readers import read_document
    from ehcp_audit.split import split

    parsed = split(read_document(plan, ocr=bool(result.ocr)), _section_rules(sections_files))
    document = docx.Document()
    document.add_heading(f"{plan.name}: the text ehcp-audit read", level=1)
    note = (
        "Rendered from a PDF, so comments can be anchored: each paragraph shows its page. "
        + ("The text was read by OCR. " if result.ocr else "")
        + "The original PDF is unchanged."
    )
    document.add_paragraph(note)
    targets = _Targets()
    parts = [(None, "Front matter", parsed.front_matter)] + [
        (key, f"Section {key}: {section.heading}", section.blocks)
        for key, section in parsed.sections.items()
    ]
    for key, title, blocks in parts:
        if not blocks and key is None:
            continue
        heading = document.add_heading(title, level=2)
        targets.order.append(heading._p)
        if key is not None:
            targets.headings[key] = heading._p
        for block in blocks:
            page = f" [p. {block.location.page}]" if block.location.page else ""
            paragraph = document.add_paragraph(block.text + page)
            targets.by_location[block.location].append(paragraph._p)
            targets.section_of[id(paragraph._p)] = key
            targets.order.append(paragraph._p)
    return document, targets
