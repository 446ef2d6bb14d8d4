"""R-READING-AGE: the prose needs a UK reading age above ``max_reading_age``."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    age = ctx.result.metrics.get("uk_reading_age")
    limit = rule.option("max_reading_age", 15)
    if age is not None and age > limit:
        yield rule.finding(
            f"The plan's prose needs a reading age of about {age:.0f} (limit {limit})"
        )
