"""``--json FILE`` / ``--format json``: the full results, versioned (``schema_version``).

The shape is fixed by ``ehcp_audit/results.schema.json`` (JSON Schema 2020-12), which the tests
validate every output against. Section texts appear only with ``--include-text``; outcome and
provision statements, the reasons for each verdict and the words that triggered each finding are
always present, because acting on a finding needs them (``--redact`` removes personal details).
Timings are left out so that two runs over the same files give byte-identical JSON.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields
from importlib import resources
from typing import Any

from ehcp_audit import __version__
from ehcp_audit.result import Finding, PlanResult, SectionSummary, without_text

SCHEMA_VERSION = 1

_METRIC_KEYS = (
    "words",
    "prose_words",
    "sentences",
    "reading_minutes_aloud",
    "reading_minutes_silent",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "uk_reading_age",
    "smog",
    "smog_note",
    "mean_sentence_length",
    "long_sentence_share",
)
_QUESTION_KEYS = (
    "heading",
    "question",
    "voice",
    "role",
    "sentences",
    "first_person_sentences",
    "child_first_person_sentences",
    "child_first_person",
    "location",
)
_OUTCOME_KEYS = (
    "text",
    "kind",
    "specific",
    "measurable",
    "achievable",
    "relevant",
    "time_bound",
    "generic_timeframe",
    "provision_as_outcome",
    "smart",
    "reasons",
    "location",
)
_PROVISION_KEYS = (
    "text",
    "quantified",
    "fully_quantified",
    "who_specified",
    "group_size",
    "vague_terms",
    "ta_hours_per_week",
    "reasons",
    "location",
)


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


def _finding_dict(finding: Finding) -> dict[str, Any]:
    """``Finding.to_dict()`` without ``dataclasses.asdict``'s deep copy (most of a warm scan's
    JSON time when a batch has many findings); the same keys in the same order."""
    return {name: getattr(finding, name) for name in _FINDING_FIELDS}


def plan_json(result: PlanResult, include_text: bool = False) -> dict[str, Any]:
    sections = {}
    for key, section in result.sections.items():
        entry: dict[str, Any] = {
            "heading": section.heading,
            "words": section.words,
            "location": section.location,
            "empty": section.empty,
        }
        if include_text:
            entry["text"] = section.text
        sections[key] = entry
    voice = None
    if result.voice is not None:
        voice = {k: v for k, v in result.voice.items() if k != "questions"}
        voice["questions"] = []
        for q in result.voice["questions"]:
            item = {k: q.get(k) for k in _QUESTION_KEYS}
            if include_text:
                item["labelled_sentences"] = q.get("labelled_sentences", [])
            voice["questions"].append(item)
    return {
        "file": result.file,
        "sha256": result.sha256,
        "status": result.status,
        "error": result.error,
        "format": result.format,
        "pages": result.pages,
        "sections": sections,
        "missing_sections": result.missing_sections,
        "empty_sections": result.empty_sections,
        "front_matter_words": result.front_matter_words,
        "child": result.child,
        "metrics": {k: result.metrics.get(k) for k in _METRIC_KEYS} if result.metrics else {},
        "section_metrics": result.section_metrics,
        "voice": voice,
        "outcomes": [{k: o.get(k) for k in _OUTCOME_KEYS} for o in result.outcomes],
        "outcomes_summary": result.outcomes_summary,
        "provision": [{k: p.get(k) for k in _PROVISION_KEYS} for p in result.provision],
        "provision_summary": result.provision_summary,
        "findings": [_finding_dict(f) for f in result.findings],
        "ocr": result.ocr,
        "cross_plan": {k: v for k, v in result.cross_plan.items() if k != "child_key"},
        **statutory_json(result, include_text),
    }


def statutory_json(result: PlanResult, include_text: bool = False) -> dict[str, Any]:
    """The golden thread, dates, Section K advice, placement and QA grades of one plan. Item
    texts appear only with ``--include-text`` (the locations say where to look)."""
    parts = {
        "thread": result.thread,
        "dates": result.dates,
        "advice": result.advice,
        "placement": result.placement,
    }
    if include_text or result.text_dropped:  # nothing to strip (the batch dropped it)
        out = dict(parts)
    else:
        out = {k: without_text(v) for k, v in parts.items()}
    if not include_text and not result.text_dropped and result.placement:
        setting = (result.placement.get("setting") or {}).copy()
        out["placement"]["setting"] = {k: v for k, v in setting.items() if k != "name"} or None
    out["grades"] = result.grades
    return out


def results_json(
    results: Sequence[PlanResult], include_text: bool = False, settings_source: str | None = None
) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "ehcp-audit", "version": __version__},
        "config": settings_source,
        "plans": [plan_json(r, include_text) for r in results],
    }


def dumps(data: dict[str, Any]) -> str:
    """The results as JSON: one plan per line.

    Indented JSON goes through Python's pure-Python encoder, which took most of a warm (cached)
    scan's time; compact JSON uses the C encoder. One plan per line keeps it greppable.
    """
    head = {k: v for k, v in data.items() if k != "plans"}
    plans = ",\n".join(json.dumps(p, ensure_ascii=False) for p in data.get("plans", []))
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    separator = ", " if head else ""
    return opening + separator + '"plans": [\n' + plans + "\n]}\n"


def schema() -> dict[str, Any]:
    text = resources.files("ehcp_audit").joinpath("results.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def plan_result(p: dict[str, Any]) -> PlanResult:
    """A result from one plan object of the JSON (figures, records and findings; for reports)."""
    result = PlanResult(
        file=p["file"], status=p["status"], sha256=p.get("sha256"), error=p.get("error")
    )
    result.format = p.get("format")
    result.pages = p.get("pages")
    result.metrics = p.get("metrics") or {}
    result.words = int(result.metrics.get("words") or 0)
    result.missing_sections = p.get("missing_sections", [])
    result.empty_sections = p.get("empty_sections", [])
    result.voice = p.get("voice")
    result.outcomes = p.get("outcomes", [])
    result.outcomes_summary = p.get("outcomes_summary", {})
    result.provision = p.get("provision", [])
    result.provision_summary = p.get("provision_summary", {})
    result.section_metrics = p.get("section_metrics", {})
    result.child = p.get("child") or {}
    result.front_matter_words = p.get("front_matter_words", 0)
    result.sections = {
        k: SectionSummary(
            heading=v.get("heading", ""),
            words=v.get("words", 0),
            location=v.get("location", {}),
            empty=v.get("empty", False),
            text=v.get("text", ""),
        )
        for k, v in p.get("sections", {}).items()
    }
    result.findings = [Finding(**f) for f in p.get("findings", [])]
    result.ocr = p.get("ocr")
    result.thread = p.get("thread") or {}
    result.dates = p.get("dates") or {}
    result.advice = p.get("advice") or {}
    result.placement = p.get("placement") or {}
    result.grades = p.get("grades")
    return result


def load_results(text: str) -> list[PlanResult]:
    """Plans from a JSON file written by ``scan --json``."""
    data = json.loads(text)
    if not isinstance(data, dict) or "plans" not in data:
        raise ValueError("not an ehcp-audit results file (no 'plans')")
    return [plan_result(p) for p in data["plans"]]
