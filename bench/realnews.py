"""Precision and recall of factcheck's warnings and errors on real news, against hand labels.

    .venv/bin/python bench/realnews.py [--gold bench/gold/realnews] [--data ../shared/data/ecbplus] [--quiet]

Each labelled ECB+ cluster (`bench/gold/realnews/<cluster>.yaml`, made with `bench/realnews_guide.md`) is checked
as `factcheck check` checks it, with the publication dates its meta.json knows. A warning or error finding is
**true** when its facts span two sides of one labelled disagreement (a fact matches a labelled mention when both
are in one document and their character spans overlap), **neutral** when they span two sides of a debatable one
only, and **false** otherwise. Precision is true / (true + false); recall is the share of labelled disagreements
that a true finding names. Prints the per-cluster table, the totals and every false finding; writes
`bench/results/realnews.json`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realnews_labels import DATA, GOLD, ClusterLabels, Item, Mention, load  # noqa: E402

import factcheck  # noqa: E402
from factcheck.facts import Fact, frame_facts  # noqa: E402


def meta_dates(folder: Path) -> dict[str, dt.date]:
    """Publication dates the cluster's meta.json knows (document id -> date)."""
    meta = folder / "meta.json"
    if not meta.exists():
        return {}
    found = {}
    for article in json.loads(meta.read_text(encoding="utf-8")).get("articles", []):
        try:
            found[Path(article["file"]).stem] = dt.date.fromisoformat(str(article.get("date"))[:10])
        except ValueError:
            continue
    return found


def _matches(fact: Fact, mention: Mention) -> bool:
    return fact.doc == Path(mention.doc).stem and fact.start < mention.end and mention.start < fact.end


def _spans(facts: Sequence[Fact], item: Item) -> bool:
    """The facts include mentions of two different sides of the item."""
    hit = {i for i, side in enumerate(item.sides) for f in facts if any(_matches(f, m) for m in side)}
    return len(hit) >= 2


def score_cluster(labels: ClusterLabels, data: Path) -> dict[str, object]:
    folder = data / labels.cluster
    result = factcheck.check([folder], published=meta_dates(folder) or None)
    by_id = {f.id: f for f in frame_facts(result.facts)}
    genuine, debatable = labels.section("disagreements"), labels.section("debatable")
    found: set[int] = set()
    rows = []
    for finding in result.findings:
        if finding.severity == "info":
            continue
        facts = [by_id[i] for i in finding.facts]
        hits = [n for n, item in enumerate(genuine) if _spans(facts, item)]
        found.update(hits)
        verdict = "true" if hits else "neutral" if any(_spans(facts, item) for item in debatable) else "false"
        rows.append({"verdict": verdict, "severity": finding.severity, "key": finding.key,
                     "message": finding.message,
                     "quotes": [f"{f.doc}: \u00ab{f.surface}\u00bb" for f in facts[:4]],
                     "sentences": [f.sentence.strip()[:160] for f in facts[:4]],
                     "about": [genuine[n].about for n in hits]})
    return {"cluster": labels.cluster, "genuine": len(genuine), "found": len(found), "findings": rows,
            "missed": [item.about for n, item in enumerate(genuine) if n not in found]}


def _table(results: Iterable[dict]) -> tuple[str, dict[str, float]]:
    lines = [f"{'cluster':24} {'findings':>8} {'true':>5} {'neutral':>7} {'false':>5} {'genuine':>7} {'found':>5}"]
    totals = {"findings": 0, "true": 0, "neutral": 0, "false": 0, "genuine": 0, "found": 0}
    for r in results:
        counts = {v: sum(1 for f in r["findings"] if f["verdict"] == v) for v in ("true", "neutral", "false")}
        row = {"findings": len(r["findings"]), **counts, "genuine": r["genuine"], "found": r["found"]}
        for k, v in row.items():
            totals[k] += v
        lines.append(f"{r['cluster'].removeprefix('ecbplus_'):24} " + " ".join(
            f"{row[k]:>{w}}" for k, w in (("findings", 8), ("true", 5), ("neutral", 7), ("false", 5),
                                            ("genuine", 7), ("found", 5))))
    lines.append(f"{'all':24} " + " ".join(f"{totals[k]:>{w}}" for k, w in (
        ("findings", 8), ("true", 5), ("neutral", 7), ("false", 5), ("genuine", 7), ("found", 5))))
    judged = totals["true"] + totals["false"]
    figures = {"precision": totals["true"] / judged if judged else 1.0,
               "recall": totals["found"] / totals["genuine"] if totals["genuine"] else 1.0, **totals}
    return "\n".join(lines), figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--quiet", action="store_true", help="only the table and the totals")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "realnews.json")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    labels = [load(path, args.data) for path in sorted(args.gold.glob("*.yaml"))]
    results = [score_cluster(cluster, args.data) for cluster in labels]
    table, figures = _table(results)
    print(table)
    print(f"\nprecision {figures['precision']:.2f} ({figures['true']} true / {figures['true'] + figures['false']} "
          f"judged, {figures['neutral']} neutral); recall {figures['recall']:.2f} ({figures['found']} of "
          f"{figures['genuine']} labelled disagreements); {figures['findings'] / max(len(results), 1):.1f} "
          "warning/error findings per cluster")
    if not args.quiet:
        for r in results:
            for f in r["findings"]:
                if f["verdict"] == "false":
                    print(f"\nFALSE {r['cluster']} [{f['severity']}] {f['message'][:240]}")
                    for quote, sentence in zip(f["quotes"], f["sentences"], strict=True):
                        print(f"    {quote} {sentence}")
            for about in r["missed"]:
                print(f"MISSED {r['cluster']}: {about}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    # Only document ids and the figures' own words go to the file: the article text belongs to its outlets.
    for r in results:
        for f in r["findings"]:
            f.pop("sentences")
    args.output.write_text(json.dumps({
        "date": dt.date.today().isoformat(), "machine": f"{platform.machine()}, {platform.python_version()}",
        "seconds": round(time.perf_counter() - started, 1), "figures": figures, "clusters": results,
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
