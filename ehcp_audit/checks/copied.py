"""X-COPIED: text also found in other children's plans of the same scan.

A batch rule: no single plan can show it, so nothing is checked per plan. Each worker packs the
plan's passages as hashes and MinHash sketches (:mod:`ehcp_audit.compare.passages`, with this
rule's ``min_words``); once every plan is audited the cross-plan pass
(:mod:`ehcp_audit.compare.crossplan`, run by :mod:`ehcp_audit.engine.crossplan_stage`) finds the
passages several plans share and reports them at this rule's level, with its options.

PASS: "Sam enjoys building models ..." in one plan, a different sentence in the other.
FAIL: the same sentence in both plans, the child's name aside.
"""

from __future__ import annotations

from collections.abc import Iterator

from ehcp_audit.result import Finding


def check(ctx, rule) -> Iterator[Finding]:
    """Per plan there is nothing to find: the cross-plan pass reports this rule."""
    return iter(())
