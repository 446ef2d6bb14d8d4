"""``--csv FILE`` (one row per plan, figures only) and ``--findings-csv FILE`` (one row per
finding; the matched words only with ``--include-text``).

The columns are declared once, in :data:`ehcp_audit.report.view.PLAN_COLUMNS` (the README's column
dictionary is generated from it). Empty cells mean "not measured" (for example no Section E). The
scan streams these row by row (:mod:`ehcp_audit.report.outputs`); the functions here render a
batch held in memory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ehcp_audit.report.view import (
    FINDING_COLUMNS,
    PLAN_COLUMNS,
    column_values,
    location_text,
)
from ehcp_audit.result import PlanResult

__all__ = [
    "FINDING_COLUMNS",
    "PLAN_COLUMNS",
    "findings_csv",
    "load_plans_csv",
    "location_text",
    "plans_csv",
]


def plans_csv(results: Iterable[PlanResult]) -> str:
    from ehcp_audit.report.outputs import csv_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([column.name for column in PLAN_COLUMNS])
    for result in results:
        values = column_values(result)
        writer.writerow([csv_cell(values[column.name]) for column in PLAN_COLUMNS])
    return out.getvalue()


def findings_csv(results: Iterable[PlanResult], include_text: bool = False) -> str:
    from ehcp_audit.report.outputs import finding_cells

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FINDING_COLUMNS)
    for result in results:
        for f in result.findings:
            writer.writerow(finding_cells(result, f, include_text))
    return out.getvalue()


def load_plans_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))
