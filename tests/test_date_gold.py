"""The date gold set (tests/gold/dates.yaml): invented news sentences, each with every date, time and duration
a reader would take from it, resolved against the case's publication date, compared fact by fact with
``extract_sentence``.

Expected values are TimeML TIMEX3 values computed by hand (conventions at the top of the YAML file), not copied
from the extractor's output. Dates and times are compared on surface, kind and value; durations also on
stated_value, stated_unit and their TIMEX3 period (``timex``); a range of durations ("one to two years") on
surface, kind, low and high only."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract import extract_sentence
from factcheck.extract.found import Found, Sentence

GOLD = Path(__file__).resolve().parent / "gold" / "dates.yaml"
KINDS = frozenset({"date", "time", "duration"})

CASES: list[dict[str, Any]] = yaml.safe_load(GOLD.read_text(encoding="utf-8"))

# Seconds of each unit, as the gold writes them: a year of 365.2425 days, a month a twelfth of a year.
SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2629746,
           "year": 31556952, "decade": 315569520}
# TIMEX3 period letters: (time part?, multiplier, letter).
PERIOD = {"second": ("T", 1, "S"), "minute": ("T", 1, "M"), "hour": ("T", 1, "H"), "day": ("", 1, "D"),
          "week": ("", 1, "W"), "month": ("", 1, "M"), "year": ("", 1, "Y"), "decade": ("", 10, "Y")}

DATE_VALUE = re.compile(
    r"\d{4}(?:-\d\d(?:-\d\d)?)?|\d{4}-W\d\d(?:-WE)?|\d{4}-Q[1-4]|\d{4}-(?:SP|SU|FA|WI)|\d{3}"
    r"|XXXX-\d\d(?:-\d\d)?|PRESENT_REF|PAST_REF|FUTURE_REF"
)
TIME_VALUE = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T(?:[0-2]\d:[0-5]\dZ?|MO|AF|EV|NI)")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class _Any:
    """Stands for a field the gold does not compare (the stated value of a range, the interval of a duration)."""

    def __eq__(self, other: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "<not compared>"


ANY = _Any()


class _Missing:
    """What a Found without the field (``timex``) shows in a failure."""

    def __repr__(self) -> str:
        return "<no such field>"


MISSING = _Missing()


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['category']}: {case['text']} [{case['published']}]"


def _number(value: float | None) -> Any:
    return None if value is None else pytest.approx(float(value), rel=1e-9, abs=1e-6)


def _is_range(fact: dict[str, Any]) -> bool:
    return "low" in fact


def _expected(fact: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"surface": fact["surface"], "kind": fact["kind"]}
    if fact["kind"] != "duration":
        row["value"] = fact["value"]
    elif _is_range(fact):
        row.update(value=ANY, stated_value=ANY, stated_unit=ANY, timex=ANY,
                   low=_number(fact["low"]), high=_number(fact["high"]))
    else:
        row.update(value=_number(fact["value"]), stated_value=_number(fact["stated_value"]),
                   stated_unit=fact["stated_unit"], timex=fact["timex"], low=ANY, high=ANY)
    return row


def _got(text: str, fact: Found) -> dict[str, Any]:
    row: dict[str, Any] = {"surface": text[fact.start : fact.end], "kind": fact.kind, "value": fact.value}
    if fact.kind == "duration":
        row.update(stated_value=fact.stated_value, stated_unit=fact.stated_unit,
                   timex=getattr(fact, "timex", MISSING), low=fact.low, high=fact.high)
    return row


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_gold_sentence(case: dict[str, Any]) -> None:
    text = case["text"]
    found = extract_sentence(Sentence(text, 0, case["published"]))
    got = [_got(text, f) for f in found if f.kind in KINDS]
    assert got == [_expected(f) for f in case["facts"]]


# The gold file itself: well formed and self-consistent, so that a typo in the gold cannot pass for a bug in
# the extractor.


def test_gold_is_large_enough_and_covers_every_category() -> None:
    assert sum(len(c["facts"]) for c in CASES) >= 110
    minimum = {
        "absolute_dates": 12,
        "weekdays": 16,
        "today_yesterday_tomorrow": 8,
        "relative_periods": 10,
        "month_without_year": 6,
        "month_day_without_year": 8,
        "iso_numeric": 3,
        "years_and_decades": 8,
        "quarters": 5,
        "seasons_weekends": 4,
        "times_of_day": 10,
        "durations": 14,
        "reference_words": 4,
        "no_dates": 10,
        "unresolved": 5,
    }
    assert {c["category"] for c in CASES} == set(minimum)
    for category, count in minimum.items():
        assert len([c for c in CASES if c["category"] == category]) >= count, category
    assert all(not c["facts"] for c in CASES if c["category"] == "no_dates")
    assert all(c["published"] is None for c in CASES if c["category"] == "unresolved")
    texts = [c["text"] for c in CASES]
    assert len(texts) == len(set(texts)), "duplicate sentences"


def _check_calendar(fact: dict[str, Any]) -> None:
    """A weekday or a month named in the surface agrees with the value."""
    value, surface = fact["value"], fact["surface"].lower()
    day_match = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    if day_match:
        day = dt.date(*map(int, day_match.groups()))
        named = [i for i, name in enumerate(WEEKDAYS) if name in surface]
        assert named in ([], [day.weekday()]), fact
    month_match = re.match(r"(?:\d{4}|XXXX)-(\d\d)(?!\d)", value or "")
    named_months = [i + 1 for i, name in enumerate(MONTHS) if re.search(rf"\b{name}", surface)]
    if month_match:
        assert named_months in ([], [int(month_match.group(1))]), fact


def _check_relative_day(fact: dict[str, Any], published: dt.date | None) -> None:
    """today / yesterday / tomorrow / tonight against the publication date."""
    surface = fact["surface"].lower()
    shift = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "yesterday": -1,
             "tomorrow": 1, "tomorrow evening": 1}.get(surface)
    if shift is None:
        return
    if published is None:
        assert fact["value"] is None, fact
    else:
        assert fact["value"][:10] == (published + dt.timedelta(days=shift)).isoformat(), fact


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_gold_facts_are_consistent(case: dict[str, Any]) -> None:
    assert set(case) == {"category", "published", "text", "facts"}
    published = case["published"]
    assert published is None or type(published) is dt.date, published
    text = case["text"]
    cursor = 0
    for fact in case["facts"]:
        position = text.find(fact["surface"], cursor)  # surfaces appear in text order
        assert position >= 0, fact["surface"]
        cursor = position + len(fact["surface"])
        kind = fact["kind"]
        assert kind in KINDS, fact
        if kind in ("date", "time"):
            assert set(fact) == {"surface", "kind", "value"}, fact
            pattern = DATE_VALUE if kind == "date" else TIME_VALUE
            assert fact["value"] is None or pattern.fullmatch(fact["value"]), fact
            _check_calendar(fact)
            _check_relative_day(fact, published)
        elif _is_range(fact):
            assert set(fact) == {"surface", "kind", "value", "low", "high", "timex"}, fact
            assert fact["value"] is None and fact["timex"] is None and 0 < fact["low"] < fact["high"], fact
        else:
            assert set(fact) == {"surface", "kind", "value", "stated_value", "stated_unit", "timex"}, fact
            unit, stated = fact["stated_unit"], fact["stated_value"]
            time_part, multiplier, letter = PERIOD[unit]
            if stated is None:  # vague: "for years", "several days"
                assert fact["value"] is None and fact["timex"] == f"P{time_part}X{letter}", fact
            else:
                assert fact["value"] == stated * SECONDS[unit], fact
                amount = stated * multiplier
                assert fact["timex"] == f"P{time_part}{int(amount) if amount == int(amount) else amount}{letter}", fact
