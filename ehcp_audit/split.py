"""Split a document's blocks into the statutory sections A-K.

Driven by ``rules/sections.yaml`` (see the comments there for the heading forms accepted) plus any
files given with ``--sections-file``. The splitter never looks at the file again: it sees only
the reader's blocks, with their text, kind, heading style and emphasis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ehcp_audit.errors import ConfigError
from ehcp_audit.model import Block, Document, Section, SplitPlan
from ehcp_audit.resources import load_rules_file, load_yaml_file

SECTION_ORDER = ("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K")
_LETTERS = frozenset("ABCDEFGHIJK")

_STRONG = re.compile(r"^(?:section|part)\s*\(?([a-k])([12])?\)?(?![a-z0-9'])\s*(.*)$")
_WEAK = re.compile(r"^\(?([a-k])([12])?(?:\)|(?=[\s:.\-|]))\s*([:.\-|]\s*)?(.*)$")
# "Other (H2) Social Care Provision": the letter in brackets after a word or two.
_INNER_LETTER = re.compile(r"^(?:[a-z']+\s+){1,2}\(([a-k])([12])?\)\s*(.*)$")
_SEPARATOR = re.compile(r"^[:.\-|)\u2013\u2014]")
_LEADING_FILLER = re.compile(r"^(?:[:.\-|)]\s*)?(?:(?:the|my|our|your|child's|young person's)\s+)*")


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    key: str  # A-K, H1, H2; C1/C2 and D1/D2 already folded into C and D
    by_letter: bool
    subsection: bool  # a C1/C2 or D1/D2 heading, which belongs inside its section


@dataclass(frozen=True)
class SectionRules:
    min_sections: int
    min_sections_title_only: int
    max_heading_words: int
    max_title_words: int
    empty_markers: frozenset[str]
    title_words: dict[str, re.Pattern[str]]
    titles: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> SectionRules:
        base = load_rules_file("sections.yaml")
        extras = [(Path(p), load_yaml_file(Path(p))) for p in extra_files]
        return cls.from_data(base, extras)

    @classmethod
    def from_data(
        cls, base: dict, extras: Iterable[tuple[Path, dict]] = (), overrides: dict | None = None
    ) -> SectionRules:
        recognition = dict(base.get("recognition", {}))
        if overrides:
            recognition.update(overrides)
        titles: dict[str, list[str]] = {}
        words: dict[str, list[str]] = {}
        markers = {normalise(m) for m in base.get("empty_markers", [])}
        sources: list[tuple[str, dict]] = [("sections.yaml", base)]
        sources += [(str(p), d) for p, d in extras]
        for source, data in sources:
            sections = data.get("sections", {}) or {}
            if not isinstance(sections, dict):
                raise ConfigError(f"{source}: 'sections' must be a mapping of section keys")
            for key, spec in sections.items():
                key = str(key).upper()
                if key not in SECTION_ORDER:
                    raise ConfigError(
                        f"{source}: unknown section key 'sections.{key}' "
                        f"(expected one of {', '.join(SECTION_ORDER)})"
                    )
                if not isinstance(spec, dict):
                    raise ConfigError(f"{source}: 'sections.{key}' must be a mapping")
                for field_name, target in (("titles", titles), ("title_words", words)):
                    values = spec.get(field_name, []) or []
                    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                        raise ConfigError(
                            f"{source}: 'sections.{key}.{field_name}' must be a list of strings"
                        )
                    target.setdefault(key, []).extend(values)
            for marker in data.get("empty_markers", []) or []:
                markers.add(normalise(str(marker)))
        try:
            title_words = {
                key: re.compile(
                    "|".join(
                        f"(?:{w})"
                        for w in values + [re.escape(normalise(t)) for t in titles.get(key, [])]
                    )
                )
                for key, values in words.items()
            }
        except re.error as exc:
            raise ConfigError(f"bad regular expression in section title_words: {exc}") from None
        return cls(
            min_sections=int(recognition.get("min_sections", 4)),
            min_sections_title_only=int(recognition.get("min_sections_title_only", 6)),
            max_heading_words=int(recognition.get("max_heading_words", 25)),
            max_title_words=int(recognition.get("max_title_words", 14)),
            empty_markers=frozenset(markers),
            title_words=title_words,
            titles={
                k: tuple(sorted({normalise(t) for t in v}, key=len, reverse=True))
                for k, v in titles.items()
            },
        )

    # -- matching ---------------------------------------------------------------------------

    def _fits_title(self, key: str, rest: str) -> bool:
        rest = _LEADING_FILLER.sub("", rest)
        if not rest:
            return False
        pattern = self.title_words.get(key)
        return bool(pattern and pattern.match(rest))

    def match(self, block: Block) -> HeadingMatch | None:
        if block.text.count(" ") > self.max_heading_words * 2:
            return None  # a paragraph, not a heading: skip the normalising
        text = normalise(block.text)
        words = len(text.split())
        if not text or words > self.max_heading_words:
            return None
        headingish = block.looks_like_heading
        strong = _STRONG.match(text)
        if strong:
            letter, sub, rest = strong.group(1).upper(), strong.group(2), strong.group(3).strip()
            key = self._key(letter, sub)
            if key and (
                headingish
                or not rest
                or _SEPARATOR.match(rest)
                or self._fits_title(key, rest)
                or (sub and self._fits_title(letter, rest))
            ):
                return HeadingMatch(key, True, self._is_subsection(letter, sub))
        if headingish:
            weak = _WEAK.match(text)
            if weak:
                letter, sub, rest = weak.group(1).upper(), weak.group(2), weak.group(4).strip()
                key = self._key(letter, sub)
                if key and (self._fits_title(key, rest) or self._fits_title(letter, rest)):
                    return HeadingMatch(key, True, self._is_subsection(letter, sub))
            inner = _INNER_LETTER.match(text)
            if inner:
                key = self._key(inner.group(1).upper(), inner.group(2))
                if key and self._fits_title(key, inner.group(3).strip()):
                    return HeadingMatch(
                        key, True, self._is_subsection(inner.group(1).upper(), inner.group(2))
                    )
            if words <= self.max_title_words:
                for key, aliases in self.titles.items():
                    for alias in aliases:
                        if text.startswith(alias) and (
                            len(text) == len(alias) or not text[len(alias)].isalnum()
                        ):
                            return HeadingMatch(key, False, False)
        return None

    @staticmethod
    def _key(letter: str, sub: str | None) -> str | None:
        if not sub:
            return letter
        if letter == "H":
            return f"H{sub}"
        if letter in ("C", "D"):
            return letter
        return None  # "A1", "E2": not a statutory heading

    @staticmethod
    def _is_subsection(letter: str, sub: str | None) -> bool:
        return bool(sub) and letter in ("C", "D")

    def is_empty(self, blocks: Sequence[Block]) -> bool:
        return all(
            normalise(b.text).strip(" .") in self.empty_markers or not b.text.strip()
            for b in blocks
        )


def split(document: Document, rules: SectionRules) -> SplitPlan:
    """Map ``document``'s blocks onto sections."""
    matches = [rules.match(b) for b in document.blocks]
    letter_keys = {m.key for m in matches if m and m.by_letter}

    front: list[Block] = []
    sections: dict[str, Section] = {}
    current: Section | None = None
    heading_open = False  # the current section's heading was the last block seen
    for block, found in zip(document.blocks, matches, strict=True):
        if (
            found
            and not found.by_letter
            and (found.key in letter_keys or (found.key in ("H1", "H2") and "H" in letter_keys))
        ):
            found = None  # a sub-heading that repeats a title, or H1/H2 inside a lettered H
        if found and current is not None and heading_open and found.key == current.key:
            if not found.by_letter:
                current.heading = f"{current.heading} {block.text}"
            continue  # "Section A" | "All about me" in two cells: one heading
        if found and found.subsection and current is not None and current.key == found.key:
            found = None  # "C1 ..." inside Section C is part of C's text
        if found:
            existing = sections.get(found.key)
            if existing is None:
                current = Section(key=found.key, heading=block.text, location=block.location)
                sections[found.key] = current
            else:
                current = existing  # a continuation heading, or the section used twice
            heading_open = True
            continue
        heading_open = False
        if current is None:
            front.append(block)
        else:
            current.blocks.append(block)

    if "H" in sections and ("H1" in sections or "H2" in sections):
        umbrella = sections.pop("H")
        target = sections.get("H1") or sections["H2"]
        target.blocks[:0] = umbrella.blocks
    for section in sections.values():
        section.empty = rules.is_empty(section.blocks)

    ordered = {k: sections[k] for k in SECTION_ORDER if k in sections}
    expected = ["A", "B", "C", "D", "E", "F", "G"]
    expected += ["H1", "H2"] if ("H1" in ordered or "H2" in ordered) else ["H"]
    expected += ["I", "J", "K"]
    missing = [k for k in expected if k not in ordered]
    letters = {k[0] for k in ordered}
    by_letter = {k[0] for k in letter_keys}
    recognised = len(letters)
    is_ehcp = recognised >= rules.min_sections and (
        len(by_letter) >= 2 or recognised >= rules.min_sections_title_only
    )
    return SplitPlan(
        document=document,
        front_matter=front,
        sections=ordered,
        missing=missing,
        is_ehcp=is_ehcp,
        recognised=recognised,
    )
