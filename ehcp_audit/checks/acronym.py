"""H-ACRONYM: an acronym used but never spelled out."""

from collections.abc import Iterator

from ehcp_audit.measures.hygiene import acronyms
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    allowed = set(rule.option("allow", []) or [])
    for hit in acronyms(ctx.analysed):
        if hit.match in allowed:
            continue
        section = None if hit.section == "front" else hit.section
        yield rule.finding(
            f"'{hit.match}' is never spelled out",
            section=section,
            match=hit.match,
            location=hit.location.to_dict(),
        )
