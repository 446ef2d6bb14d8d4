"""S-MISSING: a statutory section has no heading the splitter could find."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    for key in ctx.result.missing_sections:
        yield rule.finding(f"Section {key} is missing: no heading for it was found", section=key)
