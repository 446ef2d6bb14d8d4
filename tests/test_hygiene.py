"""Hygiene precision: template leftovers only where they stand as one; acronyms spelled out in a
glossary table or line count as defined."""

from __future__ import annotations

import docx
import pytest
from plan_builder import build_docx, plan_texts

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings


def _codes(result, code):
    return sorted(f.match for f in result.findings if f.code == code)


@pytest.mark.parametrize(
    "line",
    [
        "The review of these targets is to be completed by the spring half term.",
        "Her teacher confirmed the reading programme is to be confirmed with the family each term.",
        "Sam told us he likes the word TBC because it sounds like a robot.",
        "The school will tell his parents when the assessment has been completed.",
    ],
)
def test_placeholder_words_inside_a_sentence_are_not_leftovers(tmp_path, line):
    result = audit_file(
        build_docx(tmp_path / "p.docx", plan_texts({"section": "B", "text": line})), Settings()
    )
    assert _codes(result, "H-PLACEHOLDER") == []


@pytest.mark.parametrize(
    ("line", "match"),
    [
        ("To be completed", "To be completed"),
        ("Review date: TBC", "TBC"),
        ("Date of EP advice: to be confirmed.", "to be confirmed"),
        ("EP report dated TBC", "TBC"),
        ("The outcome is [to be completed] by the school.", "[to be completed]"),
        ("THE SCHOOL WILL ADD THIS: TO BE COMPLETED BY SENCO", "TO BE COMPLETED"),
        ("[CHILD'S NAME] finds it hard to wait for his turn.", "[CHILD'S NAME]"),
        ("Sam will read XXX words by <insert date>.", "<insert date>"),
    ],
)
def test_leftovers_standing_as_one_are_found(tmp_path, line, match):
    result = audit_file(
        build_docx(tmp_path / "p.docx", plan_texts({"section": "B", "text": line})), Settings()
    )
    assert match in _codes(result, "H-PLACEHOLDER")
    assert all(f.level == "error" for f in result.findings if f.code == "H-PLACEHOLDER")


def test_whole_table_cell_is_a_leftover(tmp_path):
    path = build_docx(tmp_path / "cell.docx", plan_texts())
    document = docx.Document(str(path))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Next review"
    table.cell(0, 1).text = "TBC"
    document.save(str(path))
    assert _codes(audit_file(path, Settings()), "H-PLACEHOLDER") == ["TBC"]


def _plan_with_glossary(tmp_path, rows, extra_b):
    path = build_docx(tmp_path / "g.docx", plan_texts({"section": "B", "text": extra_b}))
    document = docx.Document(str(path))
    document.add_paragraph("Glossary")
    table = document.add_table(rows=len(rows), cols=2)
    for i, (term, meaning) in enumerate(rows):
        table.cell(i, 0).text = term
        table.cell(i, 1).text = meaning
    document.save(str(path))
    return audit_file(path, Settings())


def test_acronyms_defined_in_a_glossary_table_count_as_defined(tmp_path):
    result = _plan_with_glossary(
        tmp_path,
        [
            ("SALT", "Speech and language therapist"),
            ("ELSA", "Emotional literacy support assistant"),
        ],
        "The SALT and the ELSA will meet each half term. The CAMHS team has been contacted.",
    )
    assert _codes(result, "H-ACRONYM") == ["CAMHS"]


def test_glossary_line_without_separator_counts_when_initials_match(tmp_path):
    text = (
        "The SENCo will plan the support with the school.\n"
        "SENCo Special Educational Needs Co-ordinator\n"
        "The OT will visit.\n"
        "OT visits are weekly"
    )
    result = audit_file(
        build_docx(tmp_path / "l.docx", plan_texts({"section": "B", "text": text})), Settings()
    )
    # "visits are weekly" does not spell OT's letters as an expansion would: still undefined.
    assert _codes(result, "H-ACRONYM") == ["OT"]
