"""Split a document's blocks into the statutory sections A-K.

Driven by ``rules/sections.yaml`` plus any files given with ``--sections-file``. The splitter
never looks at the file again: it sees only the reader's blocks, with their text, kind and the
heading signals the reader recorded (style level, bold, full-width or shaded table cell).

It works in three passes, each linear in the number of blocks:

1. **Score** every block that could be a heading (:meth:`SectionRules.score`): layout signals,
   section letters anywhere in the line, and similarity to the statutory titles and aliases.
2. **Route national-template tables** (:func:`national_tables`): a table whose header row names a
   section per column (needs B | provision F | outcomes E; C | G | E; D | H1 | H2 | E) sends each
   cell's blocks to its column's section. Every cell of one body row gets the same
   ``Block.row_link`` (numbered through the document from 1) and every cell of the table the
   table's area-of-need title as ``Block.area`` (its full-width title row, or else the last
   heading-like line before the table that is not a section heading). In a PDF, which keeps no
   table structure, a bold line that splits into column headers starts such a table and blocks
   go to the column whose left edge they share (:func:`_route_pdf_columns`).
3. **Assign** the headings as a whole (:func:`_assign`): the best candidate for each section
   starts it, in any order; later lettered headings for it continue it; a title-only line for a
   section headed elsewhere is a sub-heading. A heading may name several sections: each gets the
   text under it.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ehcp_audit.errors import ConfigError
from ehcp_audit.model import Block, BlockKind, Document, Location, Section, SplitPlan
from ehcp_audit.resources import load_rules_file, load_yaml_file

SECTION_ORDER = ("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K")
_RANK = {key: n for n, key in enumerate(SECTION_ORDER)}
_KEYS = frozenset(SECTION_ORDER)

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")
# One letter reference: "B", "H1", "C2", "(B)".
_REF = r"\(?([A-Ka-k])([0-9])?\)?"
_JOIN = r"\s*(?:,|&|/|\+|\band\b)\s*(?:sections?\s+)?"
_JOINED_REFS = re.compile(_JOIN + r"\(?([A-K])([0-9])?\)?(?![\w'])")
_LEADING_LABEL = re.compile(r"^(?:sections?|part)\s*" + _REF + r"(?![\w'])", re.I)
_BARE_LETTER = re.compile(r"^(\()?([A-K])([0-9])?(\))?(?=$|[\s:.\-|)])")
_BRACKETED = re.compile(
    r"\((?:sections?\s*)?([A-K])([0-9])?((?:" + _JOIN + r"[A-K][0-9]?)*)\s*\)", re.I
)
_RUNS_ON = re.compile(r"[a-z]{2,}\b(?!['\u2019])")  # words in lower case straight after the label
_MAY_NAME_LETTER = re.compile(r"\([A-Ka-k][0-9]?\)|\b[Ss]ections?\s+[A-K]|^\s*[A-K][0-9]?\b")
_TAIL_REF = re.compile(r"(?<![A-Za-z])([A-Ka-k])([0-9])?(?![A-Za-z])")
_INNER_LABEL = re.compile(r"(?<![\w(])sections?\s+([A-K])([0-9])?(?![\w'])", re.I)
_PART_NUMBER = re.compile(r"^(?:(?:part|section|step)\s+(\d{1,2})|(\d{1,2})[.)])(?![\w.])", re.I)
# What a line in body type must open with to be worth scoring: a letter, "Section", "Part", a number.
_MAY_OPEN_LABEL = re.compile(r"\s*(?:\(?[A-K][0-9]?(?![A-Za-z])|[Ss][Ee][Cc]|[Pp][Aa][Rr][Tt]|\d)")
_PART_LINE = re.compile(r"\s*(?:part|section)\s+\d{1,2}\b", re.I)
_SUB_PART = re.compile(r"\s*\d{1,2}\.\d{1,2}\b")
_SEPARATOR = re.compile(r"^\s*(?:$|[:.\-|)]|\()")
_CONTINUED = re.compile(r"\b(?:continued|cont'?d|cont\.)", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "e")


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def _clean_case(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", _DASHES.sub("-", text)).strip()


@functools.lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _tokens(text: str, stopwords: frozenset[str]) -> list[str]:
    """Stemmed content words; numbers ("3.1", "1970") say nothing about which section it is."""
    text = text.lower().replace("'s", "").replace("\u2019s", "")
    return [_stem(w) for w in _WORD.findall(text) if w not in stopwords and not w.isdigit()]


def signals_first_label(signals: Sequence[str]) -> bool:
    return any(s.startswith(("label '", "letter '", "part ")) for s in signals)


def _is_capitals(text: str, short_words: float) -> bool:
    return (
        text.isupper() and text.count(" ") < 2 * short_words and sum(c.isalpha() for c in text) >= 6
    )


def _letter_key(letter: str, digit: str | None) -> tuple[str, bool]:
    """(section key, is a subsection): H1/H2 are sections; C1, D2, A1... fold into the letter."""
    letter = letter.upper()
    if not digit:
        return letter, False
    if letter == "H" and digit in ("1", "2"):
        return f"H{digit}", False
    return letter, True


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A heading candidate: the sections it names, its score and the signals behind it."""

    keys: tuple[str, ...]
    score: float
    signals: tuple[str, ...]
    by_letter: bool
    subsection: bool = False  # "C1 ...", "A2 ...": belongs inside its section
    continued: bool = False
    has_layout: bool = False
    title_sim: float = 0.0
    label_first: bool = False  # the letter opens the line ("Section B ...", "B. ...")

    @property
    def key(self) -> str:
        return self.keys[0]


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A line that looked like a heading but was not used as one, or used on weak evidence."""

    text: str
    location: Location
    score: float
    keys: tuple[str, ...]
    signals: tuple[str, ...]
    # "weak" (used, low confidence), "unused" (a better heading won), "no match" (too weak),
    # "no section" (set like a section heading but names none)
    outcome: str


@dataclass(frozen=True, slots=True)
class _Title:
    keys: tuple[str, ...]
    weights: dict[str, float]
    total: float


# Every number the splitter uses; their values live in rules/sections.yaml.
_RECOGNITION_KEYS = frozenset(
    {
        "min_sections",
        "min_sections_title_only",
        "max_heading_words",
        "short_words",
        "long_line_penalty",
        "accept_score",
        "weak_score",
        "near_miss_score",
        "confident_score",
        "title_floor",
        "title_evidence",
        "combined_title_cover",
        "weight_style",
        "weight_bold",
        "weight_full_width",
        "weight_shaded",
        "layout_cap",
        "weight_short",
        "weight_label",
        "weight_bare_letter",
        "weight_bracket_letter",
        "weight_inner_label",
        "weight_end_label",
        "weight_title",
        "weight_letter_title_agree",
        "sentence_penalty",
        "lowercase_penalty",
        "off_shape_penalty",
        "unsure_confidence",
        "order_penalty",
        "shared_title_penalty",
        "first_letter_margin",
        "weight_capitals",
        "weight_other_title",
        "subsection_penalty",
    }
)
# Accepted in files written before the scoring design, and ignored.
_LEGACY_RECOGNITION_KEYS = frozenset({"max_title_words"})
_TOP_KEYS = {
    "recognition",
    "empty_markers",
    "stopwords",
    "sections",
    "combined",
    "parts",
    "column_titles",
    "subheadings",
}
_SECTION_FIELDS = {"titles", "title_words", "statutory"}


def _strings(value, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return value


def _section_keys(value, where: str) -> tuple[str, ...]:
    keys = tuple(str(k).upper() for k in (value if isinstance(value, list) else [value]))
    bad = [k for k in keys if k not in _KEYS]
    if not keys or bad:
        raise ConfigError(
            f"{where}: unknown section key '{bad[0] if bad else ''}' "
            f"(expected one of {', '.join(SECTION_ORDER)})"
        )
    return keys


@dataclass
class _Collected:
    recognition: dict[str, float] = field(default_factory=dict)
    markers: set[str] = field(default_factory=set)
    stopwords: set[str] = field(default_factory=set)
    titles: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    words: dict[str, list[str]] = field(default_factory=dict)
    parts: dict[int, tuple[str, ...]] = field(default_factory=dict)
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    subheadings: set[str] = field(default_factory=set)

    def add(self, source: str, data: dict) -> None:
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise ConfigError(
                f"{source}: unknown key '{unknown[0]}' (known: {', '.join(sorted(_TOP_KEYS))})"
            )
        self._recognition(source, data.get("recognition") or {})
        for marker in _strings(data.get("empty_markers"), f"{source}: 'empty_markers'"):
            self.markers.add(normalise(marker))
        self.stopwords.update(
            w.lower() for w in _strings(data.get("stopwords"), f"{source}: 'stopwords'")
        )
        self._sections(source, data.get("sections") or {})
        self._combined(source, data.get("combined") or [])
        self._parts(source, data.get("parts") or {})
        self._columns(source, data.get("column_titles") or {})
        for line in _strings(data.get("subheadings"), f"{source}: 'subheadings'"):
            self.subheadings.add(normalise(line))

    def _recognition(self, source: str, values) -> None:
        if not isinstance(values, dict):
            raise ConfigError(f"{source}: 'recognition' must be a mapping")
        for name, value in values.items():
            if name not in _RECOGNITION_KEYS | _LEGACY_RECOGNITION_KEYS:
                raise ConfigError(f"{source}: unknown key 'recognition.{name}'")
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"{source}: 'recognition.{name}' must be a number")
            self.recognition[name] = float(value)

    def _sections(self, source: str, sections) -> None:
        if not isinstance(sections, dict):
            raise ConfigError(f"{source}: 'sections' must be a mapping of section keys")
        for raw_key, spec in sections.items():
            key = str(raw_key).upper()
            if key not in _KEYS:
                raise ConfigError(
                    f"{source}: unknown section key 'sections.{key}' "
                    f"(expected one of {', '.join(SECTION_ORDER)})"
                )
            if not isinstance(spec, dict):
                raise ConfigError(f"{source}: 'sections.{key}' must be a mapping")
            unknown = sorted(set(spec) - _SECTION_FIELDS)
            if unknown:
                raise ConfigError(
                    f"{source}: unknown key 'sections.{key}.{unknown[0]}' "
                    f"(known: {', '.join(sorted(_SECTION_FIELDS))})"
                )
            for name in ("statutory", "titles"):
                for title in _strings(spec.get(name), f"{source}: 'sections.{key}.{name}'"):
                    self.titles.append(((key,), title))
            words = _strings(spec.get("title_words"), f"{source}: 'sections.{key}.title_words'")
            self.words.setdefault(key, []).extend(words)

    def _combined(self, source: str, entries) -> None:
        if not isinstance(entries, list):
            raise ConfigError(f"{source}: 'combined' must be a list")
        for n, entry in enumerate(entries):
            where = f"{source}: 'combined[{n}]'"
            if not isinstance(entry, dict) or set(entry) - {"title", "sections"}:
                raise ConfigError(f"{where} must be a mapping with 'title' and 'sections' only")
            if not isinstance(entry.get("title"), str):
                raise ConfigError(f"{where}.title must be a string")
            self.titles.append((_section_keys(entry.get("sections"), where), entry["title"]))

    def _columns(self, source: str, columns) -> None:
        if not isinstance(columns, dict):
            raise ConfigError(f"{source}: 'column_titles' must be a mapping of section keys")
        for raw_key, titles in columns.items():
            keys = _section_keys(str(raw_key), f"{source}: 'column_titles.{raw_key}'")
            for title in _strings(titles, f"{source}: 'column_titles.{raw_key}'"):
                self.columns[normalise(title)] = keys

    def _parts(self, source: str, parts) -> None:
        if not isinstance(parts, dict):
            raise ConfigError(f"{source}: 'parts' must be a mapping of part numbers to sections")
        for number, keys in parts.items():
            try:
                part = int(number)
            except (TypeError, ValueError):
                raise ConfigError(f"{source}: 'parts.{number}' is not a part number") from None
            self.parts[part] = _section_keys(keys, f"{source}: 'parts.{number}'")


@dataclass(frozen=True)
class SectionRules:
    recognition: dict[str, float]
    empty_markers: frozenset[str]
    stopwords: frozenset[str]
    titles: tuple[_Title, ...]
    index: dict[str, tuple[int, ...]]  # token -> titles holding it
    word_keys: dict[str, tuple[str, ...]]  # token -> sections with a (single) title holding it
    token_weight: dict[str, float]
    unknown_weight: float
    title_words: dict[str, re.Pattern[str]]
    parts: dict[int, tuple[str, ...]]
    column_titles: dict[str, tuple[str, ...]]
    subheadings: frozenset[str]
    # Title similarity by line text: headings, labels and page furniture repeat across plans.
    _similar: dict[str, tuple[tuple[str, ...], float]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def min_sections(self) -> int:
        return int(self.recognition["min_sections"])

    @property
    def min_sections_title_only(self) -> int:
        return int(self.recognition["min_sections_title_only"])

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> SectionRules:
        base = load_rules_file("sections.yaml")
        extras = [(Path(p), load_yaml_file(Path(p))) for p in extra_files]
        return cls.from_data(base, extras)

    @classmethod
    def from_data(
        cls, base: dict, extras: Iterable[tuple[Path, dict]] = (), overrides: dict | None = None
    ) -> SectionRules:
        collected = _Collected()
        collected.add("sections.yaml", base)
        absent = sorted(_RECOGNITION_KEYS - set(collected.recognition))
        if absent:
            raise ConfigError(f"sections.yaml: 'recognition.{absent[0]}' is not set")
        for path, data in extras:
            collected.add(str(path), data)
        if overrides:
            collected.add("overrides", {"recognition": overrides})
        return cls._build(collected)

    @classmethod
    def _build(cls, c: _Collected) -> SectionRules:
        stopwords = frozenset(c.stopwords)
        parsed = [(keys, set(_tokens(t, stopwords))) for keys, t in c.titles]
        parsed = [(k, t) for k, t in parsed if t]
        # A word used in the titles of many sections says little about which one a line names.
        holders: dict[str, set[str]] = {}
        for keys, words in parsed:
            for word in words:
                holders.setdefault(word, set()).update(keys)
        count = len({k for keys, _ in parsed for k in keys}) or 1
        weight = {w: 1.0 + math.log(count / len(ks)) for w, ks in holders.items()}
        titles = []
        index: dict[str, list[int]] = {}
        for keys, words in parsed:
            weights = {w: weight[w] for w in words}
            for word in words:
                index.setdefault(word, []).append(len(titles))
            titles.append(_Title(keys, weights, sum(weights.values())))
        try:
            title_words = {
                key: re.compile("|".join(f"(?:{w})" for w in values))
                for key, values in c.words.items()
                if values
            }
        except re.error as exc:
            raise ConfigError(f"bad regular expression in section title_words: {exc}") from None
        return cls(
            recognition=c.recognition,
            empty_markers=frozenset(c.markers),
            stopwords=stopwords,
            titles=tuple(titles),
            index={w: tuple(ix) for w, ix in index.items()},
            word_keys={
                w: tuple(sorted({titles[i].keys[0] for i in ix if len(titles[i].keys) == 1}))
                for w, ix in index.items()
            },
            token_weight=weight,
            unknown_weight=1.0 + math.log(count),
            title_words=title_words,
            parts=dict(c.parts),
            column_titles=dict(c.columns),
            subheadings=frozenset(c.subheadings),
        )

    # -- title similarity ---------------------------------------------------------------------

    def title_similarity(self, text: str) -> tuple[tuple[str, ...], float]:
        """The sections ``text`` names by title, and how closely (0-1)."""
        found = self._similar.get(text)
        if found is None:
            if len(self._similar) > 50_000:
                self._similar.clear()
            found = self._similar[text] = self._title_similarity(text)
        return found

    def _title_similarity(self, text: str) -> tuple[tuple[str, ...], float]:
        words = set(_tokens(text, self.stopwords))
        if not words:
            return (), 0.0
        weigh = {w: self.token_weight.get(w, self.unknown_weight) for w in words}
        line_total = sum(weigh.values())
        # One pass over the index: each title's matched weight, and per section the words of
        # the line found in any of its titles ("About me - my views, interests and aspirations"
        # joins two titles of A).
        matched: dict[int, float] = {}
        per_key: dict[str, float] = {}
        for w in words:
            weight = weigh[w]
            for i in self.index.get(w, ()):
                matched[i] = matched.get(i, 0.0) + weight
            for key in self.word_keys.get(w, ()):
                per_key[key] = per_key.get(key, 0.0) + weight
        evidence_weight = self.recognition["title_evidence"]
        best: dict[str, tuple[float, int]] = {}
        for i, match in matched.items():
            title = self.titles[i]
            cover_title = match / title.total
            in_key = per_key[title.keys[0]] if len(title.keys) == 1 else match
            evidence = min(1.0, match / evidence_weight) ** 0.5
            sim = cover_title * (0.4 + 0.6 * in_key / line_total) * evidence
            for key in title.keys:
                if key not in best or sim > best[key][0]:
                    best[key] = (sim, i)
        if not best:
            return (), 0.0
        return self._combined(words, weigh, line_total, best, matched)

    def _combined(
        self,
        words: set[str],
        weigh: dict[str, float],
        line_total: float,
        best: dict[str, tuple[float, int]],
        matched: dict[int, float],
    ) -> tuple[tuple[str, ...], float]:
        """The best section, or several when the line holds each one's title whole."""
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
        top_key, (top_sim, top_i) = ranked[0]
        top = self.titles[top_i]
        if len(top.keys) > 1:
            return top.keys, top_sim  # a heading declared as naming several sections
        full = self.recognition["combined_title_cover"]
        if matched[top_i] / top.total < full or len(ranked) == 1:
            return (top_key,), top_sim
        keys = [top_key]
        covered = words.intersection(top.weights)
        top_words = set(covered)
        # Each of two titles named in one line must carry some weight of its own ("health
        # needs", not "support" alone).
        enough = 0.8 * self.recognition["title_evidence"]
        for key, (_sim, i) in ranked[1:]:
            title = self.titles[i]
            if matched[i] / title.total < full or min(title.total, top.total) < enough:
                continue
            shared = words.intersection(title.weights)
            if not shared <= covered:
                keys.append(key)
                covered |= shared
        if len(keys) > 1 and any(
            top_key in t.keys and covered <= t.weights.keys() for t in self.titles
        ):
            keys = [top_key]  # one title of the first section says it all
        if len(keys) > 1:
            union = sum(weigh[w] for w in covered) / line_total
            single = sum(weigh[w] for w in top_words) / line_total
            if union - single < 0.2:
                keys = [top_key]
            else:
                top_sim = max(top_sim, union)
        return tuple(keys), top_sim

    def _fits_title_words(self, key: str, rest: str) -> bool:
        pattern = self.title_words.get(key)
        if not pattern:
            return False
        rest = re.sub(
            r"^(?:[:.\-|)]\s*)?(?:(?:the|my|our|your|child's|young person's)\s+)*", "", rest
        )
        return bool(rest and pattern.match(rest))

    # -- scoring ------------------------------------------------------------------------------

    def score(self, block: Block) -> HeadingMatch | None:
        """Score ``block`` as a heading candidate; None when it has no section signal at all."""
        r = self.recognition
        raw = block.text
        spaces = raw.count(" ")
        if spaces >= r["max_heading_words"]:
            return None
        signals: list[str] = []
        layout = self._layout(block, signals)
        if (
            layout == 0
            and not _MAY_OPEN_LABEL.match(raw)
            and (spaces >= r["short_words"] or raw.rstrip().endswith("."))
        ):
            return None  # body text: only a label opening it could make it a heading
        text = _clean_case(raw)
        words = len(text.split())
        if not text or words > r["max_heading_words"]:
            return None
        if layout and words <= r["short_words"] and text.lower() in self.subheadings:
            return None  # "Communication and interaction", "Good health": never a section's own
        letter_keys, letter_score, subsection, rest = self._letters(
            text, signals, layout > 0 and words <= r["short_words"] and not text.endswith(".")
        )
        part = _PART_NUMBER.match(text)
        if part and not letter_keys:
            number = int(part.group(1) or part.group(2))
            if number in self.parts:
                letter_keys, letter_score = self.parts[number], r["weight_label"]
                rest = text[part.end() :]
                signals.append(f"part {number} (declared)")
        if not letter_keys and layout == 0:
            return None  # a title alone in body type is never used as a heading
        title_text = rest if letter_keys else _PART_NUMBER.sub("", text)
        title_keys, sim = self.title_similarity(title_text)
        title_score = 0.0
        if sim >= r["title_floor"]:
            title_score = r["weight_title"] * sim
            signals.append(f"title ~ {'+'.join(title_keys)} {sim:.2f}")
        if not letter_keys and title_score == 0:
            return None
        score = layout + letter_score
        if letter_keys:
            keys = letter_keys
            score += self._title_support(keys, title_keys, title_score, subsection, rest, signals)
        else:
            keys = title_keys
            score += title_score
        score += self._shape_penalties(text, words, signals)
        return HeadingMatch(
            keys=tuple(dict.fromkeys(keys)),
            score=round(score, 3),
            signals=tuple(signals),
            by_letter=bool(letter_keys),
            subsection=subsection,
            continued=bool(_CONTINUED.search(text)),
            has_layout=layout > 0,
            title_sim=round(sim, 3),
            label_first=bool(letter_keys) and bool(signals_first_label(signals)),
        )

    def _title_support(
        self,
        keys: tuple[str, ...],
        title_keys: tuple[str, ...],
        title_score: float,
        subsection: bool,
        rest: str,
        signals: list[str],
    ) -> float:
        """What the words after a section letter add: most when they are that section's title."""
        r = self.recognition
        agree = set(title_keys) & ({k[0] for k in keys} | set(keys))
        if agree and title_score:
            return title_score + r["weight_letter_title_agree"]
        if title_score and not subsection:
            return r["weight_other_title"] * title_score  # another section's title: weak support
        if self._fits_title_words(keys[0], rest.lower()):
            signals.append("title words")
            return r["weight_letter_title_agree"]
        return 0.0

    def _layout(self, block: Block, signals: list[str]) -> float:
        r = self.recognition
        total = 0.0
        level = block.style_level if block.style_level is not None else block.heading_level
        if level is not None:
            total += r["weight_style"]
            signals.append(f"heading level {level}")
        if block.bold or block.emphasised:
            total += r["weight_bold"]
            signals.append("bold" if block.bold else "emphasised")
        if block.full_width:
            total += r["weight_full_width"]
            signals.append("full-width cell")
        if block.shaded:
            total += r["weight_shaded"]
            signals.append("shaded cell")
        if total == 0 and _is_capitals(block.text, r["short_words"]):
            total += r["weight_capitals"]  # PDFs often set headings in capitals, not bold
            signals.append("capitals")
        return min(total, r["layout_cap"])

    def _shape_penalties(self, text: str, words: int, signals: list[str]) -> float:
        r = self.recognition
        total = 0.0
        if words <= r["short_words"]:
            total += r["weight_short"]
        else:
            long = (words - r["short_words"]) * r["long_line_penalty"]
            total -= long
            signals.append(f"{words} words (-{long:.2f})")
        if text.endswith(".") and not text.endswith("etc.") and words > 2:
            total -= r["sentence_penalty"]
            signals.append("ends like a sentence")
        if text[:1].islower():
            total -= r["lowercase_penalty"]
            signals.append("starts in lower case")
        return total

    def _letters(
        self, text: str, signals: list[str], heading_set: bool
    ) -> tuple[tuple[str, ...], float, bool, str]:
        """Section letters named in ``text``: (keys, score, subsection, the text after them).

        A bare letter with no separator ("A one-page profile ...", "I like ...") reads as an
        article or pronoun unless the line is set as a short heading."""
        r = self.recognition
        found = _LEADING_LABEL.match(text)
        if found:
            keys, subsection, end = self._joined(text, found.group(1), found.group(2), found.end())
            signals.append(f"label '{text[:end].strip()}'")
            rest = text[end:].strip()
            weight = r["weight_label"]
            if _RUNS_ON.match(rest) and not _CONTINUED.match(rest):
                # "Section A was completed with ...": a sentence about the section
                weight -= r["sentence_penalty"]
                signals.append("label runs on as a sentence")
            return keys, weight, subsection, rest
        found = _BARE_LETTER.match(text)
        if found and bool(found.group(1)) == bool(found.group(4)):
            keys, subsection, end = self._joined(text, found.group(2), found.group(3), found.end())
            rest = text[end:].strip()
            separated = bool(found.group(1) or found.group(3)) or bool(_SEPARATOR.match(rest))
            fits = self._fits_title_words(keys[0], rest.lower()) or (
                self.title_similarity(rest)[1] >= r["title_floor"]
            )
            if separated or (fits and heading_set):
                signals.append(f"letter '{text[:end].strip()}'")
                return keys, r["weight_bare_letter"], subsection, rest
        if not heading_set and (text.endswith(".") or len(text.split()) > r["short_words"]):
            return (), 0.0, False, text  # a sentence that mentions a section, not a heading
        found = _BRACKETED.search(text)
        if found and found.start() > 0:
            keys, subsection = self._refs(found.group(1), found.group(2), found.group(3))
            at_end = found.end() >= len(text.rstrip(" .:"))
            rest = (text[: found.start()] + " " + text[found.end() :]).strip(" -:|")
            signals.append(f"letter in brackets{' at end' if at_end else ''}")
            weight = r["weight_bracket_letter"] + (r["weight_end_label"] if at_end else 0)
            return keys, weight, subsection, rest
        found = _INNER_LABEL.search(text)
        if found:
            keys, subsection, end = self._joined(text, found.group(1), found.group(2), found.end())
            at_end = end >= len(text.rstrip(" .:"))
            after_part = bool(_PART_NUMBER.match(text))
            if at_end or after_part:
                rest = (text[: found.start()] + " " + text[end:]).strip(" -:|")
                signals.append("label after part number" if after_part else "label at end")
                weight = r["weight_inner_label"] + r["weight_end_label"]
                return keys, weight, subsection, rest
        return (), 0.0, False, text

    def _joined(
        self, text: str, letter: str, digit: str | None, end: int
    ) -> tuple[tuple[str, ...], bool, int]:
        first, subsection = _letter_key(letter, digit)
        keys = [first]
        while more := _JOINED_REFS.match(text, end):
            keys.append(_letter_key(more.group(1), more.group(2))[0])
            end = more.end()
        if len(keys) > 1:
            subsection = False
        return tuple(dict.fromkeys(keys)), subsection, end

    @staticmethod
    def _refs(letter: str, digit: str | None, tail: str) -> tuple[tuple[str, ...], bool]:
        first, subsection = _letter_key(letter, digit)
        keys = [first] + [
            _letter_key(m.group(1), m.group(2))[0] for m in _TAIL_REF.finditer(tail or "")
        ]
        return tuple(dict.fromkeys(keys)), subsection and len(keys) == 1

    def match(self, block: Block) -> HeadingMatch | None:
        """``block`` as a heading on its own evidence, or None (the document pass may still use
        a weaker candidate for a section nothing else names)."""
        found = self.score(block)
        if found is None or found.score < self.recognition["accept_score"]:
            return None
        if not found.by_letter and not found.has_layout:
            return None  # a title alone in body type is a sentence fragment, not a heading
        return found

    def confidence(self, score: float) -> float:
        return round(max(0.0, min(1.0, score / self.recognition["confident_score"])), 2)

    def is_empty(self, blocks: Sequence[Block]) -> bool:
        return all(
            normalise(b.text).strip(" .") in self.empty_markers or not b.text.strip()
            for b in blocks
        )


# -- national-template tables ---------------------------------------------------------------


@dataclass(slots=True)
class _Table:
    header_row: int
    columns: dict[int, tuple[str, ...]]  # cell number -> section keys
    header_score: float


def national_tables(blocks: Sequence[Block], rules: SectionRules) -> dict[int, _Table]:
    """Tables whose header row names a section per column (needs | provision | outcomes)."""
    rows: dict[int, dict[int, dict[int, list[Block]]]] = {}
    context: dict[int, set[str]] = {}  # table -> sections the lettered heading above it names
    named: set[str] = set()
    for block in blocks:
        loc = block.location
        if loc.table is None:
            if block.looks_like_heading or block.style_level is not None:
                found = rules.match(block)
                if found is not None and found.by_letter:
                    named = set(found.keys)
            continue
        context.setdefault(loc.table, named)
        if loc.row is not None and loc.row <= 4:
            cells = rows.setdefault(loc.table, {}).setdefault(loc.row, {})
            cells.setdefault(loc.cell or 1, []).append(block)
    found: dict[int, _Table] = {}
    for table_no, table_rows in rows.items():
        for row_no in sorted(table_rows):
            header = _header_columns(table_rows[row_no], rules, context.get(table_no, set()))
            if header:
                found[table_no] = _Table(row_no, header[0], header[1])
                break
    return found


_NEEDS = frozenset({"B", "C", "D"})
_PROVISION = frozenset({"F", "G", "H", "H1", "H2"})


def _header_columns(
    cells: dict[int, list[Block]], rules: SectionRules, context: set[str] = frozenset()
) -> tuple[dict[int, tuple[str, ...]], float] | None:
    """The sections a table's row names per column: a need/provision/outcome header, or any
    row whose cells each name a different section ("Outcomes (E)" | "Provision (F)").

    A column named by letter or by a section's full title counts alone; one named by a bare word
    ("Needs", "Provision", "Outcomes") only when needs, provision and outcomes all appear, or
    when the heading above the table names those very sections ("Sections E and F" over
    Outcome | Provision | Who | How often), so a provision table with a "Need" column stays in F.
    Under such a heading a column naming nothing ("Who", "How often") belongs with the column
    to its left."""
    if len(cells) < 2:
        return None
    columns: dict[int, tuple[str, ...]] = {}
    scores = []
    generic = False
    for cell_no, cell_blocks in cells.items():
        text = " ".join(b.text for b in cell_blocks)
        if len(text.split()) > 12:
            return None
        found = rules.score(replace(cell_blocks[0], text=text))
        if found is not None and (found.by_letter or found.title_sim >= 0.9):
            columns[cell_no] = found.keys
            scores.append(min(found.score, rules.recognition["confident_score"]))
        elif (keys := rules.column_titles.get(normalise(text).strip(" :"))) is not None:
            columns[cell_no] = keys
            scores.append(rules.recognition["accept_score"])
            generic = True
    named = {k for keys in columns.values() for k in keys}
    if len(columns) < 2 or len({keys for keys in columns.values()}) < 2:
        return None
    joint = len(named) >= 2 and named <= context  # the heading above names these sections
    if len(columns) < len(cells) - 1 and not (joint and min(cells) in columns):
        return None
    if generic and not joint and not (named & _NEEDS and named & _PROVISION and "E" in named):
        return None
    if not generic and len({keys for keys in columns.values()}) < len(columns):
        return None  # "Section A" | "All about me": one heading in two cells, not columns
    if joint:
        left: tuple[str, ...] = ()
        for cell_no in sorted(cells):
            left = columns.setdefault(cell_no, left)
    return columns, min(scores)


# -- the document pass --------------------------------------------------------------------


@dataclass(slots=True)
class _Builder:
    rules: SectionRules
    sections: dict[str, Section] = field(default_factory=dict)
    front: list[Block] = field(default_factory=list)
    placed: dict[int, tuple[str, ...]] = field(default_factory=dict)  # block -> its sections
    started: dict[int, list[str]] = field(default_factory=dict)  # heading block -> sections

    def open(self, keys: Sequence[str], block: Block, confidence: float) -> list[Section]:
        opened = []
        for key in keys:
            section = self.sections.get(key)
            if section is None:
                section = Section(key=key, heading=block.text, location=block.location)
                section.confidence = confidence
                section.shared_with = tuple(k for k in keys if k != key)
                self.sections[key] = section
            opened.append(section)
        return opened


def _shape(block: Block) -> tuple:
    level = block.style_level if block.style_level is not None else block.heading_level
    return (block.kind is BlockKind.TABLE_CELL, level, block.bold or block.emphasised)


def _usual_shape(blocks: Sequence[Block], indexes: Iterable[int], least: int) -> tuple | None:
    """The shape most of these headings share, when at least ``least`` and 70% of them do."""
    shapes = Counter(_shape(blocks[i]) for i in indexes)
    if not shapes:
        return None
    usual, count = shapes.most_common(1)[0]
    return usual if count >= least and count >= 0.7 * sum(shapes.values()) else None


def _order_breaks(key: str, index: int, chosen: dict[str, tuple[int, float]]) -> int:
    """How many chosen section starts this heading would put out of statutory order."""
    rank = _RANK[key]
    return sum(
        1
        for other, (at, _) in chosen.items()
        if other != key and ((_RANK[other] < rank) == (at > index))
    )


def _primaries(
    candidates: dict[int, HeadingMatch], blocks: Sequence[Block], rules: SectionRules
) -> dict[str, tuple[int, float]]:
    """The block that starts each section and its score in this document.

    Lettered headings are taken on their own score. A title-only line loses points when it is
    set unlike the plan's section headings, and, when two compete for one section, the one that
    keeps the sections in statutory order wins (a sub-question "What I want to achieve" in A
    does not start E when "My outcomes" follows D). Two passes: the first choice gives the
    shapes and order the second judges by."""
    r = rules.recognition
    lettered = [i for i, c in candidates.items() if c.by_letter and c.score >= r["accept_score"]]
    letter_keys = {k for i in lettered for k in candidates[i].keys}
    usual = _usual_shape(blocks, lettered, 3)
    first = _choose(candidates, blocks, r, letter_keys, usual, None)
    if usual is None:
        usual = _usual_shape(blocks, {i for i, _ in first.values()}, 4)
    chosen = _choose(candidates, blocks, r, letter_keys, usual, first)
    if len(letter_keys) < 2 and usual is not None:
        _fill_gaps(chosen, candidates, blocks, usual, r)
    return chosen


_GAP_ORDER = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K")


def _fill_gaps(
    chosen: dict[str, tuple[int, float]],
    candidates: dict[int, HeadingMatch],
    blocks: Sequence[Block],
    usual: tuple,
    r: dict[str, float],
) -> None:
    """In a plan without letters, a section no title names is the one heading set like the
    others between its neighbours in statutory order ("My needs and what I find hard" between
    "About me" and "My health" is B). Used with low confidence; adds the candidate it makes."""
    present = {k if k not in ("H1", "H2") else "H": at for k, (at, _) in chosen.items()}
    for n, key in enumerate(_GAP_ORDER):
        if key in present:
            continue
        before = [present[k] for k in _GAP_ORDER[:n] if k in present]
        after = [present[k] for k in _GAP_ORDER[n + 1 :] if k in present]
        if not before or not after or max(before) > min(after):
            continue
        previous_key = next(k for k in reversed(_GAP_ORDER[:n]) if k in present)
        next_key = next(k for k in _GAP_ORDER[n + 1 :] if k in present)
        if _GAP_ORDER.index(next_key) - _GAP_ORDER.index(previous_key) != 2:
            continue  # two or more sections missing here: which line is which is a guess
        lines = [
            i
            for i in range(max(before) + 1, min(after))
            if _shape(blocks[i]) == usual
            and (blocks[i].looks_like_heading or blocks[i].style_level is not None)
            and len(blocks[i].text.split()) <= r["short_words"]
            and not blocks[i].text.rstrip().endswith((".", "?"))
        ]
        if len(lines) == 1 and lines[0] not in candidates:
            at = lines[0]
            signals = ("set like the section headings", f"between {previous_key} and {next_key}")
            candidates[at] = HeadingMatch((key,), r["weak_score"], signals, False, has_layout=True)
            chosen[key] = (at, r["weak_score"])
            present[key] = at


def _choose(
    candidates: dict[int, HeadingMatch],
    blocks: Sequence[Block],
    r: dict[str, float],
    letter_keys: set[str],
    usual: tuple | None,
    order_from: dict[str, tuple[int, float]] | None,
) -> dict[str, tuple[int, float]]:
    best: dict[str, tuple[float, float, int]] = {}  # key -> (rank score, score, index)
    for i, cand in candidates.items():
        score = cand.score - (r["subsection_penalty"] if cand.subsection else 0.0)
        if score < r["accept_score"] and not cand.has_layout:
            continue  # weak evidence is used only on a line set like a heading
        if not cand.by_letter:
            if not cand.has_layout:
                continue
            if usual is not None and _shape(blocks[i]) != usual:
                score -= r["off_shape_penalty"]
            if score < r["weak_score"]:
                continue
        below = candidates.get(i + 1)
        for key in cand.keys:
            if not cand.by_letter and (key in letter_keys or _umbrella_covers(key, letter_keys)):
                continue  # a sub-heading repeating the title of a lettered section
            if (
                not cand.by_letter
                and below is not None
                and key in below.keys
                and below.has_layout
                and below.score >= r["accept_score"]
                and below.title_sim >= cand.title_sim
                and _PART_LINE.match(blocks[i].text)
                and _SUB_PART.match(blocks[i + 1].text)
            ):
                continue  # "Part 5: The support I will get" right above "5.1 Special ...": a part
            # The more specific heading wins: "3.1 My health needs" over "Part 3: My health and
            # social care needs", which then divides the plan rather than starting C and D.
            rank = score - (
                r["shared_title_penalty"] * (len(cand.keys) - 1) if not cand.by_letter else 0
            )
            if order_from is not None and not cand.by_letter:
                rank -= r["order_penalty"] * min(3, _order_breaks(key, i, order_from))
            if key not in best or rank > best[key][0] + 1e-9:
                best[key] = (rank, score, i)
    chosen = {k: (i, score) for k, (_, score, i) in best.items() if score >= r["weak_score"]}
    return _first_lettered(candidates, chosen, r)


def _first_lettered(
    candidates: dict[int, HeadingMatch],
    chosen: dict[str, tuple[int, float]],
    r: dict[str, float],
) -> dict[str, tuple[int, float]]:
    """Move a lettered section's start to its first lettered heading set as one, unless the best
    scores far more (a bold sentence naming the section is not its heading)."""
    for key, (at, score) in list(chosen.items()):
        cand = candidates[at]
        if not cand.by_letter:
            continue
        for i in sorted(candidates):
            if i >= at:
                break
            other = candidates[i]
            if (
                other.by_letter
                and key in other.keys
                and other.has_layout
                and not other.subsection
                and other.score >= max(r["accept_score"], score - r["first_letter_margin"])
            ):
                chosen[key] = (i, other.score)
                break
    return chosen


def _umbrella_covers(key: str, letter_keys: set[str]) -> bool:
    return (key in ("H1", "H2") and "H" in letter_keys) or (
        key == "H" and bool(letter_keys & {"H1", "H2"})
    )


def _assign(
    blocks: Sequence[Block],
    candidates: dict[int, HeadingMatch],
    routed: dict[int, list[tuple[tuple[str, ...], Block]]],
    rules: SectionRules,
) -> tuple[_Builder, dict[int, str]]:
    primaries = _primaries(candidates, blocks, rules)
    starts: dict[int, list[str]] = {}
    effective: dict[int, float] = {}
    for key, (i, score) in primaries.items():
        starts.setdefault(i, []).append(key)
        effective[i] = score
    builder = _Builder(rules)
    outcome: dict[int, str] = {}
    next_start = _next_starts(len(blocks), starts)
    builder.started = starts
    current: list[Section] = []
    heading_open = False
    accept = rules.recognition["accept_score"]
    for i, block in enumerate(blocks):
        if i in routed:
            for keys, routed_block in routed[i]:
                for section in builder.open(keys, block, 1.0):
                    section.blocks.append(routed_block)
            heading_open = False
            continue
        cand = candidates.get(i)
        keys = _order(starts[i]) if i in starts else []
        if cand is None and heading_open and _title_beside_label(current[0], block):
            for section in current:
                section.heading = f"{section.heading} {block.text}"
            continue  # "Section A" | "All about me": the label's title in the next cell
        if cand is not None and not keys:
            if heading_open and _completes_heading(cand, block, current, accept):
                outcome[i] = "continues"
                continue  # "Section A" | "All about me" in two cells: one heading
            keys = _continued_keys(i, cand, current, primaries, accept)
            if keys:
                outcome[i] = "continues"
        if not keys and _divides(i, block, cand, next_start, rules):
            outcome[i] = "divider"
            heading_open = False
            continue  # "Part 3: My health and social care needs" above "3.1", "3.2": no text
        if keys:
            confidence = rules.confidence(effective.get(i, candidates[i].score))
            current = builder.open(keys, block, confidence)
            heading_open = True
            continue
        heading_open = False
        if current:
            for section in current:
                section.blocks.append(block)
            builder.placed[i] = tuple(s.key for s in current)
        else:
            builder.front.append(block)
    return builder, outcome


def _completes_heading(
    cand: HeadingMatch, block: Block, current: list[Section], accept: float
) -> bool:
    """Join ``block`` to the open heading when it completes it; True when it did."""
    if not set(cand.keys) <= {s.key for s in current}:
        return False
    if not _continues_heading(cand, block, current[0].heading, accept):
        return False
    if not cand.by_letter:
        current[0].heading = f"{current[0].heading} {block.text}"
        for section in current[1:]:
            section.heading = current[0].heading
    return True


def _continued_keys(
    i: int,
    cand: HeadingMatch,
    current: list[Section],
    primaries: dict[str, tuple[int, float]],
    accept: float,
) -> list[str]:
    """The sections a lettered heading that starts none takes up again ("Section F
    (continued)", a page repeat), or none."""
    inside = set(cand.keys) <= {s.key for s in current}
    if (
        not cand.by_letter
        or cand.score < accept
        or (cand.subsection and inside)
        # "Who completed Section A" inside A is a sub-heading; "Section A (continued)" or a
        # repeated "Section A: ..." is the section's heading again.
        or (inside and not cand.label_first and not cand.continued)
    ):
        return []
    # Only after the section's own start: the same line before it is a contents list or a
    # cross-reference, and stays where it is.
    return [k for k in cand.keys if k in primaries and primaries[k][0] < i]


_BARE_LABEL = re.compile(
    r"^\s*(?:(?:sections?|part)\s*)?\(?[A-K][0-9]?\)?(?:\s*(?:,|&|/|and)\s*\(?[A-K][0-9]?\)?)*"
    r"[\s:.\-|]*$",
    re.I,
)


def _continues_heading(cand: HeadingMatch, block: Block, heading: str, accept: float) -> bool:
    """A line right after a bare "Section A" label that completes it: the title in the next cell
    or line, not a question label ("Has a personal budget been requested?") or a sub-heading."""
    if cand.by_letter:
        return cand.score >= accept and not cand.subsection  # "A1: ..." under A is its text
    text = block.text.rstrip()
    return (
        bool(_BARE_LABEL.match(heading))
        and cand.has_layout
        and cand.score >= accept
        and cand.title_sim >= 0.85
        and not text.endswith(("?", "."))
    )


def _label_cells(
    blocks: Sequence[Block],
    candidates: dict[int, HeadingMatch],
    routed: dict[int, list[tuple[tuple[str, ...], Block]]],
    rules: SectionRules,
) -> None:
    """A form row "B" | "Special educational needs" in plain type: a cell holding only a section
    letter, beside a cell holding that section's title, is a heading (the table is its layout)."""
    r = rules.recognition
    for i in range(len(blocks) - 1):
        block, beside = blocks[i], blocks[i + 1]
        here, there = block.location, beside.location
        if (
            i in routed
            or here.table is None
            or (here.table, here.row) != (there.table, there.row)
            or (there.cell or 0) != (here.cell or 0) + 1
            or not _BARE_LABEL.match(block.text)
        ):
            continue
        found = candidates.get(i)
        if found is None or not found.by_letter or found.score >= r["accept_score"]:
            continue
        keys, sim = rules.title_similarity(beside.text)
        if sim >= r["title_floor"] and set(keys) & set(found.keys):
            candidates[i] = replace(
                found,
                score=round(found.score + r["weight_title"] * sim + r["weight_full_width"], 3),
                signals=(*found.signals, f"beside its title ~ {'+'.join(keys)} {sim:.2f}"),
                has_layout=True,
            )


def _next_starts(count: int, starts: dict[int, list[str]]) -> list[tuple[int, set[str]] | None]:
    """For each block, the next section start after it: (index, its keys)."""
    out: list[tuple[int, set[str]] | None] = [None] * count
    following: tuple[int, set[str]] | None = None
    for i in range(count - 1, -1, -1):
        out[i] = following
        if i in starts:
            following = (i, set(starts[i]))
    return out


def _divides(
    i: int,
    block: Block,
    cand: HeadingMatch | None,
    next_start: list[tuple[int, set[str]] | None],
    rules: SectionRules,
) -> bool:
    """A part heading above the sections it holds ("Part 3: My health and social care needs"
    over "3.1 My health needs"): set as a heading, and either naming the next section to start
    or a numbered part line right above a section start. It belongs to no section."""
    following = next_start[i]
    if following is None or not (block.looks_like_heading or block.style_level is not None):
        return False
    if (
        cand is not None
        and cand.score >= rules.recognition["accept_score"]
        and cand.has_layout
        and following[0] <= i + 2
        and set(cand.keys) & following[1]
    ):
        return True
    text = block.text.strip()
    return (
        following[0] == i + 1
        and bool(_PART_NUMBER.match(text))
        and len(text.split()) <= rules.recognition["short_words"]
        and not text.endswith((".", "?"))
    )


def _title_beside_label(section: Section, block: Block) -> bool:
    """A short line in the cell right of a bare "Section A" label cell, on the same row."""
    here, label = block.location, section.location
    return (
        here.table is not None
        and here.table == label.table
        and here.row == label.row
        and (here.cell or 0) == (label.cell or 0) + 1
        and bool(_BARE_LABEL.match(section.heading))
        and len(block.text.split()) <= 12
        and not block.text.rstrip().endswith((".", "?"))
    )


def _order(keys: Iterable[str]) -> list[str]:
    return sorted(keys, key=SECTION_ORDER.index)


def _route_tables(
    blocks: Sequence[Block], rules: SectionRules
) -> dict[int, list[tuple[tuple[str, ...], Block]]]:
    """Blocks of national-template tables: index -> (column's sections, block with row/area)."""
    tables = national_tables(blocks, rules)
    if not tables:
        return {}
    routed: dict[int, list[tuple[tuple[str, ...], Block]]] = {}
    row_links: dict[tuple[int, int], int] = {}
    areas: dict[int, str | None] = {}
    last_title: str | None = None
    for i, block in enumerate(blocks):
        loc = block.location
        table = tables.get(loc.table) if loc.table is not None else None
        if table is None:
            if block.looks_like_heading and len(block.text.split()) <= 12:
                last_title = None if rules.match(block) else block.text
            continue
        if loc.row is None or loc.row < table.header_row:
            if block.full_width or loc.row == 1:
                areas[loc.table] = block.text
            routed[i] = [(_all_columns(table), replace(block, area=areas.get(loc.table)))]
            continue
        area = areas.get(loc.table) or last_title
        if loc.row == table.header_row:
            keys = table.columns.get(loc.cell or 1, _all_columns(table))
            routed[i] = [(keys, replace(block, area=area))]
            continue
        if block.full_width:
            areas[loc.table] = block.text
            routed[i] = [(_all_columns(table), replace(block, area=block.text))]
            continue
        link = row_links.setdefault((loc.table, loc.row), len(row_links) + 1)
        keys = table.columns.get(loc.cell or 1, _all_columns(table))
        routed[i] = [(keys, replace(block, row_link=link, area=area))]
    return routed


def _column_key(rules: SectionRules, text: str) -> tuple[str, ...] | None:
    """The sections one column header names, by letter, full title or a column word."""
    keys = rules.column_titles.get(normalise(text).strip(" :"))
    if keys is not None:
        return keys
    if _MAY_NAME_LETTER.search(text):
        found = rules.score(Block(BlockKind.TABLE_CELL, text, Location(), bold=True))
        return found.keys if found is not None and found.by_letter else None
    keys, sim = rules.title_similarity(text)
    return keys if keys and sim >= 0.9 else None


def _split_header(text: str, rules: SectionRules) -> list[tuple[str, tuple[str, ...]]] | None:
    """A PDF line holding a row of column headers ("What I need help with The help I will get
    What I will achieve"): its split into 2-4 headers that each name a section, the finest that
    names a need and what meets it. Each run of words is judged once (at most 136 runs)."""
    words = text.split()
    if not 4 <= len(words) <= 16:
        return None
    count = len(words)
    piece = functools.cache(lambda a, b: _column_key(rules, " ".join(words[a:b])))
    found: list[list[tuple[int, int]]] = []

    def walk(start: int, parts: list[tuple[int, int]]) -> None:
        if start == count:
            if len(parts) >= 2:
                found.append(list(parts))
            return
        if len(parts) == 4:
            return
        for end in range(start + 1, count + 1):
            if piece(start, end):
                parts.append((start, end))
                walk(end, parts)
                parts.pop()

    walk(0, [])
    for parts in sorted(found, key=len, reverse=True):
        keys = [piece(a, b) for a, b in parts]
        named = {k for ks in keys for k in ks}
        if named & _NEEDS and named & (_PROVISION | {"E"}):
            return [(" ".join(words[a:b]), k) for (a, b), k in zip(parts, keys, strict=True)]
    return None


def _route_pdf_columns(
    blocks: Sequence[Block], rules: SectionRules, first_link: int
) -> dict[int, list[tuple[tuple[str, ...], Block]]]:
    """National-template tables in a PDF, which keeps no table structure: a bold line of column
    headers, then blocks set at one left edge per column, until the next bold line. Columns are
    told apart by their left edge (the first column's is the header's); a block back at the
    first column's edge starts a new row. Tables whose edges do not match their headers are
    left to the ordinary pass."""
    routed: dict[int, list[tuple[tuple[str, ...], Block]]] = {}
    link = first_link
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.indent is None or block.location.table is not None or not block.looks_like_heading:
            i += 1
            continue
        end = i + 1
        while end < len(blocks) and not blocks[end].looks_like_heading:
            end += 1
        body = range(i + 1, end)
        edges = sorted({round(blocks[j].indent or 0.0) for j in body})
        # Only a line above blocks set at two or more left edges, the first its own, can head
        # columns: checked before the (dearer) reading of the line as column headers.
        if len(edges) < 2 or abs(edges[0] - round(block.indent)) > 3:
            i += 1
            continue
        header = _split_header(block.text, rules)
        if header is None or len(edges) != len(header):
            i += 1
            continue
        area_block = blocks[i - 1] if i > 0 else None
        area = _area_title(area_block, rules)
        columns = {edge: keys for edge, (_, keys) in zip(edges, header, strict=True)}
        everything = tuple(dict.fromkeys(k for _, keys in header for k in keys))
        if area is not None and i - 1 not in routed:
            routed[i - 1] = [(everything, replace(area_block, area=area))]
        # The header line holds every column's header: each goes to its own column.
        routed[i] = [(keys, replace(block, text=piece, area=area)) for piece, keys in header]
        previous_edge = None
        for j in body:
            edge = round(blocks[j].indent or 0.0)
            if previous_edge is None or (edge == edges[0] and previous_edge != edges[0]):
                link += 1
            previous_edge = edge
            routed[j] = [(columns[edge], replace(blocks[j], row_link=link, area=area))]
        i = end
    return routed


def _area_title(block: Block | None, rules: SectionRules) -> str | None:
    """The area of need a short heading names ("Cognition and learning", "Health"): any short
    heading-like line that names no section by letter."""
    if block is None or not block.looks_like_heading or len(block.text.split()) > 8:
        return None
    found = rules.score(block)
    return None if found is not None and found.by_letter else block.text


def _all_columns(table: _Table) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for keys in table.columns.values() for k in keys))


_LABEL_WITH_SEPARATOR = re.compile(
    r"^\s*(?:sections?|part)\s*\(?[A-K][0-9]?\)?\s*[:.\-|\u2013\u2014]\s*", re.I
)


def _split_run_on_headings(blocks: list[Block], rules: SectionRules) -> list[Block]:
    """ "Section E: Outcomes By July 2026, Sam will ..." - a heading run into its first paragraph
    (OCR and some exports lose the line break) - split after the words that are the section's
    title, so the heading is found and the paragraph stays text."""
    out: list[Block] | None = None
    short = int(rules.recognition["short_words"])
    for n, block in enumerate(blocks):
        found = _LABEL_WITH_SEPARATOR.match(block.text)
        words = block.text[found.end() :].split() if found else []
        cut = _title_prefix(words, found.group(0), rules, short) if len(words) >= 4 else None
        if cut is None:
            if out is not None:
                out.append(block)
            continue
        if out is None:
            out = list(blocks[:n])
        label = block.text[: found.end()].rstrip()
        out.append(replace(block, text=f"{label} {' '.join(words[:cut])}"))
        out.append(replace(block, text=" ".join(words[cut:]), kind=BlockKind.PARAGRAPH))
    return blocks if out is None else out


def _title_prefix(words: list[str], label: str, rules: SectionRules, short: int) -> int | None:
    """How many of ``words`` make the title of the section ``label`` names, when the rest reads
    as a paragraph (starts with a capital and runs on)."""
    letter = _LEADING_LABEL.match(label.strip())
    if letter is None:
        return None
    key = _letter_key(letter.group(1), letter.group(2))[0]
    best = None
    for cut in range(1, min(short, len(words) - 2) + 1):
        rest = words[cut:]
        if not (rest[0][:1].isupper() or rest[0][:1].isdigit()) or len(rest) < 4:
            continue
        if not rest[-1].endswith((".", "!", "?")):
            continue  # the rest must read as a sentence, not as more of the heading
        keys, sim = rules.title_similarity(" ".join(words[:cut]))
        agrees = key in keys or key[0] in {k[0] for k in keys}
        if agrees and sim >= 0.6 and (best is None or sim > best[1] + 1e-9):
            best = (cut, sim)
    return best[0] if best else None


def split(document: Document, rules: SectionRules) -> SplitPlan:
    """Map ``document``'s blocks onto sections."""
    blocks = _split_run_on_headings(document.blocks, rules)
    routed = _route_tables(blocks, rules)
    if document.format == "pdf":
        links = max((b.row_link or 0 for pairs in routed.values() for _, b in pairs), default=0)
        routed.update(_route_pdf_columns(blocks, rules, links))
    candidates: dict[int, HeadingMatch] = {}
    for i, block in enumerate(blocks):
        if i not in routed and (found := rules.score(block)) is not None:
            candidates[i] = found
    _label_cells(blocks, candidates, routed, rules)
    builder, outcome = _assign(blocks, candidates, routed, rules)
    sections = builder.sections
    _name_untitled_h(sections, builder, candidates)
    if "H" in sections and ("H1" in sections or "H2" in sections):
        umbrella = sections.pop("H")
        target = sections.get("H1") or sections["H2"]
        present = {id(b) for b in target.blocks}
        target.blocks[:0] = [b for b in umbrella.blocks if id(b) not in present]
    for section in sections.values():
        section.empty = rules.is_empty(section.blocks)

    ordered = {k: sections[k] for k in SECTION_ORDER if k in sections}
    expected = ["A", "B", "C", "D", "E", "F", "G"]
    expected += ["H1", "H2"] if ("H1" in ordered or "H2" in ordered) else ["H"]
    expected += ["I", "J", "K"]
    missing = [k for k in expected if k not in ordered]
    accept = rules.recognition["accept_score"]
    strong = [
        s for s in ordered.values() if s.confidence * rules.recognition["confident_score"] >= accept
    ]
    letters = {s.key[0] for s in strong}
    used = {i for i in builder.started if i in candidates}
    by_letter = {
        k[0] for i, c in candidates.items() if c.by_letter and i in used for k in c.keys
    } | {k[0] for pairs in routed.values() for keys, _ in pairs for k in keys}
    recognised = len({k[0] for k in ordered})
    is_ehcp = len(letters) >= rules.min_sections and (
        len(by_letter) >= 2 or len(letters) >= rules.min_sections_title_only
    )
    return SplitPlan(
        document=document,
        front_matter=builder.front,
        sections=ordered,
        missing=missing,
        is_ehcp=is_ehcp,
        recognised=recognised,
        near_misses=_near_misses(blocks, candidates, ordered, missing, builder, outcome, rules),
    )


def _name_untitled_h(
    sections: dict[str, Section], builder: _Builder, candidates: dict[int, HeadingMatch]
) -> None:
    """A title-only "Social care provision" beside "Other social care provision" (H2) is H1,
    and beside H1 it is H2; a lettered "Section H" stays the umbrella of both."""
    if "H" not in sections or ("H1" in sections) == ("H2" in sections):
        return
    start = next((i for i, keys in builder.started.items() if "H" in keys), None)
    if start is None or candidates[start].by_letter:
        return
    other = "H1" if "H2" in sections else "H2"
    section = sections.pop("H")
    section.key = other
    sections[other] = section


def _near_misses(
    blocks: Sequence[Block],
    candidates: dict[int, HeadingMatch],
    sections: dict[str, Section],
    missing: Sequence[str],
    builder: _Builder,
    outcome: dict[int, str],
    rules: SectionRules,
) -> list[NearMiss]:
    """Lines that look like headings but were not used as one, or were used on weak evidence.

    Left out: headings used with confidence, page repeats that continue a section, and
    sub-headings that repeat the title of the section they sit in. Long on purpose: one pass
    over the blocks whose tests are an ordered list of exclusions, clearest read together."""
    r = rules.recognition
    nothing_missing = not missing
    heading_shapes = {_shape(blocks[i]) for i in builder.started}
    misses = []
    for i, block in enumerate(blocks):
        cand = candidates.get(i)
        if cand is None:
            if (
                not nothing_missing
                and normalise(block.text) not in rules.subheadings
                and _looks_like_section_heading(block, heading_shapes)
            ):
                misses.append(
                    NearMiss(
                        block.text[:120],
                        block.location,
                        0.0,
                        (),
                        _layout_names(block),
                        "no section",
                    )
                )
            continue
        started = i in builder.started
        unsure = (
            started
            and min(
                (sections[k].confidence for k in builder.started[i] if k in sections), default=1
            )
            < r["unsure_confidence"]
        )
        if started and not unsure:
            continue
        if outcome.get(i) == "continues" or cand.score < r["near_miss_score"]:
            continue
        if not started and set(cand.keys) <= set(builder.placed.get(i, ())):
            continue  # a sub-heading repeating its own section's title
        if started:
            kind = "weak"
        elif cand.score >= r["accept_score"] or cand.by_letter:
            if not set(cand.keys) & set(missing):
                continue  # a heading that lost to a better one: only news for a missing section
            kind = "unused"
        else:
            kind = "no match"
        misses.append(
            NearMiss(block.text[:120], block.location, cand.score, cand.keys, cand.signals, kind)
        )
    return misses[:40]


def _looks_like_section_heading(block: Block, heading_shapes: set[tuple]) -> bool:
    """A line set like the plan's section headings (or as a top-level heading) that names none."""
    text = block.text.rstrip()
    if text.endswith((".", "?")) or len(text.split()) > 15:
        return False
    if block.kind is BlockKind.TABLE_CELL and not block.full_width:
        return False  # label cells of a form are bold too
    level = block.style_level if block.style_level is not None else block.heading_level
    return level == 1 or (
        (level is not None or block.bold or block.full_width) and _shape(block) in heading_shapes
    )


def _layout_names(block: Block) -> tuple[str, ...]:
    level = block.style_level if block.style_level is not None else block.heading_level
    names = [f"heading level {level}"] if level is not None else []
    names += ["bold"] if block.bold or block.emphasised else []
    names += ["full-width cell"] if block.full_width else []
    return (*names, "set like a section heading")
