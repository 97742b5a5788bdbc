"""Every reader of extraction on its PASS and FAIL cases (tests/reader_cases/*.yaml), run by one runner: the quantity
readers and exclusions (money, measures, counts, exclusions) and the date readers (dates); and meta-tests that
every reader and every exclusion has cases (for quantities, two that pass and one that fails at least).

A reader's case names the number (as ``figure``, the number as written) and asks ``readers.read``, which runs the
readers in their order: a PASS case must be decided by that reader, with what it must read (surface, value, unit,
or nothing); a FAIL case by another one (``by``). An exclusion's case asks the exclusion alone.

A date reader's case (dates.yaml) is a sentence and the date it must yield (surface as written, TIMEX3 value), or a
sentence where the reader must yield nothing (or nothing with the given surface); the publication date is Thursday
2024-03-21 unless the case gives another (null: none)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract import dates
from factcheck.extract.found import Sentence
from factcheck.extract.numbers import Number, scan
from factcheck.extract.readers import READERS, read
from factcheck.extract.readers.exclusions import EXCLUSIONS

CASES = Path(__file__).resolve().parent / "reader_cases"
THURSDAY = dt.date(2024, 3, 21)


def _load() -> dict[str, dict[str, dict[str, list[dict[str, Any]]]]]:
    """File stem -> reader or exclusion -> "pass" / "fail" -> cases."""
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(CASES.glob("*.yaml"))
            if path.stem != "dates"}


def _cases() -> list[Any]:
    return [pytest.param(stem, name, side, case, id=f"{name} {side}: {case['figure']} in {case['text']}")
            for stem, named in _load().items() for name, sides in named.items()
            for side, cases in sides.items() for case in cases]


def _number(text: str, figure: str) -> Number:
    """The first number of ``text`` written as ``figure``."""
    numbers = [n for n in scan(text) if text[n.start : n.end] == figure]
    assert numbers, f"no number {figure!r} in {text!r}: {[text[n.start : n.end] for n in scan(text)]}"
    return numbers[0]


@pytest.mark.parametrize(("stem", "name", "side", "case"), _cases())
def test_case(stem: str, name: str, side: str, case: dict[str, Any]) -> None:
    text = case["text"]
    number = _number(text, case["figure"])
    if stem == "exclusions":
        assert EXCLUSIONS[name](text, number) is (side == "pass")
        return
    decided_by, quantity = read(text, number)
    if side == "fail":
        assert decided_by != name and decided_by == case["by"]
        return
    assert decided_by == name
    if case["read"] == "nothing":
        assert quantity is None
        return
    assert quantity is not None
    expected = case["read"]
    assert (text[quantity.start : quantity.end], quantity.unit) == (expected["surface"], expected["unit"])
    assert quantity.value == pytest.approx(expected["value"])


def test_every_reader_and_exclusion_has_cases() -> None:
    loaded = _load()
    readers = {name: sides for stem, named in loaded.items() if stem != "exclusions" for name, sides in named.items()}
    for registry, cases in ((READERS, readers), (EXCLUSIONS, loaded["exclusions"])):
        assert set(cases) == set(registry), set(cases) ^ set(registry)
        for name, sides in cases.items():
            assert set(sides) == {"pass", "fail"}, name
            assert len(sides["pass"]) >= 2 and len(sides["fail"]) >= 1, name


def _dates() -> dict[str, dict[str, list[dict[str, Any]]]]:
    return yaml.safe_load((CASES / "dates.yaml").read_text(encoding="utf-8"))


def _date_cases(side: str) -> list[Any]:
    return [pytest.param(case, id=f"{reader}: {case['text']}")
            for reader, cases in _dates().items() for case in cases.get(side, [])]


def _read_dates(case: dict[str, Any]) -> list[tuple[str, object]]:
    published = case.get("published", THURSDAY)
    text = case["text"]
    return [(text[f.start : f.end], f.value) for f in dates.find(Sentence(text, 0, published))]


@pytest.mark.parametrize("case", _date_cases("pass"))
def test_a_date_reader_reads_its_wording(case: dict[str, Any]) -> None:
    assert (case["surface"], case["value"]) in _read_dates(case)


@pytest.mark.parametrize("case", _date_cases("fail"))
def test_a_date_reader_leaves_other_wording_alone(case: dict[str, Any]) -> None:
    found = _read_dates(case)
    if "surface" in case:
        assert case["surface"] not in [surface for surface, _ in found]
    else:
        assert found == []


def test_every_date_reader_has_pass_and_fail_cases() -> None:
    cases = _dates()
    assert list(cases) == [reader.name for reader in dates.READERS]
    for name, sides in cases.items():
        assert sides.get("pass") and sides.get("fail"), name
