"""R-LONG-SENTENCES: too many sentences over 25 words in a section."""

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    limit = rule.option("max_share", 0.25)
    for key, figures in ctx.result.section_metrics.items():
        share = figures.get("long_sentence_share")
        if (
            figures.get("sentences", 0) >= rule.option("min_sentences", 4)
            and share
            and share > limit
        ):
            yield rule.finding(
                f"{share:.0%} of Section {key}'s sentences run over 25 words (limit {limit:.0%})",
                section=key,
                location=ctx.result.sections[key].location,
            )
