"""H-DEFICIT: Section A or B describes the child only by deficits."""

from collections.abc import Iterator

from ehcp_audit.measures.hygiene import deficit_only
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for hit in deficit_only(ctx.analysed):
        yield rule.finding(
            f"Section {hit.section} describes the child only by what they cannot do",
            section=hit.section,
            match=hit.match,
            location=hit.location.to_dict(),
        )
