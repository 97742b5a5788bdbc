"""Sizes that must not break a run: one 30 MB document, and a folder of 10,000 small documents. These tests assert
that the run completes with the right counts, never how long it took; bench/large.py measures time against size
(linear) and README "Speed" gives the figures."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # minutes for the 30 MB document, seconds for the 10,000 notes

LARGE = 30 * 2**20


def _bodies() -> list[str]:
    """The demo articles without their front matter: our own text, dense with figures and dates."""
    return [p.read_text(encoding="utf-8").split("---\n", 2)[2] for p in sorted((ROOT / "examples").glob("*.md"))]


def large_text(size: int) -> str:
    """``size`` characters of news copy: the demo articles round and round, every copy with figures of its own
    (each number plus the copy's number), so that no sentence repeats and no cache sees the same text twice."""
    bodies, pieces, total, copy = _bodies(), [], 0, 0
    while total < size:
        body = re.sub(r"\d+", lambda m, n=copy: str(int(m.group()) + n), bodies[copy % len(bodies)])
        pieces.append(body)
        total += len(body) + 1
        copy += 1
    return "\n".join(pieces)[:size]


def _factcheck(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    # A process of its own: its memory is given back, and a run that never ends is stopped by the timeout.
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_a_30_mb_document_is_checked(tmp_path: Path) -> None:
    document = tmp_path / "large.txt"
    document.write_text(large_text(LARGE), encoding="utf-8")
    assert document.stat().st_size >= LARGE
    report = tmp_path / "report.json"
    done = _factcheck("check", str(document), "--format", "json", "--output", str(report), "--fail-on", "never",
                      timeout=1800)
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["large"]
    assert len(data["facts"]) > 100_000  # about 13 a kilobyte
    text = document.read_text(encoding="utf-8")
    last = data["facts"][-1]
    assert text[last["start"] : last["end"]] == last["surface"] and last["start"] > LARGE - 10_000


def test_ten_thousand_small_documents(tmp_path: Path) -> None:
    """A folder of 10,000 notes; every hundredth is a report of one arrest count (12, or 7 in a third of them),
    so the run also matches 100 documents on one figure (4,950 pairs, 2,244 of them in conflict): one finding."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(10_000):
        if number % 100 == 0:
            text = f"Police said {7 if number % 300 == 0 else 12} people were arrested after the protest on Monday.\n"
        else:
            text = f"Desk note {number}: the editors thanked readers for their letters.\n"
        (folder / f"note-{number:05d}.txt").write_text("---\npublished: 2025-04-15\n---\n" + text, encoding="utf-8")
    report = tmp_path / "report.json"
    done = _factcheck("check", str(folder), "--format", "json", "--output", str(report), timeout=1800)
    assert done.returncode == 0, done.stderr  # a note: arrests reported the same day may have grown in between
    assert done.stderr.splitlines()[-1].startswith("factcheck: 10,000 documents, ")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 10_000
    arrests = [f for f in data["findings"] if f["key"] == "arrested"]
    [finding] = arrests  # one disagreement: the 34 notes that say 7 against the 66 that say 12
    assert finding["severity"] == "info" and [len(side) for side in finding["sides"]] == [34, 66]
