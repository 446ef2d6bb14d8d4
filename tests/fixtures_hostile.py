"""Builders of hostile (and a few good) plan files, each written into a folder the test gives.

Every builder writes a real file -- with zipfile, reportlab, or by hand where no library will
produce the damage -- and returns its path. Nothing here needs more than a few MB of disk or
RAM, including the decompression bomb, whose deflate stream is assembled from one compressed
chunk repeated (see :func:`docx_zip_bomb`).
"""

from __future__ import annotations

import io
import os
import random
import re
import struct
import zipfile
import zlib
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
DOCM_CONTENT_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
MIB = 1 << 20

# --- .docx ---------------------------------------------------------------------------------------


def content_types(main_type: str = DOCX_CONTENT_TYPE, extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
        f"{extra}</Types>"
    )


ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def document_xml(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def write_docx(
    path: Path,
    body: str | None = None,
    *,
    document: str | bytes | None = None,
    main_type: str = DOCX_CONTENT_TYPE,
    extra_parts: dict[str, bytes | str] | None = None,
    include_document: bool = True,
) -> Path:
    """A minimal but valid Word package: content types, package relationships, the body."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types(main_type))
        archive.writestr("_rels/.rels", ROOT_RELS)
        if include_document:
            archive.writestr("word/document.xml", document or document_xml(body or ""))
        for name, data in (extra_parts or {}).items():
            archive.writestr(name, data)
    return path


def good_docx(folder: Path, name: str = "good.docx", text: str = "The child enjoys music.") -> Path:
    return write_docx(folder / name, para(text))


def truncated_docx(folder: Path) -> Path:
    data = good_docx(folder, "whole.docx").read_bytes()
    path = folder / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    (folder / "whole.docx").unlink()
    return path


def docx_missing_document(folder: Path) -> Path:
    return write_docx(folder / "no-document.docx", include_document=False)


# CRC-32 of a long run of identical blocks, computed without reading gigabytes: zlib's
# crc32_combine, which Python's zlib module does not expose.
def _gf2_times(matrix: list[int], vector: int) -> int:
    total, index = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[index]
        vector >>= 1
        index += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, matrix[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A+B from crc(A), crc(B) and len(B)."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << (n - 1) for n in range(1, 32)]  # one zero bit
    even = _gf2_square(odd)  # two zero bits
    odd = _gf2_square(even)  # four zero bits
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def crc32_repeat(block_crc: int, block_len: int, count: int) -> int:
    result, base, base_len = 0, block_crc, block_len
    while count:
        if count & 1:
            result = crc32_combine(result, base, base_len)
        base = crc32_combine(base, base, base_len)
        base_len *= 2
        count >>= 1
    return result


def _raw_deflate(data: bytes, final: bool) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(
        zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH
    )


def _write_zip(path: Path, members: list[tuple[str, list[bytes], int, int, int]]) -> None:
    """Write a zip by hand. Each member: (name, deflate pieces, crc, declared size, repeat of
    the middle piece). Pieces [head, middle, tail] are written head + middle * repeat + tail, so
    a member that inflates to gigabytes costs a few MB of disk and one MB of memory."""
    central = io.BytesIO()
    with open(path, "wb") as out:
        for name, pieces, crc, size, repeat in members:
            encoded = name.encode()
            head, middle, tail = pieces
            packed = len(head) + len(middle) * repeat + len(tail)
            offset = out.tell()
            out.write(
                struct.pack(
                    "<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 33, crc, packed, size, len(encoded), 0
                )
                + encoded
            )
            out.write(head)
            for _ in range(repeat):
                out.write(middle)
            out.write(tail)
            central.write(
                struct.pack(
                    "<4s6H3I5H2I",
                    b"PK\x01\x02",
                    20,
                    20,
                    0,
                    8,
                    0,
                    33,
                    crc,
                    packed,
                    size,
                    len(encoded),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + encoded
            )
        start = out.tell()
        directory = central.getvalue()
        out.write(directory)
        out.write(
            struct.pack(
                "<4s4H2IH",
                b"PK\x05\x06",
                0,
                0,
                len(members),
                len(members),
                len(directory),
                start,
                0,
            )
        )


def _small_member(name: str, text: str) -> tuple[str, list[bytes], int, int, int]:
    data = text.encode()
    return name, [_raw_deflate(data, True), b"", b""], zlib.crc32(data), len(data), 0


def docx_zip_bomb(
    folder: Path, mib: int = 3 * 1024, name: str = "bomb.docx", declared: int | None = None
) -> Path:
    """A Word file whose document.xml inflates to ``mib`` MiB of spaces inside one paragraph.

    The default, 3 GiB, is a ~3 MB file. The deflate stream is the XML head, then one MiB of
    spaces compressed once and flushed to a byte boundary with its history reset, repeated
    ``mib`` times, then the XML tail as the final block; the CRC is combined arithmetically.
    The member is valid: a small ``mib`` inflates and checks correctly with :mod:`zipfile`.
    ``declared`` overrides the size written in the zip headers (a lying directory).
    """
    head_xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t xml:space="preserve">'
    ).encode()
    tail_xml = b"</w:t></w:r></w:p></w:body></w:document>"
    spaces = b" " * MIB
    head, middle, tail = (
        _raw_deflate(head_xml, False),
        _raw_deflate(spaces, False),
        _raw_deflate(tail_xml, True),
    )
    crc = zlib.crc32(head_xml)
    crc = crc32_combine(crc, crc32_repeat(zlib.crc32(spaces), MIB, mib), MIB * mib)
    crc = crc32_combine(crc, zlib.crc32(tail_xml), len(tail_xml))
    size = len(head_xml) + MIB * mib + len(tail_xml)
    if declared is not None:
        size = declared
    path = folder / name
    _write_zip(
        path,
        [
            _small_member("[Content_Types].xml", content_types()),
            _small_member("_rels/.rels", ROOT_RELS),
            ("word/document.xml", [head, middle, tail], crc, size, mib),
        ],
    )
    return path


_LAUGHS = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)


def docx_billion_laughs(folder: Path) -> Path:
    """document.xml with nine levels of ten-fold entity references: 10^9 'lol's if expanded."""
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<!DOCTYPE w:document [{_LAUGHS}]>"
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        + para("Section A: about me &lol9;")
        + "</w:body></w:document>"
    )
    return write_docx(folder / "laughs.docx", document=doc)


def docx_external_entity(folder: Path) -> Path:
    """An XXE attempt: an entity whose value is a file on the reading machine."""
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        + para("Section A: &secret;")
        + "</w:body></w:document>"
    )
    return write_docx(folder / "xxe.docx", document=doc)


LONG_SENTENCE = "The child likes to read books about trains. "


def docx_long_paragraph(folder: Path, chars: int = 10_000_000) -> Path:
    """One paragraph of ``chars`` characters in a single run."""
    text = (LONG_SENTENCE * (chars // len(LONG_SENTENCE) + 1))[:chars]
    body = para("Before the long paragraph.") + para(text) + para("After the long paragraph.")
    return write_docx(folder / "long-paragraph.docx", body)


def _nested_table(depth: int, level: int = 1) -> str:
    inner = _nested_table(depth, level + 1) if level < depth else ""
    return (
        "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
        + para(f"nesting level {level}")
        + inner
        + "<w:p/></w:tc></w:tr></w:tbl>"
    )


def docx_nested_tables(folder: Path, depth: int = 50) -> Path:
    body = para("Before the tables.") + _nested_table(depth) + para("After the tables.")
    return write_docx(folder / f"nested-{depth}.docx", body)


def docx_many_tables(folder: Path, count: int = 5000) -> Path:
    parts = []
    for n in range(1, count + 1):
        rows = "".join(
            "<w:tr>"
            + "".join(f"<w:tc>{para(f't{n} r{r} c{c}')}</w:tc>" for c in (1, 2))
            + "</w:tr>"
            for r in (1, 2)
        )
        parts.append(f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>")
        parts.append(para(f"After table {n}."))
    return write_docx(folder / f"tables-{count}.docx", "".join(parts))


def docm_renamed(folder: Path) -> Path:
    """A macro-enabled document (.docm) renamed .docx: macro content type and a VBA project."""
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" '
        'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/></Relationships>'
    )
    # Not a real VBA project: the reader must never open it, whatever it holds.
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Attribute VB_Name = AutoOpen\x00" * 64
    return write_docx(
        folder / "macro.docx",
        para("Section A: views, interests and aspirations.") + para("She likes painting."),
        main_type=DOCM_CONTENT_TYPE,
        extra_parts={"word/vbaProject.bin": vba, "word/_rels/document.xml.rels": rels},
    )


# A minimal OLE compound file (CFB v3, 512-byte sectors) holding named streams.
_FREE, _END, _FAT_SECTOR, _NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00" if name else b""
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB3I", len(encoded), kind, 1, _NO_STREAM, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )


def ole_file(path: Path, streams: dict[str, bytes]) -> Path:
    """Streams of at least 4,096 bytes each (so no mini stream is needed)."""
    sector = 512
    ordered = sorted(streams, key=lambda n: (len(n), n.upper()))  # CFB's name order
    data_sectors: list[bytes] = []
    fat = [_FAT_SECTOR, _END]  # sector 0: the FAT; sector 1: the directory
    starts = {}
    for name in ordered:
        data = streams[name].ljust(4096, b"\x00")
        count = -(-len(data) // sector)
        first = 2 + len(data_sectors)
        starts[name] = first
        fat += [first + i + 1 for i in range(count - 1)] + [_END]
        data_sectors += [
            data[i * sector : (i + 1) * sector].ljust(sector, b"\x00") for i in range(count)
        ]
    if len(fat) > sector // 4 or len(ordered) > 3:
        raise ValueError("keep the test file small")
    fat_bytes = struct.pack(f"<{sector // 4}I", *(fat + [_FREE] * (sector // 4 - len(fat))))
    entries = [_dir_entry("Root Entry", 5, 1 if ordered else _NO_STREAM, _NO_STREAM, _END, 0)]
    for index, name in enumerate(ordered, start=1):
        right = index + 1 if index < len(ordered) else _NO_STREAM
        entries.append(_dir_entry(name, 2, _NO_STREAM, right, starts[name], len(streams[name])))
    while len(entries) < 4:
        entries.append(_dir_entry("", 0, _NO_STREAM, _NO_STREAM, 0, 0))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<5H", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<9I", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", 0, *([_FREE] * 108))
    )
    assert len(header) == 512
    path.write_bytes(header + fat_bytes + b"".join(entries) + b"".join(data_sectors))
    return path


def encrypted_word(folder: Path) -> Path:
    """What Word writes for "Encrypt with Password": an OLE file, not a zip."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>" * 300  # agile encryption header
    package = struct.pack("<Q", 12345) + random.Random(1).randbytes(8000)
    return ole_file(folder / "password.docx", {"EncryptionInfo": info, "EncryptedPackage": package})


def old_word_doc(folder: Path) -> Path:
    return ole_file(folder / "old-format.docx", {"WordDocument": b"\xec\xa5" + bytes(5000)})


def empty_file(folder: Path, name: str = "empty.docx") -> Path:
    path = folder / name
    path.write_bytes(b"")
    return path


def pdf_named_docx(folder: Path) -> Path:
    path = folder / "really-a-pdf.docx"
    simple_pdf(folder, "source.pdf").rename(path)
    return path


def docx_named_pdf(folder: Path) -> Path:
    path = folder / "really-a-docx.pdf"
    good_docx(folder, "source.docx").rename(path)
    return path


def text_named_docx(folder: Path) -> Path:
    path = folder / "really-text.docx"
    path.write_text("Section A: this is a plain text note, not a Word file.\n", encoding="utf-8")
    return path


# --- PDF -----------------------------------------------------------------------------------------


def simple_pdf(
    folder: Path,
    name: str = "simple.pdf",
    pages: int = 3,
    encrypt=None,
    running: bool = False,
) -> Path:
    """``pages`` pages of body text; ``running`` adds a header and "Page N of M" footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = folder / name
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, pageCompression=1)
    width, height = A4
    for n in range(1, pages + 1):
        if running:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(72, height - 30, "OFFICIAL-SENSITIVE")
            pdf.drawString(72, 25, f"Page {n} of {pages}")
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 700, f"Body text on page {n}: the child enjoys swimming and music.")
        pdf.showPage()
    pdf.save()
    return path


def truncated_pdf(folder: Path) -> Path:
    data = simple_pdf(folder, "whole.pdf").read_bytes()
    (folder / "whole.pdf").unlink()
    path = folder / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def garbage_pdf(folder: Path) -> Path:
    path = folder / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + random.Random(7).randbytes(20_000))
    return path


def encrypted_pdf(folder: Path) -> Path:
    from reportlab.lib import pdfencrypt

    return simple_pdf(
        folder,
        "user-password.pdf",
        encrypt=pdfencrypt.StandardEncryption("open-sesame", ownerPassword="owner-secret"),
    )


def owner_only_pdf(folder: Path) -> Path:
    """Encrypted with an empty user password: any reader opens it without asking."""
    from reportlab.lib import pdfencrypt

    return simple_pdf(
        folder,
        "owner-password.pdf",
        encrypt=pdfencrypt.StandardEncryption(
            "", ownerPassword="owner-secret", canPrint=0, canCopy=0, canModify=0
        ),
    )


def many_pages_pdf(folder: Path, pages: int = 5000) -> Path:
    return simple_pdf(folder, f"pages-{pages}.pdf", pages=pages, running=True)


def image_only_pdf(folder: Path, pages: int = 2) -> Path:
    """What a scanner makes: each page one picture, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (400, 300), 255)
    draw = ImageDraw.Draw(image)
    for y in range(20, 280, 14):
        draw.line((20, y, 380, y), fill=40, width=3)  # lines of "scanned text"
    path = folder / "scanned.pdf"
    pdf = canvas.Canvas(str(path))
    for _ in range(pages):
        pdf.drawImage(ImageReader(image), 50, 300, width=500, height=375)
        pdf.showPage()
    pdf.save()
    return path


def broken_xref_pdf(folder: Path) -> Path:
    """Every cross-reference offset and the startxref pointer wrong."""
    data = bytearray(simple_pdf(folder, "whole.pdf").read_bytes())
    (folder / "whole.pdf").unlink()
    match = re.search(rb"xref\s+0 (\d+)\s+", data)
    assert match, "reportlab wrote no classic xref table"
    for entry in range(1, int(match.group(1))):
        at = match.end() + 20 * entry
        data[at : at + 10] = b"%010d" % (7 + entry * 13)
    start = data.rfind(b"startxref")
    digits = re.match(rb"startxref\s+(\d+)", data[start:])
    assert digits
    data[start + digits.start(1) : start + digits.end(1)] = b"1".rjust(len(digits.group(1)), b"0")
    path = folder / "broken-xref.pdf"
    path.write_bytes(bytes(data))
    return path


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered objects (1-based, in order), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def type3_font_pdf(folder: Path) -> Path:
    """Text drawn with a Type3 font whose glyphs have made-up names and no ToUnicode map."""
    glyph = b"600 0 0 0 500 700 d1 0 0 500 700 re f"
    content = b"BT /F1 24 Tf 72 700 Td (ABBA BAA ABAB AB BABA) Tj 0 -40 Td (BBAA AB) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] "
        b"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /g1 6 0 R /g2 7 0 R >> "
        b"/Encoding << /Type /Encoding /Differences [65 /g1 /g2] >> "
        b"/FirstChar 65 /LastChar 66 /Widths [600 600] /Resources << >> >>",
        _stream(glyph),
        _stream(glyph),
    ]
    path = folder / "type3.pdf"
    path.write_bytes(build_pdf(objects))
    return path


def no_tounicode_pdf(folder: Path) -> Path:
    """An embedded TrueType subset (reportlab's Vera) whose ToUnicode map has been cut off."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font_file = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("VeraTest", str(font_file)))
    whole = folder / "whole.pdf"
    pdf = canvas.Canvas(str(whole), pageCompression=0)
    pdf.setFont("VeraTest", 12)
    for n, line in enumerate(
        ["Section A: all about me.", "Kai likes drawing, football and cooking."] * 4
    ):
        pdf.drawString(72, 700 - 20 * n, line)
    pdf.showPage()
    pdf.save()
    data = whole.read_bytes()
    whole.unlink()
    assert b"/ToUnicode" in data
    path = folder / "no-tounicode.pdf"
    path.write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))  # same length: offsets hold
    return path


# --- good control files for mixed folders ------------------------------------------------------

SECTION_HEADINGS = [
    "Section A: The views, interests and aspirations of the child",
    "Section B: Special educational needs",
    "Section C: Health needs",
    "Section D: Social care needs",
    "Section E: Outcomes",
    "Section F: Special educational provision",
    "Section G: Health provision",
    "Section H1: Social care provision",
    "Section I: Placement",
    "Section J: Personal budget",
    "Section K: Advice and information",
]


def plan_docx(folder: Path, name: str = "plan.docx") -> Path:
    """A small but recognisable EHCP: every section heading in a Word heading style."""
    import docx

    document = docx.Document()
    for heading in SECTION_HEADINGS:
        document.add_heading(heading, level=1)
        document.add_paragraph("Amelia enjoys music and swimming with her friends after school.")
    path = folder / name
    document.save(str(path))
    return path


def plan_pdf(folder: Path, name: str = "plan.pdf") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = folder / name
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    for heading in SECTION_HEADINGS:
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(72, y, heading)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, y - 18, "Amelia enjoys music and swimming with her friends.")
        y -= 60
        if y < 100:
            pdf.showPage()
            y = 760
    pdf.showPage()
    pdf.save()
    return path


# --- folders -------------------------------------------------------------------------------------


def non_utf8_name(folder: Path, stem: bytes = b"plan-\xff\xfe", suffix: bytes = b".docx") -> Path:
    """A file whose name is not valid UTF-8 (Linux allows any bytes but / and NUL)."""
    raw = os.fsencode(folder) + b"/" + stem + suffix
    with open(raw, "wb") as out:
        out.write(good_docx(folder, "tmp-good.docx").read_bytes())
    (folder / "tmp-good.docx").unlink()
    return Path(os.fsdecode(raw))


def adler32_combine(adler1: int, adler2: int, len2: int) -> int:
    """Adler-32 of A+B from adler(A), adler(B) and len(B) (zlib's adler32_combine)."""
    base = 65521
    rem = len2 % base
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 += (adler2 & 0xFFFF) + base - 1
    sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + base - rem
    sum1 -= base if sum1 >= base else 0
    sum1 -= base if sum1 >= base else 0
    sum2 -= (base << 1) if sum2 >= (base << 1) else 0
    sum2 -= base if sum2 >= base else 0
    return sum1 | (sum2 << 16)


def pdf_flate_bomb(folder: Path, mib: int = 1024, name: str = "flate-bomb.pdf") -> Path:
    """A one-page PDF whose content stream inflates to ``mib`` MiB (mostly spaces).

    The default is a ~1 MB file whose page content is 1 GiB; PDFium would hold it all in
    memory. Built like :func:`docx_zip_bomb`, as a valid zlib stream with a combined checksum;
    a small ``mib`` opens and shows its text.
    """
    text = b"BT /F1 12 Tf 72 700 Td (Section A: all about me and my family) Tj ET\n"
    spaces = b" " * MIB
    head, middle, tail = (
        _raw_deflate(text, False),
        _raw_deflate(spaces, False),
        _raw_deflate(b"\n", True),
    )
    adler = zlib.adler32(text)
    block, repeated, repeated_len = zlib.adler32(spaces), 1, 0
    count, base_len = mib, MIB
    while count:  # adler of `mib` copies, by doubling
        if count & 1:
            repeated = adler32_combine(repeated, block, base_len)
            repeated_len += base_len
        block = adler32_combine(block, block, base_len)
        base_len *= 2
        count >>= 1
    adler = adler32_combine(adler, repeated, repeated_len)
    adler = adler32_combine(adler, zlib.adler32(b"\n"), 1)
    path = folder / name
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    length = 2 + len(head) + len(middle) * mib + len(tail) + 4
    # Written piece by piece so the file never exists in memory whole.
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    with open(path, "wb") as handle:
        for number, body in enumerate(objects, start=1):
            offsets.append(len(out) + handle.tell())
            if body is not None:
                out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
                continue
            out += b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (number, length)
            out += b"\x78\xda" + head
            handle.write(out)
            out = bytearray()
            for _ in range(mib):
                handle.write(middle)
            out += tail + struct.pack(">I", adler) + b"\nendstream\nendobj\n"
        xref = len(out) + handle.tell()
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objects) + 1,
            xref,
        )
        handle.write(out)
    return path
