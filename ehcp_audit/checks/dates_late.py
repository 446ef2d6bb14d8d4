"""D-LATE-20-WEEKS: the final plan was issued more than 20 weeks after the request for
assessment (SEND Regulations 2014 reg. 13)."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    dates = ctx.result.dates or {}
    weeks = dates.get("weeks_to_issue")
    if weeks is not None and dates.get("within_20_weeks") is False:
        found = dates.get("found", {})
        yield rule.finding(
            f"Issued {weeks:g} weeks after the request for assessment "
            f"({found.get('request')} to {found.get('issue')}); the limit is 20 weeks",
        )
