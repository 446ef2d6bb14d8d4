from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import sample_files  # noqa: E402


@pytest.fixture(scope="session")
def corpus_results():
    """Every sample plan audited once (two workers, no cache), in file order."""
    from ehcp_audit.config import Settings
    from ehcp_audit.engine import run_batch

    return run_batch(sample_files(), Settings(), workers=2, cache=None)


@pytest.fixture(scope="session")
def corpus_by_name(corpus_results):
    return {Path(r.file).name: r for r in corpus_results}
