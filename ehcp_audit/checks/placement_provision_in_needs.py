"""G-PROVISION-IN-B: provision (who, how often) written into Section B instead of F."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import match
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for item in (ctx.result.placement or {}).get("provision_in_needs", []):
        yield rule.finding(
            "Section B describes provision (who does what, how often): move it to F and say "
            "here what the need is",
            section="B",
            match=match(item),
            location=item["location"],
        )
