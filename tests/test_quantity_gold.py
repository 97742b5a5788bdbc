"""The quantity gold set (tests/gold/quantities.yaml): invented news sentences, each with every figure the
README's rules say should be extracted from it, compared fact by fact with ``extract_sentence``.

Expected values were computed by hand from docs/extraction.md ("What is extracted", "Hedges become intervals"),
not copied from the extractor's output; the conventions it leaves open are stated at the top of
the YAML file. Only facts whose kind is not date/time are compared (dates and times are covered by
tests/test_extract_dates.py)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract import extract_sentence
from factcheck.extract.found import Found, Sentence

GOLD = Path(__file__).resolve().parent / "gold" / "quantities.yaml"
PUBLISHED = dt.date(2025, 4, 15)  # the figures compared here do not depend on it
NOT_FIGURES = frozenset({"date", "time"})

FIELDS = ("surface", "kind", "value", "low", "high", "closed", "unit", "hedge")
NUMERIC = ("value", "low", "high")
KINDS = frozenset({"count", "percent", "money", "measure", "duration", "ordinal"})
HEDGES = frozenset({None, "over", "nearly", "about", "at_least", "at_most", "under", "range", "vague"})
CLOSED = frozenset({"both", "left", "right", "neither"})

CASES: list[dict[str, Any]] = yaml.safe_load(GOLD.read_text(encoding="utf-8"))


class _Unasserted:
    """Stands for a field the gold does not assert (a fact's subject when none is given)."""

    def __eq__(self, other: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "<not asserted>"


UNASSERTED = _Unasserted()


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['category']}: {case['text']}"


def _expected(fact: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in FIELDS:
        value = fact[field]
        if field in NUMERIC and value is not None:
            value = pytest.approx(float(value), rel=1e-6, abs=1e-9)
        row[field] = value
    row["subject"] = fact.get("subject", UNASSERTED)
    return row


def _got(text: str, fact: Found) -> dict[str, Any]:
    return {
        "surface": text[fact.start : fact.end],
        "kind": fact.kind,
        "value": fact.value,
        "low": fact.low,
        "high": fact.high,
        "closed": fact.closed,
        "unit": fact.unit,
        "hedge": fact.hedge,
        "subject": fact.subject,
    }


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_gold_sentence(case: dict[str, Any]) -> None:
    text = case["text"]
    got = [_got(text, f) for f in extract_sentence(Sentence(text, 0, PUBLISHED)) if f.kind not in NOT_FIGURES]
    assert got == [_expected(f) for f in case["facts"]]


# The gold file itself: well formed, and every interval follows the README's hedge table, so that a typo
# in the gold cannot pass for a bug in the extractor.


def test_gold_is_large_enough_and_covers_every_category() -> None:
    assert sum(len(c["facts"]) for c in CASES) >= 170
    minimum = {
        "thousands_separators": 4,
        "scale_words": 8,
        "number_words": 8,
        "hedges": 20,
        "vague": 6,
        "ordinals": 6,
        "durations_angles": 8,
        "percentages": 8,
        "changes": 8,
        "ages": 4,
        "money": 10,
        "measures": 20,
        "not_quantities": 25,
    }
    for category, count in minimum.items():
        cases = [c for c in CASES if c["category"] == category]
        assert len(cases) >= count, category
    with_subject = [f for c in CASES for f in c["facts"] if f["kind"] == "count" and f.get("subject")]
    assert len(with_subject) >= 20
    texts = [c["text"] for c in CASES]
    assert len(texts) == len(set(texts)), "duplicate sentences"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_gold_facts_are_consistent(case: dict[str, Any]) -> None:
    assert set(case) == {"category", "text", "facts"}
    text = case["text"]
    cursor = 0
    for fact in case["facts"]:
        assert set(fact) - {"subject"} == set(FIELDS), fact
        assert fact["kind"] in KINDS and fact["hedge"] in HEDGES and fact["closed"] in CLOSED, fact
        for field in NUMERIC:
            assert fact[field] is None or isinstance(fact[field], (int, float)), (field, fact)
        position = text.find(fact["surface"], cursor)  # surfaces appear in text order
        assert position >= 0, fact["surface"]
        cursor = position + len(fact["surface"])
        value, low, high, closed, hedge = (fact[k] for k in ("value", "low", "high", "closed", "hedge"))
        if fact["kind"] in ("count", "ordinal"):
            assert fact["unit"] is None or (fact["kind"] == "count" and fact["unit"].startswith("/"))
        if hedge is None:
            assert (low, high, closed) == (value, value, "both")
        elif hedge == "vague":
            assert value is None and closed == "left" and high == 5 * low
        elif hedge == "over":
            assert low == value and high > value and closed == "right"
        elif hedge == "nearly":
            assert high == value and low < value and closed == "left"
        elif hedge == "about":
            assert math.isclose((low + high) / 2, value) and closed == "both"
        elif hedge == "at_least":
            assert low == value and high is None and closed == "left"
        elif hedge == "at_most":
            assert high == value and low is None and closed == "right"
        elif hedge == "under":
            assert high == value and low is None and closed == "neither"
        elif hedge == "range":
            assert value is None and high > low and closed == "both"
