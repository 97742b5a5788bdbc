"""False alarms on real stories of many events: factcheck on MEANTIME's four topic folders.

    .venv/bin/python bench/meantime_topics.py [--data ../shared/data/meantime]

MEANTIME (NewsReader, CC BY 4.0) holds 120 English Wikinews articles in four folders of one topic each (Airbus,
Apple, General Motors, stock markets), written from 2005 to 2013 about many events: a tanker contract, an iPhone, a
bankruptcy, a market fall. Each folder is checked as one set of stories, every article dated by its creation time.
Stories of different events cannot contradict each other, so a warning or an error here is, with few exceptions
(two articles of one event, read by hand), a false alarm of the kind the judge must not raise when a batch or a
ledger hands it stories of another event. Prints each folder's counts and every warning and error with its
sentences; writes `bench/results/meantime_topics.json`. The articles are rebuilt from their tokens (punctuation
re-attached) into a temporary folder outside the repository: the texts stay in `../shared/data`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tempeval import meantime_documents  # noqa: E402

import factcheck  # noqa: E402
from factcheck.facts import frame_facts  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "meantime"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "meantime_topics.json")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts: dict[str, dict[str, int]] = {}
    loud: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for doc in meantime_documents(args.data, detokenize=True):
            folder = Path(scratch) / doc.group
            folder.mkdir(exist_ok=True)
            (folder / f"{doc.name[:60]}.md").write_text(f"---\npublished: {doc.dct.isoformat()}\n---\n{doc.text}\n",
                                                       encoding="utf-8")
        for folder in sorted(Path(scratch).iterdir()):
            result = factcheck.check([folder])
            by_id = {f.id: f for f in frame_facts(result.facts)}
            levels = {level: sum(1 for f in result.findings if f.severity == level)
                      for level in ("error", "warning", "info")}
            counts[folder.name] = {"documents": len(result.documents), "facts": len(result.facts), **levels}
            loud += [{"topic": folder.name, "severity": f.severity, "message": f.message,
                      "sides": [[f"{by_id[i].doc}: «{by_id[i].surface}» {by_id[i].sentence.strip()}" for i in side]
                                for side in f.sides]}
                     for f in result.findings if f.severity != "info"]
    totals = {level: sum(c[level] for c in counts.values()) for level in ("error", "warning", "info")}
    for name, c in counts.items():
        print(f"{name}: {c['documents']} articles, {c['facts']} facts: {c['error']} errors, {c['warning']} warnings, "
              f"{c['info']} notes")
    print(f"all {sum(c['documents'] for c in counts.values())} articles: {totals['error']} errors, "
          f"{totals['warning']} warnings, {totals['info']} notes")
    for item in loud:
        print(f"\n[{item['severity']}] {item['topic']}: {item['message']}")
        for side in item["sides"]:  # type: ignore[attr-defined]
            print("  - " + "\n  - ".join(side[:3]))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({
        "date": dt.date.today().isoformat(), "machine": f"{platform.machine()}, {platform.python_version()}",
        "seconds": round(time.perf_counter() - started, 1), "totals": totals, "topics": counts,
        "warnings_and_errors": [{k: v for k, v in item.items() if k != "sides"} for item in loud],
    }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
