"""The local executor: worker processes with a per-file deadline and a memory cap.

Each worker is a process that loads spaCy once and audits one file at a time. The parent hands
out files, streams results back as they finish, and enforces ``--timeout``: a worker that runs
past it is killed and replaced, and the file is reported as timed out. A worker that dies (out of
memory, a crash inside a C library) is replaced too, and only its file is lost. Each worker's
address space is capped (``memory_limit``) so one hostile file cannot take the machine down.

Files are handed out no further than ``window`` tasks ahead of the oldest one still running, so
the caller, which puts results back in order, never holds more than ``window`` of them.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ehcp_audit.config import Settings
from ehcp_audit.engine.cache import hash_file
from ehcp_audit.result import PlanResult

DEFAULT_MEMORY_LIMIT = 3 * 1024**3  # bytes of address space per worker

Task = tuple[int, str, "str | None"]  # (index in the batch, path, sha256 if known)


def _memory_message(memory_limit: int | None) -> str:
    if memory_limit:
        return (
            f"ran out of memory: over the {memory_limit // 2**20} MB worker limit (--memory-limit)"
        )
    return "ran out of memory reading this file"


def _worker_main(conn: Connection, settings: Settings, memory_limit: int | None) -> None:
    if memory_limit:
        with contextlib.suppress(ValueError, OSError, ImportError):
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    from ehcp_audit.audit import audit_file

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, digest = task
        try:
            result = audit_file(Path(path), settings, digest)
        except MemoryError:
            result = PlanResult(file=path, status="error", error=_memory_message(memory_limit))
        except Exception as exc:  # never let one file end the worker without an answer
            cause = f"internal error ({type(exc).__name__})"
            if memory_limit:
                cause += f"; the worker memory limit ({memory_limit // 2**20} MB) may be too low"
            result = PlanResult(file=path, status="error", error=cause)
        try:
            conn.send((index, result.to_dict()))
        except (OSError, ValueError):
            return


_frozen = False


def _freeze_model() -> None:
    """Leave what is loaded so far (the model, which lives as long as the process) out of
    garbage collection, once per process: it spares the workers' collections (and their
    copy-on-write pages) and the main process's, which reads the results back after the
    cross-plan pass. Later scans of a library caller's process freeze nothing more."""
    global _frozen
    if not _frozen:
        gc.collect()  # what is garbage now would otherwise be kept for good
        gc.freeze()
        _frozen = True


@dataclass
class _Worker:
    process: mp.Process
    conn: Connection
    task: Task | None = None
    position: int = -1  # the task's position in the task list
    started: float = 0.0


class LocalPool:
    """Worker processes with a per-file deadline; results are yielded as they complete."""

    def __init__(
        self,
        workers: int,
        settings: Settings,
        timeout: float,
        memory_limit: int | None,
        window: int | None = None,
    ) -> None:
        self.size = max(1, workers)
        self.settings = settings
        self.timeout = timeout
        self.memory_limit = memory_limit
        self.window = max(window or 4 * self.size, self.size)
        methods = mp.get_all_start_methods()
        self.context = mp.get_context("fork" if "fork" in methods else "spawn")
        self.workers: list[_Worker] = []
        self.tasks: Sequence[Task] = ()
        self.next_position = 0

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(child, self.settings, self.memory_limit), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[int, PlanResult]]:
        if not tasks:
            return
        if self.context.get_start_method() == "fork" and min(self.size, len(tasks)) > 1:
            # Load the model once before forking so workers share its pages copy-on-write.
            with contextlib.suppress(Exception):
                from ehcp_audit.audit import warm_up

                warm_up(self.settings)
            _freeze_model()
        self.tasks, self.next_position = tasks, 0
        self.workers = [self._spawn() for _ in range(min(self.size, len(tasks)))]
        try:
            self._assign_idle()
            while any(w.task for w in self.workers):
                yield from self._collect()
                self._assign_idle()
        finally:
            self.close()

    def _collect(self) -> Iterator[tuple[int, PlanResult]]:
        """Wait for the next answers (or the next deadline) and yield what came back."""
        busy = [w for w in self.workers if w.task]
        deadline = min(w.started for w in busy) + self.timeout
        ready = wait([w.conn for w in busy], timeout=max(0.05, deadline - time.monotonic()))
        now = time.monotonic()
        for worker in busy:
            if worker.conn in ready:
                try:
                    index, data = worker.conn.recv()
                except (EOFError, OSError):
                    yield self._lost(
                        worker,
                        "the worker process stopped while reading it (out of memory or a crash)",
                    )
                    self._replace(worker)
                    continue
                worker.task = None
                yield index, PlanResult.from_dict(data)
            elif now - worker.started > self.timeout:
                yield self._lost(worker, f"timed out after {self.timeout:g} s")
                self._replace(worker)

    def _may_start(self) -> bool:
        if self.next_position >= len(self.tasks):
            return False
        running = [w.position for w in self.workers if w.task]
        oldest = min(running) if running else self.next_position
        return self.next_position < oldest + self.window

    def _assign_idle(self) -> None:
        for worker in self.workers:
            if worker.task is None and self._may_start():
                worker.task = self.tasks[self.next_position]
                worker.position = self.next_position
                self.next_position += 1
                worker.started = time.monotonic()
                worker.conn.send(worker.task)

    def _lost(self, worker: _Worker, cause: str) -> tuple[int, PlanResult]:
        assert worker.task is not None
        index, path, digest = worker.task
        worker.task = None
        return index, PlanResult(
            file=path, status="error", error=cause, sha256=digest or hash_file(Path(path))
        )

    def _replace(self, worker: _Worker) -> None:
        with contextlib.suppress(Exception):
            worker.process.kill()
            worker.process.join(5)
        with contextlib.suppress(Exception):
            worker.conn.close()
        if self.next_position < len(self.tasks):
            self.workers[self.workers.index(worker)] = self._spawn()
        else:
            self.workers.remove(worker)

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(Exception):
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2)
            with contextlib.suppress(Exception):
                worker.conn.close()
        self.workers = []
