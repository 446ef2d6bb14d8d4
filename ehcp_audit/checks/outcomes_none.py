"""E-NONE: Section E is there but holds no outcome or target the tool could find."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    section = ctx.result.sections.get("E")
    if section is not None and not section.empty and not ctx.result.outcomes:
        yield rule.finding("No outcome or target was found in Section E", location=section.location)
