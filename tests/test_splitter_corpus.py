"""The splitter against the hand-written expected section texts of every sample plan."""

from __future__ import annotations

import pytest
from corpus import expected_for, sample_files, token_f1

from ehcp_audit.audit import split_file
from ehcp_audit.config import Settings

SAMPLES = sample_files()


@pytest.fixture(scope="module", params=SAMPLES, ids=[p.name for p in SAMPLES])
def case(request):
    path = request.param
    return path, split_file(path, Settings()), expected_for(path)


def test_recognised_as_ehcp_or_not(case):
    path, plan, expected = case
    assert plan.is_ehcp == expected["is_ehcp"], path.name


def test_sections_found_match(case):
    path, plan, expected = case
    if not expected["is_ehcp"]:
        return
    assert sorted(plan.sections) == sorted(expected["sections"]), path.name
    assert sorted(plan.missing) == sorted(expected["missing"])
    assert sorted(k for k, s in plan.sections.items() if s.empty) == sorted(expected["empty"])


def test_section_text_f1(case):
    path, plan, expected = case
    low = {}
    for key, want in expected["sections"].items():
        got = plan.sections[key].text if key in plan.sections else ""
        score = token_f1(got, want["text"])
        if score < 0.98:
            low[key] = round(score, 3)
    assert not low, f"{path.name}: sections below F1 0.98: {low}"


def test_front_matter_f1(case):
    path, plan, expected = case
    if expected["is_ehcp"]:
        got = "\n".join(b.text for b in plan.front_matter)
        assert token_f1(got, expected["front_matter"]) >= 0.98


def test_section_order_and_headings(case):
    path, plan, expected = case
    if not expected["is_ehcp"]:
        return
    for key, want in expected["sections"].items():
        assert plan.sections[key].heading.split()[:2] == want["heading"].split()[:2], (
            path.name,
            key,
        )
