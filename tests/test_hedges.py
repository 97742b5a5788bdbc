"""Vague magnitudes ("thousands", "tens of billions") as hedges.yaml lists them: each one found in a sentence is one
the table gives an interval."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_sentence
from factcheck.extract.found import Sentence
from factcheck.extract.hedges import VAGUE, VAGUE_UNITS, vague_interval


@pytest.mark.parametrize("phrase", sorted(VAGUE_UNITS))
def test_every_vague_magnitude_of_the_table_is_found_whole(phrase: str) -> None:
    text = f"The flood cost {phrase} of dollars."
    [match] = VAGUE.finditer(text)
    assert match.group(0) == phrase
    low, high, closed = vague_interval(match.group(0))
    assert (low, high, closed) == (2 * VAGUE_UNITS[phrase], 10 * VAGUE_UNITS[phrase], "left")


def test_tens_of_billions_is_read_not_a_crash() -> None:
    # "tens of billions" was found by the pattern but missing from the table: a KeyError stopped the whole check.
    text = "The bailout cost tens of billions of dollars."
    [fact] = extract_sentence(Sentence(text, 0, None))
    assert (text[fact.start : fact.end], fact.low, fact.high, fact.closed) == (
        "tens of billions of dollars", 2e10, 1e11, "left")


def test_scores_is_vague_only_before_of() -> None:
    assert [m.group(0) for m in VAGUE.finditer("Scores of people died; the scores were level.")] == ["Scores"]
