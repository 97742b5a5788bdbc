"""The quantity readers and exclusions, each on its PASS and FAIL cases (tests/reader_cases/*.yaml), run by one
test; and a meta-test that every reader and every exclusion has cases (two that pass and one that fails at least).

A reader's case names the number (as ``figure``, the number as written) and asks ``readers.read``, which runs the
readers in their order: a PASS case must be decided by that reader, with what it must read (surface, value, unit,
or nothing); a FAIL case by another one (``by``). An exclusion's case asks the exclusion alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract.numbers import Number, scan
from factcheck.extract.readers import READERS, read
from factcheck.extract.readers.exclusions import EXCLUSIONS

CASES = Path(__file__).resolve().parent / "reader_cases"


def _load() -> dict[str, dict[str, dict[str, list[dict[str, Any]]]]]:
    """File stem -> reader or exclusion -> "pass" / "fail" -> cases."""
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(CASES.glob("*.yaml"))}


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
