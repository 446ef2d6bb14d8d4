"""T-PROVISION-NO-NEED: a provision statement in Section F that meets no need in Section B."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import area_name, closest, match
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    thread = ctx.result.thread or {}
    if not thread.get("needs"):
        return
    for item in thread.get("provision", []):
        if not item["needs"] and item.get("specific", True):
            yield rule.finding(
                f"Provision ({area_name(item['area'])}) meets no need described in B"
                + closest(item, "needs"),
                section="F",
                match=match(item),
                location=item["location"],
            )
