"""H-OTHER-NAME: a name that may belong to another child's plan."""

from collections.abc import Iterator

from ehcp_audit.measures.hygiene import other_names
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for hit in other_names(ctx.analysed):
        yield rule.finding(
            "A person named as the subject of a sentence is not the child or anyone else named "
            "in the plan: check it was not pasted from another child's plan",
            section=hit.section,
            match=hit.match,
            location=hit.location.to_dict(),
        )
