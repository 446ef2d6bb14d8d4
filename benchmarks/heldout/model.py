"""Content model of the held-out plans: sections made of blocks, outcomes and provision that
carry their own expert labels, so the renderer and the expected files read the same objects."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Oc:
    """One outcome (or short-term step) as the plan states it, with its labels."""

    text: str
    specific: bool
    measurable: bool
    time_bound: bool
    provision_as_outcome: bool = False
    kind: str = "outcome"  # outcome | target
    label: str = ""  # rendered before the text ("Outcome 1: "), not part of the outcome
    by_when: str = ""  # a By-when cell beside the outcome in a table


@dataclass
class Pv:
    """One provision statement with its labels; ``cells`` are the other cells of its table row."""

    text: str
    quantified: bool | None  # None: equipment, where an amount does not apply
    weekly_minutes: float | None
    group_size: str | None
    who: str | None
    cells: tuple[str, ...] = ()

    @property
    def row_text(self) -> str:
        return " ".join((self.text, *self.cells))


Item = str | Oc | Pv


@dataclass
class P:  # a paragraph
    text: Item


@dataclass
class Sub:  # a sub-heading inside a section
    text: str


@dataclass
class Bul:  # a bulleted list
    items: list[Item]
    numbered: bool = False


@dataclass
class Tbl:
    """A table: ``header`` is its first row; each row holds items (an Oc or a Pv fills a row:
    its text is the first cell and its ``by_when``/``cells`` the rest)."""

    header: list[str]
    rows: list[list[Item] | Oc | Pv]
    title: str = ""  # a merged, shaded title row above the header


@dataclass
class Grid:
    """A national-template table: each column belongs to a different section key."""

    title: str  # the area of need, in a shaded merged title row
    header: list[str]
    col_keys: tuple[str, ...]
    rows: list[list[Item]]


Block = P | Sub | Bul | Tbl | Grid


@dataclass
class Section:
    keys: tuple[str, ...]  # statutory keys this heading holds ("H1", "H2" for a combined one)
    heading: str
    blocks: list[Block]


@dataclass
class Plan:
    name: str
    fmt: str  # docx | pdf
    shape: str  # what template shape this is, one line
    council: str
    title: str
    front: list[tuple[str, str]]  # front-matter label/value rows
    sections: list[Section]
    heading_style: str = "h1"  # h1 | h2 | bold | caps | shaded | table (pdf) | plain (pdf)
    sub_style: str = "h2"  # h2 | h3 | bold
    front_as_table: bool = True
    running_header: bool = False  # pdf: OFFICIAL-SENSITIVE, council, Page x of y
    is_ehcp: bool = True
    status: str = "final"  # final | draft
    dates: dict[str, str] = field(default_factory=dict)
    planted: list[tuple[str, str]] = field(default_factory=list)  # (code, what was planted)
    prose: list[str] = field(default_factory=list)  # non-EHCP documents: paragraphs/headings


def item_text(item: Item) -> str:
    if isinstance(item, Oc):
        return item.label + item.text
    if isinstance(item, Pv):
        return item.text
    return item


def row_cells(row: list[Item] | Oc | Pv) -> list[str]:
    if isinstance(row, Oc):
        return [row.label + row.text, *([row.by_when] if row.by_when else [])]
    if isinstance(row, Pv):
        return [row.text, *row.cells]
    return [item_text(c) for c in row]
