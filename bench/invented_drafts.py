"""Invented draft checks: does `factcheck check DRAFT --against SOURCES` give each draft figure the status a careful
editor would?

    .venv/bin/python bench/invented_drafts.py [--cases bench/gold/invented/review21_drafts.txt] [--verbose]

Each case of the file is a draft and two or three sources, one line each with its publication date, and the statuses
expected of some of the draft's figures, written before any run by a helper who had not seen factcheck's output:

    # D01 short description
    DRAFT 2026-03-12: <draft>
    SOURCE 2026-03-11: <source>
    EXPECT: "12" contradicted; "3 a.m." backed; "Monday" backed

An expected surface is matched with the draft figures' surfaces, exactly first, else the first figure whose surface
holds it ("1,400" finds "More than 1,400"). Prints each wrong status (every one with --verbose), the count of right
ones and the confusion of expected against given; writes `bench/results/invented_drafts.json`. This session fixed code
on some of the cases, so the count measures draft wording the checker now knows, not unseen text.
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

from factcheck.pipeline import check_draft  # noqa: E402

CASES = ROOT / "bench" / "gold" / "invented" / "review21_drafts.txt"
_HEADER = re.compile(r"#\s*(?P<id>D\d+)\s+(?P<about>.*)")
_DOCUMENT = re.compile(r"(?P<role>DRAFT|SOURCE)\s+(?P<day>\d{4}-\d{2}-\d{2}):\s*(?P<text>.*)")
_EXPECTED = re.compile(r'"([^"]+)"\s+(\w+)')


def cases(path: Path) -> list[dict]:
    """The cases of the file: id, about, draft (day, text), sources [(day, text)], expected [(surface, status)]."""
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        header = next((m for m in map(_HEADER.match, lines) if m), None)
        if header is None:
            continue
        documents = [m for m in map(_DOCUMENT.match, lines) if m]
        expect = next((line for line in lines if line.startswith("EXPECT:")), "")
        found.append({"id": header.group("id"), "about": header.group("about").strip(),
                      "draft": next((m.group("day"), m.group("text")) for m in documents if m.group("role") == "DRAFT"),
                      "sources": [(m.group("day"), m.group("text")) for m in documents if m.group("role") == "SOURCE"],
                      "expected": _EXPECTED.findall(expect)})
    return found


def statuses(case: dict) -> list[tuple[str, str]]:
    """(surface, status) of every figure of the case's draft, checked against its sources."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "sources").mkdir()
        draft = root / "draft.md"
        draft.write_text(f"---\npublished: {case['draft'][0]}\n---\n{case['draft'][1]}\n", encoding="utf-8")
        for number, (day, text) in enumerate(case["sources"], 1):
            (root / "sources" / f"source{number}.md").write_text(f"---\npublished: {day}\n---\n{text}\n",
                                                                encoding="utf-8")
        result = check_draft([draft], [root / "sources"])
    surfaces = {row.id: row.surface for row in result.facts.itertuples()}
    return [(surfaces[figure.fact], figure.status) for figure in result.review.figures]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--output", type=Path, help="results (default bench/results/invented_drafts.json)")
    parser.add_argument("--verbose", action="store_true", help="show every expected status, not only the wrong")
    args = parser.parse_args(argv)
    confusion: Counter[tuple[str, str]] = Counter()
    results = []
    for case in cases(args.cases):
        given = statuses(case)
        for surface, expected in case["expected"]:
            hit = next((g for g in given if g[0] == surface), None) or next((g for g in given if surface in g[0]), None)
            status = hit[1] if hit else "not extracted"
            confusion[(expected, status)] += 1
            results.append({"case": case["id"], "surface": surface, "expected": expected, "given": status})
            if args.verbose or status != expected:
                print(f"{case['id']} {surface!r}: expected {expected}, given {status}  ({case['about'][:70]})")
    right = sum(n for (expected, given), n in confusion.items() if expected == given)
    total = sum(confusion.values())
    alarms = sum(n for (expected, given), n in confusion.items()
                 if given in ("contradicted", "outdated") and expected not in ("contradicted", "outdated"))
    print(f"\n{right} of {total} expected statuses given; false alarms (contradicted or outdated, expected neither): "
          f"{alarms}")
    for (expected, given), n in sorted(confusion.items()):
        if expected != given:
            print(f"    expected {expected}, given {given}: {n}")
    out = args.output or ROOT / "bench" / "results" / "invented_drafts.json"
    where = args.cases.resolve()
    out.write_text(json.dumps({
        "date": dt.date.today().isoformat(),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "cases_file": str(where.relative_to(ROOT)) if where.is_relative_to(ROOT) else str(args.cases),
        "right": right, "total": total, "false_alarms": alarms,
        "confusion": [{"expected": e, "given": g, "count": n} for (e, g), n in sorted(confusion.items())],
        "statuses": results}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
