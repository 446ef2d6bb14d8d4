"""Build the expected-results dictionary for a plan from its content model."""

from __future__ import annotations

from .model import Divider, F, Joint, N, Outcome, Plan, Q, Section

BASE_KEYS = ("A", "B", "C", "D", "E", "F", "G")
TAIL_KEYS = ("I", "J", "K")
EMPTY_TEXTS = ("", "To be completed")


def front_lines(plan: Plan) -> list[str]:
    out: list[str] = []
    for b in plan.front:
        out.extend(b.lines())
    return out


def all_lines(plan: Plan) -> list[str]:
    """Every line of the document in reading order (no headers/footers)."""
    out = front_lines(plan)
    for item in plan.items():
        out.append(item.heading)
        if isinstance(item, Section):
            out.extend(item.lines())
        elif isinstance(item, Joint):
            for b in item.blocks:
                out.extend(b.lines())
    return out


class Gathered:
    """What one section key collects over the layout: first heading, lines, blocks."""

    def __init__(self, key: str, heading: str) -> None:
        self.key, self.heading = key, heading
        self.line_list: list[str] = []
        self.block_list: list = []

    def lines(self) -> list[str]:
        return self.line_list

    def walk(self):
        return iter(self.block_list)


def gather(plan: Plan) -> dict[str, Gathered]:
    """Section key -> its heading, text lines and blocks, in order of first appearance.
    A section may appear under one Section heading only, but under several Joint headings
    (E gathers the outcome columns of every national table)."""
    out: dict[str, Gathered] = {}
    from_section: set[str] = set()
    for item in plan.items():
        if isinstance(item, Divider):
            continue
        if isinstance(item, Section):
            if item.key in out:
                raise ValueError(f"{plan.file}: duplicate section key {item.key}")
            g = out[item.key] = Gathered(item.key, item.heading)
            g.line_list.extend(item.lines())
            g.block_list.extend(item.walk())
            from_section.add(item.key)
            continue
        for key, (lines, blocks) in item.parts().items():
            if key in from_section:
                raise ValueError(f"{plan.file}: {key} under a Section and a Joint")
            g = out.setdefault(key, Gathered(key, item.heading))
            g.line_list.extend(lines)
            g.block_list.extend(blocks)
    return out


def word_count(plan: Plan) -> int:
    return sum(len(line.split()) for line in all_lines(plan))


def expected_keys(plan: Plan) -> list[str]:
    present = set(gather(plan))
    h_keys = ("H1", "H2") if present & {"H1", "H2"} else ("H",)
    return [*BASE_KEYS, *h_keys, *TAIL_KEYS]


def _check_placement(plan: Plan) -> None:
    """Outcomes only in E, provision only in F, questions only in A."""
    for s in gather(plan).values():
        for b in s.walk():
            if isinstance(b, Outcome) and s.key != "E":
                raise ValueError(f"{plan.file}: outcome outside E in {s.key}")
            if isinstance(b, F) and s.key != "F":
                raise ValueError(f"{plan.file}: provision outside F in {s.key}")
            if isinstance(b, Q) and s.key != "A":
                raise ValueError(f"{plan.file}: question outside A in {s.key}")


def labels(plan: Plan) -> dict:
    sections = gather(plan)
    keys = set(sections)
    section_a, outcomes, provision = [], [], []
    if "A" in keys:
        for b in sections["A"].walk():
            if isinstance(b, Q):
                section_a.append(
                    {
                        "question": b.heading,
                        "voice": b.voice,
                        "sentences": [
                            {"text": s.text, "label": s.label}
                            for para in b.paras
                            for s in para.sentences
                        ],
                    }
                )
    if "E" in keys:
        outcomes = [b.label() for b in sections["E"].walk() if isinstance(b, Outcome)]
    if "F" in keys:
        provision = [b.label() for b in sections["F"].walk() if isinstance(b, F)]
    needs = [
        b.label()
        for s in sections.values()
        for b in s.walk()
        if isinstance(b, N) and b.row_link is not None
    ]
    linker = plan.meta.get("linker")
    extra = {"needs": needs, "national_rows": linker.rows} if linker else {}
    return {
        "section_a": section_a,
        "has_aspirations": plan.has_aspirations,
        "has_working_well": plan.has_working_well,
        "outcomes": outcomes,
        "provision": provision,
        "placeholders": list(plan.placeholders),
        "other_child_names": list(plan.other_child_names),
        "unexplained_acronyms": list(plan.unexplained_acronyms),
        **extra,
    }


def build_expected(plan: Plan) -> dict:
    _check_placement(plan)
    sections = gather(plan)
    seen = list(sections)
    if plan.is_ehcp:
        missing = [k for k in expected_keys(plan) if k not in seen]
        empty = [s.key for s in sections.values() if "\n".join(s.lines()) in EMPTY_TEXTS]
    else:
        missing, empty = [], []
    return {
        "file": plan.file,
        "format": plan.fmt,
        "is_ehcp": plan.is_ehcp,
        "description": plan.description,
        "child": plan.child,
        "words_approx": word_count(plan),
        "front_matter": "\n".join(front_lines(plan)),
        "sections": {
            s.key: {"heading": s.heading, "text": "\n".join(s.lines())} for s in sections.values()
        },
        "section_order": seen,
        "missing": missing,
        "empty": empty,
        "labels": labels(plan),
    }
