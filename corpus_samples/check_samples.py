"""Sanity checks for the generated samples (run after generate.py).

    python corpus_samples/check_samples.py

Reads each output back with python-docx or pypdfium2 and checks it against
its expected JSON: docx line sequences must match exactly; PDF text (with
page furniture removed) must contain every expected line, sentence, outcome
and provision text.  Also prints word and page counts, and warnings for the
author to review (acronyms, vague phrases, unlabelled time words).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpus_samples.model import VAGUE_PROVISION_TERMS  # noqa: E402

# Everyday abbreviations a careful reader would not call unexplained jargon.
COMMON_ABBREVIATIONS = {
    "NHS",
    "GP",
    "PE",
    "UK",
    "GCSE",
    "GCSEs",
    "BTEC",
    "TBC",
    "XXX",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "H1",
    "H2",
    "C1",
    "C2",
    "D1",
    "D2",
    "OFFICIAL-SENSITIVE",
    "IT",
    "ICT",
    "PTO",
    "DOB",
    "TV",
    "OK",
    "MP",
    "PPA",
    "CHILD'S",
    "NAME",
    "STEM",
}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------
# extraction


def docx_lines(path: Path) -> list[str]:
    d = docx.Document(str(path))
    out: list[str] = []

    def walk(container) -> None:
        for item in container.iter_inner_content():
            if isinstance(item, Paragraph):
                if item.text.strip():
                    out.append(item.text)
            elif isinstance(item, Table):
                for row in item.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen:
                            continue
                        seen.add(id(c._tc))
                        walk(c)

    walk(d)
    return out


def pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    pages = []
    for page in pdf:
        tp = page.get_textpage()
        pages.append(tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
        tp.close()
        page.close()
    pdf.close()
    return pages


def furniture_patterns(exp: dict) -> list[re.Pattern]:
    name = re.escape(exp["child"]["name"] or "")
    pats = [
        r"^OFFICIAL-SENSITIVE$",
        r"^.*Council – Education, Health and Care Plan$",
        rf"^Plan for: {name}$",
        r"^Page \d+ of \d+$",
        rf"^Plan for: {name} ?Page \d+ of \d+$",
        r"^.*\| Final plan \|.*Page \d+ of \d+$",
        r"^.*\| Final plan \| .*$",
        r"^Section [A-K]\d?: .* \(continued\)$",
        r"^.* \(continued\)$",
        r"^Page \d+$",
        r"^Page \d+ of \d+ .*$",
        r"^.* Page \d+ of \d+$",
        r"^OFFICIAL-SENSITIVE .*$",
        r"^.*OFFICIAL-SENSITIVE$",
        r"^Education, Health and Care Plan: .*$",
        r"^EHC Plan – .*$",
    ]
    if exp["file"].startswith("04"):
        pats.append(r"^\d+$")  # bare page number footer
    return [re.compile(p) for p in pats]


# --------------------------------------------------------------------------
# checks


def expected_lines(exp: dict) -> list[str]:
    """Every line in document order, from the content model (a heading naming several
    sections, a Part title over sections, and the national tables are all in place)."""
    from corpus_samples.expected import all_lines
    from corpus_samples.generate import load_plans

    for plan in load_plans([exp["file"][:2]]):
        return [x for x in all_lines(plan) if x]
    raise KeyError(exp["file"])


def label_texts(exp: dict) -> list[str]:
    lab = exp["labels"]
    out = [s["text"] for q in lab["section_a"] for s in q["sentences"]]
    out += [o["text"] for o in lab["outcomes"]]
    out += [p["text"] for p in lab["provision"]]
    out += [q["question"] for q in lab["section_a"]]
    return out


def acronym_warnings(exp: dict, text: str) -> list[str]:
    warns = []
    listed = set(exp["labels"]["unexplained_acronyms"])
    tokens = re.findall(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b", text)
    for tok in dict.fromkeys(tokens):
        if tok in COMMON_ABBREVIATIONS or not re.search(r"[A-Z].*[A-Z]", tok):
            continue
        if tok.isupper() is False and not re.fullmatch(r"[A-Z]+[a-z]?[A-Z]*o?", tok):
            continue
        if len(tok) > 6:
            continue
        first = text.find(tok)
        explained = text.find(f"({tok})")
        if explained == -1:
            explained = text.find(f"{tok} (")  # reverse form "SENCo (special ...)"
        ok = explained != -1 and explained <= first + len(tok) + 200
        if not ok and tok not in listed:
            warns.append(f"acronym {tok} not explained and not listed")
        if ok and tok in listed:
            warns.append(f"acronym {tok} listed as unexplained but explained")
    return warns


def label_warnings(exp: dict) -> list[str]:
    warns = []
    for p in exp["labels"]["provision"]:
        low = p["text"].lower()
        for term in VAGUE_PROVISION_TERMS:
            if (
                re.search(rf"(?<![a-z]){re.escape(term)}(?![a-z])", low)
                and term not in p["vague_terms"]
            ):
                warns.append(f"provision has '{term}' not in vague_terms: {p['text'][:70]}")
    time_words = re.compile(
        r"\b(20\d\d|term|year \d|key stage|annual review|half-term|weeks?|months?"
        r"|easter|july|december)\b",
        re.I,
    )
    for o in exp["labels"]["outcomes"]:
        if bool(time_words.search(o["text"])) != o["time_bound"]:
            warns.append(f"time words vs time_bound={o['time_bound']}: {o['text'][:70]}")
    return warns


def check(exp_path: Path) -> bool:
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    path = HERE / exp["file"]
    ok = True
    errors: list[str] = []
    info = ""
    if exp["format"] == "docx":
        got = docx_lines(path)
        want = expected_lines(exp)
        if got != want:
            ok = False
            for i, (a, b) in enumerate(zip(got, want, strict=False)):
                if a != b:
                    errors.append(f"line {i}: got {a[:70]!r} want {b[:70]!r}")
                    break
            if len(got) != len(want):
                errors.append(f"{len(got)} lines extracted, {len(want)} expected")
        full = "\n".join(got)
        words = len(full.split())
        info = f"{words} words"
    else:
        pages = pdf_pages(path)
        pats = furniture_patterns(exp)
        body_lines = []
        for i, page in enumerate(pages, 1):
            lines = [ln.strip() for ln in page.split("\n")]
            if exp["file"].startswith("03"):
                if "OFFICIAL-SENSITIVE" not in lines:
                    errors.append(f"page {i}: no OFFICIAL-SENSITIVE header")
                if not any(re.search(rf"Page {i} of {len(pages)}", ln) for ln in lines):
                    errors.append(f"page {i}: no 'Page {i} of {len(pages)}' footer")
                if not any(f"Plan for: {exp['child']['name']}" in ln for ln in lines):
                    errors.append(f"page {i}: no 'Plan for' footer")
                if not any("Council – Education, Health and Care Plan" in ln for ln in lines):
                    errors.append(f"page {i}: no council header")
            body_lines += [ln for ln in lines if ln and not any(p.match(ln) for p in pats)]
        full = "\n".join(body_lines)
        flat = norm(full.replace("\u2022", " "))
        for line in expected_lines(exp) + label_texts(exp):
            if norm(line) not in flat:
                errors.append(f"not found in PDF text: {line[:80]!r}")
                ok = False
        words = len(full.replace("\u2022", " ").split())
        cont = sum(1 for p in pages for ln in p.split("\n") if ln.strip().endswith("(continued)"))
        info = f"{words} words, {len(pages)} pages, {cont} continued headings"
    flat_all = norm(full)
    for t in label_texts(exp):
        if norm(t) not in flat_all:
            errors.append(f"label text not in document: {t[:80]!r}")
    for ph in exp["labels"]["placeholders"] + exp["labels"]["other_child_names"]:
        if ph not in full:
            errors.append(f"listed string not in document: {ph!r}")
    if errors:
        ok = False
    warns = acronym_warnings(exp, full) + label_warnings(exp)
    status = "OK " if ok else "FAIL"
    print(f"{status} {exp['file']}: {info} (expected {exp['words_approx']} words)")
    for e in errors[:15]:
        print("   error:", e)
    for w in warns:
        print("   warn:", w)
    return ok


def main() -> int:
    only = sys.argv[1:]
    paths = sorted((HERE / "expected").glob("*.json"))
    if only:
        paths = [p for p in paths if p.name[:2] in only]
    results = [check(p) for p in paths]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
