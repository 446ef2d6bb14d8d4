"""``annotate``: a commented copy of each sample plan, read back with python-docx; and the
findable places every finding carries."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from cli_helpers import run_cli
from corpus import SAMPLES
from docx.oxml.ns import qn

from ehcp_audit.annotate import annotate, default_output
from ehcp_audit.places import place_with_text
from ehcp_audit.registry import shipped_rules

FIXES = {rule.code: rule.fix for rule in shipped_rules()}
PLANS = [
    "01_heading_styled.docx",
    "02_all_tables.docx",
    "05_out_of_order.docx",
    "06_letter_headings.docx",
    "07_poor_plan.docx",
    "03_running_headers.pdf",
    "09_young_person.pdf",
]


def anchored_texts(document) -> dict[int, str]:
    """The text each comment's range covers, by comment id."""
    covered: dict[int, str] = {}
    open_ranges: dict[int, list[str]] = {}
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ranges[int(el.get(qn("w:id")))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            key = int(el.get(qn("w:id")))
            covered[key] = "".join(open_ranges.pop(key))
        elif el.tag == qn("w:t"):
            for parts in open_ranges.values():
                parts.append(el.text or "")
    assert not open_ranges, "a comment range was opened and never closed"
    return covered


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def annotated(corpus_by_name, tmp_path_factory):
    out = tmp_path_factory.mktemp("annotated")
    made = {}
    for name in PLANS:
        plan = SAMPLES / name
        before = sha(plan)
        target = out / f"{plan.stem}.annotated.docx"
        done = annotate(plan, corpus_by_name[name], target, FIXES)
        assert sha(plan) == before, f"{name}: the input was changed"
        made[name] = (done, docx.Document(str(target)))
    return made


@pytest.mark.parametrize("name", PLANS)
def test_one_comment_per_finding_plus_a_summary(annotated, corpus_by_name, name):
    done, document = annotated[name]
    result = corpus_by_name[name]
    comments = list(document.comments)
    located = [f for f in result.findings if f.location]
    # Every finding with a place in the text has its own comment; the others (a missing
    # section, the plan's length) are listed in the summary comment.
    assert done.anchored == len(located) and len(comments) == len(located) + 1
    assert all(not f.location for f in done.in_summary)
    texts = [c.text for c in comments]
    summary = [t for t in texts if t.startswith("ehcp-audit ")]
    assert len(summary) == 1
    for finding in done.in_summary:
        assert f"{finding.code} ({finding.level}): {finding.message}" in summary[0]
    for finding in result.findings:
        if finding in done.in_summary:
            continue
        assert any(
            t.startswith(f"{finding.code} ({finding.level}): {finding.message}") for t in texts
        )
    assert all(c.author == "ehcp-audit" for c in comments)


@pytest.mark.parametrize("name", PLANS)
def test_comments_are_anchored_on_the_words_in_their_section(annotated, corpus_by_name, name):
    done, document = annotated[name]
    result = corpus_by_name[name]
    covered = anchored_texts(document)
    by_text = {c.comment_id: c.text for c in document.comments}
    on_match = 0
    for cid, text in by_text.items():
        code = text.split(" ", 1)[0]
        anchored = covered[cid]
        assert anchored.strip(), f"comment {code} covers no text"
        # Several findings can share a code and message; the comment is one of them.
        same = [f for f in result.findings if text.startswith(f"{f.code} ({f.level}): {f.message}")]
        if not same or not same[0].section:
            continue
        section = result.sections[same[0].section]
        # A PDF's rendered paragraphs end with their page mark, which is not plan text.
        words = " ".join(re.sub(r" \[p\. \d+\]$", "", anchored).split()[:4]).rstrip(" .").lower()
        assert words in (section.heading + " " + section.text).lower() or anchored.startswith(
            "Section"
        ), f"{name}: {code} anchored on {anchored[:50]!r}, not in Section {same[0].section}"
        if any(f.match and anchored.strip().lower() in f.match.lower() for f in same):
            on_match += 1
    assert on_match >= done.anchored // 2  # most comments sit on the words themselves


def test_outcome_comments_sit_on_the_outcome(annotated, corpus_by_name):
    _, document = annotated["07_poor_plan.docx"]
    covered = anchored_texts(document)
    timed = [covered[c.comment_id] for c in document.comments if c.text.startswith("E-SMART-TIME")]
    assert "Jayden will improve his communication skills." in timed


def test_pdf_copy_is_a_rendering_with_pages(annotated):
    done, document = annotated["09_young_person.pdf"]
    assert done.rendered
    text = "\n".join(p.text for p in document.paragraphs)
    assert "[p. 4]" in text and "Section E" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_opens_the_annotated_copy(annotated, tmp_path):
    source = tmp_path / "plan.docx"
    done, _ = annotated["02_all_tables.docx"]
    shutil.copyfile(done.output, source)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    pdf = tmp_path / "plan.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF-")


def test_cli_default_name_no_overwrite_and_force(tmp_path):
    plan = tmp_path / "plan.docx"
    shutil.copyfile(SAMPLES / "05_out_of_order.docx", plan)
    before = sha(plan)

    def run(*args):
        return run_cli("annotate", str(plan), *args)

    first = run()
    target = tmp_path / "plan.annotated.docx"
    assert first.returncode == 0, first.stderr
    assert default_output(plan) == target and target.is_file()
    assert "comments at findings" in first.stdout
    made = target.stat().st_mtime_ns
    again = run()
    assert again.returncode == 2 and "already exists (--force" in again.stderr
    assert target.stat().st_mtime_ns == made
    forced = run("--force")
    assert forced.returncode == 0
    itself = run("-o", str(plan), "--force")
    assert itself.returncode == 2 and "never overwritten" in itself.stderr
    assert sha(plan) == before


# --- places -------------------------------------------------------------------------------


def test_every_located_finding_has_a_place(corpus_results):
    for result in corpus_results:
        for f in result.findings:
            assert f.place, f"{result.file}: {f.code} has no place"


def test_places_name_outcomes_provision_rows_and_pages(corpus_by_name):
    poor = corpus_by_name["07_poor_plan.docx"].findings
    assert any(f.place == "Section E, outcome 1" for f in poor if f.code == "E-SMART-TIME")
    assert any(f.place.startswith("Section F, provision ") for f in poor if f.code == "F-VAGUE")
    assert any(f.place == "Section J (not found in the plan)" for f in poor)
    assert any(
        f.place == "Section A, 'What is working well'" for f in poor if f.code == "A-VOICE-QUESTION"
    )
    tables = corpus_by_name["02_all_tables.docx"].findings
    assert any(f.place.endswith("(table row 7)") for f in tables if f.code.startswith("E-SMART"))
    pdf = corpus_by_name["09_young_person.pdf"].findings
    assert all("(page " in f.place for f in pdf if f.location)


def test_places_hold_no_names(corpus_results):
    for result in corpus_results:
        names = {"Jayden", "Amira", "Kai", "Daniel", "Oliver", "Priya", "Ruby", "Isla", "Kacey"}
        for f in result.findings:
            assert not names & set(f.place.replace("'", " ").split()), f.place


def test_place_with_text_adds_first_words_only_on_request(corpus_by_name):
    finding = next(
        f for f in corpus_by_name["07_poor_plan.docx"].findings if f.code == "E-SMART-MEASURABLE"
    )
    assert place_with_text(finding, False) == finding.place
    assert (
        place_with_text(finding, True)
        == f'{finding.place}: "Jayden will improve his communication skills."'
    )


def test_anchors_inside_content_controls_and_nested_tables(tmp_path):
    """A placeholder inside a content control and one in a table nested in a cell are each
    commented on where they stand (the reader counts paragraphs and cells through both)."""
    from plan_builder import build_docx, plan_texts

    from ehcp_audit.audit import audit_file
    from ehcp_audit.config import Settings

    path = build_docx(tmp_path / "plan.docx", plan_texts())
    document = docx.Document(str(path))
    body = document.element.body
    heading_c = next(p for p in document.paragraphs if p.text.startswith("Section C"))
    heading_d = next(p for p in document.paragraphs if p.text.startswith("Section D"))
    # Section C: a paragraph wrapped in a block-level content control.
    wrapped = document.add_paragraph("Health needs will be confirmed by [INSERT NAME OF NURSE].")
    sdt = body.makeelement(qn("w:sdt"), {})
    content = sdt.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    content.append(wrapped._p)
    heading_d._p.addprevious(sdt)
    # Section B: an outer table whose second cell holds a nested table with the placeholder.
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Cognition and learning"
    inner = outer.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Reading age to be added: XXX"
    heading_c._p.addprevious(outer._tbl)
    document.save(str(path))

    result = audit_file(path, Settings())
    placeholders = {f.match: f for f in result.findings if f.code == "H-PLACEHOLDER"}
    assert "[INSERT NAME OF NURSE]" in placeholders and "XXX" in placeholders
    assert placeholders["XXX"].location["table"] == 1  # the nested cell: the outer cell's place
    target = tmp_path / "out.docx"
    annotate(path, result, target, FIXES)
    annotated_doc = docx.Document(str(target))
    covered = anchored_texts(annotated_doc)
    on = {
        covered[c.comment_id]: c.text
        for c in annotated_doc.comments
        if c.text.startswith("H-PLACEHOLDER")
    }
    assert "[INSERT NAME OF NURSE]" in on and on["[INSERT NAME OF NURSE]"].count("Section C")
    assert "XXX" in on and "Section B" in on["XXX"]
