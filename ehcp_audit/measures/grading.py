"""Grade a plan against a QA framework written as data (``rules/frameworks/*.yaml``).

Each criterion maps an auditor's question to one of the tool's measures, with a weight. A
section's score is the weighted mean of its criteria that could be assessed; the plan's is the
weighted mean of the sections; grades are bands of the score. A limiting criterion that scores
0 caps the plan's grade. The grade is a screening aid to a human audit: every criterion keeps
the evidence it was scored on.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path
from typing import Any

from ehcp_audit.errors import ConfigError
from ehcp_audit.resources import load_yaml_file, rules_dir
from ehcp_audit.result import PlanResult

GRADES = ("Outstanding", "Good", "Requires improvement", "Inadequate")


def framework_path(name: str) -> Path:
    """A shipped framework by name (``default``) or a YAML file by path."""
    shipped = rules_dir() / "frameworks" / f"{name}.yaml"
    if shipped.is_file():
        return shipped
    path = Path(name)
    if path.is_file():
        return path.resolve()
    known = sorted(p.stem for p in (rules_dir() / "frameworks").glob("*.yaml"))
    raise ConfigError(
        f"framework '{name}' not found: give a YAML file or one of {', '.join(known)}"
    )


@functools.cache
def load_framework(name: str) -> dict[str, Any]:
    path = framework_path(name)
    data = load_yaml_file(path)
    if not isinstance(data.get("sections"), dict) or not data.get("grades"):
        raise ConfigError(f"{path}: a framework needs 'grades' and 'sections'")
    for key, section in data["sections"].items():
        for criterion in section.get("criteria") or []:
            measure = criterion.get("measure") or {}
            if not {"metric", "no_findings", "present", "at_most"} & set(measure):
                raise ConfigError(
                    f"{path}: criterion {criterion.get('id', '?')} in {key} has no known measure"
                )
    data["source"] = str(path)
    return data


def _lookup(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _score(measure: dict[str, Any], result: PlanResult, plain: dict[str, Any]):
    """(score 0-1 or None when not assessable, evidence)."""
    if "metric" in measure:
        value = _lookup(plain, measure["metric"])
        if value is None:
            return None, f"{measure['metric']}: not measured"
        if isinstance(value, bool):
            return float(value), f"{measure['metric']} = {str(value).lower()}"
        if isinstance(value, int | float):
            return max(0.0, min(1.0, float(value))), f"{measure['metric']} = {value:g}"
        return None, f"{measure['metric']}: not a figure"
    if "no_findings" in measure:
        codes = set(measure["no_findings"])
        within = set(measure.get("in") or [])
        hits = Counter(
            f.code
            for f in result.findings
            if f.code in codes and (not within or (f.section or "") in within)
        )
        count = sum(hits.values())
        per = measure.get("per")
        score = max(0.0, 1.0 - count / float(per)) if per else float(count == 0)
        listed = ", ".join(f"{c} x{n}" for c, n in sorted(hits.items()))
        return score, f"{count} finding(s)" + (f": {listed}" if listed else "")
    if "present" in measure:
        key = measure["present"]
        section = result.sections.get(key)
        ok = section is not None and not section.empty
        return float(ok), f"Section {key} " + ("present" if ok else "missing or empty")
    spec = measure["at_most"]
    value = _lookup(plain, spec["metric"])
    if value is None:
        return None, f"{spec['metric']}: not measured"
    limit, scale = float(spec["value"]), float(spec.get("scale", 1)) or 1.0
    score = 1.0 if value <= limit else max(0.0, 1.0 - (value - limit) / scale)
    return score, f"{spec['metric']} = {value:g} (aim {limit:g} or less)"


def _band(score: float | None, bands: list[dict[str, Any]]) -> str | None:
    if score is None:
        return None
    for band in bands:
        if score >= float(band["min"]):
            return str(band["grade"])
    return str(bands[-1]["grade"])


def grade_result(result: PlanResult, name: str) -> dict[str, Any]:
    """Grades per section and for the plan, with each criterion's score and evidence."""
    framework = load_framework(name)
    bands = sorted(framework["grades"], key=lambda b: -float(b["min"]))
    plain = {
        "voice": result.voice or {},
        "outcomes_summary": result.outcomes_summary,
        "provision_summary": result.provision_summary,
        "metrics": result.metrics,
        "thread": result.thread,
        "dates": result.dates,
        "advice": result.advice,
        "placement": result.placement,
        "child": result.child,
    }
    sections: dict[str, Any] = {}
    weighted = total = 0.0
    capped: list[str] = []
    for key, spec in framework["sections"].items():
        criteria = []
        got = weight_sum = 0.0
        for criterion in spec.get("criteria") or []:
            score, evidence = _score(criterion["measure"], result, plain)
            weight = float(criterion.get("weight", 1))
            criteria.append(
                {
                    "id": criterion.get("id"),
                    "text": criterion.get("text"),
                    "score": None if score is None else round(score, 3),
                    "weight": weight,
                    "evidence": evidence,
                }
            )
            if score is not None:
                got += score * weight
                weight_sum += weight
                if criterion.get("limiting") and score == 0:
                    capped.append(str(criterion.get("id")))
        section_score = round(got / weight_sum, 3) if weight_sum else None
        sections[key] = {
            "title": spec.get("title", key),
            "score": section_score,
            "grade": _band(section_score, bands),
            "criteria": criteria,
        }
        if section_score is not None:
            weighted += section_score * float(spec.get("weight", 1))
            total += float(spec.get("weight", 1))
    plan_score = round(weighted / total, 3) if total else None
    grade = _band(plan_score, bands)
    cap = framework.get("cap")
    order = [str(b["grade"]) for b in bands]
    if capped and cap in order and grade in order and order.index(grade) < order.index(cap):
        grade = cap
    return {
        "framework": framework.get("name", name),
        "source": framework["source"],
        "plan": {"score": plan_score, "grade": grade, "capped_by": capped},
        "sections": sections,
    }
