"""I-NO-SETTING: a plan not marked draft names no school, setting or type in Section I."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    placement = ctx.result.placement or {}
    setting = placement.get("setting")
    if placement.get("status") == "draft" or not setting:
        return  # a draft must leave I blank; a missing I is S-MISSING
    if not setting["named"] and not setting["type"]:
        section = ctx.result.sections.get("I")
        yield rule.finding(
            "Section I of a final plan names no school or setting and no type of setting",
            section="I",
            location=section.location if section else None,
        )
