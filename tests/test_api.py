"""ehcp_audit.api: a scan as a library call gives what the CLI writes, and its errors are
ScanError lines, not exits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plan_builder import build_docx, plan_texts

from ehcp_audit import api
from ehcp_audit.config import Settings


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("plans")
    good = build_docx(folder / "good.docx", plan_texts())
    bare = build_docx(folder / "bare.docx", plan_texts({"sections": {"F": None}}))
    return [good, bare]


def test_scan_feeds_every_output_in_file_order(plans, tmp_path):
    from ehcp_audit.audit import warm_up

    warm_up(Settings())
    settings = Settings(workers=1)
    files = api.OutputFiles(json=tmp_path / "out.json", csv=tmp_path / "plans.csv")
    reporter = api.open_reporter(files, "table", settings)
    api.scan(plans, settings, reporter, api.BatchOptions(workers=1))
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [Path(p["file"]).name for p in data["plans"]] == ["good.docx", "bare.docx"]
    assert [row.file for row in reporter.rows] == [p["file"] for p in data["plans"]]
    assert (tmp_path / "plans.csv").read_text(encoding="utf-8").count("\n") == 3
    bare = data["plans"][1]
    assert "F" in bare["missing_sections"]


def test_unwritable_output_is_a_scan_error_naming_the_file(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(api.ScanError, match="a-file"):
        api.open_reporter(api.OutputFiles(json=blocker / "out.json"), "none", Settings())


def test_writable_files_names_each_option():
    files = api.OutputFiles(findings_csv=Path("f.csv"))
    options = dict((option, path) for path, option in files.writable_files())
    assert options["--findings-csv"] == Path("f.csv")
    assert "--parquet" not in options
