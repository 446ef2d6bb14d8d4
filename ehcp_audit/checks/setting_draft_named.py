"""I-DRAFT-NAMES-SETTING: a plan marked draft names a school or type of setting in Section I
(CoP 9.77: the draft must leave it out)."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    placement = ctx.result.placement or {}
    setting = placement.get("setting")
    if placement.get("status") != "draft" or not setting:
        return
    if setting.get("withheld") or setting.get("preference"):
        return  # "completed in the final plan"; the schools the parents asked for
    if setting["named"] or setting["type"]:
        what = "a school or setting" if setting["named"] else "a type of setting"
        section = ctx.result.sections.get("I")
        yield rule.finding(
            f"The plan is marked draft but Section I names {what}",
            section="I",
            match=setting["name"] or setting["type"],
            location=section.location if section else None,
        )
