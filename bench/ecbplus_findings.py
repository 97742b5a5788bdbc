"""How many warnings and errors factcheck raises on all 86 ECB+ clusters, and a random sample of them to read by hand.

    .venv/bin/python bench/ecbplus_findings.py [--data ../shared/data/ecbplus] [--sample 40] [--seed 20261205]

Each cluster is checked as `factcheck check` checks it, with the publication dates its meta.json knows. Prints the
totals (errors, warnings, notes), the clusters with the most warning and error findings, and writes
`bench/results/ecbplus_findings.json` (counts per cluster) and, outside the repository (`--out`, the article text
belongs to its outlets), a random sample of warning and error findings from the clusters outside the hand-labelled
set (`bench/gold/realnews/`), each with its sides and the sentences they come from, for a person to mark true or
false. The verdicts are summed up in `bench/README.md`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realnews import meta_dates  # noqa: E402
from realnews_labels import DATA, GOLD  # noqa: E402

import factcheck  # noqa: E402
from factcheck.facts import frame_facts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--out", type=Path, default=Path("/tmp/factcheck-ecbplus-sample.md"))
    args = parser.parse_args(argv)
    labelled = {f"ecbplus_{p.stem}" for p in GOLD.glob("*.yaml")}
    started = time.perf_counter()
    counts: dict[str, dict[str, int]] = {}
    pool: list[dict[str, object]] = []
    for folder in sorted(p for p in args.data.glob("ecbplus_*") if p.is_dir()):
        result = factcheck.check([folder], published=meta_dates(folder) or None)
        by_id = {f.id: f for f in frame_facts(result.facts)}
        counts[folder.name] = {level: sum(1 for f in result.findings if f.severity == level)
                               for level in ("error", "warning", "info")}
        if folder.name in labelled:
            continue
        for finding in result.findings:
            if finding.severity == "info":
                continue
            pool.append({"cluster": folder.name, "severity": finding.severity, "key": finding.key,
                         "message": finding.message,
                         "sides": [[f"{by_id[i].doc}: «{by_id[i].surface}» {by_id[i].sentence.strip()}" for i in side]
                                   for side in finding.sides]})
    totals = {s: sum(c[s] for c in counts.values()) for s in ("error", "warning", "info")}
    loud = sorted(counts.items(), key=lambda item: -(item[1]["error"] + item[1]["warning"]))
    print(f"{len(counts)} clusters: {totals['error']} errors, {totals['warning']} warnings, {totals['info']} notes; "
          f"warning + error: {totals['error'] + totals['warning']}")
    print("most in one cluster: " + ", ".join(f"{name.removeprefix('ecbplus_')} {c['error'] + c['warning']}"
                                              for name, c in loud[:5]))
    sample = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "ecbplus_findings.json").write_text(json.dumps({
        "date": dt.date.today().isoformat(), "machine": f"{platform.machine()}, {platform.python_version()}",
        "seconds": round(time.perf_counter() - started, 1), "totals": totals, "clusters": counts,
    }, indent=1) + "\n", encoding="utf-8")
    lines = [f"# A random sample of {len(sample)} warning and error findings outside the labelled clusters",
             "", f"Drawn with seed {args.seed} from {len(pool)} findings; mark each **true** (a real disagreement "
             "between sources) or **false**.", ""]
    for number, item in enumerate(sample, 1):
        lines += [f"## {number}. {item['cluster']} [{item['severity']}] {item['key']}", "", str(item["message"]), ""]
        for side_number, side in enumerate(item["sides"], 1):  # type: ignore[arg-type]
            lines += [f"- side {side_number}: {quote}" for quote in side[:4]]
        lines += ["", "verdict: ", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"sample of {len(sample)} written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
