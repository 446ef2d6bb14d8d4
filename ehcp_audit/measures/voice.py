"""Section A: whose voice each sub-question is written in.

Each sentence is labelled:

- ``child_first_person``: the child's own words: I/me/my/we/our outside quotes under a question
  meant for the child, or quoted speech ("Amira said, "I like the quiet room."").
- ``parent_first_person``: first person under a parents' question, or first person that also
  names the child in the third person ("We are proud of how hard she works.").
- ``other_first_person``: a professional's "I" ("In my role as her teacher I have seen ...").
- ``third_person``: no first person ("Sam enjoys swimming.").

Limits: a parent writing "I" under a child's question without naming the child is counted as the
child; a child writing "we ... he" about a sibling is counted as a parent. Both are rare in the
samples; the per-question counts are given so a reader can check.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from ehcp_audit.analysis import AnalysedSection, ChildInfo, Unit, is_label
from ehcp_audit.measures.patterns import literal_list, patterns, rule_data
from ehcp_audit.model import BlockKind
from ehcp_audit.split import normalise

_QUOTED = re.compile(
    r"[\"\u201c]([^\"\u201c\u201d]{2,})[\"\u201d]|(?<![A-Za-z])'([^']{4,})'(?![A-Za-z])|\u2018([^\u2018\u2019]{4,})\u2019(?![A-Za-z])"
)
_FIRST_PERSON = re.compile(
    r"\b(I|I'm|I've|I'd|I'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours|ourselves)\b|\bI[\u2019']"
)
_FIRST_PERSON_CI = re.compile(r"\b(me|my|mine|myself|we|our|ours|ourselves)\b", re.I)
_THIRD_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.I)
_PARENT_SPEAKER = re.compile(
    r"\b(mum|mom|mother|dad|father|parents?|carers?|nan|nana|gran|grandma|grandad|family)\b[^.]{0,40}\b(said|says|told|tells|explained|shared|added|reported|feels?|thinks?)\b"
    r"|\b(said|says|told|explained|shared|added)\b[^.]{0,10}\b(his|her|their|the) (mum|mom|mother|dad|father|parents?|carers?)\b",
    re.I,
)
_PARENT_OPENING = re.compile(
    r"^\s*(as (his|her|their|[A-Z][a-z]+'s) (mum|mom|mother|dad|father|parents?|carers?|family))\b",
    re.I,
)
_PROFESSIONAL = re.compile(
    r"\b(in my role|as (his|her|their) (class )?(teacher|therapist|senco|key worker|keyworker)|i have (worked with|assessed|observed|taught)|i observed|i assessed)\b",
    re.I,
)


@dataclass(slots=True)
class Question:
    heading: str
    key: str | None
    voice: str
    location: dict[str, int]
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (label, text)
    units: int = 0


@functools.cache
def _question_table() -> list[tuple[str, str, list[str]]]:
    data = rule_data("voice.yaml").get("questions", {})
    rows = []
    for key, spec in data.items():
        rows.append(
            (key, spec.get("voice", "child"), [normalise(a) for a in spec.get("aliases", [])])
        )
    return rows


def match_question(text: str) -> tuple[str | None, str]:
    """The sub-question key and expected voice for a heading or label."""
    norm = normalise(text).strip(" ?:.")
    best: tuple[int, str, str] | None = None
    for key, voice, aliases in _question_table():
        for alias in aliases:
            if alias in norm and (best is None or len(alias) > best[0]):
                best = (len(alias), key, voice)
    if best:
        return best[1], best[2]
    if re.search(r"\b(my|me|i)\b", norm):
        return None, "child"
    return None, "unknown"


def _starts_question(units: list[Unit], index: int) -> bool:
    unit = units[index]
    if unit.prose:
        return False
    key, _ = match_question(unit.text)
    if key is not None and len(unit.text.split()) <= 14:
        return True
    if not is_label(unit):
        return False
    block = unit.block
    if block.looks_like_heading:
        return True
    if block.kind is BlockKind.TABLE_CELL and block.location.cell == 1 and index + 1 < len(units):
        nxt = units[index + 1].block.location
        return nxt.table == block.location.table and nxt.row == block.location.row
    return False


def classify(sentence: str, voice: str, child: ChildInfo) -> str:
    quoted = " ".join(g for m in _QUOTED.finditer(sentence) for g in m.groups() if g)
    outside = _QUOTED.sub(" ", sentence)
    fp_out = bool(_FIRST_PERSON.search(outside) or _FIRST_PERSON_CI.search(outside))
    fp_in = bool(quoted) and bool(_FIRST_PERSON.search(quoted) or _FIRST_PERSON_CI.search(quoted))
    names = [n for n in (child.first_name,) if n]
    quote_names_child = any(re.search(rf"\b{re.escape(n)}\b", quoted) for n in names)
    child_speaks = bool(quoted) and bool(
        re.search(
            r"\b("
            + "|".join([*map(re.escape, names), "he", "she", "they"])
            + r")\s+(said|says|told|tells|replied|answered|shared|explained|wrote|added|typed|signed)\b",
            outside,
            re.I,
        )
    )
    if not fp_out:
        if fp_in or (child_speaks and voice in ("child", "unknown")):
            if quote_names_child:
                # "He said, "I have enjoyed seeing Amira grow ..."": someone else speaking.
                return (
                    "parent_first_person"
                    if voice == "parent" or _PARENT_SPEAKER.search(outside)
                    else "other_first_person"
                )
            if _PARENT_SPEAKER.search(outside) or voice == "parent":
                return "parent_first_person"
            if voice == "professional":
                return "other_first_person"
            if not child_speaks and re.search(
                r"\b(if|when|whenever)\s+(he|she|they)\s+says?\b", outside, re.I
            ):
                return "third_person"  # "If she says "I don't know", it means ...": about the child
            return "child_first_person"
        return "third_person"
    if voice == "meta":
        return "parent_first_person" if _PARENT_OPENING.search(outside) else "other_first_person"
    if voice == "parent":
        return "parent_first_person"
    if voice == "professional" or _PROFESSIONAL.search(outside):
        return "other_first_person"
    names_child = bool(
        child.first_name and re.search(rf"\b{re.escape(child.first_name)}\b", outside)
    )
    we_about_child = bool(re.search(r"\b(we|our|us)\b", outside, re.I)) and bool(
        _THIRD_PRONOUN.search(outside)
    )
    if _PARENT_OPENING.search(outside) or names_child or we_about_child:
        return "parent_first_person"
    return "child_first_person"


def measure_voice(section: AnalysedSection | None, child: ChildInfo) -> dict[str, Any] | None:
    if section is None:
        return None
    units = section.units
    questions: list[Question] = []
    current: Question | None = None
    for index, unit in enumerate(units):
        if _starts_question(units, index):
            key, voice = match_question(unit.text)
            current = Question(unit.text, key, voice, unit.block.location.to_dict())
            questions.append(current)
            continue
        if not unit.sentences:
            continue
        if current is None:
            current = Question(
                "(before any sub-heading)", None, "child", unit.block.location.to_dict()
            )
            questions.append(current)
        current.units += 1
        for sentence in unit.sentences:
            current.sentences.append((classify(sentence.text, current.voice, child), sentence.text))

    empty = literal_list(rule_data("sections.yaml").get("empty_markers", []))
    child_voice = [q for q in questions if q.voice in ("child", "unknown")]
    child_sentences = [s for q in child_voice for s in q.sentences]
    all_sentences = [s for q in questions for s in q.sentences]
    child_fp = sum(1 for label, _ in child_sentences if label == "child_first_person")
    any_child_fp = any(label == "child_first_person" for label, _ in all_sentences)

    def has_content(q: Question) -> bool:
        return any(not empty.any(text) or len(text.split()) > 4 for _, text in q.sentences)

    text = " ".join(t for _, t in all_sentences)
    aspiration_words = patterns("voice.yaml", "aspiration_phrases")
    working_words = patterns("voice.yaml", "working_well_phrases")
    has_aspirations = any(
        q.key == "hopes_and_aspirations" and has_content(q) for q in questions
    ) or (aspiration_words.any(text))
    has_working_well = any(q.key == "working_well" and has_content(q) for q in questions) or (
        working_words.any(text)
    )
    who = any(q.key == "who_completed" and has_content(q) for q in questions) or patterns(
        "voice.yaml", "who_completed_phrases"
    ).any(text)
    return {
        "child_first_person_share": round(child_fp / len(child_sentences), 3)
        if child_sentences
        else None,
        "has_aspirations": has_aspirations,
        "has_working_well": has_working_well,
        "third_person_only": bool(all_sentences)
        and not any(label.endswith("first_person") for label, _ in all_sentences),
        "has_child_first_person": any_child_fp,
        "says_who_completed": who,
        "sentences": len(all_sentences),
        "questions": [
            {
                "heading": q.heading,
                "question": q.key,
                "voice": q.voice,
                "sentences": len(q.sentences),
                "first_person_sentences": sum(
                    1 for label, _ in q.sentences if label != "third_person"
                ),
                "child_first_person_sentences": sum(
                    1 for label, _ in q.sentences if label == "child_first_person"
                ),
                "child_first_person": any(label == "child_first_person" for label, _ in q.sentences)
                if q.sentences
                else None,
                "location": q.location,
                "labelled_sentences": [{"label": label, "text": t} for label, t in q.sentences],
            }
            for q in questions
        ],
    }
