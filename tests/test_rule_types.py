"""The generic rule types, rule packs, typed options and aliases, on real small Word plans."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from plan_builder import build_docx, plan_texts

from ehcp_audit.audit import audit_file
from ehcp_audit.config import Settings, load_settings
from ehcp_audit.errors import ConfigError
from ehcp_audit.registry import pack_rules, rules_for

# One pack with a rule of each type over each scope; the "fail" plan trips every one of them,
# the clean plan none.
PACK = {
    "T-EXIST": {
        "type": "existence",
        "scope": "provision",
        "tokens": ["where possible", "as and when"],
        "message": "Hedged: '{match}'",
    },
    "T-ABSENT": {
        "type": "absence",
        "scope": "section",
        "sections": ["K"],
        "tokens": ["psycholog\\w*"],
        "message": "Section {key} names no psychologist",
    },
    "T-ABSENT-MISSING": {  # J is missing from the failing plan: nothing to search, no finding
        "type": "absence",
        "scope": "section",
        "sections": ["J"],
        "tokens": ["budget"],
        "message": "Section {key} never says budget",
    },
    "T-OCCUR": {
        "type": "occurrence",
        "scope": "sentence",
        "tokens": ["very"],
        "max": 2,
        "message": "{count} x very in: {text|short}",
    },
    "T-ITEMS": {
        "type": "occurrence",
        "scope": "outcome",
        "max": "most",
        "options": {"most": {"type": "integer", "default": 3, "min": 1}},
        "message": "{count} outcomes (most {max})",
    },
    "T-METRIC": {
        "type": "metric",
        "scope": "section",
        "sections": ["B"],
        "metric": "words",
        "max": 60,
        "message": "Section {key} is {value} words (limit {max})",
    },
    "T-FLAG": {
        "type": "flag",
        "scope": "outcome",
        "field": "time_bound",
        "value": False,
        "message": "{kind|capitalize} has no time",
        "match": "{text|short}",
    },
    "T-SUBQ": {
        "type": "existence",
        "scope": "subquestion",
        "tokens": ["dinosaurs?"],
        "where": {"question": "important_to_me"},
        "message": "Dinosaurs under '{heading}'",
    },
    "T-CHOICE": {
        "type": "flag",
        "scope": "section",
        "field": "present",
        "value": False,
        "message": [
            {"when": {"key": "J"}, "text": "No personal budget section"},
            {"text": "Section {key} missing"},
        ],
    },
}
COMMON = {"name": "t", "level": "warning", "section": "plan", "description": "d", "fix": "f"}

FAILING = {
    "sections": {
        "J": None,
        "K": "Advice from the speech and language therapist, dated 1 March 2025.",
        "A": plan_texts()["A"].replace(
            "I love swimming with my dad on Saturdays.", "I love dinosaurs and swimming."
        ),
    },
    "section": "E",
    "text": "Sam will be very very very calm.\nBy July 2026, Sam will read 40 words.",
}


def write_pack(folder: Path, rules: dict, name: str = "pack.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump({c: {**COMMON, **r} for c, r in rules.items()}))
    return path


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    folder = tmp_path_factory.mktemp("types")
    pack = write_pack(folder, PACK)
    texts = plan_texts(FAILING)
    texts["F"] += "\nSpeech therapy from a therapist where possible, as and when needed."
    texts["B"] += " " + " ".join(["Sam likes building models with his friends."] * 8)
    settings = Settings(rule_packs=(str(pack),))
    fail = audit_file(build_docx(folder / "fail.docx", texts), settings)
    clean = audit_file(build_docx(folder / "clean.docx", plan_texts()), settings)
    return fail, clean


def _by_code(result, code):
    return [f for f in result.findings if f.code == code]


def test_clean_plan_trips_no_pack_rule(audited):
    _, clean = audited
    assert [f.code for f in clean.findings if f.code.startswith("T-")] == []


def test_existence_reports_each_token_with_its_location(audited):
    fail, _ = audited
    found = _by_code(fail, "T-EXIST")
    assert [f.match for f in found] == ["where possible", "as and when"]
    assert found[0].message == "Hedged: 'where possible'"
    assert found[0].section == "F" and found[0].location


def test_absence_occurrence_metric_flag_subquestion_and_message_choice(audited):
    fail, _ = audited
    messages = {f.code: f.message for f in fail.findings if f.code.startswith("T-")}
    assert "T-ABSENT-MISSING" not in messages
    assert messages["T-ABSENT"] == "Section K names no psychologist"
    assert messages["T-OCCUR"] == "3 x very in: Sam will be very very very calm."
    assert messages["T-ITEMS"].endswith("outcomes (most 3)")
    assert messages["T-METRIC"].startswith("Section B is ") and "(limit 60)" in messages["T-METRIC"]
    assert messages["T-SUBQ"] == "Dinosaurs under 'What is important to me'"
    assert messages["T-CHOICE"] == "No personal budget section"
    flagged = _by_code(fail, "T-FLAG")
    assert [f.match for f in flagged] == ["Sam will be very very very calm."]
    assert flagged[0].message.endswith("has no time") and flagged[0].section == "E"


def test_pack_rules_take_config_levels_options_and_aliases(tmp_path):
    pack = write_pack(tmp_path, {"T-NEW": {**PACK["T-ITEMS"], "aliases": ["T-OLD"]}})
    config = tmp_path / "ehcp-audit.toml"
    config.write_text(
        '[rules]\npacks = ["pack.yaml"]\n[rules.T-OLD]\nlevel = "error"\nmost = 1\n'
        '[per_file_ignores]\n"ignored*" = ["T-OLD"]\n'
    )
    settings = load_settings(config)
    assert settings.rule_packs == (str(pack.resolve()),)
    rule = next(r for r in rules_for(settings) if r.code == "T-NEW")
    assert (rule.level, rule.options["most"]) == ("error", 1)
    texts = plan_texts()
    kept = audit_file(build_docx(tmp_path / "kept.docx", texts), settings)
    assert [(f.code, f.level) for f in kept.findings] == [("T-NEW", "error")]
    ignored = audit_file(build_docx(tmp_path / "ignored.docx", texts), settings)
    assert ignored.findings == []  # the per-file ignore named the rule by its old code


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"tokenz": ["a"]}, "'T-EXIST.tokenz' is not a key of a existence rule"),
        ({"type": "exists"}, "'T-EXIST.type' must be one of"),
        ({"tokens": "where possible"}, "'T-EXIST.tokens' must be a non-empty list"),
        ({"tokens": ["(unclosed"]}, "'T-EXIST.tokens': bad regular expression"),
        ({"scope": "page"}, "'T-EXIST.scope' must be one of"),
        ({"level": "fatal"}, "'T-EXIST.level' must be one of suggestion, warning, error"),
        ({"message": "{match|shout}"}, "unknown filter 'shout'"),
        ({"type": "metric", "metric": "words", "max": "limit"}, "names option 'limit'"),
        ({"options": {"n": {"type": "integer", "default": "x"}}}, "'T-EXIST.options.n.default'"),
        ({"options": {"n": {"type": "int", "default": 1}}}, "'T-EXIST.options.n.type'"),
    ],
)
def test_malformed_pack_rule_is_one_line_naming_file_and_key(tmp_path, change, says):
    rule = {**PACK["T-EXIST"], **change}
    if change.get("type") == "metric":
        rule.pop("tokens")
    path = write_pack(tmp_path, {"T-EXIST": rule})
    with pytest.raises(ConfigError) as caught:
        pack_rules(str(path))
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and says in message and "\n" not in message


def test_pack_code_may_not_shadow_a_shipped_code(tmp_path):
    path = write_pack(tmp_path, {"F-VAGUE": PACK["T-EXIST"]})
    with pytest.raises(ConfigError, match="'F-VAGUE' is already defined in rules/rules.yaml"):
        rules_for(Settings(rule_packs=(str(path),)))


def test_config_option_type_and_bounds_are_checked_at_load(tmp_path):
    config = tmp_path / "ehcp-audit.toml"
    for body, says in [
        ('[rules.E-COUNT]\nmax = "ten"\n', "'rules.E-COUNT.max' must be a whole number, not 'ten'"),
        ("[rules.E-COUNT]\nmax = 2.5\n", "'rules.E-COUNT.max' must be a whole number"),
        ("[rules.R-READING-AGE]\nmax_reading_age = 99\n", "must be at most 25"),
        ("[rules.H-ACRONYM]\nallow = [1]\n", "'rules.H-ACRONYM.allow' must be a list of strings"),
        ('[rules]\npacks = ["nowhere.yaml"]\n', "'rules.packs' names 'nowhere.yaml'"),
        ('[per_file_ignores]\n"old/*" = ["S-EMTPY"]\n', "names unknown rule code 'S-EMTPY'"),
    ]:
        config.write_text(body)
        with pytest.raises(ConfigError) as caught:
            load_settings(config)
        assert str(caught.value).startswith(f"{config}: ") and says in str(caught.value), body


def test_cache_key_follows_the_pack_contents(tmp_path):
    from ehcp_audit.engine import ResultCache

    pack = write_pack(tmp_path, {"T-EXIST": PACK["T-EXIST"]})
    settings = Settings(rule_packs=(str(pack),))
    before = ResultCache(tmp_path / "cache", settings).salt
    write_pack(tmp_path, {"T-EXIST": {**PACK["T-EXIST"], "tokens": ["if possible"]}})
    assert ResultCache(tmp_path / "cache", settings).salt != before
    assert ResultCache(tmp_path / "cache", replace(settings, rule_packs=())).salt != before


def test_one_level_order_for_config_rules_and_results():
    from ehcp_audit.levels import LEVELS, Level, at_or_above
    from ehcp_audit.result import Finding, PlanResult

    assert LEVELS == ("suggestion", "warning", "error") == tuple(Level)
    assert at_or_above("error", "warning") and not at_or_above("suggestion", "warning")
    result = PlanResult(file="p", status="audited")
    result.findings = [Finding("X", level, None, "m") for level in ("warning", "suggestion")]
    assert result.worst_level() == "warning"


def test_cached_result_keeps_per_file_ignores_per_path(tmp_path):
    """Ignores are applied before caching, so the same content under a path the ignore does
    not match must not reuse the ignored result."""
    from ehcp_audit.engine import ResultCache, run_batch

    texts = plan_texts({"section": "B", "text": "[CHILD'S NAME] finds reading hard."})
    first = build_docx(tmp_path / "template-copy.docx", texts)
    second = tmp_path / "plan.docx"
    second.write_bytes(first.read_bytes())
    settings = Settings(per_file_ignores={"template-*": ["H-PLACEHOLDER"]})
    cache = ResultCache(tmp_path / "cache", settings)
    ignored, kept = run_batch([first, second], settings, cache=cache)
    again = run_batch([second, first], settings, cache=ResultCache(tmp_path / "cache", settings))
    for result in (ignored, again[1]):
        assert "H-PLACEHOLDER" not in {f.code for f in result.findings}
    for result in (kept, again[0]):
        assert "H-PLACEHOLDER" in {f.code for f in result.findings}
