"""The shipped example pack through the real CLI (in process): listed, applied, tested."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from plan_builder import build_docx, plan_texts
from typer.testing import CliRunner

from ehcp_audit.cli import app

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "examples" / "rule-pack.yaml"
CODE = "X-HEDGED-PROVISION"


def invoke(*args: str, cwd: Path):
    import os

    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A folder whose pyproject loads the example pack, with one hedged plan."""
    from ehcp_audit.audit import warm_up
    from ehcp_audit.config import Settings

    warm_up(Settings())  # the scans' workers fork with the model loaded
    folder = tmp_path_factory.mktemp("pack")
    (folder / "pyproject.toml").write_text(
        f'[tool.ehcp-audit.rules]\npacks = ["{PACK.as_posix()}"]\n'
    )
    texts = plan_texts(
        {"section": "F", "text": "Weekly swimming lessons with a coach, staffing permitting."}
    )
    build_docx(folder / "hedged.docx", texts)
    return folder


def test_example_pack_is_listed(project):
    listed = json.loads(invoke("rules", "--format", "json", cwd=project).stdout)
    pack_rule = next(r for r in listed if r["code"] == CODE)
    assert (pack_rule["level"], pack_rule["type"], pack_rule["scope"]) == (
        "warning",
        "existence",
        "provision",
    )
    assert pack_rule["source"] == str(PACK)
    assert CODE in invoke("rules", cwd=project).stdout
    assert f"`{CODE}`" in invoke("rules", "--format", "markdown", cwd=project).stdout


def test_example_pack_fires_in_every_output(project):
    out = project / "out"
    result = invoke(
        "scan",
        str(project / "hedged.docx"),
        "--no-cache",
        "--workers",
        "1",
        "--fail-on",
        "warning",
        "--json",
        str(out / "r.json"),
        "--findings-csv",
        str(out / "f.csv"),
        "--sarif",
        str(out / "r.sarif"),
        "--html",
        str(out / "r.html"),
        "--format",
        "github",
        cwd=project,
    )
    assert result.exit_code == 1
    assert f"::warning file={project / 'hedged.docx'},title={CODE}::" in result.stdout
    findings = json.loads((out / "r.json").read_text())["plans"][0]["findings"]
    hedged = [f for f in findings if f["code"] == CODE]
    assert len(hedged) == 1 and hedged[0]["section"] == "F" and hedged[0]["level"] == "warning"
    rows = list(csv.DictReader(io.StringIO((out / "f.csv").read_text())))
    assert [r["code"] for r in rows] == [CODE]
    sarif = json.loads((out / "r.sarif").read_text())["runs"][0]
    assert CODE in {r["id"] for r in sarif["tool"]["driver"]["rules"]}
    assert CODE in {r["ruleId"] for r in sarif["results"]}
    assert CODE in (out / "r.html").read_text()
    table = invoke("scan", str(project / "hedged.docx"), "--no-cache", "-j", "1", cwd=project)
    assert CODE in table.stdout


def test_rules_test_runs_the_examples(project, tmp_path):
    passed = invoke("rules", "--test", str(PACK), cwd=tmp_path)
    assert passed.exit_code == 0
    assert passed.stdout.startswith(f"pass  {CODE}")
    broken = yaml.safe_load(PACK.read_text())
    broken[CODE]["fail"] = {"section": "F", "text": "A weekly session with a tutor."}
    (tmp_path / "broken.yaml").write_text(yaml.safe_dump(broken))
    failed = invoke("rules", "--test", str(tmp_path / "broken.yaml"), cwd=tmp_path)
    assert failed.exit_code == 1
    assert f"FAIL  {CODE}  did not fire on its fail example" in failed.stdout


def test_bad_option_in_config_is_exit_2_naming_the_key(tmp_path):
    (tmp_path / "ehcp-audit.toml").write_text('[rules.E-COUNT]\nmax = "ten"\n')
    result = invoke("scan", str(tmp_path / "no-such-plan.docx"), cwd=tmp_path)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'rules.E-COUNT.max' must be a whole number" in lines[0]
    assert "ehcp-audit.toml" in lines[0] and "no-such-plan" not in result.output


def test_bad_pack_is_exit_2_naming_file_and_key(tmp_path):
    (tmp_path / "pack.yaml").write_text(
        "X-ONE:\n  type: existence\n  name: x\n  level: warning\n  section: F\n"
        "  description: d\n  fix: f\n  message: m\n  tokens: [a]\n  scopes: provision\n"
    )
    (tmp_path / "ehcp-audit.toml").write_text('[rules]\npacks = ["pack.yaml"]\n')
    result = invoke("rules", cwd=tmp_path)
    assert result.exit_code == 2
    assert "pack.yaml: 'X-ONE.scopes' is not a key" in result.stderr
