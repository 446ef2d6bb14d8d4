"""The result of auditing one plan: plain data, picklable and JSON-ready.

This is what crosses process boundaries (worker pools, Dask), what the cache stores and what every
report reads. It holds plan text only where a report may need it (``text`` fields); reports
decide whether to show it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ehcp_audit.levels import LEVELS, Level

Status = Literal["audited", "not_ehcp", "error"]


@dataclass(slots=True)
class Finding:
    code: str
    level: Level
    section: str | None
    message: str
    match: str | None = None  # the words that triggered it: plan text, shown only on request
    location: dict[str, int] | None = None
    place: str | None = None  # where a person finds it: "Section E, outcome 3" (no plan text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class SectionSummary:
    heading: str
    words: int
    location: dict[str, int]
    empty: bool
    first_words: str = ""
    text: str = ""


@dataclass(slots=True)
class PlanResult:
    file: str
    status: Status
    sha256: str | None = None
    error: str | None = None
    format: str | None = None
    pages: int | None = None
    words: int = 0
    front_matter_words: int = 0
    sections: dict[str, SectionSummary] = field(default_factory=dict)
    missing_sections: list[str] = field(default_factory=list)
    empty_sections: list[str] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    section_metrics: dict[str, dict[str, Any]] = field(default_factory=dict)
    voice: dict[str, Any] | None = None
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    outcomes_summary: dict[str, Any] = field(default_factory=dict)
    provision: list[dict[str, Any]] = field(default_factory=list)
    provision_summary: dict[str, Any] = field(default_factory=dict)
    child: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    # Set when the text was read from page images by OCR: {"engine", "language", "pages",
    # "mean_confidence" (0-100, mean of the words' confidences), "low_confidence_words"}.
    ocr: dict[str, Any] | None = None

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def worst_level(self) -> Level | None:
        present = {f.level for f in self.findings}
        for level in reversed(LEVELS):
            if level in present:
                return level
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanResult:
        data = dict(data)
        data["sections"] = {k: SectionSummary(**v) for k, v in data.get("sections", {}).items()}
        data["findings"] = [Finding(**f) for f in data.get("findings", [])]
        return cls(**data)
