"""Areas of need: from a plan's own sub-headings, or from the words of one item.

The word lists are in ``rules/areas.yaml``: each area has heading patterns and named topics
(groups of words). A topic is finer than an area ("reading" inside cognition and learning), so
two items that share a topic are about the same thing even when they share no word.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ehcp_audit.measures.patterns import PatternList, patterns, rule_data

_RULES = "areas.yaml"
UNSURE = "unsure"


@dataclass(frozen=True)
class Topic:
    name: str
    area: str
    words: frozenset[str]
    phrases: re.Pattern[str] | None


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripper: "struggles"/"struggled" -> "struggl"; enough to match a word
    across its forms within one plan, at a fraction of a tagger's cost."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    # A final "e" goes too, so "table" meets "tables" and "exercise" meets "exercises".
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


@functools.cache
def area_labels() -> dict[str, str]:
    return {key: spec["label"] for key, spec in rule_data(_RULES)["areas"].items()}


@functools.cache
def broad_areas() -> tuple[str, ...]:
    return tuple(rule_data(_RULES).get("broad_areas", []))


@functools.cache
def _heading_patterns() -> tuple[tuple[str, PatternList], ...]:
    return tuple(
        (key, PatternList.of(f"rules/{_RULES}", f"areas.{key}.headings", spec.get("headings", [])))
        for key, spec in rule_data(_RULES)["areas"].items()
    )


@functools.cache
def topics() -> tuple[Topic, ...]:
    found: list[Topic] = []
    for area, spec in rule_data(_RULES)["areas"].items():
        for name, words in (spec.get("topics") or {}).items():
            single = {str(w).lower() for w in words if re.fullmatch(r"[\w']+", str(w))}
            single |= {stem(w) for w in single}
            phrases = [str(w).lower() for w in words if str(w).lower() not in single]
            pattern = (
                re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
                if phrases
                else None
            )
            found.append(Topic(name, area, frozenset(single), pattern))
    return tuple(found)


def heading_area(text: str) -> str | None:
    """The area a short label names ("Communication and interaction", "SEMH"), if any.

    A label naming two areas ("Social, emotional and mental health" names social and
    emotional) resolves to the first pattern list that matches at the earliest position."""
    label = text.strip()
    if not label or len(label.split()) > 12:
        return None
    best: tuple[int, int, int, str] | None = None
    for order, (key, pattern) in enumerate(_heading_patterns()):
        hits = pattern.find(label)
        if hits:
            candidate = (hits[0].start(), -len(hits[0].group(0)), order, key)
            best = candidate if best is None or candidate < best else best
    return best[3] if best else None


def is_not_need_label(text: str) -> bool:
    return len(text.split()) <= 12 and patterns(_RULES, "not_needs_labels").any(text)


def not_a_need(sentence: str) -> bool:
    """An introduction to Section B ("This section describes Sam's needs ...")."""
    return patterns(_RULES, "not_need_sentences").any(sentence)


def none_identified(text: str) -> bool:
    """ "No needs identified in this area" and the like: complete, not empty. A sentence that
    goes on "... but finds maths hard" still states a need."""
    if _CONTRAST.search(text):
        return False
    return patterns(_RULES, "none_identified").any(text.strip())


_CONTRAST = re.compile(r"\b(?:but|however|although|though|except|apart from)\b", re.I)


@functools.cache
def _phrase_index() -> tuple[
    re.Pattern[str] | None, dict[str, frozenset[str]], dict[str, frozenset[str]]
]:
    """One alternation over every topic phrase (longest first), the topics each phrase
    belongs to, and the topics each single word (and its stem) belongs to: one pass over an
    item instead of one per topic."""
    by_phrase: dict[str, set[str]] = {}
    by_word: dict[str, set[str]] = {}
    for area_spec in rule_data(_RULES)["areas"].values():
        for name, entries in (area_spec.get("topics") or {}).items():
            for entry in entries:
                value = str(entry).lower()
                if re.fullmatch(r"[\w']+", value):
                    for form in {value, stem(value)}:
                        by_word.setdefault(form, set()).add(name)
                else:
                    by_phrase.setdefault(value, set()).add(name)
    ordered = sorted(by_phrase, key=len, reverse=True)
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b") if ordered else None
    )
    return (
        pattern,
        {k: frozenset(v) for k, v in by_phrase.items()},
        {k: frozenset(v) for k, v in by_word.items()},
    )


def item_topics(text: str, words: Iterable[str]) -> Counter[str]:
    """Topics hit by an item, each with how many of its words and phrases the item uses."""
    pattern, by_phrase, by_word = _phrase_index()
    hit: Counter[str] = Counter()
    for word in set(words):
        for name in by_word.get(word, ()):
            hit[name] += 1
    if pattern is not None:
        for phrase in {m.group(0) for m in pattern.finditer(text.lower())}:
            for name in by_phrase[phrase]:
                hit[name] += 1
    return hit


@functools.cache
def _topic_area() -> dict[str, str]:
    return {t.name: t.area for t in topics()}


@functools.cache
def covers() -> dict[str, frozenset[str]]:
    """Service topics and the need topics each one covers ("speech and language therapy"
    covers understanding, expressive language, speech sounds ...)."""
    return {k: frozenset(v) for k, v in (rule_data(_RULES).get("covers") or {}).items()}


@functools.cache
def _service_set() -> frozenset[str]:
    return frozenset(covers())


def shared_topics(a: Iterable[str], b: Iterable[str]) -> list[str]:
    """Topics two items share, directly or through a service that covers the other's topic.

    Only an item that names nothing but the service ("Weekly speech and language therapy")
    stands for the whole field; one that says what the service works on is held to that."""
    a, b = frozenset(a), frozenset(b)
    shared = set(a & b)
    services = _service_set()
    for one, other in ((a, b), (b, a)):
        if one - services:
            continue  # a line with its own topic ("speech sounds") covers only that topic
        for topic in one - shared:
            if covers()[topic] & other:
                shared.add(topic)
    return sorted(shared)


def topic_area(name: str) -> str:
    return _topic_area()[name]


def text_area(found_topics: Counter[str], among: tuple[str, ...] | None = None) -> str:
    """The area whose topics the item's words hit most; ``unsure`` for none or a tie."""
    counts: Counter[str] = Counter()
    for name, n in found_topics.items():
        area = _topic_area()[name]
        if among is None or area in among:
            counts[area] += n
    if not counts:
        return UNSURE
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return UNSURE
    return ranked[0][0]
