"""Whole-plan hygiene: template leftovers, another child's name, acronyms never spelled out.

Another child's name: a capitalised word standing as the subject of a sentence ("Kacey enjoys the
sensory room."), confirmed as a name by spaCy's entity recogniser, that is not the plan's child
and does not appear anywhere in the plan beside a relation or role word ("my brother Leo",
"Mrs Patel", "Leo (friend)"). It is a possible copy-and-paste error, never a certainty.

Acronyms: a run of 2-6 capitals (or a known mixed-case one such as SENCo, PfA) is "spelled out"
when the plan has it in brackets after words ("speech and language therapist (SALT)") or words
in brackets after it ("SALT (speech and language therapist)"). Each acronym is reported once, at
its first use.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ehcp_audit.analysis import AnalysedPlan
from ehcp_audit.measures.patterns import patterns, rule_data
from ehcp_audit.model import Location

_RULES = "hygiene.yaml"
_ACRONYM = re.compile(r"\b([A-Z][A-Za-z]?[A-Z]{1,4}[a-z]?s?)\b")


@dataclass(slots=True)
class Hit:
    section: str
    match: str
    location: Location

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "match": self.match, "location": self.location.to_dict()}


@functools.cache
def _placeholder_line_patterns() -> tuple[re.Pattern[str], ...]:
    """For `placeholder_lines`: the whole line (after an optional label), in brackets, in
    capitals; and the capitalised tokens that may end a short line."""
    data = rule_data(_RULES)
    phrases = sorted({str(p).strip() for p in data.get("placeholder_lines", []) or []}, key=len)
    alternation = "|".join(re.escape(p) for p in reversed(phrases)) or r"(?!)"
    tokens = "|".join(re.escape(str(t)) for t in data.get("placeholder_line_tokens", []) or [])
    whole = re.compile(
        rf"^\s*(?:[-*\u2022\u25aa\u25cf]\s*)?(?:[^:\n]{{1,60}}:\s*)?(?P<ph>{alternation})\s*[.!]?\s*$",
        re.I,
    )
    bracketed = re.compile(rf"[\[(<]\s*(?P<ph>{alternation})\s*[\])>]", re.I)
    several = [p.upper() for p in phrases if " " in p]
    capitals = (
        re.compile(r"\b(?P<ph>" + "|".join(re.escape(p) for p in reversed(several)) + r")\b")
        if several
        else None
    )
    ending = re.compile(rf"(?<![\w-])(?P<ph>{tokens})\s*[.!]?\s*$") if tokens else None
    return whole, bracketed, capitals, ending  # type: ignore[return-value]


def _line_placeholders(text: str) -> list[str]:
    whole, bracketed, capitals, ending = _placeholder_line_patterns()
    found: list[str] = []
    m = whole.match(text)
    if m:
        found.append(m.group("ph"))
    found += [b.group(0) for b in bracketed.finditer(text)]
    if capitals is not None:
        found += [c.group("ph") for c in capitals.finditer(text)]
    if not m and ending is not None:
        limit = int(rule_data(_RULES).get("placeholder_short_line_words", 6))
        e = ending.search(text)
        if e and len(text.split()) <= limit and ":" not in text:
            found.append(e.group("ph"))
    return found


def placeholders(analysed: AnalysedPlan) -> list[Hit]:
    """Template leftovers, only where they stand as one (see ``rules/hygiene.yaml``)."""
    found: list[Hit] = []
    tokens = patterns(
        _RULES, "placeholders", 0
    )  # "[CHILD'S NAME]" is in capitals; "[see below]" is not
    for section in analysed.all_sections():
        for unit in section.units:
            for line in unit.text.splitlines() or [unit.text]:
                for m in tokens.find(line):
                    found.append(Hit(section.key, m.group(0), unit.block.location))
                for phrase in _line_placeholders(line):
                    found.append(Hit(section.key, phrase, unit.block.location))
        start = section.units[0].block.location if section.units else Location()
        for m in tokens.find(section.heading):  # a leftover in the section heading itself
            found.append(Hit(section.key, m.group(0), start))
    unique: dict[tuple[str, str, str], Hit] = {}
    for hit in found:
        unique.setdefault((hit.section, hit.match, str(hit.location)), hit)
    return list(unique.values())


@functools.cache
def _beside_relation(strict: bool) -> re.Pattern[str]:
    """A capitalised word next to a relation or role word ("my brother Leo", "Leo (friend)").

    The loose form (up to two words between) decides who is *known*, to avoid false alarms;
    the strict form (adjacent only) decides what ``--redact`` replaces.
    """
    relation = "|".join(re.escape(w) for w in rule_data(_RULES).get("relation_words", []))
    if strict:
        pattern = (
            rf"\b(?:{relation})\b[ ,(]+([A-Z][a-z'-]+)"
            rf"|\b([A-Z][a-z'-]+)\s*\(\s*(?:my |his |her |their )?(?:{relation})\b"
        )
    else:
        pattern = (
            rf"\b(?:{relation})\b\W+(?:\w+\W+){{0,2}}?([A-Z][a-z]+)"
            rf"|([A-Z][a-z]+)\W+(?:\(|,)?\s*(?:my |his |her |their |the )?(?:{relation})\b"
        )
    return re.compile(pattern, re.I)


def _names_beside_relations(analysed: AnalysedPlan, strict: bool) -> set[str]:
    near = _beside_relation(strict)
    found: set[str] = set()
    for section in analysed.all_sections():
        for unit in section.units:
            for m in near.finditer(unit.text):
                word = m.group(1) or m.group(2)
                if word and word[0].isupper():
                    found.add(word)
    return found


def _known_names(analysed: AnalysedPlan) -> set[str]:
    known = {n for n in (analysed.child.first_name, analysed.child.surname) if n}
    known |= _names_beside_relations(analysed, strict=False)
    for section in analysed.all_sections():
        if section.key in ("front", "K"):
            for unit in section.units:
                known.update(re.findall(r"\b[A-Z][a-z]{2,}\b", unit.text))
    return known


def other_names(analysed: AnalysedPlan) -> list[Hit]:
    if not analysed.person_subjects:
        return []
    known = _known_names(analysed)
    hits: list[Hit] = []
    seen: set[str] = set()
    for mention in analysed.person_subjects:
        if mention.name in known or mention.name in seen:
            continue
        seen.add(mention.name)
        hits.append(Hit(mention.section, mention.name, mention.location))
    return hits


def acronyms(analysed: AnalysedPlan) -> list[Hit]:
    data = rule_data(_RULES)
    allow = {str(a) for a in data.get("acronym_allow", [])}
    known = {str(a) for a in data.get("acronym_known", [])}
    mixed = (
        re.compile(r"\b(" + "|".join(re.escape(k) for k in known if not k.isupper()) + r")\b")
        if known
        else None
    )
    text_all = "\n".join(u.text for s in analysed.all_sections() for u in s.units)
    first: dict[str, Hit] = {}
    for section in analysed.all_sections():
        for unit in section.units:
            text = unit.text
            candidates = [m for m in _ACRONYM.finditer(text)]
            if mixed:
                candidates += list(mixed.finditer(text))
            for m in candidates:
                word = m.group(1)
                base = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
                if base in allow or base in first or len(base) < 2:
                    continue
                if not (base.isupper() or base in known):
                    continue
                if text.isupper():
                    continue  # a heading in capitals, not an acronym
                first[base] = Hit(section.key, base, unit.block.location)
    glossary = _glossary_terms(analysed)
    return [
        hit for word, hit in first.items() if word not in glossary and not _defined(word, text_all)
    ]


_GLOSSARY_TERM = re.compile(r"^\s*([A-Z][A-Za-z&]{1,7}?)s?\s*[:.\-\u2013]?\s*$")
_EXPANSION = re.compile(r"^\s*[A-Za-z][A-Za-z'\u2019-]+(?:[\s,/&-]+[A-Za-z][A-Za-z'\u2019-]*)+")


def _glossary_terms(analysed: AnalysedPlan) -> set[str]:
    """Acronyms spelled out in a glossary table: a cell holding just the acronym, and the next
    cell of the same row holding words ("SALT | Speech and language therapist")."""
    terms: set[str] = set()
    for section in analysed.all_sections():
        units = section.units
        for index, unit in enumerate(units[:-1]):
            here, after = unit.block.location, units[index + 1].block.location
            if here.table is None or (after.table, after.row) != (here.table, here.row):
                continue
            term = _GLOSSARY_TERM.match(unit.text)
            if term and _EXPANSION.match(units[index + 1].text):
                terms.add(term.group(1))
    return terms


_INITIAL_SKIP = frozenset({"and", "of", "for", "the", "in", "with", "to", "on"})


def _spelled_by_initials(acronym: str, words: list[str]) -> bool:
    """ "SALT Speech and Language Therapist": the acronym's capitals are the initials of the
    words that follow it, in order (small words may or may not count)."""
    letters = [c for c in acronym if c.isupper()]
    initials = [w[0].upper() for w in words if w[:1].isalpha()]
    if not letters or not initials or initials[0] != letters[0]:
        return False
    position = 0
    for initial in initials:
        if position < len(letters) and initial == letters[position]:
            position += 1
    content = [w for w in words if w.lower() not in _INITIAL_SKIP]
    return position == len(letters) and len(content) >= len(letters) - 1


def _defined(acronym: str, text: str) -> bool:
    a = re.escape(acronym)
    if re.search(rf"\(\s*{a}s?\s*\)", text):
        return True  # "speech and language therapist (SALT)"
    if re.search(rf"\b{a}s?\s*\(\s*[A-Za-z][A-Za-z ,'&-]{{4,}}\)", text):
        return True  # "SALT (speech and language therapist)"
    if bool(
        re.search(rf"\b{a}s?\s*(?:[-\u2013:=]|stands for|means)\s+[A-Za-z]{{3,}}", text)
    ) and bool(re.search(rf"^\s*{a}s?\s*(?:[-\u2013:=]|stands for|means)", text, re.M)):
        return True  # a glossary line: "SALT - speech and language therapist"
    # A glossary line with no separator, as a two-column table reads from a PDF.
    for m in re.finditer(rf"^\s*{a}s?\s+([A-Za-z][^\n]{{3,80}})$", text, re.M):
        if _spelled_by_initials(acronym, m.group(1).replace("-", " ").split()):
            return True
    return False


def deficit_only(analysed: AnalysedPlan) -> list[Hit]:
    """Sections whose sentences use deficit terms and never a strength word."""
    pats = patterns(_RULES, "deficit_terms")
    strengths = re.compile(
        r"\b(strength|strengths|good at|enjoys?|loves?|likes?|proud|well|can|able to|success|progress)\b",
        re.I,
    )
    hits: list[Hit] = []
    for key, section in analysed.sections.items():
        if key not in ("A", "B"):
            continue
        text = " ".join(s.text for s in section.sentences)
        deficits = pats.find(text)
        if len(deficits) >= 3 and not strengths.search(text):
            hits.append(
                Hit(
                    key,
                    deficits[0].group(0),
                    section.units[0].block.location if section.units else Location(),
                )
            )
    return hits


def personal_names(analysed: AnalysedPlan) -> set[str]:
    """Names of people in the plan, for ``--redact``: the child's, anyone beside a title or
    relation word, and names standing as the subject of a sentence."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from ehcp_audit.analysis import _COMMON_SUBJECTS

    names = {n for n in (analysed.child.first_name, analysed.child.surname) if n}
    names |= _names_beside_relations(analysed, strict=True)
    names.update(m.name for m in analysed.person_subjects)
    return {n for n in names if n.lower() not in _COMMON_SUBJECTS and n.lower() not in STOP_WORDS}
