"""E-RELEVANT: an outcome shares no content word with Section B's needs or Section A."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, outcomes
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        outcomes(ctx),
        rule,
        "E",
        lambda o: o.relevant is False,
        lambda o: (
            f"{o.kind_label} does not relate to any need in Section B or aspiration in Section A"
        ),
        lambda o: o.excerpt,
    )
