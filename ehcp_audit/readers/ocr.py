"""Scanned PDFs (page images, no text layer), read with Tesseract.

Only with ``--ocr``: OCR text is less reliable than a text layer, so a scanned plan is never
read silently. Each page is rendered by PDFium to a greyscale image at 300 dpi in a private
temporary folder and passed to the ``tesseract`` program (Debian: ``tesseract-ocr`` and
``tesseract-ocr-eng``); its TSV output gives words, their boxes and a confidence, from which
paragraphs are rebuilt (a paragraph as Tesseract groups them, one block each, located by page).
A line set clearly taller than the page's body text is marked as emphasised, as the PDF reader
does for large type, so headings are still recognised.

The document carries ``ocr`` figures: engine and version, language, pages, the mean word
confidence (0-100) and the count of words under 60, which every report shows.

``EHCP_AUDIT_TESSERACT`` names another binary (or ``none``, as if it were not installed).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from ehcp_audit.errors import UnreadableFile
from ehcp_audit.model import Block, BlockKind, Document, Location

TESSERACT_ENV = "EHCP_AUDIT_TESSERACT"
LANGUAGE = "eng"
DPI = 300
LOW_CONFIDENCE = 60
INSTALL_HINT = (
    "install Tesseract for --ocr (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng)"
)
_HEADING_HEIGHT = 1.2  # a line this much taller than the page's median line is emphasised
_MAX_HEADING_WORDS = 20


def find_tesseract() -> str | None:
    named = os.environ.get(TESSERACT_ENV)
    if named is not None:
        if named.strip().lower() in ("", "none", "0", "off"):
            return None
        return shutil.which(named) or (named if os.access(named, os.X_OK) else None)
    return shutil.which("tesseract")


def _version(binary: str) -> str:
    try:
        out = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return "tesseract"
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0].strip() if first else "tesseract"


def read_scanned_pdf(path: Path, limits) -> Document:
    """OCR every page of ``path``; raises :class:`UnreadableFile` with a one-line cause."""
    import pypdfium2 as pdfium

    binary = find_tesseract()
    if binary is None:
        raise UnreadableFile(f"no text layer (scanned?): {INSTALL_HINT}")
    started = time.monotonic()
    blocks: list[Block] = []
    confidences: list[float] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = len(pdf)
        with tempfile.TemporaryDirectory(prefix="ehcp-audit-ocr-") as folder:
            image = Path(folder) / "page.pgm"
            for index in range(pages):
                left = limits.max_seconds - (time.monotonic() - started)
                if left <= 0:
                    raise UnreadableFile(
                        f"OCR took over {limits.max_seconds:.0f} s (stopped at page {index + 1} "
                        f"of {pages})"
                    )
                _render(pdf[index], image)
                tsv = _tesseract(binary, image, left)
                page_blocks, page_conf = _blocks_from_tsv(tsv, index + 1)
                blocks.extend(page_blocks)
                confidences.extend(page_conf)
    finally:
        pdf.close()
    if not blocks:
        raise UnreadableFile("no text layer, and OCR found no text (blank or unreadable scan?)")
    mean = round(statistics.fmean(confidences), 1) if confidences else None
    document = Document(path=str(path), format="pdf", blocks=blocks, pages=pages)
    document.ocr = {
        "engine": _version(binary),
        "language": LANGUAGE,
        "pages": pages,
        "mean_confidence": mean,
        "low_confidence_words": sum(1 for c in confidences if c < LOW_CONFIDENCE),
    }
    return document


def _render(page, target: Path) -> None:
    """The page as a binary greyscale PGM (no imaging library needed)."""
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = memoryview(bitmap.buffer)
    with open(target, "wb") as out:
        out.write(f"P5 {width} {height} 255\n".encode("ascii"))
        if stride == width:
            out.write(buffer[: width * height])
        else:
            for row in range(height):
                out.write(buffer[row * stride : row * stride + width])


def _tesseract(binary: str, image: Path, timeout: float) -> str:
    command = [binary, str(image), "stdout", "-l", LANGUAGE, "--psm", "3", "tsv"]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=max(1.0, timeout),
            check=False,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one core per worker
        )
    except subprocess.TimeoutExpired:
        raise UnreadableFile("OCR of a page ran past the time limit") from None
    except OSError as exc:
        raise UnreadableFile(
            f"cannot run Tesseract ({exc.strerror or type(exc).__name__}); {INSTALL_HINT}"
        ) from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = detail[-1][:80] if detail else f"exit status {done.returncode}"
        raise UnreadableFile(f"Tesseract failed ({reason})")
    return done.stdout.decode("utf-8", "replace")


def _blocks_from_tsv(tsv: str, page: int) -> tuple[list[Block], list[float]]:
    """Paragraph blocks and word confidences from Tesseract's TSV output for one page."""
    paragraphs: dict[tuple[int, int], list[tuple[int, str, int]]] = {}
    line_heights: dict[tuple[int, int, int], int] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":  # level 5: a word
            continue
        text = cells[11].strip()
        try:
            conf = float(cells[10])
            block, par, line = int(cells[2]), int(cells[3]), int(cells[4])
            height = int(cells[9])
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        if text == "|":  # Tesseract's usual reading of a sans-serif capital I standing alone
            text = "I"
        confidences.append(conf)
        paragraphs.setdefault((block, par), []).append((line, text, height))
        key = (block, par, line)
        line_heights[key] = max(line_heights.get(key, 0), height)
    if not paragraphs:
        return [], confidences
    body = statistics.median(line_heights.values())
    blocks = []
    for (block, par), words in paragraphs.items():
        text = " ".join(word for _, word, _ in words)
        tallest = max(line_heights[(block, par, line)] for line, _, _ in words)
        short = len(text.split()) <= _MAX_HEADING_WORDS
        emphasised = short and tallest >= _HEADING_HEIGHT * body
        blocks.append(
            Block(
                kind=BlockKind.PARAGRAPH,
                text=text,
                location=Location(page=page),
                emphasised=emphasised,
            )
        )
    return blocks, confidences
