"""``ehcp-audit summary RESULTS``: the Children's Commissioner's style of table for any batch.

Reads the JSON (``scan --json``) or CSV (``scan --csv``) a scan wrote. Everything is a count or a
share of plans (or of outcomes and provision statements, pooled over plans); no plan text is
read or shown. Per-sub-question figures and the most frequent findings need the JSON, which holds
them; from a CSV they are left out and the table says so.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from statistics import mean
from typing import Any

READING_AGE_BINS = (
    (0, 9, "under 9"),
    (9, 12, "9-11"),
    (12, 15, "12-14"),
    (15, 18, "15-17"),
    (18, 999, "18 and over"),
)

QUESTION_NAMES = {
    "important_to_me": "What is important to me",
    "like_and_admire": "What people like and admire about me",
    "hopes_and_aspirations": "My hopes and aspirations",
    "working_well": "What is working well",
    "not_working_well": "What is not working well",
    "communication": "How best to communicate with me",
    "history": "My history",
    "parents_views": "My parents' views",
    "professionals_views": "Professionals' views",
    "who_completed": "Who completed this section",
}


def _num(value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in ("true", "True", "1"):
        return True
    if value in ("false", "False", "0"):
        return False
    return None


def _share(values: Sequence[bool | None]) -> dict[str, Any]:
    known = [v for v in values if v is not None]
    return {
        "count": sum(1 for v in known if v),
        "of": len(known),
        "share": round(sum(known) / len(known), 3) if known else None,
    }


def group_key(row: dict[str, Any], by: str, root: str) -> str:
    if by == "folder":
        rel = os.path.relpath(str(row["file"]), root) if root else str(row["file"])
        parts = rel.replace("\\", "/").split("/")
        return parts[0] if len(parts) > 1 else "."
    return str(row.get(by, ""))


def summarise(
    rows: Sequence[dict[str, Any]], plans: Sequence[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """``rows``: one dict per plan with the CSV columns; ``plans``: the same plans as JSON, when
    available, for per-sub-question figures, pooled SMART shares and findings."""
    audited = [r for r in rows if r["status"] == "audited"]
    summary: dict[str, Any] = {
        "plans": len(rows),
        "audited": len(audited),
        "not_ehcp": sum(1 for r in rows if r["status"] == "not_ehcp"),
        "unreadable": sum(1 for r in rows if r["status"] == "error"),
    }
    with_a = [r for r in audited if _num(r.get("a_sentences")) not in (None, 0.0)]
    summary["section_a"] = {
        "plans_with_section_a": len(with_a),
        "no_aspirations": _share(
            [
                not b if (b := _bool(r.get("a_has_aspirations"))) is not None else None
                for r in with_a
            ]
        ),
        "no_working_well": _share(
            [
                not b if (b := _bool(r.get("a_has_working_well"))) is not None else None
                for r in with_a
            ]
        ),
        "no_child_first_person": _share(
            [
                not b if (b := _bool(r.get("a_has_child_first_person"))) is not None else None
                for r in with_a
            ]
        ),
        "third_person_only": _share([_bool(r.get("a_third_person_only")) for r in with_a]),
    }
    words = [w for r in audited if (w := _num(r.get("words"))) is not None]
    minutes = [m for r in audited if (m := _num(r.get("reading_minutes_aloud"))) is not None]
    summary["length"] = {
        "mean_words": round(mean(words)) if words else None,
        "min_words": int(min(words)) if words else None,
        "max_words": int(max(words)) if words else None,
        "mean_minutes_aloud": round(mean(minutes), 1) if minutes else None,
        "min_minutes_aloud": min(minutes) if minutes else None,
        "max_minutes_aloud": max(minutes) if minutes else None,
    }
    ages = [a for r in audited if (a := _num(r.get("uk_reading_age"))) is not None]
    summary["reading_age"] = {
        "mean": round(mean(ages), 1) if ages else None,
        "bins": {
            label: sum(1 for a in ages if low <= a < high) for low, high, label in READING_AGE_BINS
        },
    }
    summary["outcomes"] = _pooled_outcomes(audited, plans)
    summary["provision"] = _pooled_provision(audited, plans)
    if plans is not None:
        summary["questions"] = _questions(plans)
        summary["top_findings"] = _top_findings(plans)
    return summary


def _weighted(
    rows: Sequence[dict[str, Any]], share_col: str, count_cols: Sequence[str]
) -> dict[str, Any]:
    total = hits = 0.0
    for r in rows:
        n = sum(_num(r.get(c)) or 0 for c in count_cols)
        s = _num(r.get(share_col))
        if n and s is not None:
            total += n
            hits += s * n
    return {
        "count": round(hits),
        "of": int(total),
        "share": round(hits / total, 3) if total else None,
    }


def _pooled_outcomes(rows, plans) -> dict[str, Any]:
    if plans is not None:
        items = [o for p in plans if p["status"] == "audited" for o in p.get("outcomes", [])]
        return {
            "statements": len(items),
            **{
                key: _share([o.get(key) for o in items])
                for key in ("smart", "specific", "measurable", "time_bound", "relevant")
            },
            "achievable_flagged": sum(1 for o in items if o.get("achievable") is False),
            "generic_timeframe": sum(1 for o in items if o.get("generic_timeframe")),
        }
    cols = ("e_outcomes", "e_targets")
    return {
        "statements": int(sum(sum(_num(r.get(c)) or 0 for c in cols) for r in rows)),
        "smart": _weighted(rows, "e_smart_share", cols),
        "specific": _weighted(rows, "e_specific_share", cols),
        "measurable": _weighted(rows, "e_measurable_share", cols),
        "time_bound": _weighted(rows, "e_time_bound_share", cols),
        "generic_timeframe": int(sum(_num(r.get("e_generic_timeframes")) or 0 for r in rows)),
    }


def _pooled_provision(rows, plans) -> dict[str, Any]:
    if plans is not None:
        items = [
            p for plan in plans if plan["status"] == "audited" for p in plan.get("provision", [])
        ]
        return {
            "statements": len(items),
            "quantified": _share([p.get("quantified") for p in items]),
            "who_specified": _share([p.get("who_specified") for p in items]),
            "vague": _share([bool(p.get("vague_terms")) for p in items]),
        }
    return {
        "statements": int(sum(_num(r.get("f_statements")) or 0 for r in rows)),
        "quantified": _weighted(rows, "f_quantified_share", ("f_statements",)),
        "who_specified": _weighted(rows, "f_who_share", ("f_statements",)),
    }


def _questions(plans) -> dict[str, Any]:
    seen: dict[str, int] = defaultdict(int)
    without: dict[str, int] = defaultdict(int)
    for plan in plans:
        if plan["status"] != "audited" or not plan.get("voice"):
            continue
        by_key: dict[str, list[dict]] = defaultdict(list)
        for q in plan["voice"]["questions"]:
            if q.get("question") and q["voice"] == "child" and q["sentences"]:
                by_key[q["question"]].append(q)
        for key, qs in by_key.items():
            seen[key] += 1
            if not any(q["child_first_person"] for q in qs):
                without[key] += 1
    return {
        key: {
            "plans": seen[key],
            "no_child_first_person": without[key],
            "share": round(without[key] / seen[key], 3),
        }
        for key in sorted(
            seen, key=lambda k: list(QUESTION_NAMES).index(k) if k in QUESTION_NAMES else 99
        )
    }


def _top_findings(plans, limit: int = 10) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    plans_with: Counter[str] = Counter()
    levels: dict[str, str] = {}
    for plan in plans:
        codes = set()
        for f in plan.get("findings", []):
            counts[f["code"]] += 1
            levels[f["code"]] = f["level"]
            codes.add(f["code"])
        plans_with.update(codes)
    return [
        {"code": code, "level": levels[code], "findings": n, "plans": plans_with[code]}
        for code, n in counts.most_common(limit)
    ]


def render(summary: dict[str, Any], title: str, console) -> None:
    from rich.markup import escape
    from rich.table import Table

    def pct(item: dict[str, Any]) -> str:
        if item.get("share") is None:
            return "-"
        return f"{item['share']:.0%} ({item['count']} of {item['of']})"

    table = Table(title=escape(title), title_justify="left", show_header=True, expand=False)
    table.add_column("Measure", overflow="fold")
    table.add_column("Value", justify="right", overflow="fold")
    table.add_row("Plans read", str(summary["plans"]))
    table.add_row("  audited as EHCPs", str(summary["audited"]))
    table.add_row("  not EHCPs", str(summary["not_ehcp"]))
    table.add_row("  unreadable", str(summary["unreadable"]))
    a = summary["section_a"]
    table.add_row("Section A: no reference to hopes and aspirations", pct(a["no_aspirations"]))
    table.add_row("Section A: does not say what is working well", pct(a["no_working_well"]))
    table.add_row("Section A: no statement in the child's words", pct(a["no_child_first_person"]))
    for key, q in summary.get("questions", {}).items():
        name = QUESTION_NAMES.get(key, key)
        table.add_row(
            f"  '{name}': no child first-person statement",
            f"{q['share']:.0%} ({q['no_child_first_person']} of {q['plans']})",
        )
    length = summary["length"]
    if length["mean_words"] is not None:
        table.add_row(
            "Words: mean (range)",
            f"{length['mean_words']:,} ({length['min_words']:,}-{length['max_words']:,})",
        )
        table.add_row(
            "Minutes to read aloud: mean (range)",
            f"{length['mean_minutes_aloud']} ({length['min_minutes_aloud']}-{length['max_minutes_aloud']})",
        )
    ages = summary["reading_age"]
    if ages["mean"] is not None:
        table.add_row("UK reading age: mean", str(ages["mean"]))
        for label, n in ages["bins"].items():
            table.add_row(f"  reading age {label}", str(n))
    o = summary["outcomes"]
    table.add_row("Outcomes and targets found", str(o["statements"]))
    for key in ("smart", "specific", "measurable", "time_bound"):
        table.add_row(f"  {key.replace('_', '-')}", pct(o[key]))
    p = summary["provision"]
    table.add_row("Provision statements found", str(p["statements"]))
    table.add_row("  quantified", pct(p["quantified"]))
    table.add_row("  naming who delivers it", pct(p["who_specified"]))
    console.print(table)
    if "top_findings" in summary and summary["top_findings"]:
        top = Table(title="Most frequent findings", title_justify="left")
        top.add_column("Code")
        top.add_column("Level")
        top.add_column("Findings", justify="right")
        top.add_column("Plans", justify="right")
        for item in summary["top_findings"]:
            top.add_row(item["code"], item["level"], str(item["findings"]), str(item["plans"]))
        console.print(top)
    elif "top_findings" not in summary:
        console.print(
            "(Per-sub-question figures and findings need the JSON results: scan --json FILE.)"
        )
