"""PDF reader.

Text comes from pypdfium2 (PDFium), which extracts a 5,000-word plan in tens of milliseconds;
pdfplumber takes well over a second for the same file, so it is not on the default path. For each
line PDFium gives the first character's font, size and box, which is enough to tell headings
(bold or larger than body text), list items (a bullet or number first), and paragraph breaks
(a gap larger than the line spacing).

Tables keep no structure in a PDF, so they are found by geometry. A line PDFium ran over a
column gap (two font sizes or more between words) is cut into cells, and the lines around it
that start at the same column edges make a table: its cells become ``TABLE_CELL`` blocks
located by table, row and cell (column from the left) as a Word table's are, one block per
paragraph of a cell. Rows begin where the columns begin together (cells are set top-aligned);
a table that runs over a page break carries on; a bold title set alone across it starts the
next table (the national template's one table per area of need). Two-column prose shares
baselines too, but PDFium never runs its columns into one line, so it seeds no table.

Running headers and footers -- the same line near the top or bottom of most pages, such as the
council's name, "OFFICIAL-SENSITIVE", "Page 3 of 17" or the child's name -- are removed from the
plan text. A PDF with no text layer is refused with "no text layer (scanned?): OCR needed".

Before PDFium sees the file, every Flate-compressed stream other than an image is inflated into
nothing, with a budget: PDFium inflates a page's content streams (and fonts, forms and object
streams) whole into memory, so a 1 MB file whose content stream inflates to 4 GB would take
5 GB. Images are skipped because text extraction never decodes them. This catches plain
decompression bombs; it is not a full PDF parser, so a stream hidden from it (an indirect
/Filter, a content stream labelled as an image) is bounded only by running the reader in a
worker process with a memory limit.

PDFium is given the path (it opens the file read-only) and repairs what it can, such as a broken
cross-reference table. What it cannot open is named by PDFium's error code: corrupt or truncated,
encrypted (a PDF with only an owner password opens without one and is read), or an unsupported
security handler. A page PDFium cannot load fails the whole file rather than being skipped, so a
plan is never audited with pages silently missing. Pages are read one at a time and released;
the page count and the time spent are bounded by :class:`~ehcp_audit.readers.ReadLimits`.
"""

from __future__ import annotations

import ctypes
import mmap
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median

from ehcp_audit.errors import UnreadableFile
from ehcp_audit.model import Block, BlockKind, Document, Location

_BULLET = re.compile(
    r"^\s*(?:[\u2022\u25cf\u25aa\u25a0\u2023\u2043\u25e6\u2219\u00b7\uf0b7\uf0a7\-\u2013*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+"
)
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_LINE = re.compile(r"[^\r\n]+")
_MARGIN_SHARE = 0.12  # top/bottom share of the page where running headers and footers live
_HEADING_MAX_WORDS = 20
# A short line that opens with a section label is a heading even when set in body type, so it
# must not be run into the paragraph that follows it.
_LABELLED_LINE = re.compile(r"^(?:section|part)\s+\(?[A-K][12]?\b", re.I)


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    top: float  # distance from the top of the page, in points
    bottom: float
    size: float
    bold: bool
    in_margin: bool
    left: float = 0.0  # distance of the first character from the left edge, in points
    baseline: float | None = None  # distance of the first character's baseline from the top
    cell: bool = False  # set beside another piece of text on its baseline: a table cell
    word_x: dict[int, float] | None = None  # word number -> left edge, where a cell may begin


def read_pdf(path: Path, limits) -> Document:
    import pypdfium2 as pdfium

    _check_streams(path, limits)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(_describe_pdfium_error(exc)) from None
    try:
        pages = len(pdf)
        if pages == 0:
            raise UnreadableFile("PDF has no pages")
        if pages > limits.max_pages:
            raise UnreadableFile(
                f"PDF has {pages:,} pages, over the {limits.max_pages:,}-page limit"
            )
        lines, chars, images = _extract_lines(pdf, pages, limits)
    finally:
        pdf.close()
    if chars < 20 * pages and _few_words(lines):
        if images:
            raise UnreadableFile("no text layer (scanned?): OCR needed")
        raise UnreadableFile("PDF has no text (blank pages?)")
    kept, removed = _drop_running_lines(lines, pages)
    blocks = _blocks_with_tables(kept)
    return Document(path=str(path), format="pdf", blocks=blocks, pages=pages, removed_lines=removed)


_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_LENGTH = re.compile(rb"/Length\s+(\d{1,12})(?!\s+\d+\s+R)")
_MB = 1024 * 1024


def _check_streams(path: Path, limits) -> None:
    """Refuse a PDF whose compressed streams inflate past the limits (see the module notes)."""
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as m:
        total = 0
        position = 0
        while (found := m.find(b"stream", position)) >= 0:
            position = found + 6
            if m[found - 3 : found] == b"end":
                continue
            start = position + (2 if m[position : position + 2] == b"\r\n" else 1)
            if m[position : position + 1] not in (b"\r", b"\n"):
                continue
            window = m[max(0, found - 4096) : found]
            dictionary = window[window.rfind(b"obj") + 1 :]
            length = _LENGTH.search(dictionary)
            if length:
                position = max(position, start + int(length.group(1)))
            head = m[start : start + 2]
            if len(head) < 2 or head[0] & 0x0F != 8 or (head[0] << 8 | head[1]) % 31:
                continue  # not zlib data: another filter, or not a stream at all
            if _IMAGE.search(dictionary):
                continue  # never decoded to extract text
            size = _inflated_size(m, start, limits.max_pdf_stream_bytes)
            if size > limits.max_pdf_stream_bytes:
                raise UnreadableFile(
                    f"PDF content would expand to over {limits.max_pdf_stream_bytes // _MB:,} MB"
                    " (decompression bomb?)"
                )
            total += size
            if total > limits.max_pdf_inflated_bytes:
                raise UnreadableFile(
                    "PDF's compressed content expands to over "
                    f"{limits.max_pdf_inflated_bytes // _MB:,} MB in all (decompression bomb?)"
                )


def _inflated_size(m: mmap.mmap, start: int, cap: int) -> int:
    """Bytes the zlib stream at ``start`` inflates to, counting no further than ``cap + 1``."""
    inflater = zlib.decompressobj()
    produced = 0
    at = start
    try:
        while not inflater.eof and at < len(m):
            data = m[at : at + 65536]
            at += len(data)
            while data and not inflater.eof:
                out = inflater.decompress(data, _MB)
                produced += len(out)
                if produced > cap:
                    return produced
                if not out and inflater.unconsumed_tail == data:
                    return produced  # no progress: nothing more will come out
                data = inflater.unconsumed_tail
    except zlib.error:
        pass  # damaged data: PDFium stops where zlib does
    return produced


def _few_words(lines: list[_Line]) -> bool:
    return sum(len(line.text.split()) for line in lines) < 10


def _describe_pdfium_error(exc: Exception) -> str:
    import pypdfium2.raw as raw

    code = getattr(exc, "err_code", None)
    if code == raw.FPDF_ERR_PASSWORD:
        return "encrypted PDF: it needs a password to open"
    if code == raw.FPDF_ERR_SECURITY:
        return "PDF uses an unsupported security (encryption) scheme"
    if code == raw.FPDF_ERR_FORMAT:
        return "corrupt or truncated PDF (it cannot be opened)"
    if code == raw.FPDF_ERR_FILE:
        return "cannot open the PDF file (file access error)"
    if code == raw.FPDF_ERR_PAGE:
        return "corrupt PDF: its pages cannot be found"
    if code == raw.FPDF_ERR_SUCCESS:
        return "PDF has no pages"
    return "corrupt PDF (it cannot be opened)"


def _extract_lines(pdf, pages: int, limits) -> tuple[list[_Line], int, bool]:
    """Every text line of the first ``pages`` pages, the character count and whether any page
    has an image (a scan). Long on purpose: it is the reader's hot loop over pdfium's C calls,
    reusing one set of ctypes buffers across pages and lines; split into helpers it would pass
    them around per line and add Python calls on every line of every plan."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    lines: list[_Line] = []
    total_chars = 0
    any_images = False
    name_buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    boxes = tuple(ctypes.byref(ctypes.c_double()) for _ in range(4))  # left, top, right, bottom
    started = time.monotonic()
    for index in range(pages):
        if time.monotonic() - started > limits.max_seconds:
            raise UnreadableFile(
                f"PDF took over {limits.max_seconds:.0f} s to read (stopped at page {index + 1} "
                f"of {pages}): too complex"
            )
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            raise UnreadableFile(f"corrupt PDF: page {index + 1} cannot be read") from None
        try:
            height = page.get_height()
            try:
                textpage = page.get_textpage()
            except pdfium.PdfiumError:
                raise UnreadableFile(
                    f"corrupt PDF: page {index + 1} has no readable text"
                ) from None
            try:
                text = textpage.get_text_range()
                count = textpage.count_chars()
                total_chars += count
                if count < 20 and not any_images:
                    any_images = any(
                        True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2)
                    )
                raw_tp = textpage.raw
                for match in _LINE.finditer(text):
                    line_text = match.group()
                    start = match.start()
                    stripped = line_text.strip()
                    if not stripped:
                        continue
                    lead = start + (len(line_text) - len(line_text.lstrip()))
                    char = raw.FPDFText_GetCharIndexFromTextIndex(raw_tp, lead)
                    if char < 0:
                        char = lead
                    size = float(raw.FPDFText_GetFontSize(raw_tp, char))
                    weight = raw.FPDFText_GetFontWeight(raw_tp, char)
                    got = raw.FPDFText_GetFontInfo(
                        raw_tp, char, name_buffer, 128, ctypes.byref(flags)
                    )
                    font = name_buffer.value.decode("latin-1", "replace") if got else ""
                    bold = weight >= 600 or bool(
                        re.search(r"bold|black|heavy|semibold", font, re.I)
                    )
                    if raw.FPDFText_GetCharBox(
                        raw_tp,
                        char,
                        ctypes.byref(left),
                        ctypes.byref(right),
                        ctypes.byref(bottom),
                        ctypes.byref(top),
                    ):
                        y_top, y_bottom = height - top.value, height - bottom.value
                        x_left = left.value
                    else:
                        x_left = 0.0
                        y_top = y_bottom = (
                            lines[-1].bottom if lines and lines[-1].page == index + 1 else 0.0
                        )
                    baseline = None
                    if raw.FPDFText_GetCharOrigin(
                        raw_tp, char, ctypes.byref(origin_x), ctypes.byref(origin_y)
                    ):
                        x_left = origin_x.value  # where the text is set, not the glyph's ink
                        baseline = height - origin_y.value
                    in_margin = y_top < height * _MARGIN_SHARE or y_bottom > height * (
                        1 - _MARGIN_SHARE
                    )
                    line = _Line(
                        _clean(stripped),
                        index + 1,
                        y_top,
                        y_bottom,
                        size,
                        bold,
                        in_margin,
                        round(x_left, 1),
                        baseline,
                    )
                    last = raw.FPDFText_GetCharIndexFromTextIndex(
                        raw_tp, start + len(line_text.rstrip()) - 1
                    )
                    pieces = None
                    if last > char and " " in stripped:
                        gap = _has_column_gap(raw, raw_tp, char, last, size, boxes)
                        if gap is True:
                            pieces = _split_at_gaps(raw_tp, line, line_text, start, height)
                        elif gap:
                            line.word_x = _word_lefts(raw_tp, line_text, start, gap)
                    lines.extend(pieces or [line])
            finally:
                textpage.close()
        finally:
            page.close()
    return lines, total_chars, any_images


# Cells of one table row that PDFium reads as one line are told apart by the space between
# them: a horizontal gap this many times the font size is a column gap, not word spacing (words
# are set about a quarter of the font size apart; table cells with their padding at least two).
_COLUMN_GAP_SIZES = 2.0


def _has_column_gap(raw, raw_tp, first: int, last: int, size: float, boxes):
    """Whether the characters ``first``..``last`` hold a column gap (True); else the left edge
    of each of PDFium's rectangles for the range after the first (one per text object: a line
    set in one object, as prose mostly is, costs one call), where cells set only a word space
    apart may still begin."""
    count = raw.FPDFText_CountRects(raw_tp, first, last - first + 1)
    if count < 2:
        return None
    gap = _COLUMN_GAP_SIZES * max(size, 1.0)
    left, top, right, bottom = (box._obj for box in boxes)
    previous_right = None
    starts = []
    for n in range(count):
        raw.FPDFText_GetRect(raw_tp, n, *boxes)
        if previous_right is not None:
            if left.value - previous_right >= gap:
                return True
            starts.append((left.value, (top.value + bottom.value) / 2))
        previous_right = right.value
    return starts


def _word_lefts(raw_tp, line_text: str, start: int, starts) -> dict[int, float] | None:
    """Word number -> left edge, for the words that open a text object of the line after the
    first: where a table can later cut it at a column edge its cells share, when PDFium ran two
    cells into one line with only a word space between them. Each is found by halving over
    the words (their left edges run left to right), a few calls a line."""
    import pypdfium2.raw as raw

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    offsets = [word.start() for word in re.finditer(r"\S+", line_text)]

    def left_of(n: int) -> float:
        char = raw.FPDFText_GetCharIndexFromTextIndex(raw_tp, start + offsets[n])
        if char < 0 or not raw.FPDFText_GetCharBox(
            raw_tp,
            char,
            ctypes.byref(left),
            ctypes.byref(right),
            ctypes.byref(bottom),
            ctypes.byref(top),
        ):
            return float("nan")
        return left.value

    found: dict[int, float] = {}
    for x, _ in starts:
        low, high = 1, len(offsets) - 1
        while low <= high:
            middle = (low + high) // 2
            here = left_of(middle)
            if here != here:  # no box: give up on this line
                return found or None
            if abs(here - x) <= 0.5:
                found[middle] = round(here, 1)
                break
            if here < x:
                low = middle + 1
            else:
                high = middle - 1
    return found or None


def _split_at_gaps(raw_tp, line: _Line, line_text: str, start: int, height: float):
    """``line`` cut where its characters stand a column gap apart: one line per cell, each
    with its own left edge, marked as a cell."""
    import pypdfium2.raw as raw

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    gap = _COLUMN_GAP_SIZES * max(line.size, 1.0)
    cuts: list[tuple[int, float]] = []  # (offset in line_text, x of the piece's first char)
    word_starts: list[tuple[int, float]] = []
    previous_right = None
    index_of, box_of = raw.FPDFText_GetCharIndexFromTextIndex, raw.FPDFText_GetCharBox

    def box(offset: int) -> bool:
        char = index_of(raw_tp, start + offset)
        return char >= 0 and bool(box_of(raw_tp, char, *refs))

    # A column gap falls between words (PDFium puts a space there), so only each word's first
    # and last characters are measured.
    for word in re.finditer(r"\S+", line_text):
        if not box(word.start()):
            continue
        if previous_right is None or left.value - previous_right >= gap:
            cuts.append((word.start(), left.value))
        word_starts.append((word.start(), round(left.value, 1)))
        if word.end() - 1 == word.start() or box(word.end() - 1):
            previous_right = right.value
    if len(cuts) < 2:
        return None
    pieces = []
    for n, (offset, x) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(line_text)
        text = _clean(line_text[offset:end])
        if text:
            left_edge = line.left if n == 0 else round(x, 1)
            piece = _Line(
                text,
                line.page,
                line.top,
                line.bottom,
                line.size,
                line.bold,
                line.in_margin,
                left_edge,
                line.baseline,
                True,
            )
            piece.word_x = {
                n: x for n, (at, x) in enumerate(w for w in word_starts if offset <= w[0] < end)
            }
            pieces.append(piece)
    return pieces if len(pieces) >= 2 else None


_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    """One line of text: control characters (PDFium's 0x02 for a hyphen at a line end, or
    whatever a font without a Unicode map yields), soft hyphens and lone surrogates dropped."""
    text = _INVISIBLE.sub("", text.replace("\u00a0", " "))
    return re.sub(r"\s+", " ", text).strip()


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _drop_running_lines(lines: list[_Line], pages: int) -> tuple[list[_Line], int]:
    """Remove lines that repeat in the page margins of most pages, and bare page numbers."""
    seen_on: Counter[str] = Counter()
    if pages >= 2:
        for key in {(_running_key(line.text), line.page) for line in lines if line.in_margin}:
            seen_on[key[0]] += 1
    threshold = max(2, (pages + 1) // 2)
    kept: list[_Line] = []
    removed = 0
    for line in lines:
        if line.in_margin and (
            seen_on[_running_key(line.text)] >= threshold or _PAGE_NUMBER.match(line.text)
        ):
            removed += 1
            continue
        kept.append(line)
    return kept, removed


def _pitch(line: _Line, previous: _Line | None) -> float | None:
    """Distance between two lines' baselines on the same page (None across pages)."""
    if previous is None or previous.page != line.page:
        return None
    if line.baseline is not None and previous.baseline is not None:
        return line.baseline - previous.baseline
    return line.bottom - previous.bottom


def _usual_leading(lines: list[_Line]) -> float:
    """The commonest baseline-to-baseline distance of body lines: the document's line spacing."""
    pitches = []
    for previous, line in zip(lines, lines[1:], strict=False):
        pitch = _pitch(line, previous)
        if pitch is not None and line.size > 0 and 0.8 * line.size < pitch < 2.5 * line.size:
            pitches.append(round(pitch, 1))
    if not pitches:
        return 0.0
    counts = Counter(pitches)
    return counts.most_common(1)[0][0]


_ENDS_SENTENCE = re.compile(r"[.!?:]['\u2019\")]*$")


def _capitals(text: str) -> bool:
    """A line set in capitals ("ALL ABOUT ME"): templates exported to PDF mark headings so."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 6


def _body_size(lines: list[_Line]) -> float:
    sizes = [line.size for line in lines if line.size > 0]
    return median(sizes) if sizes else 0.0


_COLUMN_EDGE = 3.0  # points: cells of one column start this close to the column's left edge


def _blocks_with_tables(lines: list[_Line]) -> list[Block]:
    """Blocks of ``lines``, with each run of table rows read as table cells (see
    :func:`_table_span`); the text around them is joined into paragraphs as before."""
    leading = _usual_leading(lines)
    body_size = _body_size(lines)
    blocks: list[Block] = []
    table = 0
    done = 0
    i = 0
    previous_cells: list[Block] = []
    while i < len(lines):
        if not lines[i].cell:
            i += 1
            continue
        start, end, columns = _table_span(lines, i, leading)
        if start < done:
            start = done
        blocks.extend(_blocks_from_lines(lines[done:start], body_size, leading))
        table += 1
        cells = _table_cells(lines[start:end], columns, leading, table)
        if previous_cells and _continues(previous_cells, cells, lines, start):
            cells = _continued(previous_cells, cells)
        table = max(block.location.table or table for block in cells)
        blocks.extend(cells)
        previous_cells = cells
        done = i = end
    blocks.extend(_blocks_from_lines(lines[done:], body_size, leading))
    return blocks


def _continues(before: list[Block], after: list[Block], lines: list[_Line], start: int) -> bool:
    """Whether a table at the top of a page carries on the one that ended the page before:
    nothing between them, and the same column edges."""
    if start == 0 or lines[start - 1].page == lines[start].page:
        return False
    if before[-1].location.page != lines[start - 1].page:
        return False
    edges = sorted(
        {b.indent or 0.0 for b in before if b.location.table == before[-1].location.table}
    )
    again = sorted({b.indent or 0.0 for b in after})
    return len(edges) == len(again) and all(
        abs(a - b) <= _COLUMN_EDGE for a, b in zip(edges, again, strict=True)
    )


def _continued(before: list[Block], after: list[Block]) -> list[Block]:
    """``after``'s cells renumbered as more rows of the table ``before`` ends with; a header
    row repeated at the top of the page is dropped."""
    table = before[-1].location.table
    rows = [b for b in before if b.location.table == table]
    header = [b.text for b in rows if b.location.row == rows[0].location.row]
    first_table = after[0].location.table
    repeated = [b.text for b in after if b.location.table == first_table and b.location.row == 1]
    last_row = max(b.location.row or 0 for b in rows)
    out = []
    for block in after:
        loc = block.location
        if loc.table != first_table:
            out.append(block)
            continue
        if repeated == header and loc.row == 1:
            continue
        row = last_row + (loc.row or 1) - (1 if repeated == header else 0)
        out.append(
            replace(block, location=Location(page=loc.page, table=table, row=row, cell=loc.cell))
        )
    return out


def _column_of(left: float, columns: list[float]) -> int | None:
    for n, edge in enumerate(columns):
        if abs(left - edge) <= _COLUMN_EDGE:
            return n
    return None


def _position(line: _Line) -> float:
    """Where a line sits in the document's flow: page first, then baseline."""
    return line.page * 10_000 + (line.baseline if line.baseline is not None else line.bottom)


def _table_span(lines: list[_Line], seed: int, leading: float) -> tuple[int, int, list[float]]:
    """The run of lines around ``lines[seed]`` (a line PDFium ran over a column gap) that make
    one table: back over the lines of the seed's row (PDFium may give a row's first cell as
    lines of its own), forward while each line is a cell or starts at a column edge within two
    line spacings of the table so far, or opens the next page at a column edge (a table broken
    across pages)."""
    top = _position(lines[seed])
    step = leading or lines[seed].size * 1.2
    start = seed
    while (
        start > 0
        and lines[start - 1].page == lines[seed].page
        and top - 0.5 <= _position(lines[start - 1]) <= top + 8 * step
    ):
        start -= 1
    while start < seed and abs(_position(lines[start]) - top) > 0.5:
        start += 1  # a row's first cell begins at the row's top, like the rest of the row
    above = lines[start - 1] if start > 0 else None
    if (
        above is not None
        and above.bold
        and not _LABELLED_LINE.match(above.text)
        and above.page == lines[start].page
        and abs(above.left - lines[start].left) <= _COLUMN_EDGE
        and 0 < top - _position(above) <= 2 * step + 0.5
    ):
        start -= 1  # the table's title row ("Cognition and learning"), set across the table
    columns: list[float] = []
    for line in lines[start : seed + 1]:
        if _column_of(line.left, columns) is None:
            columns.append(line.left)
    lowest = max(_position(line) for line in lines[start : seed + 1])
    baselines = {round(_position(line)) for line in lines[start : seed + 1]}
    end = seed + 1
    while end < len(lines):
        line = lines[end]
        here = _position(line)
        column = _column_of(line.left, columns)
        next_page = line.page == lines[end - 1].page + 1 and column is not None
        if here > lowest + 2 * step + 0.5 and not next_page:
            break
        beside = any(round(here) + d in baselines for d in (-1, 0, 1))
        if not line.cell and column is None and not beside:
            break  # a line beside one of the table's own is a cell of a column not yet seen
        if column is None:
            columns.append(line.left)
        lowest = max(lowest, here)
        baselines.add(round(here))
        end += 1
    return start, end, sorted(columns)


def _cut_at_columns(line: _Line, columns: list[float]) -> list[_Line]:
    """A line PDFium ran over two cells set only a word space apart, cut where a word starts
    at another column's edge."""
    words = line.text.split()
    if not line.word_x:
        return [line]
    own = _column_of(line.left, columns)
    cuts = [0] + sorted(
        n
        for n, x in line.word_x.items()
        if 0 < n < len(words) and (column := _column_of(x, columns)) is not None and column != own
    )
    if len(cuts) == 1:
        return [line]
    pieces = []
    for n, at in enumerate(cuts):
        end = cuts[n + 1] if n + 1 < len(cuts) else len(words)
        left = line.left if n == 0 else line.word_x[at]
        pieces.append(
            _Line(
                " ".join(words[at:end]),
                line.page,
                line.top,
                line.bottom,
                line.size,
                line.bold,
                line.in_margin,
                left,
                line.baseline,
                True,
            )
        )
    return pieces


def _row_tops(by_column: dict[int, list[_Line]], step: float, first: float) -> list[float]:
    """Where rows begin. Rows are set top-aligned, so a row begins at a baseline where two or
    more columns begin (or resume after more than a line spacing) and no other column has text
    just below it that began earlier (a paragraph break inside one cell, even when another
    cell breaks on the same line, is not a new row); or at a bold title set alone."""
    begins: dict[float, dict[int, float]] = {}  # baseline -> column -> gap above it there
    shared = Counter(round(_position(line)) for lines in by_column.values() for line in lines)
    alone: set[float] = set()
    for column, column_lines in by_column.items():
        previous = None
        for line in column_lines:
            here = round(_position(line))
            if previous is None or here - previous > step:
                gap = float("inf") if previous is None else here - previous
                begins.setdefault(here, {})[column] = gap
                if line.bold and shared[here] == 1:
                    alone.add(here)
            previous = here
    last = {c: round(_position(ls[-1])) for c, ls in by_column.items()}
    # Certain rows: every column still holding text begins there.
    certain = {
        here
        for here, columns in begins.items()
        if len(columns) >= 2 and all(c in columns for c in by_column if last[c] >= here)
    }
    row_gap = min(
        (gap for here in certain for gap in begins[here].values() if gap != float("inf")),
        default=0.0,
    )
    positions = {c: [round(_position(line)) for line in ls] for c, ls in by_column.items()}
    tops = []
    for here, columns in sorted(begins.items()):
        if here == first or here in alone or here in certain:
            tops.append(here)
            continue
        if len(columns) < 2 or min(columns.values()) < row_gap - 0.5:
            continue  # paragraphs breaking on one line in two cells, not a row
        others_busy = any(
            column not in columns and any(here < at <= here + step for at in positions[column])
            for column in by_column
        )
        if not others_busy:
            tops.append(here)
    return tops


def _table_cells(
    lines: list[_Line], columns: list[float], leading: float, table: int
) -> list[Block]:
    """One table cell block per row and column, numbered by column from the left, as in a
    Word table; a bold title row after other rows starts a table of its own (the national
    template sets one table per area of need, each under its title)."""
    by_column: dict[int, list[_Line]] = {}
    for whole in lines:
        for line in _cut_at_columns(whole, columns):
            by_column.setdefault(_column_of(line.left, columns) or 0, []).append(line)
    for column_lines in by_column.values():
        column_lines.sort(key=_position)
    step = _cell_leading(by_column, leading) * 1.2 + 0.5
    first = round(min(_position(line) for line in lines))
    row_tops = _row_tops(by_column, step, first)
    at_top: dict[float, list[_Line]] = {}
    for column_lines in by_column.values():
        for line in column_lines:
            at_top.setdefault(round(_position(line)), []).append(line)
    alone = {top for top in row_tops if len(at_top.get(top, ())) == 1 and at_top[top][0].bold}
    cells: dict[tuple[int, int], list[_Line]] = {}
    for column, column_lines in by_column.items():
        for line in column_lines:
            here = round(_position(line))
            row = sum(1 for top in row_tops if top <= here) or 1
            cells.setdefault((row, column), []).append(line)
    titles = {n + 1 for n, top in enumerate(row_tops) if top in alone and n > 0}
    blocks = []
    row_offset = 0
    for (row, column), cell in sorted(cells.items()):
        if row in titles and column == 0:
            table += 1
            row_offset = row - 1
        location = Location(page=cell[0].page, table=table, row=row - row_offset, cell=column + 1)
        for paragraph in _cell_paragraphs(cell, step):
            text = " ".join(line.text for line in paragraph)
            text = re.sub(r"(\w)- (\w)", r"\1-\2", text) if "- " in text else text
            bold = all(line.bold for line in paragraph)
            kind = BlockKind.TABLE_CELL
            blocks.append(
                Block(kind, text, location, indent=columns[column], bold=bold, emphasised=bold)
            )
    return blocks


def _cell_leading(by_column: dict[int, list[_Line]], leading: float) -> float:
    """The line spacing inside the table's cells: the commonest distance between a cell's
    lines (the document's own may be the row pitch of a table of one-line rows)."""
    pitches = Counter(
        round(b.baseline - a.baseline, 1)
        for column_lines in by_column.values()
        for a, b in zip(column_lines, column_lines[1:], strict=False)
        if a.page == b.page
        and a.baseline is not None
        and b.baseline is not None
        and 0.8 * b.size < b.baseline - a.baseline < 1.5 * b.size
    )
    if pitches:
        return pitches.most_common(1)[0][0]
    size = max(line.size for column_lines in by_column.values() for line in column_lines)
    return min(leading, size * 1.25) if leading else size * 1.2


def _cell_paragraphs(cell: list[_Line], step: float) -> list[list[_Line]]:
    """A cell's lines as paragraphs (as a Word cell holds them): a wider gap, a bullet, or a
    line on another page starts the next."""
    paragraphs: list[list[_Line]] = []
    previous = None
    for line in cell:
        here = _position(line)
        if previous is None or here - previous > step or _BULLET.match(line.text):
            paragraphs.append([])
        paragraphs[-1].append(line)
        previous = here
    return paragraphs


def _blocks_from_lines(
    lines: list[_Line], body_size: float | None = None, leading: float | None = None
) -> list[Block]:
    """Join lines into blocks: a line continues the block above when it sits at the document's
    usual line spacing below it (a wider gap is a new paragraph), is set in the same style, and
    does not open with a bullet. Long on purpose: one pass over every line of the plan that
    keeps the block being built in local variables; helpers per line would cost calls in the
    reader's hottest loop."""
    if not lines:
        return []
    if body_size is None:
        body_size = _body_size(lines)
    if leading is None:
        leading = _usual_leading(lines)
    blocks: list[Block] = []
    current: list[_Line] = []
    current_kind = BlockKind.PARAGRAPH

    def close_below(line: _Line, previous: _Line | None) -> bool:
        pitch = _pitch(line, previous)
        if pitch is None or pitch <= 0.3 * max(line.size, 1.0):
            return False  # another page, or another cell on the same row of a table
        limit = leading * 1.2 if leading else max(line.size, 1.0) * 1.5
        return pitch <= limit + 0.5

    def heading_like(line: _Line, previous: _Line | None) -> bool:
        if len(line.text.split()) > _HEADING_MAX_WORDS:
            return False
        larger = body_size > 0 and line.size > body_size * 1.15
        if not (line.bold or larger or _LABELLED_LINE.match(line.text) or _capitals(line.text)):
            return False
        # "... who are listed in / Section G." is a paragraph running on, not a heading.
        runs_on = (
            previous is not None
            and not previous.bold
            and not _ENDS_SENTENCE.search(previous.text)
            and close_below(line, previous)
            and abs(line.size - previous.size) < 0.5
        )
        return not runs_on

    def flush() -> None:
        if not current:
            return
        text = " ".join(line.text for line in current)
        text = re.sub(r"(\w)- (\w)", r"\1-\2", text) if "- " in text else text
        emphasised = current_kind is BlockKind.HEADING
        blocks.append(
            Block(
                kind=current_kind,
                text=text,
                location=Location(page=current[0].page),
                heading_level=None,
                emphasised=emphasised,
                indent=current[0].left,
                bold=emphasised or all(line.bold for line in current),
            )
        )
        current.clear()

    previous: _Line | None = None
    for line in lines:
        is_heading = heading_like(line, previous)
        kind = (
            BlockKind.HEADING
            if is_heading
            else BlockKind.LIST_ITEM
            if _BULLET.match(line.text)
            else BlockKind.PARAGRAPH
        )
        new_block = True
        if previous is not None and current and previous.page == line.page:
            same_style = (current_kind is BlockKind.HEADING) == is_heading
            if (
                same_style
                and close_below(line, previous)
                and (
                    kind is BlockKind.PARAGRAPH
                    or (is_heading and current_kind is BlockKind.HEADING)
                )
                and not (current_kind is BlockKind.HEADING and _LABELLED_LINE.match(line.text))
            ):
                new_block = False
        elif (
            # A paragraph that runs over a page break: carry on when the last line did not end
            # a sentence and this one starts in lower case.
            previous is not None
            and current
            and previous.page != line.page
            and kind is BlockKind.PARAGRAPH
            and current_kind is not BlockKind.HEADING
            and not _ENDS_SENTENCE.search(previous.text)
            and line.text[:1].islower()
        ):
            new_block = False
        if new_block:
            flush()
            current_kind = kind
        current.append(line)
        previous = line
    flush()
    return blocks
