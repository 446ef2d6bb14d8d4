"""D-YEAR-GROUP-AGE: the year group stated does not fit the child's date of birth."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    dates = ctx.result.dates or {}
    expected, stated = dates.get("expected_year_group"), dates.get("year_group")
    if expected is None or stated is None:
        return
    if abs(expected - stated) >= int(rule.option("min_difference", 2)):
        yield rule.finding(
            f"Year group {stated} does not fit the date of birth (Year {expected} expected for "
            f"the plan's date): check the details, or say if the child is taught out of year group",
        )
