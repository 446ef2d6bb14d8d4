"""Reference tables for the README, generated from the rule files and the CSV column list.

``python -m ehcp_audit.docs`` rewrites the marked blocks of README.md; a test fails when the
README is out of date.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown(rules: Sequence) -> str:
    lines = ["| Code | Level | Section | What it finds | How to fix it |", "|---|---|---|---|---|"]
    for r in rules:
        lines.append(
            f"| `{r.code}` | {r.level} | {r.section} | {_cell(r.description)} | {_cell(r.fix)} |"
        )
    return "\n".join(lines) + "\n"


def columns_markdown() -> str:
    from ehcp_audit.report.csvout import PLAN_COLUMNS

    lines = ["| Column | Meaning |", "|---|---|"]
    lines += [f"| `{name}` | {_cell(text)} |" for name, text, _ in PLAN_COLUMNS]
    return "\n".join(lines) + "\n"


BLOCKS = {"rules": lambda: rules_markdown(_rules()), "csv-columns": columns_markdown}


def _rules():
    from ehcp_audit.registry import shipped_rules

    return shipped_rules()


def render_readme(text: str) -> str:
    for name, make in BLOCKS.items():
        pattern = re.compile(rf"(<!-- begin {name} -->\n).*?(<!-- end {name} -->)", re.S)
        text = pattern.sub(lambda m, make=make: m.group(1) + make() + m.group(2), text)
    return text


def main(argv: Sequence[str] | None = None) -> int:
    path = Path(argv[0] if argv else "README.md")
    old = path.read_text(encoding="utf-8")
    new = render_readme(old)
    if new != old:
        path.write_text(new, encoding="utf-8")
        print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
