"""S-WEAK-HEADING: a section was found under a heading the splitter is unsure of.

A suggestion rather than an error: the section is there (so S-MISSING stays silent), but its
heading names no letter or is set unlike the plan's other section headings, so where the section
starts and ends may be wrong.
"""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    floor = float(rule.option("min_confidence", 0.7))
    for key, section in ctx.result.sections.items():
        if section.confidence is None or section.confidence >= floor:
            continue
        yield rule.finding(
            f"Section {key} was found under a heading the tool is unsure of "
            f"(confidence {section.confidence:.0%}); check where it starts and ends",
            section=key,
            location=section.location,
        )
