"""Read a plan file into located blocks.

The format is decided by the file's first bytes, not its name, so a file whose extension lies
is named as such instead of failing deep inside a parser. Every failure is an
:class:`~ehcp_audit.errors.UnreadableFile` with a one-line cause that holds no plan text:
:func:`read_document` raises nothing else, whatever the input.

Hostile input is bounded by :class:`ReadLimits`: the file's size; for a .docx the number of zip
members, the inflated size of each part read (checked against the zip directory before anything
is inflated, and again while inflating), table nesting and the number of paragraphs; for a PDF
the inflated size of its compressed streams (checked before PDFium sees the file) and the page
count; and for both the time spent. Files are only ever opened for reading, and a device or pipe
is never opened in blocking mode, so it cannot stall the scan. Process-level limits (the scan's
worker timeout and memory limit) remain the last line of defence against what no check foresees.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ehcp_audit.errors import UnreadableFile
from ehcp_audit.model import Document

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".doc", ".rtf", ".odt")  # the last three via LibreOffice
SCANNED_CAUSE = "no text layer (scanned?)"
OCR_HINT = "OCR needed: run with --ocr (Tesseract; Debian: apt-get install tesseract-ocr tesseract-ocr-eng)"

_MAX_CAUSE = 160


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds that keep one hostile file from exhausting the machine.

    Memory: parsing a part of a .docx takes about 13 times its size, so a 32 MiB
    ``document.xml`` peaks near 450 MB; no real plan comes near it (a 100-page plan's is a few
    MB). PDFium holds a page's inflated content streams whole, hence the PDF stream limits.
    ``max_pages`` is generous on purpose: 5,000 short pages read in about 1.5 s.
    """

    max_file_bytes: int = 200 * 1024 * 1024
    max_xml_bytes: int = 32 * 1024 * 1024  # inflated size of one part of a .docx
    max_compression_ratio: int = 200  # a large member expanding more than this is a bomb
    max_zip_members: int = 10_000  # a real .docx holds tens to hundreds
    max_pdf_stream_bytes: int = 256 * 1024 * 1024  # one inflated PDF stream (not images)
    max_pdf_inflated_bytes: int = 1024 * 1024 * 1024  # all of them together
    max_pages: int = 5000
    max_table_depth: int = 64
    max_blocks: int = 100_000  # Word paragraphs, in cells too (a long plan has a few thousand)
    max_seconds: float = 120.0  # checked between PDF pages and every few thousand paragraphs


def sniff(head: bytes) -> str:
    """What the first bytes of a file say it is."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if stripped[:5].lower() in (b"<html", b"<!doc", b"<?xml"):
        return "markup"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    if _is_text(head):
        return "text"
    return "unknown"


def _is_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # a UTF-16 byte order mark: Notepad's "Unicode" text
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return False
        text = head[: exc.start].decode("utf-8")
    printable = sum(1 for c in text if c.isprintable() or c in "\t\r\n\f")
    return printable >= 0.95 * max(len(text), 1)


_DESCRIBE = {
    "pdf": "a PDF",
    "zip": "a zip archive (Word .docx?)",
    "ole": "an old-format Office file (.doc) or a password-protected Word file",
    "rtf": "an RTF document",
    "markup": "an HTML or XML file",
    "image": "an image (a scan?), not a document",
    "text": "plain text, not a Word or PDF file",
    "unknown": "not a Word or PDF file",
}


def one_line(cause: str) -> str:
    """A cause fit to print on one line: control characters folded, length bounded."""
    cause = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\s]+", " ", cause).strip()
    cause = cause.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
    if len(cause) > _MAX_CAUSE:
        cause = cause[: _MAX_CAUSE - 1].rstrip() + "\u2026"
    return cause or "could not read file"


def read_document(path: Path, limits: ReadLimits | None = None, ocr: bool = False) -> Document:
    """Read ``path`` into a :class:`Document`; raise :class:`UnreadableFile` on any failure.

    Nothing else escapes: an unexpected error becomes a generic one-line cause naming only its
    type. The cause is raised outside the ``except`` block, so the exception carries no chained
    traceback whose frames would keep the file's contents alive.

    ``ocr``: a PDF with no text layer is read with Tesseract (see :mod:`ehcp_audit.readers.ocr`)
    instead of being refused; the document then carries ``ocr`` figures saying so.
    """
    cause: str
    try:
        path = path if isinstance(path, Path) else Path(os.fsdecode(path))
        return _read(path, limits or ReadLimits(), ocr)
    except UnreadableFile as exc:
        cause = exc.cause
    except FileNotFoundError:
        cause = "file not found (removed during the scan?)"
    except PermissionError:
        cause = "permission denied"
    except IsADirectoryError:
        cause = "is a folder, not a file"
    except MemoryError:
        cause = "file too large to read (out of memory)"
    except RecursionError:
        cause = "document structure nested too deeply to read"
    except OSError as exc:
        cause = f"cannot read file: {exc.strerror or type(exc).__name__}"
    except Exception as exc:  # noqa: BLE001 - the boundary: no other exception may escape
        cause = f"could not read file (internal error: {type(exc).__name__})"
    raise UnreadableFile(one_line(cause))


def _open_flags() -> int:
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_CLOEXEC", "O_NOCTTY", "O_BINARY"):
        flags |= getattr(os, name, 0)
    return flags


def _read(path: Path, limits: ReadLimits, ocr: bool = False) -> Document:
    # Non-blocking open: a pipe or device named like a plan must not stall the scan.
    fd = os.open(path, _open_flags())
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("not a regular file (a device, pipe or socket)")
        size = info.st_size
        if size == 0:
            raise UnreadableFile("empty file (0 bytes)")
        if size > limits.max_file_bytes:
            mb = 1024 * 1024
            raise UnreadableFile(
                f"file is {size / mb:,.0f} MB, over the {limits.max_file_bytes / mb:,.0f} MB limit"
            )
        head = handle.read(2048)
        suffix = path.suffix.lower()
        kind = sniff(head)
        if suffix == ".pdf":
            if kind != "pdf":
                raise UnreadableFile(f"named .pdf but the content is {_DESCRIBE[kind]}")
            from ehcp_audit.readers.pdf import read_pdf

            handle.close()  # PDFium opens the file itself
            try:
                return read_pdf(path, limits)
            except UnreadableFile as exc:
                if not exc.cause.startswith(SCANNED_CAUSE):
                    raise
            if not ocr:
                raise UnreadableFile(f"{SCANNED_CAUSE}: {OCR_HINT}")
            from ehcp_audit.readers.ocr import read_scanned_pdf

            return read_scanned_pdf(path, limits)
        if suffix in (".doc", ".rtf", ".odt"):
            return _read_legacy(path, suffix, kind, handle, size, limits)
        if suffix in (".docx", ".docm"):
            if kind == "ole":
                from ehcp_audit.readers.docx import describe_ole

                handle.seek(0)
                raise UnreadableFile(describe_ole(handle, size))
            if kind != "zip":
                raise UnreadableFile(f"named {suffix} but the content is {_DESCRIBE[kind]}")
            from ehcp_audit.readers.docx import read_docx

            handle.seek(0)
            return read_docx(path, limits, handle)
    raise UnreadableFile(
        f"unsupported file type {suffix or '(no extension)'}: expected "
        + ", ".join(SUPPORTED_SUFFIXES)
    )


_LEGACY_KINDS = {".doc": ("ole", "rtf"), ".rtf": ("rtf",), ".odt": ("zip",)}


def _read_legacy(path: Path, suffix: str, kind: str, handle, size: int, limits) -> Document:
    """A .doc, .rtf or .odt: checked by its content, converted by LibreOffice, read as .docx."""
    import io

    from ehcp_audit.readers.convert import convert_to_docx
    from ehcp_audit.readers.docx import describe_ole, read_docx

    if kind not in _LEGACY_KINDS[suffix]:
        raise UnreadableFile(f"named {suffix} but the content is {_DESCRIBE[kind]}")
    if kind == "ole":
        handle.seek(0)
        described = describe_ole(handle, size)
        if not described.startswith("old Word 97-2003"):
            raise UnreadableFile(described)
    handle.close()
    data = convert_to_docx(path, suffix, timeout=min(limits.max_seconds, 90.0))
    document = read_docx(path, limits, io.BytesIO(data))
    document.format = suffix.lstrip(".")
    return document
