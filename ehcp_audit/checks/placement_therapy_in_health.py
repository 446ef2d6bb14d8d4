"""G-THERAPY-IN-HEALTH: therapy that educates or trains (speech and language therapy,
occupational therapy, physiotherapy tied to school) written in Section G, not F."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import match
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for item in (ctx.result.placement or {}).get("therapy_in_health", []):
        yield rule.finding(
            f"{item['therapy']} delivered to the child is set out in G: therapy that educates or "
            "trains is special educational provision and belongs in F",
            section="G",
            match=match(item),
            location=item["location"],
        )
