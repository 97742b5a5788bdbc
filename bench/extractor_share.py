"""Where `factcheck extract` spends its time, extractor by extractor, on the 150 ECB+ articles of the speed
benchmark (speed.py's sample): the share of dates must stay at most a fifth of the extraction time.

    .venv/bin/python bench/extractor_share.py

Each extractor of factcheck.extract.EXTRACTORS is wrapped with a timer; the articles are extracted three
times (after one warm-up pass) and the median of each total is reported, beside the whole extraction and the
whole process as speed.py measures it."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from speed import ecb_paths, sample  # noqa: E402

import factcheck.extract as extract_module  # noqa: E402
from factcheck.documents import read_documents  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def main() -> int:
    documents = read_documents(sample(ecb_paths(DATA))).documents
    spent = {name: 0.0 for name in extract_module.EXTRACTORS}
    originals = dict(extract_module.EXTRACTORS)

    def timed(name: str, find):  # type: ignore[no-untyped-def]
        def wrapper(sentence):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            try:
                return find(sentence)
            finally:
                spent[name] += time.perf_counter() - began
        return wrapper

    for name, find in originals.items():
        extract_module.EXTRACTORS[name] = timed(name, find)
    for document in documents:  # warm-up: caches and lazy tables
        extract_module.extract_document(document)
    runs: list[dict[str, float]] = []
    for _ in range(3):
        for name in spent:
            spent[name] = 0.0
        began = time.perf_counter()
        for document in documents:
            extract_module.extract_document(document)
        runs.append({**spent, "total": time.perf_counter() - began})
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(f"{len(documents)} ECB+ articles, extraction only (in-process, warm), median of 3:\n")
    print("| extractor | seconds | share of extraction |\n|---|---:|---:|")
    for name in originals:
        print(f"| {name} | {median[name]:.3f} | {100 * median[name] / median['total']:.1f}% |")
    print(f"| all of `extract_document` | {median['total']:.3f} | 100% |")
    out = ROOT / "bench" / "results" / "extractor_share.json"
    out.write_text(json.dumps({"documents": len(documents), "median_seconds": median}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
