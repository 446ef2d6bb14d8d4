"""Profile one worker's work: audit generated plans in this process under cProfile.

    python benchmarks/profile_audit.py                 # 20 mixed plans, seed 2026
    python benchmarks/profile_audit.py --count 40 --format docx --top 40

Generates (or reuses) the plans with ``generate_plans.py`` under ``--data`` (default
``bench_out/``), loads the model once outside the profile (as a worker does before its first
file), then audits every plan with ``ehcp_audit.audit.audit_file`` under :mod:`cProfile` and
prints the functions taking the most time, by own time and by cumulative time, with the share
of the total. ``--out FILE`` keeps the raw profile for ``snakeviz`` or ``pstats``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def plan_set(data: Path, count: int, fmt: str, seed: int) -> list[Path]:
    folder = data / f"profile-{fmt}-{count}-seed{seed}"
    plans = sorted(p for p in folder.glob("plan_*") if p.suffix in (".docx", ".pdf"))
    if len(plans) != count:
        cmd = [sys.executable, str(HERE / "generate_plans.py"), str(folder)]
        cmd += ["--count", str(count), "--seed", str(seed), "--format", fmt]
        subprocess.run(cmd, check=True)
        plans = sorted(p for p in folder.glob("plan_*") if p.suffix in (".docx", ".pdf"))
    return plans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--format", choices=("docx", "pdf", "mixed"), default="mixed")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--data", type=Path, default=ROOT / "bench_out")
    parser.add_argument("--out", type=Path, help="write the raw profile here")
    args = parser.parse_args(argv)

    from ehcp_audit.audit import audit_file, warm_up
    from ehcp_audit.config import Settings

    plans = plan_set(args.data.resolve(), args.count, args.format, args.seed)
    settings = Settings()
    warm_up(settings)
    audit_file(plans[0], settings)  # first-use costs (lazy pipelines, caches) outside the profile
    profile = cProfile.Profile()
    started = time.perf_counter()
    words = 0
    profile.enable()
    for path in plans:
        words += audit_file(path, settings).words
    profile.disable()
    seconds = time.perf_counter() - started
    print(
        f"{len(plans)} plans, {words:,} words in {seconds:.2f} s under the profiler "
        f"({seconds / len(plans) * 1000:.0f} ms a plan)"
    )
    stats = pstats.Stats(profile)
    total = stats.total_tt
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(args.top)
        print(f"\n== by {order} (total {total:.2f} s) ==")
        print(out.getvalue().split("\n", 6)[-1] if "ncalls" in out.getvalue() else out.getvalue())
    if args.out:
        profile.dump_stats(str(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
