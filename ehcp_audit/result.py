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
    # How sure the splitter is of the heading that starts this section (0-1); None in results
    # written before it was measured.
    confidence: float | None = None


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
    # Cross-plan copy pass (ehcp_audit.compare.passages): each passage's kind, section,
    # location, hash and MinHash signature as packed records (base64), never plan text; left out
    # of the JSON output. ``cross_plan`` holds the child's name key from the worker, then the
    # pass's figures (personalisation, copied passages).
    passages: str = ""
    cross_plan: dict[str, Any] = field(default_factory=dict)
    # The golden thread (measures/thread.py): needs, outcomes and provision with their areas
    # and links, per-area counts and the unlinked items. Item texts are dropped from outputs
    # written without --include-text.
    thread: dict[str, Any] = field(default_factory=dict)
    # Dates found in the plan and the timeliness figures (measures/dates.py).
    dates: dict[str, Any] = field(default_factory=dict)
    # Section K's advice list and the reg. 6(1) types found or missing (measures/advice.py).
    advice: dict[str, Any] = field(default_factory=dict)
    # Draft or final, Section I's setting, Section J's personal budget (measures/placement.py).
    placement: dict[str, Any] = field(default_factory=dict)
    # QA framework grades per section and for the plan (measures/grading.py; --framework).
    grades: dict[str, Any] | None = None
    # True once drop_text() has removed the plan's words (a scan without --include-text).
    text_dropped: bool = False

    def drop_text(self) -> None:
        """Remove the plan's words, keeping every figure and label: section texts, Section A's
        labelled sentences, and the ``text`` of the thread, dates, advice and placement
        records (and the setting's name). For outputs without ``--include-text``."""
        for section in self.sections.values():
            section.text = ""
        for question in (self.voice or {}).get("questions", []):
            # The labels are figures (whose voice each sentence is in); only the words go.
            question["labelled_sentences"] = [
                {"label": s.get("label")} for s in question.get("labelled_sentences") or []
            ]
        self.thread, self.dates, self.advice = (
            without_text(self.thread),
            without_text(self.dates),
            without_text(self.advice),
        )
        placement = without_text(self.placement)
        if placement:
            setting = {k: v for k, v in (placement.get("setting") or {}).items() if k != "name"}
            placement["setting"] = setting or None
        self.placement = placement
        self.text_dropped = True

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


def without_text(value: Any) -> Any:
    """``value`` with every ``text`` key removed, at any depth (only containers are walked)."""
    if isinstance(value, dict):
        return {
            k: without_text(v) if isinstance(v, dict | list) else v
            for k, v in value.items()
            if k != "text"
        }
    if isinstance(value, list):
        return [without_text(v) if isinstance(v, dict | list) else v for v in value]
    return value
