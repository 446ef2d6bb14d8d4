"""A-ASPIRATIONS: Section A makes no reference to the child's hopes and aspirations."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    voice = ctx.result.voice
    if voice is not None and not voice["has_aspirations"]:
        yield rule.finding(
            "Section A makes no reference to the child's hopes and aspirations",
            location=ctx.result.sections["A"].location,
        )
