"""The data that flows between stages: read -> split -> analyse -> check -> report.

Each stage takes the previous stage's output and returns its own; nothing here knows how a
file was read or how a check works.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a block starts: a PDF page, a Word body paragraph, or a Word table cell.

    Numbers are 1-based as a person would count them. ``table`` counts top-level tables in
    body order; a nested table's cells carry the location of the outer cell that holds them.
    """

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table} row {self.row} cell {self.cell}")
        elif self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        return ", ".join(parts) or "start"

    def to_dict(self) -> dict[str, int]:
        return {
            k: v
            for k, v in (
                ("page", self.page),
                ("paragraph", self.paragraph),
                ("table", self.table),
                ("row", self.row),
                ("cell", self.cell),
            )
            if v is not None
        }


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text as the reader found it.

    ``heading_level`` is set when the document itself says the block is a heading (a Word
    heading style or outline level); ``emphasised`` when the whole block is bold or set larger
    than body text, which is how many templates mark headings without a style.
    """

    kind: BlockKind
    text: str
    location: Location
    heading_level: int | None = None
    emphasised: bool = False
    # How the block is laid out, for telling apart items that share a kind: a Word paragraph
    # style and list level, or a PDF line's left indent in points.
    style: str | None = None
    list_level: int | None = None
    indent: float | None = None
    # Set by the splitter on the cells of a national-template row (needs | provision |
    # outcomes side by side): the same ``row_link`` on every cell of one row, and the area of
    # need the row's table is headed with ("Communication and interaction"), so the measures can
    # keep the plan's own link between a need, its provision and its outcome.
    row_link: int | None = None
    area: str | None = None
    # Heading signals the reader saw whatever the block's length (``heading_level`` and
    # ``emphasised`` are only set on short blocks): the style's heading or outline level, every
    # run bold, a table cell spanning the whole row, a shaded table cell. The splitter scores
    # heading candidates from them.
    style_level: int | None = None
    bold: bool = False
    full_width: bool = False
    shaded: bool = False

    @property
    def shape(self) -> tuple:
        """Blocks with the same shape are set the same way (e.g. outcomes vs their targets)."""
        indent = round(self.indent / 9) if self.indent is not None else None
        return (self.kind.value, self.style, self.list_level, indent)

    @property
    def looks_like_heading(self) -> bool:
        return self.kind is BlockKind.HEADING or self.heading_level is not None or self.emphasised


@dataclass(slots=True)
class Document:
    """A file turned into ordered, located blocks."""

    path: str
    format: str  # "docx" or "pdf"
    blocks: list[Block]
    pages: int | None = None
    removed_lines: int = 0  # running headers/footers dropped by the PDF reader
    ocr: dict | None = None  # set when the text was read from page images: engine, confidence


@dataclass(slots=True)
class Section:
    key: str
    heading: str
    location: Location
    blocks: list[Block] = field(default_factory=list)
    empty: bool = False
    # How sure the splitter is that ``heading`` starts this section (0-1), and the other
    # sections sharing the same heading and text ("Sections H1 & H2 - social care provision").
    confidence: float = 1.0
    shared_with: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def words(self) -> int:
        return sum(count_words(b.text) for b in self.blocks)


@dataclass(slots=True)
class SplitPlan:
    """A document mapped onto sections A-K."""

    document: Document
    front_matter: list[Block]
    sections: dict[str, Section]
    missing: list[str]
    is_ehcp: bool
    recognised: int  # how many distinct statutory sections were found
    # Lines that looked like headings but were not used as one, or were used on weak evidence:
    # what a user needs to write a --sections-file (see ``split.NearMiss``).
    near_misses: list = field(default_factory=list)

    @property
    def words(self) -> int:
        # A block shared by sections under one combined heading is counted once.
        seen: set[int] = set()
        total = sum(count_words(b.text) for b in self.front_matter)
        for section in self.sections.values():
            for block in section.blocks:
                if id(block) not in seen:
                    seen.add(id(block))
                    total += count_words(block.text)
        return total


_NOT_A_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")


@functools.lru_cache(maxsize=16384)
def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated runs holding a letter or digit."""
    return len(text.split()) - len(_NOT_A_WORD.findall(text))
