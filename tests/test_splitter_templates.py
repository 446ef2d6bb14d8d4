"""Whole plans in the heading shapes of real council templates, split end to end.

Each plan is a real .docx built with python-docx. Headings are the shapes published templates
use (statutory reg. 12 wording, combined sections, a letter at the end, numbered parts, no
letters at all, long Code of Practice sentences); the body text is fictional. Every section's
body holds one sentence naming its key, so a test can tell exactly which text landed where.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ehcp_audit.errors import ConfigError
from ehcp_audit.model import count_words
from ehcp_audit.readers import read_document
from ehcp_audit.split import SectionRules, split

RULES = SectionRules.load()
KEYS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")


def body(key: str) -> str:
    return f"This paragraph belongs to section {key.lower()} of the plan and nowhere else."


STATUTORY = {
    "A": "Section A: The views, interests and aspirations of the child and their parents, or of "
    "the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special "
    "educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special "
    "educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for "
    "adult life",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties "
    "or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person "
    "as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning "
    "difficulties or disabilities which result in the child or young person having special "
    "educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 "
    "institution or other institution to be attended by the child or young person",
    "J": "Section J: Where any special educational provision is to be secured by a direct payment, "
    "the special educational needs and outcomes to be met by the direct payment",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}

LETTER_AT_END = {
    "A": "ALL ABOUT ME (SECTION A)",
    "B": "MY SPECIAL EDUCATIONAL NEEDS (SECTION B)",
    "C": "MY HEALTH NEEDS (SECTION C)",
    "D": "MY SOCIAL CARE NEEDS (SECTION D)",
    "E": "MY OUTCOMES (SECTION E)",
    "F": "SPECIAL EDUCATIONAL PROVISION (SECTION F)",
    "G": "HEALTH PROVISION (SECTION G)",
    "H1": "SOCIAL CARE PROVISION (SECTION H1)",
    "H2": "OTHER SOCIAL CARE PROVISION (SECTION H2)",
    "I": "WHERE I WILL LEARN (SECTION I)",
    "J": "MY PERSONAL BUDGET (SECTION J)",
    "K": "ADVICE AND INFORMATION (SECTION K)",
}

NUMBERED_PARTS = {
    "A": "Part 1: All about me",
    "B": "Part 2: My special educational needs",
    "C": "Part 3: My health needs",
    "D": "Part 4: My social care needs",
    "E": "Part 5: My outcomes",
    "F": "Part 6: Special educational provision",
    "G": "Part 7: Health provision",
    "H1": "Part 8: Social care provision under section 2 of the Chronically Sick and Disabled "
    "Persons Act 1970",
    "H2": "Part 9: Other social care provision",
    "I": "Part 10: Name and type of school",
    "J": "Part 11: Personal budget",
    "K": "Part 12: Advice and information",
}

UNLETTERED = {
    "A": "All about me",
    "B": "My special educational needs",
    "C": "My health needs",
    "D": "My social care needs",
    "E": "What I want to achieve",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act",
    "H2": "Other social care provision",
    "I": "Where I will learn",
    "J": "Personal budget",
    "K": "Advice and information",
}

# Code of Practice sentences as headings, in a heading style, no letters.
SENTENCES = {
    "A": "The views, interests and aspirations of the child and their parents",
    "B": "The special educational needs of the child or young person",
    "C": "The health care needs which relate to the child's special educational needs",
    "D": "The social care needs which relate to the child's special educational needs or disability",
    "E": "The outcomes sought for the child, including outcomes for adult life",
    "F": "The special educational provision required by the child or young person",
    "G": "Any health care provision reasonably required by the child's learning difficulties or "
    "disabilities",
    "H1": "Any social care provision which must be made under section 2 of the Chronically Sick "
    "and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required by the child's learning difficulties "
    "or disabilities",
    "I": "The name and type of the school or other institution to be attended",
    "J": "Where any provision is to be secured by a direct payment, the needs and outcomes it meets",
    "K": "The advice and information gathered during the needs assessment",
}


def build(path: Path, items: list[tuple[str, str]]) -> Path:
    """items: (how, text) with how in h1, h2, bold, p."""
    document = docx.Document()
    document.add_paragraph("Education, Health and Care Plan for Leo Marsh")
    document.add_paragraph("Date of birth: 4 May 2016")
    for how, text in items:
        if how in ("h1", "h2"):
            document.add_heading(text, level=int(how[1]))
        elif how == "bold":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def sectioned(headings: dict[str, str], how: str = "h1") -> list[tuple[str, str]]:
    items = []
    for key, heading in headings.items():
        items += [(how, heading), ("p", body(key))]
    return items


def split_items(tmp_path: Path, items, rules: SectionRules = RULES, name: str = "plan"):
    return split(read_document(build(tmp_path / f"{name}.docx", items)), rules)


def assert_each_section_has_its_own_text(plan, keys=KEYS):
    assert plan.is_ehcp
    assert plan.missing == []
    for key in keys:
        text = plan.sections[key].text
        assert body(key) in text, key
        others = [k for k in KEYS if k != key and body(k) in text]
        assert not others, (key, others)


@pytest.mark.parametrize(
    ("headings", "how"),
    [
        (STATUTORY, "h1"),
        (STATUTORY, "bold"),
        (LETTER_AT_END, "bold"),
        (NUMBERED_PARTS, "h1"),
        (UNLETTERED, "bold"),
        (UNLETTERED, "h2"),
        (SENTENCES, "h1"),
    ],
    ids=[
        "statutory-styled",
        "statutory-bold",
        "letter-at-end",
        "numbered-parts",
        "unlettered-bold",
        "unlettered-h2",
        "cop-sentences",
    ],
)
def test_template_shapes_split_into_their_sections(tmp_path, headings, how):
    plan = split_items(tmp_path, sectioned(headings, how))
    assert_each_section_has_its_own_text(plan)


def test_sections_in_any_order(tmp_path):
    order = ["A", "E", "B", "C", "D", "F", "G", "H1", "H2", "I", "J", "K"]
    plan = split_items(tmp_path, sectioned({k: STATUTORY[k] for k in order}))
    assert_each_section_has_its_own_text(plan)


def test_combined_headings_give_each_section_the_shared_text(tmp_path):
    items = sectioned({k: STATUTORY[k] for k in ("A", "B", "E", "F", "G")})
    items += [("h1", "Sections C and D: Health and social care needs"), ("p", body("C"))]
    items += [("h1", "Sections H1 & H2 \u2013 social care provision"), ("p", body("H1"))]
    items += sectioned({k: STATUTORY[k] for k in ("I", "J", "K")})
    plan = split_items(tmp_path, items)
    assert plan.is_ehcp and plan.missing == []
    assert body("C") in plan.sections["D"].text and body("C") in plan.sections["C"].text
    assert plan.sections["H1"].text == plan.sections["H2"].text == body("H1")
    assert plan.sections["H1"].shared_with == ("H2",)
    front = sum(count_words(b.text) for b in plan.front_matter)
    bodies = sum(count_words(body(k)) for k in KEYS if k not in ("D", "H2"))
    assert plan.words == front + bodies  # shared text is counted once


def test_combined_heading_by_title_alone(tmp_path):
    items = sectioned({k: UNLETTERED[k] for k in ("A", "B")}, "bold")
    items += [("bold", "My health and social care needs"), ("p", body("C"))]
    items += sectioned({k: UNLETTERED[k] for k in KEYS[4:]}, "bold")
    plan = split_items(tmp_path, items)
    assert plan.missing == []
    assert plan.sections["C"].text == plan.sections["D"].text == body("C")


def test_sub_headings_that_repeat_a_title_do_not_cut_a_section(tmp_path):
    items = []
    for key, heading in STATUTORY.items():
        items += [("h1", heading), ("p", body(key))]
        if key == "B":
            items += [("h2", "Health needs"), ("p", "Leo tires quickly after lunch.")]
            items += [("h2", "Outcomes"), ("p", "Leo's last targets were met.")]
    plan = split_items(tmp_path, items)
    assert_each_section_has_its_own_text(plan)
    assert "Leo tires quickly" in plan.sections["B"].text
    assert "Leo's last targets" in plan.sections["B"].text


def test_continuation_headings_are_merged(tmp_path):
    items = sectioned({k: STATUTORY[k] for k in KEYS})
    at = items.index(("p", body("F")))
    items[at + 1 : at + 1] = [("bold", "Section F (continued)"), ("p", "More provision here.")]
    items.insert(items.index(("p", body("B"))) + 1, ("bold", "Section B: continued"))
    plan = split_items(tmp_path, items)
    assert_each_section_has_its_own_text(plan)
    assert plan.sections["F"].text.endswith("More provision here.")


def test_body_text_naming_sections_is_not_a_heading(tmp_path):
    items = sectioned({k: STATUTORY[k] for k in KEYS})
    at = items.index(("p", body("E")))
    items[at + 1 : at + 1] = [
        ("p", "Section F below sets out the provision Leo needs to meet these outcomes."),
        ("p", "The support is described in Section F."),
        ("p", "I will learn at Hillside School (see Section I)."),
    ]
    plan = split_items(tmp_path, items)
    assert_each_section_has_its_own_text(plan)
    assert "see Section I" in plan.sections["E"].text


NOT_PLANS = {
    "sen-information-report": [
        ("h1", "SEN Information Report 2025-26"),
        ("h1", "1. How we identify special educational needs"),
        ("p", "We use assessments each term and listen to parents and pupils."),
        ("h1", "2. Our approach to outcomes"),
        ("p", "Outcomes are agreed with families at each review meeting."),
        ("h1", "3. Education, Health and Care Plans"),
        ("p", "Section F of a plan sets out the provision a child must receive."),
        ("h1", "4. Health and social care support"),
        ("p", "We work with the school nurse and children's services."),
        ("h1", "5. Personal budgets"),
        ("p", "Families can ask the council about personal budgets."),
    ],
    "letter": [
        ("p", "Dear Mr and Mrs Marsh,"),
        ("p", "Please find enclosed the draft plan. Section A records Leo's views."),
        ("p", "Section F sets out the special educational provision and Section I is left blank."),
        ("p", "You have 15 days to comment. Yours sincerely,"),
        ("p", "SEN Casework Officer"),
    ],
    "annual-review-form": [
        ("h1", "Annual Review of an Education, Health and Care Plan"),
        ("bold", "Views of the child or young person"),
        ("p", "Leo said he enjoys maths and wants more time outside."),
        ("bold", "Views of parents"),
        ("p", "Leo's parents are pleased with his progress."),
        ("bold", "Progress towards outcomes"),
        ("p", "Leo has met two of his four outcomes."),
        ("bold", "Recommended changes to the plan"),
        ("p", "Amend the speech and language provision in Section F."),
    ],
}


@pytest.mark.parametrize("name", NOT_PLANS)
def test_documents_that_are_not_plans_stay_not_an_ehcp(tmp_path, name):
    plan = split_items(tmp_path, NOT_PLANS[name], name=name)
    assert not plan.is_ehcp, sorted(plan.sections)


def test_weak_heading_is_used_with_low_confidence_not_reported_missing(tmp_path):
    items = sectioned({k: STATUTORY[k] for k in KEYS if k != "J"})
    # J only as a Heading 2 inside I: a title, set unlike the lettered Heading 1 headings.
    at = items.index(("p", body("I")))
    items[at + 1 : at + 1] = [("h2", "Personal budget"), ("p", body("J"))]
    plan = split_items(tmp_path, items)
    assert "J" not in plan.missing
    assert plan.sections["J"].confidence < 0.7
    assert all(plan.sections[k].confidence == 1.0 for k in KEYS if k != "J")
    assert any(m.outcome == "weak" and m.keys == ("J",) for m in plan.near_misses)


def test_near_misses_say_why(tmp_path):
    items = sectioned({k: STATUTORY[k] for k in KEYS if k != "K"})
    items += [("h1", "Reports we read"), ("p", "The educational psychologist's report.")]
    plan = split_items(tmp_path, items)
    assert plan.missing == ["K"]
    miss = next(m for m in plan.near_misses if m.text == "Reports we read")
    assert miss.outcome == "no section" and "heading level 1" in miss.signals


def test_sections_file_declares_parts_combined_headings_and_limits(tmp_path):
    extra = tmp_path / "ours.yaml"
    extra.write_text(
        "parts: {3: [C, D]}\n"
        "combined: [{title: 'care and wellbeing', sections: [G, H1, H2]}]\n"
        "recognition: {accept_score: 1.0}\n",
        encoding="utf-8",
    )
    rules = SectionRules.load([extra])
    items = sectioned({k: NUMBERED_PARTS[k] for k in ("A", "B")})
    items += [("h1", "Part 3"), ("p", body("C"))]
    items += sectioned({k: NUMBERED_PARTS[k] for k in ("E", "F")})
    items += [("h1", "Care and wellbeing"), ("p", body("G"))]
    items += sectioned({k: NUMBERED_PARTS[k] for k in ("I", "J", "K")})
    plan = split_items(tmp_path, items, rules)
    assert plan.missing == []
    assert body("C") in plan.sections["D"].text
    assert plan.sections["H2"].text == body("G")


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("sections:\n  F:\n    aliases: ['x']\n", "sections.F.aliases"),
        ("section:\n  F:\n    titles: ['x']\n", "section"),
        ("recognition: {accept: 2}\n", "recognition.accept"),
        ("recognition: {accept_score: high}\n", "recognition.accept_score"),
        ("combined: [{title: 'x', sections: [Q]}]\n", "Q"),
        ("parts: {one: [A]}\n", "parts.one"),
    ],
)
def test_sections_file_is_validated_strictly(tmp_path, content, named):
    extra = tmp_path / "bad.yaml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.yaml") as caught:
        SectionRules.load([extra])
    assert named in str(caught.value)


def test_sections_command_lists_near_misses(tmp_path):
    from typer.testing import CliRunner

    from ehcp_audit.cli import app

    items = sectioned({k: STATUTORY[k] for k in KEYS if k != "K"})
    items += [("h1", "Reports we read"), ("p", "The educational psychologist's report.")]
    path = build(tmp_path / "plan.docx", items)
    result = CliRunner().invoke(app, ["sections", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Near misses" in result.output and "Reports we read" in result.output
    assert "names no" in result.output
    assert "Missing sections: K" in result.output

    bad = tmp_path / "bad.yaml"
    bad.write_text("sections:\n  K:\n    alias: ['reports we read']\n", encoding="utf-8")
    failed = CliRunner().invoke(app, ["sections", str(path), "--sections-file", str(bad)])
    assert failed.exit_code == 2
    assert "bad.yaml" in failed.output and "sections.K.alias" in failed.output

    good = tmp_path / "good.yaml"
    good.write_text("sections:\n  K:\n    titles: ['reports we read']\n", encoding="utf-8")
    fixed = CliRunner().invoke(
        app, ["sections", str(path), "--sections-file", str(good)], env={"COLUMNS": "200"}
    )
    assert "Missing sections: none" in fixed.output


def test_contents_list_before_the_sections_stays_in_front_matter(tmp_path):
    contents = [("p", f"{STATUTORY[k].split(':')[0]} ........ {n}") for n, k in enumerate(KEYS, 2)]
    items = [("p", "Contents"), *contents, *sectioned(STATUTORY)]
    plan = split_items(tmp_path, items)
    assert_each_section_has_its_own_text(plan)
    front = "\n".join(b.text for b in plan.front_matter)
    assert "Section K ........ 13" in front
    assert plan.sections["A"].heading == STATUTORY["A"]


def test_unlettered_competing_titles_are_settled_by_order_and_shape(tmp_path):
    items = [("h1", "All about me"), ("p", body("A"))]
    items += [("h2", "What I want to achieve"), ("p", "I want to be a vet.")]
    items += sectioned({k: UNLETTERED[k] for k in ("B", "C", "D")})
    items += [("h1", "My outcomes"), ("p", body("E"))]
    items += [("h1", "Special educational provision"), ("p", body("F"))]
    items += [("h2", "Health provision"), ("p", "Speech therapy is educational provision.")]
    items += sectioned({k: UNLETTERED[k] for k in KEYS[6:]})
    plan = split_items(tmp_path, items)
    assert_each_section_has_its_own_text(plan)
    assert "I want to be a vet." in plan.sections["A"].text
    assert "Speech therapy" in plan.sections["F"].text


def test_label_cell_and_title_cell_make_one_heading(tmp_path):
    document = docx.Document()
    for key, title in UNLETTERED.items():
        row = document.add_table(rows=1, cols=2).rows[0]
        row.cells[0].text, row.cells[1].text = f"Section {key}", title
        document.add_paragraph(body(key))
    path = tmp_path / "cells.docx"
    document.save(str(path))
    plan = split(read_document(path), RULES)
    assert_each_section_has_its_own_text(plan)
    assert plan.sections["I"].heading == "Section I Where I will learn"
    assert plan.sections["I"].text == body("I")


def test_capitals_in_body_type_are_a_heading_signal(tmp_path):
    plan = split_items(tmp_path, sectioned({k: v.upper() for k, v in UNLETTERED.items()}, "p"))
    assert_each_section_has_its_own_text(plan)


def test_side_by_side_section_columns_are_read_per_column(tmp_path):
    document = docx.Document()
    for key in ("A", "B", "C", "D"):
        document.add_heading(STATUTORY[key].split(":")[0] + ": " + UNLETTERED[key], level=1)
        document.add_paragraph(body(key))
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "Section E: Outcomes"
    table.rows[0].cells[1].text = "Section F: Special educational provision"
    for row, n in ((table.rows[1], 1), (table.rows[2], 2)):
        row.cells[0].text = f"By July 2027 Leo will read {n * 20} words."
        row.cells[1].text = f"Daily {n * 10}-minute phonics with a teaching assistant."
    for key in ("G", "H1", "H2", "I", "J", "K"):
        document.add_heading(STATUTORY[key].split(":")[0] + ": " + UNLETTERED[key], level=1)
        document.add_paragraph(body(key))
    path = tmp_path / "columns.docx"
    document.save(str(path))
    plan = split(read_document(path), RULES)
    assert plan.missing == []
    assert "read 40 words" in plan.sections["E"].text
    assert "phonics" not in plan.sections["E"].text
    assert "20-minute phonics" in plan.sections["F"].text
    links = {b.row_link for s in ("E", "F") for b in plan.sections[s].blocks if b.row_link}
    assert len(links) == 2


def test_unlettered_section_no_title_names_is_found_between_its_neighbours(tmp_path):
    headings = dict(UNLETTERED, B="My needs and what I find hard")
    plan = split_items(tmp_path, sectioned(headings))
    assert_each_section_has_its_own_text(plan)
    assert plan.sections["B"].confidence < 0.7  # said to be unsure, not reported missing


def test_untitled_social_care_provision_beside_h2_is_h1(tmp_path):
    headings = dict(UNLETTERED, H1="Social care provision")
    plan = split_items(tmp_path, sectioned(headings))
    assert_each_section_has_its_own_text(plan)
    assert plan.sections["H1"].heading == "Social care provision"


def test_lettered_plan_keeps_a_truly_missing_section_missing(tmp_path):
    items = sectioned({k: STATUTORY[k] for k in KEYS if k != "J"})
    at = items.index(("p", body("I")))
    items.insert(at + 1, ("h1", "Review arrangements"))
    plan = split_items(tmp_path, items)
    assert plan.missing == ["J"]


def test_pdf_headings_in_capitals_of_body_type(tmp_path):
    """A PDF export whose headings are only capitals, same font and size as the text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "capitals.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    for key, heading in UNLETTERED.items():
        for text in (heading.upper(), body(key)):
            if y < 60:
                page.showPage()
                y = 800
            page.setFont("Helvetica", 10)
            page.drawString(50, y, text)
            y -= 16
    page.save()
    plan = split(read_document(path), RULES)
    assert_each_section_has_its_own_text(plan)


def test_plain_letter_cell_beside_its_title_is_a_heading(tmp_path):
    document = docx.Document()
    document.add_paragraph("Education, Health and Care Plan")
    for key, title in UNLETTERED.items():
        table = document.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = key, title
        merged = table.rows[1].cells[0].merge(table.rows[1].cells[1])
        merged.text = body(key)
    path = tmp_path / "form.docx"
    document.save(str(path))
    plan = split(read_document(path), RULES)
    assert_each_section_has_its_own_text(plan)
    assert plan.sections["B"].heading == "B My special educational needs"


def test_heading_run_into_its_first_paragraph_is_split(tmp_path):
    """OCR and some exports lose the line break after a heading."""
    items = [("p", f"{STATUTORY[k].split(':')[0]}: {UNLETTERED[k]} {body(k)}") for k in KEYS]
    plan = split_items(tmp_path, items)
    assert_each_section_has_its_own_text(plan)
    assert plan.sections["E"].heading == "Section E: What I want to achieve"
    assert plan.sections["E"].text == body("E")
