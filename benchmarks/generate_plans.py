"""Generate realistic fictional EHCPs of about 5,000 words for benchmarking ehcp-audit.

    python benchmarks/generate_plans.py OUT_DIR --count N --seed S [--format docx|pdf|mixed]

Each plan starts from one of the sample plans in ``corpus_samples/content`` (the real EHCPs
among them: 01-06 and 09) and is drawn with one of the sample renderers: heading-styled Word
(Heading 1, Heading 2, or bold Normal text), all-tables Word, PDF with running headers and
"(continued)" headings, PDF styled as a Word export (Part headings in sample 04), and the
young person's PDF. Every plan is then varied with a random number generator seeded from
``--seed`` and the plan's number, so the same seed always gives byte-identical files whichever
process drew them:

- the child's first name and surname (first names follow the sample's pronouns, because the
  content model does not mark which pronouns refer to the child, so they cannot be swapped);
- every year in the plan shifted by the same few years (ages and dates stay consistent);
- in outcomes and short-term targets: counts, "N out of M", percentages and "By <month>";
- Sections B, C and K padded with paragraphs drawn from ``plan_bank.py`` (67 paragraph
  templates with their own names, pronouns, numbers and dates) until the plan reaches a
  target drawn between 4,700 and 5,300 words; a sample already longer than that first loses
  some of its own paragraphs from B, C, D, G and K.

Word counts are whitespace-separated words of the text the renderer writes (front matter,
headings and section text; PDF page headers and footers excluded), as in corpus_samples.

Writes ``plan_00001.docx`` ... and ``manifest.json`` (seed, count, format, each file's words,
template and sha256) in OUT_DIR; earlier ``plan_*.docx|pdf`` files there are removed first.
Everything is fictional.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import functools
import hashlib
import importlib
import json
import multiprocessing as mp
import os
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import plan_bank  # noqa: E402

from corpus_samples import pdf_shapes, render_docx  # noqa: E402
from corpus_samples.expected import word_count  # noqa: E402
from corpus_samples.model import LP, F, H, Outcome, P, Plan, Q, Section, T, cell  # noqa: E402

GENERATOR_VERSION = 2  # bump when the output for a given seed changes
MIN_WORDS, MAX_WORDS = 4700, 5300  # target range; the last paragraph may overshoot by ~110
MIN_PADDING = 250  # every plan gets at least this many words of varied padding

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

# Samples that are not a good EHCP to copy: the poor plan (07) and the non-plan (08).
LEFT_OUT = ("07", "08")
SAMPLES = tuple(
    p.stem[4:]
    for p in sorted((ROOT / "corpus_samples" / "content").glob("plan[0-9][0-9].py"))
    if p.stem[4:] not in LEFT_OUT
)
FALLBACK_COUNCILS = (
    "Eastmere Borough Council",
    "Westholm City Council",
    "Northbridge County Council",
    "Ashworth Metropolitan Borough Council",
    "Fenmarsh County Council",
)

# The same content drawn in another shape, besides every sample in its own shape (the
# originals' settings, kept so the seven first styles still appear in both formats).
CROSS_RENDERS = {
    "docx": (
        ("03", "docx_flow", {"section_style": "Heading 1"}),
        ("04", "docx_flow", {"section_style": "Heading 1"}),
        (
            "09",
            "docx_flow",
            {"section_style": "Heading 2", "sub_styles": {2: "Heading 3", 3: "Heading 4"}},
        ),
    ),
    "pdf": (
        ("01", "pdf_running", {}),
        ("06", "pdf_parts", {}),
        ("05", "pdf_young_person", {}),
        ("02", "pdf_parts", {}),
    ),
}


def templates(fmt: str) -> tuple[tuple[str, str, dict], ...]:
    """(sample, renderer, extra settings) for one format: every good sample of that format in
    its own shape, then the cross renders. Drawn with equal chances, so the new template
    styles (national tables, combined and unlettered headings, PDF exports...) make up most of
    the mix, as the variety of about 150 councils' templates does."""
    own = tuple(
        (number, base_plan(number).meta["renderer"], {})
        for number in SAMPLES
        if base_plan(number).fmt == fmt
    )
    return own + CROSS_RENDERS[fmt]


@functools.cache
def sample_traits(number: str) -> tuple[str, str, str]:
    """(the child's pronoun, age band for the padding paragraphs, council) of a sample."""
    plan = base_plan(number)
    text = " ".join(_all_text(plan)).lower()
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", text))
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text))
    first = plan.child.get("first_name") or ""
    if he == she:  # first-person plans: guess from the sample's own first name
        she = int(first in plan_bank.GIRL_NAMES or first.endswith("a"))
        he = 1 - she
    band = "s" if (plan.child.get("age") or 10) >= 11 else "p"
    council = plan.meta.get("council")
    if not council:
        lines = [line for line in _all_text(plan)[:12] if re.search(r"\bCouncil\b", line)]
        found = re.search(r"((?:[A-Z][a-z]+ ){1,4}Council)\b", lines[0]) if lines else None
        council = found.group(1) if found else FALLBACK_COUNCILS[int(number) % 5]
    return ("she" if she > he else "he"), band, council


PRONOUNS = {
    "she": {"he": "she", "him": "her", "his": "her", "himself": "herself"},
    "he": {"he": "he", "him": "him", "his": "his", "himself": "himself"},
}

_BASE_PLANS: dict[str, Plan] = {}


def base_plan(number: str) -> Plan:
    if number not in _BASE_PLANS:
        _BASE_PLANS[number] = importlib.import_module(f"corpus_samples.content.plan{number}").PLAN
    return _BASE_PLANS[number]


# -- walking the content model -------------------------------------------------------------


def map_strings(value, fn):
    """Apply ``fn`` to every string in a content-model object, in place where it can."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        value[:] = [map_strings(v, fn) for v in value]
        return value
    if isinstance(value, tuple):
        return tuple(map_strings(v, fn) for v in value)
    if isinstance(value, dict):
        for key in list(value):
            value[key] = map_strings(value[key], fn)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name in ("style", "label", "kind", "flags", "voice", "key"):
                continue
            setattr(value, f.name, map_strings(getattr(value, f.name), fn))
        return value
    return value


def iter_blocks(blocks):
    for block in blocks:
        yield block
        if isinstance(block, T):
            for row in block.rows:
                if isinstance(row, Q):
                    yield row
                    continue
                for c in row:
                    yield from iter_blocks(c.blocks)


# -- variations ----------------------------------------------------------------------------

_NUMBER_UNITS = (
    "minutes|seconds|words|turns|times|days|sessions|occasions|objects|phrases|sentences|lessons|"
    "calculations|weeks|hours|facts|questions|steps|evenings|new"
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# One pass, so a number is changed at most once: "N [words] out of M", "N <unit>", "NN%",
# and "By <month> <year>".
_OUTCOME_NUMBERS = re.compile(
    r"\b(?P<n>\d{1,2})(?P<words>(?: [a-z]+){0,2}) out of (?P<total>\d{1,2})\b"
    rf"|\b(?P<count>\d{{1,3}}) (?=(?:{_NUMBER_UNITS})\b)"
    r"|\b(?P<pct>\d{2})%"
    rf"|\bBy (?P<month>{'|'.join(_MONTHS)}) (?=\d{{4}})"
)
_YEAR = re.compile(r"\b(20[0-3]\d)\b")


def vary_outcome(text: str, rng: random.Random) -> str:
    """New counts, scores, percentages and months in an outcome, kept plausible: a score stays
    at least half of its total, and a deadline only moves earlier in the same year."""

    def change(m: re.Match) -> str:
        if m.group("total"):
            total = int(m.group("total"))
            return (
                f"{rng.randint(max(1, (total + 1) // 2), total)}{m.group('words')} out of {total}"
            )
        if m.group("count"):
            n = int(m.group("count"))
            if n < 2:
                return m.group(0)
            return f"{rng.randint(max(2, round(n * 0.6)), max(3, round(n * 1.4)))} "
        if m.group("pct"):
            return f"{rng.choice((70, 75, 80, 85, 90, 95))}%"
        month = _MONTHS.index(m.group("month"))
        return f"By {_MONTHS[rng.randint(max(0, month - 4), month)]} "

    return _OUTCOME_NUMBERS.sub(change, text)


def choose_name(rng: random.Random, pronoun: str, taken: set[str]) -> tuple[str, str]:
    firsts = plan_bank.GIRL_NAMES if pronoun == "she" else plan_bank.BOY_NAMES
    first = rng.choice([n for n in firsts if n not in taken])
    surname = rng.choice([n for n in plan_bank.SURNAMES if n not in taken])
    return first, surname


class Filler:
    """Renders paragraph templates from the bank for one plan."""

    _FIELD = re.compile(r"\{([A-Za-z]+|\d+-\d+)\}")

    def __init__(self, rng: random.Random, first: str, pronoun: str, age: int, year: int) -> None:
        self.rng = rng
        self.values = {"name": first, **PRONOUNS[pronoun]}
        self.values["setting"] = "college" if age >= 16 else "school"
        self.values["adult"] = "teaching assistant" if age < 11 else "learning support assistant"
        self.year = year

    def _field(self, m: re.Match) -> str:
        key = m.group(1)
        rng = self.rng
        if "-" in key:
            low, high = (int(x) for x in key.split("-"))
            return str(rng.randint(low, high))
        if key in self.values:
            return self.values[key]
        if key[0].isupper() and key.lower() in self.values:
            value = self.values[key.lower()]
            return value[0].upper() + value[1:]
        if key == "month":
            return rng.choice(plan_bank.MONTHS)
        if key == "year":
            return str(self.year - rng.randint(0, 1))
        if key == "date":
            day, month = rng.randint(1, 28), rng.choice(plan_bank.MONTHS)
            return f"{day} {month} {self.year - rng.randint(0, 1)}"
        if key == "professional":
            return rng.choice(plan_bank.PROFESSIONALS)
        if key == "topic":
            return rng.choice(plan_bank.TOPICS)
        if key == "need":
            return rng.choice(plan_bank.NEEDS)
        if key == "relative":
            return rng.choice(plan_bank.RELATIVES)
        raise KeyError(key)

    def fill(self, template: str) -> str:
        return self._FIELD.sub(self._field, template)


def trim(plan: Plan, limit: int, rng: random.Random) -> None:
    """Drop some of the sample's own plain paragraphs until the plan is at most ``limit`` words."""
    words = word_count(plan)
    candidates = []
    for section in own_sections(plan):
        if section.key not in ("B", "C", "D", "G", "K"):
            continue
        plain = [
            b
            for b in section.blocks
            if isinstance(b, P) and b.style is None and len(b.text.split()) >= 25
        ]
        candidates.extend((section, b) for b in plain[1:])  # keep each section's first paragraph
    rng.shuffle(candidates)
    while words > limit and candidates:
        section, block = candidates.pop()
        section.blocks.remove(block)
        words -= len(block.text.split())


def pad(plan: Plan, target: int, rng: random.Random, filler: Filler, band: str) -> int:
    """Add bank paragraphs to B, C and K until the plan has at least ``target`` words."""
    sections: dict[str, Section] = {}
    for section in own_sections(plan):
        sections.setdefault(section.key, section)
    banks = {
        key: [e for e in plan_bank.BANK if e[0] == key and e[2] in ("", band)]
        for key in ("B", "C", "K")
        if key in sections
    }
    pools = {key: [] for key in banks}
    weights = {"B": 5, "C": 3, "K": 2}
    words = word_count(plan)
    added = 0
    while words < target:
        keys = [k for k, pool in pools.items() if pool]
        if not keys:
            # A short sample (about 1,500 words) needs more padding than the bank holds once:
            # draw it again, each paragraph filled with new names, numbers and dates.
            for key, bank in banks.items():
                pools[key] = bank[:]
                rng.shuffle(pools[key])
            keys = [k for k, pool in pools.items() if pool]
            if not keys:
                break
        key = rng.choices(keys, weights=[weights[k] for k in keys])[0]
        _, topic, _, template = pools[key].pop()
        text = filler.fill(template)
        section = sections[key]
        tables = [b for b in section.blocks if isinstance(b, T)]
        if tables and len(tables) == len(section.blocks):
            table = tables[-1]
            if table.ncols == 2:
                table.rows.append([cell(topic, bold=True), cell(text)])
            else:
                table.rows.append([cell(text, span=table.ncols)])
        elif key == "K":
            section.blocks.append(P(text))
        else:
            section.blocks.insert(rng.randint(1, len(section.blocks)), P(text))
        words += len(text.split())
        added += 1
    return added


def make_plan(index: int, seed: int, fmt: str) -> tuple[Plan, str, str]:
    """The varied plan for file number ``index``; returns (plan, renderer, file name)."""
    rng = random.Random(f"ehcp-audit-bench:{seed}:{index}")
    if fmt == "mixed":
        fmt = rng.choice(("docx", "pdf"))
    number, renderer, extra = rng.choice(templates(fmt))
    source = base_plan(number)
    plan = copy.deepcopy(source)
    pronoun, band, council = sample_traits(number)

    old_first = source.child["first_name"]
    old_surname = source.child["name"].split()[-1]
    taken = set(re.findall(r"\b[A-Z][a-z]+\b", " ".join(_all_text(source))))
    first, surname = choose_name(rng, pronoun, taken)
    shift = rng.randint(-2, 1)
    names = re.compile(rf"\b(?:{re.escape(old_first)}|{re.escape(old_surname)})\b")
    swap = {old_first: first, old_surname: surname}

    def vary(text: str) -> str:
        text = names.sub(lambda m: swap[m.group(0)], text)
        return _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text) if shift else text

    map_strings(plan.front, vary)
    for item in parts(plan):
        map_strings(item.blocks, vary)
        item.heading = vary(item.heading)
    plan.child = {**source.child, "name": f"{first} {surname}", "first_name": first}
    plan.meta = {**copy.deepcopy(source.meta), **extra}
    plan.meta.setdefault("council", council)
    plan.meta.setdefault("council_header", f"{council} \u2013 Education, Health and Care Plan")
    plan.meta["renderer"] = renderer

    for item in parts(plan):
        for block in iter_blocks(item.blocks):
            if isinstance(block, Outcome):
                block.text = vary_outcome(block.text, rng)

    target = rng.randint(MIN_WORDS, MAX_WORDS)
    if word_count(plan) > target - MIN_PADDING:
        trim(plan, target - MIN_PADDING, rng)
    filler = Filler(rng, first, pronoun, source.child["age"] or 10, 2025 + shift)
    pad(plan, target, rng, filler, band)
    ext = "pdf" if renderer.startswith("pdf") else "docx"
    plan.file = f"plan_{index:05d}.{ext}"
    return plan, renderer, f"{number}/{renderer}"


def _all_text(plan: Plan) -> list[str]:
    out: list[str] = []
    for block in iter_blocks(plan.front):
        if isinstance(block, (P, H, Outcome, F)):
            out.append(block.text)
        elif isinstance(block, LP):
            out.extend(s.text for s in block.sentences)
        elif isinstance(block, Q):
            out.extend(block.lines())
    for item in parts(plan):
        out.append(item.heading)
        for block in item.blocks:
            out.extend(block.lines())
    return out


def parts(plan: Plan) -> list:
    """Every section, combined section (Joint) and divider of a plan, each once."""
    seen: dict[int, object] = {}
    for item in [*plan.items(), *plan.sections]:
        seen.setdefault(id(item), item)
    return list(seen.values())


def own_sections(plan: Plan) -> list[Section]:
    """The plan's single sections (not combined headings), in document order."""
    return [item for item in parts(plan) if isinstance(item, Section)]


def build_one(job: tuple[int, int, str, str]) -> dict:
    index, seed, fmt, out_dir = job
    plan, renderer, template = make_plan(index, seed, fmt)
    path = Path(out_dir) / plan.file
    RENDERERS[renderer](plan, path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"file": plan.file, "words": word_count(plan), "template": template, "sha256": digest}


def generate(
    out_dir: Path, count: int, seed: int, fmt: str, jobs: int = 2, quiet: bool = False
) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("plan_*.*"):
        if old.suffix in (".docx", ".pdf"):
            old.unlink()
    (out_dir / "manifest.json").unlink(missing_ok=True)
    started = time.perf_counter()
    work = [(i, seed, fmt, str(out_dir)) for i in range(1, count + 1)]
    jobs = max(1, min(jobs, count))
    if jobs > 1:
        methods = mp.get_all_start_methods()
        ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        with ctx.Pool(jobs) as pool:
            files = list(pool.imap(build_one, work, chunksize=4))
    else:
        files = [build_one(job) for job in work]
    seconds = time.perf_counter() - started
    digests = [f["sha256"] for f in files]
    if len(set(digests)) != len(digests):
        raise SystemExit("error: two generated files are identical")
    words = [f["words"] for f in files]
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "count": count,
        "format": fmt,
        "total_words": sum(words),
        "min_words": min(words),
        "max_words": max(words),
        "seconds": round(seconds, 2),
        "files": files,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    if not quiet:
        print(
            f"{count} files ({fmt}) in {out_dir}: {sum(words):,} words "
            f"(per plan {min(words):,}-{max(words):,}, mean {sum(words) / count:,.0f}), "
            f"{seconds:.1f} s with {jobs} process{'es' if jobs > 1 else ''}"
        )
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("docx", "pdf", "mixed"), default="mixed")
    parser.add_argument(
        "--jobs", type=int, default=min(2, os.cpu_count() or 1), help="processes (default: 2)"
    )
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    generate(args.out_dir, args.count, args.seed, args.format, args.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
