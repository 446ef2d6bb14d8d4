"""Section A roles: whose sub-question each is, process notes, quotes over several sentences,
and the child's share counting the child's own sub-questions only."""

from __future__ import annotations

import pytest
from plan_builder import build_docx, plan_texts

from ehcp_audit.analysis import ChildInfo
from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings
from ehcp_audit.measures.voice import classify, match_question

SECTION_A = """What's important to me now and in the future?
My name is Sam and I am nine.
I love swimming and I want to swim for my county one day.
What my parents think is important for me
We want Sam to have friends who understand him.
We worry that he gets tired by the afternoon and we would like the school to tell us how his day went.
How best to support me to express my views
Sam said, "Give me time to think. Pictures help too." He likes to point to his choices.
What is going well for me now?
I like my new teacher because she is kind.
I love it when we all go to my nan's because she lets me bake.
What is not going so well for me now?
I don't like the noise in the hall at lunchtime.
Who helped me write this
This section was completed by Sam with his teaching assistant, Mrs Ali, on 2 May 2026.
Sam's words were written down as he said them.
"""


@pytest.fixture(scope="module")
def voice(tmp_path_factory):
    path = tmp_path_factory.mktemp("voice") / "roles.docx"
    build_docx(path, plan_texts({"sections": {"A": SECTION_A}}))
    result = audit_file(path, Settings())
    assert result.status == "audited"
    return result.voice


def _labels(voice, heading_start):
    for q in voice["questions"]:
        if q["heading"].startswith(heading_start):
            return q, [(s["label"], s["role"]) for s in q["labelled_sentences"]]
    raise AssertionError(f"no sub-question {heading_start!r}")


def test_parents_sub_heading_is_theirs_and_left_out_of_the_childs_share(voice):
    question, labels = _labels(voice, "What my parents think")
    assert question["voice"] == "parent" and question["role"] == "parent"
    assert labels == [("parent_first_person", "parent")] * 2
    # Every sentence under the child's own sub-questions is in the child's words, or quoted
    # speech, apart from one sentence about him: the parents' "we" neither lowers nor raises it.
    child = [
        s["label"]
        for q in voice["questions"]
        for s in q["labelled_sentences"]
        if s["role"] == "child"
    ]
    assert voice["child_first_person_share"] == round(
        child.count("child_first_person") / len(child), 3
    )
    assert len(child) == 8 and child.count("child_first_person") == 7


def test_process_notes_are_process_not_the_childs_answers(voice):
    question, labels = _labels(voice, "Who helped me write this")
    assert question["voice"] == "meta" and question["role"] == "process"
    assert [role for _, role in labels] == ["process", "process"]
    assert voice["says_who_completed"] is True


def test_quote_over_two_sentences_keeps_its_speaker(voice):
    _, labels = _labels(voice, "How best to support me")
    # 'Sam said, "Give me time to think.' | 'Pictures help too."' | 'He likes to point ...'
    assert [label for label, _ in labels] == [
        "child_first_person",
        "child_first_person",
        "third_person",
    ]


def test_childs_own_i_is_not_the_parents(voice):
    _, important = _labels(voice, "What's important to me")
    assert [label for label, _ in important] == ["child_first_person"] * 2  # "My name is Sam"
    _, going_well = _labels(voice, "What is going well")
    assert [label for label, _ in going_well] == ["child_first_person"] * 2  # "my nan ... she"


@pytest.mark.parametrize(
    ("heading", "voice"),
    [
        ("My parents' views", "parent"),
        ("Parent/carer views", "parent"),
        ("Views of Amira's parents and carers", "parent"),
        ("My family's hopes for me", "parent"),
        ("Mum's views", "parent"),
        ("Parental views and aspirations", "parent"),
        ("What my teacher says about me", "professional"),
        ("School's views", "professional"),
        ("Views of the professionals who know me", "professional"),
        ("Who contributed to this section", "meta"),
        ("How my views were gathered", "meta"),
        ("Completed by", "meta"),
        ("What is important to me", "child"),
        ("How best to help me", "child"),
        ("What I think about school", "child"),
        ("What I like doing with my mum and dad", "child"),
        ("People who help me", "child"),
        ("What people like and admire about me", "child"),
    ],
)
def test_heading_roles(heading, voice):
    assert match_question(heading)[1] == voice


@pytest.mark.parametrize(
    ("sentence", "voice", "label"),
    [
        ("I am Daniel and I live with my mum.", "child", "child_first_person"),
        ("We are so proud of how hard Daniel works.", "child", "parent_first_person"),
        ("I just want my son to be happy at school.", "child", "parent_first_person"),
        ('If she says "I don\'t know", she needs more time.', "child", "third_person"),
        ("I wrote this myself with help from my tutor.", "meta", "child_first_person"),
        ("I completed this section with Daniel at school.", "meta", "other_first_person"),
    ],
)
def test_sentence_labels(sentence, voice, label):
    assert classify(sentence, voice, ChildInfo(first_name="Daniel")) == label


def test_parents_answer_to_a_topic_still_counts_for_that_topic():
    from ehcp_audit.measures.voice import question_topic

    assert match_question("What my mum thinks works well") == ("parents_views", "parent")
    assert question_topic("What my mum thinks works well") == "working_well"
    assert question_topic("Our hopes for Sam's future") == "hopes_and_aspirations"
