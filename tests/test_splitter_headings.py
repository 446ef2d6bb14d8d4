"""Heading shapes from DOMAIN.md and real templates, each recognised as its section, and body text
that merely mentions a section left alone."""

from __future__ import annotations

import pytest

from ehcp_audit.model import Block, BlockKind, Location
from ehcp_audit.split import SectionRules

RULES = SectionRules.load()

HEADINGS = [
    (
        "Section A: The views, interests and aspirations of the child and his or her parents or the young person",
        "A",
    ),
    ("Section A All about me", "A"),
    ("Section A My Profile", "A"),
    ("(A) Views, Interests and Aspirations", "A"),
    ("Part A – Views, interests and aspirations", "A"),
    ("A. All about me", "A"),
    ("SECTION A - ALL ABOUT ME", "A"),
    ("All about me", "A"),
    ("Section B My Special Educational Needs", "B"),
    ("Part B: Special educational needs", "B"),
    ("Section C My Health Needs", "C"),
    ("C1 Health needs related to SEN", "C"),
    ("Section D2: Social care needs", "D"),
    ("Section E: Outcomes, including Preparing for Adulthood outcomes for Yr9 onwards", "E"),
    ("E. Outcomes sought", "E"),
    ("Outcomes sought", "E"),
    ("Section F: Special Education Provision required to meet needs and achieve outcomes", "F"),
    ("Special educational provision", "F"),
    ("Section G: Health provision", "G"),
    ("Section H: Care Provision (sections H1 and H2)", "H"),
    ("H1 Social Care Provision", "H1"),
    ("Other (H2) Social Care Provision", "H2"),
    ("Section H2 – Other social care provision", "H2"),
    ("Section I: Name and type of Education Placement and arrangements for review", "I"),
    ("Section J: Personal Budget including arrangements for direct payments", "J"),
    ("Section K: Advice and Information gathered", "K"),
    ("Section F (continued)", "F"),
    ("Part K", "K"),
    # The SEND Regulations 2014 reg. 12 wording in full (H1 runs to 31 words).
    (
        "Section H1: Any social care provision which must be made for the child or young person "
        "as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
        "H1",
    ),
    (
        "Section G: Any health care provision reasonably required by the learning difficulties or "
        "disabilities which result in the child or young person having special educational needs",
        "G",
    ),
    (
        "Section H2: Any other social care provision reasonably required by the learning "
        "difficulties or disabilities which result in the child or young person having special "
        "educational needs",
        "H2",
    ),
    # A letter at the end, in brackets, after a part number.
    ("WHERE I WILL LEARN (SECTION I)", "I"),
    ("Where I will learn - Section I", "I"),
    ("Part 2 \u2013 Section B: My special educational needs", "B"),
    ("Needs (Section B)", "B"),
    ("Health provision (G)", "G"),
    # National template: A in two parts.
    ("Section A1: About me, my history and how I communicate", "A"),
    ("A2 My views, interests, strengths and aspirations", "A"),
    # Numbered parts and unlettered "my plan" templates, through their titles.
    ("Part 1: All about me", "A"),
    ("Part 6 - Special educational provision", "F"),
    ("3. My health needs", "C"),
    ("What I want to achieve", "E"),
    ("Where I will learn", "I"),
    ("My social care needs", "D"),
    # Headings written as a Code of Practice sentence, no letter.
    ("The special educational provision required by the child or young person", "F"),
    (
        "Any other social care provision reasonably required by the learning difficulties or "
        "disabilities which result in the child or young person having special educational needs",
        "H2",
    ),
    (
        "Any health care provision reasonably required by the learning difficulties or "
        "disabilities which result in the child or young person having special educational needs",
        "G",
    ),
]

COMBINED = [
    ("Sections H1 & H2 \u2013 social care provision", ("H1", "H2")),
    ("Sections H1 and H2: Social care provision", ("H1", "H2")),
    ("Section H1/H2 Social care", ("H1", "H2")),
    ("Sections C and D: Health and social care needs", ("C", "D")),
    ("Sections B, F and E: needs, provision and outcomes", ("B", "F", "E")),
    ("My health and social care needs", ("C", "D")),
    ("Education needs, outcomes and provision (Sections B, E and F)", ("B", "E", "F")),
    ("Social care needs and provision (Sections D and H)", ("D", "H")),
]

NOT_HEADINGS = [
    "Section F below sets out the provision that Sam needs in school every day.",
    "Section F of a plan must be specific.",
    "I am happy at school.",
    "A child who finds noise hard.",
    "Health",
    "The provision is set out in Section F.",
    "No personal budget has been requested for the provision in Section F.",
    "I will go to Hillside School (see Section I).",
    "Special educational needs",
]

# Set like headings but not section headings: areas of need, sub-questions, other documents'.
NOT_SECTION_HEADINGS = [
    "Communication and interaction",
    "What is important to me",
    "Our approach to outcomes",
    "What is important to us",
    "A one-page profile of Kai, shared with every teacher.",
]


def block(text: str, emphasised: bool = True) -> Block:
    return Block(
        kind=BlockKind.PARAGRAPH, text=text, location=Location(paragraph=1), emphasised=emphasised
    )


@pytest.mark.parametrize(("text", "key"), HEADINGS)
def test_heading_shapes(text, key):
    found = RULES.match(block(text))
    assert found is not None and found.key == key, text


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_body_text_is_not_a_heading(text):
    assert RULES.match(block(text, emphasised=False)) is None


@pytest.mark.parametrize(("text", "keys"), COMBINED)
def test_combined_headings_name_every_section(text, keys):
    found = RULES.match(block(text))
    assert found is not None and sorted(found.keys) == sorted(keys), text


@pytest.mark.parametrize("text", NOT_SECTION_HEADINGS)
def test_heading_like_lines_that_name_no_section(text):
    assert RULES.match(block(text)) is None


def test_signals_explain_the_score():
    found = RULES.score(block("WHERE I WILL LEARN (SECTION I)"))
    assert "letter in brackets at end" in found.signals and "emphasised" in found.signals
    plain = RULES.score(block("WHERE I WILL LEARN (SECTION I)", emphasised=False))
    assert plain.score < found.score


def test_letter_heading_in_plain_type_still_found():
    found = RULES.match(block("Section K: Advice and information", emphasised=False))
    assert found is not None and found.key == "K"


def test_user_aliases_extend_the_rules(tmp_path):
    extra = tmp_path / "ours.yaml"
    extra.write_text("sections:\n  F:\n    titles: ['support to meet my needs']\n")
    rules = SectionRules.load([extra])
    assert rules.match(block("Support to meet my needs")).key == "F"
    assert RULES.match(block("Support to meet my needs")) is None


def test_bad_user_alias_file_names_the_key(tmp_path):
    from ehcp_audit.errors import ConfigError

    extra = tmp_path / "bad.yaml"
    extra.write_text("sections:\n  Z:\n    titles: ['nothing']\n")
    with pytest.raises(ConfigError, match="sections.Z"):
        SectionRules.load([extra])
