"""Each reader of factcheck/extract/dates.py on its PASS and FAIL cases (tests/readers/dates.yaml), and a check that
every reader has both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract import dates
from factcheck.extract.found import Sentence

CASES: dict[str, dict[str, list[dict[str, Any]]]] = yaml.safe_load(
    (Path(__file__).resolve().parent / "readers" / "dates.yaml").read_text(encoding="utf-8"))
THURSDAY = dt.date(2024, 3, 21)


def _cases(kind: str) -> list[Any]:
    return [pytest.param(case, id=f"{reader}: {case['text']}")
            for reader, cases in CASES.items() for case in cases.get(kind, [])]


def _read(case: dict[str, Any]) -> list[tuple[str, object]]:
    published = case.get("published", THURSDAY)
    text = case["text"]
    return [(text[f.start : f.end], f.value) for f in dates.find(Sentence(text, 0, published))]


@pytest.mark.parametrize("case", _cases("pass"))
def test_a_reader_reads_its_wording(case: dict[str, Any]) -> None:
    assert (case["surface"], case["value"]) in _read(case)


@pytest.mark.parametrize("case", _cases("fail"))
def test_a_reader_leaves_other_wording_alone(case: dict[str, Any]) -> None:
    found = _read(case)
    if "surface" in case:
        assert case["surface"] not in [surface for surface, _ in found]
    else:
        assert found == []


def test_every_reader_has_pass_and_fail_cases() -> None:
    assert list(CASES) == [reader.name for reader in dates.READERS]
    for name, cases in CASES.items():
        assert cases.get("pass") and cases.get("fail"), name
