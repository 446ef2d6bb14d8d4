"""What a QA officer should see on the samples: clean good plans, a poor plan flagged in full."""

from __future__ import annotations

from corpus import expected_for, sample_files

GOOD = [
    p.name for p in sample_files() if expected_for(p)["is_ehcp"] and not p.name.startswith("07_")
]


def test_good_samples_have_no_error_level_finding(corpus_by_name):
    for name in GOOD:
        errors = [(f.code, f.message) for f in corpus_by_name[name].findings if f.level == "error"]
        assert errors == [], name


def test_not_an_ehcp_is_not_audited(corpus_by_name):
    result = corpus_by_name["08_not_an_ehcp.docx"]
    assert result.status == "not_ehcp"
    assert result.findings == [] and result.missing_sections == []


def test_poor_sample_is_flagged_in_full(corpus_by_name):
    name = "07_poor_plan.docx"
    result = corpus_by_name[name]
    expected = expected_for(next(p for p in sample_files() if p.name == name))
    codes = [f.code for f in result.findings]
    placeholders = {f.match for f in result.findings if f.code == "H-PLACEHOLDER"}
    for text in expected["labels"]["placeholders"]:
        assert any(
            text.lower() in (p or "").lower() or (p or "").lower() in text.lower()
            for p in placeholders
        ), text
    empty = {f.section for f in result.findings if f.code == "S-EMPTY"}
    assert empty == set(expected["empty"])
    assert {f.section for f in result.findings if f.code == "S-MISSING"} == set(expected["missing"])
    vague_outcomes = [o for o in expected["labels"]["outcomes"] if not o["specific"]]
    assert codes.count("E-SMART-SPECIFIC") >= len(vague_outcomes)
    vague_provision = [p for p in expected["labels"]["provision"] if p["vague_terms"]]
    assert codes.count("F-VAGUE") >= len(vague_provision)
    others = {f.match for f in result.findings if f.code == "H-OTHER-NAME"}
    assert set(expected["labels"]["other_child_names"]) <= others
    acronyms = {f.match for f in result.findings if f.code == "H-ACRONYM"}
    assert set(expected["labels"]["unexplained_acronyms"]) <= acronyms
    assert "A-ASPIRATIONS" in codes
