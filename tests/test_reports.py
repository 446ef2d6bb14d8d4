"""The report view model and the streamed outputs: the figures every report renders are built
once (view.py) and folded plan by plan; JSON, Parquet and the workbook read back give the same
figures."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from corpus import ROOT

from ehcp_audit.report.jsonout import dumps, results_json
from ehcp_audit.report.outputs import JsonlOutput, JsonOutput, PlansCsvOutput, Reporter
from ehcp_audit.report.view import (
    PLAN_COLUMNS,
    Aggregate,
    GroupedAggregate,
    fold,
    group_findings,
    plan_row,
)
from ehcp_audit.result import Finding, PlanResult, SectionSummary


def audited(results):
    return [r for r in results if r.status == "audited"]


# --- the view model -------------------------------------------------------------------------


def test_plan_row_values_are_the_columns(corpus_results):
    for index, result in enumerate(corpus_results, 1):
        row = plan_row(result, index)
        assert row.index == index and row.file == result.file
        assert list(row.values) == [c.name for c in PLAN_COLUMNS]
        assert row.values["errors"] == result.count("error") == row.counts["error"]
        assert row.findings == len(result.findings)
        assert row.text is None  # plan text only when asked for
        if result.status == "audited":
            assert row.values["words"] == result.words
            assert row.values["a_has_aspirations"] == result.voice["has_aspirations"]
            assert row.values["e_smart_share"] == result.outcomes_summary["smart_share"]


def test_aggregate_matches_hand_counts(corpus_results):
    figures = fold(corpus_results).finish()
    ehcps = audited(corpus_results)
    assert figures["plans"] == len(corpus_results)
    assert figures["audited"] == len(ehcps)
    with_a = [r for r in ehcps if r.voice and r.voice["sentences"]]
    no_asp = sum(1 for r in with_a if r.voice["has_aspirations"] is False)
    assert figures["section_a"]["no_aspirations"] == {
        "count": no_asp,
        "of": len(with_a),
        "share": round(no_asp / len(with_a), 3),
    }
    words = [r.words for r in ehcps]
    assert figures["length"]["mean_words"] == round(sum(words) / len(words))
    assert (figures["length"]["min_words"], figures["length"]["max_words"]) == (
        min(words),
        max(words),
    )
    outcomes = [o for r in ehcps for o in r.outcomes]
    smart = [o["smart"] for o in outcomes if o["smart"] is not None]
    assert figures["outcomes"]["statements"] == len(outcomes)
    assert figures["outcomes"]["smart"]["count"] == sum(smart)
    codes = {}
    for r in corpus_results:
        for f in r.findings:
            codes[f.code] = codes.get(f.code, 0) + 1
    top = figures["top_findings"][0]
    assert top["findings"] == max(codes.values())


def test_chart_bins_come_from_the_aggregate(corpus_results):
    charts = fold(corpus_results).charts()
    ages = [r.metrics["uk_reading_age"] for r in audited(corpus_results)]
    assert sum(b["count"] for b in charts["reading_age"]) == len(ages)
    under_12 = sum(1 for a in ages if a < 12)
    assert sum(b["count"] for b in charts["reading_age"][:2]) == under_12
    length = charts["length"]
    assert sum(b["count"] for b in length["bins"]) == len(ages)
    for i, b in enumerate(length["bins"][:-1]):
        assert b["count"] == sum(1 for r in audited(corpus_results) if r.words // 1000 == i)
    assert [m["colour"] for m in length["markers"]] == ["reference", "mean"]
    labels = [label for group in charts["smart"] for label, _ in group["bars"]]
    assert labels[:2] == ["Specific", "Measurable"] and "Quantified" in labels


def test_aggregates_merge_to_the_whole(corpus_results):
    first, second = Aggregate(), Aggregate()
    for i, result in enumerate(corpus_results):
        (first if i % 2 else second).add(result)
    first.merge(second)
    whole = fold(corpus_results).finish()
    merged = first.finish()
    assert {k: v for k, v in merged.items() if k != "top_findings"} == {
        k: v for k, v in whole.items() if k != "top_findings"
    }
    assert sorted(map(str, merged["top_findings"])) == sorted(map(str, whole["top_findings"]))


def test_grouped_by_folder_with_a_total():
    def plan(file: str, words: int) -> PlanResult:
        return PlanResult(file=file, status="audited", words=words, sha256=file)

    grouped = GroupedAggregate("folder")
    for file, words in (("la/north/a.docx", 1000), ("la/north/sub/b.docx", 3000)):
        grouped.add(plan(file, words))
    grouped.add(plan("la/south/c.docx", 2000))
    groups = {name: a.finish() for name, a in grouped.groups().items()}
    assert set(groups) == {"north", "south"}
    assert groups["north"]["length"]["mean_words"] == 2000
    assert grouped.total.finish()["plans"] == 3


def test_findings_grouped_by_item_in_plan_order():
    sections = {k: SectionSummary(k, 10, {"paragraph": i}, False) for i, k in enumerate("AEF")}
    findings = [
        Finding("F-VAGUE", "warning", "F", "vague", "support as needed", {"paragraph": 40}),
        Finding("E-SMART-TIME", "warning", "E", "no time", "Sam will read", {"paragraph": 30}),
        Finding("R-LENGTH", "suggestion", None, "long plan"),
        Finding(
            "E-SMART-MEASURABLE", "error", "E", "no measure", "Sam will read", {"paragraph": 30}
        ),
        Finding("E-SMART-TIME", "warning", "E", "no time", "Sam will write", {"paragraph": 20}),
        Finding("A-VOICE-QUESTION", "warning", "A", "no child voice", None, {"paragraph": 5}),
    ]
    result = PlanResult("p.docx", "audited", sections=sections, findings=findings)
    groups = group_findings(result)
    assert [(g.section, g.where) for g in groups] == [
        (None, ""),
        ("A", "paragraph 5"),
        ("E", "paragraph 20"),
        ("E", "paragraph 30"),
        ("F", "paragraph 40"),
    ]
    # one outcome's three findings are one group, errors first, and carry no text by default
    assert [f.code for f in groups[3].findings] == ["E-SMART-MEASURABLE", "E-SMART-TIME"]
    assert groups[3].label == "Section E, paragraph 30"
    assert all(f.match is None for g in groups for f in g.findings)
    assert group_findings(result, include_text=True)[3].findings[0].match == "Sam will read"


def test_html_plans_table_shows_missing_and_empty_sections(corpus_results):
    from ehcp_audit.report.htmlout import PLAN_TABLE, html_report

    headings = [c.heading for c in PLAN_TABLE]
    assert headings[-2:] == ["Missing sections", "Empty sections"]
    poor = next(r for r in corpus_results if r.file.endswith("07_poor_plan.docx"))
    assert poor.missing_sections and poor.empty_sections
    page = html_report([poor])
    row = re.search(r"<tr class='plan-row[^']*'>(.*?)</tr>", page, re.S).group(1)
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    assert cells[-2:] == [" ".join(poor.missing_sections), " ".join(poor.empty_sections)]
    # findings in the page come grouped, one header row per item
    assert page.count("<tr class='item'>") == len(group_findings(poor))


# --- streamed outputs ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def streamed(corpus_results, tmp_path_factory):
    from ehcp_audit.report.parquetout import ParquetOutput
    from ehcp_audit.report.xlsxout import XlsxOutput

    out = tmp_path_factory.mktemp("streamed")
    reporter = Reporter(
        outputs=[
            JsonOutput(out / "r.json", False, None),
            JsonlOutput(out / "r.jsonl", False),
            PlansCsvOutput(out / "plans.csv"),
            ParquetOutput(out / "pq", False, "run-1"),
            XlsxOutput(out / "qa.xlsx", False),
        ]
    )
    assert not (out / "r.json").exists()  # nothing is published before the batch ends
    for result in corpus_results:
        reporter.add(result)
    reporter.finish()
    assert sorted(p.name for p in out.iterdir()) == [
        "plans.csv",
        "pq",
        "qa.xlsx",
        "r.json",
        "r.jsonl",
    ]
    return out, reporter


def test_streamed_json_is_the_batch_json(corpus_results, streamed):
    out, _ = streamed
    assert (out / "r.json").read_text() == dumps(results_json(corpus_results))
    lines = (out / "r.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == json.loads((out / "r.json").read_text())["plans"]


def _json_figures(out: Path) -> dict:
    from ehcp_audit.report.jsonout import load_results

    return fold(load_results((out / "r.json").read_text())).finish()


def test_parquet_reads_back_with_pyarrow(corpus_results, streamed):
    pq = pytest.importorskip("pyarrow.parquet")
    out, _ = streamed
    plans = pq.read_table(out / "pq" / "plans").to_pylist()
    assert [p["file"] for p in plans] == [r.file for r in corpus_results]
    assert {p["batch"] for p in plans} == {"run-1"}  # the partition
    data = json.loads((out / "r.json").read_text())["plans"]
    for row, plan in zip(plans, data, strict=True):
        assert row["sha256"] == plan["sha256"]
        if plan["status"] == "audited":
            assert row["uk_reading_age"] == plan["metrics"]["uk_reading_age"]
            assert row["a_has_aspirations"] is plan["voice"]["has_aspirations"]
            assert row["e_outcomes"] == plan["outcomes_summary"]["outcomes"]
    findings = pq.read_table(out / "pq" / "findings")
    assert findings.num_rows == sum(len(p["findings"]) for p in data)
    assert "match" not in findings.column_names  # plan text only with --include-text
    outcomes = pq.read_table(out / "pq" / "outcomes")
    assert outcomes.num_rows == sum(len(p["outcomes"]) for p in data)
    assert "text" not in outcomes.column_names
    smart = [v for v in outcomes.column("smart").to_pylist() if v is not None]
    assert sum(smart) == _json_figures(out)["outcomes"]["smart"]["count"]
    sentences = pq.read_table(out / "pq" / "sentences")
    assert "text" not in sentences.column_names
    child = sum(
        q["child_first_person_sentences"]
        for p in data
        if p["voice"]
        for q in p["voice"]["questions"]
    )
    assert sentences.column("label").to_pylist().count("child_first_person") == child


def _readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Research output") :]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def test_readme_duckdb_queries_give_the_json_figures(streamed):
    duckdb = pytest.importorskip("duckdb")
    out, _ = streamed
    figures = _json_figures(out)
    headline, questions = _readme_queries()[:2]
    con = duckdb.connect()
    prefix = str(out / "pq") + "/"
    cursor = con.execute(headline.replace("out/", prefix))
    names = [d[0] for d in cursor.description]
    (row,) = cursor.fetchall()
    got = dict(zip(names, row, strict=True))
    a = figures["section_a"]
    assert got["plans_with_section_a"] == a["plans_with_section_a"]
    for key in ("no_aspirations", "no_working_well", "no_child_first_person"):
        assert got[key] == pytest.approx(a[key]["share"], abs=0.0006)
    assert got["mean_words"] == figures["length"]["mean_words"]
    assert got["mean_minutes_aloud"] == pytest.approx(figures["length"]["mean_minutes_aloud"])
    per_question = {
        q: (plans, without)
        for q, plans, without, _ in con.execute(questions.replace("out/", prefix)).fetchall()
    }
    assert per_question == {
        key: (q["plans"], q["no_child_first_person"]) for key, q in figures["questions"].items()
    }


def test_workbook_reads_back_with_openpyxl(corpus_results, streamed):
    openpyxl = pytest.importorskip("openpyxl")
    out, _ = streamed
    book = openpyxl.load_workbook(out / "qa.xlsx")
    assert book.sheetnames == ["Plans", "Findings", "Outcomes", "Provision", "Summary", "Columns"]
    plans = book["Plans"]
    assert [c.value for c in plans[1]] == [c.name for c in PLAN_COLUMNS]
    assert plans.max_row == len(corpus_results) + 1
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.bold
    assert book["Plans"].column_dimensions["A"].width == 48
    findings = book["Findings"]
    header = [c.value for c in findings[1]]
    assert "match" not in header  # figures only without --include-text
    assert findings.max_row == sum(len(r.findings) for r in corpus_results) + 1
    level = header.index("level") + 1
    errors = [r for r in findings.iter_rows(min_row=2) if r[level - 1].value == "error"]
    assert errors and errors[0][level - 1].fill.fgColor.rgb.endswith("FDEAEA")
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["Plans read"] == len(corpus_results)
    dictionary = [(r[0].value, r[1].value) for r in book["Columns"].iter_rows(min_row=2)]
    assert ("Plans", "uk_reading_age") in dictionary and ("Outcomes", "smart") in dictionary
    # no plan text anywhere in the workbook
    texts = {o["text"][:40] for r in audited(corpus_results) for o in r.outcomes}
    for sheet in book:
        for row in sheet.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and v[:40] in texts for v in row)


def test_libreoffice_converts_the_workbook(streamed, tmp_path):
    """The council's spreadsheet tools open it: LibreOffice Calc converts it to PDF."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out, _ = streamed
    proc = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out / "qa.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    if "no export filter" in (proc.stdout + proc.stderr).lower():
        pytest.skip("LibreOffice Calc is not installed (only Writer)")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "qa.pdf").stat().st_size > 1000


def test_failed_batch_publishes_nothing(tmp_path, corpus_results):
    target = tmp_path / "r.json"
    target.write_text("old\n")
    output = JsonOutput(target, False, None)
    output.add(corpus_results[0], plan_row(corpus_results[0], 1))
    output.abort()
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_local_pool_hands_out_work_within_its_window():
    from ehcp_audit.config import Settings
    from ehcp_audit.engine.local import LocalPool, _Worker

    pool = LocalPool(2, Settings(), 60, None, window=3)
    pool.tasks = [(i, f"p{i}.docx", None) for i in range(10)]
    pool.workers = [_Worker(None, None, task=pool.tasks[0], position=0)]
    pool.next_position = 2  # task 1 finished, task 0 still running
    assert pool._may_start()  # 2 < 0 + 3
    pool.next_position = 3
    assert not pool._may_start()  # the oldest running task holds the window back
    pool.workers[0].task = None
    assert pool._may_start()


def test_parquet_schema_page_is_current():
    from ehcp_audit.report.tables import tables_markdown

    page = (ROOT / "docs" / "parquet.md").read_text(encoding="utf-8")
    assert page == tables_markdown(), "docs/parquet.md is stale: python -m ehcp_audit.report.tables"


def test_an_output_under_a_file_is_one_clear_line(tmp_path):
    from ehcp_audit.report.outputs import OutputError

    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(OutputError, match=r"notes\.txt is a file, not a folder"):
        JsonOutput(tmp_path / "notes.txt" / "x.json", False, None)


def _synthetic(i: int) -> PlanResult:
    """A plan result of realistic weight (many findings, outcomes and provision lines)."""
    filler = f"Sam will read book {i} aloud to an adult and answer questions about it. " * 3
    return PlanResult(
        file=f"la/plan_{i:05}.docx",
        status="audited",
        sha256=f"{i:064x}",
        words=4000 + i % 1500,
        metrics={"uk_reading_age": 11 + i % 6, "reading_minutes_aloud": 40.0},
        sections={k: SectionSummary(k, 300, {"paragraph": n}, False) for n, k in enumerate("ABEF")},
        voice={"sentences": 40, "has_aspirations": i % 5 > 0, "questions": []},
        outcomes=[
            {"text": filler, "smart": n % 2 == 0, "location": {"paragraph": 50 + n}}
            for n in range(20)
        ],
        provision=[
            {"text": filler, "quantified": True, "location": {"paragraph": 90 + n}}
            for n in range(25)
        ],
        findings=[
            Finding(
                "F-VAGUE",
                "warning",
                "F",
                "Provision is vague: 'as needed'",
                filler,
                {"paragraph": 90 + n},
            )
            for n in range(40)
        ],
    )


def _peak_while_reporting(count: int, folder: Path) -> int:
    import gc
    import tracemalloc

    from ehcp_audit.report.outputs import FindingsCsvOutput, HtmlOutput, SarifOutput

    folder.mkdir()
    reporter = Reporter(
        outputs=[
            JsonOutput(folder / "r.json", False, None),
            PlansCsvOutput(folder / "p.csv"),
            FindingsCsvOutput(folder / "f.csv", False),
            SarifOutput(folder / "r.sarif", []),
            HtmlOutput(folder / "r.html", False),
        ],
        keep_rows=True,
    )
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(count):
            reporter.add(_synthetic(i))
        reporter.finish()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reporting_memory_does_not_grow_with_the_batch(tmp_path):
    from ehcp_audit.report.htmlout import SPOOL

    _peak_while_reporting(3, tmp_path / "warm-up")  # templates compiled, caches filled
    small = _peak_while_reporting(10, tmp_path / "small")
    large = _peak_while_reporting(110, tmp_path / "large")
    # the findings alone are more than a spooled buffer keeps in memory
    assert (tmp_path / "large" / "r.html").stat().st_size > 4 * SPOOL
    # holding the 110 results (or the 4 MB of JSON) would take several megabytes more
    assert (tmp_path / "large" / "r.json").stat().st_size > 3 << 20
    assert large - small < 4 * SPOOL + (256 << 10), (small, large)


def test_streamed_sarif_has_every_finding_at_its_own_location(corpus_results, tmp_path):
    from ehcp_audit.registry import shipped_rules
    from ehcp_audit.report.outputs import SarifOutput
    from ehcp_audit.report.view import location_text

    reporter = Reporter(outputs=[SarifOutput(tmp_path / "r.sarif", shipped_rules())])
    for result in corpus_results:
        reporter.add(result)
    reporter.finish()
    run = json.loads((tmp_path / "r.sarif").read_text())["runs"][0]
    got = sorted(
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["ruleId"],
            r["message"]["text"],
            r["locations"][0].get("logicalLocations", [{}])[0].get("name", ""),
        )
        for r in run["results"]
    )
    expected = sorted(
        (
            r.file,
            f.code,
            f.message,
            ", ".join(
                p
                for p in (f"Section {f.section}" if f.section else "", location_text(f.location))
                if p
            ),
        )
        for r in corpus_results
        for f in r.findings
    )
    assert got == expected
    assert run["invocations"][0]["executionSuccessful"] is True
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [
        r.code for r in shipped_rules()
    ]


def test_cross_plan_stage_gives_what_the_whole_batch_pass_gives(corpus_results):
    import copy

    from ehcp_audit.compare.crossplan import cross_plan_run
    from ehcp_audit.config import Settings
    from ehcp_audit.engine.crossplan_stage import CrossPlanStage

    whole = copy.deepcopy(corpus_results)
    summary = cross_plan_run(whole, None, include_text=False)
    seen = []
    stage = CrossPlanStage(Settings(), None, False, on_summary=seen.append)
    streamed = list(stage.run(copy.deepcopy(corpus_results)))
    assert seen == [summary] and stage.summary == summary
    assert dumps(results_json(streamed)) == dumps(results_json(whole))
    assert any(f.code == "X-COPIED" for r in streamed for f in r.findings)
