"""``summary``'s rough edges (issue 13): a file that is not results, an unknown format, the same
plan twice, and ``--by`` as one table with a total."""

from __future__ import annotations

import json
import shutil

import pytest
from corpus import SAMPLES
from typer.testing import CliRunner

from ehcp_audit.cli import app
from ehcp_audit.report.jsonout import dumps, results_json


@pytest.fixture(scope="module")
def results_file(corpus_results, tmp_path_factory):
    path = tmp_path_factory.mktemp("summary") / "la-north.json"
    path.write_text(dumps(results_json(corpus_results)), encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, ["summary", *args])


def test_a_plan_is_refused_in_one_line():
    for not_results in (SAMPLES / "01_heading_styled.docx", SAMPLES / "README.md"):
        result = run(str(not_results))
        assert result.exit_code == 2
        assert (
            "Traceback" not in result.output
            and result.exception is None
            or isinstance(result.exception, SystemExit)
        )
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(not_results) in lines[0] and "not an ehcp-audit results file" in lines[0]


def test_unknown_format_is_refused(results_file):
    result = run(str(results_file), "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr and not result.stdout


def test_the_same_plans_in_two_files_are_counted_once(results_file, corpus_results, tmp_path):
    copy = tmp_path / "la-north-again.json"
    shutil.copy(results_file, copy)
    result = run(str(results_file), str(copy), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["plans"] == len(corpus_results)
    assert f"{len(corpus_results)} plans appear more than once" in result.stderr
    # one results file named twice is read once
    twice = run(str(results_file), str(results_file), "--format", "json")
    assert json.loads(twice.stdout)["plans"] == len(corpus_results)
    assert "given twice; counted once" in twice.stderr


def test_by_is_one_table_with_a_total(results_file, corpus_results):
    result = run(str(results_file), "--by", "format")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum("Group" in line for line in lines) == 1  # one table, one header
    rows = {line.split()[0]: line.split() for line in lines if line.split()}
    assert {"docx", "pdf", "Total"} <= set(rows)
    assert rows["Total"][1] == str(len(corpus_results))
    formats = {r.format for r in corpus_results}
    assert sum(int(rows[f][1]) for f in formats) == len(corpus_results)


def test_jsonl_and_workbook(results_file, corpus_results, tmp_path):
    lines = [json.dumps(p) for p in json.loads(results_file.read_text())["plans"]]
    jsonl = tmp_path / "plans.jsonl"
    jsonl.write_text("\n".join(lines) + "\n")
    from_json = json.loads(run(str(results_file), "--format", "json").stdout)
    book = tmp_path / "qa.xlsx"
    result = run(str(jsonl), "--format", "json", "--xlsx", str(book))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == from_json
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.load_workbook(book)
    assert workbook["Plans"].max_row == len(corpus_results) + 1
    summary = {r[0].value: r[1].value for r in workbook["Summary"].iter_rows(min_row=2)}
    assert summary["Plans read"] == from_json["plans"]
    assert summary["Words: mean"] == from_json["length"]["mean_words"]
