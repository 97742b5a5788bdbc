"""Every rule kind, tested as data (in the spirit of sqlfluff's YAML rule tests): each folder of tests/rule_cases is a
rule pack of one rule with its cases in tests/*.yaml, in the format a user writes for `factcheck rules test DIR`
(rules/README.md, "Testing your rules"), run by the runner that command uses (factcheck.rule_cases)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.rule_cases import case_file, run_case
from factcheck.rules.kinds import KINDS
from factcheck.rules.loader import load_rules
from factcheck.rules.model import Rule

PACKS = sorted(p for p in (Path(__file__).parent / "rule_cases").iterdir() if p.is_dir())


@cache
def _pack(folder: Path) -> tuple[tuple[Rule, ...], Lexicon]:
    return load_rules([folder]), load_lexicon([folder])


def _cases() -> list[tuple[Path, Path, dict]]:
    return [pytest.param(pack, path, case, id=f"{pack.name}: {case['name']}")
            for pack in PACKS for path in sorted((pack / "tests").glob("*.yaml")) for case in case_file(path)]


@pytest.mark.parametrize(("pack", "path", "case"), _cases())
def test_rule_case(pack: Path, path: Path, case: dict) -> None:
    result = run_case(path, case, *_pack(pack))
    assert result.passed, result.detail


def test_every_rule_kind_has_passing_and_failing_cases() -> None:
    covered: dict[str, set[bool]] = {}
    for pack in PACKS:
        kinds = {rule.id: rule.kind for rule in _pack(pack)[0]}
        for path in (pack / "tests").glob("*.yaml"):
            for case in case_file(path):
                covered.setdefault(kinds[case["rule"]], set()).add(case["findings"] > 0)
    assert {kind: {True, False} for kind in KINDS} == covered


def test_every_kind_that_judges_pairs_says_when_a_pair_agrees() -> None:
    """A draft's figure is backed by a source only when the kind says the two agree (see factcheck.draft)."""
    assert [name for name, kind in KINDS.items() if hasattr(kind, "judge") != hasattr(kind, "agrees")] == []


def test_a_currency_s_worth_in_dollars_bounds_what_two_currencies_may_be() -> None:
    """"200 million euros" (150 to 250 million, as rounded) is $111 million to $440 million at the rates since 1999
    (0.82 to 1.60 dollars a euro, a tenth more either way, three digits rounded outward); US dollars stay
    themselves."""
    from factcheck.rules.agree import in_dollars
    from factcheck.rules.intervals import Interval
    from factcheck.units import worth

    euros = in_dollars(Interval(150e6, 250e6, True, True), worth("EUR", "200 million euros"))  # type: ignore[arg-type]
    assert (euros.low, euros.high) == (111e6, 440e6)
    dollars = in_dollars(Interval(2e6, 2e6, True, True), worth("USD", "US$2 million"))  # type: ignore[arg-type]
    assert (dollars.low, dollars.high) == (2e6, 2e6)


@pytest.mark.parametrize(("unit", "surface", "expected"), [
    ("USD", "$52.5 million", (0.38, 1.11)),  # an Auckland paper's dollar, a Toronto paper's, a US one's
    ("USD", "US$52.5 million", (1.0, 1.0)),
    ("USD", "5 million U.S. dollars", (1.0, 1.0)),
    ("NZD", "NZ$52.5 million", (0.38, 0.89)),
    ("INR", "Rs10 billion", (0.0026, 0.0256)),  # Islamabad's, Colombo's, Kathmandu's rupee too
    ("INR", "₹500 crore", (0.0105, 0.0256)),
    ("CHF", "16 billion francs", (0.00125, 1.42)),  # French, CFA or Swiss
    ("CHF", "3 billion Swiss francs", (0.54, 1.42)),
    ("JPY", "¥5 billion", (0.0061, 0.166)),  # yen or yuan
    ("JPY", "500 billion yen", (0.0061, 0.0133)),
    ("THB", "5 million baht", None),
])
def test_what_a_sum_may_be_worth_in_dollars_follows_how_it_is_written(unit: str, surface: str,
                                                                       expected: tuple[float, float] | None) -> None:
    from factcheck.units import worth

    assert worth(unit, surface) == expected


@pytest.mark.parametrize(("low", "high", "problem"), [
    ({"EUR": 0.82}, {"EUR": 1.6, "GBP": 2.1}, "name other currencies"),
    ({"EUR": 1.6}, {"EUR": 0.82}, "the least first"),
    ({"EUR": 0}, {"EUR": 1.6}, "above zero"),
    ({"EUR": "cheap"}, {"EUR": 1.6}, "above zero"),
])
def test_a_bad_table_of_worth_in_dollars_names_its_file(monkeypatch: pytest.MonkeyPatch, low: dict, high: dict,
                                                        problem: str) -> None:
    import factcheck.units as units
    from factcheck.errors import RuleError

    tables = {"lowest_in_dollars": low, "highest_in_dollars": high}
    monkeypatch.setattr(units, "table", lambda file, name: tables[name])
    with pytest.raises(RuleError, match=problem) as raised:
        units._dollar_values()
    assert "currencies.yaml" in str(raised.value)
