"""E-COUNT: the number of outcomes is outside the expected range."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    summary = ctx.result.outcomes_summary
    if "E" not in ctx.result.sections or not summary.get("statements"):
        return
    count = summary["outcomes"] or summary["statements"]
    low, high = rule.option("min", 3), rule.option("max", 10)
    if count < low or count > high:
        yield rule.finding(
            f"Section E has {count} outcome(s); {low}-{high} expected",
            location=ctx.result.sections["E"].location,
        )
