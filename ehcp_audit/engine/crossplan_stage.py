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

import contextlib
import hashlib
import json
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from ehcp_audit.config import Settings
from ehcp_audit.result import Finding, PlanResult

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
        self.cache: Any = None  # the scan's ResultCache: an unchanged batch reuses its pass

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
        from ehcp_audit.postprocess import ignored_codes

        with tempfile.TemporaryFile("w+b") as spill:
            stand_ins: list[tuple[PlanResult, list[int]]] = []
            unpacked: dict[str, Any] = {}
            batch = hashlib.sha256()
            for result in results:
                stand_ins.append(self._stand_in(result, unpacked))
                batch.update(f"{result.file}\0{result.sha256}\0{result.status}\n".encode())
                result.passages = ""
                pickle.dump(result, spill, protocol=pickle.HIGHEST_PROTOCOL)
            record = _PassRecord(self._record_path(batch.hexdigest()), len(stand_ins))
            outcome = None
            summary = record.summary()
            if summary is None:
                outcome = self._pass(stand_ins, unpacked)
                summary = outcome.summary
                record.start(summary)
            self.summary = summary
            if self.on_summary is not None:
                self.on_summary(summary)
            spill.seek(0)
            try:
                for stand_in, named in stand_ins:
                    result = pickle.load(spill)  # our own results, written just above
                    kept = record.next_plan() if outcome is None else None
                    if kept is None and outcome is None:  # a damaged record: run the pass now
                        outcome = self._pass(stand_ins, unpacked)
                    if kept is None:
                        findings, figures = outcome.for_file(result.file)
                        messages = [f.message for f in stand_in.findings]
                        record.add_plan(findings, figures, messages)
                    else:
                        findings, figures, messages = kept
                    for index, message in zip(named, messages, strict=True):
                        result.findings[index].message = message
                    result.findings.extend(findings)
                    result.cross_plan = dict(figures) if figures else {}
                    if self.settings.per_file_ignores:  # the workers applied them to their own
                        ignored = ignored_codes(result.file, self.settings)
                        result.findings = [f for f in result.findings if f.code not in ignored]
                    yield result
                record.finish()
            finally:
                record.close()

    def _pass(self, stand_ins, unpacked):
        from ehcp_audit.compare.crossplan import cross_plan_pass
        from ehcp_audit.compare.passages import copy_rule

        return cross_plan_pass(
            [s for s, _ in stand_ins],
            self.template,
            self.include_text,
            unpacked,
            copy_rule(self.settings),
        )

    def _record_path(self, batch_key: str) -> Path | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(
            f"{self.cache.salt}:{batch_key}:{self.include_text}:{self.template or ''}".encode()
        ).hexdigest()
        return Path(self.cache.folder) / "batches" / f"{key}.jsonl"


class _PassRecord:
    """A finished pass kept beside the result cache: the summary, then the X-COPIED findings,
    figures and H-OTHER-NAME messages of every plan, one JSON line each. A rerun over the same
    files with the same contents and settings reads it instead of running the pass, plan by
    plan, so it is never held whole; it is published atomically once every plan's line is
    written."""

    def __init__(self, path: Path | None, plans: int) -> None:
        self.path = path
        self.plans = plans
        self.reading: Any = None
        self.writing: Any = None

    def summary(self) -> dict[str, Any] | None:
        """The kept summary, or None (nothing kept, or kept for another batch)."""
        if self.path is None:
            return None
        try:
            self.reading = self.path.open(encoding="utf-8")
            head = json.loads(self.reading.readline())
        except (OSError, ValueError):
            self.close()
            return None
        if not isinstance(head, dict) or head.get("plans") != self.plans:
            self.close()
            return None
        return head.get("summary")

    def next_plan(self) -> tuple[list[Finding], dict[str, Any], list[str]] | None:
        if self.reading is None:
            return None
        try:
            entry = json.loads(self.reading.readline())
            findings = [Finding(**f) for f in entry["findings"]]
            return findings, entry["figures"], list(entry["messages"])
        except (OSError, ValueError, TypeError, KeyError):
            self.close()
            return None

    def start(self, summary: dict[str, Any]) -> None:
        """Begin keeping this run's pass (after a miss)."""
        if self.path is None:
            return
        from ehcp_audit.engine.atomic import AtomicFile

        try:
            self.writing = AtomicFile(self.path)
            self.writing.write(json.dumps({"plans": self.plans, "summary": summary}) + "\n")
        except OSError:
            self.close()

    def add_plan(self, findings: list[Finding], figures: dict[str, Any], messages) -> None:
        if self.writing is not None:
            entry = {"findings": [asdict(f) for f in findings], "figures": figures}
            self.writing.write(json.dumps({**entry, "messages": list(messages)}) + "\n")

    def finish(self) -> None:
        if self.writing is not None:
            with contextlib.suppress(OSError):
                self.writing.commit()
            self.writing = None

    def close(self) -> None:
        if self.reading is not None:
            self.reading.close()
        if self.writing is not None:
            self.writing.abort()  # the scan stopped early: nothing is published
        self.reading = self.writing = None
