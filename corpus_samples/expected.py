"""Build the expected-results dictionary for a plan from its content model."""

from __future__ import annotations

from .model import F, Outcome, Plan, Q

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
    for s in plan.sections:
        out.append(s.heading)
        out.extend(s.lines())
    return out


def word_count(plan: Plan) -> int:
    return sum(len(line.split()) for line in all_lines(plan))


def expected_keys(plan: Plan) -> list[str]:
    present = {s.key for s in plan.sections}
    h_keys = ("H1", "H2") if present & {"H1", "H2"} else ("H",)
    return [*BASE_KEYS, *h_keys, *TAIL_KEYS]


def _check_placement(plan: Plan) -> None:
    """Outcomes only in E, provision only in F, questions only in A."""
    for s in plan.sections:
        for b in s.walk():
            if isinstance(b, Outcome) and s.key != "E":
                raise ValueError(f"{plan.file}: outcome outside E in {s.key}")
            if isinstance(b, F) and s.key != "F":
                raise ValueError(f"{plan.file}: provision outside F in {s.key}")
            if isinstance(b, Q) and s.key != "A":
                raise ValueError(f"{plan.file}: question outside A in {s.key}")


def labels(plan: Plan) -> dict:
    keys = {s.key for s in plan.sections}
    section_a, outcomes, provision = [], [], []
    if "A" in keys:
        for b in plan.section("A").walk():
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
        outcomes = [b.label() for b in plan.section("E").walk() if isinstance(b, Outcome)]
    if "F" in keys:
        provision = [b.label() for b in plan.section("F").walk() if isinstance(b, F)]
    return {
        "section_a": section_a,
        "has_aspirations": plan.has_aspirations,
        "has_working_well": plan.has_working_well,
        "outcomes": outcomes,
        "provision": provision,
        "placeholders": list(plan.placeholders),
        "other_child_names": list(plan.other_child_names),
        "unexplained_acronyms": list(plan.unexplained_acronyms),
    }


def build_expected(plan: Plan) -> dict:
    _check_placement(plan)
    seen = [s.key for s in plan.sections]
    if len(seen) != len(set(seen)):
        raise ValueError(f"{plan.file}: duplicate section keys {seen}")
    if plan.is_ehcp:
        missing = [k for k in expected_keys(plan) if k not in seen]
        empty = [s.key for s in plan.sections if "\n".join(s.lines()) in EMPTY_TEXTS]
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
            s.key: {"heading": s.heading, "text": "\n".join(s.lines())} for s in plan.sections
        },
        "section_order": seen,
        "missing": missing,
        "empty": empty,
        "labels": labels(plan),
    }
