"""Regenerate the fictional sample corpus and its expected-results files.

    python corpus_samples/generate.py

Content lives in corpus_samples/content/planNN.py (one module per sample);
renderers live in render_docx.py / render_pdf.py / pdf_shapes.py; the
expected JSON is derived from the content model by expected.py.  Output is
byte-stable: docx zip members and core properties carry fixed dates, and
reportlab runs with invariant=1.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))
    __package__ = "corpus_samples"

from corpus_samples import pdf_shapes, render_docx  # noqa: E402
from corpus_samples.expected import build_expected  # noqa: E402

PLAN_MODULES = sorted(
    f"corpus_samples.content.{p.stem}" for p in (HERE / "content").glob("plan[0-9][0-9].py")
)

RENDERERS = {
    "docx_flow": render_docx.render_flow,
    "docx_tables": render_docx.render_all_tables,
    "pdf_running": pdf_shapes.render_running_headers,
    "pdf_parts": pdf_shapes.render_part_headings,
    "pdf_young_person": pdf_shapes.render_young_person,
    "pdf_word_export": pdf_shapes.render_word_export,
    "pdf_case_export": pdf_shapes.render_case_export,
    "pdf_two_column": pdf_shapes.render_two_column,
}


def load_plans(only: list[str] | None = None) -> list:
    mods = [m for m in PLAN_MODULES if not only or m[-2:] in only]
    return [importlib.import_module(m).PLAN for m in mods]


def main(argv: list[str] | None = None) -> int:
    """Optional arguments: sample numbers to build (e.g. 01 03)."""
    only = [a.zfill(2) for a in (argv if argv is not None else sys.argv[1:])]
    out_dir = HERE
    exp_dir = HERE / "expected"
    exp_dir.mkdir(exist_ok=True)
    for plan in load_plans(only):
        path = out_dir / plan.file
        pages = RENDERERS[plan.meta["renderer"]](plan, path)
        expected = build_expected(plan)
        text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
        (exp_dir / f"{plan.stem}.json").write_text(text, encoding="utf-8")
        extra = f", {pages} pages" if pages else ""
        print(f"{plan.file}: {expected['words_approx']} words{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
