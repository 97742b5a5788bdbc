"""Speed and memory of factcheck on ECB+ news articles, beside a naive peer (bench/naive_peer.py).

    .venv/bin/python bench/speed.py [--data ../shared/data] [--runs 3] [--output bench/results/speed.json]
    .venv/bin/python bench/speed.py --profile     # only: cProfile of one `factcheck extract` on the 150 articles

Three measurements, printed as Markdown tables and written to bench/results/speed.json:

1. Throughput, in one run and side by side. The whole process of
   `factcheck extract FILES... --format json --output /dev/null` (wall time of the subprocess: interpreter
   start-up and imports included) on 150 ECB+ articles, against the naive peer: one Python process that hands
   each whole article to quantulum3.parser.parse and dateparser.search.search_dates(languages=["en"]).
   The 150 articles: the sorted paths of all ecbplus/*/*.txt, the i-th taken at index floor(i * n / 150), i.e.
   every 6.5th file, so that they spread over all 86 cluster folders. Each side is run --runs times,
   interleaved, after one untimed factcheck run (page cache); the median is reported. A naive run longer than
   10 minutes is not repeated. The fixed cost of each side (one article alone: the longest of the sample) is
   measured the same way.
2. Length curve: factcheck.extract.extract_document, in this process, on synthetic documents of 1 KB to 1 MB
   (1 KB = 1,024 characters) built by concatenating ECB+ articles in sorted-path order (blank line between
   articles; cut at the last whitespace before the size). One warm-up first, on 64 KB of the articles in
   reverse order (imports, quantulum3's lazily loaded unit catalogue, dateparser, lemma caches). Each size is
   timed at least 3 times (and until 0.5 s were spent); the median is reported.
3. Peak memory: maximum resident set size (os.wait4 on the child, the same figure as
   getrusage(RUSAGE_CHILDREN).ru_maxrss or /usr/bin/time -v) of `factcheck extract` over 1,000 articles: all 982
   ECB+ articles plus the first 18 again, copied into a temporary folder under /tmp with new names, with
   `--format json --output /tmp/...`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", ROOT.parent / "shared" / "data"))
SAMPLE = 150
MEMORY_DOCS = 1000
SIZES_KB = (1, 4, 16, 64, 256, 1024)
NAIVE_REPEAT_LIMIT = 600.0  # seconds: a naive run longer than this is measured once
RUN_TIMEOUT = 3600.0


# ---------------------------------------------------------------------------------------------- inputs


def ecb_paths(data: Path) -> list[str]:
    paths = sorted(glob.glob(str(data / "ecbplus" / "*" / "*.txt")))
    if not paths:
        sys.exit(f"speed.py: no ECB+ articles under {data / 'ecbplus'} (set --data or FACTCHECK_SHARED_DATA)")
    return paths


def sample(paths: list[str], count: int = SAMPLE) -> list[str]:
    """Every (n / count)-th path of the sorted list: deterministic and spread over all clusters."""
    return [paths[i * len(paths) // count] for i in range(count)]


def read(path: str) -> str:
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read()


def synthetic(texts: list[str], size: int) -> str:
    """Articles joined by blank lines up to ``size`` characters, cut at the last whitespace before it."""
    parts: list[str] = []
    total = 0
    for i in range(len(texts) * 1000):
        text = texts[i % len(texts)].strip()
        parts.append(text)
        total += len(text) + 2
        if total >= size:
            break
    joined = "\n\n".join(parts)[:size]
    cut = max(joined.rfind(" "), joined.rfind("\n"))
    return joined[:cut] if cut > size // 2 else joined


# ---------------------------------------------------------------------------------------------- processes


def factcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    if script.exists():
        return [str(script)]
    found = shutil.which("factcheck")
    return [found] if found else [sys.executable, "-m", "factcheck"]


def run(command: list[str], timeout: float = RUN_TIMEOUT) -> dict:
    """Run ``command``; wall seconds (start-up included), exit code, peak RSS in MiB, and its stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    return {
        "seconds": wall,
        "exit_code": process.returncode,
        "timed_out": wall > timeout,
        "peak_rss_mib": usage.ru_maxrss / 1024,  # ru_maxrss is in KiB on Linux
        "user_seconds": usage.ru_utime,
        "system_seconds": usage.ru_stime,
        "stdout": stdout,
        "stderr_tail": stderr[-500:],
    }


def check_ok(name: str, result: dict) -> None:
    if result["exit_code"] != 0:
        sys.exit(f"speed.py: {name} exited {result['exit_code']}: {result['stderr_tail']}")


# ---------------------------------------------------------------------------------------------- measurements


def throughput(files: list[str], runs: int, log) -> dict:
    characters = sum(len(read(p)) for p in files)
    factcheck = [*factcheck_command(), "extract", *files, "--format", "json", "--output", "/dev/null"]
    naive = [sys.executable, str(ROOT / "bench" / "naive_peer.py"), *files]
    # The fixed cost: one article, the longest of the sample, so that factcheck too loads quantulum3's unit
    # catalogue (an article without a figure followed by a word skips that load).
    one = max(files, key=lambda p: len(read(p)))
    one_factcheck = [*factcheck_command(), "extract", one, "--format", "json", "--output", "/dev/null"]
    one_naive = [sys.executable, str(ROOT / "bench" / "naive_peer.py"), one]

    log("throughput: warm-up (untimed) factcheck run")
    check_ok("factcheck", run(factcheck))
    sides: dict[str, list[dict]] = {"factcheck": [], "naive": []}
    fixed: dict[str, list[dict]] = {"factcheck": [], "naive": []}
    for number in range(1, runs + 1):
        result = run(factcheck)
        check_ok("factcheck", result)
        sides["factcheck"].append(result)
        log(f"throughput: run {number}/{runs}: factcheck {result['seconds']:.2f} s")
        if number == 1 or sides["naive"][0]["seconds"] <= NAIVE_REPEAT_LIMIT:
            result = run(naive)
            check_ok("naive peer", result)
            sides["naive"].append(result)
            log(f"throughput: run {number}/{runs}: naive peer {result['seconds']:.2f} s")
        for name, command in (("factcheck", one_factcheck), ("naive", one_naive)):
            result = run(command)
            check_ok(name, result)
            fixed[name].append(result)

    report: dict = {"documents": len(files), "characters": characters, "fixed_cost_article": Path(one).name}
    for name, results in sides.items():
        seconds = statistics.median(r["seconds"] for r in results)
        report[name] = {
            "command": {
                "factcheck": "factcheck extract FILES... --format json --output /dev/null",
                "naive": "python bench/naive_peer.py FILES...",
            }[name],
            "runs": len(results),
            "seconds_each": [round(r["seconds"], 3) for r in results],
            "median_seconds": round(seconds, 3),
            "documents_per_second": round(len(files) / seconds, 2),
            "characters_per_second": round(characters / seconds),
            "median_user_seconds": round(statistics.median(r["user_seconds"] for r in results), 3),
            "peak_rss_mib": round(max(r["peak_rss_mib"] for r in results), 1),
            "fixed_cost_one_article_median_seconds": round(statistics.median(r["seconds"] for r in fixed[name]), 3),
            "fixed_cost_one_article_peak_rss_mib": round(max(r["peak_rss_mib"] for r in fixed[name]), 1),
        }
        # Documents per second once the fixed cost is paid: (N - 1) more articles in (T_N - T_1) seconds.
        # Rough: the one article is the longest of the sample, so this errs on the low side.
        extra = seconds - report[name]["fixed_cost_one_article_median_seconds"]
        report[name]["marginal_documents_per_second"] = round((len(files) - 1) / extra, 1) if extra > 0 else None
        if name == "naive":
            report[name]["found"] = json.loads(results[-1]["stdout"].strip().splitlines()[-1])
            report[name]["measured_once_because_over_10_minutes"] = len(results) < runs
    report["ratio_factcheck_over_naive"] = round(
        report["factcheck"]["documents_per_second"] / report["naive"]["documents_per_second"], 2
    )
    if report["factcheck"]["marginal_documents_per_second"] and report["naive"]["marginal_documents_per_second"]:
        report["marginal_ratio_factcheck_over_naive"] = round(
            report["factcheck"]["marginal_documents_per_second"] / report["naive"]["marginal_documents_per_second"], 1
        )
    return report


def length_curve(texts: list[str], log) -> dict:
    sys.path.insert(0, str(ROOT))
    from factcheck.documents import Document
    from factcheck.extract import extract_document

    def document(text: str) -> Document:
        # A fixed publication date, so that relative dates are resolved as in a real article.
        return Document("synthetic", "synthetic.txt", text, 0, None, None, dt.date(2013, 1, 1), "benchmark")

    log("length curve: warm-up on 64 KB (articles in reverse order)")
    started = time.perf_counter()
    extract_document(document(synthetic(texts[::-1], 64 * 1024)))
    warm_up = time.perf_counter() - started

    rows = []
    for kb in SIZES_KB:
        doc = document(synthetic(texts, kb * 1024))
        times: list[float] = []
        facts = 0
        while len(times) < 3 or (sum(times) < 0.5 and len(times) < 1000):
            started = time.perf_counter()
            facts = len(extract_document(doc))
            times.append(time.perf_counter() - started)
        seconds = statistics.median(times)
        rows.append(
            {
                "size": f"{kb} KB" if kb < 1024 else "1 MB",
                "characters": len(doc.text),
                "facts": facts,
                "repeats": len(times),
                "median_seconds": round(seconds, 6),
                "min_seconds": round(min(times), 6),
                "milliseconds_per_kb": round(seconds * 1000 / (len(doc.text) / 1024), 3),
                "milliseconds_per_fact": round(seconds * 1000 / facts, 3) if facts else None,
            }
        )
        log(f"length curve: {rows[-1]['size']}: {seconds:.4f} s ({len(times)} repeats)")
    return {
        "warm_up_seconds": round(warm_up, 3),
        "sizes": rows,
        "ratio_1mb_over_1kb": round(rows[-1]["median_seconds"] / rows[0]["median_seconds"], 1),
        "ratio_per_kb_1mb_over_1kb": round(rows[-1]["milliseconds_per_kb"] / rows[0]["milliseconds_per_kb"], 2),
    }


def peak_memory(paths: list[str], log) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="factcheck-speed-", dir="/tmp"))
    try:
        extra = []
        for number, path in enumerate(paths[: MEMORY_DOCS - len(paths)], start=1):
            copy = folder / f"copy{number:04d}_{Path(path).name}"
            shutil.copyfile(path, copy)
            extra.append(str(copy))
        files = [*paths, *extra]
        output = folder / "facts.json"
        log(f"peak memory: factcheck extract on {len(files)} articles")
        result = run([*factcheck_command(), "extract", *files, "--format", "json", "--output", str(output)])
        check_ok("factcheck", result)
        written = json.loads(output.read_text(encoding="utf-8"))
        characters = sum(len(read(p)) for p in files)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "documents": len(files),
        "copies": len(extra),
        "characters": characters,
        "facts": len(written["facts"]),
        "seconds": round(result["seconds"], 3),
        "peak_rss_mib": round(result["peak_rss_mib"], 1),
        "method": "os.wait4 ru_maxrss of the factcheck process",
    }


# ---------------------------------------------------------------------------------------------- report


def source_digest() -> str:
    """SHA-256 over factcheck's source and default rules, to tell which code the figures belong to."""
    digest = hashlib.sha256()
    for path in sorted([*ROOT.glob("factcheck/**/*.py"), *ROOT.glob("rules/*.yaml")]):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def machine() -> dict:
    model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for package in ("factcheck", "quantulum3", "dateparser", "pandas", "lemminflect"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
    }


def markdown(results: dict) -> str:
    m, t, c, p = results["machine"], results["throughput"], results["length_curve"], results["peak_memory"]
    f, n = t["factcheck"], t["naive"]
    lines = [
        f"Machine: {m['cpu_count']} cores ({m['cpu_model']}), Python {m['python']}, {m['date'][:10]}; "
        f"factcheck {m['versions']['factcheck']}, quantulum3 {m['versions']['quantulum3']}, "
        f"dateparser {m['versions']['dateparser']}.",
        "",
        f"Throughput on {t['documents']} ECB+ articles ({t['characters']:,} characters), whole process, "
        f"median of {f['runs']} / {n['runs']} runs:",
        "",
        "| | median wall s | docs/s | chars/s | peak RSS MiB | 1 article: wall s | 1 article: peak RSS MiB "
        "| docs/s after the fixed cost |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, side in (("`factcheck extract --format json`", f), ("naive peer (quantulum3 + dateparser)", n)):
        lines.append(
            f"| {label} | {side['median_seconds']:.2f} | {side['documents_per_second']:.1f} | "
            f"{side['characters_per_second']:,} | {side['peak_rss_mib']:.0f} | "
            f"{side['fixed_cost_one_article_median_seconds']:.2f} | "
            f"{side['fixed_cost_one_article_peak_rss_mib']:.0f} | "
            f"≈ {side['marginal_documents_per_second']} |"
        )
    lines += [
        f"| **ratio** factcheck / naive throughput | | **{t['ratio_factcheck_over_naive']:.2f}×** | | | | | "
        f"≈ {t.get('marginal_ratio_factcheck_over_naive')}× |",
        "",
        f"1 article: {t['fixed_cost_article']}, the longest of the sample, alone: the fixed cost of a run (start-up, "
        "imports, quantulum3's unit catalogue). Docs/s after the fixed cost: (N - 1) / (T(N) - T(1)), rough.",
        "",
        f"Length curve (`extract_document` in-process, after a {c['warm_up_seconds']:.1f} s warm-up; median):",
        "",
        "| size | characters | facts | seconds | ms per KB | ms per fact |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in c["sizes"]:
        lines.append(
            f"| {row['size']} | {row['characters']:,} | {row['facts']:,} | {row['median_seconds']:.4f} | "
            f"{row['milliseconds_per_kb']:.2f} | {row['milliseconds_per_fact']} |"
        )
    lines += [
        "",
        f"cost(1 MB) / cost(1 KB) = **{c['ratio_1mb_over_1kb']:,.0f}** (linear would be about 1,000; "
        f"per-KB cost grows {c['ratio_per_kb_1mb_over_1kb']:.2f}×).",
        "",
        f"Peak memory: `factcheck extract` on {p['documents']:,} articles ({p['characters']:,} characters, "
        f"{p['facts']:,} facts, `--format json`): **{p['peak_rss_mib']:.0f} MiB** peak RSS, {p['seconds']:.1f} s.",
    ]
    return "\n".join(lines)


def profile(files: list[str]) -> None:
    """cProfile of one whole `factcheck extract` on ``files`` in this process (imports included)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    sys.path.insert(0, str(ROOT))
    from factcheck.cli import main

    code = main(["extract", *files, "--format", "json", "--output", "/dev/null"])
    profiler.disable()
    print(f"exit code {code}", file=sys.stderr)
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(15)
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(15)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each side (at least 3)")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "speed.json")
    parser.add_argument("--profile", action="store_true", help="only profile factcheck on the 150 articles")
    args = parser.parse_args()
    paths = ecb_paths(args.data.resolve())
    files = sample(paths)
    if args.profile:
        profile(files)
        return 0

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    results: dict = {"machine": machine(), "factcheck_source_sha256": source_digest()}
    results["throughput"] = throughput(files, max(args.runs, 3), log)
    results["length_curve"] = length_curve([read(p) for p in paths], log)
    results["peak_memory"] = peak_memory(paths, log)
    results["benchmark_seconds"] = round(time.perf_counter() - started, 1)
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if source_digest() != results["factcheck_source_sha256"]:
        results["warning"] = "factcheck's source changed while the benchmark ran: rerun it on a quiet tree"
        log(results["warning"])
    results["sample_files"] = [str(Path(p).relative_to(args.data.resolve())) for p in files]
    table = markdown(results)
    results["markdown"] = table
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table)
    print(f"\n(benchmark took {results['benchmark_seconds']:.0f} s; figures in {args.output})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
