"""Every rule's PASS and FAIL examples from rules/rules.yaml, run on real .docx files."""

from __future__ import annotations

from dataclasses import replace

import pytest
from plan_builder import build_docx, plan_texts

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings
from ehcp_audit.examples import check_examples
from ehcp_audit.registry import BATCH_SCOPE, shipped_rules

RULES = shipped_rules()


def _audit(tmp_path, name, example, rule):
    path = build_docx(tmp_path / f"{name}.docx", plan_texts(example))
    settings = Settings()
    if example and example.get("options"):
        settings = replace(settings, rules={rule.code: dict(example["options"])})
    return audit_file(path, settings)


def test_clean_plan_has_no_findings(tmp_path):
    result = audit_file(build_docx(tmp_path / "clean.docx", plan_texts()), Settings())
    assert result.status == "audited"
    assert [(f.code, f.message) for f in result.findings] == []


def test_every_rule_has_examples_and_fix():
    for rule in RULES:
        assert rule.pass_example is not None and rule.fail_example is not None, rule.code
        assert rule.fix and rule.description, rule.code


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_examples(rule, tmp_path):
    if rule.scope == BATCH_SCOPE:  # two plans and the cross-plan pass
        outcome = check_examples(rule, Settings())
        assert outcome.passed, outcome.detail
        return
    passed = _audit(tmp_path, "pass", rule.pass_example, rule)
    failed = _audit(tmp_path, "fail", rule.fail_example, rule)
    assert passed.status == failed.status == "audited"
    assert rule.code not in {f.code for f in passed.findings}, [
        f.message for f in passed.findings if f.code == rule.code
    ]
    fired = [f for f in failed.findings if f.code == rule.code]
    assert fired, f"{rule.code} did not fire on its FAIL example"
    assert all(f.level == rule.level for f in fired)
