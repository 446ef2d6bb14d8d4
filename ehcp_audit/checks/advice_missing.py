"""K-ADVICE-MISSING: a type of advice SEND Regulations 2014 reg. 6(1) requires is not listed
in Section K."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    advice = ctx.result.advice or {}
    section = ctx.result.sections.get("K")
    if not advice or section is None or section.empty:
        return
    for item in advice.get("missing", []):
        yield rule.finding(
            f"Section K lists no {item['label']}",
            section="K",
            location=section.location,
        )
