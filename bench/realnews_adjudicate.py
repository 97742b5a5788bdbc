"""Merge two labellers' files into the gold labels, by the adjudication rule of `bench/realnews_guide.md`.

    python3 bench/realnews_adjudicate.py bench/gold/realnews/labellers/A bench/gold/realnews/labellers/B \
        --out bench/gold/realnews [--promote FILE]

Two items are the same when they share mentions (same document, overlapping spans) on two of their sides, or
in two documents. Both genuine: genuine, with the union of their mentions. Genuine for one labeller only (the
other has it as debatable, as a trap or not at all): debatable, unless the adjudicator re-read it and listed it
in the `--promote` file (lines `cluster: about`, as the labeller wrote it), where it stays genuine. Debatable for
either: debatable. Traps: the union, at most 5, never a pair that is already genuine or debatable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_labels import DATA, ClusterLabels, Item, Mention, load


def _keys(item: Item) -> list[set[tuple[str, int]]]:
    return [{(m.doc, m.start) for m in side} for side in item.sides]


def _overlap(a: Item, b: Item) -> bool:
    shared_sides = 0
    docs: set[str] = set()
    for side in a.sides:
        hits = [m for m in side for other in b.sides for n in other
                if m.doc == n.doc and m.start < n.end and n.start < m.end]
        if hits:
            shared_sides += 1
            docs.update(m.doc for m in hits)
    return shared_sides >= 2 or len(docs) >= 2


def _mention(m: Mention) -> dict[str, object]:
    found = {"doc": m.doc, "surface": m.surface}
    if m.occurrence is not None:
        found["occurrence"] = m.occurrence
    return found


def _merged_sides(a: Item, b: Item | None) -> list[list[dict[str, object]]]:
    sides = [list(side) for side in a.sides]
    if b is not None:
        for other in b.sides:
            target = next((s for s in sides if any(m.doc == n.doc and m.start < n.end and n.start < m.end
                                                     for m in s for n in other)), None)
            if target is None:
                continue  # a side only one labeller saw stays out: the other did not call it part of this item
            for n in other:
                if not any(m.doc == n.doc and m.start < n.end and n.start < m.end for m in target):
                    target.append(n)
    return [[_mention(m) for m in side] for side in sides]


def _entry(item: Item, other: Item | None, why: str | None = None) -> dict[str, object]:
    return {"about": item.about, "kind": item.kind, "sides": _merged_sides(item, other),
            "why": why or item.why}


def adjudicate(a: ClusterLabels, b: ClusterLabels, promoted: set[str]) -> dict[str, object]:
    genuine, debatable, traps = [], [], []
    used_b: set[int] = set()
    b_items = list(b.items)
    for item in a.items:
        match = next((n for n, other in enumerate(b_items) if n not in used_b and _overlap(item, other)), None)
        other = b_items[match] if match is not None else None
        if match is not None:
            used_b.add(match)
        sections = {item.section, other.section if other else None}
        if sections == {"disagreements"}:
            genuine.append(_entry(item, other))
        elif "disagreements" in sections:
            first = item if item.section == "disagreements" else other
            assert first is not None
            if f"{a.cluster}: {first.about}" in promoted:
                genuine.append(_entry(first, other if first is item else item,
                                      first.why + " (one labeller; kept genuine on re-reading)"))
            else:
                debatable.append(_entry(first, other if first is item else item,
                                        first.why + " (genuine for one labeller only)"))
        elif "debatable" in sections:
            first = item if item.section == "debatable" else other
            assert first is not None
            debatable.append(_entry(first, other if first is item else item))
        else:
            traps.append(_entry(item, other))
    for n, other in enumerate(b_items):
        if n in used_b:
            continue
        if other.section == "disagreements":
            if f"{b.cluster}: {other.about}" in promoted:
                genuine.append(_entry(other, None, other.why + " (one labeller; kept genuine on re-reading)"))
            else:
                debatable.append(_entry(other, None, other.why + " (genuine for one labeller only)"))
        elif other.section == "debatable":
            debatable.append(_entry(other, None))
        else:
            traps.append(_entry(other, None))
    return {"cluster": a.cluster, "labellers": ["A", "B"], "disagreements": genuine, "debatable": debatable,
            "traps": traps[:5]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--promote", type=Path)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    promoted = set()
    if args.promote and args.promote.exists():
        promoted = {line.strip() for line in args.promote.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#")}
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.first.glob("*.yaml")):
        other = args.second / path.name
        if not other.exists():
            print(f"{path.name}: no second labeller, skipped", file=sys.stderr)
            continue
        merged = adjudicate(load(path, args.data), load(other, args.data), promoted)
        (args.out / path.name).write_text(yaml.safe_dump(merged, sort_keys=False, allow_unicode=True, width=110),
                                          encoding="utf-8")
        print(f"{path.name}: {len(merged['disagreements'])} genuine, {len(merged['debatable'])} debatable, "
              f"{len(merged['traps'])} traps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
