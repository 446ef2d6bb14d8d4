"""Rich terminal output."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ehcp_audit.files import FileSet, display_path
from ehcp_audit.levels import Level
from ehcp_audit.report.view import Aggregate, PlanRow
from ehcp_audit.result import PlanResult


def _location(loc: dict[str, int]) -> str:
    if "page" in loc:
        return f"p.{loc['page']}"
    if "table" in loc:
        return f"t{loc['table']} r{loc['row']} c{loc['cell']}"
    if "paragraph" in loc:
        return f"¶{loc['paragraph']}"
    return "-"


def print_sections(
    result: PlanResult,
    recognised: int,
    console: Console | None = None,
    near_misses: Sequence = (),
) -> None:
    console = console or Console(highlight=False)
    table = Table(title=escape(result.file), title_justify="left", expand=False)
    table.add_column("Key", style="bold", no_wrap=True)
    table.add_column("Heading as written", overflow="fold", min_width=18, max_width=40)
    table.add_column("Starts", no_wrap=True, min_width=6)
    table.add_column("Words", justify="right", no_wrap=True, min_width=5)
    table.add_column("Sure", justify="right", no_wrap=True)
    table.add_column("First words", overflow="ellipsis", no_wrap=True, max_width=24)
    for key, section in result.sections.items():
        words = "[yellow]empty[/yellow]" if section.empty else str(section.words)
        sure = "-" if section.confidence is None else f"{section.confidence:.0%}"
        if section.confidence is not None and section.confidence < 0.7:
            sure = f"[yellow]{sure}[/yellow]"
        table.add_row(
            key,
            escape(section.heading),
            _location(section.location),
            words,
            sure,
            escape(section.first_words),
        )
    console.print(table)
    if near_misses:
        _print_near_misses(near_misses, console)
    missing = ", ".join(result.missing_sections) or "none"
    console.print(f"Missing sections: {missing}")
    if result.empty_sections:
        console.print(f"Empty sections: {', '.join(result.empty_sections)}")
    console.print(f"Front matter: {result.front_matter_words} words")
    if result.status == "audited":
        console.print(f"Verdict: [green]EHCP[/green] ({recognised} statutory sections recognised)")
    else:
        console.print(
            f"Verdict: [yellow]not an EHCP[/yellow] (only {recognised} statutory sections recognised)"
        )


_NEAR_MISS_OUTCOMES = {
    "weak": "used, unsure",
    "unused": "not used: another heading won",
    "no match": "not used: too weak",
    "no section": "not used: names no section",
}


def _print_near_misses(near_misses: Sequence, console: Console) -> None:
    """Lines that looked like headings but were not used, or used on weak evidence: what a
    user needs to write a --sections-file."""
    table = Table(
        title="Near misses: lines that look like headings",
        title_justify="left",
        expand=False,
    )
    table.add_column("Line", overflow="fold", min_width=18, max_width=40)
    table.add_column("At", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Names", no_wrap=True)
    table.add_column("Why", overflow="fold", max_width=36)
    table.add_column("Outcome", overflow="fold", max_width=18)
    for miss in near_misses:
        table.add_row(
            escape(miss.text),
            _location(miss.location.to_dict()),
            f"{miss.score:.2f}",
            "+".join(miss.keys) or "-",
            escape("; ".join(miss.signals)),
            _NEAR_MISS_OUTCOMES.get(miss.outcome, miss.outcome),
        )
    console.print(table)
    console.print(
        "A heading scores from its layout (style, bold, full-width or shaded cell), a section "
        "letter and its likeness to the section titles; 1.00 starts a section. To make a line "
        "count, add its words to a --sections-file, e.g. sections: {J: {titles: ['my budget']}}"
    )


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"


def _yn(value) -> str:
    return "-" if value is None else ("yes" if value else "[yellow]no[/yellow]")


def _short_name(path: str, width: int = 28) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1) :]


def print_scan(
    rows: Sequence[ScanLine],
    aggregate: Aggregate,
    found: FileSet,
    console: Console | None = None,
    top: int = 8,
) -> None:
    """The batch report: a summary panel, one row per plan, then the most frequent findings.
    Long only by the column declarations of its two tables."""
    import os

    from rich.panel import Panel

    console = console or Console(highlight=False)
    summary = aggregate.finish()
    lines = [
        f"Plans: {summary['plans']}   audited: {summary['audited']}   not EHCPs: "
        f"{summary['not_ehcp']}   unreadable: {summary['unreadable']}",
    ]
    if summary["audited"]:
        minutes, ages = aggregate.minutes.mean, aggregate.ages.mean
        lines.append(
            f"Mean words: {aggregate.words.mean or 0:,.0f}   mean read-aloud: "
            f"{minutes or 0:.0f} min   mean UK reading age: {ages or 0:.1f}"
        )
    outside = getattr(found, "skipped_outside", 0)
    if found.skipped_other + found.skipped_lock + found.skipped_ignored + outside:
        lines.append(
            f"Skipped: {found.skipped_other} not plan files, {found.skipped_lock} Word lock files, "
            f"{found.skipped_ignored} ignored by config"
            + (f", {outside} links outside the folder" if outside else "")
        )
    console.print(Panel("\n".join(lines), title="ehcp-audit", expand=False))

    names = [r.file for r in rows]
    root = os.path.commonpath([os.path.dirname(n) or "." for n in names]) if len(names) > 1 else ""
    if root:
        console.print(f"Files under {escape(root)}{os.sep}")

    def display(path: str) -> str:
        rel = os.path.relpath(path, root) if root else path
        return escape(_short_name(rel, 26))

    table = Table(expand=False, show_lines=False)
    table.add_column("File", overflow="fold", max_width=26)
    for name in ("Words", "Min", "Age", "1st"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("Asp", no_wrap=True)
    table.add_column("WW", no_wrap=True)
    table.add_column("SMART", justify="right", no_wrap=True)
    table.add_column("Qnt", justify="right", no_wrap=True)
    table.add_column("E", justify="right", no_wrap=True, style="red")
    table.add_column("W", justify="right", no_wrap=True, style="yellow")
    for r in rows:
        table.add_row(_scan_name(r, display(r.file)), *r.cells)
    console.print(table)
    console.print(
        "[dim]Min: minutes to read aloud; Age: UK reading age; 1st: Section A in the child's first person; "
        "Asp/WW: aspirations / what is working well; SMART: outcomes fully SMART; Qnt: provision "
        "quantified; E/W: errors / warnings[/dim]"
    )
    if aggregate.finding_pairs:
        top_table = Table(title="Most frequent findings", title_justify="left", expand=False)
        top_table.add_column("Code", no_wrap=True)
        top_table.add_column("Level", no_wrap=True)
        top_table.add_column("Count", justify="right")
        top_table.add_column("Plans", justify="right")
        for (code, level), n in aggregate.finding_pairs.most_common(top):
            top_table.add_row(code, level, str(n), str(aggregate.plans_with[code]))
        console.print(top_table)


class ScanLine(NamedTuple):
    """One plan's line of the scan table, kept compact: the file, its status, its cells."""

    file: str
    status: str
    cells: list[str]


def _scan_name(line: ScanLine, name: str) -> str:
    if line.status == "error":
        return f"{name} [red](unreadable)[/red]"
    if line.status == "not_ehcp":
        return f"{name} [yellow](not an EHCP)[/yellow]"
    return name


def scan_line(r: PlanRow) -> ScanLine:
    """The scan table's cells for one plan (all but the file name, shown relative at the end)."""
    blank = [""] * 9
    if r.status == "error":
        return ScanLine(r.file, r.status, ["-", *blank])
    words = f"{r.values['words']:,}"
    if r.status == "not_ehcp":
        return ScanLine(r.file, r.status, [words, *blank])
    v = r.values
    age, minutes_aloud = v.get("uk_reading_age"), v.get("reading_minutes_aloud")
    has_voice = v.get("a_sentences") is not None
    cells = [
        words,
        "-" if minutes_aloud is None else f"{minutes_aloud:.0f}",
        "-" if age is None else f"{age:.0f}",
        _pct(v.get("a_child_first_person_share")),
        _yn(v.get("a_has_aspirations")) if has_voice else "-",
        _yn(v.get("a_has_working_well")) if has_voice else "-",
        _pct(v.get("e_smart_share")),
        _pct(v.get("f_quantified_share")),
        str(r.counts[Level.error]),
        str(r.counts[Level.warning]),
    ]
    return ScanLine(r.file, r.status, cells)


def print_errors(unreadable: Sequence[tuple[str, str]], found: FileSet) -> None:
    """One line per file that could not be read, on standard error."""
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for file, cause in unreadable:
        err.print(f"[red]error:[/red] {escape(file)}: {escape(cause)}", markup=True)
    for path, cause in found.problems:
        err.print(f"[red]error:[/red] {escape(display_path(path))}: {escape(cause)}", markup=True)


def _mark(value) -> str:
    if value is None:
        return "[dim]?[/dim]"
    return "[green]✓[/green]" if value else "[red]✗[/red]"


_REASON_PREFIX = {
    "time": "T",
    "generic timeframe": "T generic",
    "measure": "M",
    "vague": "S vague",
    "observable": "S",
    "action": "S",
    "specific": "S",
    "absolute": "A",
    "relevant": "R",
    "provision, not an outcome": "provision",
}


def _short_reasons(reasons: list[str]) -> str:
    """'time: 'By July 2026'' -> 'T: By July 2026'; a reason that found nothing -> 'T: -'."""
    parts = []
    for reason in reasons:
        head, _, rest = reason.partition(":")
        rest = rest.strip()
        if head == "relevant":
            found = re.search(r"shares '([^']*)'", rest)
            rest = found.group(1) if found else "-"
        elif not rest.startswith("'"):
            rest = "-" if head != "specific" else "?"
        parts.append(f"{_REASON_PREFIX.get(head, head)}: {rest.strip(chr(39))}")
    return "; ".join(parts)


def _short_location(location: dict[str, int] | None) -> str:
    if not location:
        return ""
    if "table" in location:
        return f"t{location['table']} r{location.get('row')} c{location.get('cell')}"
    if "page" in location:
        return f"p.{location['page']}"
    return f"¶{location['paragraph']}" if "paragraph" in location else ""


_LEVEL_STYLE = {Level.error: "red", Level.warning: "yellow", Level.suggestion: "cyan"}
_VOICE_LABEL = {
    "child_first_person": "child 1st",
    "parent_first_person": "parent 1st",
    "other_first_person": "other 1st",
    "third_person": "3rd person",
}


def print_show(result: PlanResult, console: Console | None = None) -> None:
    """Everything the tool measured in one plan (terminal only: it shows plan text)."""

    console = console or Console(highlight=False)
    console.rule(escape(result.file))
    if result.status == "error":
        console.print(f"[red]Unreadable:[/red] {escape(result.error or '')}")
        return
    if result.status == "not_ehcp":
        console.print(
            f"[yellow]Not an EHCP[/yellow]: {len(result.sections)} statutory sections recognised"
        )
        return
    _show_metrics(result, console)
    if result.voice:
        _show_voice(result.voice, console)
    if result.outcomes:
        _show_outcomes(result, console)
    if result.provision:
        _show_provision(result, console)
    if result.thread:
        print_thread(result, console)
    _show_findings(result, console)


def _show_metrics(result: PlanResult, console: Console) -> None:
    """Length and reading level, then the sections found."""
    m = result.metrics
    metrics = Table(
        title="Length and reading level (prose only)", title_justify="left", expand=False
    )
    # Aloud/Silent: minutes; FK: Flesch-Kincaid grade; Age: UK reading age; Mean: words per
    # sentence; >25w: share of sentences over 25 words.
    for column in (
        "Words",
        "Aloud",
        "Silent",
        "Sent.",
        "Flesch",
        "FK",
        "Age",
        "SMOG",
        "Mean",
        ">25w",
    ):
        metrics.add_column(column, justify="right")

    def fmt(value, spec: str = "") -> str:
        return "-" if value is None else format(value, spec)

    metrics.add_row(
        f"{result.words:,}",
        fmt(m.get("reading_minutes_aloud")),
        fmt(m.get("reading_minutes_silent")),
        fmt(m.get("sentences")),
        fmt(m.get("flesch_reading_ease")),
        fmt(m.get("flesch_kincaid_grade")),
        fmt(m.get("uk_reading_age")),
        fmt(m.get("smog")) if m.get("smog") is not None else "[dim]too short[/dim]",
        fmt(m.get("mean_sentence_length")),
        fmt(m.get("long_sentence_share"), ".0%"),
    )
    console.print(metrics)
    console.print(
        "Sections: "
        + ", ".join(f"{k} ({s.words})" for k, s in result.sections.items())
        + (f"   missing: {', '.join(result.missing_sections)}" if result.missing_sections else "")
        + (f"   empty: {', '.join(result.empty_sections)}" if result.empty_sections else "")
    )


def _show_voice(voice: dict, console: Console) -> None:
    """Section A: the voice of each sub-question, then each labelled sentence."""
    table = Table(title="Section A: the child's voice", title_justify="left", expand=False)
    table.add_column("Sub-question", overflow="fold", max_width=34)
    table.add_column("Voice")
    table.add_column("Sent.", justify="right")
    table.add_column("1st person", justify="right")
    table.add_column("Child", justify="right")
    for q in voice["questions"]:
        table.add_row(
            escape(q["heading"]),
            q["voice"],
            str(q["sentences"]),
            str(q["first_person_sentences"]),
            str(q["child_first_person_sentences"]),
        )
    console.print(table)
    labelled = Table(
        title="Section A sentences: whose voice (role: whose sub-question)",
        title_justify="left",
        expand=True,
    )
    labelled.add_column("Label", no_wrap=True)
    labelled.add_column("Role", no_wrap=True)
    labelled.add_column("Sentence", overflow="fold", ratio=1)
    for q in voice["questions"]:
        for item in q.get("labelled_sentences", []):
            labelled.add_row(
                _VOICE_LABEL.get(item["label"], item["label"]),
                item.get("role", ""),
                escape(item["text"]),
            )
    if labelled.row_count:
        console.print(labelled)
    console.print(
        f"Child first-person share: {_pct(voice['child_first_person_share'])}   aspirations: "
        f"{_yn(voice['has_aspirations'])}   working well: {_yn(voice['has_working_well'])}   "
        f"says who completed: {_yn(voice['says_who_completed'])}"
    )


def _show_outcomes(result: PlanResult, console: Console) -> None:
    """Section E: each outcome and target with its SMART marks."""
    table = Table(title="Section E: outcomes and targets", title_justify="left", expand=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Outcome", overflow="fold", ratio=3)
    for letter in "SMART":
        table.add_column(letter, justify="center", no_wrap=True)
    table.add_column("Deciding words", overflow="fold", ratio=2)
    for o in result.outcomes:
        table.add_row(
            o["kind"],
            escape(o["text"]),
            _mark(o["specific"]),
            _mark(o["measurable"]),
            _mark(o["achievable"]),
            _mark(o["relevant"]),
            _mark(o["time_bound"]),
            escape(_short_reasons(o["reasons"])),
        )
    console.print(table)
    s = result.outcomes_summary
    pfa = s.get("pfa") or {}
    console.print(
        f"Outcomes: {s.get('outcomes')}  targets: {s.get('targets')}  fully SMART: {_pct(s.get('smart_share'))}"
        + (
            f"  Preparing for Adulthood missing: {', '.join(pfa['missing']) or 'none'}"
            if pfa.get("required")
            else ""
        )
    )


def _show_provision(result: PlanResult, console: Console) -> None:
    """Section F: each provision statement with its marks."""
    table = Table(title="Section F: provision", title_justify="left", expand=True)
    table.add_column("Provision", overflow="fold", ratio=3)
    table.add_column("Qty", justify="center", no_wrap=True)
    table.add_column("Who", justify="center", no_wrap=True)
    table.add_column("Group", overflow="fold")
    table.add_column("Vague", overflow="fold")
    for p in result.provision:
        table.add_row(
            escape(p["text"]),
            _mark(p["quantified"]),
            _mark(p["who_specified"]),
            escape(p["group_size"] or "-"),
            escape(", ".join(p["vague_terms"]) or "-"),
        )
    console.print(table)
    s = result.provision_summary
    hours = s.get("ta_hours_per_week")
    console.print(
        f"Quantified: {_pct(s.get('quantified_share'))}  names who: {_pct(s.get('who_share'))}"
        + (f"  TA hours a week (estimate): {hours}" if hours is not None else "")
    )


def _show_findings(result: PlanResult, console: Console) -> None:
    """The findings with their places."""
    table = Table(title=f"Findings ({len(result.findings)})", title_justify="left", expand=True)
    table.add_column("Code", no_wrap=True)
    table.add_column("Where", overflow="fold", max_width=30)
    table.add_column("Message", overflow="fold", ratio=1)
    for f in result.findings:
        where = f.place or ", ".join(
            p for p in (f"Sect. {f.section}" if f.section else "", _short_location(f.location)) if p
        )
        message = escape(f.message) + (f" [dim]({escape(f.match)})[/dim]" if f.match else "")
        style = _LEVEL_STYLE.get(f.level, "")
        table.add_row(f"[{style}]{f.code}[/{style}]", escape(where), message)
    console.print(table)


def print_thread(result: PlanResult, console: Console) -> None:
    """The golden thread as a table per area of need: counts, then each unlinked item with the
    closest words (terminal only: it shows plan text)."""
    from ehcp_audit.checks._statutory import short

    thread = result.thread
    table = Table(
        title="Golden thread: B needs - F provision - E outcomes, per area",
        title_justify="left",
        expand=True,
    )
    table.add_column("Area", overflow="fold", max_width=28)
    table.add_column("Needs", justify="right")
    table.add_column("Outcomes", justify="right")
    table.add_column("Provision", justify="right")
    table.add_column("Not linked (closest words)", overflow="fold", ratio=3)
    for area in thread.get("areas", {}).values():
        gaps = []
        for label, field in (
            ("need without provision", "needs_without_provision"),
            ("outcome without provision", "outcomes_without_provision"),
            ("provision without need", "provision_without_need"),
        ):
            for item in area.get(field, []):
                words = ", ".join(item.get("words") or [])
                note = f" [dim](unsure: {escape(words)})[/dim]" if item.get("unsure") else ""
                gaps.append(
                    f"[yellow]{label}[/yellow]: {escape(short(item.get('text', ''), 12))}{note}"
                )
        name = area["label"] + (
            " [dim](no needs identified)[/dim]" if area.get("none_identified") else ""
        )
        table.add_row(
            name,
            str(area["needs"]),
            str(area["outcomes"]),
            str(area["provision"]),
            "\n".join(gaps) or "[green]all linked[/green]",
        )
    console.print(table)
    s = thread.get("summary", {})
    console.print(
        f"Needs with provision: {_pct(s.get('needs_with_provision_share'))}  outcomes with provision: "
        f"{_pct(s.get('outcomes_with_provision_share'))}  provision meeting a need: "
        f"{_pct(s.get('provision_with_need_share'))}"
        + ("  (links from the template's rows)" if s.get("row_linked") else "")
    )
    grades = result.grades
    if grades:
        plan = grades.get("plan") or {}
        parts = [f"{k} {v['grade'] or '-'}" for k, v in grades.get("sections", {}).items()]
        console.print(
            f"QA grade ({escape(str(grades.get('framework')))}, a screening aid): "
            f"[bold]{plan.get('grade') or '-'}[/bold]   " + "  ".join(parts)
        )
