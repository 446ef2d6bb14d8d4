"""Section A: whose voice each sub-question is written in.

Each sentence is labelled:

- ``child_first_person``: the child's own words: I/me/my/we/our outside quotes under a question
  meant for the child, or quoted speech ("Amira said, "I like the quiet room."").
- ``parent_first_person``: first person under a parents' question, or first person that also
  names the child in the third person ("We are proud of how hard she works.").
- ``other_first_person``: a professional's "I" ("In my role as her teacher I have seen ...").
- ``third_person``: no first person ("Sam enjoys swimming.").

Each sub-question also has a **role**, whose words it holds: ``child`` (the child's own
questions), ``parent`` (parents', carers', family views), ``professional`` (school's or a
professional's views) or ``process`` (who completed the section, how the views were gathered). The
heading's wording decides it where it names them (``roles`` in ``rules/voice.yaml``), then the
aliases. A sentence anywhere that says how the section was written is a ``process`` note. The
child's first-person share counts sentences with role ``child`` only.

A quotation that runs over several sentences keeps its speaker: the sentences after the first are
labelled as the first. "my nan", "my teacher" mark a child's first person; "my son" a parent's.

Limits: a parent writing "I" under a child's question without naming the child or a son or
daughter is counted as the child; a sentence with only "we"/"us" under a child's question is the
child's. The per-question counts are given so a reader can check.
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
    sentences: list[tuple[str, str, str]] = field(default_factory=list)  # (label, text, role)
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


@functools.cache
def _role_patterns() -> dict[str, re.Pattern[str]]:
    """Heading wording that says whose words follow: a parent or a professional named beside a
    word for views or speech (or in the possessive), or a note on how the section was written."""
    roles = rule_data("voice.yaml").get("roles", {}) or {}
    views = "|".join(roles.get("views", []) or ["views?"])
    compiled: dict[str, re.Pattern[str]] = {}
    for role in ("parent", "professional"):
        people = "|".join((roles.get(role) or {}).get("people", []) or [])
        if not people:
            continue
        compiled[role] = re.compile(
            rf"\b(?:{people})(?:'s|s'|')?\s*(?:/\s*\w+(?:'s|s')?\s*)?(?:\w+\s+){{0,2}}?(?:{views})\b"
            rf"|\b(?:{views})\s+(?:of|from|by)\s+(?:[\w']+\s+){{0,2}}?(?:{people})\b",
            re.I,
        )
    process = roles.get("process", []) or []
    if process:
        compiled["process"] = patterns("voice.yaml", "roles.process").combined  # type: ignore[assignment]
    return compiled


def heading_role(text: str) -> str | None:
    """``parent``, ``professional`` or ``meta`` (a note on who wrote the section) when the heading's
    wording says whose words follow it, else None."""
    norm = normalise(text).strip(" ?:.")
    found = _role_patterns()
    if "process" in found and found["process"].search(norm):
        return "meta"
    for role in ("parent", "professional"):
        if role in found and found[role].search(norm):
            return role
    return None


def _best_alias(text: str) -> tuple[int, str, str] | None:
    norm = normalise(text).strip(" ?:.")
    best: tuple[int, str, str] | None = None
    for key, voice, aliases in _question_table():
        for alias in aliases:
            if alias in norm and (best is None or len(alias) > best[0]):
                best = (len(alias), key, voice)
    return best


def question_topic(text: str) -> str | None:
    """What a sub-heading asks about, whoever answers it: "What my mum thinks works well" is
    the parents' answer to "what is working well"."""
    best = _best_alias(text)
    return best[1] if best else None


def match_question(text: str) -> tuple[str | None, str]:
    """The sub-question key and expected voice for a heading or label.

    The heading's own wording decides whose words follow it ("What my parents think is
    important" is the parents'), then the longest matching alias in ``rules/voice.yaml``.
    """
    best = _best_alias(text)
    role = heading_role(text)
    if role is not None:
        keys = {
            "parent": "parents_views",
            "professional": "professionals_views",
            "meta": "who_completed",
        }
        if best is None or best[2] in ("child", "unknown") or role == "meta":
            return keys[role], role
    if best:
        return best[1], best[2]
    if re.search(r"\b(my|me|i)\b", normalise(text)):
        return None, "child"
    return None, "unknown"


def _starts_question(units: list[Unit], index: int) -> bool:
    unit = units[index]
    if unit.prose:
        return False
    key, _ = match_question(unit.text)
    if key is not None and len(unit.text.split()) <= 14:
        return True
    if unit.text.rstrip().endswith("?") and len(unit.text.split()) <= 14:
        return True  # a template's sub-question set as a plain paragraph
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
    if _quote_open_after(sentence, False):
        # 'Sam said, "Give me time to think.' -- the quotation goes on in the next sentence.
        sentence += "\u201d" if "\u201c" in sentence else '"'
    quoted = " ".join(g for m in _QUOTED.finditer(sentence) for g in m.groups() if g)
    outside = _QUOTED.sub(" ", sentence)
    fp_out = bool(_FIRST_PERSON.search(outside) or _FIRST_PERSON_CI.search(outside))
    fp_in = bool(quoted) and bool(_FIRST_PERSON.search(quoted) or _FIRST_PERSON_CI.search(quoted))
    names = [n for n in (child.first_name,) if n]
    quote_names_child = any(re.search(rf"\b{re.escape(n)}\b", quoted) for n in names)
    speech = re.search(
        r"(?<!\bif )(?<!\bwhen )(?<!\bwhenever )\b("
        + "|".join([*map(re.escape, names), "he", "she", "they"])
        + r")\s+(said|says|told|tells|replied|answered|shared|explained|wrote|added|typed|signed)\b",
        outside,
        re.I,
    )
    child_speaks = bool(quoted) and speech is not None
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
    names_child = _names_in_third_person(outside, child.first_name)
    if voice == "meta":
        if _PARENT_OPENING.search(outside) or _relation(outside) == "parent":
            return "parent_first_person"
        if not names_child and _relation(outside) == "child":
            return "child_first_person"  # "I wrote this myself with help from my tutor."
        return "other_first_person"
    if voice == "parent":
        return "parent_first_person"
    if voice == "professional" or _PROFESSIONAL.search(outside):
        return "other_first_person"
    # "We love it when she laughs" is a parent's; "we all go to my nan's because she ..." is
    # the child's: a child's "my nan", "my brother" outweighs the mixed pronouns.
    we_about_child = (
        bool(re.search(r"\b(we|our|us)\b", outside, re.I))
        and bool(_THIRD_PRONOUN.search(outside))
        and _relation(outside) != "child"
    )
    if _relation(outside) == "parent":
        return "parent_first_person"
    if _PARENT_OPENING.search(outside) or names_child or we_about_child:
        return "parent_first_person"
    return "child_first_person"


@functools.cache
def _relation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = rule_data("voice.yaml")
    child = "|".join(data.get("child_relations", []) or ["(?!)"])
    parent = "|".join(data.get("parent_relations", []) or ["(?!)"])
    return (
        re.compile(rf"\bmy\s+(?:[a-z-]+\s+){{0,2}}?(?:{child})\b", re.I),
        re.compile(rf"\b(?:my|our)\s+(?:[a-z-]+\s+){{0,2}}?(?:{parent})\b", re.I),
    )


def _relation(text: str) -> str | None:
    """``child`` when the first person names a relation as a child would ("my nan"),
    ``parent`` as a parent would ("my son"), else None."""
    child, parent = _relation_patterns()
    if parent.search(text):
        return "parent"
    if child.search(text):
        return "child"
    return None


_SELF_NAMING = re.compile(
    r"(?:\bname\s+is|\bnames\s+are|\bcalled|\bcall\s+me|\bi\s+am|\bi'm|\bknown\s+as|\bit's|\bit\s+is)\s*$",
    re.I,
)


def _names_in_third_person(text: str, name: str | None) -> bool:
    """The child's name used about them ("We are proud of Amira"), not by them ("My name is
    Amira", "I'm Amira")."""
    if not name:
        return False
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        if not _SELF_NAMING.search(text[max(0, m.start() - 20) : m.start()].rstrip(" ,")):
            return True
    return False


def _quote_open_after(text: str, open_before: bool) -> bool:
    """Whether a double quotation is still open at the end of ``text`` (curly quotes open and
    close; straight ones toggle), so the next sentence continues the same speaker's words."""
    state = open_before
    for char in text:
        if char == "\u201c":
            state = True
        elif char == "\u201d":
            state = False
        elif char == '"':
            state = not state
    return state


_CONTINUED_LABELS = ("child_first_person", "parent_first_person", "other_first_person")
_ROLE_OF_VOICE = {"parent": "parent", "professional": "professional", "meta": "process"}


def _label_unit(unit: Unit, question: Question, child: ChildInfo) -> None:
    """Label each sentence of one unit, carrying a quotation that runs over several sentences
    ("Amira said, "I like the quiet room. Music helps too."") to the words after the first."""
    process = patterns("voice.yaml", "process_note_phrases")
    open_quote = False
    speaker: str | None = None
    for sentence in unit.sentences:
        text = sentence.text
        if open_quote and speaker is not None:
            label = speaker
        else:
            label = classify(text, question.voice, child)
        role = _ROLE_OF_VOICE.get(question.voice, "child")
        if process.any(text):
            role = "process"
        open_quote = _quote_open_after(text, open_quote)
        if open_quote and speaker is None and label in _CONTINUED_LABELS:
            speaker = label
        elif not open_quote:
            speaker = None
        question.sentences.append((label, text, role))


def _questions(section: AnalysedSection, child: ChildInfo) -> list[Question]:
    """Section A's sub-questions in order, each with its sentences labelled by voice."""
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
        _label_unit(unit, current, child)
    return questions


def measure_voice(section: AnalysedSection | None, child: ChildInfo) -> dict[str, Any] | None:
    """Section A's voice figures: the child's first-person share over the child's own
    sub-questions, what the section covers, and a record per sub-question."""
    if section is None:
        return None
    questions = _questions(section, child)

    empty = literal_list(rule_data("sections.yaml").get("empty_markers", []))
    # The child's share counts the child's own sub-questions only: parents', professionals' and
    # process notes are reported, but neither raise nor lower it.
    child_sentences = [s for q in questions for s in q.sentences if s[2] == "child"]
    all_sentences = [s for q in questions for s in q.sentences]
    child_fp = sum(1 for label, _, _ in child_sentences if label == "child_first_person")
    any_child_fp = any(label == "child_first_person" for label, _, _ in all_sentences)

    def has_content(q: Question) -> bool:
        return any(not empty.any(text) or len(text.split()) > 4 for _, text, _ in q.sentences)

    text = " ".join(t for _, t, _ in all_sentences)
    aspiration_words = patterns("voice.yaml", "aspiration_phrases")
    working_words = patterns("voice.yaml", "working_well_phrases")
    topics = {id(q): question_topic(q.heading) for q in questions}

    def answered(topic: str) -> bool:
        return any(topic in (q.key, topics[id(q)]) and has_content(q) for q in questions)

    has_aspirations = answered("hopes_and_aspirations") or aspiration_words.any(text)
    has_working_well = answered("working_well") or working_words.any(text)
    who = (
        any(q.key == "who_completed" and has_content(q) for q in questions)
        or any(role == "process" for _, _, role in all_sentences)
        or patterns("voice.yaml", "who_completed_phrases").any(text)
    )
    return {
        "child_first_person_share": round(child_fp / len(child_sentences), 3)
        if child_sentences
        else None,
        "has_aspirations": has_aspirations,
        "has_working_well": has_working_well,
        "third_person_only": bool(all_sentences)
        and not any(label.endswith("first_person") for label, _, _ in all_sentences),
        "has_child_first_person": any_child_fp,
        "says_who_completed": who,
        "sentences": len(all_sentences),
        "questions": [_question_record(q) for q in questions],
    }


def _question_record(q: Question) -> dict[str, Any]:
    """One sub-question's figures and its labelled sentences, as in the results JSON."""
    return {
        "heading": q.heading,
        "question": q.key,
        "voice": q.voice,
        "sentences": len(q.sentences),
        "role": _ROLE_OF_VOICE.get(q.voice, "child"),
        "first_person_sentences": sum(1 for label, _, _ in q.sentences if label != "third_person"),
        "child_first_person_sentences": sum(
            1 for label, _, _ in q.sentences if label == "child_first_person"
        ),
        "child_first_person": any(label == "child_first_person" for label, _, _ in q.sentences)
        if q.sentences
        else None,
        "location": q.location,
        "labelled_sentences": [
            {"label": label, "role": role, "text": t} for label, t, role in q.sentences
        ],
    }
