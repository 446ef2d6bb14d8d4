"""The generated rule docs are current, and say what a user needs to configure a rule."""

from __future__ import annotations

from ehcp_audit.docs import RULE_PAGES, rule_pages, stale_pages, write_pages
from ehcp_audit.registry import shipped_rules


def test_rule_pages_are_current():
    assert stale_pages() == [], "docs/rules/ is out of date: run python -m ehcp_audit.docs"


def test_every_rule_has_a_page_with_type_scope_options_and_examples():
    pages = rule_pages()
    for rule in shipped_rules():
        page = pages[f"{rule.code}.md"]
        assert f"type `{rule.type}`" in page, rule.code
        assert rule.type == "script" or f"scope `{rule.scope}`" in page, rule.code
        assert rule.description in page and "**Fails:**" in page, rule.code
        for name, spec in rule.option_specs.items():
            assert f"| `{name}` | {spec.describe()} | `{spec.default!r}` |" in page, rule.code
        assert f"[`{rule.code}`]({rule.code}.md)" in pages["README.md"]


def test_stale_and_orphan_pages_are_found_and_rewritten(tmp_path):
    for name, text in rule_pages().items():
        (tmp_path / name).write_text(text)
    (tmp_path / "E-COUNT.md").write_text("old")
    (tmp_path / "X-GONE.md").write_text("a rule since removed")
    assert stale_pages(tmp_path) == ["E-COUNT.md", "X-GONE.md"]
    assert write_pages(tmp_path) == ["E-COUNT.md", "X-GONE.md"]
    assert stale_pages(tmp_path) == [] and not (tmp_path / "X-GONE.md").exists()
    assert RULE_PAGES.name == "rules"
