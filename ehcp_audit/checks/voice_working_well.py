"""A-WORKING-WELL: Section A does not say what is working well."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    voice = ctx.result.voice
    if voice is not None and not voice["has_working_well"]:
        yield rule.finding(
            "Section A does not say what is working well for the child",
            location=ctx.result.sections["A"].location,
        )
