"""Hand labels of genuine disagreements in ECB+ clusters: loading, locating and checking them.

    python3 bench/realnews_labels.py bench/gold/realnews/t36_ecb.yaml [...]   # check label files

The format and the labelling guide are in `bench/realnews_guide.md`. This module never runs factcheck, so a
labeller can check a file without seeing the tool's output. A mention is located in its document by its exact
surface, counted as a whole word (not inside a longer number or word), and its `occurrence` (1-based).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", ROOT.parent / "shared" / "data")) / "ecbplus"
GOLD = ROOT / "bench" / "gold" / "realnews"
KINDS = {"count", "percent", "money", "measure", "duration", "ordinal", "date", "time", "age"}
SECTIONS = ("disagreements", "debatable", "traps")


class LabelError(ValueError):
    """A label file that cannot be used, with the file and the place named."""


@dataclass(frozen=True)
class Mention:
    doc: str
    surface: str
    occurrence: int | None
    start: int
    end: int


@dataclass(frozen=True)
class Item:
    section: str
    about: str
    kind: str
    sides: tuple[tuple[Mention, ...], ...]
    why: str


@dataclass(frozen=True)
class ClusterLabels:
    cluster: str
    path: Path
    items: tuple[Item, ...]

    def section(self, name: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.section == name)


def occurrences(surface: str, text: str) -> list[int]:
    """Start offsets of `surface` in `text` as a whole word: no letter or digit glued to either end."""
    pattern = re.compile(r"(?<![0-9A-Za-z])" + re.escape(surface) + r"(?![0-9A-Za-z])")
    return [match.start() for match in pattern.finditer(text)]


def _mention(raw: object, where: str, folder: Path, texts: dict[str, str]) -> Mention:
    if not isinstance(raw, dict) or set(raw) - {"doc", "surface", "occurrence"}:
        raise LabelError(f"{where}: a mention is {{doc, surface, occurrence?}}, got {raw!r:.80}")
    doc, surface, occurrence = raw.get("doc"), raw.get("surface"), raw.get("occurrence")
    if not isinstance(doc, str) or not isinstance(surface, str) or not surface.strip():
        raise LabelError(f"{where}: doc and surface must be non-empty strings")
    if doc not in texts:
        path = folder / doc
        if not path.is_file():
            raise LabelError(f"{where}: no document {doc} in {folder}")
        texts[doc] = path.read_text(encoding="utf-8")
    starts = occurrences(surface, texts[doc])
    if not starts:
        raise LabelError(f"{where}: {surface!r} is not in {doc} (as a whole word)")
    if occurrence is None:
        if len(starts) > 1:
            raise LabelError(f"{where}: {surface!r} occurs {len(starts)} times in {doc}: give occurrence")
        index = 0
    elif not isinstance(occurrence, int) or not 1 <= occurrence <= len(starts):
        raise LabelError(f"{where}: occurrence {occurrence!r} of {surface!r}, {doc} has {len(starts)}")
    else:
        index = occurrence - 1
    start = starts[index]
    return Mention(doc, surface, occurrence, start, start + len(surface))


def load(path: Path, data: Path = DATA) -> ClusterLabels:
    """Read and check one cluster's label file; every mention is located in its document."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LabelError(f"{path}: {error}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("cluster"), str):
        raise LabelError(f"{path}: a mapping with 'cluster' is expected")
    unknown = set(raw) - {"cluster", "labeller", "labellers", "notes", *SECTIONS}
    if unknown:
        raise LabelError(f"{path}: unknown keys {sorted(unknown)}")
    folder = data / raw["cluster"]
    if not folder.is_dir():
        raise LabelError(f"{path}: no cluster folder {folder}")
    texts: dict[str, str] = {}
    items: list[Item] = []
    for section in SECTIONS:
        entries = raw.get(section) or []
        if not isinstance(entries, list):
            raise LabelError(f"{path}: {section} must be a list")
        for number, entry in enumerate(entries, 1):
            where = f"{path.name}: {section}[{number}]"
            if not isinstance(entry, dict) or set(entry) - {"about", "kind", "sides", "why", "note"}:
                raise LabelError(f"{where}: keys are about, kind, sides, why (note optional)")
            if entry.get("kind") not in KINDS:
                raise LabelError(f"{where}: kind {entry.get('kind')!r} is not one of {sorted(KINDS)}")
            sides = entry.get("sides")
            if not isinstance(sides, list) or len(sides) < 2 or not all(isinstance(s, list) and s for s in sides):
                raise LabelError(f"{where}: sides must be two or more non-empty lists of mentions")
            located = tuple(
                tuple(_mention(m, f"{where} side {i}", folder, texts) for m in side) for i, side in enumerate(sides, 1)
            )
            docs = [{m.doc for m in side} for side in located]
            if section != "traps" and all(d == docs[0] for d in docs) and len(docs[0]) == 1:
                raise LabelError(f"{where}: all sides are in one document; only disagreements between sources")
            items.append(Item(section, str(entry.get("about", "")), entry["kind"], located, str(entry.get("why", ""))))
    return ClusterLabels(raw["cluster"], path, tuple(items))


def load_all(folder: Path = GOLD, data: Path = DATA) -> list[ClusterLabels]:
    return [load(path, data) for path in sorted(folder.glob("*.yaml"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=DATA, help="the ecbplus folder")
    args = parser.parse_args(argv)
    failed = 0
    for path in args.files:
        try:
            labels = load(path, args.data)
        except LabelError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
            continue
        counts = ", ".join(f"{len(labels.section(name))} {name}" for name in SECTIONS)
        print(f"{path}: ok ({counts})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
