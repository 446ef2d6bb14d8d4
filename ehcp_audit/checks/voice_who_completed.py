"""A-WHO-COMPLETED: Section A does not say who wrote it or whose words it quotes."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    voice = ctx.result.voice
    if voice is not None and voice["sentences"] and not voice["says_who_completed"]:
        yield rule.finding(
            "Section A does not say who completed it or whether the child is quoted directly",
            location=ctx.result.sections["A"].location,
        )
