"""S-EMPTY: a section has a heading but nothing under it, or only "To be completed"."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for key in ctx.result.empty_sections:
        section = ctx.result.sections[key]
        what = "nothing under its heading" if section.words == 0 else "only placeholder text"
        yield rule.finding(
            f"Section {key} is empty: {what}", section=key, location=section.location
        )
