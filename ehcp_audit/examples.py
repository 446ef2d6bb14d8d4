"""Rule examples run on real Word files: what ``ehcp-audit rules --test PACK`` does.

An example (a rule's ``pass`` or ``fail``) changes a small clean plan: ``sections`` replaces
whole sections (``null`` removes one), ``front`` replaces the front matter, ``text`` is added to
``section``, and ``options`` sets the rule's options for that example. A batch rule's example
is a batch of two plans: ``text`` goes into the first, ``other_text`` into the second. The plan is written as a
.docx with python-docx and audited like any other file, so an example exercises the reader, the
splitter, the measures and the rule together.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

HEADINGS = {
    "A": "Section A: All about me",
    "B": "Section B: My special educational needs",
    "C": "Section C: My health needs",
    "D": "Section D: My social care needs",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H": "Section H: Social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}

# A plan that passes every shipped rule (tests/test_rule_examples.py checks the same shape).
CLEAN: dict[str, str] = {
    "front": "Name: Sam Jones\nYear group: 4",
    "A": (
        "What is important to me\nI love swimming with my dad on Saturdays.\n"
        "What is working well\nI like my teacher because she helps me.\n"
        "My hopes and aspirations\nI want to be a vet when I grow up.\n"
        "Who completed this section?\nThis section was completed with Sam and his mum; Sam's words are quoted directly."
    ),
    "B": (
        "Communication and interaction\nSam finds it hard to follow long spoken instructions and to find "
        "the words he needs when he writes. He reads common exception words slowly."
    ),
    "C": "Sam has no health needs related to his special educational needs.",
    "D": "No social care needs have been identified at this time.",
    "E": (
        "By July 2026, Sam will follow a two-step spoken instruction in class in 4 out of 5 lessons.\n"
        "By the end of the spring term 2026, Sam will read 30 common exception words correctly.\n"
        "By July 2026, Sam will use a word mat to find the words he needs in 3 out of 4 writing tasks."
    ),
    "F": (
        "Three 30-minute sessions per week of 1:1 speech and language therapy delivered by a registered "
        "speech and language therapist.\n"
        "A daily 15-minute reading session delivered by a trained teaching assistant.\n"
        "A daily 10-minute writing session with a word mat, delivered by a trained teaching assistant."
    ),
    "G": "No health provision is required at this time.",
    "H": "No social care provision is required at this time.",
    "I": "Hollin Lane Primary School, a mainstream primary school.",
    "J": "Sam's parents have not asked for a personal budget.",
    "K": (
        "Views of Sam and his parents, 3 February 2025.\n"
        "Educational advice from Hollin Lane Primary School, 10 February 2025.\n"
        "Advice from the educational psychologist, dated 1 March 2025.\n"
        "Medical advice from the community paediatrician, 14 February 2025.\n"
        "Social care advice from the children with disabilities team, 20 February 2025."
    ),
}


def plan_texts(example: Mapping[str, Any] | None = None) -> dict[str, str | None]:
    """The clean plan with an example's changes applied."""
    example = example or {}
    texts: dict[str, str | None] = dict(CLEAN)
    for key, value in (example.get("sections") or {}).items():
        texts[key] = value
    if "front" in example:
        texts["front"] = example["front"]
    if example.get("text"):
        key = example.get("section", "B")
        texts[key] = f"{texts.get(key) or ''}\n{example['text']}".strip()
    return texts


def write_plan(path: Path, texts: Mapping[str, str | None]) -> Path:
    """A .docx with the front matter, then each section under a level-1 heading (separate
    H1 and H2 sections when the texts have them, instead of one H). A line of Section A or B
    that does not end a sentence is a level-2 heading (a sub-question)."""
    import re

    import docx

    sentence_end = re.compile(r"[.!?]['\"\u201d)]*$")
    document = docx.Document()
    for line in (texts.get("front") or "").splitlines():
        document.add_paragraph(line)
    headings = dict(HEADINGS)
    if "H1" in texts or "H2" in texts:
        items = list(headings.items())
        at = list(headings).index("H") + 1
        extra = [
            ("H1", "Section H1: Social care provision"),
            ("H2", "Section H2: Other social care provision"),
        ]
        headings = dict(items[:at] + extra + items[at:])
    for key, heading in headings.items():
        body = texts.get(key)
        if body is None:
            continue
        document.add_heading(heading, level=1)
        for line in filter(None, (raw.strip() for raw in body.splitlines())):
            if key in ("A", "B") and not sentence_end.search(line):
                document.add_heading(line, level=2)
            else:
                document.add_paragraph(line)
    document.save(str(path))
    return path


@dataclass(frozen=True)
class ExampleOutcome:
    code: str
    passed: bool
    detail: str


def _audit_example(folder: Path, name: str, example: Mapping[str, Any] | None, rule, settings):
    from ehcp_audit.audit import audit_file

    path = write_plan(folder / f"{rule.code}-{name}.docx", plan_texts(example))
    return audit_file(path, _example_settings(example, rule, settings))


def _example_settings(example: Mapping[str, Any] | None, rule, settings):
    """``settings`` with ``rule`` on and the example's options set."""
    change = {**settings.rules.get(rule.code, {}), "enabled": True}
    change.update((example or {}).get("options") or {})
    return replace(settings, rules={**settings.rules, rule.code: change})


OTHER_CHILD_FRONT = "Name: Ali Khan\nYear group: 4"


def _audit_batch_example(
    folder: Path, name: str, example: Mapping[str, Any] | None, rule, settings
):
    """A batch rule's example: two plans (the example's ``text`` added to the first,
    ``other_text`` to the second, whose child is another child) audited, then the cross-plan
    pass run over both with the clean plan as the blank template. The first plan's result."""
    from ehcp_audit.audit import audit_file
    from ehcp_audit.compare.crossplan import cross_plan_run, template_passages
    from ehcp_audit.registry import rules_for

    example = dict(example or {})
    settings = _example_settings(example, rule, settings)
    other = {**example, "text": example.get("other_text"), "front": OTHER_CHILD_FRONT}
    paths = [
        write_plan(folder / f"{rule.code}-{name}-1.docx", plan_texts(example)),
        write_plan(folder / f"{rule.code}-{name}-2.docx", plan_texts(other)),
    ]
    blank = write_plan(folder / f"{rule.code}-{name}-template.docx", plan_texts())
    results = [audit_file(path, settings) for path in paths]
    in_force = next(r for r in rules_for(settings) if r.code == rule.code)
    template = template_passages(blank, settings)
    cross_plan_run(results, template, rule=in_force)
    return results[0]


def check_examples(rule, settings) -> ExampleOutcome:
    """Does ``rule`` stay silent on its pass example and fire on its fail example?"""
    from ehcp_audit.registry import BATCH_SCOPE

    if rule.pass_example is None or rule.fail_example is None:
        return ExampleOutcome(rule.code, False, "needs both a pass and a fail example")
    audit = _audit_batch_example if rule.scope == BATCH_SCOPE else _audit_example
    with tempfile.TemporaryDirectory(prefix="ehcp-audit-examples-") as name:
        folder = Path(name)
        passed = audit(folder, "pass", rule.pass_example, rule, settings)
        failed = audit(folder, "fail", rule.fail_example, rule, settings)
    for result in (passed, failed):
        if result.status != "audited":
            return ExampleOutcome(rule.code, False, f"example plan not audited ({result.status})")
    wrong = [f.message for f in passed.findings if f.code == rule.code]
    if wrong:
        return ExampleOutcome(rule.code, False, f"fired on its pass example: {wrong[0]}")
    fired = [f for f in failed.findings if f.code == rule.code]
    if not fired:
        return ExampleOutcome(rule.code, False, "did not fire on its fail example")
    return ExampleOutcome(rule.code, True, f"silent on pass; {len(fired)} finding(s) on fail")


def run_rule_examples(pack: str, settings) -> list[ExampleOutcome]:
    """Every rule of the pack at ``pack``, its examples run with ``settings`` (which load it)."""
    from ehcp_audit.registry import pack_rules

    return [check_examples(rule, settings) for rule in pack_rules(pack)]
