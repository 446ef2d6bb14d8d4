"""The golden thread, placement, Sections I-K, dates and QA grades on labelled plans with known
gaps, built as real .docx files (python-docx) once per session."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from thread_plans import FRONT, LABELLED, REST, LabelledPlan, build_labelled

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings
from ehcp_audit.measures.grading import grade_result
from ehcp_audit.report.jsonout import plan_json, schema
from ehcp_audit.report.statutory import fold_thread_figures

SAMPLES = Path(__file__).resolve().parent.parent / "corpus_samples"
PREFIXES = ("T-", "G-", "I-", "J-", "D-", "K-")


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


@pytest.fixture(scope="session")
def labelled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("thread")
    return [
        (plan, audit_file(build_labelled(plan, folder / f"{plan.name}.docx"), Settings()))
        for plan in LABELLED
    ]


def _row(rows: list[dict], text: str) -> dict | None:
    key = _norm(text)[:50]
    return next((r for r in rows if key in _norm(r["text"]) or _norm(r["text"])[:50] in key), None)


def test_has_provision_and_area_agreement(labelled):
    links = areas = total = 0
    for plan, result in labelled:
        for kind, labels in (("needs", plan.needs()), ("outcomes", plan.outcomes())):
            for text, area, has_provision in labels:
                row = _row(result.thread[kind], text)
                total += 1
                if row is None:
                    continue
                links += bool(row["provision"]) == has_provision
                areas += row["area"] == area
    assert total == sum(2 * len(p.strands) for p, _ in labelled)
    assert links / total >= 0.9, links / total
    assert areas / total >= 0.85, areas / total


def test_gaps_are_reported_where_planted(labelled):
    """Every planted need without provision is reported, or shown as unsure, by location."""
    found = planted = 0
    for plan, result in labelled:
        reported = {
            _norm(f.match or "")[:40] for f in result.findings if f.code == "T-NEED-NO-PROVISION"
        }
        for text, _, has_provision in plan.needs():
            if not has_provision:
                planted += 1
                found += any(r and _norm(text).startswith(r.rstrip(" .")) for r in reported)
    assert planted and found / planted >= 0.75, (found, planted)


def test_thread_areas_table_and_json_without_text(labelled):
    plan, result = next((p, r) for p, r in labelled if p.name == "headings_gaps")
    areas = result.thread["areas"]
    assert areas["cognition_learning"]["needs"] == 4
    gaps = areas["cognition_learning"]["needs_without_provision"]
    assert [g["location"] for g in gaps] and all("location" in g for g in gaps)
    bare = plan_json(result)
    assert "text" not in str(bare["thread"].keys())
    assert all("text" not in row for row in bare["thread"]["needs"])
    assert all(
        "text" not in g
        for a in bare["thread"]["areas"].values()
        for g in a["needs_without_provision"]
    )
    full = plan_json(result, include_text=True)
    assert all(row["text"] for row in full["thread"]["needs"])
    import jsonschema

    jsonschema.validate(
        {
            "schema_version": 1,
            "tool": {"name": "ehcp-audit", "version": "0"},
            "config": None,
            "plans": [bare],
        },
        schema(),
    )


def test_no_needs_identified_is_complete(tmp_path):
    plan = LabelledPlan("none", "headings", ["reading", "maths"])
    b_text = (
        "Cognition and learning\n"
        "Sam is working well below age-related expectations in reading and cannot yet blend sounds to read unfamiliar words.\n"
        "Sam has difficulty with number and cannot yet count reliably beyond 20.\n"
        "Sensory and/or physical needs\nNo needs have been identified in this area."
    )
    result = audit_file(build_labelled(plan, tmp_path / "none.docx", {"B": b_text}), Settings())
    area = result.thread["areas"]["sensory_physical"]
    assert area["none_identified"] and area["needs"] == 0
    assert "T-AREA-NO-OUTCOME" not in {f.code for f in result.findings}


# -- planted placement, Section I, date and Section K cases -----------------------------------

BASE = LabelledPlan("base", "headings", ["instructions", "reading", "regulation", "fine_motor"])
CASES: dict[str, tuple[dict, str | None, Settings | None]] = {
    # name: (overrides, the code that must fire (None: none of PREFIXES at warning+), settings)
    "therapy_salt_in_g": (
        {
            "G": "Speech and language therapy: six 30-minute sessions each half-term delivered in school by the NHS speech and language therapist."
        },
        "G-THERAPY-IN-HEALTH",
        None,
    ),
    "therapy_ot_in_g": (
        {
            "G": "The occupational therapist will work with Sam in class once a fortnight to develop his handwriting and will train his teaching assistant."
        },
        "G-THERAPY-IN-HEALTH",
        None,
    ),
    "therapy_physio_in_g": (
        {
            "G": "A physiotherapy programme delivered by a teaching assistant in PE lessons three times a week, set by the physiotherapist."
        },
        "G-THERAPY-IN-HEALTH",
        None,
    ),
    "health_only_g": (
        {
            "G": "Speech and language therapy review of Sam's eating and drinking plan once a year.\nPhysiotherapy review at the hospital clinic every 6 months.\nSpeech and language therapy is set out in Section F."
        },
        None,
        None,
    ),
    "draft_names_school": (
        {"front": ["DRAFT Education, Health and Care Plan", "Name: {n} Carter", "Year group: 3"]},
        "I-DRAFT-NAMES-SETTING",
        None,
    ),
    "draft_names_type": (
        {
            "front": ["Plan status: Draft", "Name: {n} Carter", "Year group: 3"],
            "I": "A mainstream primary school.",
        },
        "I-DRAFT-NAMES-SETTING",
        None,
    ),
    "draft_blank_i": (
        {
            "front": ["DRAFT Education, Health and Care Plan", "Name: {n} Carter", "Year group: 3"],
            "I": "The name and type of school will be added when the final plan is issued.",
        },
        None,
        None,
    ),
    "final_no_setting": (
        {
            "front": ["FINAL Education, Health and Care Plan", "Name: {n} Carter", "Year group: 3"],
            "I": "The placement will be confirmed by the SEND panel.",
        },
        "I-NO-SETTING",
        None,
    ),
    "late_issue": (
        {
            "front": [
                *FRONT,
                "Date of request for assessment: 13 January 2025",
                "Date of issue of final plan: 14 July 2025",
            ]
        },
        "D-LATE-20-WEEKS",
        None,
    ),
    "late_issue_numeric_table_style": (
        {
            "front": [
                *FRONT,
                "Date request received",
                "06/01/2025",
                "Date plan finalised",
                "30/06/2025",
            ]
        },
        "D-LATE-20-WEEKS",
        None,
    ),
    "on_time": (
        {
            "front": [
                *FRONT,
                "Date of request for assessment: 13 January 2025",
                "Date of issue of final plan: 26 May 2025",
            ]
        },
        None,
        None,
    ),
    "review_overdue": (
        {
            "front": [
                *FRONT,
                "Date of last annual review: 10 March 2025",
                "Date of this plan: 20 May 2026",
            ]
        },
        "D-REVIEW-DUE",
        None,
    ),
    "review_overdue_under_5": (
        {
            "front": [
                "Education, Health and Care Plan",
                "Name: {n} Carter",
                "Date of birth: 4 April 2022",
                "Date of last review: 1 September 2025",
                "Date of this plan: 20 April 2026",
            ]
        },
        "D-REVIEW-DUE",
        None,
    ),
    "review_due_as_of": (
        {"front": [*FRONT, "Date of final plan: 2 February 2026"]},
        "D-REVIEW-DUE",
        Settings(as_of="2027-03-01"),
    ),
    "review_not_due_own_date": (
        {"front": [*FRONT, "Date of final plan: 2 February 2026"]},
        None,
        None,
    ),
    "outcome_dated_before_plan": (
        {"front": [*FRONT, "Date of final plan: 1 September 2027"]},
        "D-OUTCOME-DATE-PAST",
        None,
    ),
    "year_group_wrong": (
        {
            "front": [
                "Education, Health and Care Plan",
                "Name: {n} Carter",
                "Date of birth: 12 October 2014",
                "Year group: 3",
                "Date of final plan: 2 February 2026",
            ]
        },
        "D-YEAR-GROUP-AGE",
        None,
    ),
    "year_group_right": (
        {
            "front": [
                "Education, Health and Care Plan",
                "Name: {n} Carter",
                "Date of birth: 12 October 2017",
                "Year group: 3",
                "Date of final plan: 2 February 2026",
            ]
        },
        None,
        None,
    ),
    "k_no_medical": (
        {
            "K": REST["K"].replace(
                "Medical advice from the community paediatrician, 11 February 2026.\n", ""
            )
        },
        "K-ADVICE-MISSING",
        None,
    ),
    "k_no_social_care": (
        {
            "K": REST["K"].replace(
                "\nSocial care advice from the children's social care team, 12 February 2026.", ""
            )
        },
        "K-ADVICE-MISSING",
        None,
    ),
    "k_no_psychology": (
        {
            "K": REST["K"].replace(
                "Psychological advice from the educational psychologist, 9 February 2026.\n", ""
            )
        },
        "K-ADVICE-MISSING",
        None,
    ),
    "k_medical_not_received": (
        {
            "K": REST["K"].replace(
                "Medical advice from the community paediatrician, 11 February 2026.",
                "Medical advice: requested, not yet received.",
            )
        },
        "K-ADVICE-MISSING",
        None,
    ),
    "k_year_10_no_pfa": (
        {"front": ["Education, Health and Care Plan", "Name: {n} Carter", "Year group: 10"]},
        "K-ADVICE-MISSING",
        None,
    ),
    "k_table": (
        {
            "K": "Advice | Provided by | Date\nParent views | Mrs Carter | 2 February 2026\nEducational advice | Marsh Lane Primary School | 5 February 2026\nEducational psychology advice | Dr Lee | 9 February 2026\nMedical advice | Community paediatrician | 11 February 2026\nSocial care advice | Children's social care | 12 February 2026"
        },
        None,
        None,
    ),
}
MISSING_TYPE = {
    "k_no_medical": "medical",
    "k_no_social_care": "social_care",
    "k_no_psychology": "psychological",
    "k_medical_not_received": "medical",
    "k_year_10_no_pfa": "adulthood",
}


@pytest.fixture(scope="session")
def cases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cases")
    out = {}
    for name, (overrides, _, settings) in {"base": ({}, None, None), **CASES}.items():
        path = build_labelled(BASE, folder / f"{name}.docx", overrides)
        out[name] = audit_file(path, settings or Settings())
    return out


def _strict(result) -> set[str]:
    return {
        f.code for f in result.findings if f.code.startswith(PREFIXES) and f.level != "suggestion"
    }


def test_base_plan_is_clean(cases):
    assert _strict(cases["base"]) == set(), [f.message for f in cases["base"].findings]


@pytest.mark.parametrize("name", list(CASES))
def test_planted_case(cases, name):
    _, code, _ = CASES[name]
    result = cases[name]
    fired = _strict(result) - _strict(cases["base"])
    placement_codes = {
        "G-THERAPY-IN-HEALTH",
        "I-DRAFT-NAMES-SETTING",
        "I-NO-SETTING",
        "D-LATE-20-WEEKS",
        "D-REVIEW-DUE",
        "D-OUTCOME-DATE-PAST",
        "K-ADVICE-MISSING",
    }
    if code is None:
        assert not fired & placement_codes, [f.message for f in result.findings if f.code in fired]
    elif code == "D-YEAR-GROUP-AGE":
        assert code in {f.code for f in result.findings}
    else:
        assert fired & placement_codes == {code}, [
            f.message for f in result.findings if f.code in fired
        ]
    if name in MISSING_TYPE:
        assert [m["type"] for m in result.advice["missing"]] == [MISSING_TYPE[name]]


def test_dates_and_advice_figures(cases):
    late = cases["late_issue"].dates
    assert late["weeks_to_issue"] == 26.0 and late["within_20_weeks"] is False
    assert cases["on_time"].dates["within_20_weeks"] is True
    assert cases["review_overdue_under_5"].dates["review_months"] == 6
    assert cases["review_due_as_of"].dates["reference"] == "as_of"
    table = cases["k_table"].advice
    assert all(e["date"] for e in table["entries"]) and not table["missing"]
    figures = fold_thread_figures([cases["late_issue"], cases["on_time"], cases["base"]])
    assert figures["timeliness"] == {
        "plans_with_dates": 2,
        "within_20_weeks_share": 0.5,
        "median_weeks": 22.5,
        "review_overdue": 0,
    }


def test_framework_grades(cases):
    good = grade_result(cases["base"], "default")
    poor = grade_result(cases["draft_names_school"], "default")
    assert good["plan"]["grade"] in ("Outstanding", "Good")
    assert poor["sections"]["I"]["grade"] == "Inadequate"
    assert "I1" in poor["plan"]["capped_by"]
    order = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    assert order.index(poor["plan"]["grade"]) >= order.index("Requires improvement")
    criterion = poor["sections"]["I"]["criteria"][0]
    assert "I-DRAFT-NAMES-SETTING" in criterion["evidence"]


@pytest.mark.parametrize(
    "sample", sorted(p.name for p in SAMPLES.glob("0*") if not p.name.startswith(("07", "08")))
)
def test_no_statutory_errors_on_good_samples(sample):
    result = audit_file(SAMPLES / sample, replace(Settings(), framework="default"))
    errors = [f for f in result.findings if f.code.startswith(PREFIXES) and f.level == "error"]
    assert errors == [], [(f.code, f.message) for f in errors]
    assert result.grades["plan"]["grade"] in ("Outstanding", "Good")


def test_national_template_rows_give_the_links():
    """Cells of one national-template row (``Block.row_link``, set by the splitter) are linked
    whatever their words; a row with no provision cell is a gap. Blocks are built directly in
    the shape the splitter hands over."""
    from thread_plans import TITLES

    from ehcp_audit.audit import _section_rules, summarise_split
    from ehcp_audit.checks.runner import run_checks
    from ehcp_audit.model import Block, BlockKind, Document, Location
    from ehcp_audit.result import PlanResult
    from ehcp_audit.split import split

    rows = [
        (
            "Sam finds it hard to follow spoken instructions.",
            "Weekly 30-minute 1:1 session with the class teacher.",
            "By July 2027, Sam will follow a two-step instruction in 4 out of 5 lessons.",
        ),
        (
            "Sam cannot yet count reliably beyond 20.",
            "A daily 15-minute session with a teaching assistant using Numicon.",
            "By July 2027, Sam will count to 50 accurately on 4 out of 5 occasions.",
        ),
        (
            "Sam has weak fine motor skills.",
            "",
            "By July 2027, Sam will cut along a curved line in 4 out of 5 attempts.",
        ),
    ]
    blocks = [Block(BlockKind.PARAGRAPH, "Name: Sam Carter", Location(paragraph=1))]
    for key, title in TITLES.items():
        blocks.append(
            Block(BlockKind.HEADING, title, Location(paragraph=len(blocks) + 1), heading_level=1)
        )
        if key in "BFE":
            column = {"B": 0, "F": 1, "E": 2}[key]
            for i, row in enumerate(rows, start=1):
                if row[column]:
                    location = Location(table=9, row=i + 1, cell=column + 1)
                    blocks.append(
                        Block(
                            BlockKind.TABLE_CELL,
                            row[column],
                            location,
                            row_link=i,
                            area="Cognition and learning",
                        )
                    )
        else:
            for line in REST.get(key, "").format(n="Sam").splitlines():
                blocks.append(Block(BlockKind.PARAGRAPH, line, Location(paragraph=len(blocks) + 1)))
    plan = split(Document("national.docx", "docx", blocks), _section_rules(()))
    result = PlanResult(file="national.docx", status="audited")
    summarise_split(plan, result)
    run_checks(plan, Settings(), result)
    needs = result.thread["needs"]
    assert [bool(n["provision"]) for n in needs] == [True, True, False]
    assert needs[0]["provision_words"] == ["same table row"]
    assert {n["area"] for n in needs} == {"cognition_learning"}
    assert [bool(o["provision"]) for o in result.thread["outcomes"]] == [True, True, False]
    codes = [f.code for f in result.findings if f.code.startswith("T-")]
    assert codes.count("T-NEED-NO-PROVISION") == 1 and codes.count("T-OUTCOME-NO-PROVISION") == 1


def test_therapy_in_a_health_table_row(tmp_path):
    """G as a table (provision | frequency | provided by): the row is read as one line."""
    document = __import__("docx").Document()
    from thread_plans import TITLES

    for line in FRONT:
        document.add_paragraph(line.format(n="Sam"))
    for key, title in TITLES.items():
        document.add_heading(title, level=1)
        if key == "G":
            table = document.add_table(rows=3, cols=3)
            cells = [
                ["Health provision", "Frequency", "Provided by"],
                [
                    "Speech and language therapy",
                    "Six 30-minute sessions each term",
                    "NHS speech and language therapist",
                ],
                ["Review of epilepsy medication", "Once a year", "Community paediatrician"],
            ]
            for r, row in enumerate(cells):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        else:
            text = REST.get(key) or "Sam finds it hard to read unfamiliar words."
            for line in text.format(n="Sam").splitlines():
                document.add_paragraph(line)
    path = tmp_path / "g_table.docx"
    document.save(str(path))
    result = audit_file(path, Settings())
    fired = [f for f in result.findings if f.code == "G-THERAPY-IN-HEALTH"]
    assert len(fired) == 1 and fired[0].location["row"] == 2


def test_draft_known_by_its_dates(cases, tmp_path):
    overrides = {"front": [*FRONT, "Date draft plan issued: 3 March 2026"]}
    result = audit_file(build_labelled(BASE, tmp_path / "draft_dates.docx", overrides), Settings())
    assert result.placement["status"] == "draft"
    assert "I-DRAFT-NAMES-SETTING" in {f.code for f in result.findings}
    assert cases["base"].placement["status"] == "unmarked"
    assert cases["final_no_setting"].placement["status"] == "final"


def test_scan_framework_and_as_of_options(tmp_path):
    """`scan --framework default --as-of DATE`: grades in the JSON and a CSV column per section
    grade; the review judged at the given date; a bad framework is one clear error line."""
    import csv
    import json

    from cli_helpers import run_cli

    plan = build_labelled(
        BASE, tmp_path / "plan.docx", {"front": [*FRONT, "Date of final plan: 2 February 2026"]}
    )
    out_json, out_csv = tmp_path / "r.json", tmp_path / "plans.csv"
    args = ["scan", str(plan), "--no-cache", "--workers", "1", "--no-exit"]
    proc = run_cli(
        *args,
        "--framework",
        "default",
        "--as-of",
        "2027-06-01",
        "--json",
        str(out_json),
        "--csv",
        str(out_csv),
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out_json.read_text())["plans"][0]
    assert data["grades"]["plan"]["grade"] in (
        "Outstanding",
        "Good",
        "Requires improvement",
        "Inadequate",
    )
    assert data["dates"]["reference"] == "as_of" and data["dates"]["review_overdue"] is True
    assert "D-REVIEW-DUE" in {f["code"] for f in data["findings"]}
    assert all("text" not in n for n in data["thread"]["needs"])
    row = next(csv.DictReader(out_csv.open()))
    assert row["grade"] == data["grades"]["plan"]["grade"]
    assert row["grade_F"] == data["grades"]["sections"]["F"]["grade"]
    bad = run_cli(*args, "--framework", "no-such-framework")
    assert bad.returncode != 0 and "framework 'no-such-framework' not found" in bad.stderr


def test_final_plan_listing_its_draft_date_is_not_a_draft(tmp_path):
    front = [
        *FRONT,
        "Date draft plan sent to parents: 3 March 2026",
        "Date plan finalised: 30 March 2026",
    ]
    result = audit_file(build_labelled(BASE, tmp_path / "final.docx", {"front": front}), Settings())
    assert result.placement["status"] != "draft"
    assert "I-DRAFT-NAMES-SETTING" not in {f.code for f in result.findings}


def test_unfilled_status_line_is_not_a_draft(tmp_path):
    front = ["Education, Health and Care Plan", "Status: Draft / Final", "Name: {n} Carter"]
    result = audit_file(
        build_labelled(BASE, tmp_path / "status.docx", {"front": front}), Settings()
    )
    assert result.placement["status"] == "unmarked"


def test_draft_recording_the_parents_request_names_no_setting(tmp_path):
    front = ["DRAFT Education, Health and Care Plan", "Name: {n} Carter", "Year group: 3"]
    i_text = (
        "This section is completed in the final plan. {n}'s parents have asked for "
        "Marsh Lane Primary School, a mainstream primary school."
    )
    result = audit_file(
        build_labelled(BASE, tmp_path / "pref.docx", {"front": front, "I": i_text}), Settings()
    )
    assert result.placement["status"] == "draft"
    assert "I-DRAFT-NAMES-SETTING" not in {f.code for f in result.findings}


def test_a_gap_found_by_words_alone_is_unsure_where_the_area_has_provision():
    from ehcp_audit.checks._statutory import unsure_gap

    need = {"area": "cognition_learning"}
    areas = {"cognition_learning": {"provision": 2}, "sensory_physical": {"provision": 0}}
    assert "unsure" in unsure_gap({"areas": areas, "summary": {}}, need)
    # The area has no provision at all, or the plan's own rows link need and provision: firm.
    assert unsure_gap({"areas": areas, "summary": {}}, {"area": "sensory_physical"}) is None
    assert unsure_gap({"areas": areas, "summary": {"row_linked": True}}, need) is None


def test_statutory_figures_fold_plan_by_plan_and_merge(cases):
    from ehcp_audit.report.statutory import ThreadFigures
    from ehcp_audit.report.view import Aggregate

    results = [cases["late_issue"], cases["on_time"], cases["base"]]
    left, right = ThreadFigures(), ThreadFigures()
    left.add(results[0])
    for r in results[1:]:
        right.add(r)
    left.merge(right)
    assert left.finish() == fold_thread_figures(results)
    aggregate = Aggregate()
    for r in results:
        aggregate.add(r)
    timely = aggregate.finish()["statutory"]["timeliness"]
    assert timely["plans_with_dates"] >= 2 and timely["within_20_weeks_share"] is not None


def test_outcome_worked_towards_in_health_provision_is_not_a_gap(tmp_path):
    from plan_builder import build_docx, plan_texts

    outcome = (
        "By July 2026, Sam will do his physiotherapy exercises at school and walk the length "
        "of the playground without stopping."
    )
    physio = "The NHS physiotherapist will review Sam each term and give the school an exercise programme."

    def audit(g_text):
        texts = plan_texts({"section": "E", "text": outcome})
        texts["G"] = g_text
        return audit_file(build_docx(tmp_path / "plan.docx", texts), Settings())

    alone = audit("No health provision is required at this time.")
    assert "T-OUTCOME-NO-PROVISION" in {f.code for f in alone.findings}
    helped = audit(physio)
    row = next(r for r in helped.thread["outcomes"] if "physiotherapy" in r["text"])
    assert row["provision"] == [] and row["provided_elsewhere"] == ["G"]
    assert "T-OUTCOME-NO-PROVISION" not in {f.code for f in helped.findings}


def test_a_gap_beside_provision_of_no_clear_area_is_unsure():
    from ehcp_audit.checks._statutory import unsure_gap

    need = {"area": "cognition_learning"}
    loose = {"area": "unsure", "needs": []}
    thread = {"areas": {}, "summary": {}, "provision": [loose]}
    assert "no clear area" in unsure_gap(thread, need)
    linked = {**loose, "needs": [0]}  # something links to it: it is not the missing link
    assert unsure_gap({**thread, "provision": [linked]}, need) is None


def test_word_forms_meet_across_plurals_and_hyphens():
    from ehcp_audit.measures import areas
    from ehcp_audit.measures.thread import Item, _features

    assert areas.stem("tables") == areas.stem("table")
    assert areas.stem("exercises") == areas.stem("exercise")
    need = Item("need", 0, "Isla finds it hard to remember her times tables.", {})
    provision = Item("provision", 0, "Times-table practice for ten minutes each day.", {})
    _features([need, provision], set())
    assert areas.stem("table") in need.lemmas & provision.lemmas
