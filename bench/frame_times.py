"""When a figure holds: factcheck's frame time against a labeller's, on 70 figures of the 86 ECB+ clusters.

    .venv/bin/python bench/frame_times.py [--gold bench/gold/times/labels.yaml]
                                          [--changes bench/gold/times/changes.yaml] [--data ../shared/data/ecbplus]

Each labelled figure (`bench/gold/times/labels.yaml`, labelled by `guide.md` without the tool's output) is found among
the facts of its cluster, checked as `factcheck check` checks it, by document and character span. A label `event`
agrees with the time `event`; a year (`2004`, `2004-12`) with a time of that year; `other` (another time the sentence
gives no year for) with any time but `event`; `unsure` is left out. Prints the agreement, the figures told as now that
are not (and the reverse), and every disagreement; writes `bench/results/frame_times.json` (ids and figures only).

`--changes`: the 46 figures whose frame the twenty-seventh session changed, labelled blind the same way: a `when`
question is scored as above; a `what` question by what the frame says it counts: `residents` agrees with the predicate
`live`, `displaced` with `displace`, `aftershock magnitude` with the thing `aftershock`, `main quake magnitude` with
`magnitude`, anything else with neither `live` nor `aftershock`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.facts import Fact, frame_facts  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "times" / "labels.yaml"
CHANGES = ROOT / "bench" / "gold" / "times" / "changes.yaml"
_COUNTS = {"residents": ("predicate", "live"), "displaced": ("predicate", "displace"),
           "aftershock magnitude": ("thing", "aftershock"), "main quake magnitude": ("thing", "magnitude")}
DATA = ROOT.parent / "shared" / "data" / "ecbplus"


def agrees(label: str, time: str | None) -> bool:
    """The tool's time says what the label says (see the module's docstring)."""
    time = time or "event"
    if label == "event":
        return time == "event"
    if label == "other":
        return time != "event"
    return time[:4] == label[:4]


def counts(answer: str, fact: Fact) -> bool:
    """The frame says the figure counts what the label says (see the module's docstring)."""
    if answer in _COUNTS:
        field, value = _COUNTS[answer]
        return getattr(fact, field) == value
    return fact.predicate != "live" and fact.thing != "aftershock"


def _fact(facts: list[Fact], item: dict) -> Fact | None:
    return next((f for f in facts if f.doc == item["doc"] and f.start == item["start"] and f.end == item["end"]),
                None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "frame_times.json")
    parser.add_argument("--changes", type=Path, default=CHANGES)
    args = parser.parse_args(argv)
    facts: dict[str, list[Fact]] = {}

    def fact_of(item: dict) -> Fact | None:
        if item["cluster"] not in facts:
            facts[item["cluster"]] = frame_facts(factcheck.check([args.data / item["cluster"]]).facts)
        return _fact(facts[item["cluster"]], item)

    rows = []
    for item in yaml.safe_load(args.gold.read_text(encoding="utf-8")):
        if item["time"] == "unsure":
            continue
        found = fact_of(item)
        time = found.time if found else "not extracted"
        rows.append({"n": item["n"], "doc": item["doc"], "surface": item["surface"], "label": item["time"],
                     "time": time, "agrees": found is not None and agrees(item["time"], time)})
    changed = []
    for item in yaml.safe_load(args.changes.read_text(encoding="utf-8")) if args.changes.exists() else ():
        found = fact_of(item)
        if item["answer"] == "unsure" or found is None:
            continue
        right = agrees(item["answer"], found.time) if item["question"] == "when" else counts(item["answer"], found)
        changed.append({"n": item["n"], "question": item["question"], "label": item["answer"], "agrees": right,
                        "frame": found.time if item["question"] == "when" else f"{found.predicate}/{found.thing}"})
    right = sum(r["agrees"] for r in rows)
    now_wrong = [r for r in rows if r["time"] == "event" and r["label"] != "event"]
    past_wrong = [r for r in rows if r["label"] == "event" and r["time"] != "event"]
    print(f"{right} of {len(rows)} figures' times agree with the labels ({right / max(len(rows), 1):.0%}); "
          f"told as now but not: {len(now_wrong)}; told as another time but now: {len(past_wrong)}")
    for r in rows:
        if not r["agrees"]:
            print(f"  {r['n']:>3} {r['doc']}: \u00ab{r['surface']}\u00bb label {r['label']}, factcheck {r['time']}")
    for question in ("when", "what"):
        asked = [r for r in changed if r["question"] == question]
        print(f"figures the twenty-seventh session changed, '{question}': {sum(r['agrees'] for r in asked)} of "
              f"{len(asked)} as labelled")
        for r in asked:
            if not r["agrees"]:
                print(f"  {r['n']:>3} label {r['label']}, factcheck {r['frame']}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({
        "date": dt.date.today().isoformat(),
        "machine": {"cpu_count": __import__("os").cpu_count(), "python": platform.python_version()},
        "figures": len(rows), "agree": right, "now_but_not": len(now_wrong), "another_time_but_now": len(past_wrong),
        "rows": rows, "changed": changed}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
