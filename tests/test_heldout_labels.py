"""The held-out set's labels must describe the files it writes: every labelled outcome, provision
statement and section marker occurs in the text read back from the .docx / .pdf, and the build
is byte-stable. (The set measures the tool; this checks the measuring stick, not the tool.)"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "heldout"
sys.path.insert(0, str(HELDOUT))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2022", " ")).strip().lower()


def _read(path: Path) -> str:
    if path.suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    from generate import build

    out = tmp_path_factory.mktemp("heldout")
    build(out / "plans", out / "expected")
    return out / "plans", out / "expected"


def test_labels_are_the_committed_ones(built) -> None:
    _, expected = built
    for path in sorted(expected.glob("*.json")):
        committed = HELDOUT / "expected" / path.name
        assert committed.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{path.name}: run benchmarks/heldout/generate.py and commit expected/"
        )


def test_every_label_occurs_in_its_file(built) -> None:
    plans, expected = built
    for path in sorted(expected.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        text = _norm(_read(plans / label["file"]))
        wanted = [o["text"] for o in label["outcomes"]] + [p["text"] for p in label["provision"]]
        for section in label["sections"].values():
            wanted += [section["first"], section["last"]]
        for item in wanted:
            assert _norm(item) in text, f"{label['file']}: label not in file: {item[:60]}"
        assert label["is_ehcp"] == bool(label["sections"])


def test_build_is_byte_stable(built, tmp_path) -> None:
    from content import PLANS
    from render import render

    plans, _ = built
    for make in (PLANS[0], PLANS[5]):  # one .docx, one .pdf with running headers
        plan = make()
        again = tmp_path / f"{plan.name}.{plan.fmt}"
        render(plan, again)
        first = plans / again.name
        assert (
            hashlib.sha256(first.read_bytes()).digest()
            == hashlib.sha256(again.read_bytes()).digest()
        )
