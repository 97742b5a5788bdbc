"""One large document, end to end: does `factcheck check` stay linear in the size of the text up to 30 MB?

    .venv/bin/python bench/large.py [--data ../shared/data] [--sizes 1,3,10,30] [--output bench/results/large.json]
    .venv/bin/python bench/large.py --pathological [--sizes 0.01,0.1,1] [--output bench/results/large-hostile.json]

For each size (in MB, 1 MB = 2**20 characters) one synthetic document is built from ECB+ articles concatenated in
sorted-path order, as bench/speed.py builds its length curve (a blank line between articles, cut at the last
whitespace before the size; past the 1.9 MB of the corpus the articles come round again, so their sentences
repeat). The whole process of `factcheck check FILE --format json --output /tmp/...` is timed once per size
(reading, extraction, alignment, comparison and the JSON report, interpreter start-up included), with its peak
RSS and the number of facts in its report. Linear time means a flat cost per MB.

``--pathological`` times texts built to make the cost explode instead (each repeated up to the size, with no full
stop anywhere): one long sentence of prose with a figure every 20 characters, the ECB+ articles with every full
stop, question and exclamation mark and line break removed, ``1 1 1 ...``, ``1,1,1,...``, dates in a row, and
Arabic prose with Arabic-Indic digits. A sentence longer than 600 characters is cut at a clause or word boundary,
and a passage with more than 20 figures at more than one per 25 characters is a table or a list, not read (with a
warning naming the document); the benchmark shows what that costs per MB.

speed.py's length curve stops at 1 MB and times extraction alone: alignment and comparison were quadratic
in the size of one document until 2026-11-21 (every fact of a key was paired with every other fact of the same
document, only to be dropped), which extraction alone could not show.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import DEFAULT_DATA, ROOT, ecb_paths, factcheck_command, machine, read, run, source_digest


def build(texts: list[str], size: int) -> str:
    """``size`` characters of the articles joined by blank lines, round and round, cut at the last whitespace."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        text = texts[index % len(texts)].strip()
        parts.append(text)
        total += len(text) + 2
        index += 1
    joined = "\n\n".join(parts)[:size]
    return joined[: max(joined.rfind(" "), joined.rfind("\n"))]


HOSTILE = {
    "one long sentence": "the toll rose to 212 while about 3,500 residents fled and 12 homes burned on Monday and ",
    "1 1 1": "1 ",
    "1,1,1": "1,",
    "dates in a row": "March 3, 2024 ",
    "Arabic digits": "قتل ١٢ شخصا و ٣٥٠٠ نزحوا ",
}


def hostile(texts: list[str], name: str, size: int) -> str:
    unit = " ".join(texts).translate({ord(c): " " for c in ".!?\n"}) if name == "no full stop" else HOSTILE[name]
    return (unit * (size // len(unit) + 1))[:size]


def measure(texts: list[str], megabytes: float, folder: Path, case: str | None = None) -> dict:
    size = int(megabytes * 2**20)
    text = build(texts, size) if case is None else hostile(texts, case, size)
    document = folder / f"large-{megabytes:g}mb.txt"
    document.write_text(text, encoding="utf-8")
    report = folder / "report.json"
    result = run([*factcheck_command(), "check", str(document), "--format", "json", "--output", str(report),
                  "--fail-on", "never"])
    if result["exit_code"] != 0:
        sys.exit(f"large.py: {megabytes} MB: exit {result['exit_code']}: {result['stderr_tail']}")
    facts = len(json.loads(report.read_text(encoding="utf-8"))["facts"])
    return {
        **({"case": case} if case else {}),
        "megabytes": megabytes,
        "characters": len(text),
        "facts": facts,
        "seconds": round(result["seconds"], 2),
        "seconds_per_mb": round(result["seconds"] / megabytes, 3),
        "peak_rss_mib": round(result["peak_rss_mib"], 1),
    }


def markdown(results: dict) -> str:
    rows = results["sizes"]
    lines = [
        f"`factcheck check` on one synthetic ECB+ document, whole process, one run per size ({results['date']}, "
        f"{results['machine']['cpu_count']} cores, factcheck source `{results['source']}`):",
        "",
        "| size | characters | facts | seconds | s per MB | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(f"| {row['megabytes']:g} MB | {row['characters']:,} | {row['facts']:,} | {row['seconds']:.1f} | "
                     f"{row['seconds_per_mb']:.2f} | {row['peak_rss_mib']:,.0f} |")
    first, last = rows[0], rows[-1]
    lines += ["", f"cost per MB at {last['megabytes']:g} MB / at {first['megabytes']:g} MB: "
              f"**{last['seconds_per_mb'] / first['seconds_per_mb']:.2f}** (linear: 1; the start-up of about 0.5 s "
              "weighs on the smallest size)"]
    return "\n".join(lines)


def hostile_markdown(results: dict) -> str:
    lines = [
        f"`factcheck check` on texts built to make the cost explode, whole process, one run per size "
        f"({results['date']}, {results['machine']['cpu_count']} cores, factcheck source `{results['source']}`):",
        "",
        "| text | size | facts | seconds | s per MB | peak RSS MiB |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for row in results["sizes"]:
        lines.append(f"| {row['case']} | {row['megabytes']:g} MB | {row['facts']:,} | {row['seconds']:.1f} | "
                     f"{row['seconds_per_mb']:.2f} | {row['peak_rss_mib']:,.0f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", default=None, help="sizes in MB, comma-separated (default 1,3,10,30; "
                        "0.01,0.1,1 with --pathological)")
    parser.add_argument("--pathological", action="store_true", help="the texts built to make the cost explode")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    sizes = args.sizes or ("0.01,0.1,1" if args.pathological else "1,3,10,30")
    output = args.output or ROOT / "bench" / "results" / ("large-hostile.json" if args.pathological else "large.json")
    cases: list[str | None] = [*HOSTILE, "no full stop"] if args.pathological else [None]
    texts = [read(p) for p in ecb_paths(args.data)]
    results: dict = {"date": dt.date.today().isoformat(), "machine": machine(), "source": source_digest(),
                     "sizes": []}
    with tempfile.TemporaryDirectory(prefix="factcheck-large-") as folder:
        for case in cases:
            for megabytes in (float(s) for s in sizes.split(",")):
                results["sizes"].append(measure(texts, megabytes, Path(folder), case))
                print(json.dumps(results["sizes"][-1]), file=sys.stderr)
    if results["source"] != source_digest():
        results["warning"] = "factcheck's source changed while the benchmark ran"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(hostile_markdown(results) if args.pathological else markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
