"""The HTML report (``--html``): self-contained, charts that match the results, plan text only
with ``include_text``, and a page that Chromium actually renders."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from statistics import mean

import pytest

from ehcp_audit.config import Settings
from ehcp_audit.report.htmlout import COLOURS, html_report
from ehcp_audit.report.view import READING_AGE_BINS
from ehcp_audit.result import Finding, PlanResult

SAMPLES = Path(__file__).resolve().parent.parent / "corpus_samples"


@pytest.fixture(scope="module")
def results() -> list[PlanResult]:
    files = sorted([*SAMPLES.glob("*.docx"), *SAMPLES.glob("*.pdf")])
    assert len(files) >= 5, "the sample plans are missing"
    try:
        from ehcp_audit.engine import run_batch

        return run_batch(files, Settings(), workers=1, cache=None)
    except ImportError:  # pragma: no cover - fallback while the engine is being built
        from ehcp_audit.audit import audit_file

        return [audit_file(path, Settings()) for path in files]


@pytest.fixture(scope="module")
def page(results) -> str:
    return html_report(results)


@pytest.fixture(scope="module")
def page_with_text(results) -> str:
    return html_report(results, include_text=True)


class _Charts(HTMLParser):
    """Collects, per ``<svg id=...>``, the attributes of its bars and all of its text."""

    def __init__(self) -> None:
        super().__init__()
        self.bars: dict[str, list[dict[str, str]]] = {}
        self.texts: dict[str, list[str]] = {}
        self.markers: dict[str, list[dict[str, str]]] = {}
        self.current: str | None = None
        self.in_text = False

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "svg":
            self.current = a.get("id", "")
            self.bars[self.current] = []
            self.texts[self.current] = []
            self.markers[self.current] = []
        elif self.current is not None and tag == "rect" and "bar" in a.get("class", "").split():
            self.bars[self.current].append(a)
        elif self.current is not None and tag == "line" and a.get("class") == "marker":
            self.markers[self.current].append(a)
        elif tag == "text":
            self.in_text = True

    def handle_endtag(self, tag):
        if tag == "svg":
            self.current = None
        elif tag == "text":
            self.in_text = False

    def handle_data(self, data):
        if self.current is not None and self.in_text:
            self.texts[self.current].append(data)


def charts(page: str) -> _Charts:
    parser = _Charts()
    parser.feed(page)
    return parser


def audited(results):
    return [r for r in results if r.status == "audited"]


# --- self-contained -----------------------------------------------------------------------------


def test_page_is_self_contained(page, page_with_text):
    for html in (page, page_with_text):
        assert html.startswith("<!DOCTYPE html>")
        assert html.rstrip().endswith("</html>")
        assert "<style>" in html
        assert not re.search(
            r"""\b(?:src|href|action|poster)\s*=\s*["']?\s*(?:[a-z]+:)?//""", html, re.I
        )
        assert not re.search(r"https?://", html), "no address of any kind, not even xmlns"
        assert "<link" not in html.lower()
        assert "<script" not in html.lower()
        assert "<img" not in html.lower()
        assert "@import" not in html and "url(" not in html
        # the only links are to anchors on the page, and every anchor exists
        for target in re.findall(r'href="([^"]*)"', html):
            assert target.startswith("#")
            assert f'id="{target[1:]}"' in html or f"id='{target[1:]}'" in html


def test_one_svg_per_chart(page):
    found = charts(page)
    assert set(found.bars) == {
        "chart-length",
        "chart-reading-age",
        "chart-smart",
        "chart-section-a",
    }
    assert page.count("<svg") == 4


# --- charts match the results -------------------------------------------------------------------


def test_reading_age_histogram_matches_results(results, page):
    ages = [
        r.metrics["uk_reading_age"]
        for r in audited(results)
        if r.metrics.get("uk_reading_age") is not None
    ]
    expected = [
        (label, sum(1 for a in ages if low <= a < high)) for low, high, label in READING_AGE_BINS
    ]
    assert sum(n for _, n in expected) == len(ages) > 0
    found = charts(page)
    bars = found.bars["chart-reading-age"]
    assert len(bars) == 5
    assert [(b["data-label"], int(b["data-value"])) for b in bars] == [
        (f"Reading age {label}", n) for label, n in expected
    ]
    # heights are proportional to the counts, and each count is written as text
    heights = [float(b["height"]) for b in bars]
    top = max(n for _, n in expected)
    per_plan = heights[[n for _, n in expected].index(top)] / top
    for (_, n), h in zip(expected, heights, strict=True):
        assert h == pytest.approx(n * per_plan, abs=0.02)
    texts = found.texts["chart-reading-age"]
    for label, n in expected:
        assert label in texts
        assert str(n) in texts


def test_length_histogram_matches_results(results, page):
    words = [r.words for r in audited(results)]
    found = charts(page)
    bars = found.bars["chart-length"]
    counts = [int(b["data-value"]) for b in bars]
    assert sum(counts) == len(words)
    assert len(bars) >= 6  # 0 to at least 6,000 so the 5,000-word line is on the chart
    for i, bar in enumerate(bars[:-1]):
        low = i * 1000
        assert bar["data-label"] == f"{low:,}-{low + 999:,} words"
        assert counts[i] == sum(1 for w in words if low <= w < low + 1000)
    # the mean is marked, and the Commissioner's average is noted
    texts = " ".join(found.texts["chart-length"])
    assert f"Mean of these plans {mean(words):,.0f}" in texts
    assert "Children's Commissioner average ~5,000" in texts
    assert len(found.markers["chart-length"]) == 2
    # the lines sit where the words fall on the axis: x is linear in words
    bar_x = [float(b["x"]) for b in bars]
    slot = bar_x[1] - bar_x[0]
    origin = bar_x[0] - (slot - float(bars[0]["width"])) / 2
    xs = sorted(float(m["x1"]) for m in found.markers["chart-length"])
    assert xs[0] == pytest.approx(origin + mean(words) / 1000 * slot, abs=1.5)
    assert xs[1] == pytest.approx(origin + 5 * slot, abs=1.5)


def _pooled(items, key):
    known = [i.get(key) for i in items if i.get(key) is not None]
    return sum(1 for v in known if v) / len(known), sum(1 for v in known if v), len(known)


def test_smart_and_provision_bars_match_results(results, page):
    outcomes = [o for r in audited(results) for o in r.outcomes]
    provision = [p for r in audited(results) for p in r.provision]
    assert outcomes and provision
    expected = [
        ("Specific", *_pooled(outcomes, "specific")),
        ("Measurable", *_pooled(outcomes, "measurable")),
        ("Time-bound", *_pooled(outcomes, "time_bound")),
        ("Relevant", *_pooled(outcomes, "relevant")),
        ("Fully SMART", *_pooled(outcomes, "smart")),
        ("Quantified", *_pooled(provision, "quantified")),
        ("Names who delivers it", *_pooled(provision, "who_specified")),
    ]
    found = charts(page)
    bars = found.bars["chart-smart"]
    assert [b["data-label"] for b in bars] == [label for label, *_ in expected]
    widths = [float(b["width"]) for b in bars]
    full = max(w / s for w, (_, s, _, _) in zip(widths, expected, strict=True) if s)
    texts = found.texts["chart-smart"]
    for bar, width, (_label, share, count, of) in zip(bars, widths, expected, strict=True):
        assert float(bar["data-value"]) == pytest.approx(share, abs=0.0006)
        assert width == pytest.approx(share * full, abs=0.3)
        assert f"{round(share, 3):.0%} ({count:,} of {of:,})" in texts
    assert f"Section E: {len(outcomes)} outcomes and targets" in texts
    assert f"Section F: {len(provision)} provision statements" in texts


def test_section_a_bars_match_results(results, page):
    voices = [r.voice for r in audited(results) if r.voice and r.voice.get("sentences")]
    assert voices

    def missing(key):
        known = [v[key] for v in voices if v.get(key) is not None]
        return sum(1 for v in known if not v) / len(known)

    found = charts(page)
    bars = found.bars["chart-section-a"]
    assert [b["data-label"] for b in bars] == [
        "No hopes or aspirations",
        "No 'working well'",
        "No child first-person",
    ]
    for bar, key in zip(
        bars, ("has_aspirations", "has_working_well", "has_child_first_person"), strict=True
    ):
        assert float(bar["data-value"]) == pytest.approx(missing(key), abs=0.0006)
    assert f"Section A ({len(voices)} plans with one)" in found.texts["chart-section-a"]


# --- tables -------------------------------------------------------------------------------------


def _plan_rows(page: str) -> list[str]:
    table = page[page.index('<table id="plan-table">') :]
    table = table[: table.index("</table>")]
    return re.findall(r"<tr class='plan-row[^']*'>(.*?)</tr>", table, re.S)


def _cells(row: str) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    ]


def test_plan_table_has_one_row_per_result(results, page):
    rows = _plan_rows(page)
    assert len(rows) == len(results)
    for row, r in zip(rows, results, strict=True):
        cells = _cells(row)
        assert len(cells) == 14
        assert cells[0] == escape(r.file)  # the whole path, only split by <wbr> tags
        if r.status == "audited":
            assert cells[1] == "audited"
            assert cells[2] == f"{r.words:,}"
            assert cells[3] == f"{r.metrics['reading_minutes_aloud']:.1f}"
            assert cells[4] == f"{r.metrics['uk_reading_age']:.1f}"
            assert cells[5] == f"{r.voice['child_first_person_share']:.0%}"
            assert cells[6] == ("yes" if r.voice["has_aspirations"] else "no")
            assert cells[7] == ("yes" if r.voice["has_working_well"] else "no")
            assert cells[8] == f"{r.outcomes_summary['smart_share']:.0%}"
            assert cells[9] == f"{r.provision_summary['quantified_share']:.0%}"
            assert cells[10:12] == [str(r.count("error")), str(r.count("warning"))]
            # the missing and empty sections, by key ("none" when there are none)
            assert cells[12] == (" ".join(r.missing_sections) or "none")
            assert cells[13] == (" ".join(r.empty_sections) or "none")
        elif r.status == "not_ehcp":
            assert cells[1] == "not an EHCP"
            assert cells[3:] == ["-"] * 11
    assert any(r.status == "not_ehcp" for r in results)
    assert 'id="not-ehcp"' in page


def test_every_finding_is_listed(results, page):
    codes = {f.code for r in results for f in r.findings}
    assert len(codes) >= 10
    for code in codes:
        assert f"<code>{escape(code)}</code>" in page
    assert page.count("<tr class='finding'>") == sum(len(r.findings) for r in audited(results))
    poor = next(r for r in results if r.file.endswith("07_poor_plan.docx"))
    article = page[page.index(f'<article class="plan" id="plan-{results.index(poor) + 1}">') :]
    article = article[: article.index("</article>")]
    for f in poor.findings:
        assert escape(f.message) in article
    assert poor.count("error") > 0
    assert f"{poor.count('error')} errors, {poor.count('warning')} warnings" in article


# --- privacy ------------------------------------------------------------------------------------


def _plan_strings(results) -> dict[str, list[str]]:
    """Real text from the plans, long enough not to occur by chance in figures or rule messages."""
    messages = " ".join(f.message for r in results for f in r.findings)
    # A place may name a Section A sub-heading (template wording, as in the findings CSV).
    messages += " ".join(f.place or "" for r in results for f in r.findings)
    outcome_texts = [o["text"] for r in audited(results) for o in r.outcomes if len(o["text"]) > 40]
    provision_texts = [
        p["text"] for r in audited(results) for p in r.provision if len(p["text"]) > 40
    ]
    matches = [
        f.match
        for r in results
        for f in r.findings
        if f.match and len(f.match) >= 25 and f.match not in messages
    ]
    section_lines = [
        line.strip()
        for r in audited(results)
        for s in r.sections.values()
        for line in s.text.splitlines()
        if len(line.strip()) > 60
    ]
    return {
        "outcomes": outcome_texts[::7],
        "provision": provision_texts[::7],
        "matches": matches[::5],
        "sections": section_lines[::25],
    }


def _variants(text: str) -> list[str]:
    # the raw string, its escaped form, and a 30-character piece of each
    return [text, escape(text), text[:30], escape(text[:30])]


def test_no_plan_text_without_include_text(results, page):
    strings = _plan_strings(results)
    for kind, items in strings.items():
        assert len(items) >= 3, f"too few {kind} strings to test with"
        for text in items:
            for variant in _variants(text):
                assert variant not in page, f"{kind} text leaked: {variant!r}"
    assert "Matched words" not in page
    assert "contains text from the plans" not in page


def test_plan_text_with_include_text(results, page_with_text):
    strings = _plan_strings(results)
    for _kind, items in strings.items():
        for text in items:
            assert escape(text) in page_with_text
    for r in audited(results):
        for f in r.findings:
            if f.match:
                assert escape(f.match) in page_with_text
    assert "contains text from the plans" in page_with_text


# --- edge cases ---------------------------------------------------------------------------------


def test_zero_plans():
    html = html_report([])
    assert html.count("<svg") == 4
    assert "No audited plans" in html
    assert "No plans." in html
    assert "None" not in html and "NaN" not in html


def test_all_unreadable_and_hostile_names_are_escaped():
    results = [
        PlanResult(
            file="<script>alert(1)</script>.docx", status="error", error="bad <b>zip</b> & more"
        ),
        PlanResult(file='plan "quoted".pdf', status="error", error=None),
    ]
    html = html_report(results, title="Audit <b>x</b>")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.docx" in html.replace("<wbr>", "")
    assert "bad &lt;b&gt;zip&lt;/b&gt; &amp; more" in html
    assert "<title>Audit &lt;b&gt;x&lt;/b&gt;</title>" in html
    rows = _plan_rows(html)
    assert len(rows) == 2
    for row in rows:
        cells = _cells(row)
        assert cells[1] == "unreadable"
        assert cells[2:] == ["-"] * 12
    assert 'id="unreadable"' in html
    assert "None" not in html


def test_missing_values_show_a_dash():
    result = PlanResult(
        file="thin.docx",
        status="audited",
        words=120,
        metrics={"uk_reading_age": None, "reading_minutes_aloud": None},
        voice=None,
        findings=[
            Finding(
                code="S-MISSING",
                level="error",
                section="A",
                message="Section A is missing",
                match="secret words",
            )
        ],
    )
    html = html_report([result])
    cells = _cells(_plan_rows(html)[0])
    assert cells[:3] == ["thin.docx", "audited", "120"]
    assert cells[3:10] == ["-"] * 7
    assert cells[10:] == ["1", "0", "none", "none"]
    assert "None" not in html
    assert "secret words" not in html
    assert "secret words" in html_report([result], include_text=True)


# --- it renders ---------------------------------------------------------------------------------


def test_chromium_renders_the_charts(results, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    from PIL import Image

    report = tmp_path / "report.html"
    report.write_text(html_report(results), encoding="utf-8")
    shot = tmp_path / "shot.png"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1280,2000",
        f"--screenshot={shot}",
        report.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=180, check=False)
    assert shot.exists() and shot.stat().st_size > 10_000
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2000)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200  # text, charts, tables: not a blank page
    present = {rgb for _, rgb in colours}

    def rgb(hex_colour: str) -> tuple[int, int, int]:
        return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))

    pixels = {rgb_: n for n, rgb_ in colours}
    for key in ("histogram", "outcomes", "provision", "section_a"):
        assert rgb(COLOURS[key]) in present, f"{key} bars not drawn"
    # the histogram bars are large blocks, not a stray pixel
    assert pixels[rgb(COLOURS["histogram"])] > 20_000
    # the left and right halves both hold chart colour: the charts sit side by side at 1280px
    left = image.crop((0, 0, 640, 2000)).getcolors(maxcolors=1 << 20)
    right = image.crop((640, 0, 1280, 2000)).getcolors(maxcolors=1 << 20)
    assert rgb(COLOURS["histogram"]) in {c for _, c in left}
    assert rgb(COLOURS["histogram"]) in {c for _, c in right}
