"""``--html FILE``: one self-contained HTML page with charts, the per-plan table and the findings.

The page needs nothing but a browser: styles are inline, the charts are SVG drawn here, and there
is no JavaScript, no web font and no image or link to fetch. It prints on A4 as well as it reads
on screen.

Privacy: by default the page carries figures and rule messages only. Plan text (section texts,
outcome and provision statements, the words that triggered each finding) appears only with
``include_text=True`` (``--include-text``). File names are shown: they are the user's own paths.
Every string from a result is escaped with :func:`html.escape`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Any

from ehcp_audit import __version__
from ehcp_audit.report.csvout import PLAN_COLUMNS, location_text
from ehcp_audit.report.jsonout import plan_json
from ehcp_audit.report.summary import QUESTION_NAMES, READING_AGE_BINS, summarise
from ehcp_audit.result import PlanResult

COMMISSIONER_MEAN_WORDS = (
    5000  # the Children's Commissioner's average plan length, about 5,000 words
)
LENGTH_BIN = 1000
MAX_LENGTH_BINS = 16  # wider plans share an open-ended last bin

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

STATUS_LABELS = {"audited": "audited", "not_ehcp": "not an EHCP", "error": "unreadable"}
LEVEL_ORDER = {"error": 0, "warning": 1, "suggestion": 2}
DASH = "-"

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f7f9; color: #1a1a1a; font-size: 15px; line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header, main, footer { max-width: 1220px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 20px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 28px 0 10px; border-bottom: 2px solid #1a1a1a;
  padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 0 0 6px; overflow-wrap: anywhere; }
p { margin: 6px 0; }
.meta { color: #555; }
.notice { border-left: 5px solid #0072B2; background: #fff; padding: 8px 12px; margin: 10px 0; }
.notice.text { border-left-color: #B8460B; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px;
  margin: 0; }
.card { background: #fff; border: 1px solid #d0d0d0; border-radius: 6px; padding: 10px 12px; }
.card dt { font-size: .85rem; color: #444; }
.card dd { margin: 2px 0 0; font-size: 1.6rem; font-weight: 700; }
.card dd small { display: block; font-size: .8rem; font-weight: 400; color: #444; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 14px; }
figure { margin: 0; background: #fff; border: 1px solid #d0d0d0; border-radius: 6px;
  padding: 12px; break-inside: avoid; page-break-inside: avoid; }
figure h3 { margin-bottom: 4px; }
figcaption { font-size: .85rem; color: #444; margin-top: 6px; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart text { font-family: inherit; fill: #1a1a1a; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.compact { font-size: .85rem; margin-top: 12px; }
table.compact th, table.compact td { padding: 2px 6px; }
th, td { border: 1px solid #d0d0d0; padding: 4px 7px; vertical-align: top; text-align: left; }
thead th { background: #e9edf2; position: sticky; top: 0; }
th.num { text-align: right; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.file { overflow-wrap: anywhere; width: 24%; }
tr.row-error td, tr.row-not_ehcp td { background: #f4f4f4; }
table.findings { table-layout: fixed; }
table.findings th:nth-child(1) { width: 14em; }
table.findings th:nth-child(2) { width: 7.5em; }
table.findings th:nth-child(3) { width: 5.5em; }
table.findings th:nth-child(4) { width: 10em; }
table.findings td { overflow-wrap: anywhere; }
.status { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: .8rem;
  border: 1px solid currentColor; white-space: nowrap; }
.status-audited { color: #005a87; }
.status-not_ehcp { color: #555; }
.status-error { color: #a01818; font-weight: 600; }
.level { display: inline-block; min-width: 6.5em; padding: 0 6px; border-radius: 4px;
  font-size: .8rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.level-error { color: #a01818; background: #fdeaea; }
.level-warning { color: #7a4a00; background: #fff4de; }
.level-suggestion { color: #1d4f7a; background: #e8f1fa; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
.plan { background: #fff; border: 1px solid #d0d0d0; border-radius: 6px; padding: 12px;
  margin: 0 0 14px; }
.plan table { margin-top: 6px; }
.match { font-style: italic; overflow-wrap: anywhere; }
.plantext { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .88rem; background: #fafafa;
  border: 1px solid #e0e0e0; padding: 8px; margin: 6px 0; }
details { margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
ul.files li { overflow-wrap: anywhere; }
.empty { color: #555; font-style: italic; }
footer { color: #444; font-size: .85rem; padding-bottom: 30px; }
footer dt { font-weight: 600; margin-top: 6px; }
footer dd { margin-left: 0; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  .charts { grid-template-columns: 1fr; gap: 8px; }
  svg.chart { max-width: 600px; }
  .cards { grid-template-columns: repeat(auto-fit, minmax(90px, 1fr)); gap: 6px; }
  .card dd { font-size: 1.2rem; }
  figure, .card, .plan { border-color: #999; border-radius: 0; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr, .card { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details > summary { list-style: none; }
}
"""


# --- formatting -----------------------------------------------------------------------------


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _file(path: str) -> str:
    """A file name, escaped, that may wrap after each path separator."""
    return "<wbr>".join(_e(part) for part in _split_after_separators(str(path)))


def _split_after_separators(path: str) -> list[str]:
    parts, start = [], 0
    for i, char in enumerate(path):
        if char in "/\\":
            parts.append(path[start : i + 1])
            start = i + 1
    parts.append(path[start:])
    return [p for p in parts if p]


def _int(value: Any) -> str:
    number = _number(value)
    return DASH if number is None else f"{round(number):,}"


def _dec(value: Any, places: int = 1) -> str:
    number = _number(value)
    return DASH if number is None else f"{number:,.{places}f}"


def _pct(value: Any) -> str:
    number = _number(value)
    return DASH if number is None else f"{number:.0%}"


def _yes_no(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return DASH


def _share_text(item: dict[str, Any] | None) -> str:
    if not item or _number(item.get("share")) is None:
        return "none found"
    return f"{item['share']:.0%} ({item['count']:,} of {item['of']:,})"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


# --- SVG charts -------------------------------------------------------------------------------


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _nice_max(top: float) -> tuple[int, int]:
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


def _svg_open(chart_id: str, width: int, height: int, title: str, desc: str) -> list[str]:
    return [
        f'<svg class="chart" id="{_e(chart_id)}" '
        f'viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{_e(chart_id)}-title {_e(chart_id)}-desc">',
        f'<title id="{_e(chart_id)}-title">{_e(title)}</title>',
        f'<desc id="{_e(chart_id)}-desc">{_e(desc)}</desc>',
    ]


def _histogram(
    chart_id: str,
    title: str,
    bins: Sequence[tuple[str, str, int]],
    x_title: str,
    unit: str,
    markers: Sequence[tuple[float, str, str, bool]] = (),
    edge_labels: Sequence[str] | None = None,
) -> str:
    """Vertical bars, one per bin: ``bins`` are (tick label, long label, count).

    ``markers`` are (x in bins from the left edge, label, colour, dashed) vertical lines.
    With ``edge_labels`` the ticks sit on the bin edges (a continuous scale), else under bars.
    """
    width, height = 600, 330
    left, right, top, bottom = 52, 18, 50, 62
    plot_w, plot_h = width - left - right, height - top - bottom
    counts = [count for _, _, count in bins]
    y_max, step = _nice_max(max(counts, default=0))
    n = max(len(bins), 1)
    slot = plot_w / n
    gap = min(slot * 0.12, 6)
    base_y = top + plot_h
    desc = "; ".join(f"{long}: {_plural(count, unit)}" for _, long, count in bins)
    out = _svg_open(chart_id, width, height, title, desc or "No data")
    # gridlines and y axis
    for tick in range(0, y_max + 1, step):
        y = base_y - tick / y_max * plot_h
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{_fmt(y)}" y2="{_fmt(y)}" '
            f'stroke="{COLOURS["grid"]}" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{left - 6}" y="{_fmt(y + 4)}" text-anchor="end" font-size="12">{tick}</text>'
        )
    out.append(
        f'<text transform="translate(14 {_fmt(top + plot_h / 2)}) rotate(-90)" '
        f'text-anchor="middle" font-size="13">{_e(unit.capitalize())}s</text>'
    )
    # bars with their counts written above them
    for i, (tick_label, long_label, count) in enumerate(bins):
        x = left + i * slot + gap / 2
        h = count / y_max * plot_h
        out.append(
            f'<rect class="bar" data-label="{_e(long_label)}" data-value="{count}" '
            f'x="{_fmt(x)}" y="{_fmt(base_y - h)}" width="{_fmt(slot - gap)}" height="{_fmt(h)}" '
            f'fill="{COLOURS["histogram"]}"><title>{_e(long_label)}: '
            f"{_e(_plural(count, unit))}</title></rect>"
        )
        out.append(
            f'<text class="bar-value" x="{_fmt(x + (slot - gap) / 2)}" y="{_fmt(base_y - h - 5)}" '
            f'text-anchor="middle" font-size="13" font-weight="600" stroke="#fff" stroke-width="3" '
            f'paint-order="stroke">{count}</text>'
        )
        if edge_labels is None:
            out.append(
                f'<text x="{_fmt(left + (i + 0.5) * slot)}" y="{base_y + 18}" text-anchor="middle" '
                f'font-size="12">{_e(tick_label)}</text>'
            )
    if edge_labels is not None:
        every = max(1, math.ceil(len(edge_labels) / 9))
        for i, label in enumerate(edge_labels):
            if i % every:
                continue
            x = left + i * slot
            out.append(
                f'<line x1="{_fmt(x)}" x2="{_fmt(x)}" y1="{base_y}" y2="{base_y + 5}" '
                f'stroke="{COLOURS["text"]}"/>'
            )
            out.append(
                f'<text x="{_fmt(x)}" y="{base_y + 18}" text-anchor="middle" font-size="12">'
                f"{_e(label)}</text>"
            )
    out.append(
        f'<line x1="{left}" x2="{width - right}" y1="{base_y}" y2="{base_y}" '
        f'stroke="{COLOURS["text"]}" stroke-width="1.5"/>'
    )
    out.append(
        f'<text x="{_fmt(left + plot_w / 2)}" y="{height - 14}" text-anchor="middle" '
        f'font-size="13">{_e(x_title)}</text>'
    )
    # marker lines (mean, reference), labels stacked in rows above the plot
    xs = [left + min(max(position, 0), n) * slot for position, *_ in markers]
    for row, (_, label, colour, dashed) in enumerate(markers):
        x = xs[row]
        label_y = 14 + row * 16
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        out.append(
            f'<line class="marker" x1="{_fmt(x)}" x2="{_fmt(x)}" y1="{label_y + 4}" y2="{base_y}" '
            f'stroke="{colour}" stroke-width="2.5"{dash}/>'
        )
        # Earlier markers' lines reach up through this label's row: write the label away from
        # them when it fits, else on whichever side it fits.
        text_w = len(label) * 7
        earlier_right = any(other > x for other in xs[:row])
        fits_right, fits_left = x + 5 + text_w <= width, x - 5 - text_w >= 0
        go_left = (earlier_right and fits_left) or not fits_right
        anchor, dx = ("end", -5) if go_left else ("start", 5)
        out.append(
            f'<text class="marker-label" x="{_fmt(x + dx)}" y="{label_y}" text-anchor="{anchor}" '
            f'font-size="12" font-weight="600" stroke="#fff" stroke-width="3" paint-order="stroke">'
            f"{_e(label)}</text>"
        )
    if not any(counts):
        out.append(
            f'<text x="{_fmt(left + plot_w / 2)}" y="{_fmt(top + plot_h / 2)}" '
            f'text-anchor="middle" font-size="15" fill="{COLOURS["muted"]}">No audited plans</text>'
        )
    out.append("</svg>")
    return "\n".join(out)


def _bars(
    chart_id: str, title: str, groups: Sequence[tuple[str, str, Sequence[tuple[str, dict | None]]]]
) -> str:
    """Horizontal share bars. ``groups``: (heading, colour, [(label, share item)]), where a share
    item is summary.py's {"count", "of", "share"}."""
    width = 600
    label_w, track_x, track_w = 200, 206, 236
    row_h, head_h = 30, 30
    rows = sum(len(items) for _, _, items in groups)
    height = 34 + head_h * len(groups) + row_h * rows + 26
    desc = "; ".join(
        f"{label}: {_share_text(item)}" for _, _, items in groups for label, item in items
    )
    out = _svg_open(chart_id, width, height, title, desc or "No data")
    y = 8
    # axis ticks at the top
    for pct in (0, 25, 50, 75, 100):
        x = track_x + track_w * pct / 100
        out.append(
            f'<text x="{_fmt(x)}" y="{y + 12}" text-anchor="middle" font-size="11">{pct}%</text>'
        )
    y += 22
    for heading, colour, items in groups:
        out.append(
            f'<text x="0" y="{y + 20}" font-size="13" font-weight="700">{_e(heading)}</text>'
        )
        y += head_h
        group_top = y
        for label, item in items:
            share = _number((item or {}).get("share"))
            bar_y = y + 4
            bar_h = row_h - 10
            out.append(
                f'<text x="{label_w}" y="{_fmt(bar_y + bar_h / 2 + 4)}" text-anchor="end" '
                f'font-size="13">{_e(label)}</text>'
            )
            out.append(
                f'<rect x="{track_x}" y="{bar_y}" width="{track_w}" height="{bar_h}" '
                f'fill="{COLOURS["track"]}"/>'
            )
            bar_w = 0.0 if share is None else track_w * max(0.0, min(share, 1.0))
            value = "" if share is None else str(round(share, 4))
            out.append(
                f'<rect class="bar" data-label="{_e(label)}" data-value="{value}" x="{track_x}" '
                f'y="{bar_y}" width="{_fmt(bar_w)}" height="{bar_h}" fill="{colour}">'
                f"<title>{_e(label)}: {_e(_share_text(item))}</title></rect>"
            )
            out.append(
                f'<text class="bar-value" x="{track_x + track_w + 8}" '
                f'y="{_fmt(bar_y + bar_h / 2 + 4)}" font-size="13" font-weight="600">'
                f"{_e(_share_text(item))}</text>"
            )
            y += row_h
        for pct in (0, 25, 50, 75, 100):  # gridlines over the bars of this group
            x = track_x + track_w * pct / 100
            out.append(
                f'<line x1="{_fmt(x)}" x2="{_fmt(x)}" y1="{group_top}" y2="{y}" '
                f'stroke="{COLOURS["grid"] if pct else COLOURS["text"]}" stroke-width="1"/>'
            )
    out.append(
        f'<text x="{_fmt(track_x + track_w / 2)}" y="{height - 6}" text-anchor="middle" '
        f'font-size="12">Share (bar length); figures give the share and the count</text>'
    )
    out.append("</svg>")
    return "\n".join(out)


def _length_chart(words: Sequence[float], mean_words: Any) -> str:
    top_word = max([*words, COMMISSIONER_MEAN_WORDS + LENGTH_BIN])
    n = min(max(math.floor(top_word / LENGTH_BIN) + 1, 6), MAX_LENGTH_BINS)
    bins = []
    for i in range(n):
        low = i * LENGTH_BIN
        last = i == n - 1
        count = sum(1 for w in words if w >= low and (last or w < low + LENGTH_BIN))
        long_label = (
            f"{low:,} words and over" if last else f"{low:,}-{low + LENGTH_BIN - 1:,} words"
        )
        bins.append((f"{low // 1000}k", long_label, count))
    edges = ["0", *[f"{(i + 1) * LENGTH_BIN // 1000}k" for i in range(n - 1)]]
    markers = [
        (
            COMMISSIONER_MEAN_WORDS / LENGTH_BIN,
            "Children's Commissioner average ~5,000",
            COLOURS["reference"],
            True,
        )
    ]
    mean = _number(mean_words)
    if mean is not None:
        markers.append(
            (mean / LENGTH_BIN, f"Mean of these plans {mean:,.0f}", COLOURS["mean"], False)
        )
    return _histogram(
        "chart-length",
        "Plan length in words",
        bins,
        f"Words in the plan (bins of {LENGTH_BIN:,}; the last bin is open-ended)",
        "plan",
        markers,
        edge_labels=edges,
    )


def _reading_age_chart(bin_counts: dict[str, int]) -> str:
    bins = [
        (label, f"Reading age {label}", int(bin_counts.get(label, 0)))
        for *_, label in READING_AGE_BINS
    ]
    return _histogram(
        "chart-reading-age",
        "UK reading age of the plan's prose",
        bins,
        "UK reading age in years (Flesch-Kincaid grade + 5)",
        "plan",
    )


# --- the page ---------------------------------------------------------------------------------


def _rows(results: Sequence[PlanResult]) -> list[dict[str, Any]]:
    return [{name: get(result) for name, _, get in PLAN_COLUMNS} for result in results]


def _status(status: str) -> str:
    return (
        f'<span class="status status-{_e(status)}">{_e(STATUS_LABELS.get(status, status))}</span>'
    )


def _level(level: str) -> str:
    return f'<span class="level level-{_e(level)}">{_e(level)}</span>'


def _card(label: str, value: str, note: str = "") -> str:
    small = f" <small>{_e(note)}</small>" if note else ""
    return f'<div class="card"><dt>{_e(label)}</dt><dd>{_e(value)}{small}</dd></div>'


def _summary_panel(summary: dict[str, Any]) -> str:
    length = summary["length"]
    ages = summary["reading_age"]
    cards = [
        _card("Plans", f"{summary['plans']:,}"),
        _card("Audited as EHCPs", f"{summary['audited']:,}"),
        _card("Not EHCPs", f"{summary['not_ehcp']:,}"),
        _card("Unreadable", f"{summary['unreadable']:,}"),
        _card(
            "Mean words",
            _int(length["mean_words"]),
            _range(length["min_words"], length["max_words"], 0),
        ),
        _card(
            "Mean minutes to read aloud",
            _dec(length["mean_minutes_aloud"]),
            _range(length["min_minutes_aloud"], length["max_minutes_aloud"], 1),
        ),
        _card("Mean UK reading age", _dec(ages["mean"])),
    ]
    return (
        '<section id="summary"><h2>Summary</h2><dl class="cards">'
        + "".join(cards)
        + "</dl></section>"
    )


def _range(low: Any, high: Any, places: int) -> str:
    if _number(low) is None or _number(high) is None:
        return ""
    fmt = _int if places == 0 else _dec
    return f"range {fmt(low)}-{fmt(high)}"


def _charts(summary: dict[str, Any], results: Sequence[PlanResult]) -> str:
    words = [
        float(w) for r in results if r.status == "audited" and (w := _number(r.words)) is not None
    ]
    outcomes, provision, section_a = summary["outcomes"], summary["provision"], summary["section_a"]
    figures = [
        (
            _length_chart(words, summary["length"]["mean_words"]),
            "Plan length",
            "Words in each audited plan, headings and tables included. Solid line: the mean of "
            "these plans. Dashed line: the Children's Commissioner's average of about 5,000 words "
            "a plan.",
        ),
        (
            _reading_age_chart(summary["reading_age"]["bins"]),
            "Reading age",
            "Audited plans by the UK reading age of their prose. A reading age of 12 or more is "
            "above what many children and parents can read comfortably.",
        ),
        (
            _bars(
                "chart-smart",
                "SMART outcomes and quantified provision",
                [
                    (
                        f"Section E: {_plural(outcomes.get('statements', 0), 'outcome')}"
                        " and targets",
                        COLOURS["outcomes"],
                        [
                            ("Specific", outcomes.get("specific")),
                            ("Measurable", outcomes.get("measurable")),
                            ("Time-bound", outcomes.get("time_bound")),
                            ("Relevant", outcomes.get("relevant")),
                            ("Fully SMART", outcomes.get("smart")),
                        ],
                    ),
                    (
                        "Section F: "
                        + _plural(provision.get("statements", 0), "provision statement"),
                        COLOURS["provision"],
                        [
                            ("Quantified", provision.get("quantified")),
                            ("Names who delivers it", provision.get("who_specified")),
                        ],
                    ),
                ],
            ),
            "SMART and provision",
            "Share of all outcomes and targets (pooled over audited plans) judged specific, "
            "measurable, time-bound and relevant, and meeting every test the tool can judge; share "
            "of provision statements saying how often or how much, and naming who delivers it. "
            "Longer is better.",
        ),
        (
            _bars(
                "chart-section-a",
                "Section A: the child's voice",
                [
                    (
                        "Section A ("
                        + _plural(section_a["plans_with_section_a"], "plan")
                        + " with one)",
                        COLOURS["section_a"],
                        [
                            ("No hopes or aspirations", section_a["no_aspirations"]),
                            ("No 'working well'", section_a["no_working_well"]),
                            ("No child first-person", section_a["no_child_first_person"]),
                        ],
                    )
                ],
            ),
            "Section A",
            "Share of plans whose Section A makes no reference to the child's hopes and "
            "aspirations, does not say what is working well, or has no statement in the child's "
            "own words (first person). Shorter is better.",
        ),
    ]
    parts = ['<section id="charts"><h2>Charts</h2><div class="charts">']
    extras = {"Section A": _questions_table(summary)}
    for svg, heading, caption in figures:
        parts.append(
            f"<figure><h3>{_e(heading)}</h3>{svg}<figcaption>{_e(caption)}</figcaption>"
            f"{extras.get(heading, '')}</figure>"
        )
    parts.append("</div></section>")
    return "\n".join(parts)


def _questions_table(summary: dict[str, Any]) -> str:
    questions = summary.get("questions") or {}
    if not questions:
        return ""
    rows = "".join(
        f"<tr><td>{_e(QUESTION_NAMES.get(key, key))}</td><td class='num'>{q['plans']:,}</td>"
        f"<td class='num'>{q['no_child_first_person']:,}</td>"
        f"<td class='num'>{_pct(q['share'])}</td></tr>"
        for key, q in questions.items()
    )
    return (
        '<table id="questions" class="compact"><caption>Each of the child\'s sub-questions: plans '
        "answering it with no statement in the child's own words</caption><thead><tr>"
        "<th>Sub-question</th><th class='num'>Plans with it</th>"
        "<th class='num'>No child first-person</th><th class='num'>Share</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _top_findings_table(summary: dict[str, Any]) -> str:
    top = summary.get("top_findings") or []
    if not top:
        return ""
    rows = "".join(
        f"<tr><td><code>{_e(item['code'])}</code></td><td>{_level(item['level'])}</td>"
        f"<td class='num'>{item['findings']:,}</td><td class='num'>{item['plans']:,}</td></tr>"
        for item in top
    )
    return (
        '<section id="top-findings"><h2>Most frequent findings</h2><table><thead><tr><th>Code</th>'
        "<th>Level</th><th class='num'>Findings</th><th class='num'>Plans</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


PLAN_TABLE_HEADINGS = (
    ("File", ""),
    ("Status", ""),
    ("Words", "num"),
    ("Minutes aloud", "num"),
    ("UK reading age", "num"),
    ("Child first-person share", "num"),
    ("Aspirations", ""),
    ("Working well", ""),
    ("SMART share", "num"),
    ("Provision quantified", "num"),
    ("Errors", "num"),
    ("Warnings", "num"),
)


def _plan_table(results: Sequence[PlanResult]) -> str:
    head = "".join(
        f"<th class='{cls}' scope='col'>{_e(name)}</th>" for name, cls in PLAN_TABLE_HEADINGS
    )
    body = []
    for index, r in enumerate(results, 1):
        voice = r.voice or {}
        ok = r.status != "error"
        audited = r.status == "audited"
        file_cell = _file(r.file)
        if r.findings or r.status != "audited":
            file_cell = f'<a href="#plan-{index}">{file_cell}</a>'
        cells = [
            f"<td class='file'>{file_cell}</td>",
            f"<td>{_status(r.status)}</td>",
            f"<td class='num'>{_int(r.words) if ok else DASH}</td>",
            f"<td class='num'>{_dec(r.metrics.get('reading_minutes_aloud'))}</td>",
            f"<td class='num'>{_dec(r.metrics.get('uk_reading_age'))}</td>",
            f"<td class='num'>{_pct(voice.get('child_first_person_share'))}</td>",
            f"<td>{_yes_no(voice.get('has_aspirations'))}</td>",
            f"<td>{_yes_no(voice.get('has_working_well'))}</td>",
            f"<td class='num'>{_pct(r.outcomes_summary.get('smart_share'))}</td>",
            f"<td class='num'>{_pct(r.provision_summary.get('quantified_share'))}</td>",
            f"<td class='num'>{r.count('error') if audited else DASH}</td>",
            f"<td class='num'>{r.count('warning') if audited else DASH}</td>",
        ]
        body.append(f"<tr class='plan-row row-{_e(r.status)}'>{''.join(cells)}</tr>")
    if not body:
        body.append(
            f"<tr><td colspan='{len(PLAN_TABLE_HEADINGS)}' class='empty'>No plans.</td></tr>"
        )
    return (
        '<section id="plans"><h2>Plans</h2><table id="plan-table"><thead><tr>'
        f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table></section>"
    )


def _file_lists(results: Sequence[PlanResult]) -> str:
    parts = []
    unreadable = [(i, r) for i, r in enumerate(results, 1) if r.status == "error"]
    if unreadable:
        items = "".join(
            f"<li id='plan-{i}'><strong>{_file(r.file)}</strong>: "
            f"{_e(r.error or 'could not be read')}</li>"
            for i, r in unreadable
        )
        parts.append(
            '<section id="unreadable"><h2>Files that could not be read</h2>'
            f'<ul class="files">{items}</ul></section>'
        )
    not_ehcp = [(i, r) for i, r in enumerate(results, 1) if r.status == "not_ehcp"]
    if not_ehcp:
        items = "".join(
            f"<li id='plan-{i}'><strong>{_file(r.file)}</strong>: not audited, it was not "
            "recognised as an EHCP (too few statutory section headings)</li>"
            for i, r in not_ehcp
        )
        parts.append(
            '<section id="not-ehcp"><h2>Files that are not EHCPs</h2>'
            f'<ul class="files">{items}</ul></section>'
        )
    return "\n".join(parts)


def _verdict(value: Any) -> str:
    return (
        {True: "yes", False: "no"}.get(value, DASH)
        if isinstance(value, bool) or value is None
        else _e(value)
    )


def _plan_text(r: PlanResult) -> str:
    """Outcomes, provision and section texts: only called with include_text."""
    parts = []
    if r.outcomes:
        rows = "".join(
            f"<tr><td>{_e(o.get('kind') or '')}</td>"
            f"<td class='match'>{_e(o.get('text') or '')}</td>"
            f"<td>{_verdict(o.get('specific'))}</td><td>{_verdict(o.get('measurable'))}</td>"
            f"<td>{_verdict(o.get('time_bound'))}</td><td>{_verdict(o.get('relevant'))}</td>"
            f"<td>{_verdict(o.get('smart'))}</td><td>{_e(location_text(o.get('location')))}</td></tr>"
            for o in r.outcomes
        )
        parts.append(
            f"<details><summary>Outcomes and targets ({len(r.outcomes)})</summary>"
            "<table><thead><tr>"
            "<th>Kind</th><th>Text</th><th>Specific</th><th>Measurable</th><th>Time-bound</th>"
            f"<th>Relevant</th><th>SMART</th><th>Location</th></tr></thead><tbody>{rows}</tbody>"
            "</table></details>"
        )
    if r.provision:
        rows = "".join(
            f"<tr><td class='match'>{_e(p.get('text') or '')}</td>"
            f"<td>{_verdict(p.get('quantified'))}</td><td>{_verdict(p.get('who_specified'))}</td>"
            f"<td>{_e(', '.join(p.get('vague_terms') or []))}</td>"
            f"<td>{_e(location_text(p.get('location')))}</td></tr>"
            for p in r.provision
        )
        parts.append(
            f"<details><summary>Provision ({len(r.provision)})</summary><table><thead><tr>"
            "<th>Text</th><th>Quantified</th><th>Names who</th><th>Vague wording</th>"
            f"<th>Location</th></tr></thead><tbody>{rows}</tbody></table></details>"
        )
    for key, section in r.sections.items():
        if not section.text:
            continue
        parts.append(
            f"<details><summary>Section {_e(key)} text ({_plural(section.words, 'word')})</summary>"
            f"<div class='plantext'>{_e(section.text)}</div></details>"
        )
    return "".join(parts)


def _plan_findings(results: Sequence[PlanResult], include_text: bool) -> str:
    parts = ['<section id="findings"><h2>Findings by plan</h2>']
    shown = 0
    for index, r in enumerate(results, 1):
        if r.status != "audited":
            continue
        shown += 1
        counts = ", ".join(
            _plural(r.count(level), level) for level in ("error", "warning", "suggestion")
        )
        parts.append(
            f'<article class="plan" id="plan-{index}"><h3>{_file(r.file)}</h3><p>{_e(counts)}</p>'
        )
        if r.findings:
            head = "<th>Code</th><th>Level</th><th>Section</th><th>Location</th><th>Message</th>"
            if include_text:
                head += "<th>Matched words</th>"
            rows = []
            ordered = sorted(r.findings, key=lambda f: LEVEL_ORDER.get(f.level, 9))
            for f in ordered:
                cells = (
                    f"<td><code>{_e(f.code)}</code></td><td>{_level(f.level)}</td>"
                    f"<td>{_e(f.section or DASH)}</td>"
                    f"<td>{_e(location_text(f.location) or DASH)}</td>"
                    f"<td>{_e(f.message)}</td>"
                )
                if include_text:
                    cells += f"<td class='match'>{_e(f.match) if f.match else DASH}</td>"
                rows.append(f"<tr class='finding'>{cells}</tr>")
            parts.append(
                f"<table class='findings'><thead><tr>{head}</tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        else:
            parts.append("<p class='empty'>No findings.</p>")
        if include_text:
            parts.append(_plan_text(r))
        parts.append("</article>")
    if not shown:
        parts.append("<p class='empty'>No audited plans.</p>")
    parts.append("</section>")
    return "\n".join(parts)


FOOTER = """
<footer><h2>About these figures</h2><dl>
<dt>Words and minutes aloud</dt><dd>Every word in the plan, headings and tables included; minutes to
read it aloud at the configured rate (100 words a minute by default).</dd>
<dt>UK reading age</dt><dd>Flesch-Kincaid grade of the plan's prose plus five years.</dd>
<dt>Child first-person share</dt><dd>Share of Section A sentences under the child's sub-questions
written in the child's own words (first person).</dd>
<dt>SMART share</dt><dd>Share of a plan's outcomes and targets meeting every SMART test the tool can
judge (specific, measurable, time-bound, relevant). Achievability needs professional judgement.</dd>
<dt>Provision quantified</dt><dd>Share of Section F statements saying how often or how much.</dd>
<dt>Levels</dt><dd>error: a statutory or template problem; warning: a likely quality problem;
suggestion: worth a look.</dd>
</dl><p>Generated by ehcp-audit __VERSION__. The figures are automatic estimates to guide a human
reviewer, not a verdict on a plan.</p></footer>
"""


def html_report(
    results: Sequence[PlanResult], include_text: bool = False, title: str = "EHCP audit"
) -> str:
    """One self-contained HTML5 page. Plan text appears only with ``include_text``."""
    results = list(results)
    rows = _rows(results)
    plans = [plan_json(r) for r in results]
    summary = summarise(rows, plans)
    if include_text:
        notice = (
            '<p class="notice text"><strong>This page contains text from the plans</strong> '
            "(section texts, outcomes, provision and the words behind each finding). Treat it as "
            "confidential as the plans themselves.</p>"
        )
    else:
        notice = (
            '<p class="notice">This page holds figures and rule messages only: no text from the '
            "plans. File names are shown.</p>"
        )
    body = [
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(_plural(len(results), "file"))} read by ehcp-audit '
        f"{_e(__version__)}.</p>",
        notice,
        "</header>",
        "<main>",
        _summary_panel(summary),
        _charts(summary, results),
        _top_findings_table(summary),
        _plan_table(results),
        _file_lists(results),
        _plan_findings(results, include_text),
        "</main>",
        FOOTER.replace("__VERSION__", _e(__version__)),
    ]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body>\n</html>\n"
    )
