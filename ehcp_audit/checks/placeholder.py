"""H-PLACEHOLDER: template text left in the plan."""

from collections.abc import Iterator

from ehcp_audit.measures.hygiene import placeholders
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for hit in placeholders(ctx.analysed):
        section = None if hit.section == "front" else hit.section
        where = f"Section {section}" if section else "the front matter"
        yield rule.finding(
            f"Template leftover in {where}",
            section=section,
            match=hit.match,
            location=hit.location.to_dict(),
        )
