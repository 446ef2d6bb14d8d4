"""Cost of the cross-plan copy pass (``ehcp_audit.compare.crossplan``) on synthetic batches.

No plans are read or audited: each synthetic plan gets packed passage records as a worker would
return them (``PlanResult.passages``), with a realistic mix: about 250 passages a plan (the
sample plans of ~5,000 words give 200-280), a fifth of them template text shared by every plan,
a few copied exactly or nearly into 2-10 other plans, the rest the plan's own. Then the pass runs
in this process, as the scan runs it, and is timed; memory is traced with ``tracemalloc``.

    python benchmarks/bench_cross_plan.py                 # 650 and 2,000 plans
    python benchmarks/bench_cross_plan.py --sizes 650 --worker-samples 3

``--worker-samples N`` also times the worker's share (``plan_passages``) against a full
``audit_file`` on N of the corpus sample plans.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_audit.compare import passages as P  # noqa: E402
from ehcp_audit.compare.crossplan import apply, cross_plan_pass  # noqa: E402
from ehcp_audit.result import PlanResult  # noqa: E402

PASSAGES = 250
TEMPLATE_SHARE = 0.2
COPIED_SHARE = 0.03


def synthetic_batch(plans: int, seed: int = 1) -> list[PlanResult]:
    rng = np.random.default_rng(seed)
    num_perm = int(P.settings().get("num_perm", 32))
    dtype = P.record_dtype(num_perm)
    template = rng.integers(
        0, 2**32, size=(int(PASSAGES * TEMPLATE_SHARE), num_perm), dtype=np.uint32
    )
    template_hash = rng.integers(0, 2**63, size=len(template), dtype=np.uint64)
    copies = max(1, int(plans * PASSAGES * COPIED_SHARE / 4))
    copy_sig = rng.integers(0, 2**32, size=(copies, num_perm), dtype=np.uint32)
    copy_hash = rng.integers(0, 2**63, size=copies, dtype=np.uint64)
    results = []
    for index in range(plans):
        records = np.zeros(PASSAGES, dtype=dtype)
        records["sig"] = rng.integers(0, 2**32, size=(PASSAGES, num_perm), dtype=np.uint32)
        records["hash"] = rng.integers(0, 2**63, size=PASSAGES, dtype=np.uint64)
        records["kind"] = rng.integers(0, 4, size=PASSAGES)
        records["section"] = rng.integers(0, len(P.SECTION_KEYS), size=PASSAGES)
        records["words"] = rng.integers(7, 40, size=PASSAGES)
        records["parent"] = -1
        records["paragraph"] = np.arange(1, PASSAGES + 1)
        t = len(template)
        records["sig"][:t] = template
        records["hash"][:t] = template_hash
        # Each plan holds a few copied passages; a third of them near (not exact) copies.
        picks = rng.integers(0, copies, size=int(PASSAGES * COPIED_SHARE))
        for slot, pick in enumerate(picks.tolist(), start=t):
            records["sig"][slot] = copy_sig[pick]
            records["hash"][slot] = copy_hash[pick]
            if slot % 3 == 0:
                records["sig"][slot][:3] = rng.integers(0, 2**32, size=3, dtype=np.uint32)
                records["hash"][slot] = rng.integers(0, 2**63, dtype=np.uint64)
        result = PlanResult(file=f"plan_{index:05d}.docx", status="audited")
        result.passages = base64.b64encode(records.tobytes()).decode("ascii")
        results.append(result)
    return results


def bench(plans: int) -> dict:
    results = synthetic_batch(plans)
    packed_bytes = sum(len(r.passages) for r in results) / plans
    raw_bytes = packed_bytes * 3 / 4
    tracemalloc.start()
    started = time.perf_counter()
    outcome = cross_plan_pass(results)
    apply(results, outcome)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # A second, untraced run: tracemalloc slows allocation-heavy code.
    again = synthetic_batch(plans)
    started, cpu = time.perf_counter(), time.process_time()
    apply(again, cross_plan_pass(again))
    untraced = time.perf_counter() - started
    cpu = time.process_time() - cpu
    return {
        "plans": plans,
        "passages_per_plan": PASSAGES,
        "pass_seconds": round(untraced, 2),
        # CPU seconds: on a shared machine the wall time above includes waiting for a core.
        "pass_cpu_seconds": round(cpu, 2),
        "pass_seconds_traced": round(seconds, 2),
        "cpu_per_plan_ms": round(cpu / plans * 1000, 2),
        "state_bytes_per_plan": int(raw_bytes),
        "held_bytes_per_plan_base64": int(packed_bytes),
        "pass_peak_bytes_per_plan": int(peak / plans),
        "copied_clusters": outcome.summary.get("copied_passages"),
        "template_clusters": outcome.summary.get("template_passages"),
    }


def worker_share(samples: int) -> dict:
    from ehcp_audit.audit import audit_file, split_file
    from ehcp_audit.compare.passages import plan_passages
    from ehcp_audit.config import Settings

    settings = Settings()
    files = sorted(Path(__file__).resolve().parents[1].glob("corpus_samples/0[1-6]_*.*"))[:samples]
    audit = extra = 0.0
    for path in files:
        result = audit_file(path, settings)  # warms up on the first file
        started = time.perf_counter()
        result = audit_file(path, settings)
        audit += time.perf_counter() - started
        plan = split_file(path, settings)
        started = time.perf_counter()
        for _ in range(5):
            plan_passages(plan, result)
        extra += (time.perf_counter() - started) / 5
    return {
        "sample_plans": len(files),
        "audit_ms_per_plan": round(audit / len(files) * 1000, 1),
        "passages_ms_per_plan": round(extra / len(files) * 1000, 1),
        "worker_share_pct": round(100 * extra / audit, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="650,2000")
    parser.add_argument("--worker-samples", type=int, default=0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    figures = {"pass": [bench(int(n)) for n in args.sizes.split(",")]}
    if args.worker_samples:
        figures["worker"] = worker_share(args.worker_samples)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
