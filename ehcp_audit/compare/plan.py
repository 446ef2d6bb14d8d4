"""One plan as a comparison sees it: its sections, outcomes, provision with figures and area of
need, the needs in Section B, and who the child is (for pairing plans in two folders).

Built from the same stages a scan runs (read -> split -> analyse -> measure), without the
checks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ehcp_audit.compare.figures import Figures, provision_figures
from ehcp_audit.config import Settings
from ehcp_audit.resources import load_rules_file


@dataclass(slots=True)
class Need:
    text: str
    area: str | None
    location: dict[str, int]


@dataclass(slots=True)
class Provision:
    record: dict[str, Any]  # the provision measure's record
    figures: Figures
    area: str | None

    @property
    def text(self) -> str:
        return str(self.record.get("text", ""))


@dataclass(slots=True)
class PlanView:
    file: str
    sections: dict[str, str] = field(default_factory=dict)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    provision: list[Provision] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    child_name: str | None = None
    date_of_birth: str | None = None  # ISO date


@functools.cache
def _areas() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    data = load_rules_file("compare.yaml").get("areas", {})
    return tuple(
        (name, re.compile(spec["headings"], re.I), re.compile(spec["keywords"], re.I))
        for name, spec in data.items()
    )


def heading_area(text: str) -> str | None:
    if len(text.split()) > 12:
        return None
    for name, heading, _ in _areas():
        if heading.search(text):
            return name
    return None


def keyword_area(text: str) -> str | None:
    """The area whose keywords the text uses most (ties: the first listed)."""
    best, count = None, 0
    for name, _, keywords in _areas():
        hits = len(keywords.findall(text))
        if hits > count:
            best, count = name, hits
    return best


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c])", text) if s.strip()]


def _needs(section) -> list[Need]:
    from ehcp_audit.analysis import is_label

    needs: list[Need] = []
    area = None
    for unit in section.units:
        text = unit.text.strip()
        if unit.block.area:
            area = heading_area(unit.block.area) or area
        if not unit.prose or is_label(unit):
            area = heading_area(text) or area
            continue
        for sentence in _sentences(text):
            if len(sentence.split()) < 4:
                continue
            needs.append(
                Need(sentence, area or keyword_area(sentence), unit.block.location.to_dict())
            )
    return needs


def _provision_areas(section) -> dict[tuple, str]:
    """Location (as a sorted tuple) of each unit of F -> the area heading it sits under."""
    from ehcp_audit.analysis import is_label

    found: dict[tuple, str] = {}
    area = None
    for unit in section.units:
        text = unit.text.strip()
        if unit.block.area:
            area = heading_area(unit.block.area) or area
        elif (not unit.prose or is_label(unit)) and len(text.split()) <= 8:
            area = heading_area(text) or area
        if area:
            found.setdefault(tuple(sorted(unit.block.location.to_dict().items())), area)
    return found


def date_of_birth(front_texts: list[str]) -> str | None:
    from ehcp_audit.analysis import _DOB, _date

    for i, text in enumerate(front_texts):
        following = front_texts[i + 1] if i + 1 < len(front_texts) else ""
        joined = f"{text} {following}" if re.fullmatch(r"[^:]{0,40}:?", text) else text
        m = _DOB.search(joined)
        if m and (found := _date(m)):
            year, month, day = found
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def load_plan(path: Path, settings: Settings, display: str | None = None) -> PlanView:
    """Read and measure one plan; raises :class:`~ehcp_audit.errors.UnreadableFile`."""
    from ehcp_audit.analysis import analyse
    from ehcp_audit.audit import split_file
    from ehcp_audit.measures.outcomes import measure_outcomes
    from ehcp_audit.measures.provision import measure_provision

    plan = split_file(path, settings)
    analysed = analyse(plan)
    view = PlanView(file=display or str(path))
    view.sections = {key: section.text for key, section in plan.sections.items()}
    view.outcomes, _ = measure_outcomes(analysed)
    f_section = analysed.sections.get("F")
    records, _ = measure_provision(f_section)
    areas = _provision_areas(f_section) if f_section else {}
    for record in records:
        loc = tuple(sorted((record.get("location") or {}).items()))
        text = str(record.get("text", ""))
        area = areas.get(loc) or keyword_area(text)
        view.provision.append(Provision(dict(record), provision_figures(record), area))
    if "B" in analysed.sections:
        view.needs = _needs(analysed.sections["B"])
    view.child_name = analysed.child.name
    view.date_of_birth = date_of_birth([b.text.strip() for b in plan.front_matter])
    return view
