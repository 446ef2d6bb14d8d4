"""The Dask executor: each file is one task on a cluster, streamed back as it completes.

Tasks are submitted no further than ``window`` ahead of the oldest one still running (a window
that follows the cluster's size), so neither the client nor the scheduler holds a national
batch's results at once; the caller puts them back in order.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from ehcp_audit.config import Settings
from ehcp_audit.files import display_path
from ehcp_audit.result import PlanResult

Task = tuple[int, str, "str | None"]


def audit_task(path: str, settings: Settings, content: bytes | None = None) -> dict:
    """One Dask task: audit a path the worker can see, or the file's bytes sent with the task."""
    from ehcp_audit.audit import audit_file

    if content is None:
        return audit_file(Path(path), settings).to_dict()
    suffix = Path(path).suffix
    with tempfile.TemporaryDirectory(prefix="ehcp-audit-") as folder:
        local = Path(folder) / f"plan{suffix}"
        local.write_bytes(content)
        result = audit_file(local, settings, display=display_path(Path(path)))
    return result.to_dict()


def _cluster_threads(client) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # an old or unusual scheduler: fall back to a modest window
        return 8


def run_dask(
    tasks: Sequence[Task],
    settings: Settings,
    scheduler: str | object,
    send_bytes: bool,
    window: int | None = None,
) -> Iterator[tuple[int, PlanResult]]:
    """Yield ``(index, result)`` for every task, in the order they complete."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise RuntimeError("the Dask executor needs: pip install 'ehcp-audit[dask]'") from None
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        window = window or max(64, 4 * _cluster_threads(client))
        running: dict[object, tuple[int, int, str]] = {}  # future -> (position, index, path)
        completed = as_completed()
        position = 0

        def may_start() -> bool:
            oldest = min((p for p, _, _ in running.values()), default=position)
            return position < len(tasks) and position < oldest + window

        while True:
            while may_start():
                index, path, _digest = tasks[position]
                position += 1
                try:
                    content = Path(path).read_bytes() if send_bytes else None
                except OSError as exc:
                    cause = f"cannot read file: {exc.strerror or exc}"
                    yield index, PlanResult(file=path, status="error", error=cause)
                    continue
                future = client.submit(
                    audit_task,
                    path,
                    settings,
                    content,
                    pure=False,
                    key=f"ehcp-audit-{index}-{os.getpid()}",
                )
                running[future] = (position - 1, index, path)
                completed.add(future)
            if not running:
                return
            future = next(completed)
            _, index, path = running.pop(future)
            try:
                yield index, PlanResult.from_dict(future.result())
            except Exception as exc:
                cause = f"Dask task failed ({type(exc).__name__})"
                yield index, PlanResult(file=path, status="error", error=cause)
    finally:
        if client is not scheduler:
            client.close()
