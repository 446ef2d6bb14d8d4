"""D-REVIEW-DUE: the plan's review fell due before the plan's own date (or --as-of)."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    dates = ctx.result.dates or {}
    if dates.get("review_overdue"):
        against = "the --as-of date" if dates.get("reference") == "as_of" else "the plan's date"
        yield rule.finding(
            f"Review was due by {dates['review_due']} ({dates.get('review_months', 12)} months "
            f"after the last review or issue) but {against} is {dates['reference_date']}",
        )
