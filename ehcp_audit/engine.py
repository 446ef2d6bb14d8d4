"""Run the audit over many files: worker processes, per-file time and memory limits, a cache.

Each worker is a process that loads spaCy once and audits one file at a time. The parent hands
out files, streams results back as they finish, and enforces ``--timeout``: a worker that runs
past it is killed and replaced, and the file is reported as timed out. A worker that dies (out of
memory, a crash inside a C library) is replaced too, and only its file is lost. Each worker's
address space is capped (``memory_limit``) so one hostile file cannot take the machine down.

Results are cached by file content, tool version and settings, so a second scan of an unchanged
folder only reads and hashes the files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ehcp_audit import __version__
from ehcp_audit.config import Settings
from ehcp_audit.files import display_path
from ehcp_audit.result import PlanResult

DEFAULT_MEMORY_LIMIT = 3 * 1024**3  # bytes of address space per worker


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ehcp-audit"


def _rules_digest() -> str:
    from ehcp_audit.resources import rules_dir

    digest = hashlib.sha256()
    for path in sorted(rules_dir().glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ResultCache:
    """One JSON file per (file content, tool version, rules, settings), written atomically.

    Entries hold plan text (section texts, outcomes), so the folder is created private (0700).
    """

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)
        extra = []
        for name in (*settings.sections_files, *settings.rule_packs):
            with contextlib.suppress(OSError):
                extra.append(hashlib.sha256(Path(name).read_bytes()).hexdigest()[:16])
        self.salt = f"{__version__}-{_rules_digest()}-{settings.fingerprint()}-{'-'.join(extra)}"
        self.settings = settings

    def _path(self, sha256: str, file: str) -> Path:
        from ehcp_audit.postprocess import ignored_codes

        # Per-file ignores are applied before caching, so the codes ignored for this path
        # are part of the key: the same content under another pattern is audited again.
        ignored = ",".join(sorted(ignored_codes(file, self.settings)))
        key = hashlib.sha256(f"{self.salt}:{sha256}:{ignored}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, sha256: str, file: str) -> PlanResult | None:
        path = self._path(sha256, file)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            result = PlanResult.from_dict(data)
        except (TypeError, KeyError):
            return None
        result.file = file
        return result

    def put(self, result: PlanResult) -> None:
        if not result.sha256 or result.status == "error":
            return  # errors are not cached: the file may be fixed, or the failure passing
        path = self._path(result.sha256, result.file)
        data = result.to_dict()
        data["file"] = ""
        write_atomic(path, json.dumps(data, ensure_ascii=False))


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half-written.

    A target that exists and is not a regular file (``/dev/null``, a named pipe) is written
    directly: renaming over it would replace the device or pipe with a file.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        with open(path, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600; give the finished file the mode any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def hash_file(path: Path) -> str | None:
    from ehcp_audit.audit import file_sha256

    try:
        return file_sha256(path)
    except OSError:
        return None


# -- worker processes --------------------------------------------------------------------------


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


@dataclass
class _Worker:
    process: mp.Process
    conn: Connection
    task: tuple[int, str, str | None] | None = None
    started: float = 0.0


class LocalPool:
    """Worker processes with a per-file deadline; results are yielded as they complete."""

    def __init__(
        self, workers: int, settings: Settings, timeout: float, memory_limit: int | None
    ) -> None:
        self.size = max(1, workers)
        self.settings = settings
        self.timeout = timeout
        self.memory_limit = memory_limit
        methods = mp.get_all_start_methods()
        self.context = mp.get_context("fork" if "fork" in methods else "spawn")
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(child, self.settings, self.memory_limit), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, tasks: Sequence[tuple[int, str, str | None]]) -> Iterator[tuple[int, PlanResult]]:
        if not tasks:
            return
        if self.context.get_start_method() == "fork" and min(self.size, len(tasks)) > 1:
            # Load the model once before forking so workers share its pages copy-on-write.
            with contextlib.suppress(Exception):
                from ehcp_audit.audit import warm_up

                warm_up(self.settings)
        pending = list(reversed(tasks))
        self.workers = [self._spawn() for _ in range(min(self.size, len(tasks)))]
        try:
            for worker in self.workers:
                self._assign(worker, pending)
            while any(w.task for w in self.workers):
                busy = [w for w in self.workers if w.task]
                deadline = min(w.started for w in busy) + self.timeout
                ready = wait([w.conn for w in busy], timeout=max(0.05, deadline - time.monotonic()))
                now = time.monotonic()
                for worker in list(busy):
                    if worker.conn in ready:
                        try:
                            index, data = worker.conn.recv()
                        except (EOFError, OSError):
                            yield self._lost(
                                worker,
                                "the worker process stopped while reading it (out of memory or a crash)",
                            )
                            self._replace(worker, pending)
                            continue
                        worker.task = None
                        yield index, PlanResult.from_dict(data)
                        self._assign(worker, pending)
                    elif now - worker.started > self.timeout:
                        yield self._lost(worker, f"timed out after {self.timeout:g} s")
                        self._replace(worker, pending)
        finally:
            self.close()

    def _assign(self, worker: _Worker, pending: list[tuple[int, str, str | None]]) -> None:
        if pending:
            worker.task = pending.pop()
            worker.started = time.monotonic()
            worker.conn.send(worker.task)

    def _lost(self, worker: _Worker, cause: str) -> tuple[int, PlanResult]:
        assert worker.task is not None
        index, path, digest = worker.task
        worker.task = None
        return index, PlanResult(
            file=path, status="error", error=cause, sha256=digest or hash_file(Path(path))
        )

    def _replace(self, worker: _Worker, pending: list[tuple[int, str, str | None]]) -> None:
        with contextlib.suppress(Exception):
            worker.process.kill()
            worker.process.join(5)
        with contextlib.suppress(Exception):
            worker.conn.close()
        if pending:
            fresh = self._spawn()
            self.workers[self.workers.index(worker)] = fresh
            self._assign(fresh, pending)
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


# -- Dask ------------------------------------------------------------------------------------


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


def run_dask(
    tasks: Sequence[tuple[int, str, str | None]],
    settings: Settings,
    scheduler: str | object,
    send_bytes: bool,
) -> Iterator[tuple[int, PlanResult]]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise RuntimeError("the Dask executor needs: pip install 'ehcp-audit[dask]'") from None
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        futures = {}
        for index, path, _digest in tasks:
            try:
                content = Path(path).read_bytes() if send_bytes else None
            except OSError as exc:
                yield (
                    index,
                    PlanResult(
                        file=path, status="error", error=f"cannot read file: {exc.strerror or exc}"
                    ),
                )
                continue
            future = client.submit(
                audit_task,
                path,
                settings,
                content,
                pure=False,
                key=f"ehcp-audit-{index}-{os.getpid()}",
            )
            futures[future] = (index, path)
        for future in as_completed(futures):
            index, path = futures[future]
            try:
                yield index, PlanResult.from_dict(future.result())
            except Exception as exc:
                yield (
                    index,
                    PlanResult(
                        file=path, status="error", error=f"Dask task failed ({type(exc).__name__})"
                    ),
                )
    finally:
        if client is not scheduler:
            client.close()


# -- the batch ------------------------------------------------------------------------------


def _drop_text(result: PlanResult) -> None:
    for section in result.sections.values():
        section.text = ""
    for question in (result.voice or {}).get("questions", []):
        question["labelled_sentences"] = []


def run_batch(
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
) -> list[PlanResult]:
    """Audit ``files``; results come back in the order of ``files``, whatever finishes first.

    With ``keep_text`` false, section texts and Section A's labelled sentences are dropped from
    the results once cached (the reports will not show them), which keeps a large batch's memory
    down.
    """
    results: list[PlanResult | None] = [None] * len(files)
    todo: list[tuple[int, str, str | None]] = []
    for index, path in enumerate(files):
        digest = None
        if cache is not None:
            digest = hash_file(path)
            hit = cache.get(digest, display_path(path)) if digest else None
            if hit is not None:
                if not keep_text:
                    _drop_text(hit)
                results[index] = hit
                if on_result:
                    on_result(hit)
                continue
        todo.append((index, str(path), digest))

    if executor == "dask":
        if scheduler is None:
            raise RuntimeError("--executor dask needs --scheduler ADDRESS")
        stream = run_dask(todo, settings, scheduler, send_bytes)
    else:
        stream = LocalPool(workers, settings, settings.timeout, memory_limit).run(todo)
    for index, result in stream:
        result.file = display_path(files[index])
        results[index] = result
        if cache is not None:
            with contextlib.suppress(OSError):
                cache.put(result)
        if not keep_text:
            _drop_text(result)
        if on_result:
            on_result(result)
    return [r for r in results if r is not None]
