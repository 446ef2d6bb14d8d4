"""Settings for one run: defaults, overridden by a config file, overridden by the command line.

A :class:`Settings` is plain data so it can be sent to worker processes and hashed into the cache
key: two runs with equal settings give equal results.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Settings:
    sections_files: tuple[str, ...] = ()
    aloud_wpm: float = 100.0  # the Children's Commissioner's read-aloud rate
    silent_wpm: float = 238.0  # Brysbaert (2019), adult silent reading
    rules: dict = field(default_factory=dict)  # code -> {"enabled": bool, "level": str, ...}
    thresholds: dict = field(default_factory=dict)
    per_file_ignores: dict = field(default_factory=dict)  # glob -> [codes]
    ignore: tuple[str, ...] = ()
    timeout: float = 120.0

    def fingerprint(self) -> str:
        """A stable digest of everything that can change a plan's result."""
        data = asdict(self)
        data.pop("timeout", None)
        data.pop("ignore", None)
        blob = json.dumps(data, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
