"""G-H1-SERVICES-IN-H2: a service under s2 of the Chronically Sick and Disabled Persons Act
1970 (practical help at home, adaptations, travel, recreation) written in H2, not H1."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import match
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for item in (ctx.result.placement or {}).get("s2_services_in_h2", []):
        yield rule.finding(
            f"'{item['service']}' reads as a service under s2 CSDPA 1970, which belongs in H1, "
            "not H2 (check the social care assessment)",
            section="H2",
            match=match(item),
            location=item["location"],
        )
