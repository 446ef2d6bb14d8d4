"""Section F: split provision into statements, check each is specified and quantified, and
parse its figures.

A statement is a list item, a prose paragraph, or one row of a provision table (its cells read
together, so "Frequency" and "Delivered by" columns count for the row; a bare number in a
column labelled "Sessions per week" or "Duration (minutes)" takes the column's unit). Sub-headings,
table column labels and lead-ins ("The provision below ...", "Below is the help ...") are not
statements.

For each statement a :class:`ProvisionRecord` (patterns in ``rules/provision.yaml``):

- quantified: commits to how often (daily, "3 x per week", "each half term") or how long or how
  much ("30 minutes", "a two-hour assessment", "full-time"), not only hedged by "up to", "as
  required" or "whenever"; ``fully_quantified`` when it says both;
- who: names a role or qualification (teaching assistant, HCPC-registered SALT); "key adult",
  "staff" and "an adult" do not count;
- group size or ratio: "1:1", "a group of up to 4", "individual"; "small group" with no number
  is vague;
- vague terms: every phrase from DOMAIN.md's list that appears ("access to", "up to" ...);
- figures: sessions per week (a school day counts 5 a week, a term 13 weeks), one session's
  minutes, ``weekly_minutes`` (sessions x minutes, or a weekly or daily amount as stated; a
  ceiling such as "up to 2 hours a week" goes to ``weekly_max_minutes`` instead), the largest
  group, and who delivers it.

Adult-support hours (a teaching assistant, LSA or 1:1 adult) are added up per plan from
``weekly_minutes``; "full-time" and "throughout the school day" count the full-time hours. The
figure is an estimate and is labelled as one.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ehcp_audit.analysis import AnalysedSection, Unit
from ehcp_audit.measures.patterns import (
    PatternList,
    blank_out,
    literal_list,
    matched_words,
    patterns,
    rule_data,
)
from ehcp_audit.measures.records import ProvisionRecord

_RULES = "provision.yaml"


def _grammar(key: str) -> re.Pattern[str]:
    """One pattern of the figures grammar in ``rules/provision.yaml``."""
    return re.compile(rule_data(_RULES)["figures"][key])


_MONTH_MAY = _grammar("month_may")


def _p(key: str) -> PatternList:
    return patterns(_RULES, key)


def _is_label(text: str) -> bool:
    return len(text.split()) <= 6 and _p("table_labels").any(text.strip())


def _is_subheading(text: str) -> bool:
    limit = int(rule_data(_RULES).get("subheading_max_words", 8))
    return _p("area_titles").any(text.strip()) or (
        len(text.split()) <= limit and not re.search(r"\d", text) and text.strip()[-1:] not in ".;"
    )


def _is_lead_in(text: str) -> bool:
    return _p("lead_ins").any(text.strip())


def _column_unit(header: str) -> str:
    """The unit a column's label gives its bare numbers: "minutes", "hours a week", "times a week"."""
    units = {
        k: bool(_p(f"column_units.{k}").any(header)) for k in rule_data(_RULES)["column_units"]
    }
    period = next((k for k in ("day", "week", "term") if units.get(k)), None)
    if units.get("minutes") or units.get("hours"):
        unit = "minutes" if units.get("minutes") else "hours"
        return f"{unit} a {period}" if period else unit
    if period:
        return f"times a {period}"
    return "pupils" if units.get("group") else ""


_BARE_NUMBER = _grammar("bare_number")


def _table_rows(units: list[Unit]) -> dict[tuple[int, int], list[tuple[int, str]]]:
    rows: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for unit in units:
        loc = unit.block.location
        if loc.table is not None and loc.row is not None:
            rows.setdefault((loc.table, loc.row), []).append((loc.cell or 0, unit.text.strip()))
    return rows


def extract_statements(section: AnalysedSection) -> list[ProvisionRecord]:
    """The statements of Section F in order, each with its location, row link and area."""
    rows = _table_rows(section.units)
    header_units: dict[tuple[int, int], str] = {}  # (table, cell) -> unit for bare numbers
    header_rows: set[tuple[int, int]] = set()
    for (table, row), cells in rows.items():
        if cells and all(_is_label(t) for _, t in cells if t):
            header_rows.add((table, row))  # "Provision | Frequency | Delivered by | Group size"
            for cell, text in cells:
                header_units.setdefault((table, cell), _column_unit(text))
    statements: list[ProvisionRecord] = []
    seen_rows: set[tuple[int, int]] = set()
    area: str | None = None
    for unit in section.units:
        block, loc = unit.block, unit.block.location
        text = unit.text.strip()
        if loc.table is not None and loc.row is not None:
            key = (loc.table, loc.row)
            if key in header_rows:
                continue
            if len({cell for cell, _ in rows[key]}) == 1 and len(rows[key]) > 1:
                # One cell of the row falls in Section F (the national template's provision
                # column) and holds several paragraphs: each is a statement of its own.
                if _is_subheading(text) and not re.search(r"\d", text):
                    area = text.strip(" :")
                elif text and not _is_lead_in(text):
                    statements.append(_record(text, block, area))
                continue
            if key in seen_rows:
                continue
            seen_rows.add(key)
            content = [
                _with_unit(t, header_units.get((loc.table, cell), "")) for cell, t in rows[key] if t
            ]
            if len(content) == 1 and _is_subheading(content[0]):
                area = content[0].strip(" :")  # a sub-heading row ("Communication and interaction")
                continue
            if len(content) > 1 and _p("area_titles").any(content[0].strip()):
                # An "Area of need" column names the row's area; the statement is the rest.
                statements.append(_record(" | ".join(content[1:]), block, content[0].strip(" :")))
                continue
            text = " | ".join(content)
        elif (block.looks_like_heading and not unit.prose) or (
            not unit.prose and _p("area_titles").any(text)
        ):
            area = text.strip(" :")
            continue
        elif not unit.prose and (len(text.split()) < 4 or _is_bare_label(text)):
            continue
        if loc.table is None and statements and not unit.prose and _is_detail_only(text):
            # A table broken across pages or columns comes as lines: "Two 30-minute sessions a
            # week" is the frequency cell of the provision above it.
            statements[-1].text = f"{statements[-1].text} | {text}"
            continue
        if text and not _is_lead_in(text):
            in_prose = unit.prose and loc.table is None  # a table row's text is its cells
            for piece in _paragraph_statements(unit) if in_prose else [text]:
                statements.append(_record(piece, block, area))
    return statements


def _has_signal(text: str) -> bool:
    return any(_p(key).any(text) for key in _DETAIL_KEYS) or bool(vague_terms(text))


def _paragraph_statements(unit: Unit) -> list[str]:
    """A prose paragraph that sets out several provisions one sentence each ("A specialist
    teacher will teach ... in a group of three. The EP will carry out a two-hour assessment.")
    is several statements. A sentence that goes on about the one before ("These sessions will
    be ...", "This will be reviewed ...") or that says nothing of how often, how long, who or in
    what group stays with it, so a statement and its details are never parted."""
    sentences = [s.text for s in unit.sentences if s.text.strip()]
    text = unit.text.strip()
    if len(sentences) < 2:
        return [text]
    continuation = _p("continuation_starts")
    pieces: list[str] = []
    for sentence in sentences:
        if pieces and (continuation.any(sentence) or not _has_signal(sentence)):
            pieces[-1] = f"{pieces[-1]} {sentence}"
        else:
            pieces.append(sentence)
    if len(pieces) < 2 or not all(_has_signal(p) for p in pieces):
        return [text]
    return pieces


def _record(text: str, block, area: str | None) -> ProvisionRecord:
    return ProvisionRecord(
        text=text,
        location=block.location.to_dict(),
        row_link=block.row_link,
        area=block.area or area,
    )


def _is_bare_label(text: str) -> bool:
    """A short line with no sign of provision in it: a column's value such as the outcomes a
    provision supports ("Completing my diploma; meeting deadlines"), or an unstyled heading."""
    limit = int(rule_data(_RULES).get("subheading_max_words", 8))
    if len(text.split()) > limit or text.rstrip()[-1:] in ".!?":
        return False
    signals = ("frequency", "amount", "who", "group")
    return not any(_p(key).any(text) for key in signals) and not vague_terms(text)


_DETAIL_KEYS = ("frequency", "amount", "who", "group", "hedges")


def _is_detail_only(text: str) -> bool:
    """A short line that says only how often, how long, who or in what group: no provision."""
    if len(text.split()) > 12:
        return False
    hits = [m for key in _DETAIL_KEYS for m in _p(key).find(text)]
    if not hits:
        return False
    rest = blank_out(text, hits).lower()
    generic = {str(w).lower() for w in rule_data(_RULES).get("detail_words", [])}
    return not [w for w in re.findall(r"[a-z]{4,}", rest) if w not in generic]


def _with_unit(text: str, unit: str) -> str:
    return f"{text} {unit}" if unit and _BARE_NUMBER.match(text) else text


def vague_terms(text: str) -> list[str]:
    found: list[str] = []
    sized = re.compile(rule_data(_RULES).get("sized_small_group", r"$^"), re.I)
    for m in _vague_list().find(text):
        term = m.group(0).lower()
        if term == "may" and _MONTH_MAY.search(text[max(0, m.start() - 4) : m.end() + 8]):
            continue
        if term == "may" and text[m.start()].isupper() and m.start() > 0:
            continue  # "May" mid-sentence is the month
        if term == "small group" and sized.search(text):
            continue
        if term == "up to" and (
            re.match(r"up to date", text[m.start() :], re.I)
            or _p("group_cap").any(text[max(0, m.start() - 3) : m.end() + 24])
        ):
            continue
        if term == "regular" and re.search(
            r"\bregular(ly)?\s+(reviewed|review|liaison|meetings?)\b", text, re.I
        ):
            continue
        if term not in found:
            found.append(term)
    return found


@functools.cache
def _vague_list() -> PatternList:
    return literal_list(rule_data(_RULES).get("vague", []))


# -- figures ----------------------------------------------------------------------------------


@functools.cache
def _number_word() -> re.Pattern[str]:
    words = sorted(rule_data(_RULES)["number_words"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b(?=[\s-])", re.I)


_TIMES = {w: f"{n} times" for w, n in rule_data(_RULES)["times_words"].items()}
_HALF_HOUR = _grammar("half_hour")
_AN_HOUR = _grammar("an_hour")
_HOUR_AND_HALF = _grammar("hour_and_half")


def numbers_as_digits(text: str) -> str:
    """Number words as digits, lower case: "Three 20-minute sessions" -> "3 20-minute sessions"."""
    values = rule_data(_RULES)["number_words"]
    low = _HOUR_AND_HALF.sub("90 minutes", text.lower())
    low = _HALF_HOUR.sub("30 minutes", low)
    low = _AN_HOUR.sub("60 minutes", low)
    low = re.sub(r"\b(" + "|".join(_TIMES) + r")\b", lambda m: _TIMES[m.group(1)], low)
    low = _number_word().sub(lambda m: str(values[m.group(1).lower()]), low)
    return re.sub(r"\b(\d+) (times|x)\b", r"\1 times", low)


_DURATION = _grammar("duration")
_AFTER_AMOUNT = _grammar("after_amount")
_ADVERB_PERIODS: dict[str, str] = rule_data(_RULES)["adverb_periods"]
_COUNTED = _grammar("counted")
_SINGLE = _grammar("single")
_EVERY_N = _grammar("every_n")
_WEEKDAYS = _grammar("weekdays")
_SESSIONS_X_MINUTES = _grammar("sessions_x_minutes")


def _period_key(word: str) -> str:
    word = word.replace("-", "_").replace(" ", "_")
    return rule_data(_RULES)["period_aliases"].get(word, word)


def _minutes(value: str, unit: str) -> float:
    return float(value) * (60 if unit.startswith("h") else 1)


_COUNT_BEFORE = _grammar("count_before")


def parse_figures(record: ProvisionRecord, text: str) -> None:
    """Sessions per week, minutes per session, weekly minutes and group size, from ``text``."""
    parse_figures_once(record, text)
    record.weekly_minutes = _clause_total(text) or record.weekly_minutes


def parse_figures_once(record: ProvisionRecord, text: str) -> None:
    """:func:`parse_figures` for one clause."""
    low = numbers_as_digits(text)
    per_week = rule_data(_RULES)["period_per_week"]
    weekly, weekly_max, used = _amounts(record, low, per_week)
    for start, end in used:
        low = low[:start] + " " * (end - start) + low[end:]
    _parse_frequency(record, low, per_week)
    _parse_group(record, low)
    weekly_periods = rule_data(_RULES).get("weekly_periods", ["day", "week", "fortnight"])
    if (
        weekly is None
        and record.duration_minutes
        and record.sessions_per_week
        and record.frequency_period in weekly_periods
    ):
        weekly = round(record.duration_minutes * record.sessions_per_week, 1)
    whole_day = _p("whole_day").find(low)
    if (
        weekly is None
        and record.adult_support
        and whole_day
        and (record.ratio == "1:1" or any("full" in m.group(0) for m in whole_day))
    ):
        weekly = float(rule_data(_RULES)["full_time_hours"]) * 60
        record.allocation = True
    record.weekly_minutes = weekly
    record.weekly_max_minutes = weekly_max


def _clause_total(text: str) -> float | None:
    """Minutes a week when a statement joins two provisions ("10 minutes each day and a
    40-minute review each week"): the sum, when each clause states its own weekly time."""
    clauses = _p("clause_split").combined.split(text) if _p("clause_split").combined else [text]
    clauses = [c for c in clauses if c and c.strip()]
    if len(clauses) < 2:
        return None
    totals = []
    for clause in clauses:
        part = ProvisionRecord(text=clause)
        parse_figures_once(part, clause)
        totals.append(part.weekly_minutes)
    found = [t for t in totals if t]
    return round(sum(found), 1) if len(found) >= 2 else None


def _amounts(
    record: ProvisionRecord, low: str, per_week: dict[str, float]
) -> tuple[float | None, float | None, list[tuple[int, int]]]:
    """Durations in ``low``: a weekly or daily amount ("2 hours a week", "30 minutes each day")
    gives the weekly minutes; any other is one session's length. A ceiling ("up to") is kept
    apart as a maximum."""
    ceiling = _p("ceiling")
    weekly: float | None = None
    weekly_max: float | None = None
    used: list[tuple[int, int]] = []
    for m in _DURATION.finditer(low):
        low_minutes = _minutes(m.group(1), m.group(3))
        high_minutes = _minutes(m.group(2), m.group(3)) if m.group(2) else None
        hedged = ceiling.any(low[max(0, m.start() - 14) : m.start()])
        # "3 x 30 minutes", "three 20-minute sessions", "a 20-30 minute group": one session's length
        counted = bool(_COUNT_BEFORE.search(low[: m.start()]))
        adjectival = not m.group(3).endswith("s") and (m.group(2) or float(m.group(1)) != 1)
        after = None if counted or adjectival else _AFTER_AMOUNT.match(low[m.end() :])
        period = _period_key(after.group(1) or _ADVERB_PERIODS[after.group(2)]) if after else None
        if after is not None and period in ("day", "week"):
            # "25 hours a week" of a TA is an allocation; "10 minutes every day" is a session.
            record.allocation = record.allocation or (not hedged and m.group(3).startswith("h"))
            if period == "week":  # "2 hours a week" is an amount, not one session a week
                used.append((m.start(), m.end() + after.end()))
            elif record.duration_minutes is None and not hedged:
                record.duration_minutes = low_minutes  # "15 minutes every school day"
            factor = per_week["day"] if period == "day" else 1
            if hedged:
                weekly_max = weekly_max or (high_minutes or low_minutes) * factor
            elif weekly is None:
                weekly = low_minutes * factor
                weekly_max = high_minutes * factor if high_minutes else None
        elif hedged:
            record.duration_max_minutes = record.duration_max_minutes or high_minutes or low_minutes
        elif record.duration_minutes is None:
            record.duration_minutes = low_minutes
            record.duration_max_minutes = high_minutes
    return weekly, weekly_max, used


def _parse_frequency(record: ProvisionRecord, low: str, per_week: dict[str, float]) -> None:
    count: float | None = None
    period: str | None = None
    if m := _SESSIONS_X_MINUTES.search(low):
        count = float(m.group(1))
        record.duration_minutes = record.duration_minutes or _minutes(m.group(2), m.group(3))
        tail = _AFTER_AMOUNT.match(low[m.end() :])
        period = _period_key(tail.group(1) or _ADVERB_PERIODS[tail.group(2)]) if tail else None
    elif m := _COUNTED.search(low):
        if m.group(1):
            count = float(m.group(1))
            period = _period_key(m.group(2) or _ADVERB_PERIODS[m.group(3).replace(" ", "-")])
        elif m.group(4):
            count = float(m.group(4))
            period = _period_key(m.group(5) or _ADVERB_PERIODS[m.group(6)])
        else:
            count, period = float(m.group(7)), "week"
    elif days := {d for d in _WEEKDAYS.findall(low)}:
        count, period = float(len(days)), "week"
    elif m := _EVERY_N.search(low):
        # "every 3 weeks": once in that many periods; kept apart from weekly provision
        every, unit = float(m.group(1)), _period_key(m.group(2))
        if unit == "week" and every == 2:
            count, period = 1.0, "fortnight"
        else:
            record.frequency_period = f"{unit}s"
            record.sessions_per_period = 1.0
            record.sessions_per_week = round(float(per_week.get(unit, 0)) / every, 3) or None
            return
    elif m := _SINGLE.search(low):
        word = m.group(1) or m.group(2)
        count = 1.0
        if word is None:
            period = "fortnight"
        else:
            period = _ADVERB_PERIODS.get(word.replace(" ", "-")) or _period_key(word)
    if count is None or period is None or period not in per_week:
        return
    record.frequency_period = period
    record.sessions_per_period = count
    record.sessions_per_week = round(count * float(per_week[period]), 3)


_RATIO = _grammar("ratio")
_GROUP_OF = _grammar("group_of")


def _parse_group(record: ProvisionRecord, low: str) -> None:
    if m := _RATIO.search(low):
        if m.group(1):
            record.ratio = f"{m.group(1)}:{m.group(2)}"
            record.group_max = int(m.group(2)) if m.group(1) == "1" else None
        else:
            record.ratio, record.group_max = "1:1", 1
        return
    if m := _GROUP_OF.search(low):
        if m.group(5):
            record.group_max = 2
        else:
            sizes = [int(g) for g in (*m.groups()[:4], m.group(6)) if g and g.isdigit()]
            record.group_max = max(sizes) if sizes else None


# -- verdicts ---------------------------------------------------------------------------------


def _words(hits: list[re.Match[str]]) -> list[str]:
    return matched_words(hits, " ,.;:|")  # a table cell's bar is punctuation here


_CLAUSE_END = re.compile(r"[.;|,]")


def _blank_clauses(text: str, hits: list[re.Match[str]]) -> str:
    """``text`` with each clause holding a condition ("at lunchtime when needed") blanked: a
    frequency at someone's discretion commits to nothing."""
    for m in hits:
        start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        end_match = _CLAUSE_END.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_BY_ARTICLE = _grammar("by_article")


def _role(hits: list[re.Match[str]]) -> str | None:
    """The role named as delivering the provision: the first hit that is not only a
    qualification word ("trained", "qualified"), joined with a hit right after it ("by the
    specialist" + "teacher")."""
    qualifiers = {str(q).lower() for q in rule_data(_RULES).get("who_qualifiers", [])}
    merged: list[list[int]] = []
    for m in hits:
        if merged and m.start() - merged[-1][1] <= 1:
            merged[-1][1] = m.end()
        else:
            merged.append([m.start(), m.end()])
    text = hits[0].string if hits else ""
    delivers, only_advises = _p("delivery_cues"), _p("non_delivery_cues")
    ranked: list[tuple[int, int, str]] = []
    for start, end in merged:
        phrase = _BY_ARTICLE.sub("", text[start:end].strip())
        if phrase.lower() in qualifiers:
            continue
        before = text[max(0, start - 30) : start]
        rank = 2 if only_advises.any(before) else 0 if delivers.any(before) else 1
        if phrase.lower().startswith("by "):
            rank = 0
        ranked.append((rank, start, phrase))
    return min(ranked)[2] if ranked else None


def judge(text: str, record: ProvisionRecord | None = None) -> ProvisionRecord:
    record = record or ProvisionRecord(text=text)
    hedges = _p("hedges").find(text)
    committed = blank_out(text, hedges)
    conditional = _p("conditional").find(text)
    frequency = _p("frequency").find(_blank_clauses(committed, conditional))
    amount = _p("amount").find(committed)
    placeholder = patterns("hygiene.yaml", "placeholders", 0).any(text)
    if placeholder:
        frequency = amount = []  # "XXX hours per week" commits to nothing
    who = _p("who").find(blank_out(text, _p("not_delivery").find(text)))
    group = _p("group").find(text)
    record.frequency_words = _words(frequency)
    record.amount_words = _words(amount)
    record.hedge_words = _words(hedges + conditional)
    record.hedged = bool(record.hedge_words)
    record.who_words = _words(who)
    record.who = _role(who)
    record.group_size = group[0].group(0) if group else None
    record.vague_terms = vague_terms(text)
    record.quantified = bool(frequency or amount)
    record.fully_quantified = bool(frequency and amount)
    record.who_specified = bool(who)
    record.adult_support = _p("ta_roles").any(text)
    if not placeholder:
        parse_figures(record, text)
    if record.adult_support and record.weekly_minutes:
        record.ta_hours_per_week = round(record.weekly_minutes / 60, 2)
    return record.finish()


def measure_provision(
    section: AnalysedSection | None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    if section is None:
        return [], {"statements": 0}
    records = [judge(r.text, r) for r in extract_statements(section)]
    return [r.to_dict() for r in records], summarise(records)


def summarise(records: list[ProvisionRecord]) -> dict[str, Any]:
    n = len(records)
    hours = [r.ta_hours_per_week for r in records if r.ta_hours_per_week is not None]
    allocated = sum(r.ta_hours_per_week or 0 for r in records if r.allocation)
    sessions = sum(r.ta_hours_per_week or 0 for r in records if not r.allocation)
    # Sessions a TA runs are usually part of the TA time a plan allocates ("25 hours a week"):
    # when a plan allocates time, its sessions count only where they add up to more.
    total = max(allocated, sessions) if allocated else sessions
    weekly = [r.weekly_minutes for r in records if r.weekly_minutes is not None]
    return {
        "statements": n,
        "quantified_share": round(sum(r.quantified for r in records) / n, 3) if n else None,
        "who_share": round(sum(r.who_specified for r in records) / n, 3) if n else None,
        "vague_statements": sum(1 for r in records if r.vague_terms),
        "ta_hours_per_week": round(total, 2) if hours else None,
        "ta_hours_allocated": round(allocated, 2) if allocated else None,
        "ta_hours_in_sessions": round(sessions, 2) if sessions else None,
        "ta_hours_note": "estimate from statements naming a TA role with hours or minutes; "
        "sessions are taken to be within any weekly TA time the plan allocates"
        if hours
        else None,
        "weekly_minutes": round(sum(weekly), 1) if weekly else None,
        "statements_with_weekly_minutes": len(weekly),
    }
