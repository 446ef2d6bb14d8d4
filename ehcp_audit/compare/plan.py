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


_BARE_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)(?:\s*(?:-|to|–)\s*(\d+(?:\.\d+)?))?\s*$")


def _column_phrases(section) -> dict[tuple[int, int], str]:
    """For each row of a provision table whose header names its columns, the bare numbers of the
    row read with their column's unit ("Group size | 4" -> "a group of 4")."""
    units = {
        name: re.compile(pattern, re.I)
        for name, pattern in load_rules_file("compare.yaml").get("column_units", {}).items()
    }
    cells: dict[tuple[int, int], dict[int, str]] = {}
    for unit in section.units:
        loc = unit.block.location
        if loc.table is not None and loc.row is not None and loc.cell is not None:
            cells.setdefault((loc.table, loc.row), {})[loc.cell] = unit.text.strip()
    headers: dict[int, dict[int, str]] = {}
    for (table, _row), row in sorted(cells.items()):
        if (
            table not in headers
            and row
            and all(len(t.split()) <= 6 and not re.search(r"\d", t) for t in row.values())
        ):
            headers[table] = {i: t for i, t in row.items()}
    phrases: dict[tuple[int, int], str] = {}
    templates = {
        "group": "a group of {n}",
        "minutes": "{n} minutes",
        "per_week": "{n} times per week",
        "hours_per_week": "{n} hours per week",
    }
    for (table, row_number), row in cells.items():
        header = headers.get(table)
        if not header or header == row:
            continue
        found = []
        for index, text in row.items():
            m = _BARE_NUMBER.match(text)
            label = header.get(index, "")
            if not m or not label:
                continue
            value = m.group(2) or m.group(1)  # a range: its top (the largest group it allows)
            if label and (kind := next((k for k, p in units.items() if p.search(label)), None)):
                if kind != "group":
                    value = m.group(1)  # a range of time: its lower end is what is committed
                found.append(templates[kind].format(n=value))
        if found:
            phrases[(table, row_number)] = "; ".join(found)
    return phrases


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
    columns = _column_phrases(f_section) if f_section else {}
    for record in records:
        location = record.get("location") or {}
        loc = tuple(sorted(location.items()))
        text = str(record.get("text", ""))
        area = areas.get(loc) or keyword_area(text)
        extra = columns.get((location.get("table"), location.get("row")))
        source = {**record, "text": f"{text} | {extra}"} if extra else record
        view.provision.append(Provision(dict(record), provision_figures(source), area))
    if "B" in analysed.sections:
        view.needs = _needs(analysed.sections["B"])
    view.child_name = analysed.child.name
    view.date_of_birth = date_of_birth([b.text.strip() for b in plan.front_matter])
    return view
