"""A-VOICE-NONE: Section A has no statement in the child's own words."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    voice = ctx.result.voice
    if voice and voice["sentences"] and not voice["has_child_first_person"]:
        yield rule.finding(
            "Section A has no statement in the child's own words: "
            f"all {voice['sentences']} sentences are third person or another person's",
            location=ctx.result.sections["A"].location,
        )
