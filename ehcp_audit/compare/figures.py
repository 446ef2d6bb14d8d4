"""The figures a comparison needs from one provision statement: how often, how long, minutes a
week, group size, who delivers it and how qualified they are, and the vague terms it uses.

:func:`provision_figures` is the one adapter between the provision measure's records and the
comparison: it reads the measured fields it finds (a dict today; typed records with
``weekly_minutes`` and the like once the measures provide them) and works out the rest from the
statement's text with the patterns in ``rules/compare.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ehcp_audit.resources import load_rules_file

_RULES = "compare.yaml"
_NUMBERS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "once": 1,
    "two": 2,
    "twice": 2,
    "three": 3,
    "thrice": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_PERIOD = (
    r"(school day|day|week|fortnight|month|half[- ]term|term|year|morning|afternoon|lunchtime)"
)
_EVERY = r"(?:per|a|an|each|every|in a|in each)"
_WEEKLY_TOTAL = re.compile(
    rf"(?<![x×]\s)(?<![x×])\b{_NUM}(?:\s*(?:-|to|–)\s*\d+)?\s*(hours?|hrs?|minutes?|mins?)\s+(?:of [a-z0-9 ,'-]*?)?{_EVERY}\s+{_PERIOD}\b",
    re.I,
)
_NUMX = _NUM.replace("(", "(?:", 1)
_DUR = rf"(?:{_NUMX}[- ]?(?:minutes?|mins?|hours?|hrs?))"
_UNITS = r"(?:sessions?|lessons?|visits?|periods?|slots?|blocks?|groups?)"
_COUNT_PERIOD = re.compile(
    rf"\b(?P<count>{_NUMX})\s*(?:(?:x|×|times)\s*(?:{_DUR}[\s|,]*)?{_UNITS}?|(?:{_DUR}\s*)?{_UNITS})"
    rf"[\s|,]*(?:of\s+[^|.;\d]*?)?[\s|,]*\b{_EVERY}\s+(?P<period>{_PERIOD[1:-1]})\b"
    rf"|\b(?P<count2>{_NUMX})\s*(?:x|×|times)\s*(?:{_DUR}[\s|,]*)?{_UNITS}?[\s|,]*"
    rf"(?P<word>daily|weekly|fortnightly|monthly|termly)\b",
    re.I,
)
# "30 minutes x 3 weekly", "20 mins x 5 per week": the length first, then the count.
_LENGTH_THEN_COUNT = re.compile(
    rf"\b{_DUR}\s*(?:x|×)\s*(?P<count>{_NUMX})\s*(?:{_UNITS}\s*)?"
    rf"(?:(?:{_EVERY})\s+(?P<period>{_PERIOD[1:-1]})\b|(?P<word>daily|weekly|fortnightly|monthly|termly)\b)",
    re.I,
)
_ONCE_TWICE = re.compile(rf"\b(once|twice|thrice)\s+{_EVERY}\s+{_PERIOD}\b", re.I)
_DURATION = re.compile(
    rf"\b{_NUM}(?:\s*(?:-|to|–)\s*\d+)?\s*[- ]?(hours?|hrs?|minutes?|mins?)\b|\b(half an hour|an hour|one hour)\b",
    re.I,
)
_DAILY_HOURS = re.compile(rf"\b{_NUM}\s*(hours?|hrs?)\s+{_EVERY}\s+(school )?day\b", re.I)
_RATIO = re.compile(r"\b(\d{1,2})\s*:\s*(\d{1,2})\b")
_GROUP_OF = re.compile(
    rf"\b(?:groups?|sets?|classes?) of (?:up to |between |no more than |around )?{_NUM}(?:\s*(?:-|to|–|or)\s*{_NUM})?\b"
    rf"|\b{_NUM}\s*(?:-|to|–)?\s*(?:\d+\s*)?(?:pupils|children|students|learners)\b"
    rf"|\bgroups?\s*\((?:a )?(?:maximum|max\.?|up to|no more than|of)?\s*(?:of\s*)?{_NUM}\b",
    re.I,
)
_SMALL_GROUP = re.compile(r"\bsmall[- ]group", re.I)
_FULL_TIME = re.compile(r"\bfull[- ]time\b", re.I)


def _number(word: str | None) -> float | None:
    if word is None:
        return None
    word = word.lower()
    if word in _NUMBERS:
        return float(_NUMBERS[word])
    try:
        return float(word)
    except ValueError:
        return None


def _period_key(word: str) -> str:
    word = word.lower().replace(" ", "-")
    if word in ("school-day", "morning", "afternoon", "lunchtime"):
        return "day"  # once a school day
    return word


@dataclass(slots=True)
class Figures:
    """One provision statement's figures. ``None`` means the statement does not say."""

    sessions_per_week: float | None = None
    minutes_per_session: float | None = None
    weekly_minutes: float | None = None
    pupils_per_adult: float | None = None
    group: str | None = None  # the words that gave the group size ("1:1", "small group")
    who: str | None = None  # the deliverer's words
    who_rank: str | None = None  # the rank's name in qualification_ranks
    who_level: int | None = None  # 0 is the most qualified
    quantified: bool = False
    vague_terms: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@functools.cache
def _data() -> dict[str, Any]:
    return load_rules_file(_RULES)


@functools.cache
def _rank_patterns() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    found = []
    for level, entry in enumerate(_data().get("qualification_ranks", [])):
        for pattern in entry.get("patterns", []):
            found.append((str(entry["rank"]), level, re.compile(pattern, re.I)))
    return tuple(found)


@functools.cache
def _cue(name: str) -> re.Pattern[str]:
    return re.compile(_data().get(name) or r"$^", re.I)


def deliverer(text: str) -> tuple[str | None, str | None, int | None]:
    """The role that delivers: the first role introduced by a delivery cue ("delivered by a
    TA"), else the first role named that is not only advising or training ("trained by the
    SALT"). Returns (words, rank name, level)."""
    advisory_ends = [m.end() for m in _cue("advisory_cues").finditer(text)]
    delivery_ends = [m.end() for m in _cue("delivery_cues").finditer(text)]
    hits: list[tuple[int, int, int, str, str]] = []
    for rank, level, pattern in _rank_patterns():
        for m in pattern.finditer(text):
            hits.append((m.start(), -len(m.group(0)), level, m.group(0), rank))
    if not hits:
        return None, None, None
    hits.sort()
    # One stretch of text can match several ranks ("specialist teacher"): keep the longest.
    merged: list[tuple[int, int, int, str, str]] = []
    for hit in hits:
        if merged and hit[0] < merged[-1][0] + len(merged[-1][3]):
            continue
        merged.append(hit)

    def near(ends: list[int], start: int) -> bool:
        return any(0 <= start - end <= 40 and "|" not in text[end:start] for end in ends)

    candidates = [h for h in merged if not near(advisory_ends, h[0])]
    delivered = [h for h in candidates if near(delivery_ends, h[0])]
    chosen = (delivered or candidates or [None])[0]
    if chosen is None:
        return None, None, None
    return chosen[3], chosen[4], chosen[2]


def _sessions_per_week(text: str) -> float | None:
    periods = _data().get("period_per_week", {})
    m = _LENGTH_THEN_COUNT.search(text)
    if m:
        count = _number(m.group("count"))
        if m.group("period"):
            factor = periods.get(_period_key(m.group("period")))
        else:
            factor = _data().get("frequency_words", {}).get(m.group("word").lower())
        if count is not None and factor is not None:
            return round(count * float(factor), 3)
    m = _COUNT_PERIOD.search(text)
    if m:
        if m.group("count"):
            count = _number(m.group("count"))
            factor = periods.get(_period_key(m.group("period")))
        else:
            count = _number(m.group("count2"))
            word = m.group("word").lower()
            factor = _data().get("frequency_words", {}).get(word)
        if count is not None and factor is not None:
            return round(count * float(factor), 3)
    m = _ONCE_TWICE.search(text)
    if m:
        factor = periods.get(_period_key(m.group(2)))
        if factor is not None:
            return round(_NUMBERS[m.group(1).lower()] * float(factor), 3)
    low = text.lower()
    best = None
    for phrase, value in sorted(
        _data().get("frequency_words", {}).items(), key=lambda kv: -len(kv[0])
    ):
        if re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", low):
            best = float(value)
            break
    if best is None:
        m = re.search(rf"\b(?:each|every|per|a)\s+{_PERIOD}\b", low)
        total = _WEEKLY_TOTAL.search(text)
        if m and not (total and _period_key(total.group(3)) != "day"):
            factor = periods.get(_period_key(m.group(1)))
            best = float(factor) if factor is not None else None
    return best


def _minutes(value: float, unit: str) -> float:
    return value * 60 if unit.lower().startswith(("hour", "hr")) else value


def _durations(text: str) -> list[float]:
    found = []
    for m in _DURATION.finditer(text):
        if m.group(3):
            found.append(30.0 if m.group(3).lower().startswith("half") else 60.0)
            continue
        value = _number(m.group(1))
        if value is not None:
            found.append(_minutes(value, m.group(2)))
    return found


def _group(text: str) -> tuple[float | None, str | None]:
    m = _RATIO.search(text)
    if m:
        adults, pupils = int(m.group(1)), int(m.group(2))
        if adults and pupils:
            return round(pupils / adults, 3), m.group(0)
    m = _GROUP_OF.search(text)
    if m:
        values = [_number(g) for g in m.groups() if g]
        values = [v for v in values if v is not None]
        if values:
            return max(values), m.group(0)  # "groups of 4-6": the largest group it allows
    low = text.lower()
    for phrase, value in sorted(_data().get("group_words", {}).items(), key=lambda kv: -len(kv[0])):
        if re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", low):
            return float(value), phrase
    if _SMALL_GROUP.search(text):
        return None, "small group"
    return None, None


def text_figures(text: str, vague: list[str] | None = None) -> Figures:
    """Figures read from a statement's text alone."""
    if vague is None:
        from ehcp_audit.measures.provision import vague_terms

        vague = vague_terms(text)
    figures = Figures(vague_terms=list(vague))
    # A figure after "up to" or "as required" commits to nothing; it is left out.
    from ehcp_audit.measures.patterns import blank_out, patterns

    committed = blank_out(text, patterns("provision.yaml", "hedges").find(text))
    figures.sessions_per_week = _sessions_per_week(committed)
    weekly = _WEEKLY_TOTAL.search(committed)
    daily = _DAILY_HOURS.search(committed)
    durations = _durations(committed)
    if _FULL_TIME.search(committed):
        figures.weekly_minutes = float(_data().get("full_time_hours", 32.5)) * 60
    elif weekly and _number(weekly.group(1)) is not None:
        # "2 hours per week" is a weekly total; "10 minutes each morning" a daily session.
        period = _period_key(weekly.group(3))
        value = _minutes(_number(weekly.group(1)), weekly.group(2))  # type: ignore[arg-type]
        factor = _data().get("period_per_week", {}).get(period)
        if period == "day":
            figures.minutes_per_session = value
        elif factor is not None:
            figures.weekly_minutes = round(value * float(factor), 1)
    elif daily:
        value = _number(daily.group(1))
        figures.weekly_minutes = value * 60 * 5 if value is not None else None
        figures.minutes_per_session = value * 60 if value is not None else None
    if figures.minutes_per_session is None and durations and not (weekly and len(durations) == 1):
        figures.minutes_per_session = durations[0]
    if (
        figures.weekly_minutes is None
        and figures.sessions_per_week is not None
        and figures.minutes_per_session is not None
    ):
        figures.weekly_minutes = round(figures.sessions_per_week * figures.minutes_per_session, 1)
    figures.pupils_per_adult, figures.group = _group(text)
    figures.who, figures.who_rank, figures.who_level = deliverer(text)
    figures.quantified = any(
        v is not None
        for v in (figures.sessions_per_week, figures.minutes_per_session, figures.weekly_minutes)
    )
    return figures


def _field(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def provision_figures(item: Any) -> Figures:
    """The adapter: a provision record (dict or typed record) -> :class:`Figures`.

    Measured fields win where the record has them; the text fills in the rest.
    """
    text = str(_field(item, "text", "") or "")
    vague = _field(item, "vague_terms")
    figures = text_figures(text, list(vague) if vague is not None else None)
    # The measure's own names (typed records) -> ours.
    for source, name in (
        ("weekly_minutes", "weekly_minutes"),
        ("sessions_per_week", "sessions_per_week"),
        ("duration_minutes", "minutes_per_session"),
        ("minutes_per_session", "minutes_per_session"),
        ("group_max", "pupils_per_adult"),
    ):
        value = _field(item, source)
        if isinstance(value, int | float) and not isinstance(value, bool):
            setattr(figures, name, float(value))
    figures.quantified = figures.quantified or any(
        v is not None
        for v in (figures.sessions_per_week, figures.minutes_per_session, figures.weekly_minutes)
    )
    return figures
