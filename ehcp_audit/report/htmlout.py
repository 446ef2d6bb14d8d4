"""``--html FILE``: one self-contained HTML page with charts, the per-plan table and the findings,
rendered from the view model (:mod:`ehcp_audit.report.view`) with the Jinja2 templates in
``templates/``.

The page needs nothing but a browser: styles are inline, the charts are SVG, and there is no
JavaScript, no web font and no image or link to fetch. It prints on A4 as well as it reads on
screen.

Streaming: :class:`HtmlReport` renders each plan's table row and findings as the plan arrives,
into spooled buffers (on disk past 256 KiB), and writes the page (summary cards and charts
from the folded :class:`~ehcp_audit.report.view.Aggregate`, then the buffers) at the end, so a
batch of any size is reported in constant memory.

Privacy: by default the page carries figures and rule messages only. Plan text (section texts,
outcome and provision statements, the words that triggered each finding) appears only with
``include_text`` (``--include-text``). File names are shown: they are the user's own paths.
Autoescaping is on; every value goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
import math
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from ehcp_audit import __version__
from ehcp_audit.levels import Level
from ehcp_audit.report.view import (
    LENGTH_BIN,
    QUESTION_NAMES,
    Aggregate,
    PlanRow,
    as_number,
    location_text,
    plan_row,
    plural,
)
from ehcp_audit.result import PlanResult

# Colours (Okabe-Ito based; each at least 3:1 against white). Every bar also carries its figure
# as text, so nothing depends on telling colours apart.
COLOURS = {
    "histogram": "#0072B2",
    "mean": "#D55E00",
    "reference": "#333333",
    "outcomes": "#007A5A",
    "provision": "#6A3D9A",
    "section_a": "#B8460B",
    "grid": "#D0D0D0",
    "track": "#EEEEEE",
    "text": "#1A1A1A",
    "muted": "#555555",
}

SPOOL = 256 << 10  # bytes of each part of the page kept in memory before it goes to disk
STATUS_LABELS = {"audited": "audited", "not_ehcp": "not an EHCP", "error": "unreadable"}
DASH = "-"


# --- formatting (template filters) --------------------------------------------------------------


def fmt_int(value: Any) -> str:
    number = as_number(value)
    return DASH if number is None else f"{round(number):,}"


def fmt_dec(value: Any, places: int = 1) -> str:
    number = as_number(value)
    return DASH if number is None else f"{number:,.{places}f}"


def fmt_pct(value: Any) -> str:
    number = as_number(value)
    return DASH if number is None else f"{number:.0%}"


def yes_no(value: Any) -> str:
    return {True: "yes", False: "no"}.get(value, DASH) if isinstance(value, bool) else DASH


def share_text(item: dict[str, Any] | None) -> str:
    if not item or as_number(item.get("share")) is None:
        return "none found"
    return f"{item['share']:.0%} ({item['count']:,} of {item['of']:,})"


def _coordinate(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _split_after_separators(path: str) -> list[str]:
    parts, start = [], 0
    for i, char in enumerate(path):
        if char in "/\\":
            parts.append(path[start : i + 1])
            start = i + 1
    parts.append(path[start:])
    return [p for p in parts if p]


# --- the plans table: one declaration per column --------------------------------------------------


@dataclass(frozen=True)
class TableColumn:
    heading: str
    kind: str  # "file", "status", "num" or "text"
    show: Callable[[PlanRow], str] = lambda row: ""


def _figure(name: str, render: Callable[[Any], str]) -> Callable[[PlanRow], str]:
    return lambda row: render(row.values.get(name)) if row.status == "audited" else DASH


def _count(level: str) -> Callable[[PlanRow], str]:
    return lambda row: str(row.counts[level]) if row.status == "audited" else DASH


def _sections(attribute: str) -> Callable[[PlanRow], str]:
    def show(row: PlanRow) -> str:
        if row.status != "audited":
            return DASH
        return " ".join(getattr(row, attribute)) or "none"

    return show


PLAN_TABLE: list[TableColumn] = [
    TableColumn("File", "file"),
    TableColumn("Status", "status"),
    TableColumn(
        "Words", "num", lambda row: fmt_int(row.values["words"]) if row.status != "error" else DASH
    ),
    TableColumn("Minutes aloud", "num", _figure("reading_minutes_aloud", fmt_dec)),
    TableColumn("UK reading age", "num", _figure("uk_reading_age", fmt_dec)),
    TableColumn("Child first-person share", "num", _figure("a_child_first_person_share", fmt_pct)),
    TableColumn("Aspirations", "text", _figure("a_has_aspirations", yes_no)),
    TableColumn("Working well", "text", _figure("a_has_working_well", yes_no)),
    TableColumn("SMART share", "num", _figure("e_smart_share", fmt_pct)),
    TableColumn("Provision quantified", "num", _figure("f_quantified_share", fmt_pct)),
    TableColumn("Errors", "num", _count(Level.error)),
    TableColumn("Warnings", "num", _count(Level.warning)),
    TableColumn("Missing sections", "text", _sections("missing_sections")),
    TableColumn("Empty sections", "text", _sections("empty_sections")),
]


# --- chart geometry (the macros in _charts.html.j2 draw it) ---------------------------------------


def nice_max(top: float) -> tuple[int, int]:
    """A round axis maximum >= ``top`` and a tick step giving at most 5 intervals."""
    if top <= 0:
        return 1, 1
    for magnitude in (1, 10, 100, 1000, 10000, 100000, 1000000):
        for base in (1, 2, 5):
            step = base * magnitude
            if math.ceil(top / step) <= 5:
                return math.ceil(top / step) * step, step
    step = 10 ** math.ceil(math.log10(top))
    return math.ceil(top / step) * step, step


def histogram_layout(
    bins: Sequence[dict[str, Any]],
    unit: str,
    markers: Sequence[dict[str, Any]] = (),
    edge_labels: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Vertical bars, one per bin ({"tick", "label", "count"}); ``markers`` are vertical lines
    ({"at": x in bins from the left edge, "label", "colour", "dashed"}). With ``edge_labels`` the
    ticks sit on the bin edges (a continuous scale), else under the bars. Long only by the
    geometry it lays out in one dictionary for the template (sizes, bars, ticks, markers)."""
    width, height = 600, 330
    left, right, top, bottom = 52, 18, 50, 62
    plot_w, plot_h = width - left - right, height - top - bottom
    counts = [b["count"] for b in bins]
    y_max, step = nice_max(max(counts, default=0))
    n = max(len(bins), 1)
    slot = plot_w / n
    gap = min(slot * 0.12, 6)
    base_y = top + plot_h
    chart: dict[str, Any] = {
        "width": width,
        "height": height,
        "left": left,
        "right": right,
        "top": top,
        "plot_w": plot_w,
        "plot_h": plot_h,
        "base_y": base_y,
        "desc": "; ".join(f"{b['label']}: {plural(b['count'], unit)}" for b in bins) or "No data",
        "y_ticks": [
            {"value": tick, "y": base_y - tick / y_max * plot_h}
            for tick in range(0, y_max + 1, step)
        ],
        "bars": [],
        "edges": [],
        "markers": [],
        "empty": not any(counts),
    }
    for i, b in enumerate(bins):
        h = b["count"] / y_max * plot_h
        x = left + i * slot + gap / 2
        chart["bars"].append(
            {
                **b,
                "x": x,
                "y": base_y - h,
                "w": slot - gap,
                "h": h,
                "tick_x": left + (i + 0.5) * slot,
            }
        )
    if edge_labels is not None:
        every = max(1, math.ceil(len(edge_labels) / 9))
        chart["edges"] = [
            {"x": left + i * slot, "label": label}
            for i, label in enumerate(edge_labels)
            if not i % every
        ]
    xs = [left + min(max(m["at"], 0), n) * slot for m in markers]
    for row, marker in enumerate(markers):
        x = xs[row]
        # Earlier markers' lines reach up through this label's row: write the label away from
        # them when it fits, else on whichever side it fits.
        text_w = len(marker["label"]) * 7
        earlier_right = any(other > x for other in xs[:row])
        fits_right, fits_left = x + 5 + text_w <= width, x - 5 - text_w >= 0
        go_left = (earlier_right and fits_left) or not fits_right
        chart["markers"].append(
            {
                **marker,
                "x": x,
                "label_y": 14 + row * 16,
                "anchor": "end" if go_left else "start",
                "text_x": x - 5 if go_left else x + 5,
            }
        )
    return chart


def bars_layout(groups: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Horizontal share bars: ``groups`` are {"heading", "colour", "bars": [(label, share)]},
    where a share is the view model's {"count", "of", "share"}."""
    width, label_w, track_x, track_w = 600, 200, 206, 236
    row_h, head_h = 30, 30
    rows = sum(len(g["bars"]) for g in groups)
    height = 34 + head_h * len(groups) + row_h * rows + 26
    chart: dict[str, Any] = {
        "width": width,
        "height": height,
        "label_w": label_w,
        "track_x": track_x,
        "track_w": track_w,
        "tick_y": 20,
        "ticks": [{"pct": pct, "x": track_x + track_w * pct / 100} for pct in (0, 25, 50, 75, 100)],
        "desc": "; ".join(
            f"{label}: {share_text(item)}" for g in groups for label, item in g["bars"]
        )
        or "No data",
        "groups": [],
    }
    y = 30
    for group in groups:
        laid = {**group, "heading_y": y + 20, "rows": []}
        y += head_h
        laid["top"] = y
        for label, item in group["bars"]:
            share = as_number((item or {}).get("share"))
            bar_y, bar_h = y + 4, row_h - 10
            laid["rows"].append(
                {
                    "label": label,
                    "y": bar_y,
                    "h": bar_h,
                    "text_y": bar_y + bar_h / 2 + 4,
                    "w": 0.0 if share is None else track_w * max(0.0, min(share, 1.0)),
                    "value": "" if share is None else str(round(share, 4)),
                    "text": share_text(item),
                }
            )
            y += row_h
        laid["bottom"] = y
        chart["groups"].append(laid)
    return chart


def chart_layouts(aggregate: Aggregate) -> dict[str, Any]:
    charts = aggregate.charts()
    length = charts["length"]
    return {
        "length": histogram_layout(length["bins"], "plan", length["markers"], length["edges"]),
        "reading_age": histogram_layout(charts["reading_age"], "plan"),
        "smart": bars_layout(charts["smart"]),
        "section_a": bars_layout(charts["section_a"]),
    }


def summary_cards(summary: dict[str, Any]) -> list[dict[str, str]]:
    length, ages = summary["length"], summary["reading_age"]

    def spread(low: Any, high: Any, render: Callable[[Any], str]) -> str:
        if as_number(low) is None or as_number(high) is None:
            return ""
        return f"range {render(low)}-{render(high)}"

    cards = [
        {"label": "Plans", "value": f"{summary['plans']:,}"},
        {"label": "Audited as EHCPs", "value": f"{summary['audited']:,}"},
        {"label": "Not EHCPs", "value": f"{summary['not_ehcp']:,}"},
        {"label": "Unreadable", "value": f"{summary['unreadable']:,}"},
        {
            "label": "Mean words",
            "value": fmt_int(length["mean_words"]),
            "note": spread(length["min_words"], length["max_words"], fmt_int),
        },
        {
            "label": "Mean minutes to read aloud",
            "value": fmt_dec(length["mean_minutes_aloud"]),
            "note": spread(length["min_minutes_aloud"], length["max_minutes_aloud"], fmt_dec),
        },
        {"label": "Mean UK reading age", "value": fmt_dec(ages["mean"])},
    ]
    return [{"note": "", **card} for card in cards]


# --- the environment ------------------------------------------------------------------------------

_ENVIRONMENT = None


def environment():
    """The Jinja2 environment (imported here only: Jinja2 is needed for ``--html`` alone)."""
    global _ENVIRONMENT
    if _ENVIRONMENT is None:
        from jinja2 import Environment, PackageLoader, StrictUndefined
        from markupsafe import Markup

        def finalize(value: Any) -> Any:
            # Every value is escaped as html.escape(quote=True) does; safe markup passes.
            if isinstance(value, Markup):
                return value
            return Markup(html.escape("" if value is None else str(value), quote=True))

        def wbr(path: Any) -> Markup:
            """A file name, escaped, that may wrap after each path separator."""
            parts = _split_after_separators(str(path))
            return Markup("<wbr>".join(html.escape(p, quote=True) for p in parts))

        env = Environment(
            loader=PackageLoader("ehcp_audit.report", "templates"),
            autoescape=True,
            finalize=finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
        )
        env.filters.update(
            fmt=_coordinate,
            int_=fmt_int,
            dec=fmt_dec,
            pct=fmt_pct,
            plural=plural,
            where=location_text,
            wbr=wbr,
        )
        env.globals.update(
            colours=COLOURS,
            status_labels=STATUS_LABELS,
            question_names=QUESTION_NAMES,
            version=__version__,
            length_bin=LENGTH_BIN,
        )
        _ENVIRONMENT = env
    return _ENVIRONMENT


class _Fragments:
    """Rendered pieces of the page held until the end, in memory up to SPOOL bytes, then on disk."""

    def __init__(self) -> None:
        self.buffer: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in close()
            max_size=SPOOL, mode="w+", encoding="utf-8"
        )
        self.count = 0

    def add(self, text: str) -> None:
        self.buffer.write(text)
        self.buffer.write("\n")
        self.count += 1

    def chunks(self) -> Iterator[Any]:
        from markupsafe import Markup

        self.buffer.seek(0)
        while chunk := self.buffer.read(1 << 16):
            yield Markup(chunk)

    def close(self) -> None:
        self.buffer.close()


class HtmlReport:
    """The HTML page folded plan by plan: :meth:`add` each result, then :meth:`write`."""

    def __init__(self, include_text: bool = False, title: str = "EHCP audit") -> None:
        self.include_text = include_text
        self.title = title
        env = environment()
        self.page = env.get_template("report.html.j2")
        self.macros = env.get_template("_plans.html.j2").module
        self.aggregate: Aggregate | None = None
        self.fragments = {
            name: _Fragments() for name in ("rows", "unreadable", "not_ehcp", "articles")
        }
        self.index = 0

    def add(self, result: PlanResult, row: PlanRow | None = None) -> None:
        self.index += 1
        row = row or plan_row(result, self.index, self.include_text)
        self.add_row(row)

    def add_row(self, row: PlanRow) -> None:
        """A plan's row (built with the same ``include_text``); figures come from ``write``'s
        aggregate."""
        self.fragments["rows"].add(str(self.macros.plan_row(row, PLAN_TABLE)))
        if row.status == "error":
            self.fragments["unreadable"].add(str(self.macros.unreadable_item(row)))
        elif row.status == "not_ehcp":
            self.fragments["not_ehcp"].add(str(self.macros.not_ehcp_item(row)))
        else:
            self.fragments["articles"].add(str(self.macros.plan_article(row)))

    def generate(self, aggregate: Aggregate) -> Iterator[str]:
        """The page, in pieces (write them out one by one: the page is never held whole)."""
        summary = aggregate.finish()
        try:
            yield from self.page.generate(
                title=self.title,
                include_text=self.include_text,
                summary=summary,
                cards=summary_cards(summary),
                charts=chart_layouts(aggregate),
                plan_columns=PLAN_TABLE,
                fragments={name: f.chunks() for name, f in self.fragments.items()},
            )
        finally:
            self.close()

    def close(self) -> None:
        for fragment in self.fragments.values():
            fragment.close()


def html_report(
    results: Iterable[PlanResult], include_text: bool = False, title: str = "EHCP audit"
) -> str:
    """One self-contained HTML5 page as a string. Plan text appears only with ``include_text``."""
    report = HtmlReport(include_text, title)
    aggregate = Aggregate()
    for result in results:
        aggregate.add(result)
        report.add(result)
    return "".join(report.generate(aggregate))
