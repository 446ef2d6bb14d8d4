"""E-PROVISION-AS-OUTCOME: an outcome describes a service, not a difference for the child."""

from collections.abc import Iterator

from ehcp_audit.checks._items import each, outcomes
from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    yield from each(
        outcomes(ctx),
        rule,
        "E",
        lambda o: o.provision_as_outcome,
        lambda o: (
            f"{o.kind_label} describes a service the child will receive: move it to Section F"
        ),
        lambda o: o.provision_word,
    )
