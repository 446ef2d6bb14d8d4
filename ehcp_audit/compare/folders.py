"""Two folders of plans (last year's and this year's): pair them by child, diff each pair, and
sum up the batch.

Plans pair by the child's name and date of birth from the front matter, or by a mapping CSV
(``old,new`` columns holding file names or paths relative to each folder). A file that reads
badly is reported and left out; the rest go on.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ehcp_audit.compare.diff import diff_plans
from ehcp_audit.compare.plan import PlanView, load_plan
from ehcp_audit.config import Settings


def child_key(view: PlanView) -> tuple[str, str | None] | None:
    if not view.child_name:
        return None
    name = " ".join(re.findall(r"[a-z'-]+", view.child_name.lower()))
    return (name, view.date_of_birth) if name else None


def read_pairs_csv(path: Path) -> list[tuple[str, str]]:
    """``old,new`` rows (a header row naming them is optional)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["old", "new"]:
        rows = rows[1:]
    pairs = []
    for number, row in enumerate(rows, 1):
        if len(row) < 2:
            raise ValueError(f"row {number} needs two columns (old, new)")
        pairs.append((row[0].strip(), row[1].strip()))
    return pairs


def _resolve(name: str, folder: Path, files: dict[str, Path]) -> Path | None:
    for candidate in (folder / name, Path(name)):
        for path in files.values():
            if path.resolve() == candidate.resolve():
                return path
    matches = [p for p in files.values() if p.name == Path(name).name]
    return matches[0] if len(matches) == 1 else None


def _load_all(
    files: list[Path], settings: Settings, problems: list[tuple[str, str]]
) -> dict[Path, PlanView]:
    from ehcp_audit.errors import UnreadableFile
    from ehcp_audit.files import display_path

    views: dict[Path, PlanView] = {}
    for path in files:
        try:
            views[path] = load_plan(path, settings, display_path(path))
        except UnreadableFile as exc:
            problems.append((display_path(path), exc.cause))
        except OSError as exc:
            problems.append((display_path(path), f"cannot read file: {exc.strerror or exc}"))
    return views


def pair_folders(
    old_files: list[Path],
    new_files: list[Path],
    settings: Settings,
    old_folder: Path,
    new_folder: Path,
    pairs_csv: Path | None = None,
    include_text: bool = False,
    on_pair: Callable[[], None] | None = None,
) -> dict[str, Any]:
    problems: list[tuple[str, str]] = []
    old_views = _load_all(old_files, settings, problems)
    new_views = _load_all(new_files, settings, problems)
    pairs: list[tuple[PlanView, PlanView]] = []
    paired_old: set[Path] = set()
    paired_new: set[Path] = set()
    if pairs_csv is not None:
        old_by = {str(p): p for p in old_views}
        new_by = {str(p): p for p in new_views}
        for old_name, new_name in read_pairs_csv(pairs_csv):
            a = _resolve(old_name, old_folder, old_by)
            b = _resolve(new_name, new_folder, new_by)
            if a is None or b is None:
                problems.append(
                    (str(pairs_csv), f"no plan for '{old_name if a is None else new_name}'")
                )
                continue
            pairs.append((old_views[a], new_views[b]))
            paired_old.add(a)
            paired_new.add(b)
    else:
        by_child: dict[tuple, list[Path]] = {}
        for path, view in new_views.items():
            if (key := child_key(view)) is not None:
                by_child.setdefault(key, []).append(path)
        for path, view in old_views.items():
            key = child_key(view)
            candidates = [p for p in by_child.get(key, []) if p not in paired_new] if key else []
            if len(candidates) >= 1:
                pairs.append((view, new_views[candidates[0]]))
                paired_old.add(path)
                paired_new.add(candidates[0])
    diffs = []
    for old, new in pairs:
        diffs.append(diff_plans(old, new, include_text))
        if on_pair:
            on_pair()
    return {
        "diffs": diffs,
        "unpaired_old": sorted(v.file for p, v in old_views.items() if p not in paired_old),
        "unpaired_new": sorted(v.file for p, v in new_views.items() if p not in paired_new),
        "problems": problems,
    }


def batch_summary(outcome: dict[str, Any]) -> dict[str, Any]:
    diffs = outcome["diffs"]
    n = len(diffs)

    def plans_with(kind: str) -> int:
        return sum(1 for d in diffs if d["summary"]["provision"].get(kind))

    carried = sum(1 for d in diffs if d["summary"]["outcomes_carried_over"])
    before = [d["summary"]["weekly_minutes_old"] for d in diffs]
    after = [d["summary"]["weekly_minutes_new"] for d in diffs]
    return {
        "pairs": n,
        "unpaired_old": outcome["unpaired_old"],
        "unpaired_new": outcome["unpaired_new"],
        "unreadable": [{"file": f, "cause": c} for f, c in outcome["problems"]],
        "carried_over_plans": carried,
        "carried_over_plans_pct": round(100 * carried / n, 1) if n else None,
        "plans_reduced": plans_with("reduced"),
        "plans_vaguer": plans_with("vaguer"),
        "plans_removed": plans_with("removed"),
        "plans_increased": plans_with("increased"),
        "weekly_minutes_old": round(sum(v for v in before if v), 1),
        "weekly_minutes_new": round(sum(v for v in after if v), 1),
    }


PAIR_COLUMNS = (
    "old",
    "new",
    "provision_removed",
    "provision_reduced",
    "provision_vaguer",
    "provision_increased",
    "provision_new",
    "provision_unchanged",
    "outcomes_carried_over",
    "outcomes_reworded",
    "outcomes_new",
    "outcomes_removed",
    "needs_removed",
    "golden_thread_breaks",
    "weekly_minutes_old",
    "weekly_minutes_new",
)


def pair_row(diff: dict[str, Any]) -> dict[str, Any]:
    s = diff["summary"]
    return {
        "old": diff["old"],
        "new": diff["new"],
        **{f"provision_{k}": s["provision"][k] for k in ("removed", "reduced", "vaguer")},
        **{f"provision_{k}": s["provision"][k] for k in ("increased", "new", "unchanged")},
        "outcomes_carried_over": s["outcomes_carried_over"],
        "outcomes_reworded": s["outcomes"]["reworded"],
        "outcomes_new": s["outcomes"]["new"],
        "outcomes_removed": s["outcomes"]["removed"],
        "needs_removed": sum(1 for n in diff["needs"] if n["status"] == "removed"),
        "golden_thread_breaks": len(diff["golden_thread"]),
        "weekly_minutes_old": s["weekly_minutes_old"],
        "weekly_minutes_new": s["weekly_minutes_new"],
    }


def pairs_csv_text(diffs: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=PAIR_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for diff in diffs:
        writer.writerow(pair_row(diff))
    return out.getvalue()
