"""Word (.docx) reader.

The package is opened with :mod:`zipfile` and checked before anything is parsed: the number of
zip members, the main part named by ``_rels/.rels`` (a workbook, presentation or OpenDocument
file is named as such), and each part's inflated size as the zip directory declares it, so a
decompression bomb is refused before a byte is inflated; inflating stops at the same limit in
case the directory lies. Parts are streamed into an lxml parser that never resolves entities or
fetches anything, and a part that declares a DTD (which Word never writes: the "billion laughs"
entity bomb needs one) is refused. Macro-enabled files are read like any other: macros are never
run, and ``word/vbaProject.bin`` is never opened.

The body is walked directly rather than through python-docx's proxy objects: one pass, body
order, nested tables and content controls included, each merged cell read once, and about ten
times faster on a 5,000-word plan.

Each block carries its paragraph style's name and, for a numbered or bulleted paragraph, its
list level, so later stages can tell apart items set differently (an outcome and its targets).

What becomes plan text: body paragraphs, table cells (nested tables inside the cell that holds
them), content controls. What does not: page headers and footers (separate parts, never read),
deleted tracked changes, field codes, text boxes' fallback copies.
"""

from __future__ import annotations

import errno
import posixpath
import re
import struct
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ehcp_audit.errors import UnreadableFile
from ehcp_audit.model import Block, BlockKind, Document, Location

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"

P, TBL, TR, TC, SDT, SDT_CONTENT = (_W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
R, T, TAB, BR, CR = (_W + t for t in ("r", "t", "tab", "br", "cr"))
SKIP_IN_PARAGRAPH = {
    _W + "delText",
    _W + "instrText",
    _W + "txbxContent",
    f"{{{MC}}}Fallback",
    _W + "pPr",
    _W + "rPr",
    _W + "del",
}
CONTAINERS = {_W + "customXml", _W + "smartTag", SDT_CONTENT, _W + "ins", _W + "moveTo"}

MAIN_DOCUMENT = "word/document.xml"
MACRO_CONTENT_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

_LIST_PREFIX = re.compile(
    r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043\u25e6\-\u2013*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+"
)
_MAX_HEADING_WORDS = 20
_CHUNK = 1 << 20
_MB = 1024 * 1024


# --- OLE compound files (.doc, and Word files saved with a password) -------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage"
_MAX_OLE_DIRECTORY_SECTORS = 4096


def describe_ole(handle: BinaryIO, size: int) -> str:
    """Say what an OLE compound file named .docx is, from the names in its directory.

    A Word file saved with a password to open is an OLE file holding an ``EncryptedPackage``
    stream, not a zip. The directory is found through the file's allocation table (it can sit
    anywhere, often at the end); if that fails the whole file is scanned for the stream name.
    """
    try:
        names = _ole_names(handle, size)
    except (ValueError, struct.error, OSError):
        names = None
    if names is None:
        found = _scan_for(handle, _ENCRYPTED_PACKAGE.encode("utf-16-le"))
        if found:
            return "password-protected Word file: remove the password in Word and save again"
        return "damaged old-format Office file (.doc?): open it in Word and save as .docx"
    if _ENCRYPTED_PACKAGE in names:
        return "password-protected Word file: remove the password in Word and save again"
    if "WordDocument" in names:
        return "old Word 97-2003 (.doc) format, not .docx: open it in Word and save as .docx"
    if "Workbook" in names or "Book" in names:
        return "an old-format Excel file (.xls), not a Word document"
    if "PowerPoint Document" in names:
        return "an old-format PowerPoint file (.ppt), not a Word document"
    return "an old-format Office file that is not a Word document"


def _ole_names(handle: BinaryIO, size: int) -> set[str]:
    handle.seek(0)
    header = handle.read(512)
    if len(header) < 512 or not header.startswith(_OLE_MAGIC):
        raise ValueError("short header")
    shift = struct.unpack_from("<H", header, 30)[0]
    if shift not in (9, 12):
        raise ValueError("bad sector size")
    sector = 1 << shift
    sectors = max(0, (size - sector) // sector + (1 if (size - sector) % sector else 0))
    first_dir, _, _, _, _, first_difat, difat_count = struct.unpack_from("<7I", header, 48)
    fat_sectors = [s for s in struct.unpack_from("<109I", header, 76) if s < sectors]
    per_sector = sector // 4

    def read_sector(n: int) -> bytes:
        if n >= sectors:
            raise ValueError("sector out of range")
        handle.seek((n + 1) * sector)
        data = handle.read(sector)
        if len(data) < sector:
            raise ValueError("truncated")
        return data

    next_difat, hops = first_difat, 0
    while next_difat < sectors and hops <= min(difat_count, sectors):
        entries = struct.unpack(f"<{per_sector}I", read_sector(next_difat))
        fat_sectors += [s for s in entries[:-1] if s < sectors]
        next_difat, hops = entries[-1], hops + 1

    def next_in_chain(n: int) -> int:
        fat_index, slot = divmod(n, per_sector)
        if fat_index >= len(fat_sectors):
            raise ValueError("chain leaves the allocation table")
        return struct.unpack_from("<I", read_sector(fat_sectors[fat_index]), slot * 4)[0]

    names: set[str] = set()
    current, seen = first_dir, set()
    while current < sectors and current not in seen and len(seen) < _MAX_OLE_DIRECTORY_SECTORS:
        seen.add(current)
        data = read_sector(current)
        for offset in range(0, sector, 128):
            entry = data[offset : offset + 128]
            length = struct.unpack_from("<H", entry, 64)[0]
            if entry[66] in (1, 2, 5) and 2 <= length <= 64:
                names.add(entry[: length - 2].decode("utf-16-le", "replace"))
        current = next_in_chain(current)
    if not names:
        raise ValueError("empty directory")
    return names


def _scan_for(handle: BinaryIO, needle: bytes) -> bool:
    handle.seek(0)
    tail = b""
    while chunk := handle.read(_CHUNK):
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle) :]
    return False


# --- the zip package ---------------------------------------------------------------------------


class _NotWellFormed(UnreadableFile):
    """A part that is not well-formed XML (as opposed to one that is too big or unsafe)."""


def _parser() -> etree.XMLParser:
    # No entities resolved, no DTD or network fetched; huge_tree only lifts libxml2's 10 MB
    # limit on one text node (a long paragraph), since every part's size is already bounded by
    # ReadLimits.max_xml_bytes. A parser per part: lxml parsers are not shared across threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )


_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_UNSAFE_XML = "unsafe Word file: it declares XML entities, which Word never writes (entity bomb?)"


def _check_declared_size(info: zipfile.ZipInfo, label: str, limits) -> None:
    if info.flag_bits & 0x1:
        raise UnreadableFile("the zip inside the Word file is password-protected")
    size, packed = info.file_size, info.compress_size
    if size > limits.max_xml_bytes:
        raise UnreadableFile(
            f"{label} would expand to {size / _MB:,.0f} MB, over the "
            f"{limits.max_xml_bytes / _MB:,.0f} MB limit (zip bomb?)"
        )
    if packed and size / packed > limits.max_compression_ratio and size > 16 * 1024 * 1024:
        raise UnreadableFile(f"{label} expands {size // packed:,}x (decompression bomb?)")


def _parse_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, limits):
    """Stream one part into the parser; refuse it if it inflates past the limit or has a DTD."""
    _check_declared_size(info, label, limits)
    parser = _parser()
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                if total == 0 and any(marker in chunk for marker in _DTD_MARKERS):
                    raise UnreadableFile(_UNSAFE_XML)
                total += len(chunk)
                if total > limits.max_xml_bytes:  # the zip directory understated the size
                    raise UnreadableFile(f"{label} expands past the size limit (zip bomb?)")
                parser.feed(chunk)
        if total == 0:
            raise _NotWellFormed(f"corrupt Word file: {label} is empty")
        root = parser.close()
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc)
        if "entit" in message.lower() or "amplification" in message.lower():
            raise UnreadableFile(_UNSAFE_XML) from None
        if "depth" in message.lower():
            raise UnreadableFile("document structure nested too deeply to read") from None
        raise _NotWellFormed(
            f"corrupt Word file: {label} is not well-formed XML ({message.splitlines()[0]})"
        ) from None
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, struct.error) as exc:
        if "CRC" in str(exc):
            detail = "bad checksum"
        elif isinstance(exc, zlib.error):
            detail = "damaged compressed data"
        elif isinstance(exc, EOFError):
            detail = "cut short"
        else:
            detail = "damaged zip entry"
        raise UnreadableFile(f"corrupt or truncated Word file ({label}: {detail})") from None
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # a real read error, reported as such at the boundary
            raise
        raise UnreadableFile(f"corrupt Word file ({label}: points outside the file)") from None
    except NotImplementedError:
        raise UnreadableFile(
            "Word file uses a zip compression method that is not supported"
        ) from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise UnreadableFile(_UNSAFE_XML)
    return root


class _Package:
    """Part names of a zip, looked up case-insensitively as OPC requires."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.infos = {info.filename.lower(): info for info in archive.infolist()}

    def get(self, name: str) -> zipfile.ZipInfo | None:
        return self.infos.get(name.lstrip("/").lower())

    def has_prefix(self, prefix: str) -> bool:
        return any(name.startswith(prefix) for name in self.infos)

    def target(self, rels_name: str, rel_type: str, base: str, limits) -> str | None:
        """The part a relationship of ``rel_type`` in ``rels_name`` points at, if it exists."""
        info = self.get(rels_name)
        if info is None:
            return None
        try:
            root = _parse_member(self.archive, info, rels_name, limits)
        except _NotWellFormed:
            return None  # a damaged relationships part: fall back to the usual part name
        for rel in root.iter(_REL):
            if rel.get("Type", "").endswith(rel_type) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                joined = target if target.startswith("/") else posixpath.join(base, target)
                name = posixpath.normpath(joined).lstrip("/")
                if self.get(name) is not None:
                    return name
        return None


def _open_zip(handle: BinaryIO, limits) -> zipfile.ZipFile:
    try:
        end_record = getattr(zipfile, "_EndRecData", None)  # reads only the end of the file
        if end_record is not None:
            record = end_record(handle)
            entries = record[getattr(zipfile, "_ECD_ENTRIES_TOTAL", 4)] if record else 0
            if entries > limits.max_zip_members:
                raise UnreadableFile(
                    f"Word file holds {entries:,} parts, far more than any real document "
                    "(damaged or hostile file)"
                )
        handle.seek(0)
        return zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, EOFError, ValueError, struct.error, IndexError, TypeError):
        raise UnreadableFile("corrupt or truncated Word file (not a valid zip archive)") from None
    except OSError as exc:
        if exc.errno != errno.EINVAL:
            raise
        raise UnreadableFile("corrupt or truncated Word file (not a valid zip archive)") from None
    except NotImplementedError:
        raise UnreadableFile("Word file uses a zip feature that is not supported") from None


def _not_word(package: _Package) -> str:
    if package.get("EncryptedPackage") is not None:
        return "password-protected Word file: remove the password in Word and save again"
    if package.has_prefix("xl/"):
        return "an Excel workbook (.xlsx), not a Word document"
    if package.has_prefix("ppt/"):
        return "a PowerPoint file (.pptx), not a Word document"
    if package.get("mimetype") is not None and package.get("content.xml") is not None:
        return "an OpenDocument file (.odt), not .docx: open it in Word and save as .docx"
    return "not a Word document: the zip has no word/document.xml"


class _Styles:
    """Heading levels, list-ness and boldness of paragraph styles, following ``basedOn``."""

    def __init__(self, root: etree._Element | None) -> None:
        self._raw: dict[str, tuple[str, str | None, int | None, bool | None]] = {}
        self._cache: dict[str, tuple[int | None, bool, bool]] = {}
        if root is None:
            return
        for style in root.iter(_W + "style"):
            sid = style.get(_W + "styleId")
            if not sid:
                continue
            name_el = style.find(_W + "name")
            name = (name_el.get(_W + "val") if name_el is not None else sid) or sid
            based = style.find(_W + "basedOn")
            outline = style.find(f"{_W}pPr/{_W}outlineLvl")
            bold_el = style.find(f"{_W}rPr/{_W}b")
            self._raw[sid] = (
                name,
                based.get(_W + "val") if based is not None else None,
                _int(outline.get(_W + "val")) if outline is not None else None,
                _on(bold_el) if bold_el is not None else None,
            )

    def name(self, sid: str | None) -> str | None:
        """The style's name as Word shows it ("List Bullet"), or its id when undefined."""
        if not sid:
            return None
        raw = self._raw.get(sid)
        return raw[0] if raw else sid

    def info(self, sid: str | None) -> tuple[int | None, bool, bool]:
        """(heading level, is a list style, is bold) for a paragraph style id."""
        if not sid:
            return None, False, False
        if sid in self._cache:
            return self._cache[sid]
        level: int | None = None
        bold: bool | None = None
        name = sid
        seen: set[str] = set()
        current: str | None = sid
        first = True
        while current and current not in seen and current in self._raw:
            seen.add(current)
            cname, based, outline, cbold = self._raw[current]
            if first:
                name = cname
                first = False
            if level is None:
                level = _heading_level_from_name(cname)
                if level is None and outline is not None and 0 <= outline < 9:
                    level = outline + 1
            if bold is None:
                bold = cbold
            current = based
        if level is None:
            level = _heading_level_from_name(name) or _heading_level_from_name(sid)
        is_list = name.lower().startswith("list") or "bullet" in name.lower()
        result = (level, is_list, bool(bold))
        self._cache[sid] = result
        return result


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _heading_level_from_name(name: str) -> int | None:
    low = name.lower().replace(" ", "")
    if low == "title":
        return 1
    m = re.fullmatch(r"heading(\d)", low)
    return int(m.group(1)) if m else None


def _on(el: etree._Element) -> bool:
    return el.get(_W + "val", "true").lower() not in ("0", "false", "off", "none")


def _paragraph_text_and_bold(p: etree._Element) -> tuple[str, bool | None]:
    """Visible text of a paragraph, and whether every run carrying text is bold (None: unknown)."""
    parts: list[str] = []
    all_bold: bool | None = None

    def walk(el: etree._Element, run_bold: bool | None) -> None:
        nonlocal all_bold
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIP_IN_PARAGRAPH:
                continue
            if tag == R:
                rpr = child.find(_W + "rPr")
                b = rpr.find(_W + "b") if rpr is not None else None
                bold = _on(b) if b is not None else None
                walk(child, bold)
            elif tag == T:
                if child.text:
                    parts.append(child.text)
                    if child.text.strip():
                        flag = bool(run_bold)
                        all_bold = flag if all_bold is None else (all_bold and flag)
            elif tag in (TAB,):
                parts.append("\t")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag == P:
                continue  # a paragraph inside a text box reached through a drawing: skip
            else:
                walk(child, run_bold)

    walk(p, None)
    return "".join(parts), all_bold


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"[ \t\r\n\f\v\u2028\u2029]+", " ", text).strip()


class _Walker:
    def __init__(self, styles: _Styles, limits) -> None:
        self.styles = styles
        self.limits = limits
        self.blocks: list[Block] = []
        self.paragraph_no = 0
        self.table_no = 0
        self.started = time.monotonic()
        self.visited = 0  # paragraphs seen, empty ones included
        self.shaded_cell = False  # the table cell being read is filled with a colour

    def body(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == P:
                self.paragraph_no += 1
                self.paragraph(child, Location(paragraph=self.paragraph_no))
            elif tag == TBL:
                self.table_no += 1
                self.table(child, self.table_no, depth=1)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self.body(content)
            elif tag in CONTAINERS:
                self.body(child)

    def paragraph(
        self, p: etree._Element, location: Location, in_cell: bool = False, full_row: bool = False
    ) -> None:
        """Add one Word paragraph as a block (style, list level, outline level, emphasis).
        Long on purpose: it runs once per paragraph of every plan and reads each property
        straight from the XML in one frame; helpers would add calls per paragraph."""
        self.visited += 1
        if self.visited > self.limits.max_blocks or self.visited % 4096 == 0:
            self._check_budget()
        raw, all_bold = _paragraph_text_and_bold(p)
        text = _clean(raw)
        if not text:
            return
        ppr = p.find(_W + "pPr")
        sid = None
        has_numbering = False
        list_level: int | None = None
        outline_level = None
        para_bold = False
        if ppr is not None:
            ps = ppr.find(_W + "pStyle")
            sid = ps.get(_W + "val") if ps is not None else None
            num_pr = ppr.find(_W + "numPr")
            has_numbering = num_pr is not None
            if num_pr is not None:
                ilvl = num_pr.find(_W + "ilvl")
                list_level = (_int(ilvl.get(_W + "val")) if ilvl is not None else None) or 0
            ol = ppr.find(_W + "outlineLvl")
            value = _int(ol.get(_W + "val")) if ol is not None else None
            if value is not None and 0 <= value < 9:
                outline_level = value + 1
            mark = ppr.find(f"{_W}rPr/{_W}b")
            para_bold = mark is not None and _on(mark)
        level, list_style, style_bold = self.styles.info(sid)
        if outline_level is not None:
            level = outline_level
        bold = all_bold if all_bold is not None else False
        if all_bold is None and (style_bold or para_bold):
            bold = True
        if not bold and style_bold and all_bold is not False:
            bold = True
        short = len(text.split()) <= _MAX_HEADING_WORDS
        emphasised = short and (bold or (full_row and in_cell))
        if level is not None and short:
            kind = BlockKind.HEADING
        elif in_cell:
            kind = BlockKind.TABLE_CELL
        elif has_numbering or list_style or _LIST_PREFIX.match(text):
            kind = BlockKind.LIST_ITEM
        else:
            kind = BlockKind.PARAGRAPH
        self.blocks.append(
            Block(
                kind=kind,
                text=text,
                location=location,
                heading_level=level if short else None,
                emphasised=emphasised,
                style=self.styles.name(sid),
                list_level=list_level,
                style_level=level,
                bold=bold,
                full_width=full_row and in_cell,
                shaded=in_cell and self.shaded_cell,
            )
        )

    def _check_budget(self) -> None:
        if self.visited > self.limits.max_blocks:
            raise UnreadableFile(
                f"over {self.limits.max_blocks:,} paragraphs: "
                "far more than any plan (damaged or hostile file?)"
            )
        if time.monotonic() - self.started > self.limits.max_seconds:
            raise UnreadableFile(
                f"Word file took over {self.limits.max_seconds:.0f} s to read: too complex"
            )

    def table(
        self, tbl: etree._Element, table_no: int, depth: int, outer: Location | None = None
    ) -> None:
        if depth > self.limits.max_table_depth:
            raise UnreadableFile(f"tables nested more than {self.limits.max_table_depth} deep")
        grid = tbl.find(_W + "tblGrid")
        columns = len(grid.findall(_W + "gridCol")) if grid is not None else 0
        row_no = 0
        for tr in self._rows(tbl):
            row_no += 1
            cells = list(self._cells(tr))
            spans = [self._span(tc) for tc in cells]
            full_row = len(cells) == 1 and (columns > 1 or spans[0] > 1)
            for cell_no, tc in enumerate(cells, start=1):
                if self._continues_vertical_merge(tc):
                    continue  # the restart cell above already holds this merged cell's text
                location = outer or Location(table=table_no, row=row_no, cell=cell_no)
                # Set for the cell's paragraphs rather than passed, so subclasses that read the
                # same walk (annotate's locator) keep paragraph()'s signature.
                shaded, self.shaded_cell = self.shaded_cell, self._shaded(tc)
                self.cell(tc, location, depth, full_row)
                self.shaded_cell = shaded

    def cell(self, tc: etree._Element, location: Location, depth: int, full_row: bool) -> None:
        for child in tc:
            tag = child.tag
            if tag == P:
                self.paragraph(child, location, in_cell=True, full_row=full_row)
            elif tag == TBL:
                self.table(child, location.table or 0, depth + 1, outer=location)
            elif tag == SDT or tag in CONTAINERS:
                content = child.find(SDT_CONTENT) if tag == SDT else child
                if content is not None:
                    self.cell(content, location, depth, full_row)

    @staticmethod
    def _shaded(tc: etree._Element) -> bool:
        """A cell filled with a colour (templates shade their title and label cells)."""
        shd = tc.find(f"{_W}tcPr/{_W}shd")
        if shd is None:
            return False
        fill = (shd.get(_W + "fill") or "").lower()
        return fill not in ("", "auto", "ffffff") or shd.get(_W + "val", "clear") not in (
            "clear",
            "nil",
        )

    @staticmethod
    def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
        for child in tbl:
            if child.tag == TR:
                yield child
            elif child.tag == SDT or child.tag in CONTAINERS:
                content = child.find(SDT_CONTENT) if child.tag == SDT else child
                if content is not None:
                    yield from _Walker._rows(content)

    @staticmethod
    def _cells(tr: etree._Element) -> Iterator[etree._Element]:
        for child in tr:
            if child.tag == TC:
                yield child
            elif child.tag == SDT or child.tag in CONTAINERS:
                content = child.find(SDT_CONTENT) if child.tag == SDT else child
                if content is not None:
                    yield from _Walker._cells(content)

    @staticmethod
    def _span(tc: etree._Element) -> int:
        span = tc.find(f"{_W}tcPr/{_W}gridSpan")
        try:
            return int(span.get(_W + "val")) if span is not None else 1
        except (TypeError, ValueError):
            return 1

    @staticmethod
    def _continues_vertical_merge(tc: etree._Element) -> bool:
        vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
        return vmerge is not None and vmerge.get(_W + "val", "continue") == "continue"


def read_docx(path: Path, limits, handle: BinaryIO | None = None) -> Document:
    """Read a .docx (or .docm) from ``handle``, or from ``path`` when no handle is given."""
    if handle is None:
        with open(path, "rb") as own:
            return read_docx(path, limits, own)
    archive = _open_zip(handle, limits)
    with archive:
        package = _Package(archive)
        main = package.target("_rels/.rels", "/officeDocument", "", limits)
        if main is None or not main.lower().startswith("word/"):
            main = MAIN_DOCUMENT if package.get(MAIN_DOCUMENT) is not None else None
        if main is None:
            raise UnreadableFile(_not_word(package))
        folder, base = posixpath.split(main)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        styles_name = package.target(rels, "/styles", folder, limits) or "word/styles.xml"
        root = _parse_member(archive, package.get(main), "word/document.xml", limits)
        styles_info = package.get(styles_name)
        styles_root = (
            _parse_member(archive, styles_info, "word/styles.xml", limits) if styles_info else None
        )
    if root.tag != _W + "document":
        if isinstance(root.tag, str) and root.tag.startswith(f"{{{W_STRICT}}}"):
            raise UnreadableFile(
                "Word 'Strict Open XML' format is not supported: save it as a Word Document (.docx)"
            )
        raise UnreadableFile("not a Word document: word/document.xml has no w:document root")
    styles = _Styles(styles_root)
    body = root.find(_W + "body")
    walker = _Walker(styles, limits)
    if body is not None:
        try:
            walker.body(body)
        except RecursionError:
            raise UnreadableFile("document structure nested too deeply to read") from None
    return Document(path=str(path), format="docx", blocks=walker.blocks, pages=None)
