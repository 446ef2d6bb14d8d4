"""G-NEED-IN-F: a statement in Section F that describes a need, not provision."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import match
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for item in (ctx.result.placement or {}).get("needs_as_provision", []):
        yield rule.finding(
            "This statement in F describes a need, not the provision that meets it",
            section="F",
            match=match(item),
            location=item.get("location"),
        )
