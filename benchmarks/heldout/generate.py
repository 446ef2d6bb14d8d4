"""Build the held-out plans and their expected labels.

    python benchmarks/heldout/generate.py            # all plans into benchmarks/heldout/plans/
    python benchmarks/heldout/generate.py --out DIR  # elsewhere

Plans are written to ``plans/`` (git-ignored, byte-stable); the labels to ``expected/`` (kept
in git so a reviewer can read them beside the content in ``content.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content import PLANS  # noqa: E402
from model import Bul, Grid, Oc, P, Plan, Pv, Sub, Tbl, item_text, row_cells  # noqa: E402
from render import render  # noqa: E402

THREAD_CODES = (
    "T-NEED-NO-PROVISION",
    "T-OUTCOME-NO-PROVISION",
    "G-THERAPY-IN-HEALTH",
    "D-LATE-20-WEEKS",
    "K-ADVICE-MISSING",
    "I-DRAFT-NAMES-SETTING",
)
_MARK_WORDS = 6


def _lines(blocks, key: str) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, P):
            lines.append(item_text(block.text))
        elif isinstance(block, Sub):
            lines.append(block.text)
        elif isinstance(block, Bul):
            lines += [item_text(i) for i in block.items]
        elif isinstance(block, Tbl):
            lines += [c for r in block.rows for c in row_cells(r) if c]
        elif isinstance(block, Grid) and key in block.col_keys:
            col = block.col_keys.index(key)
            lines += [item_text(r[col]) for r in block.rows if item_text(r[col])]
    return lines


def _walk_items(blocks, key: str):
    """Every item in reading order that belongs to section ``key``."""
    for block in blocks:
        if isinstance(block, P):
            yield block.text
        elif isinstance(block, Bul):
            yield from block.items
        elif isinstance(block, Tbl):
            for row in block.rows:
                yield from [row] if isinstance(row, (Oc, Pv)) else row
        elif isinstance(block, Grid) and key in block.col_keys:
            col = block.col_keys.index(key)
            yield from (r[col] for r in block.rows)


def _outcome_label(o: Oc) -> dict:
    return {
        "text": o.text,
        "kind": o.kind,
        "label": o.label.strip() or None,
        "by_when": o.by_when or None,
        "specific": o.specific,
        "measurable": o.measurable,
        "time_bound": o.time_bound,
        "provision_as_outcome": o.provision_as_outcome,
    }


def _provision_label(p: Pv) -> dict:
    return {
        "text": p.text,
        "row_text": p.row_text,
        "quantified": p.quantified,
        "weekly_minutes": p.weekly_minutes,
        "group_size": p.group_size,
        "who": p.who,
    }


def expected(plan: Plan) -> dict:
    data: dict = {
        "file": f"{plan.name}.{plan.fmt}",
        "shape": plan.shape,
        "is_ehcp": plan.is_ehcp,
        "status": plan.status if plan.is_ehcp else None,
        "dates": plan.dates,
        "planted": [{"code": c, "what": w} for c, w in plan.planted],
    }
    planted = {c for c, _ in plan.planted}
    data["must_not"] = [c for c in THREAD_CODES if c not in planted] if plan.is_ehcp else []
    data["quality"] = "good" if plan.is_ehcp and not planted else None
    sections: dict[str, dict] = {}
    outcomes: list[dict] = []
    provision: list[dict] = []
    seen_items: set[int] = set()
    for section in plan.sections:
        for key in section.keys:
            lines = _lines(section.blocks, key)
            words = " ".join(lines).split()
            entry = sections.setdefault(key, {"heading": section.heading, "words": 0})
            if words:
                entry.setdefault("first", " ".join(words[:_MARK_WORDS]))
                entry["last"] = " ".join(words[-_MARK_WORDS:])
            entry["words"] += len(words)
            for item in _walk_items(section.blocks, key):
                if id(item) in seen_items:
                    continue
                if isinstance(item, Oc) and key == "E":
                    outcomes.append(_outcome_label(item))
                    seen_items.add(id(item))
                elif isinstance(item, Pv) and key == "F":
                    provision.append(_provision_label(item))
                    seen_items.add(id(item))
    data["sections"] = sections
    data["outcomes"] = outcomes
    data["provision"] = provision
    return data


def build(out: Path, expected_dir: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    expected_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for make in PLANS:
        plan = make()
        path = out / f"{plan.name}.{plan.fmt}"
        render(plan, path)
        label = json.dumps(expected(plan), indent=2, ensure_ascii=False) + "\n"
        (expected_dir / f"{plan.name}.json").write_text(label, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "plans")
    parser.add_argument("--expected", type=Path, default=HERE / "expected")
    args = parser.parse_args(argv)
    for path in build(args.out, args.expected):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
