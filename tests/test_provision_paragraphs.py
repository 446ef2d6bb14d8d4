"""A prose paragraph in Section F that sets out several provisions is several statements."""

from __future__ import annotations

from plan_builder import build_docx, plan_texts

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings

PARAGRAPH = (
    "Sam will take part in a reading fluency programme with a trained teaching assistant, in "
    "three 20-minute sessions each week, one to one. These sessions will be reviewed each half "
    "term by the class teacher. A specialist maths teacher will teach Sam in a group of three for "
    "one hour a week. The educational psychologist will carry out a two-hour assessment of Sam's "
    "working memory in the autumn term."
)


def test_each_provision_in_a_paragraph_is_a_statement(tmp_path):
    path = build_docx(tmp_path / "f.docx", plan_texts({"sections": {"F": PARAGRAPH}}))
    provision = audit_file(path, Settings()).provision
    assert len(provision) == 3
    first, maths, assessment = provision
    assert first["text"].endswith("by the class teacher.")  # its review sentence stays with it
    assert first["weekly_minutes"] == 60
    assert maths["weekly_minutes"] == 60 and maths["group_max"] == 3
    assert assessment["duration_minutes"] == 120


def test_a_statement_with_its_details_in_later_sentences_stays_whole(tmp_path):
    text = (
        "Sam will have speech and language therapy. This will be delivered by an HCPC-registered "
        "speech and language therapist in three 30-minute sessions a week."
    )
    path = build_docx(tmp_path / "g.docx", plan_texts({"sections": {"F": text}}))
    provision = audit_file(path, Settings()).provision
    assert len(provision) == 1 and provision[0]["weekly_minutes"] == 90


def test_a_table_row_stays_one_statement_with_all_its_cells(tmp_path):
    import docx

    path = build_docx(tmp_path / "t.docx", plan_texts({"sections": {"F": None}}))
    document = docx.Document(str(path))
    document.add_heading("Section F: Special educational provision", level=1)
    table = document.add_table(rows=2, cols=3)
    for i, text in enumerate(("Provision", "Frequency", "Delivered by")):
        table.cell(0, i).text = text
    table.cell(
        1, 0
    ).text = "A social communication group. It follows a programme chosen by the therapist."
    table.cell(1, 1).text = "1 x 45 minutes per week"
    table.cell(1, 2).text = "A trained teaching assistant"
    document.save(str(path))
    provision = audit_file(path, Settings()).provision
    assert len(provision) == 1
    assert provision[0]["weekly_minutes"] == 45 and provision[0]["who_specified"] is True
