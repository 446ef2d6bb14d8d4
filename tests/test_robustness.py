"""Hostile and broken files: each is a real file built by :mod:`fixtures_hostile`, read in a
fresh process so its time and peak memory (the process's peak resident size, which counts
lxml's and PDFium's C memory too) belong to that file alone. Every case ends in a correct read
or an ``UnreadableFile`` with a named cause -- never another exception, a hang, or a memory
blow-up.

Set ``EHCP_MEASURE_LOG=/some/file.jsonl`` to collect each case's time and memory.
"""

from __future__ import annotations

import json
import os
import pickle
import stat
import subprocess
import sys
import textwrap
import time
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

import fixtures_hostile as fh
import pytest

from ehcp_audit.errors import UnreadableFile
from ehcp_audit.files import collect, display_path
from ehcp_audit.model import BlockKind, Document, Location
from ehcp_audit.readers import read_document

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
TIME_LIMIT = 10.0  # seconds for any one read

_CHILD = textwrap.dedent(
    """
    import json, os, pickle, resource, sys, time
    from pathlib import Path
    import pypdfium2, pypdfium2.raw
    import ehcp_audit.readers.docx, ehcp_audit.readers.pdf
    from ehcp_audit.errors import UnreadableFile
    from ehcp_audit.readers import ReadLimits, read_document

    def memory_kb(field):
        # This process's own resident memory. ru_maxrss will not do: Linux carries the
        # parent's peak across fork and exec, so a child of a big pytest looks big.
        try:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith(field + ":"):
                        return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # reset the peak to the current size
    except OSError:
        pass
    path = Path(os.fsdecode(sys.argv[1].encode("utf-8", "surrogateescape")))
    limits = ReadLimits(**json.loads(sys.argv[2]))
    base = memory_kb("VmRSS")
    started = time.perf_counter()
    try:
        result = read_document(path, limits)
    except UnreadableFile as exc:
        result = exc.cause
    seconds = time.perf_counter() - started
    peak = memory_kb("VmHWM")
    with open(sys.argv[3], "wb") as out:
        pickle.dump((result, seconds, peak / 1024, max(0, peak - base) / 1024), out)
    """
)


@dataclass
class Outcome:
    document: Document | None
    cause: str | None
    seconds: float
    peak_mb: float  # the reading process's peak resident memory
    growth_mb: float  # how much of that the read itself added

    def read(self) -> Document:
        assert self.document is not None, f"expected a read, got error: {self.cause}"
        return self.document

    def refused(self, *fragments: str) -> str:
        assert self.cause is not None, "expected UnreadableFile, got a read"
        for fragment in fragments:
            assert fragment in self.cause, f"{fragment!r} not in cause {self.cause!r}"
        assert "\n" not in self.cause and len(self.cause) <= 160
        assert "Traceback" not in self.cause
        return self.cause


def measured(path: Path, case: str, **limits) -> Outcome:
    """Read ``path`` in a fresh interpreter; fail on any exception other than UnreadableFile,
    on a hang (60 s) and on a read slower than TIME_LIMIT."""
    out = path.parent / f".outcome-{os.getpid()}-{time.monotonic_ns()}.pickle"
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, os.fsencode(path), json.dumps(limits), str(out)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, f"reader crashed: {proc.stderr[-2000:]}"
        assert proc.stderr == "", proc.stderr[-2000:]
        result, seconds, peak_mb, growth_mb = pickle.loads(out.read_bytes())
    finally:
        out.unlink(missing_ok=True)
    outcome = Outcome(
        document=result if isinstance(result, Document) else None,
        cause=result if isinstance(result, str) else None,
        seconds=seconds,
        peak_mb=peak_mb,
        growth_mb=growth_mb,
    )
    log = os.environ.get("EHCP_MEASURE_LOG")
    if log:
        record = asdict(outcome) | {"case": case, "document": None}
        record["blocks"] = len(outcome.document.blocks) if outcome.document else None
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
    assert outcome.seconds < TIME_LIMIT, f"{case} took {outcome.seconds:.1f} s"
    return outcome


def clean_texts(document: Document) -> list[str]:
    for block in document.blocks:
        assert block.text == block.text.strip() and block.text
        assert all(c.isprintable() for c in block.text), repr(block.text[:80])
    return [block.text for block in document.blocks]


# --- .docx ---------------------------------------------------------------------------------------


def test_truncated_docx(tmp_path):
    outcome = measured(fh.truncated_docx(tmp_path), "docx truncated")
    outcome.refused("corrupt or truncated Word file (not a valid zip archive)")


def test_docx_without_document_part(tmp_path):
    outcome = measured(fh.docx_missing_document(tmp_path), "docx no document.xml")
    outcome.refused("not a Word document", "no word/document.xml")


def test_zip_bomb_builder_makes_a_real_bomb(tmp_path):
    """The same builder at 4 MiB: the member inflates, and zipfile's CRC check passes."""
    path = fh.docx_zip_bomb(tmp_path, mib=4)
    with zipfile.ZipFile(path) as archive:
        data = archive.read("word/document.xml")
    assert len(data) > 4 * fh.MIB and data.count(b" ") >= 4 * fh.MIB
    assert data.endswith(b"</w:document>")


def test_docx_decompression_bomb_refused_before_inflating(tmp_path):
    path = fh.docx_zip_bomb(tmp_path)  # 3 GiB of XML in a ~3 MB file
    assert path.stat().st_size < 4 * fh.MIB
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size > 3 * 1024 * fh.MIB
    outcome = measured(path, "docx zip bomb 3 GiB")
    outcome.refused("word/document.xml would expand to 3,072 MB", "zip bomb?")
    # Inflating even the allowed 32 MiB would take longer and far more memory than this.
    assert outcome.growth_mb < 20 and outcome.seconds < 0.5


def test_docx_bomb_with_lying_zip_directory(tmp_path):
    """The directory claims 1,000 bytes; inflating stops there and the checksum fails."""
    outcome = measured(fh.docx_zip_bomb(tmp_path, declared=1000), "docx lying zip bomb")
    outcome.refused("corrupt or truncated Word file", "bad checksum")
    assert outcome.growth_mb < 20


def test_docx_bomb_under_a_small_limit_is_stopped_while_inflating(tmp_path):
    """With the limit below the declared size the check happens before inflating; with a
    declared size under the limit but more data behind it, zipfile stops at the declared size.
    Either way the bytes held never pass the limit."""
    path = fh.docx_zip_bomb(tmp_path, mib=64, name="medium.docx")
    outcome = measured(path, "docx 64 MiB bomb, 16 MiB limit", max_xml_bytes=16 * fh.MIB)
    outcome.refused("would expand to 64 MB, over the 16 MB limit")
    assert outcome.growth_mb < 20


def test_docx_billion_laughs(tmp_path):
    outcome = measured(fh.docx_billion_laughs(tmp_path), "docx billion laughs")
    outcome.refused("declares XML entities", "entity bomb?")
    assert outcome.growth_mb < 20


def test_docx_external_entity_is_never_fetched(tmp_path):
    outcome = measured(fh.docx_external_entity(tmp_path), "docx external entity (XXE)")
    cause = outcome.refused("entity bomb?")
    assert "root" not in cause


def test_docx_ten_million_character_paragraph(tmp_path):
    outcome = measured(fh.docx_long_paragraph(tmp_path), "docx 10M-character paragraph")
    document = outcome.read()
    assert [b.text for b in document.blocks][::2] == [
        "Before the long paragraph.",
        "After the long paragraph.",
    ]
    long = document.blocks[1]
    assert long.kind is BlockKind.PARAGRAPH and long.location == Location(paragraph=2)
    repeats = 10_000_000 // len(fh.LONG_SENTENCE) + 1
    assert long.text == (fh.LONG_SENTENCE * repeats)[:10_000_000].strip()
    assert len(long.text) == 10_000_000
    assert outcome.growth_mb < 400


def test_docx_tables_nested_fifty_deep(tmp_path):
    outcome = measured(fh.docx_nested_tables(tmp_path, depth=50), "docx tables nested 50 deep")
    document = outcome.read()
    texts = [b.text for b in document.blocks]
    assert texts == (
        ["Before the tables."]
        + [f"nesting level {n}" for n in range(1, 51)]
        + ["After the tables."]
    )
    assert {b.location for b in document.blocks[1:-1]} == {Location(table=1, row=1, cell=1)}


def test_docx_tables_nested_past_the_limit(tmp_path):
    outcome = measured(fh.docx_nested_tables(tmp_path, depth=65), "docx tables nested 65 deep")
    outcome.refused("tables nested more than 64 deep")


def test_docx_tables_nested_past_the_xml_depth_limit(tmp_path):
    """700 tables deep is 2,100 XML levels: past libxml2's own limit."""
    outcome = measured(
        fh.docx_nested_tables(tmp_path, depth=700),
        "docx tables nested 700 deep",
        max_table_depth=10_000,
    )
    outcome.refused("nested too deeply")


def test_docx_five_thousand_tables(tmp_path):
    outcome = measured(fh.docx_many_tables(tmp_path), "docx 5,000 tables")
    document = outcome.read()
    assert len(document.blocks) == 5000 * 5
    last_cell = document.blocks[-2]
    assert (last_cell.text, last_cell.location) == (
        "t5000 r2 c2",
        Location(table=5000, row=2, cell=2),
    )
    assert document.blocks[-1].text == "After table 5000."
    assert document.blocks[-1].location == Location(paragraph=5000)


def test_docx_with_too_many_paragraphs(tmp_path):
    """Paragraphs are counted as they are walked, empty ones too, so a flood of them is
    refused instead of taking minutes (the default limit is 100,000)."""
    words = fh.write_docx(tmp_path / "words.docx", fh.para("a b") * 6000)
    empty = fh.write_docx(tmp_path / "empty.docx", "<w:p/>" * 10_000 + fh.para("end"))
    for path in (words, empty):
        outcome = measured(path, f"docx {path.stem} paragraphs over limit", max_blocks=5000)
        outcome.refused("over 5,000 paragraphs")
    assert len(measured(words, "docx 6,000 paragraphs").read().blocks) == 6000


def test_docx_with_too_many_zip_members(tmp_path):
    path = fh.write_docx(
        tmp_path / "parts.docx",
        fh.para("Section A"),
        extra_parts={f"word/media/image{n}.png": b"" for n in range(10_001)},
    )
    outcome = measured(path, "docx 10,004 zip members")
    outcome.refused("holds 10,004 parts")


def test_macro_enabled_docm_renamed_docx_is_read(tmp_path):
    path = fh.docm_renamed(tmp_path)
    with zipfile.ZipFile(path) as archive:
        assert "word/vbaProject.bin" in archive.namelist()
        assert fh.DOCM_CONTENT_TYPE.encode() in archive.read("[Content_Types].xml")
    outcome = measured(path, "docm renamed .docx")
    assert [b.text for b in outcome.read().blocks] == [
        "Section A: views, interests and aspirations.",
        "She likes painting.",
    ]


def test_password_protected_word_file(tmp_path):
    outcome = measured(fh.encrypted_word(tmp_path), "docx password-protected (OLE)")
    outcome.refused("password-protected Word file")


def test_password_protected_word_file_found_through_its_directory(tmp_path):
    """The stream name is found by following the OLE directory, wherever it sits; a file
    whose name table is unreadable is scanned whole."""
    path = fh.encrypted_word(tmp_path)
    data = bytearray(path.read_bytes())
    data[48:52] = (999).to_bytes(4, "little")  # the directory pointer now leads nowhere
    broken = tmp_path / "broken-directory.docx"
    broken.write_bytes(bytes(data))
    measured(broken, "docx password-protected, broken OLE directory").refused(
        "password-protected Word file"
    )


def test_old_word_97_file_named_docx(tmp_path):
    outcome = measured(fh.old_word_doc(tmp_path), "docx that is really .doc")
    outcome.refused("old Word 97-2003 (.doc) format")


def test_empty_docx(tmp_path):
    measured(fh.empty_file(tmp_path), "docx empty").refused("empty file (0 bytes)")


def test_empty_pdf(tmp_path):
    measured(fh.empty_file(tmp_path, "empty.pdf"), "pdf empty").refused("empty file (0 bytes)")


def test_pdf_bytes_named_docx(tmp_path):
    measured(fh.pdf_named_docx(tmp_path), "pdf named .docx").refused(
        "named .docx but the content is a PDF"
    )


def test_docx_bytes_named_pdf(tmp_path):
    measured(fh.docx_named_pdf(tmp_path), "docx named .pdf").refused(
        "named .pdf but the content is a zip archive (Word .docx?)"
    )


def test_plain_text_named_docx(tmp_path):
    measured(fh.text_named_docx(tmp_path), "text named .docx").refused(
        "named .docx but the content is plain text"
    )


# --- PDF -----------------------------------------------------------------------------------------


def test_truncated_pdf(tmp_path):
    measured(fh.truncated_pdf(tmp_path), "pdf truncated").refused("corrupt or truncated PDF")


def test_pdf_garbage_after_header(tmp_path):
    measured(fh.garbage_pdf(tmp_path), "pdf garbage after header").refused(
        "corrupt or truncated PDF"
    )


def test_pdf_with_user_password(tmp_path):
    measured(fh.encrypted_pdf(tmp_path), "pdf user password").refused(
        "encrypted PDF: it needs a password to open"
    )


def test_pdf_with_only_an_owner_password_reads(tmp_path):
    path = fh.owner_only_pdf(tmp_path)
    assert b"/Encrypt" in path.read_bytes()
    document = measured(path, "pdf owner password only").read()
    assert [(b.text, b.location.page) for b in document.blocks] == [
        (f"Body text on page {n}: the child enjoys swimming and music.", n) for n in (1, 2, 3)
    ]


def test_pdf_five_thousand_pages_reads(tmp_path):
    """Decision: 5,000 pages is within ReadLimits.max_pages and is read, not refused."""
    path = fh.many_pages_pdf(tmp_path)
    document = measured(path, "pdf 5,000 pages").read()
    assert document.pages == 5000
    assert len(document.blocks) == 5000
    assert document.removed_lines == 10_000  # the marking and "Page N of 5000" on each page
    assert document.blocks[4999].location == Location(page=5000)
    assert document.blocks[4999].text.startswith("Body text on page 5000:")
    assert not any("OFFICIAL" in b.text or "of 5000" in b.text for b in document.blocks)

    over = measured(path, "pdf 5,000 pages, limit 4,999", max_pages=4999)
    over.refused("PDF has 5,000 pages, over the 4,999-page limit")
    assert over.seconds < 1


def test_pdf_images_only(tmp_path):
    measured(fh.image_only_pdf(tmp_path), "pdf images only").refused(
        "no text layer (scanned?): OCR needed"
    )


def test_pdf_broken_cross_reference_table_is_repaired(tmp_path):
    document = measured(fh.broken_xref_pdf(tmp_path), "pdf broken xref").read()
    assert [b.text for b in document.blocks] == [
        f"Body text on page {n}: the child enjoys swimming and music." for n in (1, 2, 3)
    ]


def test_pdf_type3_font_without_unicode_map(tmp_path):
    """PDFium falls back to the character codes: a clean read of whatever they spell."""
    outcome = measured(fh.type3_font_pdf(tmp_path), "pdf Type3 font, no ToUnicode")
    if outcome.cause is not None:
        outcome.refused("PDF has no text")
    else:
        # Two lines at the same spacing may be read as one paragraph; the words must all be there.
        assert " ".join(clean_texts(outcome.read())) == "ABBA BAA ABAB AB BABA BBAA AB"


def test_pdf_truetype_font_without_tounicode(tmp_path):
    outcome = measured(fh.no_tounicode_pdf(tmp_path), "pdf TrueType, ToUnicode removed")
    if outcome.cause is not None:
        outcome.refused("PDF has no text")
    else:
        texts = clean_texts(outcome.read())
        assert len(texts) == 8 and texts[0] == "Section A: all about me."


def test_pdf_content_stream_flate_bomb(tmp_path):
    path = fh.pdf_flate_bomb(tmp_path)  # 1 GiB of page content in a ~1 MB file
    assert path.stat().st_size < 2 * fh.MIB
    outcome = measured(path, "pdf flate bomb 1 GiB")
    outcome.refused("PDF content would expand to over 256 MB", "decompression bomb?")
    assert outcome.growth_mb < 20  # PDFium alone would have taken over 1 GB


def test_pdf_plain_flate_stream_reads(tmp_path):
    """The same builder, small: the check inflates it, PDFium reads it."""
    document = measured(fh.pdf_flate_bomb(tmp_path, mib=3), "pdf flate 3 MiB").read()
    assert [b.text for b in document.blocks] == ["Section A: all about me and my family"]


# --- read_document's boundary ------------------------------------------------------------------


def test_unsupported_suffix_and_folder_and_missing(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("hello")
    with pytest.raises(UnreadableFile, match="unsupported file type .txt"):
        read_document(note)
    with pytest.raises(UnreadableFile, match="file not found"):
        read_document(tmp_path / "missing.docx")
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    with pytest.raises(UnreadableFile, match="is a folder, not a file"):
        read_document(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_named_like_a_plan_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    started = time.perf_counter()
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_document(pipe)
    assert time.perf_counter() - started < 2
    found = collect([tmp_path])
    assert found.files == [] and found.problems == [
        (str(pipe), "not a regular file (a device, pipe or socket)")
    ]


def test_unexpected_errors_become_one_generic_line(tmp_path, monkeypatch):
    import ehcp_audit.readers.docx as docx_reader

    def explode(*args, **kwargs):
        raise ValueError("secret plan text that must never be printed")

    monkeypatch.setattr(docx_reader, "_open_zip", explode)
    with pytest.raises(UnreadableFile) as caught:
        read_document(fh.good_docx(tmp_path))
    assert caught.value.cause == "could not read file (internal error: ValueError)"
    assert caught.value.__context__ is None and caught.value.__cause__ is None


# --- folders -------------------------------------------------------------------------------------


def test_symlink_loops_cannot_trap_the_walk(tmp_path):
    root = tmp_path / "plans"
    (root / "sub").mkdir(parents=True)
    fh.good_docx(root / "sub", "real.docx")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)  # a folder loop
    (root / "self").symlink_to(root / "self")  # a link to itself
    (root / "a.docx").symlink_to(root / "b.docx")  # two links to each other
    (root / "b.docx").symlink_to(root / "a.docx")
    started = time.perf_counter()
    found = collect([root])
    assert time.perf_counter() - started < 2
    assert found.files == [root / "sub" / "real.docx"]
    assert found.problems == [
        (str(root / "a.docx"), "symbolic link loop"),
        (str(root / "b.docx"), "symbolic link loop"),
    ]
    assert found.skipped_other == 1  # "self": no .docx/.pdf suffix
    with pytest.raises(UnreadableFile, match="cannot read file"):
        read_document(root / "a.docx")


def test_links_outside_the_named_folder_are_skipped_and_counted(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    fh.good_docx(outside, "secret.docx")
    root = tmp_path / "plans"
    root.mkdir()
    fh.good_docx(root, "inside.docx")
    (root / "outside.docx").symlink_to(outside / "secret.docx")
    (root / "outside-folder").symlink_to(outside, target_is_directory=True)
    (root / "alias.docx").symlink_to(root / "inside.docx")  # stays inside: read
    found = collect([root])
    assert found.files == [root / "alias.docx", root / "inside.docx"]
    assert found.skipped_outside == 2
    assert found.problems == []
    # Named directly, a link is the user's choice and is read.
    assert collect([root / "outside.docx"]).files == [root / "outside.docx"]


def test_broken_link_is_a_problem(tmp_path):
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "never-existed.pdf")
    found = collect([tmp_path])
    assert found.files == [] and found.problems == [
        (str(tmp_path / "gone.pdf"), "broken symbolic link")
    ]


def test_file_that_vanishes_mid_scan(tmp_path):
    fh.good_docx(tmp_path, "stays.docx")
    going = fh.good_docx(tmp_path, "going.docx")
    found = collect([tmp_path])
    assert found.files == [going, tmp_path / "stays.docx"]
    going.unlink()
    outcome = measured(going, "docx removed after collect")
    outcome.refused("file not found (removed during the scan?)")
    assert [b.text for b in read_document(found.files[1]).blocks] == ["The child enjoys music."]


def test_non_utf8_file_names(tmp_path):
    good = fh.non_utf8_name(tmp_path)
    bad = tmp_path / os.fsdecode(b"broken-\xe9t\xe9.docx")  # Latin-1 bytes, not UTF-8
    bad.write_bytes(b"not a zip at all")
    found = collect([tmp_path])
    assert set(found.files) == {good, bad}
    document = measured(good, "docx non-UTF-8 name").read()
    assert [b.text for b in document.blocks] == ["The child enjoys music."]
    measured(bad, "docx non-UTF-8 name, bad").refused("named .docx but the content is plain text")
    shown = display_path(bad)
    assert shown.endswith("broken-\\xe9t\\xe9.docx")
    shown.encode("utf-8")  # printable: no lone surrogates
    assert display_path(good).endswith("plan-\\xff\\xfe.docx")
    assert display_path(tmp_path / "line\nbreak.pdf").endswith("line\\nbreak.pdf")


def test_zero_byte_files(tmp_path):
    for name in ("zero.docx", "zero.pdf"):
        (tmp_path / name).write_bytes(b"")
    found = collect([tmp_path])
    assert [p.name for p in found.files] == ["zero.docx", "zero.pdf"]
    for path in found.files:
        with pytest.raises(UnreadableFile, match=r"^empty file \(0 bytes\)$"):
            read_document(path)


def test_files_and_folders_without_read_permission(tmp_path):
    locked = fh.good_docx(tmp_path, "locked.docx")
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    fh.good_docx(hidden, "inside.docx")
    locked.chmod(0)
    hidden.chmod(0)
    try:
        found = collect([tmp_path])
        if IS_ROOT:  # root reads anything: the path runs, the refusal cannot be shown
            assert locked in found.files and hidden / "inside.docx" in found.files
            assert [b.text for b in read_document(locked).blocks] == ["The child enjoys music."]
        else:
            assert found.files == [locked]
            assert found.problems == [(str(hidden), "cannot list folder: Permission denied")]
            with pytest.raises(UnreadableFile, match="^permission denied$"):
                read_document(locked)
    finally:
        hidden.chmod(stat.S_IRWXU)
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_word_lock_files_are_skipped_and_counted(tmp_path):
    fh.good_docx(tmp_path, "plan.docx")
    (tmp_path / "~$plan.docx").write_bytes(b"\x0bowner name" + bytes(150))
    (tmp_path / "budget.xlsx").write_text("x")
    found = collect([tmp_path])
    assert found.files == [tmp_path / "plan.docx"]
    assert (found.skipped_lock, found.skipped_other, found.problems) == (1, 1, [])


# --- the command line ------------------------------------------------------------------------


def mixed_folder(root: Path) -> tuple[list[Path], dict[Path, str]]:
    root.mkdir()
    good = [fh.plan_docx(root, "a-plan.docx"), fh.plan_pdf(root, "b-plan.pdf")]
    bad = {
        fh.truncated_docx(root): "corrupt or truncated Word file (not a valid zip archive)",
        fh.encrypted_word(root): (
            "password-protected Word file: remove the password in Word and save again"
        ),
        fh.image_only_pdf(root): (
            "no text layer (scanned?): OCR needed: run with --ocr "
            "(Tesseract; Debian: apt-get install tesseract-ocr tesseract-ocr-eng)"
        ),
        fh.empty_file(root, "zero.docx"): "empty file (0 bytes)",
        fh.docx_named_pdf(root): "named .pdf but the content is a zip archive (Word .docx?)",
        fh.docx_zip_bomb(root): (
            "word/document.xml would expand to 3,072 MB, over the 32 MB limit (zip bomb?)"
        ),
    }
    (root / "~$a-plan.docx").write_bytes(b"lock")
    (root / "readme.txt").write_text("not a plan")
    return good, bad


def run_scan(folder: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``ehcp-audit scan`` as a user runs it, output piped (so Rich uses 80 columns)."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    return subprocess.run(
        [sys.executable, "-m", "ehcp_audit", "scan", str(folder), "--no-cache", *options],
        capture_output=True,
        text=True,
        timeout=300,
        env=env | {"NO_COLOR": "1", "TERM": "dumb"},
        errors="backslashreplace",
    )


def test_cli_scan_of_mixed_folder(tmp_path):
    # A long folder name: each error line is well over 80 columns and must still be one line.
    folder = tmp_path / "plans-received-from-the-local-authority-in-the-spring-term"
    good, bad = mixed_folder(folder)
    report = tmp_path / "results.json"
    proc = run_scan(folder, "--json", str(report))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.splitlines()
    assert sorted(line for line in lines if line.startswith("error: ")) == sorted(
        f"error: {path}: {cause}" for path, cause in bad.items()
    )
    assert (
        lines[-1]
        == f"exit code 2: {len(bad)} file(s) could not be read (1 scanned PDF(s) need --ocr)"
    )
    assert len(lines) == len(bad) + 1
    assert f"audited: {len(good)}" in proc.stdout
    assert f"unreadable: {len(bad)}" in proc.stdout
    plans = {plan["file"]: plan for plan in json.loads(report.read_text())["plans"]}
    assert set(plans) == {str(p) for p in good} | {str(p) for p in bad}
    for path in good:
        plan = plans[str(path)]
        assert (plan["status"], plan["format"]) == ("audited", path.suffix[1:])
    for path, cause in bad.items():
        assert (plans[str(path)]["status"], plans[str(path)]["error"]) == ("error", cause)


def test_cli_scan_with_non_utf8_names_and_folder_problems(tmp_path):
    root = tmp_path / "odd"
    root.mkdir()
    fh.non_utf8_name(root)
    bad = root / os.fsdecode(b"bad-\xff.docx")
    bad.write_bytes(b"plain words, not a zip")
    (root / "loop.docx").symlink_to(root / "loop.docx")
    (root / "vanished.pdf").symlink_to(root / "nowhere.pdf")
    proc = run_scan(root)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3, proc.stderr
    assert any(
        "bad-" in line and "named .docx but the content is plain text" in line for line in errors
    )
    assert any(line.endswith("loop.docx: symbolic link loop") for line in errors)
    assert any(line.endswith("vanished.pdf: broken symbolic link") for line in errors)


def test_cli_prints_non_utf8_names_in_display_form(tmp_path):
    root = tmp_path / "odd"
    root.mkdir()
    bad = root / os.fsdecode(b"bad-\xff.docx")
    bad.write_bytes(b"plain words, not a zip")
    proc = run_scan(root)
    assert f"error: {display_path(bad)}: named .docx" in proc.stderr


# --- fuzzing: damaged copies of good files ---------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_FUZZ = settings(
    max_examples=int(os.environ.get("EHCP_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


def _outcome(path: Path) -> str:
    """'read' or the cause; an internal error (an exception the readers did not expect, caught
    only by the boundary) fails the test, since it means a damaged file is not named."""
    try:
        document = read_document(path)
    except UnreadableFile as exc:
        assert "internal error" not in exc.cause, exc.cause
        assert "\n" not in exc.cause and len(exc.cause) <= 160
        return exc.cause
    for block in document.blocks:
        assert block.text and "\x00" not in block.text
    return "read"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("seeds")
    return {
        "docx": fh.plan_docx(folder).read_bytes(),
        "pdf": fh.plan_pdf(folder).read_bytes(),
    }


@_FUZZ
@given(data=st.data())
def test_fuzz_damaged_files(seeds, tmp_path_factory, data):
    kind = data.draw(st.sampled_from(["docx", "pdf"]))
    blob = bytearray(seeds[kind])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(blob) - 1))
        blob[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        blob = blob[: data.draw(st.integers(1, len(blob)))]
    path = tmp_path_factory.mktemp("fuzz") / f"damaged.{kind}"
    path.write_bytes(bytes(blob))
    _outcome(path)


_XML_PIECES = st.sampled_from(
    [
        "<w:p>",
        "</w:p>",
        "<w:tbl>",
        "</w:tbl>",
        "<w:tr>",
        "<w:tc>",
        "</w:tc>",
        "<w:r><w:t>text</w:t></w:r>",
        "<w:sdt><w:sdtContent>",
        "</w:sdtContent></w:sdt>",
        '<w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="x"/></w:pPr>',
        '<w:tcPr><w:gridSpan w:val="-3"/><w:vMerge/></w:tcPr>',
        "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "\x00",
        "\ufffe",
        "<![CDATA[x]]>",
        "<!-- c -->",
        "<?pi x?>",
        "<w:br/>",
        "<w:tab/>",
    ]
)


@_FUZZ
@given(pieces=st.lists(_XML_PIECES, max_size=30), text=st.text(max_size=50))
def test_fuzz_odd_document_xml(tmp_path_factory, pieces, text):
    """A valid zip around arbitrary WordprocessingML fragments and text."""
    from xml.sax.saxutils import escape

    body = "".join(pieces) + fh.para(escape(text))
    path = tmp_path_factory.mktemp("fuzzxml") / "odd.docx"
    fh.write_docx(path, document=fh.document_xml(body))
    _outcome(path)
