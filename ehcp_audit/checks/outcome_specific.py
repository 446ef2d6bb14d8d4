"""E-SMART-SPECIFIC: an outcome names a vague change rather than something the child will do."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, outcomes
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        outcomes(ctx),
        rule,
        "E",
        lambda o: o.specific is False,
        lambda o: (
            f"{o.kind_label} is not specific: it names a vague change, not what the child will do"
        ),
        lambda o: o.vague_word or None,
    )
