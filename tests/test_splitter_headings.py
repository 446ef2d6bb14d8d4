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
]

NOT_HEADINGS = [
    "Section F below sets out the provision that Sam needs in school every day.",
    "Section F of a plan must be specific.",
    "I am happy at school.",
    "A child who finds noise hard.",
    "Health",
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
