"""Score ehcp-audit on the held-out plans (templates the tool was never tuned on).

    python benchmarks/eval_heldout.py             # generate plans if missing, audit, print table
    python benchmarks/eval_heldout.py --details   # also list every miss
    python benchmarks/eval_heldout.py --json figures.json

Runs the tool in-process (``ehcp_audit.audit.audit_file`` with default ``Settings()``) on
whatever code is on the current branch. A field or finding code the code does not produce yet
counts as "not found" / "not detected", never as a crash. See benchmarks/heldout/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "heldout"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HELDOUT))

from rapidfuzz import fuzz  # noqa: E402

MATCH_THRESHOLD = 85  # fuzzy score (0-100) for an extracted item to count as a labelled one
MARKER_THRESHOLD = 90
_FURNITURE = re.compile(r"OFFICIAL-SENSITIVE|\bPage \d+ of \d+\b")
THREAD_CODES = (
    "T-NEED-NO-PROVISION",
    "T-OUTCOME-NO-PROVISION",
    "G-THERAPY-IN-HEALTH",
    "D-LATE-20-WEEKS",
    "K-ADVICE-MISSING",
    "I-DRAFT-NAMES-SETTING",
)


def _norm(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2019", "'").replace("\u2022", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def similarity(a: str, b: str) -> float:
    """Fuzzy agreement of two statements; a short label inside a much longer text does not count."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    score = fuzz.ratio(a, b)
    short, long_ = sorted((len(a), len(b)))
    if short / long_ >= 0.6:
        score = max(score, fuzz.partial_ratio(a, b))
    return score


def match(labels: list[dict], found: list[dict], fields: tuple[str, ...]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (label index, found index), best scores first."""
    pairs = []
    for i, label in enumerate(labels):
        for j, item in enumerate(found):
            text = str(item.get("text") or "")
            score = max(similarity(label[f], text) for f in fields if label.get(f))
            if score >= MATCH_THRESHOLD:
                pairs.append((score, i, j))
    used_l, used_f, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_l and j not in used_f:
            used_l.add(i)
            used_f.add(j)
            out.append((i, j))
    return out


def marker_in(marker: str, text: str) -> bool:
    if not marker:
        return True
    marker, text = _norm(marker), _norm(text)
    return marker in text or fuzz.partial_ratio(marker, text) >= MARKER_THRESHOLD


def weekly_minutes(item: dict) -> float | None:
    value = item.get("weekly_minutes")
    if value is None and item.get("ta_hours_per_week") is not None:
        value = float(item["ta_hours_per_week"]) * 60  # today's code: TA roles only
    return None if value is None else float(value)


def ensure_plans(plans_dir: Path) -> list[dict]:
    labels = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((HELDOUT / "expected").glob("*.json"))
    ]
    if not labels or any(not (plans_dir / lab["file"]).exists() for lab in labels):
        from generate import build

        build(plans_dir, HELDOUT / "expected")
        labels = [
            json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((HELDOUT / "expected").glob("*.json"))
        ]
    return labels


def audit_all(plans_dir: Path, labels: list[dict]) -> dict[str, Any]:
    from ehcp_audit.audit import audit_file
    from ehcp_audit.config import Settings

    settings = Settings()
    results = {}
    for label in labels:
        try:
            results[label["file"]] = audit_file(plans_dir / label["file"], settings).to_dict()
        except Exception as exc:  # a crash is a result too: count it, go on
            results[label["file"]] = {"status": "crash", "error": repr(exc)}
    return results


class Tally:
    def __init__(self) -> None:
        self.hit: Counter[str] = Counter()
        self.total: Counter[str] = Counter()
        self.misses: dict[str, list[str]] = {}

    def add(self, name: str, ok: bool, miss: str | None = None) -> None:
        self.total[name] += 1
        self.hit[name] += bool(ok)
        if not ok and miss:
            self.misses.setdefault(name, []).append(miss)

    def share(self, name: str) -> float | None:
        return round(self.hit[name] / self.total[name], 3) if self.total[name] else None


def _tool_section(result: dict, key: str) -> dict | None:
    sections = result.get("sections") or {}
    if key in sections:
        return sections[key]
    if key in ("H1", "H2") and "H" in sections:
        return sections["H"]
    if key == "H":
        return sections.get("H1") or sections.get("H2")
    return None


def score_sections(t: Tally, name: str, label: dict, result: dict) -> None:
    missing = set(result.get("missing_sections") or [])
    for f in result.get("findings") or []:
        if f.get("code") == "S-MISSING" and f.get("section"):
            missing.add(f["section"])
    for key, text in (result.get("sections") or {}).items():
        if _FURNITURE.search(text.get("text") or ""):
            t.misses.setdefault("page furniture inside section text", []).append(f"{name}: {key}")
    for key, want in label["sections"].items():
        got = _tool_section(result, key)
        t.add("section heading found", got is not None, f"{name}: {key} '{want['heading'][:60]}'")
        text = (got or {}).get("text") or ""
        ok = (
            got is not None
            and marker_in(want.get("first", ""), text)
            and marker_in(want.get("last", ""), text)
        )
        t.add("section found with its content", ok, f"{name}: {key}")
        # "H" stands for H1/H2 and the other way round: one false error per labelled key
        reported = key in missing or (
            "H" in missing if key in ("H1", "H2") else key == "H" and bool(missing & {"H1", "H2"})
        )
        if reported:
            t.misses.setdefault("false missing-section errors", []).append(f"{name}: {key}")


def score_outcomes(t: Tally, name: str, label: dict, result: dict) -> None:
    found = result.get("outcomes") or []
    pairs = match(label["outcomes"], found, ("text",))
    matched = {i for i, _ in pairs}
    for i, lab in enumerate(label["outcomes"]):
        t.add("outcomes recall", i in matched, f"{name}: {lab['text'][:70]}")
    matched_found = {j for _, j in pairs}
    for j, item in enumerate(found):
        t.add("outcomes precision", j in matched_found, f"{name}: {str(item.get('text'))[:70]}")
    for i, j in pairs:
        lab, item = label["outcomes"][i], found[j]
        for letter in ("specific", "measurable", "time_bound"):
            ok = item.get(letter) is not None and bool(item.get(letter)) == lab[letter]
            t.add(f"SMART {letter}", ok, f"{name}: want {lab[letter]}: {lab['text'][:60]}")
        if lab["provision_as_outcome"]:
            t.add(
                "provision-as-outcome caught",
                bool(item.get("provision_as_outcome")),
                f"{name}: {lab['text'][:60]}",
            )


def score_provision(t: Tally, name: str, label: dict, result: dict) -> None:
    found = result.get("provision") or []
    pairs = match(label["provision"], found, ("text", "row_text"))
    matched = {i for i, _ in pairs}
    for i, lab in enumerate(label["provision"]):
        t.add("provision recall", i in matched, f"{name}: {lab['text'][:70]}")
    matched_found = {j for _, j in pairs}
    for j, item in enumerate(found):
        t.add("provision precision", j in matched_found, f"{name}: {str(item.get('text'))[:70]}")
    for i, j in pairs:
        lab, item = label["provision"][i], found[j]
        if lab["quantified"] is not None:
            ok = (
                item.get("quantified") is not None and bool(item["quantified"]) == lab["quantified"]
            )
            t.add(
                "quantified agreement", ok, f"{name}: want {lab['quantified']}: {lab['text'][:60]}"
            )
        if lab["weekly_minutes"] is not None:
            got = weekly_minutes(item)
            want = float(lab["weekly_minutes"])
            ok = got is not None and abs(got - want) <= max(1.0, 0.05 * want)
            t.add(
                "weekly minutes agreement",
                ok,
                f"{name}: want {want:g} got {got}: {lab['text'][:50]}",
            )
        t.add(
            "who agreement",
            bool(item.get("who_specified")) == (lab["who"] is not None),
            f"{name}: want {lab['who']}: {lab['text'][:50]}",
        )
        t.add(
            "group size agreement",
            (item.get("group_size") is not None) == (lab["group_size"] is not None),
            f"{name}: want {lab['group_size']}: {lab['text'][:50]}",
        )


def score_thread(t: Tally, name: str, label: dict, result: dict) -> None:
    codes = Counter(f.get("code") for f in result.get("findings") or [])
    planted = {p["code"] for p in label["planted"]}
    for code in sorted(planted):
        t.add("planted cases detected", codes[code] > 0, f"{name}: {code}")
        t.add(f"  {code}", codes[code] > 0, name)
    for code in label["must_not"]:
        if codes[code]:
            t.misses.setdefault("false positives of planted codes", []).append(f"{name}: {code}")
    errors = [f.get("code") for f in result.get("findings") or [] if f.get("level") == "error"]
    other = [c for c in errors if c not in planted]
    if label.get("quality") == "good":
        t.total["good plans"] += 1
        for code in errors:
            t.misses.setdefault("error findings on good plans", []).append(f"{name}: {code}")
    for code in other:
        t.misses.setdefault("unplanted error findings (all plans)", []).append(f"{name}: {code}")


def evaluate(labels: list[dict], results: dict[str, dict]) -> Tally:
    t = Tally()
    for label in labels:
        name = label["file"].rsplit(".", 1)[0]
        result = results[label["file"]]
        if result.get("status") == "crash":
            t.misses.setdefault("crashes", []).append(f"{name}: {result['error'][:80]}")
        if not label["is_ehcp"]:
            t.add("non-EHCPs recognised", result.get("status") == "not_ehcp", name)
            continue
        t.add("EHCPs audited as EHCPs", result.get("status") == "audited", name)
        score_sections(t, name, label, result)
        score_outcomes(t, name, label, result)
        score_provision(t, name, label, result)
        score_thread(t, name, label, result)
    return t


ROWS = [
    ("section heading found", "share of labelled statutory sections with a heading found"),
    ("section found with its content", "… and its first and last words inside it"),
    ("EHCPs audited as EHCPs", "plans not rejected as non-EHCP"),
    ("non-EHCPs recognised", "status not_ehcp"),
    ("outcomes recall", "labelled outcomes found (fuzzy text match)"),
    ("outcomes precision", "extracted outcomes that are labelled ones"),
    ("SMART specific", "agreement on matched outcomes"),
    ("SMART measurable", "agreement on matched outcomes"),
    ("SMART time_bound", "agreement on matched outcomes"),
    ("provision-as-outcome caught", "resource written as an outcome, flagged"),
    ("provision recall", "labelled provision statements found"),
    ("provision precision", "extracted statements that are labelled ones"),
    ("quantified agreement", "on matched statements (equipment excluded)"),
    ("weekly minutes agreement", "within 5% where the label has a weekly figure"),
    ("who agreement", "who_specified vs a named role"),
    ("group size agreement", "group size stated or not"),
    ("planted cases detected", "golden-thread / statutory gaps (recall)"),
]
COUNTS = [
    "false missing-section errors",
    "page furniture inside section text",
    "false positives of planted codes",
    "error findings on good plans",
    "unplanted error findings (all plans)",
    "crashes",
]


def _grouped(items: list[str]) -> str:
    """'plan: X' entries as 'plan X×n, Y' per plan, plan names shortened to their number."""
    per_plan: dict[str, Counter[str]] = {}
    for item in items:
        plan, _, what = item.partition(": ")
        per_plan.setdefault(plan.split("_")[0], Counter())[what] += 1
    return "; ".join(
        plan + " " + ", ".join(w + (f"×{n}" if n > 1 else "") for w, n in whats.items())
        for plan, whats in per_plan.items()
    )


def table(t: Tally) -> str:
    lines = ["| measure | value | n | what |", "|---|---:|---:|---|"]
    for name, what in ROWS:
        share = t.share(name)
        value = "–" if share is None else f"{share:.2f}"
        lines.append(f"| {name} | {value} | {t.total[name]} | {what} |")
        if name == "planted cases detected":
            for code in THREAD_CODES:
                key = f"  {code}"
                if t.total[key]:
                    lines.append(f"| &nbsp;&nbsp;{code} | {t.hit[key]}/{t.total[key]} | | |")
    for name in COUNTS:
        items = t.misses.get(name, [])
        extra = f" (over {t.total['good plans']} good plans)" if name.startswith("error f") else ""
        lines.append(f"| {name} | {len(items)} | | {_grouped(items)}{extra} |")
    return "\n".join(lines)


def details(t: Tally) -> str:
    out = []
    for name, items in t.misses.items():
        if name in COUNTS:
            continue
        out.append(f"\n## misses: {name} ({len(items)})")
        out += [f"- {m}" for m in items]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=Path, default=HELDOUT / "plans")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--json", type=Path, help="write the figures and misses as JSON")
    args = parser.parse_args(argv)
    labels = ensure_plans(args.plans)
    started = time.perf_counter()
    results = audit_all(args.plans, labels)
    seconds = time.perf_counter() - started
    t = evaluate(labels, results)
    print(f"Held-out evaluation: {len(labels)} documents, audited in {seconds:.1f} s\n")
    print(table(t))
    if args.details:
        print(details(t))
    if args.json:
        figures = {name: {"share": t.share(name), "n": t.total[name]} for name in t.total}
        data = {"figures": figures, "misses": t.misses, "seconds": round(seconds, 1)}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
