"""`ehcp-audit diff`: planted provision changes in prose and in tables are found (recall >= 0.95)
and unchanged or merely reformatted pairs report no removed, reduced or vaguer provision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from compare_builder import CHANGES, EXTRA, ITEMS, OUTCOMES, build_plan, shuffled

from ehcp_audit.compare.diff import diff_plans
from ehcp_audit.compare.plan import load_plan
from ehcp_audit.config import Settings

BAD = {"removed", "reduced", "vaguer"}


@pytest.fixture(scope="session")
def views(tmp_path_factory):
    """Every plan the tests compare, loaded once: (form, variant) -> PlanView."""
    folder = tmp_path_factory.mktemp("diff")
    settings = Settings()
    base = list(ITEMS)
    plans: dict[tuple, Path] = {}
    for form, shape in (("prose", 0), ("prose", 1), ("prose", 2), ("table", 0)):
        key = f"{form}{shape}"
        plans[(key, "base")] = build_plan(folder / f"{key}_base.docx", base, form, shape)
        if shape != 2:
            plans[(key, "shuffled")] = build_plan(
                folder / f"{key}_shuffled.docx", shuffled(base, 7), form, shape
            )
    for form, shape in (("prose", 0), ("table", 0)):
        key = f"{form}{shape}"
        for index, (name, (_kind, change)) in enumerate(CHANGES.items()):
            target = index % len(base)
            items = list(base)
            items[target] = change(items[target])
            plans[(key, name)] = build_plan(folder / f"{key}_{index}.docx", items, form, shape)
        plans[(key, "removed")] = build_plan(folder / f"{key}_rm.docx", base[:-1], form, shape)
        plans[(key, "new")] = build_plan(folder / f"{key}_new.docx", [*base, EXTRA], form, shape)
    reworded = (OUTCOMES[0].replace("2026", "2027"), OUTCOMES[1].replace("40", "60"), OUTCOMES[2])
    plans[("prose0", "outcomes")] = build_plan(
        folder / "outcomes.docx", base, "prose", 0, outcomes=reworded
    )
    return {key: load_plan(path, settings) for key, path in plans.items()}


def _planted():
    kinds = {name: kind for name, (kind, _change) in CHANGES.items()}
    kinds.update(removed="removed", new="new")
    return kinds


@pytest.mark.parametrize("key", ["prose0", "table0"])
def test_planted_change_recall(views, key):
    found = missed = 0
    wrong = []
    for name, kind in _planted().items():
        diff = diff_plans(views[(key, "base")], views[(key, name)])
        changes = [set(r["changes"]) for r in diff["provision"]]
        if any(kind in c for c in changes):
            found += 1
        else:
            missed += 1
            wrong.append((name, [r["changes"] for r in diff["provision"]]))
        flagged = [c for c in changes if c - {"unchanged", "increased", "new"}]
        assert len(flagged) <= 1, (name, diff["provision"])  # only the planted statement
    assert found / (found + missed) >= 0.95, wrong


def test_figures_travel_with_the_change(views):
    diff = diff_plans(views[("prose0", "base")], views[("prose0", "fewer sessions")])
    row = next(r for r in diff["provision"] if r["change"] == "reduced")
    assert row["old"]["weekly_minutes"] == 90 and row["new"]["weekly_minutes"] == 30
    assert row["old"]["sessions_per_week"] == 3 and row["new"]["sessions_per_week"] == 1
    assert "text" not in row["old"]  # plan text only with include_text
    assert diff["summary"]["weekly_minutes_old"] > diff["summary"]["weekly_minutes_new"]


@pytest.mark.parametrize(
    "old,new",
    [
        (("prose0", "base"), ("prose0", "base")),
        (("table0", "base"), ("table0", "base")),
        (("prose0", "base"), ("prose0", "shuffled")),
        (("prose0", "base"), ("table0", "base")),
        (("table0", "shuffled"), ("prose1", "base")),
        (("prose2", "base"), ("table0", "shuffled")),
        (("prose1", "shuffled"), ("prose2", "base")),
        (("prose1", "base"), ("table0", "base")),
    ],
)
def test_unchanged_and_reformatted_pairs_report_nothing_bad(views, old, new):
    diff = diff_plans(views[old], views[new])
    bad = [r for r in diff["provision"] if BAD & set(r["changes"])]
    assert not bad, bad
    assert diff["summary"]["provision"]["unchanged"] == len(ITEMS)
    assert all(o["status"] == "unchanged" and o["carried_over"] for o in diff["outcomes"])
    assert diff["needs"] == [] and diff["golden_thread"] == []


def test_outcome_statuses(views):
    diff = diff_plans(views[("prose0", "base")], views[("prose0", "outcomes")], include_text=True)
    statuses = sorted(o["status"] for o in diff["outcomes"])
    assert statuses == ["reworded", "unchanged", "unchanged"]
    moved = [o for o in diff["outcomes"] if o["only_dates_changed"]]
    assert len(moved) == 1 and "2027" in moved[0]["new"]["text"]


def test_removed_provision_while_need_stays(views):
    diff = diff_plans(views[("prose0", "base")], views[("prose0", "removed")])
    links = [g for g in diff["golden_thread"] if g["kind"] == "provision_removed_need_kept"]
    assert links and links[0]["area"] == "cognition and learning"


def test_need_removed_while_provision_stays(tmp_path):
    from compare_builder import NEEDS

    needs = tuple(n for n in NEEDS if "motor" not in n and n != "Sensory and physical")
    old = load_plan(build_plan(tmp_path / "o.docx", list(ITEMS)), Settings())
    new = load_plan(build_plan(tmp_path / "n.docx", list(ITEMS), needs=needs), Settings())
    diff = diff_plans(old, new)
    assert [n["status"] for n in diff["needs"]] == ["removed"]
    kinds = {(g["kind"], g["area"]) for g in diff["golden_thread"]}
    assert ("need_removed_provision_kept", "sensory and physical") in kinds


@dataclass
class _Done:
    returncode: int
    stdout: str
    stderr: str


def _cli(*args: str) -> _Done:
    from typer.testing import CliRunner

    from ehcp_audit.cli import app

    done = CliRunner().invoke(app, ["diff", *args])
    return _Done(done.exit_code, done.stdout, done.stderr)


def test_cli_exit_codes_json_and_html(tmp_path):
    old = build_plan(tmp_path / "old.docx", list(ITEMS))
    same = build_plan(tmp_path / "same.docx", shuffled(list(ITEMS), 3), "table")
    cut = build_plan(tmp_path / "cut.docx", list(ITEMS[:-1]))
    html = tmp_path / "d.html"
    done = _cli(str(old), str(cut), "--format", "json", "--html", str(html))
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert {"status", "old", "new"} <= set(data["outcomes"][0])
    assert any(r["change"] == "removed" for r in data["provision"])
    assert "speech and language" not in done.stdout  # no plan text without --include-text
    assert "<table>" in html.read_text() and "removed" in html.read_text()
    assert _cli(str(old), str(cut), "--fail-on", "increased").returncode == 0
    assert _cli(str(old), str(same), "--format", "json").returncode == 0
    with_text = _cli(str(old), str(cut), "--format", "json", "--include-text")
    assert "speech and language therapy" in with_text.stdout
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    bad = _cli(str(old), str(broken))
    assert bad.returncode == 2 and "broken.docx" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_html_escapes_plan_text(tmp_path):
    from ehcp_audit.compare.report import diff_html

    diff = {
        "old": "<b>a</b>.docx",
        "new": "b.docx",
        "sections": [],
        "outcomes": [],
        "needs": [],
        "golden_thread": [],
        "provision": [
            {
                "change": "removed",
                "changes": ["removed"],
                "details": [],
                "old": {"text": "<script>x</script>", "location": {"paragraph": 1}},
                "new": None,
            }
        ],
        "summary": {"provision": {"removed": 1}, "weekly_minutes_old": 1, "weekly_minutes_new": 0},
    }
    page = diff_html([diff])
    assert "<script>x" not in page and "&lt;script&gt;" in page and "&lt;b&gt;" in page


def test_folders_pair_by_child(tmp_path):
    old_dir, new_dir = tmp_path / "2025", tmp_path / "2026"
    old_dir.mkdir()
    new_dir.mkdir()
    children = [
        ("Sam Jones", "3 March 2016"),
        ("Amir Khan", "9 June 2015"),
        ("Lily Evans", "1 May 2014"),
    ]
    for index, (name, dob) in enumerate(children):
        build_plan(old_dir / f"plan_{index}.docx", list(ITEMS), name=name, dob=dob)
    # This year's files are named differently and in another order; Lily's provision is cut.
    build_plan(new_dir / "x1.docx", list(ITEMS), name="Amir Khan", dob="9 June 2015")
    build_plan(new_dir / "x2.docx", list(ITEMS[:3]), name="Lily Evans", dob="1 May 2014")
    build_plan(new_dir / "x3.docx", list(ITEMS), name="Noah Price", dob="2 July 2016")
    rows = tmp_path / "pairs.csv"
    done = _cli(str(old_dir), str(new_dir), "--format", "json", "--csv", str(rows))
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    summary = report["summary"]
    assert summary["pairs"] == 2
    assert [Path(f).name for f in summary["unpaired_old"]] == ["plan_0.docx"]
    assert [Path(f).name for f in summary["unpaired_new"]] == ["x3.docx"]
    assert summary["plans_removed"] == 1 and summary["carried_over_plans_pct"] == 100.0
    assert summary["weekly_minutes_old"] > summary["weekly_minutes_new"]
    assert len(rows.read_text().strip().splitlines()) == 3
    mapping = tmp_path / "map.csv"
    mapping.write_text("old,new\nplan_0.docx,x3.docx\n")
    mapped = _cli(str(old_dir), str(new_dir), "--format", "json", "--pairs", str(mapping))
    assert json.loads(mapped.stdout)["summary"]["pairs"] == 1


def test_provision_rewritten_in_vague_words_is_vaguer_not_removed(tmp_path):
    from plan_builder import build_docx, plan_texts

    old = (
        "Three 30-minute sessions per week of 1:1 speech and language therapy delivered by an "
        "HCPC-registered SALT.\n"
        "A daily 20-minute phonics session in a group of 3 with a trained TA.\n"
        "Weekly ELSA sessions of 30 minutes to help Sam name and manage his feelings.\n"
        "Two 20-minute occupational therapy sessions a week to develop fine motor skills, "
        "delivered by an occupational therapist."
    )
    new = (
        "Access to speech and language therapy as advised by the SALT.\n"
        "Phonics support in a small group when needed.\n"
        "Regular ELSA sessions to help Sam name and manage his feelings.\n"
        "Fine motor skills programme delivered by a teaching assistant, set by the occupational "
        "therapist."
    )
    a = load_plan(build_docx(tmp_path / "a.docx", plan_texts({"sections": {"F": old}})), Settings())
    b = load_plan(build_docx(tmp_path / "b.docx", plan_texts({"sections": {"F": new}})), Settings())
    rows = diff_plans(a, b)["provision"]
    assert len(rows) == 4 and not [r for r in rows if r["change"] in ("removed", "new")]
    assert all({"vaguer", "reduced"} & set(r["changes"]) for r in rows), rows
