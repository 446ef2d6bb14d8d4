"""A batch: cache look-ups, an executor for the rest, and the results put back in file order.

:func:`iter_batch` yields one result per file, in the order of the files, as soon as the results
before it are in. The executors hand out work a bounded window ahead of the oldest unfinished
file, and cache hits are read only when their turn comes, so the main process holds a few
results at a time whatever the size of the batch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ehcp_audit.config import Settings
from ehcp_audit.engine.cache import ResultCache, hash_file
from ehcp_audit.engine.local import DEFAULT_MEMORY_LIMIT, LocalPool, Task
from ehcp_audit.files import display_path
from ehcp_audit.result import PlanResult


def _plan_tasks(
    files: Sequence[Path], cache: ResultCache | None
) -> tuple[list[Task], dict[int, str]]:
    """The files to audit, and the cache entries (index -> sha256) to read in their turn."""
    todo: list[Task] = []
    hits: dict[int, str] = {}
    for index, path in enumerate(files):
        digest = None
        if cache is not None:
            digest = hash_file(path)
            if digest and cache.has(digest, display_path(path)):
                hits[index] = digest
                continue
        todo.append((index, str(path), digest))
    return todo, hits


def iter_batch(
    files: Sequence[Path],
    settings: Settings,
    workers: int = 1,
    cache: ResultCache | None = None,
    executor: str = "local",
    scheduler: str | object | None = None,
    send_bytes: bool = False,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    on_result: Callable[[PlanResult], None] | None = None,
    keep_text: bool = True,
) -> Iterator[PlanResult]:
    """Audit ``files``, yielding the results in the order of ``files``.

    With ``keep_text`` false, section texts and the words of Section A's labelled sentences are
    dropped from the results once cached (the reports will not show them; the labels stay).
    Long on purpose: its two closures share the reordering state (``waiting``, ``turn``) of one
    generator, which must also close the worker stream however the consumer stops.
    """
    todo, hits = _plan_tasks(files, cache)
    if executor == "dask":
        if scheduler is None:
            raise RuntimeError("--executor dask needs --scheduler ADDRESS")
        from ehcp_audit.engine.dask_executor import run_dask

        stream = run_dask(todo, settings, scheduler, send_bytes)
    else:
        stream = LocalPool(workers, settings, settings.timeout, memory_limit).run(todo)

    def finish(index: int, result: PlanResult, fresh: bool) -> PlanResult:
        result.file = display_path(files[index])
        if fresh and cache is not None:
            with contextlib.suppress(OSError):
                cache.put(result)
        if not keep_text:
            result.drop_text()
        if on_result:
            on_result(result)
        return result

    waiting: dict[int, PlanResult] = {}
    turn = 0  # the index of the next result to yield

    def ready() -> Iterator[PlanResult]:
        nonlocal turn
        while turn < len(files):
            if turn in waiting:
                yield waiting.pop(turn)
            elif turn in hits:
                hit = cache.get(hits.pop(turn), display_path(files[turn])) if cache else None
                if hit is None:  # the entry vanished or is corrupt: audit the file after all
                    yield from _audit_now(turn, files, settings, memory_limit, finish)
                else:
                    yield finish(turn, hit, fresh=False)
            else:
                return
            turn += 1

    try:
        yield from ready()
        for index, result in stream:
            waiting[index] = finish(index, result, fresh=True)
            yield from ready()
        yield from ready()
    finally:
        stream.close()  # a consumer that stops early stops the workers too


def _audit_now(index, files, settings, memory_limit, finish) -> Iterator[PlanResult]:
    task = [(index, str(files[index]), hash_file(files[index]))]
    for i, result in LocalPool(1, settings, settings.timeout, memory_limit).run(task):
        yield finish(i, result, fresh=True)


def run_batch(files: Sequence[Path], settings: Settings, **options) -> list[PlanResult]:
    """Audit ``files``; all results in a list, in the order of ``files`` (see :func:`iter_batch`)."""
    return list(iter_batch(files, settings, **options))
