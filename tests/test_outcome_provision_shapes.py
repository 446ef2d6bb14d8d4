"""Outcomes and provision in the shapes real plans use, labelled by hand (fictional wording).

A plan is built once as a real .docx (python-docx) whose Section E holds outcomes as bullets under
area-of-need sub-headings, labelled lines, present-tense statements, noun phrases and an outcome
table with a "By when" column, between lead-ins that are not outcomes; Section F holds provision
as bullets, lead-ins, sub-headings and a provision table with unit columns. Every labelled line
is checked: found or not, its SMART parts, and for provision whether it is quantified and the
figures parsed from it. Further lines are judged directly, without a document.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from plan_builder import CLEAN, HEADINGS

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings
from ehcp_audit.measures import outcomes as outcome_measure
from ehcp_audit.measures import provision as provision_measure

# (line as written, its kind or None when it is not an outcome, time_bound, measurable,
# specific, provision_as_outcome). "b:" marks a bold sub-heading, "*" a bullet, "|" a table row.
E_LINES: list[tuple[str, str | None, bool, bool, bool | None, bool]] = [
    (
        "Below are the outcomes agreed with Noor and her family at the planning meeting.",
        None,
        0,
        0,
        None,
        0,
    ),
    ("b:Communication and interaction", None, 0, 0, None, 0),
    (
        "*By the end of the spring term 2026, Noor will ask a classmate to join her game using a taught phrase on 3 occasions each week.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    (
        "*Noor will follow a two-step spoken instruction without a visual prompt in 4 out of 5 observed lessons by July 2026.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    ("*Noor will improve her listening skills.", "outcome", 0, 0, False, 0),
    (
        "*Outcome 1: By Y5, Noor will offer one idea in each class discussion in literacy lessons.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    (
        "*My goal: to read a chapter book on my own by the end of this term.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    (
        "*Noor tells a familiar adult about her weekend in three linked sentences by Easter 2026.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    (
        "*Noor answers who and where questions about a short story correctly within 6 weeks.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    ("b:Cognition and learning", None, 0, 0, None, 0),
    (
        "*Within six weeks, Noor will read 30 of the first 100 high-frequency words accurately.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    (
        "*By the end of the autumn term 2026, Noor will count forwards and backwards to 50 without using a number line.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    ("*Noor will develop her understanding of number.", "outcome", 0, 0, False, 0),
    (
        "*Target 2 - Noor will write three sentences with capital letters and full stops this term.",
        "target",
        1,
        1,
        True,
        0,
    ),
    ("*10 hours of TA time", "outcome", 0, 0, False, 1),
    ("*Spelling 20 common exception words correctly by July 2026", "outcome", 1, 1, None, 0),
    ("*Independent travel to school by July 2026", "outcome", 1, 0, None, 0),
    ("b:Social, emotional and mental health", None, 0, 0, None, 0),
    ("The following steps will help Noor to manage her feelings:", None, 0, 0, None, 0),
    (
        "*Noor will name two feelings and one calming strategy on her feelings chart each morning by half term.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    ("*Noor will be more confident.", "outcome", 0, 0, False, 0),
    ("*Noor will continue to work on her friendships.", "outcome", 0, 0, False, 0),
    (
        "*By the next annual review, Noor will stay in class for the whole of a 40-minute lesson on 4 days out of 5.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    ("*Noor will receive weekly ELSA sessions.", "outcome", 0, 0, False, 1),
    ("What support will help Noor:", None, 0, 0, None, 0),
    ("*The TA will model the calming strategy each morning.", None, 0, 0, None, 0),
    ("*Visual prompts on her desk", None, 0, 0, None, 0),
    ("b:Sensory and/or physical", None, 0, 0, None, 0),
    (
        "*By the end of Year 4, Noor will fasten the buttons on her coat without help on 4 days out of 5.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    (
        "*Noor will hold a pencil with a tripod grip for a whole writing task in 3 out of 4 tasks by July 2026.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    (
        "Short-term target: Noor will use her visual timetable to move between activities without an adult reminder by October half-term.",
        "target",
        1,
        1,
        True,
        0,
    ),
    (
        "Long-term outcome: By the end of Year 6, Noor will write a story of at least 100 words with a beginning, middle and end.",
        "outcome",
        1,
        1,
        True,
        0,
    ),
    # A resource written where an outcome should be (the hours, not what Noor will achieve).
    ("b:Independence", None, 0, 0, None, 0),
    ("10 hours a week of teaching assistant time", "outcome", 0, 0, False, 1),
    ("Two sessions a week of 1:1 support from a learning mentor.", "outcome", 0, 0, False, 1),
    (
        "Progress towards these outcomes will be reviewed with Noor's family each term.",
        None,
        0,
        0,
        None,
        0,
    ),
]

# Outcome table: (outcome, step, by when). Expected per cell: time_bound, measurable.
E_TABLE = [
    (
        "Noor will travel on the school minibus calmly with her ear defenders.",
        "Noor will sit in her seat for a 10-minute journey.",
        "Spring term 2026",
        (1, 0),
        (1, 1),
    ),
    (
        "Noor will eat her lunch in the dining hall with a friend on 3 days a week.",
        "Noor will choose a lunch seat from two options.",
        "Y5",
        (1, 1),
        (1, 1),
    ),
    (
        "Noor reads a simple recipe and makes a sandwich with one adult prompt.",
        "Noor will gather the ingredients for a sandwich from a picture list.",
        "Ongoing",
        (0, 1),
        (0, 0),
    ),
]

# (line, is a statement, quantified, sessions per week, minutes per session, weekly minutes,
# group max). None: no figure expected.
F_LINES: list[tuple[str, bool, bool, float | None, float | None, float | None, int | None]] = [
    (
        "The provision below will be delivered in school and reviewed each term.",
        False,
        0,
        None,
        None,
        None,
        None,
    ),
    ("b:Communication and interaction", False, 0, None, None, None, None),
    (
        "*Three 20-minute sessions a week of 1:1 speech and language therapy from an HCPC-registered speech and language therapist.",
        True,
        1,
        3,
        20,
        60,
        1,
    ),
    (
        "*A 20-minute language group four times a week in a group of 4 pupils, run by a teaching assistant trained by the SALT.",
        True,
        1,
        4,
        20,
        80,
        4,
    ),
    (
        "*Speech and language therapy: 2 sessions per week, 45 minutes per session, delivered by a qualified speech and language therapist.",
        True,
        1,
        2,
        45,
        90,
        None,
    ),
    ("*Access to a quiet space when needed.", True, 0, None, None, None, None),
    ("b:Cognition and learning", False, 0, None, None, None, None),
    (
        "Below is the help the school will give Noor with her learning:",
        False,
        0,
        None,
        None,
        None,
        None,
    ),
    (
        "*Daily 15-minute precision teaching of high-frequency words, 1:1 with a teaching assistant.",
        True,
        1,
        5,
        15,
        75,
        1,
    ),
    (
        "*A two-hour assessment of Noor's literacy by an educational psychologist in the autumn term 2026.",
        True,
        1,
        None,
        120,
        None,
        None,
    ),
    ("*Up to 2 hours a week of small group maths support.", True, 0, None, None, None, None),
    (
        "*A 30-minute session with the specialist teacher each half term.",
        True,
        1,
        0.154,
        30,
        None,
        None,
    ),
    (
        "*Fortnightly 45-minute visits from the occupational therapist.",
        True,
        1,
        0.5,
        45,
        22.5,
        None,
    ),
    ("b:Social, emotional and mental health", False, 0, None, None, None, None),
    (
        "*A 30-minute 1:1 ELSA session every Monday and Thursday with the school's emotional literacy support assistant.",
        True,
        1,
        2,
        30,
        60,
        1,
    ),
    ("*Regular check-ins with a key adult.", True, 0, None, None, None, None),
    (
        "*A termly review meeting of one hour with the SENCo and Noor's parents.",
        True,
        1,
        0.077,
        60,
        None,
        None,
    ),
    ("b:Staffing", False, 0, None, None, None, None),
    (
        "*Noor will have 20 hours per week of support from a teaching assistant (TA), working with her 1:1 or in a group of no more than 3 pupils.",
        True,
        1,
        None,
        None,
        1200,
        1,
    ),
]

# Provision table with unit columns: (provision, sessions per week, minutes, delivered by, group)
F_TABLE_HEADER = (
    "Provision",
    "Sessions per week",
    "Duration (minutes)",
    "Delivered by",
    "Group size",
)
F_TABLE = [
    ("Phonics programme (Sound Steps)", "5", "15", "Teaching assistant", "1:1", 5, 15, 75),
    ("Social skills group", "2", "30", "ELSA", "1:3", 2, 30, 60),
]


def _add(document, line: str) -> None:
    if line.startswith("b:"):
        run = document.add_paragraph().add_run(line[2:])
        run.bold = True
        run.font.size = Pt(13)
    elif line.startswith("*"):
        document.add_paragraph(line[1:], style="List Bullet")
    else:
        document.add_paragraph(line)


def _table(document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def build(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Name: Noor Patel")
    document.add_paragraph("Year group: 4")
    texts = dict(CLEAN)
    texts["B"] = (
        "Noor finds it hard to listen, follow instructions, read, spell, count, write sentences, "
        "manage her feelings, make friends, use a pencil, fasten buttons, eat in the dining hall, "
        "travel on the minibus and talk about stories and her weekend. She enjoys games."
    )
    for key, heading in HEADINGS.items():
        document.add_heading(heading, level=1)
        if key == "E":
            for line, *_ in E_LINES:
                _add(document, line)
            _table(
                document, [("Outcome", "Steps towards it", "By when")] + [r[:3] for r in E_TABLE]
            )
        elif key == "F":
            for line, *_ in F_LINES:
                _add(document, line)
            _table(document, [F_TABLE_HEADER] + [r[:5] for r in F_TABLE])
        else:
            for line in (texts[key] or "").splitlines():
                document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    return audit_file(build(tmp_path_factory.mktemp("shapes") / "shapes.docx"), Settings())


def _strip(line: str) -> str:
    text = line.lstrip("*").removeprefix("b:")
    return outcome_measure.split_label(text)[1]


def _found(items: list[dict], text: str) -> dict | None:
    return next((i for i in items if i["text"].strip() == text.strip()), None)


@pytest.mark.parametrize("row", E_LINES, ids=[r[0][:40] for r in E_LINES])
def test_outcome_lines(result, row):
    line, kind, time_bound, measurable, specific, as_provision = row
    found = _found(result.outcomes, _strip(line))
    if kind is None:
        assert found is None, f"not an outcome: {line}"
        assert not any(line.rstrip(":.") in o["text"] for o in result.outcomes)
        return
    assert found is not None, f"missed: {line}; found {[o['text'] for o in result.outcomes]}"
    assert found["kind"] == kind
    assert found["time_bound"] == bool(time_bound), found["reasons"]
    assert found["measurable"] == bool(measurable), found["reasons"]
    if specific is not None:
        assert found["specific"] is specific, found["reasons"]
    assert found["provision_as_outcome"] == bool(as_provision), found["reasons"]


def test_labels_are_not_part_of_the_outcome(result):
    texts = [o["text"] for o in result.outcomes]
    assert not any(
        t.lower().startswith(("outcome 1", "my goal", "target 2", "short-term")) for t in texts
    )
    labelled = {o["label"] for o in result.outcomes if o["label"]}
    assert {
        "Outcome 1",
        "My goal",
        "Target 2",
        "Short-term target",
        "Long-term outcome",
    } <= labelled


def test_outcomes_carry_their_area_of_need(result):
    found = _found(result.outcomes, "Noor will be more confident.")
    assert found["area"] == "Social, emotional and mental health"


def test_present_tense_outcome_has_parsed_subject_and_verb(result):
    found = _found(result.outcomes, _strip(E_LINES[7][0]))
    assert (found["form"], found["subject"], found["main_verb"]) == ("present", "Noor", "tell")


@pytest.mark.parametrize("row", E_TABLE, ids=[r[0][:30] for r in E_TABLE])
def test_outcome_table_rows(result, row):
    outcome, step, _when, outcome_expect, step_expect = row
    for text, kind, (time_bound, measurable) in (
        (outcome, "outcome", outcome_expect),
        (step, "target", step_expect),
    ):
        found = _found(result.outcomes, text)
        assert found is not None, text
        assert found["kind"] == kind
        assert (found["time_bound"], found["measurable"]) == (bool(time_bound), bool(measurable)), (
            found["reasons"]
        )


def test_outcome_findings_fire_on_the_right_lines(result):
    codes = {(f.code, f.match) for f in result.findings}
    assert any(c == "E-PROVISION-AS-OUTCOME" and m in "10 hours of TA time" for c, m in codes)
    assert ("E-ACHIEVABLE", "always") not in codes  # no absolute in these lines
    specific = [f for f in result.findings if f.code == "E-SMART-SPECIFIC"]
    assert {f.match for f in specific} >= {"improve", "develop", "be more confident"}


@pytest.mark.parametrize("row", F_LINES, ids=[r[0][:40] for r in F_LINES])
def test_provision_lines(result, row):
    line, statement, quantified, per_week, minutes, weekly, group = row
    text = line.lstrip("*").removeprefix("b:")
    found = _found(result.provision, text)
    if not statement:
        assert found is None, f"not a statement: {line}"
        return
    assert found is not None, f"missed: {line}"
    assert found["quantified"] == bool(quantified), found["reasons"]
    assert found["sessions_per_week"] == (pytest.approx(per_week, abs=0.01) if per_week else None)
    assert found["duration_minutes"] == minutes
    assert found["weekly_minutes"] == (pytest.approx(weekly, abs=0.2) if weekly else None)
    if group is not None:
        assert found["group_max"] == group


@pytest.mark.parametrize("row", F_TABLE, ids=[r[0][:30] for r in F_TABLE])
def test_provision_table_rows_take_units_from_column_labels(result, row):
    found = next(p for p in result.provision if p["text"].startswith(row[0]))
    assert (found["sessions_per_week"], found["duration_minutes"], found["weekly_minutes"]) == (
        row[5],
        row[6],
        row[7],
    )
    assert found["who_specified"] and found["quantified"]


def test_adult_support_total(result):
    # 20 hours a week allocated; the 1:1 TA sessions (75 + 75 min) are delivered within it.
    assert result.provision_summary["ta_hours_per_week"] == pytest.approx(20, abs=0.1)


# -- lines judged directly -------------------------------------------------------------------

# (outcome, time_bound, measurable, specific, generic_timeframe)
OUTCOMES = [
    (
        "By July 2027, Leo will catch the bus to college on his own on 4 days out of 5.",
        1,
        1,
        True,
        0,
    ),
    (
        "Leo will make a cup of tea safely with no more than one verbal prompt by the end of Yr 10.",
        1,
        1,
        True,
        0,
    ),
    ("By the end of Key Stage 3, Leo will be more independent.", 1, 0, False, 1),
    ("Leo will read Year 2 common exception words.", 0, 0, True, 0),
    ("With 2 TA sessions a week, Leo will join a lunchtime club by Christmas.", 1, 0, True, 0),
    (
        "Within 6 weeks, Leo will use his communication book to request a break in 3 out of 4 lessons.",
        1,
        1,
        True,
        0,
    ),
    ("By the time he leaves school, Leo will have a part-time job.", 1, 0, None, 1),
    ("Leo will never hit another child.", 0, 0, None, 0),
    (
        "By the end of this term, Leo will write his name and address without copying.",
        1,
        1,
        True,
        0,
    ),
    (
        "In the autumn term 2026, Leo will complete a one-week work experience placement.",
        1,
        1,
        True,
        0,
    ),
    ("By half-term, Leo will say good morning to his tutor each day.", 1, 1, True, 0),
    ("Leo will understand his diagnosis.", 0, 0, False, 0),
    (
        "By the next review, Leo will record his homework in his planner for 5 consecutive school days.",
        1,
        1,
        True,
        0,
    ),
    ("Leo will have access to a laptop.", 0, 0, False, 0),
    ("By March 2027, Leo will cook a simple hot meal for his family once a week.", 1, 1, True, 0),
    (
        "By the end of the summer term, Leo will travel to the local shop and buy two items with a £5 note.",
        1,
        1,
        True,
        0,
    ),
    ("Leo will be supported to manage his anxiety.", 0, 0, False, 0),
    ("By Year 11, Leo will achieve a grade 4 in GCSE maths.", 1, 1, True, 0),
    ("Over the next 12 months, Leo will attend 95% of his college sessions.", 1, 1, True, 0),
    (
        "Leo will use a visual timer to stay on a task for 10 minutes during the next half term.",
        1,
        1,
        True,
        0,
    ),
    (
        "By December 2026 Leo will answer the register by name in every registration session.",
        1,
        1,
        True,
        0,
    ),
    ("Leo will engage more in lessons.", 0, 0, False, 0),
    (
        "By the end of the first term, Leo will name the four main food groups correctly.",
        1,
        1,
        True,
        0,
    ),
    ("Leo will tolerate a haircut at the barber's without distress by the summer.", 1, 1, True, 0),
    ("By Easter, Leo will wash his hands independently after using the toilet.", 1, 1, True, 0),
    ("Leo will make progress in reading.", 0, 0, False, 0),
    ("Leo will show three kind actions towards peers each week by February 2027.", 1, 1, True, 0),
    (
        "By the end of Year 9, Leo will choose his GCSE options with his careers adviser.",
        1,
        0,
        True,
        0,
    ),
    ("Leo will reach his full potential.", 0, 0, False, 0),
    (
        "Within two terms, Leo will read aloud a page of text at his level with 90% accuracy.",
        1,
        1,
        True,
        0,
    ),
    (
        "To be able to dress himself for PE within 10 minutes by the end of the spring term.",
        1,
        1,
        True,
        0,
    ),
    ("I will make my own packed lunch twice a week by September 2026.", 1, 1, True, 0),
    ("Leo can name 10 coins and notes correctly by Yr 8.", 1, 1, True, 0),
    ("By the end of Key Stage 4, I will become more independent.", 1, 0, False, 1),
    ("By July 2026, Leo will be able to tie his shoelaces.", 1, 0, True, 0),
    (
        "Leo will greet a familiar adult by name on arrival on 4 mornings out of 5 this half term.",
        1,
        1,
        True,
        0,
    ),
    (
        "Within 4 weeks, Leo will sit with his group for a 15-minute story time without leaving.",
        1,
        1,
        True,
        0,
    ),
    ("Leo will know more about keeping safe online.", 0, 0, False, 0),
    (
        "By the summer half term, Leo will order his own lunch in the canteen using his communication card.",
        1,
        0,
        True,
        0,
    ),
    (
        "With support from his TA for 20 minutes a day, Leo will read a simple book by July 2026.",
        1,
        0,
        True,
        0,
    ),
    (
        "With the help of a visual timetable, Leo will move between lessons on 4 days out of 5 by July 2026.",
        1,
        1,
        True,
        0,
    ),
]


@pytest.mark.parametrize("row", OUTCOMES, ids=[r[0][:40] for r in OUTCOMES])
def test_outcome_judged(row):
    text, time_bound, measurable, specific, generic = row
    record = outcome_measure.judge(text).finish()
    assert record.time_bound == bool(time_bound), record.reasons
    assert record.measurable == bool(measurable), record.reasons
    if specific is not None:
        assert record.specific is specific, record.reasons
    assert record.generic_timeframe == bool(generic), record.reasons


def test_the_measure_is_not_the_year_group_or_the_provision():
    year = outcome_measure.judge("Leo will read Year 2 common exception words.")
    assert year.measure_words == []
    helped = outcome_measure.judge(
        "With 2 TA sessions a week, Leo will join a lunchtime club by Christmas."
    )
    assert helped.measure_words == []


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("Outcome 1: By July 2026, Ava will ...", "Outcome 1", "By July 2026, Ava will ..."),
        ("My goal - to ride my bike", "My goal", "to ride my bike"),
        (
            "Short-term target 2 \u2013 Ava will count to 20",
            "Short-term target 2",
            "Ava will count to 20",
        ),
        ("\u2022 Step 1. Ava will hang up her coat", "Step 1", "Ava will hang up her coat"),
        ("Outcomes will be reviewed each term.", None, "Outcomes will be reviewed each term."),
    ],
)
def test_split_label(text, label, rest):
    assert outcome_measure.split_label(text) == (label, rest)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("By July 2026, Ava will read 20 words.", "will"),
        ("To be able to dress herself for PE by Easter.", "will"),
        ("Ava travels to college on the bus.", "present"),
        ("5 hours of TA support", "noun_phrase"),
        ("A daily check of his timetable with his TA", "phrase"),
        ("Below are the outcomes agreed at the meeting.", None),
        ("The following steps will help Ava reach her outcome:", None),
        ("Communication and interaction", None),
        ("These outcomes were agreed with Ava and her parents in May.", None),
    ],
)
def test_statement_form(text, form):
    assert outcome_measure.statement_form(text, allow_phrase=True) == form


# (provision, quantified, sessions per week, minutes per session, weekly minutes, group max,
# vague) -- None: no figure.
PROVISION = [
    ("Three 30-minute sessions per week of 1:1 SALT.", 1, 3, 30, 90, 1, 0),
    ("3 x 30 minutes per week of occupational therapy.", 1, 3, 30, 90, None, 0),
    ("20-minute sessions four times a week with a TA.", 1, 4, 20, 80, None, 0),
    ("A daily 10-minute sensory circuit led by the TA.", 1, 5, 10, 50, None, 0),
    ("Twice weekly 45-minute sessions with the ELSA.", 1, 2, 45, 90, None, 0),
    ("One hour a week with a learning mentor.", 1, None, None, 60, None, 0),
    ("Half an hour of 1:1 reading with a TA every day.", 1, 5, 30, 150, 1, 0),
    ("A two-hour observation by the specialist teacher each term.", 1, 0.077, 120, None, None, 0),
    (
        "Three times a week, a 15-minute handwriting session in a group of up to 4 pupils.",
        1,
        3,
        15,
        45,
        4,
        0,
    ),
    ("Up to 10 hours of 1:1 support.", 0, None, None, None, 1, 1),
    ("Small group literacy support as required.", 0, None, None, None, None, 1),
    ("Support from a TA at lunchtime when needed.", 0, None, None, None, None, 1),
    ("A 40-minute 1:1 tutoring session on Tuesdays with a qualified teacher.", 1, 1, 40, 40, 1, 0),
    (
        "Weekly 30-minute counselling sessions with the school counsellor for a block of 8 weeks.",
        1,
        1,
        30,
        30,
        None,
        0,
    ),
    (
        "Full-time 1:1 support from a teaching assistant throughout the school day.",
        1,
        None,
        None,
        1950,
        1,
        0,
    ),
    ("An assessment by the educational psychologist once a year.", 1, 0.026, None, None, None, 0),
    (
        "Pre-teaching of topic words for 20 minutes every 3 weeks by the class teacher.",
        1,
        0.333,
        20,
        None,
        None,
        0,
    ),
    ("Movement breaks of 5 minutes, 3 times a day, with an adult.", 1, 15, 5, 75, None, 0),
    (
        "A 20-30 minute social skills group each week in a group of 4-6 children.",
        1,
        1,
        20,
        20,
        6,
        0,
    ),
    ("Visual timetable in every lesson.", 1, None, None, None, None, 0),
    ("A fortnightly 1-hour visit from the qualified teacher of the deaf.", 1, 0.5, 60, 30, None, 0),
    (
        "Every other week, a 40-minute session with the educational psychologist.",
        1,
        0.5,
        40,
        20,
        None,
        0,
    ),
    (
        "Three mornings a week in the nurture group for 90 minutes, staffed by a HLTA.",
        1,
        3,
        90,
        270,
        None,
        0,
    ),
    (
        "Daily for 20 minutes, 1:2 with a teaching assistant, on a precision teaching programme.",
        1,
        5,
        20,
        100,
        2,
        0,
    ),
    ("Social skills group of 6-8 pupils once a week, led by the ELSA.", 1, 1, None, None, 8, 0),
    (
        "Paired reading with a trained peer mentor for 15 minutes, three times a week.",
        1,
        3,
        15,
        45,
        2,
        0,
    ),
    ("Whole-class visual timetable used by the class teacher.", 0, None, None, None, None, 0),
    ("5 hours a day of 1:1 support from a teaching assistant.", 1, 5, 300, 1500, 1, 0),
    (
        "A minimum of 2 sessions per week of occupational therapy, 45 minutes each, by an OT.",
        1,
        2,
        45,
        90,
        None,
        0,
    ),
    ("At least three times a week, a 10-minute movement break with the TA.", 1, 3, 10, 30, None, 0),
    ("Up to 3 times a week, time in the sensory room when needed.", 0, 3, None, None, None, 1),
    ("Speech and language therapy as and when required.", 0, None, None, None, None, 1),
    ("Opportunities for small group work where possible.", 0, None, None, None, None, 1),
    ("Resources e.g. pencil grips, writing slopes etc.", 0, None, None, None, None, 1),
    ("One hour per day of 1:1 reading support with an LSA.", 1, 5, 60, 300, 1, 0),
    (
        "A 2-hour block on Wednesday afternoons with the forest school leader, in a group of no more than 4 pupils.",
        1,
        1,
        120,
        120,
        4,
        0,
    ),
    ("Weekly 1:1 mentoring for 30 mins with a learning mentor.", 1, 1, 30, 30, 1, 0),
    (
        "Termly 90-minute consultation with the educational psychologist.",
        1,
        0.077,
        90,
        None,
        None,
        0,
    ),
    ("Two 15 minute sessions daily with a TA.", 1, 10, 15, 150, None, 0),
    (
        "Individual physiotherapy once a month for 45 minutes by a physiotherapist.",
        1,
        0.23,
        45,
        None,
        1,
        0,
    ),
    ("Annual review of hearing aids by the audiologist.", 1, 0.026, None, None, None, 0),
    (
        "Small group (maximum 5) maths intervention, 3 x 20 mins per week, with a HLTA.",
        1,
        3,
        20,
        60,
        5,
        0,
    ),
    (
        "A visit from the autism outreach teacher every 6 weeks for 2 hours.",
        1,
        0.167,
        120,
        None,
        None,
        0,
    ),
    ("Touch-typing practice of between 15 and 20 minutes a day with a TA.", 1, 5, 15, 75, None, 0),
    (
        "A job coach for between 2 and 3 hours a week on work placement.",
        1,
        None,
        None,
        120,
        None,
        0,
    ),
    ("Sensory circuit each morning for 10 minutes, led by the TA.", 1, 5, 10, 50, None, 0),
    (
        "Lunchtime club on Tuesdays and Fridays for 30 minutes, run by a midday supervisor.",
        1,
        2,
        30,
        60,
        None,
        0,
    ),
    ("Support from a teaching assistant in all practical lessons.", 1, None, None, None, None, 0),
    (
        "Specialist teaching for dyslexia, 2 x 45 minutes weekly, from a specialist teacher.",
        1,
        2,
        45,
        90,
        None,
        0,
    ),
    ("Advice to staff from the SALT should be followed.", 0, None, None, None, None, 1),
]


@pytest.mark.parametrize("row", PROVISION, ids=[r[0][:40] for r in PROVISION])
def test_provision_judged(row):
    text, quantified, per_week, minutes, weekly, group, vague = row
    record = provision_measure.judge(text)
    assert record.quantified == bool(quantified), record.reasons
    assert record.sessions_per_week == (pytest.approx(per_week, abs=0.01) if per_week else None)
    assert record.duration_minutes == minutes
    assert record.weekly_minutes == (pytest.approx(weekly, abs=0.2) if weekly else None)
    assert record.group_max == group
    assert record.vague == bool(vague), record.vague_terms


def test_ceiling_is_a_figure_and_vague():
    record = provision_measure.judge("Up to 2 hours a week of teaching assistant support.")
    assert record.weekly_max_minutes == 120 and record.weekly_minutes is None
    assert record.vague_terms == ["up to"] and not record.quantified
    assert "ceiling" in record.unquantified_reason and "not stated" not in record.reasons[1]


def test_records_are_json_ready_and_round_trip(result):
    import json
    import pickle

    from ehcp_audit.measures.records import OutcomeRecord, ProvisionRecord

    for item, kind in ((result.outcomes[0], OutcomeRecord), (result.provision[0], ProvisionRecord)):
        json.dumps(item)
        assert kind.from_dict(item).to_dict() == item
        assert pickle.loads(pickle.dumps(kind.from_dict(item))) == kind.from_dict(item)


def test_tables_with_question_headers(tmp_path):
    """ "What I will achieve | How we will know | When" and "What | How often | Who" tables."""
    document = docx.Document()
    document.add_paragraph("Name: Ava Brown")
    document.add_paragraph("Year group: 5")
    outcome_rows = [
        ("What I will achieve", "How we will know", "When"),
        ("I will read a book with my class.", "My reading record shows it", "July 2026"),
        ("I will join a club at lunchtime.", "Staff see me at the club", "Ongoing"),
    ]
    provision_rows = [
        ("What", "How often", "Who"),
        ("Phonics catch-up", "Daily, 20 minutes", "Teaching assistant"),
        ("Social skills group", "Weekly", "ELSA"),
    ]
    for key, heading in HEADINGS.items():
        document.add_heading(heading, level=1)
        if key in ("E", "F"):
            _table(document, outcome_rows if key == "E" else provision_rows)
        else:
            for line in CLEAN[key].splitlines():
                document.add_paragraph(line)
    result = audit_file(build_path(document, tmp_path / "questions.docx"), Settings())
    assert [(o["text"], o["time_bound"]) for o in result.outcomes] == [
        ("I will read a book with my class.", True),
        ("I will join a club at lunchtime.", False),
    ]
    phonics, group = result.provision
    assert (phonics["who"], phonics["weekly_minutes"], phonics["sessions_per_week"]) == (
        "Teaching assistant",
        100,
        5,
    )
    assert (group["who"], group["sessions_per_week"], group["quantified"]) == ("ELSA", 1, True)


def build_path(document, path: Path) -> Path:
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("text", "weekly"),
    [
        (
            "A key worker who meets Leo at the start of each day for 10 minutes and holds a "
            "40-minute review with him each week.",
            90,
        ),
        (
            "A 20-minute phonics session daily and a 30-minute reading session twice a week with a "
            "teaching assistant.",
            160,
        ),
        (
            "Three 30-minute sessions per week of 1:1 SALT in the spring term, then one 30-minute "
            "session per week.",
            90,
        ),
    ],
)
def test_two_provisions_in_one_statement_add_up(text, weekly):
    assert provision_measure.judge(text).weekly_minutes == weekly
