"""Run the audit over many files: a result cache, a local pool of worker processes or a Dask
cluster, and results streamed back in file order.

- :mod:`.cache`: results cached by file content, tool version and settings;
- :mod:`.local`: worker processes with per-file time and memory limits;
- :mod:`.dask_executor`: the same over a Dask cluster;
- :mod:`.batch`: the batch, results in file order with bounded memory;
- :mod:`.atomic`: outputs written through a temporary file and a rename.
"""

from ehcp_audit.engine.atomic import AtomicFile, write_atomic
from ehcp_audit.engine.batch import iter_batch, run_batch
from ehcp_audit.engine.cache import ResultCache, default_cache_dir, hash_file
from ehcp_audit.engine.dask_executor import audit_task, run_dask
from ehcp_audit.engine.local import DEFAULT_MEMORY_LIMIT, LocalPool

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "AtomicFile",
    "LocalPool",
    "ResultCache",
    "audit_task",
    "default_cache_dir",
    "hash_file",
    "iter_batch",
    "run_batch",
    "run_dask",
    "write_atomic",
]
