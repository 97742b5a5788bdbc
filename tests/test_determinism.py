"""The same input gives byte-identical JSON, whatever the order of the input paths, and from one run to the next
(another process, another hash seed: nothing may depend on the order of a set)."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

EXAMPLES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.md"))
SOURCES, DRAFT = EXAMPLES[:3], EXAMPLES[3]


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run_cli(capsys, "check", *args, "--format", "json")
    assert code in (0, 1), err
    return out


@pytest.mark.slow  # the demo checked 24 times
def test_json_is_the_same_whatever_the_order_of_the_paths(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    reports = {_json(capsys, *order) for order in itertools.permutations(EXAMPLES)}
    assert len(reports) == 1
    [report] = reports
    assert '"findings": [\n    {\n      "id": "F1"' in report  # there are findings to put in order


def test_draft_json_is_the_same_whatever_the_order_of_the_sources(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    reports = {_json(capsys, DRAFT, "--against", *order) for order in itertools.permutations(SOURCES)}
    assert len(reports) == 1


@pytest.mark.slow  # three factcheck processes
def test_json_is_the_same_from_one_process_to_the_next() -> None:
    outputs = set()
    for seed, paths in (("1", EXAMPLES), ("2", EXAMPLES[::-1]), ("3", [*EXAMPLES[2:], *EXAMPLES[:2]])):
        done = subprocess.run(
            [sys.executable, "-m", "factcheck.cli", "check", *paths, "--format", "json"],
            cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, timeout=300,
        )
        assert done.returncode == 1, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_extract_json_is_the_same_whatever_the_order_of_the_paths(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    outputs = set()
    for order in (EXAMPLES, EXAMPLES[::-1]):
        code, out, _ = run_cli(capsys, "extract", *order, "--format", "json")
        assert code == 0
        outputs.add(out)
    assert len(outputs) == 1


def test_documents_are_read_in_the_order_of_their_ids(tmp_path: Path) -> None:
    from factcheck.documents import read_documents

    for name in ("b.txt", "a-b.txt", "a.md"):
        (tmp_path / name).write_text("Police said 12 people were arrested.\n", encoding="utf-8")
    reading = read_documents([tmp_path / "b.txt", tmp_path])
    assert [d.id for d in reading.documents] == ["a", "a-b", "b"]
