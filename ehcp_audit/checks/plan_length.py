"""R-LENGTH: the plan takes longer to read aloud than ``max_minutes_aloud``."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    minutes = ctx.result.metrics.get("reading_minutes_aloud")
    limit = rule.option("max_minutes_aloud", 50)
    if minutes is not None and minutes > limit:
        yield rule.finding(
            f"The plan is {ctx.result.words} words: about {minutes:.0f} minutes to read aloud "
            f"at {ctx.settings.aloud_wpm:.0f} words a minute (limit {limit})"
        )
