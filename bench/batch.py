"""Speed, memory and cache of `factcheck batch` on ECB+ replicated to archive size.

    .venv/bin/python bench/batch.py [--data ../shared/data] [--parts throughput,memory,warm] [--runs 2]
                                    [--output bench/results/batch.json] [--keep]

The corpora are JSON Lines files written under /tmp (never into the repository), one line per article:
`{"id", "cluster", "text"}`. Copy k of cluster C is the cluster `C~k`; each copy's text ends with an HTML comment
naming its copy (`<!-- copy k -->`), which factcheck blanks before reading (comments are notes, not copy), so every
copy yields the same facts and findings as the original but has its own content hash: a cold run extracts every
document, as it would on an archive of distinct articles. The script checks that every copy gave the facts and
findings of the original (10 or 100 times the totals of the 86 clusters).

Every run is the whole command, `factcheck batch CORPUS --output DIR --workers N --cache DIR` in a subprocess
(interpreter start-up, the local Dask cluster's start-up and the index pass included), with a fresh, empty cache
folder unless it is the warm run. Three measurements:

1. Throughput: the 86 clusters x 10 (860 clusters, 9,820 documents) with 1 and with 2 local worker processes,
   each --runs times, interleaved, cold cache each time; documents per second of the whole command (median) and
   as the summary reports it (the run itself, after the cluster has started). Target: 2 workers >= 1.7x 1 worker.
2. Peak memory of the whole process tree (the command, the Dask nannies and workers): the sum of the resident
   set sizes of the command and all its descendants, sampled every 0.1 s with psutil, for 86 x 10 and 86 x 100
   clusters (8,600 clusters, 98,200 documents), 2 workers, cold cache. Also the tree's RSS at each quarter of
   the run, to see whether it grows as the run goes on. Target: the larger run's peak within 20% of the
   smaller's. Shared pages (libraries) count once per process, as RSS does.
3. A second run with the cache warm: the 860 clusters with 2 workers, cold (empty cache), then again with the
   same cache into a new output folder. Target: the warm run at least 10x faster (whole command).

Writes bench/results/batch.json (parts not run keep their previous results) and prints Markdown tables.
The load average is recorded before and after each run: another user of the machine slows the figures.
"""

from __future__ import annotations

import argparse
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
from importlib import metadata
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEFAULT_OUTPUT = ROOT / "bench" / "results" / "batch.json"
SAMPLE_SECONDS = 0.1
RUN_TIMEOUT = 4 * 3600.0


# ---------------------------------------------------------------------------------------------- corpus


def ecb_clusters(data: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    folders = sorted(p for p in (data / "ecbplus").iterdir() if p.is_dir())
    if len(folders) != 86:
        sys.exit(f"batch.py: expected the 86 ECB+ clusters under {data / 'ecbplus'}, found {len(folders)}")
    return [(f.name, [(p.stem, p.read_text(encoding="utf-8-sig")) for p in sorted(f.glob("*.txt"))])
            for f in folders]


def write_corpus(clusters: list[tuple[str, list[tuple[str, str]]]], copies: int, path: Path) -> dict:
    documents = 0
    with open(path, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for name, files in clusters:
                for doc_id, text in files:
                    marked = f"{text.rstrip()}\n\n<!-- copy {copy} -->\n"
                    out.write(json.dumps({"id": doc_id, "cluster": f"{name}~{copy}", "text": marked}) + "\n")
                    documents += 1
    return {"copies": copies, "clusters": copies * len(clusters), "documents": documents,
            "bytes": path.stat().st_size}


# ---------------------------------------------------------------------------------------------- running


def factcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def run_batch(corpus: Path, output: Path, workers: int, cache: Path) -> dict:
    """The whole command, with the peak RSS of its process tree; the summary it wrote."""
    command = [*factcheck_command(), "batch", str(corpus), "--output", str(output), "--workers", str(workers),
               "--cache", str(cache)]
    load_before = os.getloadavg()
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        memory = TreeMemory(process.pid, started)
        memory.start()
        try:
            code = process.wait(timeout=RUN_TIMEOUT)
        finally:
            memory.stop()
        seconds = time.perf_counter() - started
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    if code != 0:
        sys.exit(f"batch.py: `{' '.join(command)}` exited {code}: {stderr[-800:]}")
    summary = json.loads((output / "summary.json").read_text(encoding="utf-8"))
    return {
        "command": " ".join(command),
        "workers": workers,
        "seconds": round(seconds, 2),
        "documents_per_second": round(summary["documents"] / seconds, 1),
        "run_seconds_in_summary": summary["seconds"],
        "documents_per_second_in_summary": summary["documents_per_second"],
        "peak_tree_rss_mib": round(memory.peak / 2**20, 1),
        "peak_rss_mib_by_depth": {str(k): round(v / 2**20, 1) for k, v in sorted(memory.peak_by_depth.items())},
        "tree_rss_mib_at_quarters": [round(v / 2**20, 1) for v in memory.quarters(seconds)],
        "cpu_seconds_by_depth": {str(k): round(v, 1) for k, v in sorted(memory.cpu_by_depth().items())},
        "processes_seen": memory.processes_seen,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "summary": {k: summary[k] for k in ("clusters", "documents", "facts", "findings", "errors", "cache")},
    }


class TreeMemory:
    """Samples the summed RSS of a process and all its descendants until stopped."""

    def __init__(self, pid: int, started: float) -> None:
        self.root = psutil.Process(pid)
        self.started = started
        self.peak = 0
        self.peak_by_depth: dict[int, int] = {}
        self.samples: list[tuple[float, int]] = []
        self.processes_seen = 0
        self._seen: set[int] = set()
        self._cpu: dict[int, tuple[int, float]] = {}  # pid -> (depth, last user + system seconds seen)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def quarters(self, seconds: float) -> list[int]:
        """The tree's RSS at 25, 50, 75% of the run and the last sample."""
        marks = [seconds * q for q in (0.25, 0.5, 0.75)]
        found = [next((rss for at, rss in self.samples if at >= mark), 0) for mark in marks]
        return [*found, self.samples[-1][1] if self.samples else 0]

    def _sample(self) -> None:
        while not self._stop.is_set():
            total, by_depth = 0, {}
            try:
                processes = [(self.root, 0), *((p, self._depth(p)) for p in self.root.children(recursive=True))]
            except psutil.Error:
                break
            for process, depth in processes:
                try:
                    rss = process.memory_info().rss
                    cpu = process.cpu_times()
                except psutil.Error:
                    continue
                self._seen.add(process.pid)
                self._cpu[process.pid] = (depth, cpu.user + cpu.system)
                total += rss
                by_depth[depth] = by_depth.get(depth, 0) + rss
            if not total:
                break  # the command has ended
            self.processes_seen = len(self._seen)
            self.samples.append((time.perf_counter() - self.started, total))
            self.peak = max(self.peak, total)
            for depth, rss in by_depth.items():
                self.peak_by_depth[depth] = max(self.peak_by_depth.get(depth, 0), rss)
            self._stop.wait(SAMPLE_SECONDS)

    def cpu_by_depth(self) -> dict[int, float]:
        """CPU seconds (user + system) per depth, as last sampled: a lower bound for processes that lived on
        after the last sample."""
        found: dict[int, float] = {}
        for depth, seconds in self._cpu.values():
            found[depth] = found.get(depth, 0.0) + seconds
        return found

    def _depth(self, process: psutil.Process) -> int:
        depth, current = 0, process
        try:
            while current is not None and current.pid != self.root.pid and depth < 10:
                current = current.parent()
                depth += 1
        except psutil.Error:
            pass
        return depth


# ---------------------------------------------------------------------------------------------- parts


def check_totals(result: dict, base: dict, copies: int) -> None:
    """Every copy gave the facts and findings of the original clusters."""
    summary = result["summary"]
    expected = {"facts": base["facts"] * copies, "findings": {k: v * copies for k, v in base["findings"].items()}}
    got = {"facts": summary["facts"], "findings": summary["findings"]}
    if got != expected or summary["errors"]:
        sys.exit(f"batch.py: copies did not give the original's totals: {got} against {expected}")


def throughput(corpus: Path, scratch: Path, runs: int, base: dict, log) -> dict:
    results: dict[str, list[dict]] = {"1": [], "2": []}
    for number in range(1, runs + 1):
        for workers in (1, 2):
            name = f"throughput-{workers}-{number}"
            result = run_batch(corpus, scratch / name, workers, scratch / f"cache-{name}")
            check_totals(result, base, 10)
            results[str(workers)].append(result)
            log(f"throughput: {workers} worker(s), run {number}/{runs}: {result['seconds']} s, "
                f"{result['documents_per_second']} docs/s (load {result['load_average_after'][0]})")
            shutil.rmtree(scratch / f"cache-{name}")
    report = {}
    for workers, done in results.items():
        seconds = statistics.median(r["seconds"] for r in done)
        run_rate = statistics.median(r["documents_per_second_in_summary"] for r in done)
        report[workers] = {"runs": done, "median_seconds": round(seconds, 2),
                           "documents_per_second": round(done[0]["summary"]["documents"] / seconds, 1),
                           "documents_per_second_in_summary": round(run_rate, 1)}
    report["speed_up"] = round(report["2"]["documents_per_second"] / report["1"]["documents_per_second"], 2)
    report["speed_up_in_summary"] = round(
        report["2"]["documents_per_second_in_summary"] / report["1"]["documents_per_second_in_summary"], 2)
    report["target"] = "2 workers >= 1.7x 1 worker"
    report["met"] = report["speed_up"] >= 1.7
    return report


def memory(small: Path, large: Path, scratch: Path, base: dict, log) -> dict:
    report = {}
    for name, corpus, copies in (("860", small, 10), ("8600", large, 100)):
        result = run_batch(corpus, scratch / f"memory-{name}", 2, scratch / f"cache-memory-{name}")
        check_totals(result, base, copies)
        report[name] = result
        log(f"memory: {name} clusters: peak {result['peak_tree_rss_mib']} MiB in {result['seconds']} s "
            f"(quarters {result['tree_rss_mib_at_quarters']})")
        shutil.rmtree(scratch / f"cache-memory-{name}")
    report["ratio"] = round(report["8600"]["peak_tree_rss_mib"] / report["860"]["peak_tree_rss_mib"], 3)
    report["target"] = "peak with 8,600 clusters within 20% of the peak with 860"
    report["met"] = report["ratio"] <= 1.2
    return report


def warm(corpus: Path, scratch: Path, base: dict, log) -> dict:
    cache = scratch / "cache-warm"
    cold = run_batch(corpus, scratch / "warm-cold", 2, cache)
    check_totals(cold, base, 10)
    log(f"warm: cold run {cold['seconds']} s")
    hot = run_batch(corpus, scratch / "warm-warm", 2, cache)
    check_totals(hot, base, 10)
    log(f"warm: warm run {hot['seconds']} s")
    same = all((scratch / "warm-cold" / f"{t}.parquet").read_bytes() == (scratch / "warm-warm" / f"{t}.parquet")
               .read_bytes() for t in ("documents", "facts", "findings", "errors"))
    shutil.rmtree(cache)
    ratio = round(cold["seconds"] / hot["seconds"], 1)
    return {"cold": cold, "warm": hot, "speed_up": ratio, "same_tables": same,
            "speed_up_in_summary": round(cold["run_seconds_in_summary"] / hot["run_seconds_in_summary"], 1),
            "target": "warm run at least 10x faster than the cold run", "met": ratio >= 10}


# ---------------------------------------------------------------------------------------------- report


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), None)
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": {p: metadata.version(p) for p in ("factcheck", "dask", "distributed", "pandas", "pyarrow")},
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip(),
    }


def markdown(results: dict) -> str:
    m = results["machine"]
    lines = [f"Machine: {m['cpu_count']} cores ({m['cpu_model']}), {m['memory_gib']} GiB, Python {m['python']}, "
             f"dask {m['versions']['dask']}; {m['date'][:10]}, commit {m['commit']}.", ""]
    if "throughput" in results:
        t = results["throughput"]
        lines += ["Throughput, 86 ECB+ clusters x 10 (860 clusters, 9,820 documents), cold cache, median of "
                  f"{len(t['1']['runs'])} runs:", "",
                  "| workers | whole command, s | documents/s (whole command) | documents/s (the run, per summary) "
                  "| load average before / after |", "|---:|---:|---:|---:|---|"]
        for workers in ("1", "2"):
            side = t[workers]
            loads = "; ".join(f"{r['load_average_before'][0]} / {r['load_average_after'][0]}" for r in side["runs"])
            lines.append(f"| {workers} | {side['median_seconds']} | {side['documents_per_second']} | "
                         f"{side['documents_per_second_in_summary']} | {loads} |")
        lines += ["", f"2 workers / 1 worker: **{t['speed_up']}x** whole command, {t['speed_up_in_summary']}x the run "
                  f"(target 1.7x: {'met' if t['met'] else 'NOT met'}).", ""]
    if "memory" in results:
        r = results["memory"]
        lines += ["Peak memory of the process tree (command + Dask nannies + workers), 2 workers, cold cache:", "",
                  "| clusters | documents | seconds | peak tree RSS MiB | by depth (command / nannies / workers) "
                  "| tree RSS at 25/50/75/100% of the run |", "|---:|---:|---:|---:|---|---|"]
        for name in ("860", "8600"):
            run = r[name]
            depth = " / ".join(str(v) for v in run["peak_rss_mib_by_depth"].values())
            quarters = ", ".join(map(str, run["tree_rss_mib_at_quarters"]))
            lines.append(f"| {int(name):,} | {run['summary']['documents']:,} | {run['seconds']} | "
                         f"{run['peak_tree_rss_mib']} | {depth} | {quarters} |")
        lines += ["", f"8,600 / 860: **{r['ratio']}** (target at most 1.2: {'met' if r['met'] else 'NOT met'}).", ""]
    if "warm" in results:
        w = results["warm"]
        lines += ["Cache, 860 clusters, 2 workers:", "", "| run | whole command, s | the run (summary), s | "
                  "documents extracted | clusters from the cache |", "|---|---:|---:|---:|---:|"]
        for name in ("cold", "warm"):
            run = w[name]
            cache = run["summary"]["cache"]
            lines.append(f"| {name} | {run['seconds']} | {run['run_seconds_in_summary']} | "
                         f"{cache['documents_extracted']:,} | {cache['clusters_from_cache']:,} |")
        lines += ["", f"cold / warm: **{w['speed_up']}x** whole command, {w['speed_up_in_summary']}x the run "
                  f"(target 10x: {'met' if w['met'] else 'NOT met'}); tables byte-identical: {w['same_tables']}.",
                  ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--parts", default="throughput,memory,warm")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--keep", action="store_true", help="keep the corpora and outputs under /tmp")
    args = parser.parse_args()
    parts = args.parts.split(",")

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    results = json.loads(args.output.read_text(encoding="utf-8")) if args.output.exists() else {}
    results["machine"] = machine()
    scratch = Path(tempfile.mkdtemp(prefix="factcheck-batch-bench-", dir="/tmp"))
    try:
        clusters = ecb_clusters(args.data)
        small = scratch / "ecbplus-x10.jsonl"
        results["corpora"] = {"860": write_corpus(clusters, 10, small)}
        log(f"corpus: {results['corpora']['860']}")
        # The totals of the 86 clusters as they are, read from their folders in this process.
        base_run = run_batch(args.data / "ecbplus", scratch / "base", 0, scratch / "cache-base")
        base = {"facts": base_run["summary"]["facts"], "findings": base_run["summary"]["findings"]}
        shutil.rmtree(scratch / "cache-base")
        results["ecbplus_totals"] = base
        log(f"totals of the 86 clusters: {base}")
        if "throughput" in parts:
            results["throughput"] = throughput(small, scratch, args.runs, base, log)
        if "warm" in parts:
            results["warm"] = warm(small, scratch, base, log)
        if "memory" in parts:
            large = scratch / "ecbplus-x100.jsonl"
            results["corpora"]["8600"] = write_corpus(clusters, 100, large)
            log(f"corpus: {results['corpora']['8600']}")
            results["memory"] = memory(small, large, scratch, base, log)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
