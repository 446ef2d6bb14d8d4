"""Read a plan file into located blocks.

The format is decided by the file's first bytes, not its name, so a file whose extension lies
is named as such instead of failing deep inside a parser. Every failure is an
:class:`~ehcp_audit.errors.UnreadableFile` with a one-line cause that holds no plan text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ehcp_audit.errors import UnreadableFile
from ehcp_audit.model import Document

SUPPORTED_SUFFIXES = (".docx", ".pdf")


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds that keep one hostile file from exhausting the machine."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_xml_bytes: int = 256 * 1024 * 1024  # uncompressed size of one part of a .docx
    max_compression_ratio: int = 200  # a zip member expanding more than this is a bomb
    max_pages: int = 5000
    max_table_depth: int = 64


def sniff(head: bytes) -> str:
    """What the first bytes of a file say it is."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.lstrip().startswith((b"{\\rtf",)):
        return "rtf"
    if head.lstrip()[:5].lower() in (b"<html", b"<!doc", b"<?xml"):
        return "markup"
    return "unknown"


_DESCRIBE = {
    "pdf": "a PDF",
    "zip": "a zip archive (Word .docx?)",
    "ole": "an old-format Office file (.doc) or a password-protected Word file",
    "rtf": "an RTF document",
    "markup": "an HTML or XML file",
    "unknown": "not a Word or PDF file",
}


def read_document(path: Path, limits: ReadLimits | None = None) -> Document:
    """Read ``path`` into a :class:`Document`; raise :class:`UnreadableFile` on any failure."""
    limits = limits or ReadLimits()
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise UnreadableFile("file not found (removed during the scan?)") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from None
    if size == 0:
        raise UnreadableFile("empty file (0 bytes)")
    if size > limits.max_file_bytes:
        raise UnreadableFile(
            f"file is {size / 1e6:.0f} MB, over the {limits.max_file_bytes / 1e6:.0f} MB limit"
        )
    try:
        with open(path, "rb") as handle:
            head = handle.read(2048)
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from None

    suffix = path.suffix.lower()
    kind = sniff(head)
    if suffix == ".pdf":
        if kind != "pdf":
            raise UnreadableFile(f"named .pdf but the content is {_DESCRIBE[kind]}")
        from ehcp_audit.readers.pdf import read_pdf

        return read_pdf(path, limits)
    if suffix in (".docx", ".docm"):
        if kind == "ole":
            from ehcp_audit.readers.docx import describe_ole

            raise UnreadableFile(describe_ole(path))
        if kind != "zip":
            raise UnreadableFile(f"named {suffix} but the content is {_DESCRIBE[kind]}")
        from ehcp_audit.readers.docx import read_docx

        return read_docx(path, limits)
    raise UnreadableFile(
        f"unsupported file type {suffix or '(no extension)'}: expected .docx or .pdf"
    )
