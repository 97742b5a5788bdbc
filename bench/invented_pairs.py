"""Invented story pairs: does factcheck warn on a genuine disagreement told in plain news wording, and stay quiet on
a trap?

    .venv/bin/python bench/invented_pairs.py [--cases bench/gold/invented/pairs.txt] [--output FILE] [--verbose]
    .venv/bin/python bench/invented_pairs.py --cases bench/gold/invented/test_pairs.txt

Each case of the file (see its header) is two or three short reports of one invented event, all dated 2026-03-12,
checked as `factcheck check` checks a folder. A genuine case (G) is **caught** when a warning or error finding has
facts of two reports, **a note** when only an info finding does, **missed** otherwise; a trap (T, X) is **false**
when any warning or error finding is raised, **a note** when only info findings are, **clean** otherwise. Prints the
counts and every case that is not as expected; writes `bench/results/invented_pairs.json` (for test_pairs.txt:
`bench/results/invented_test_pairs.json`, and so on).

The reports were written by a helper who had not seen factcheck's output, with the verdict expected written first;
this session fixed code on some of them, so the counts measure plain news wording the judge now knows, not unseen
text (for that: `bench/realnews.py` on the sealed sets).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402

CASES = ROOT / "bench" / "gold" / "invented" / "pairs.txt"
_HEADER = re.compile(r"#\s+(?P<id>[GTX]\d+)\s+(?P<kind>GENUINE|TRAP)\b(?P<about>.*)")


def cases(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(id, kind, description, reports) of every case of the file."""
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        header = next((_HEADER.match(line) for line in lines if _HEADER.match(line)), None)
        if header is None:
            continue
        reports = [line for line in lines if not line.startswith("#")]
        found.append((header.group("id"), header.group("kind"), header.group("about").strip(), reports))
    return found


def outcome(kind: str, reports: list[str]) -> tuple[str, list[str]]:
    """The case's outcome and the findings that decide it."""
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(reports, 1):
            (Path(folder) / f"story{number}.md").write_text(f"---\npublished: 2026-03-12\n---\n{text}\n",
                                                            encoding="utf-8")
        result = factcheck.check([Path(folder)])
    docs = {row.id: row.doc for row in result.facts.itertuples()}
    across = [f for f in result.findings if len({docs[i] for i in f.facts}) > 1]
    flagged = [f for f in across if f.severity in ("warning", "error")]
    notes = [f for f in across if f.severity == "info"]
    shown = [f"{f.severity}: {f.message[:150]}" for f in flagged + notes]
    if kind == "GENUINE":
        return ("caught" if flagged else "note" if notes else "missed"), shown
    return ("false" if flagged else "note" if notes else "clean"), shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--output", type=Path, help="results (default bench/results/invented_<cases file stem>.json)")
    parser.add_argument("--verbose", action="store_true", help="show every case, not only the unexpected")
    args = parser.parse_args(argv)
    results = []
    for case_id, kind, about, reports in cases(args.cases):
        found, shown = outcome(kind, reports)
        results.append({"id": case_id, "kind": kind, "about": about, "outcome": found, "findings": shown})
        if args.verbose or found not in ("caught", "clean"):
            print(f"{case_id} {kind.lower()} {found}: {about}")
            for line in shown:
                print(f"    {line}")
    genuine = Counter(r["outcome"] for r in results if r["kind"] == "GENUINE")
    traps = Counter(r["outcome"] for r in results if r["kind"] == "TRAP")
    print(f"\ngenuine {sum(genuine.values())}: caught {genuine['caught']}, a note only {genuine['note']}, "
          f"missed {genuine['missed']}")
    print(f"traps {sum(traps.values())}: a false warning {traps['false']}, a note only {traps['note']}, "
          f"clean {traps['clean']}")
    stem = args.cases.stem
    name = "invented_pairs.json" if stem == "pairs" else f"invented_{stem}.json"
    out = args.output or ROOT / "bench" / "results" / name
    where = args.cases.resolve()
    out.write_text(json.dumps({
        "date": dt.date.today().isoformat(),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "cases_file": str(where.relative_to(ROOT)) if where.is_relative_to(ROOT) else str(args.cases),
        "genuine": dict(genuine), "traps": dict(traps), "cases": results}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
