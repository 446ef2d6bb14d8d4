"""Typed records that the outcome and provision measures hand to the checks.

Each record keeps a verdict per criterion (a boolean, or ``None`` when the tool cannot judge)
and, beside it, the words that decided it as structured fields, so a check (or a ``flag`` rule
in ``rules/rules.yaml``) reads a field instead of parsing a message. ``reasons`` is a
human-readable rendering of the same evidence for the terminal and JSON: nothing reads it back.

Records cross process boundaries and go into the cache and the JSON as plain dicts
(:meth:`to_dict`); :meth:`from_dict` turns such a dict back into a record and ignores keys it
does not know, so results cached by an older version still load.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeVar

OutcomeKind = Literal["outcome", "target"]
_R = TypeVar("_R", bound="_Record")


def excerpt(text: str, words: int = 8) -> str:
    """The first words of a statement: what a finding shows as its match."""
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


@dataclass(slots=True)
class _Record:
    def to_dict(self) -> dict[str, Any]:
        # Fields are flat (str, numbers, lists of str, a location dict): copying them is the
        # same as ``dataclasses.asdict`` at a fraction of its cost, which counts at scale.
        return {name: _copy(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_dict(cls: type[_R], data: dict[str, Any]) -> _R:
        known = set(_field_names(cls))
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(slots=True)
class OutcomeRecord(_Record):
    """One outcome or short-term target of Section E and its SMART verdicts."""

    text: str  # the outcome itself, without a label such as "Outcome 1:" or "My goal:"
    kind: OutcomeKind = "outcome"
    kind_label: str = "Outcome"  # "Outcome" or "Target", for messages
    excerpt: str = ""
    location: dict[str, int] = field(default_factory=dict)
    row_link: int | None = None  # the national template's need | provision | outcome row
    area: str | None = None  # the area of need it sits under, when the plan says
    label: str | None = None  # the label that introduced it ("Outcome 1", "My goal")
    form: str = "will"  # will (also "to be able to", "By ..."), present, imperative, noun_phrase
    subject: str | None = None  # who the outcome is about, when a parse found it
    main_verb: str | None = None  # the child's action (lemma), when found
    # Verdicts.
    specific: bool | None = None
    measurable: bool = False
    achievable: bool | None = None
    relevant: bool | None = None
    time_bound: bool = False
    generic_timeframe: bool = False
    provision_as_outcome: bool = False
    smart: bool = False
    # Evidence, each the words found in the outcome (or its row's "By when" cell).
    time_words: list[str] = field(default_factory=list)
    time_from_column: bool = False  # the timeframe came from a "By when" / "Timescale" cell
    generic_time_words: list[str] = field(default_factory=list)
    measure_words: list[str] = field(default_factory=list)
    vague_words: list[str] = field(default_factory=list)
    observable_words: list[str] = field(default_factory=list)
    absolute_words: list[str] = field(default_factory=list)
    provision_words: list[str] = field(default_factory=list)
    shared_words: list[str] = field(default_factory=list)  # shared with Sections A/B
    # The first of each evidence list, or "" (for message templates).
    time_word: str = ""
    generic_time_word: str = ""
    measure_word: str = ""
    vague_word: str = ""
    absolute_word: str = ""
    provision_word: str = ""
    reasons: list[str] = field(default_factory=list)

    def finish(self) -> OutcomeRecord:
        """Fill the derived fields (first words, labels, the SMART verdict, the reasons)."""
        self.kind_label = self.kind.capitalize()
        self.excerpt = excerpt(self.text)
        self.time_word = _first(self.time_words)
        self.generic_time_word = _first(self.generic_time_words)
        self.measure_word = _first(self.measure_words)
        self.vague_word = _first(self.vague_words)
        self.absolute_word = _first(self.absolute_words)
        self.provision_word = _first(self.provision_words)
        self.smart = bool(
            self.specific
            and self.measurable
            and self.time_bound
            and self.achievable is not False
            and self.relevant is not False
        )
        self.reasons = self._reasons()
        return self

    def _reasons(self) -> list[str]:
        reasons = [
            f"time: '{self.time_word}'"
            if self.time_bound
            else "time: no date, term, year group, duration or review point"
        ]
        if self.generic_timeframe:
            reasons.append(f"generic timeframe: '{self.generic_time_word}'")
        reasons.append(
            f"measure: '{self.measure_word}'"
            if self.measurable
            else "measure: no success criterion"
        )
        if self.specific is False:
            reasons.append(
                f"vague: '{self.vague_word}'" if self.vague_word else "vague: no action verb"
            )
        elif self.specific:
            action = _first(self.observable_words) or self.main_verb or ""
            reasons.append(f"observable: '{action}'")
        else:
            reasons.append("specific: unsure (no action verb recognised)")
        if self.absolute_words:
            reasons.append(f"absolute: '{self.absolute_word}'")
        if self.provision_as_outcome:
            reasons.append(f"provision, not an outcome: '{self.provision_word}'")
        if self.relevant is None:
            reasons.append("relevant: no Section B text to compare with")
        elif self.relevant:
            reasons.append(
                f"relevant: shares '{', '.join(self.shared_words[:3])}' with Sections A/B"
            )
        else:
            reasons.append("relevant: shares no content word with Section B or A")
        return reasons


@dataclass(slots=True)
class ProvisionRecord(_Record):
    """One provision statement of Section F, its verdicts and the figures parsed from it."""

    text: str
    excerpt: str = ""
    location: dict[str, int] = field(default_factory=dict)
    row_link: int | None = None
    area: str | None = None  # the sub-heading or area of need it sits under
    # Verdicts.
    quantified: bool = False  # says how often or how long/much, and does not hedge it
    fully_quantified: bool = False  # says both
    who_specified: bool = False
    vague: bool = False
    hedged: bool = False  # "up to", "as required": an amount that is a ceiling or discretion
    # Evidence.
    frequency_words: list[str] = field(default_factory=list)
    amount_words: list[str] = field(default_factory=list)
    who_words: list[str] = field(default_factory=list)
    hedge_words: list[str] = field(default_factory=list)
    vague_terms: list[str] = field(default_factory=list)
    group_size: str | None = None  # the words: "1:1", "a group of 4", "small group"
    # Figures.
    sessions_per_week: float | None = None  # how often, per week (a day counts 5 per week)
    frequency_period: str | None = None  # day | week | fortnight | half_term | term | year ...
    sessions_per_period: float | None = None  # "3 per term" -> 3, period "term"
    duration_minutes: float | None = None  # one session's length
    duration_max_minutes: float | None = None  # the top of a range, or of "up to"
    weekly_minutes: float | None = None  # how much time each week, when both are known
    weekly_max_minutes: float | None = None  # a weekly ceiling ("up to 2 hours a week")
    group_max: int | None = None  # the largest group: 1 for 1:1, 4 for "a group of up to 4"
    ratio: str | None = None  # "1:1", "1:3"
    who: str | None = None  # the role or qualification named first as delivering it
    adult_support: bool = False  # a teaching assistant or 1:1 adult delivers it
    allocation: bool = False  # states time per week or day, or full-time, rather than sessions
    ta_hours_per_week: float | None = None  # weekly_minutes / 60, for adult support only
    # The first of each evidence list, or "" (for message templates).
    frequency_word: str = ""
    amount_word: str = ""
    who_word: str = ""
    vague_word: str = ""
    vague_list: str = ""  # every vague term, quoted and joined: "'regular', 'up to'"
    unquantified_reason: str = ""  # "how often: not stated; how long/much: not stated"
    reasons: list[str] = field(default_factory=list)

    def finish(self) -> ProvisionRecord:
        self.excerpt = excerpt(self.text)
        self.vague = bool(self.vague_terms)
        self.frequency_word = _first(self.frequency_words)
        self.amount_word = _first(self.amount_words)
        self.who_word = _first(self.who_words)
        self.vague_word = _first(self.vague_terms)
        self.vague_list = ", ".join(f"'{t}'" for t in self.vague_terms)
        often = (
            f"how often: '{self.frequency_word}'"
            if self.frequency_words
            else f"how often: only '{_first(self.hedge_words)}'"
            if self.hedge_words and not self.amount_words
            else "how often: not stated"
        )
        ceiling = self.weekly_max_minutes or self.duration_max_minutes
        much = (
            f"how long/much: '{self.amount_word}'"
            if self.amount_words
            else f"how long/much: only a ceiling ('{_first(self.hedge_words)}')"
            if ceiling and self.hedge_words
            else "how long/much: not stated"
        )
        who = f"who: '{self.who_word}'" if self.who_words else "who: no role or qualification named"
        self.reasons = [often, much, who]
        # The finding's message goes into shareable outputs: no plan words in it.
        parts = [] if self.frequency_words else ["how often: not stated"]
        if not self.amount_words:
            parts.append(
                "how long/much: only a ceiling"
                if ceiling and self.hedge_words
                else "how long/much: not stated"
            )
        self.unquantified_reason = "; ".join(parts)
        return self


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _first(values: list[str]) -> str:
    return values[0] if values else ""
