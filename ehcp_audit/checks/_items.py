"""Shared helpers for checks that report on Section E outcomes or Section F statements.

Checks read the typed records' fields (:mod:`ehcp_audit.measures.records`), never a message.
"""

from collections.abc import Callable, Iterator
from typing import TypeVar

from ehcp_audit.measures.records import OutcomeRecord, ProvisionRecord
from ehcp_audit.result import Finding

_R = TypeVar("_R", OutcomeRecord, ProvisionRecord)


def outcomes(ctx) -> list[OutcomeRecord]:
    return [OutcomeRecord.from_dict(o) for o in ctx.result.outcomes]


def provision(ctx) -> list[ProvisionRecord]:
    return [ProvisionRecord.from_dict(p) for p in ctx.result.provision]


def each(
    records: list[_R],
    rule,
    section: str,
    failed: Callable[[_R], bool],
    message: Callable[[_R], str],
    match: Callable[[_R], str | None] = lambda record: record.text,
) -> Iterator[Finding]:
    for record in records:
        if failed(record):
            yield rule.finding(
                message(record), section=section, match=match(record), location=record.location
            )
