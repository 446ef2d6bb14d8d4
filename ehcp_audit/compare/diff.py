"""Two versions of one child's plan (draft and final, or last year's and the amended plan):
what changed in each section, outcome and provision statement, and in the needs of Section B.

Statements are paired by the similarity of their content words (rapidfuzz), as an optimal
assignment (scipy's ``linear_sum_assignment``) so a reordered plan pairs the same way as an
unchanged one. Each pair of provision statements is then classified from its figures
(:mod:`ehcp_audit.compare.figures`), never from the wording alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from ehcp_audit.compare.figures import _NUMBERS, Figures
from ehcp_audit.compare.plan import PlanView
from ehcp_audit.resources import load_rules_file

CHANGE_KINDS = ("removed", "reduced", "vaguer", "increased", "new", "unchanged")
# The order in which a statement's several kinds of change are summed up as one.
_PRIMARY = ("removed", "new", "reduced", "vaguer", "increased", "unchanged")


@functools.cache
def _data() -> dict[str, Any]:
    return load_rules_file("compare.yaml")


@functools.cache
def _filler() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _data().get("filler_words", []))


def content_words(text: str) -> str:
    """Lower-case content words, numbers and filler left out, plurals folded."""
    words = re.findall(r"[a-z]+(?:[-'][a-z]+)*", text.lower())
    filler = _filler()
    kept = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in words
        if w not in filler and w not in _NUMBERS
    ]
    return " ".join(kept)


def pair_up(
    old: Sequence[str], new: Sequence[str], threshold: float, fallback: float | None = None
) -> list[tuple[int | None, int | None, float]]:
    """Pairs (old index, new index, similarity 0-100); unpaired items have ``None`` opposite.
    With ``fallback``, a second round pairs what is left at that lower similarity when the two
    share a distinctive word."""
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    pairs: list[tuple[int | None, int | None, float]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    if old and new:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        a = cdist(old, new, scorer=fuzz.token_set_ratio, dtype=np.float32)
        b = cdist(old, new, scorer=fuzz.token_sort_ratio, dtype=np.float32)
        score = (a + b) / 2
        rows, cols = linear_sum_assignment(-score)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if score[i, j] >= threshold:
                pairs.append((i, j, round(float(score[i, j]), 1)))
                used_old.add(i)
                used_new.add(j)
    if fallback is not None:
        pairs += _second_round(old, new, used_old, used_new, fallback)
    pairs += [(i, None, 0.0) for i in range(len(old)) if i not in used_old]
    pairs += [(None, j, 0.0) for j in range(len(new)) if j not in used_new]
    return pairs


def _second_round(old, new, used_old, used_new, threshold):
    """Statements left over from the first round pair at a lower similarity when they share a
    distinctive word (one in under half of the plan's statements, so not the child's name):
    "A daily 20-minute phonics session ..." and "Phonics support ... when needed"."""
    from collections import Counter

    from rapidfuzz import fuzz

    counts = Counter(w for text in (*old, *new) for w in set(text.split()))
    common = {w for w, n in counts.items() if n > max(2, (len(old) + len(new)) // 2)}
    candidates = []
    for i in range(len(old)):
        if i in used_old:
            continue
        words_i = {w for w in old[i].split() if len(w) >= 5} - common
        for j in range(len(new)):
            if j in used_new or not (words_i & set(new[j].split())):
                continue
            score = (
                fuzz.token_set_ratio(old[i], new[j]) + fuzz.token_sort_ratio(old[i], new[j])
            ) / 2
            if score >= threshold:
                candidates.append((score, i, j))
    found = []
    for score, i, j in sorted(candidates, reverse=True):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            found.append((i, j, round(float(score), 1)))
    return found


# -- provision ---------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "not stated"
    text = f"{value:g}" if value == int(value) else f"{value:.2f}".rstrip("0")
    return f"{text}{unit}"


def _compare_amounts(old: Figures, new: Figures) -> tuple[str | None, str | None]:
    """'reduced'/'increased' from minutes a week, else sessions, else session length."""
    for name, label in (
        ("weekly_minutes", "minutes a week"),
        ("sessions_per_week", "sessions a week"),
        ("minutes_per_session", "minutes a session"),
    ):
        before, after = getattr(old, name), getattr(new, name)
        if before is not None and after is not None:
            if after < before - 1e-6:
                return "reduced", f"{label}: {_fmt(before)} -> {_fmt(after)}"
            if after > before + 1e-6:
                return "increased", f"{label}: {_fmt(before)} -> {_fmt(after)}"
            return None, None
    return None, None


def classify(old: Figures, new: Figures) -> tuple[list[str], list[str]]:
    """The kinds of change between two versions of one statement, and what each rests on."""
    kinds: list[str] = []
    details: list[str] = []

    def add(kind: str, detail: str) -> None:
        if kind not in kinds:
            kinds.append(kind)
        details.append(detail)

    kind, detail = _compare_amounts(old, new)
    if kind and detail:
        add(kind, detail)
    if old.pupils_per_adult is not None and new.pupils_per_adult is not None:
        if new.pupils_per_adult > old.pupils_per_adult:
            add("reduced", f"group: {old.group} -> {new.group}")
        elif new.pupils_per_adult < old.pupils_per_adult:
            add("increased", f"group: {old.group} -> {new.group}")
    elif old.pupils_per_adult is not None and new.group == "small group":
        add("vaguer", f"group: {old.group} -> small group (no size)")
    if old.who_level is not None and new.who_level is not None:
        if new.who_level > old.who_level:
            add("reduced", f"delivered by: {old.who_rank} -> {new.who_rank}")
        elif new.who_level < old.who_level:
            add("increased", f"delivered by: {old.who_rank} -> {new.who_rank}")
    elif old.who_level is not None:
        add("vaguer", f"delivered by: {old.who_rank} -> not stated")
    if old.sessions_per_week is not None and new.sessions_per_week is None:
        add("vaguer", "how often: no longer stated")
    if (old.minutes_per_session is not None or old.weekly_minutes is not None) and (
        new.minutes_per_session is None and new.weekly_minutes is None
    ):
        add("vaguer", "how long: no longer stated")
    added = [t for t in new.vague_terms if t not in old.vague_terms]
    if added:
        add("vaguer", "vague wording added: " + ", ".join(f"'{t}'" for t in added))
    if not kinds:
        kinds.append("unchanged")
    return kinds, details


def _primary(kinds: Sequence[str]) -> str:
    return next(k for k in _PRIMARY if k in kinds)


def _provision_record(item, include_text: bool) -> dict[str, Any]:
    record = {"area": item.area, "location": item.record.get("location"), **item.figures.to_dict()}
    if include_text:
        record["text"] = item.text
    else:
        record.pop("who", None)  # the deliverer's words are plan text; who_rank says enough
        record.pop("group", None)
    return record


def diff_provision(old: PlanView, new: PlanView, include_text: bool) -> list[dict[str, Any]]:
    threshold = float(_data().get("provision_match", 55))
    pairs = pair_up(
        [content_words(p.text) for p in old.provision],
        [content_words(p.text) for p in new.provision],
        threshold,
        float(_data().get("provision_match_fallback", 35)),
    )
    rows = []
    for i, j, similarity in pairs:
        before = old.provision[i] if i is not None else None
        after = new.provision[j] if j is not None else None
        if before and after:
            kinds, details = classify(before.figures, after.figures)
        elif before:
            kinds, details = ["removed"], ["no matching statement in the new plan"]
        else:
            kinds, details = ["new"], ["no matching statement in the old plan"]
        rows.append(
            {
                "change": _primary(kinds),
                "changes": kinds,
                "details": details,
                "similarity": similarity if before and after else None,
                "old": _provision_record(before, include_text) if before else None,
                "new": _provision_record(after, include_text) if after else None,
            }
        )
    rows.sort(key=lambda r: _order_key(r))
    return rows


def _order_key(row: dict[str, Any]) -> tuple:
    side = row["old"] or row["new"] or {}
    loc = side.get("location") or {}
    return (row["old"] is None, loc.get("table", 0), loc.get("row", 0), loc.get("paragraph", 0))


# -- outcomes ----------------------------------------------------------------------------------


@functools.cache
def _date_words() -> re.Pattern[str]:
    return re.compile(_data().get("outcome_date_words") or r"$^", re.I)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _undated(text: str) -> str:
    return _plain(_date_words().sub(" ", text))


def diff_outcomes(old: PlanView, new: PlanView, include_text: bool) -> list[dict[str, Any]]:
    threshold = float(_data().get("outcome_match", 60))
    old_texts = [str(o.get("text", "")) for o in old.outcomes]
    new_texts = [str(o.get("text", "")) for o in new.outcomes]
    # Identical outcomes pair first, so a reordered Section E pairs as an unchanged one.
    pairs = pair_up(
        [content_words(_undated(t)) for t in old_texts],
        [content_words(_undated(t)) for t in new_texts],
        threshold,
    )
    rows = []
    for i, j, similarity in pairs:
        if i is not None and j is not None:
            same = _plain(old_texts[i]) == _plain(new_texts[j])
            undated_same = _undated(old_texts[i]) == _undated(new_texts[j])
            status = "unchanged" if same or undated_same else "reworded"
            carried = status == "unchanged"
        else:
            status, carried, same = ("removed" if j is None else "new"), False, False
        rows.append(
            {
                "status": status,
                "carried_over": carried,
                "only_dates_changed": carried and not same,
                "similarity": similarity if i is not None and j is not None else None,
                "old": _outcome_record(old.outcomes[i], include_text) if i is not None else None,
                "new": _outcome_record(new.outcomes[j], include_text) if j is not None else None,
            }
        )
    return rows


_OUTCOME_FIELDS = ("kind", "smart", "time_bound", "measurable", "specific", "location")


def _outcome_record(outcome: dict[str, Any], include_text: bool) -> dict[str, Any]:
    record = {k: outcome.get(k) for k in _OUTCOME_FIELDS}
    if include_text:
        record["text"] = outcome.get("text")
    return record


# -- needs and sections ------------------------------------------------------------------------


def diff_needs(old: PlanView, new: PlanView, include_text: bool) -> list[dict[str, Any]]:
    threshold = float(_data().get("need_match", 65))
    pairs = pair_up(
        [content_words(n.text) for n in old.needs],
        [content_words(n.text) for n in new.needs],
        threshold,
    )
    rows = []
    for i, j, _similarity in pairs:
        if i is not None and j is not None:
            continue  # a need kept (perhaps reworded): nothing to report
        need = old.needs[i] if i is not None else new.needs[j]  # type: ignore[index]
        row: dict[str, Any] = {
            "status": "removed" if i is not None else "new",
            "area": need.area,
            "location": need.location,
        }
        if include_text:
            row["text"] = need.text
        rows.append(row)
    return rows


def golden_thread_changes(
    old: PlanView, new: PlanView, provision: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Needs dropped from B while their area's provision stays, and provision removed while the
    area's needs stay (areas from sub-headings, else from keywords: rules/compare.yaml)."""
    old_areas = {n.area for n in old.needs if n.area}
    new_areas = {n.area for n in new.needs if n.area}
    kept_provision_areas = {
        r["new"]["area"] for r in provision if r["new"] is not None and r["old"] is not None
    }
    new_provision_areas = {p.area for p in new.provision if p.area}
    found: list[dict[str, Any]] = []
    for area in sorted(old_areas - new_areas):
        if area in new_provision_areas:
            found.append(
                {
                    "kind": "need_removed_provision_kept",
                    "area": area,
                    "provision_statements": sum(1 for p in new.provision if p.area == area),
                }
            )
    for row in provision:
        if row["change"] != "removed" or not row["old"]["area"]:
            continue
        area = row["old"]["area"]
        if area in new_areas:
            found.append(
                {
                    "kind": "provision_removed_need_kept",
                    "area": area,
                    "needs": sum(1 for n in new.needs if n.area == area),
                    "old_location": row["old"]["location"],
                    "other_provision_kept": area in kept_provision_areas,
                }
            )
    return found


def diff_sections(old: PlanView, new: PlanView) -> list[dict[str, Any]]:
    from rapidfuzz import fuzz

    rows = []
    for key in sorted(set(old.sections) | set(new.sections), key=_section_order):
        before, after = old.sections.get(key), new.sections.get(key)
        if before is None or after is None:
            status, similarity = ("added" if before is None else "removed"), None
        else:
            similarity = round(fuzz.ratio(_plain(before), _plain(after)), 1)
            status = "unchanged" if _plain(before) == _plain(after) else "changed"
        rows.append(
            {
                "key": key,
                "status": status,
                "similarity": similarity,
                "old_words": len(before.split()) if before is not None else None,
                "new_words": len(after.split()) if after is not None else None,
            }
        )
    return rows


def _section_order(key: str) -> tuple:
    return (key[:1], key[1:])


# -- the whole diff ----------------------------------------------------------------------------


def _weekly_total(view: PlanView) -> float | None:
    values = [p.figures.weekly_minutes for p in view.provision if p.figures.weekly_minutes]
    return round(sum(values), 1) if values else None


def diff_plans(old: PlanView, new: PlanView, include_text: bool = False) -> dict[str, Any]:
    provision = diff_provision(old, new, include_text)
    outcomes = diff_outcomes(old, new, include_text)
    changes = {kind: sum(1 for r in provision if kind in r["changes"]) for kind in CHANGE_KINDS}
    statuses = ("unchanged", "reworded", "new", "removed")
    return {
        "old": old.file,
        "new": new.file,
        "sections": diff_sections(old, new),
        "outcomes": outcomes,
        "provision": provision,
        "needs": diff_needs(old, new, include_text),
        "golden_thread": golden_thread_changes(old, new, provision),
        "summary": {
            "provision": changes,
            "outcomes": {s: sum(1 for r in outcomes if r["status"] == s) for s in statuses},
            "outcomes_carried_over": sum(1 for r in outcomes if r["carried_over"]),
            "weekly_minutes_old": _weekly_total(old),
            "weekly_minutes_new": _weekly_total(new),
        },
    }


def failing(diff: dict[str, Any], fail_on: Sequence[str]) -> list[dict[str, Any]]:
    """The provision rows whose change counts against the plan (``--fail-on``)."""
    wanted = set(fail_on)
    return [r for r in diff["provision"] if wanted & set(r["changes"])]
