"""D-OUTCOME-DATE-PAST: an outcome's own deadline is earlier than the plan's date."""

from collections.abc import Iterator

from ehcp_audit.checks._statutory import match
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    dates = ctx.result.dates or {}
    for item in dates.get("outcomes_dated_before_plan", []):
        yield rule.finding(
            f"Outcome is due by {item['date']}, before the plan's date {dates.get('plan_date')}: "
            "carried over from an earlier plan?",
            section="E",
            match=match(item),
            location=item.get("location"),
        )
