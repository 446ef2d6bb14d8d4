"""A compact line notation for writing sample content (samples 10 onwards).

Each non-blank line is one block; leading spaces are ignored.

    ## text / ### text          sub-heading (H level 2 / 3)
    ? question :: voice         Section A sub-question; the ">" lines after it are its paragraphs
    >c text                     a paragraph of sentences, default label c/p/t/o (child, parent,
                                third person, other first person); a sentence starting with
                                {c} {p} {t} {o} takes that label instead
    O[smt] text                 outcome (flags as model.Outcome); T[...] a short-term target;
    O.n[..] / O.b[..]           ... numbered / bulleted; O[smt]{Outcome 1:} text puts a label
                                before the outcome on the same line
    F[flags;group;vague,terms;minutes;who] text
                                provision (F.b / F.n for list items); minutes is the weekly
                                guaranteed adult-led time or "-"; who the role named or empty
    N text                      a need statement (national-template need cells)
    * text                      bullet line;  ** text  bold line;  {Prefix:} text  bold prefix
    anything else               a plain line

Tables:

    [table 3 header=1 widths=0.4,0.3,0.3]
    cell | cell | cell          cells split on " | "; lines in a cell split on " // "
    <<span=3 shade bold key=E>> cell options at the start of a cell
    ? question :: voice         a question | answer row; its ">" lines follow
    [/table]
"""

from __future__ import annotations

import re

from .model import (
    LP,
    SENTENCE_LABELS,
    Cell,
    F,
    H,
    N,
    Outcome,
    P,
    Q,
    S,
    T,
)

LABELS = dict(zip("cpto", SENTENCE_LABELS, strict=True))
_SENT_END = re.compile(r"(?<=[.!?])([\"”’']?)\s+(?=[A-Z\"“{‘0-9])")
_ITEM = re.compile(r"^([OTF])(?:\.([nb]))?\[([^\]]*)\]\s*(?:\{([^}]*)\}\s*)?(.*)$")
_STYLE = {"n": "number", "b": "bullet", None: None}


# The speaker referring to themselves: what makes a sentence first person (README conventions).
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll)\b|\b(?i:me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours|ourselves)\b"
)


def sentences(default: str, text: str) -> list[S]:
    """Split a paragraph into labelled sentences.  A sentence that takes the paragraph's
    default label and has no first-person word is third person (a parent's "He loves
    swimming." is third person even under the parents' heading); an explicit {x} label
    stands as written."""
    parts, start = [], 0
    for m in _SENT_END.finditer(text):
        parts.append(text[start : m.start() + len(m.group(1))])
        start = m.end()
    parts.append(text[start:])
    out = []
    for part in parts:
        label = LABELS[default]
        m = re.match(r"^\{([cpto])\}\s*", part)
        if m:
            label = LABELS[m.group(1)]
            part = part[m.end() :]
            if label == LABELS["t"] and _FIRST_PERSON.search(part):
                raise ValueError(f"third person label on a first-person sentence: {part}")
        elif not _FIRST_PERSON.search(part):
            label = LABELS["t"]
        out.append(S(part.strip(), label))
    return out


def paragraph(line: str) -> LP:
    return LP(sentences(line[1], line[2:].strip()))


def item(line: str):
    """An O / T / F line, or None."""
    m = _ITEM.match(line)
    if not m:
        return None
    kind, style, spec, prefix, text = m.groups()
    style = _STYLE[style]
    if kind in "OT":
        return Outcome(
            text, "outcome" if kind == "O" else "target", spec, style=style, prefix=prefix
        )
    fields = (spec.split(";") + ["", "", "", "", ""])[:5]
    flags, group, vague, minutes, who = (f.strip() for f in fields)
    return F(
        text,
        flags,
        group or None,
        tuple(v.strip() for v in vague.split(",") if v.strip()),
        style=style,
        figures=True,
        weekly_minutes=None if minutes in ("", "-") else float(minutes),
        who=who or None,
    )


def line_block(line: str):
    found = item(line)
    if found is not None:
        return found
    if line.startswith("### "):
        return H(line[4:], 3)
    if line.startswith("## "):
        return H(line[3:], 2)
    if line.startswith("** "):
        return P(line[3:], "bold")
    if line.startswith("* "):
        rest = line[2:]
        m = re.match(r"^\{([^}]*)\}\s*(.*)$", rest)
        if m:
            return P(f"{m.group(1)} {m.group(2)}", "bullet", bold_prefix=m.group(1))
        return P(rest, "bullet")
    if line.startswith("N "):
        return N(line[2:])
    m = re.match(r"^\{([^}]*)\}\s*(.*)$", line)
    if m:
        return P(f"{m.group(1)} {m.group(2)}", bold_prefix=m.group(1))
    return P(line)


def _question(line: str) -> Q:
    heading, voice = (x.strip() for x in line[1:].rsplit("::", 1))
    return Q(heading, voice, [])


def _cell(text: str) -> Cell:
    opts: dict = {}
    m = re.match(r"^<<([^>]*)>>\s*", text)
    if m:
        text = text[m.end() :]
        for opt in m.group(1).split():
            name, _, value = opt.partition("=")
            if name == "span":
                opts["span"] = int(value)
            elif name == "key":
                opts["key"] = tuple(value.split(","))
            else:
                opts[name] = True
    blocks = [line_block(x.strip()) for x in text.split(" // ") if x.strip()] if text else []
    return Cell(blocks, **opts)


def _table(header: str, rows: list[str]) -> T:
    words = header[1:-1].split()
    ncols = int(words[1])
    opts = dict(w.split("=", 1) for w in words[2:])
    widths = tuple(float(x) for x in opts["widths"].split(",")) if "widths" in opts else None
    out: list = []
    for row in rows:
        if row.startswith("? "):
            out.append(_question(row))
        elif row.startswith(">") and out and isinstance(out[-1], Q):
            out[-1].paras.append(paragraph(row))
        else:
            out.append([_cell(c.strip()) for c in re.split(r"(?<=\s)\|(?=\s|$)", row)])
    return T(
        out,
        ncols,
        widths=widths,
        header_rows=int(opts.get("header", 0)),
        split_in_row=opts.get("split") == "1",
        repeat_header=opts.get("repeat", "1") == "1",
    )


def parse(text: str) -> list:
    """The blocks of a notation text."""
    blocks: list = []
    lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("[table"):
            j = lines.index("[/table]", i)
            blocks.append(_table(line, lines[i + 1 : j]))
            i = j + 1
            continue
        if line.startswith("? ") and "::" in line:
            blocks.append(_question(line))
        elif line.startswith(">") and len(line) > 1 and line[1] in LABELS:
            if blocks and isinstance(blocks[-1], Q):
                blocks[-1].paras.append(paragraph(line))
            else:
                blocks.append(paragraph(line))
        else:
            blocks.append(line_block(line))
        i += 1
    return blocks


class Linker:
    """Numbers the rows of a plan's national tables (1, 2, ... in reading order)."""

    def __init__(self) -> None:
        self.n = 0
        self.rows: list[dict] = []  # the linked rows, for the expected national_rows

    def table(self, area: str, header: list[str], keys: list[str], rows: list, widths=None) -> T:
        """A national-template table: a shaded title row with the area of need (under
        every key of the heading), a header row, then one row per need; each row is a
        list of cell texts in the notation, one per key; linked cells carry the area
        and the row number."""
        ncols = len(keys)
        title = Cell([P(area)], span=ncols, shade=True, bold=True)
        head = [
            Cell([P(h)], bold=True, shade=True, key=(k,)) for h, k in zip(header, keys, strict=True)
        ]
        body = [[title], head]
        for texts in rows:
            cells = []
            linked = not any("no needs identified" in t.lower() for t in texts)
            if linked:
                self.n += 1
            row = {"row_link": self.n, "area": area, "cells": []}
            for text, key in zip(texts, keys, strict=True):
                c = _cell(text)
                c.key = (key,)
                for b in c.blocks:
                    if linked and isinstance(b, (N, F, Outcome)):
                        b.area, b.row_link = area, self.n
                    kind = "need" if key in "BCD" else "outcome" if key == "E" else "provision"
                    row["cells"].append({"section": key, "kind": kind, "text": b.lines()[0]})
                cells.append(c)
            if linked:
                self.rows.append(row)
            body.append(cells)
        return T(body, ncols, widths=widths, header_rows=0)
