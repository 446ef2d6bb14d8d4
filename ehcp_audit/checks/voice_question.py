"""A-VOICE-QUESTION: a sub-question meant for the child has no first-person statement from them."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    voice = ctx.result.voice
    if not voice or not voice["has_child_first_person"]:
        return  # A-VOICE-NONE already says it for the whole section
    for question in voice["questions"]:
        if (
            question["voice"] == "child"
            and question["sentences"]
            and not question["child_first_person"]
        ):
            yield rule.finding(
                f"A sub-question for the child has {question['sentences']} sentence(s), none in the child's own words",
                match=question["heading"],
                location=question["location"],
            )
