"""The cross-plan copy pass (issue 11) between the batch and the reports, in bounded memory.

The pass (:mod:`ehcp_audit.compare.crossplan`) needs every plan's passages before any plan's
findings are final. Holding every result until then would make the main process grow with the
batch, so the results are spilled one by one to an anonymous temporary file (it vanishes with
the process; it holds what the cache holds, less the passages), and the pass runs over light
stand-ins that keep only what it reads: the file, the status, the child's name key and the
H-OTHER-NAME findings (and, with ``--include-text``, the texts its summary quotes), with each
plan's passages unpacked into a record array as it arrives (152 bytes a passage). The results
are then read back in order, given the pass's findings, figures and messages, and streamed to
the outputs; a plan's X-COPIED findings are made only as it is read back."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from ehcp_audit.config import Settings
from ehcp_audit.result import PlanResult

_OTHER_NAME = "H-OTHER-NAME"


def without_pass(results: Iterable[PlanResult]) -> Iterator[PlanResult]:
    """The results as they are when the pass is off: no packed passages, no figures."""
    for result in results:
        result.passages = ""
        result.cross_plan = {}
        yield result


class CrossPlanStage:
    """``run(results)`` yields the same results, in order, once the pass has seen them all."""

    def __init__(
        self,
        settings: Settings,
        template: str | None,
        include_text: bool,
        on_summary: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.settings = settings
        self.template = template
        self.include_text = include_text
        self.on_summary = on_summary
        self.summary: dict[str, Any] | None = None

    def _stand_in(
        self, result: PlanResult, unpacked: dict[str, Any]
    ) -> tuple[PlanResult, list[int]]:
        from ehcp_audit.compare.passages import unpack

        named = [i for i, f in enumerate(result.findings) if f.code == _OTHER_NAME and f.match]
        if result.status == "audited" and result.passages:
            unpacked[result.file] = unpack(result.passages)  # while the workers still work
        stand_in = PlanResult(
            file=result.file,
            status=result.status,
            cross_plan={"child_key": result.cross_plan.get("child_key")},
            findings=[replace(result.findings[i]) for i in named],
        )
        if self.include_text:  # the summary quotes the most copied passages
            stand_in.outcomes, stand_in.provision = result.outcomes, result.provision
            stand_in.sections = result.sections
        return stand_in, named

    def run(self, results: Iterable[PlanResult]) -> Iterator[PlanResult]:
        from ehcp_audit.compare.crossplan import cross_plan_pass
        from ehcp_audit.compare.passages import copy_rule
        from ehcp_audit.postprocess import ignored_codes

        with tempfile.TemporaryFile("w+b") as spill:
            stand_ins: list[tuple[PlanResult, list[int]]] = []
            unpacked: dict[str, Any] = {}
            for result in results:
                stand_ins.append(self._stand_in(result, unpacked))
                result.passages = ""
                pickle.dump(result, spill, protocol=pickle.HIGHEST_PROTOCOL)
            outcome = cross_plan_pass(
                [s for s, _ in stand_ins],
                self.template,
                self.include_text,
                unpacked,
                copy_rule(self.settings),
            )
            self.summary = outcome.summary
            if self.on_summary is not None:
                self.on_summary(outcome.summary)
            spill.seek(0)
            for stand_in, named in stand_ins:
                result = pickle.load(spill)  # our own results, written just above
                for index, finding in zip(named, stand_in.findings, strict=True):
                    result.findings[index].message = finding.message
                findings, figures = outcome.for_file(result.file)
                result.findings.extend(findings)
                result.cross_plan = dict(figures) if figures else {}
                if self.settings.per_file_ignores:  # the workers applied them to their own
                    ignored = ignored_codes(result.file, self.settings)
                    result.findings = [f for f in result.findings if f.code not in ignored]
                yield result
