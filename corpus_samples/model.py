"""Content model shared by every sample plan and every renderer.

A plan is a list of front-matter blocks plus a list of sections, each a list of
blocks.  Every block knows the text lines it puts on the page (``lines()``), so
the expected-results files are derived from the same objects the renderers
write, never by reading the output back.

Blocks
------
P   one plain line (a paragraph, list item or table-cell paragraph)
H   a sub-heading inside a section
LP  a paragraph of Section A made of labelled sentences (S)
Q   a Section A sub-question: heading plus LP paragraphs
Outcome  a Section E outcome or short-term target (one line, with SMART labels)
F   a Section F provision statement (one line, with provision labels)
T   a table; rows are lists of Cell, or a Q (rendered as label | content)
"""

from __future__ import annotations

from dataclasses import dataclass, field

SENTENCE_LABELS = (
    "child_first_person",
    "parent_first_person",
    "third_person",
    "other_first_person",
)
VOICES = ("child", "parent", "professional", "mixed")
SECTION_KEYS = ("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K")

# Phrases DOMAIN.md section 5 lists as making provision unenforceable.
VAGUE_PROVISION_TERMS = (
    "access to",
    "opportunities for",
    "as required",
    "as appropriate",
    "as advised",
    "when needed",
    "regular",
    "up to",
    "would benefit from",
    "should",
    "may",
    "such as",
    "e.g.",
    "etc.",
    "or equivalent",
    "key adult",
    "small group",
)


@dataclass
class S:
    """One sentence of Section A with its voice label."""

    text: str
    label: str

    def __post_init__(self) -> None:
        if self.label not in SENTENCE_LABELS:
            raise ValueError(f"bad sentence label {self.label!r}")


def child(text: str) -> S:
    return S(text, "child_first_person")


def parent(text: str) -> S:
    return S(text, "parent_first_person")


def third(text: str) -> S:
    return S(text, "third_person")


def other(text: str) -> S:
    return S(text, "other_first_person")


_LABEL_SHORT = {
    "child": "child_first_person",
    "parent": "parent_first_person",
    "third": "third_person",
    "other": "other_first_person",
}


@dataclass
class P:
    """A plain line of text.

    style: None (body), "bullet" or "number" (list item), "bold", "italic".
    bold_prefix: the renderer puts these leading characters in bold (the line
    text is unchanged).
    """

    text: str
    style: str | None = None
    bold_prefix: str | None = None

    def lines(self) -> list[str]:
        return [self.text]


@dataclass
class H:
    """A sub-heading inside a section (not a section heading)."""

    text: str
    level: int = 2

    def lines(self) -> list[str]:
        return [self.text]


@dataclass
class LP:
    """A paragraph of labelled sentences, joined with single spaces."""

    sentences: list[S]
    style: str | None = None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def lines(self) -> list[str]:
        return [self.text]


def lp(default: str, *items: str | S, style: str | None = None) -> LP:
    """Build an LP: plain strings take the default label ("child", "parent",
    "third" or "other"); S objects keep their own label."""
    label = _LABEL_SHORT[default]
    return LP([i if isinstance(i, S) else S(i, label) for i in items], style=style)


@dataclass
class Q:
    """A Section A sub-question and its answer paragraphs."""

    heading: str
    voice: str
    paras: list[LP]

    def __post_init__(self) -> None:
        if self.voice not in VOICES:
            raise ValueError(f"bad voice {self.voice!r}")

    def lines(self) -> list[str]:
        return [self.heading] + [p.text for p in self.paras]


def q(heading: str, voice: str, *paras: LP) -> Q:
    return Q(heading, voice, list(paras))


@dataclass
class Outcome:
    """An outcome or short-term target in Section E.

    flags is a compact string: s = specific, m = measurable, t = time_bound,
    g = generic timeframe, p = provision written as an outcome.
    """

    text: str
    kind: str = "outcome"
    flags: str = ""
    style: str | None = None
    # a label on the page before the outcome ("Outcome 1:", "My goal:"): part of the line,
    # not of the outcome; rendered bold
    prefix: str | None = None
    area: str | None = None  # national template: the row's area of need
    row_link: int | None = None  # national template: the row number (same on its cells)

    def __post_init__(self) -> None:
        if self.kind not in ("outcome", "target"):
            raise ValueError(self.kind)
        if set(self.flags) - set("smtgp"):
            raise ValueError(self.flags)
        if "g" in self.flags and "t" not in self.flags:
            raise ValueError("generic timeframe implies time_bound: " + self.text)

    @property
    def line(self) -> str:
        return f"{self.prefix} {self.text}" if self.prefix else self.text

    @property
    def bold_prefix(self) -> str | None:
        return self.prefix

    def lines(self) -> list[str]:
        return [self.line]

    def label(self) -> dict:
        f = self.flags
        out = {
            "text": self.text,
            "kind": self.kind,
            "specific": "s" in f,
            "measurable": "m" in f,
            "time_bound": "t" in f,
            "generic_timeframe": "g" in f,
            "provision_as_outcome": "p" in f,
        }
        if self.prefix:
            out["label_prefix"] = self.prefix
        return out | linked(self)


def outcome(text: str, flags: str, style: str | None = None) -> Outcome:
    return Outcome(text, "outcome", flags, style)


def target(text: str, flags: str, style: str | None = None) -> Outcome:
    return Outcome(text, "target", flags, style)


@dataclass
class F:
    """A provision statement in Section F.

    flags: q = quantified (frequency and duration or amount), w = who
    specified (role or qualification).  group: "1:1", "small group of 4",
    "whole class", ... or None.  vague: the unenforceable phrases a careful
    reader would flag (DOMAIN.md section 5).
    """

    text: str
    flags: str = ""
    group: str | None = None
    vague: tuple[str, ...] = ()
    style: str | None = None
    # parsed figures, labelled on the newer samples (figures=True): guaranteed adult-led
    # minutes per week (None when not stated or not weekly-or-more-often) and the role named
    figures: bool = False
    weekly_minutes: float | None = None
    who: str | None = None
    area: str | None = None
    row_link: int | None = None

    def __post_init__(self) -> None:
        if set(self.flags) - set("qw"):
            raise ValueError(self.flags)
        if self.figures and ("w" in self.flags) != (self.who is not None):
            raise ValueError("who_specified and who disagree: " + self.text)

    def lines(self) -> list[str]:
        return [self.text]

    def label(self) -> dict:
        out = {
            "text": self.text,
            "quantified": "q" in self.flags,
            "who_specified": "w" in self.flags,
            "group_size": self.group,
            "vague_terms": list(self.vague),
        }
        if self.figures:
            out["weekly_minutes"] = self.weekly_minutes
            out["who"] = self.who
        return out | linked(self)


def linked(block) -> dict:
    """The national-template link of a block, when it sits in such a row."""
    if block.row_link is None:
        return {}
    return {"area": block.area, "row_link": block.row_link}


@dataclass
class N:
    """A need statement in a national-template row (Section B, C or D column)."""

    text: str
    style: str | None = None
    area: str | None = None
    row_link: int | None = None

    def lines(self) -> list[str]:
        return [self.text]

    def label(self) -> dict:
        return {"text": self.text} | linked(self)


@dataclass
class Cell:
    """A table cell holding blocks; span > 1 merges across grid columns."""

    blocks: list
    span: int = 1
    shade: bool = False
    bold: bool = False
    # the section(s) this cell's lines belong to, in a table under a heading naming several
    # sections (the national need | provision | outcome tables); None: all of them
    key: tuple[str, ...] | None = None

    def lines(self) -> list[str]:
        out: list[str] = []
        for b in self.blocks:
            out.extend(b.lines())
        return out


def cell(*items, span: int = 1, shade: bool = False, bold: bool = False, key=None) -> Cell:
    """Strings become P blocks."""
    blocks = [P(i) if isinstance(i, str) else i for i in items]
    if isinstance(key, str):
        key = (key,)
    return Cell(blocks, span=span, shade=shade, bold=bold, key=key)


@dataclass
class T:
    """A table.  rows: list of rows; a row is a list of Cell or a Q (two
    columns: the question as label, its paragraphs as content)."""

    rows: list
    ncols: int
    widths: tuple[float, ...] | None = None  # fractions of the text width
    header_rows: int = 0  # rows styled as column headers (repeated in PDF)
    split_in_row: bool = False  # PDF: a row may break across pages mid-cell
    repeat_header: bool = True  # PDF: repeat the header rows on each page

    def row_cells(self, row) -> list[Cell]:
        if isinstance(row, Q):
            return [
                Cell([P(row.heading)], bold=True),
                Cell(list(row.paras)),
            ]
        return row

    def lines(self) -> list[str]:
        out: list[str] = []
        for row in self.rows:
            for c in self.row_cells(row):
                out.extend(c.lines())
        return out

    def walk(self):
        for row in self.rows:
            if isinstance(row, Q):
                yield row
                continue
            for c in row:
                for b in c.blocks:
                    yield from walk_block(b)


def walk_block(b):
    if isinstance(b, T):
        yield b
        yield from b.walk()
    else:
        yield b


@dataclass
class Section:
    key: str
    heading: str
    blocks: list = field(default_factory=list)
    style: str | None = None  # renderer override for this heading

    def __post_init__(self) -> None:
        if self.key not in SECTION_KEYS:
            raise ValueError(self.key)

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key,)

    def lines(self) -> list[str]:
        out: list[str] = []
        for b in self.blocks:
            out.extend(b.lines())
        return out

    def walk(self):
        for b in self.blocks:
            yield from walk_block(b)


@dataclass
class Joint:
    """One heading naming several sections ("Sections H1 & H2 - social care provision",
    the national "Sections B, F and E" tables).  Every line goes to each named section,
    except the lines of table cells with a ``key``, which go to those sections only."""

    keys: tuple[str, ...]
    heading: str
    blocks: list = field(default_factory=list)
    style: str | None = None

    def __post_init__(self) -> None:
        if set(self.keys) - set(SECTION_KEYS) or len(self.keys) < 2:
            raise ValueError(self.keys)

    def parts(self) -> dict[str, tuple[list[str], list]]:
        """Per section key: its lines and the blocks they come from, in reading order."""
        out: dict[str, tuple[list[str], list]] = {k: ([], []) for k in self.keys}

        def add(keys, lines, blocks) -> None:
            for k in keys:
                out[k][0].extend(lines)
                out[k][1].extend(blocks)

        for b in self.blocks:
            if isinstance(b, T):
                for row in b.rows:
                    for c in b.row_cells(row):
                        keys = c.key or self.keys
                        if set(keys) - set(self.keys):
                            raise ValueError(f"cell key {keys} not under {self.keys}")
                        walked = [x for blk in c.blocks for x in walk_block(blk)]
                        add(keys, c.lines(), walked)
            else:
                add(self.keys, b.lines(), list(walk_block(b)))
        return out


@dataclass
class Divider:
    """A heading line that belongs to no section (a "Part 2: My needs" title over
    numbered sub-parts, each of which is a section)."""

    heading: str
    style: str | None = None
    blocks: list = field(default_factory=list)  # always empty; lets renderers treat it alike
    keys: tuple[str, ...] = ()


@dataclass
class Plan:
    file: str
    description: str
    child: dict
    front: list
    sections: list[Section]
    is_ehcp: bool = True
    has_aspirations: bool = True
    has_working_well: bool = True
    placeholders: list[str] = field(default_factory=list)
    other_child_names: list[str] = field(default_factory=list)
    unexplained_acronyms: list[str] = field(default_factory=list)
    # free-form settings for the renderer (council name, fonts, ...)
    meta: dict = field(default_factory=dict)
    # document order of Section / Joint / Divider items; None: the sections in order
    layout: list | None = None

    def items(self) -> list:
        return self.layout if self.layout is not None else list(self.sections)

    @property
    def stem(self) -> str:
        return self.file.rsplit(".", 1)[0]

    @property
    def fmt(self) -> str:
        return self.file.rsplit(".", 1)[1]

    def section(self, key: str) -> Section:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)
