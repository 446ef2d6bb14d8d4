"""``--parquet DIR``: the batch as Parquet tables for pandas, R, Arrow or DuckDB.

Layout (Hive partitioning, one partition per run)::

    DIR/plans/batch=<id>/part-0.parquet
    DIR/findings/batch=<id>/part-0.parquet
    DIR/outcomes/batch=<id>/part-0.parquet
    DIR/provision/batch=<id>/part-0.parquet
    DIR/sentences/batch=<id>/part-0.parquet

``<id>`` is ``--batch NAME`` or the run's UTC date and time, so runs over several councils (or
the same folder at different dates) sit side by side and are read together with
``read_parquet('DIR/plans/*/*.parquet', hive_partitioning = true)``. Rows are written in row
groups as the plans arrive (constant memory); each file is written under a temporary name and
renamed when the batch is complete. The columns are those of :mod:`ehcp_audit.report.tables`;
columns holding plan text are present only with ``--include-text``. See docs/parquet.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from ehcp_audit.engine.atomic import new_file_mode
from ehcp_audit.report.outputs import OutputError
from ehcp_audit.report.tables import TABLES, Table
from ehcp_audit.report.view import Aggregate, PlanRow
from ehcp_audit.result import PlanResult

ROW_GROUP = 2000  # rows buffered per table before a row group is written
_SAFE_BATCH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def _arrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError("--parquet needs pyarrow: pip install 'ehcp-audit[research]'") from None
    return pa, pq


def default_batch_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


class _TableWriter:
    def __init__(self, pa, pq, folder: Path, table: Table, include_text: bool) -> None:
        self.pa, self.pq = pa, pq
        self.table = table
        self.include_text = include_text
        self.columns = table.columns(include_text)
        types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        self.schema = pa.schema(
            [pa.field(f.name, types.get(f.kind, pa.string())) for f in self.columns]
        )
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "part-0.parquet"
        fd, self.temp = tempfile.mkstemp(prefix=".part-0.", suffix=".tmp", dir=folder)
        os.close(fd)
        self.writer = pq.ParquetWriter(self.temp, self.schema, compression="zstd")
        self.buffer: list[list[Any]] = []

    def add(self, result: PlanResult, row: PlanRow) -> None:
        self.buffer.extend(self.table.rows(result, row, self.include_text))
        if len(self.buffer) >= ROW_GROUP:
            self.flush()

    def _array(self, values: list[Any], field) -> Any:
        kind = field.type
        pa = self.pa
        if pa.types.is_string(kind):
            values = [None if v is None else str(v) for v in values]
        elif pa.types.is_integer(kind):
            values = [None if v is None or v == "" else int(v) for v in values]
        elif pa.types.is_floating(kind):
            values = [None if v is None or v == "" else float(v) for v in values]
        return pa.array(values, type=kind)

    def flush(self) -> None:
        if not self.buffer:
            return
        columns = list(zip(*self.buffer, strict=True))
        arrays = [self._array(list(c), f) for c, f in zip(columns, self.schema, strict=True)]
        self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
        self.buffer = []

    def finish(self) -> None:
        self.flush()
        self.writer.close()
        os.chmod(self.temp, new_file_mode())
        os.replace(self.temp, self.path)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


class ParquetOutput:
    """Streams every table of :data:`TABLES` into its partition of ``folder``."""

    def __init__(self, folder: Path, include_text: bool, batch_id: str | None = None) -> None:
        pa, pq = _arrow()
        batch = batch_id or default_batch_id()
        if not _SAFE_BATCH.match(batch):
            raise OutputError(
                f"--batch '{batch}': use letters, digits, '.', '_' or '-' (it names a folder)"
            )
        self.folder = Path(folder)
        self.batch = batch
        self.writers: list[_TableWriter] = []
        try:
            for table in TABLES:
                where = self.folder / table.name / f"batch={batch}"
                self.writers.append(_TableWriter(pa, pq, where, table, include_text))
        except OSError as exc:
            self.abort()
            raise OutputError(f"{folder}: cannot write ({exc.strerror or exc})") from None

    def add(self, result: PlanResult, row: PlanRow) -> None:
        for writer in self.writers:
            writer.add(result, row)

    def finish(self, aggregate: Aggregate) -> None:
        try:
            for writer in self.writers:
                writer.finish()
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.folder}: cannot write ({exc.strerror or exc})") from None

    def abort(self) -> None:
        for writer in self.writers:
            writer.abort()
