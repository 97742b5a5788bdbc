"""How far apart two readings of one figure are: a slip or another thing.

Reporters' mistakes are small: a digit off (61 for 60, 7.7 for 7.6), a day off (Tuesday for Wednesday), a stale
total a little below the new one, a unit mixed up (feet for metres). Two figures a factor of four apart, or dates
weeks apart, are far more often two things under one noun ("42 government buildings" and "hundreds of
buildings", "20 victims" one nurse treated and "at least 50" in hospital, two quakes three days apart) than one
figure told wrong; so are ages two years apart or more (two people, or one person a year or two later). So are
one number with a hedge and without ("eight-year", "more than eight years"). Such a
pair is still a disagreement, but an unsure one: a note, not a warning. The same digits a power of ten apart are
the exception: a slipped point ("$12 million" for "$1.2 million") is a mistake, not another thing; so are the same
digits in another order ("$91 billion" for "$19 billion"), two keys struck in the wrong order."""

from __future__ import annotations

import datetime as dt
import math
import re

from factcheck.facts import Fact
from factcheck.judge.clock import minutes
from factcheck.judge.comparable import precision
from factcheck.judge.matching import bucket
from factcheck.rules.agree import in_dollars
from factcheck.rules.explain import unit_slip
from factcheck.rules.intervals import Interval
from factcheck.rules.same_date import month_day, week_start
from factcheck.timewords import MONTH, WEEKDAY
from factcheck.units import worth

FACTOR = 4.0  # figures this many times apart are likely two things
AGE_YEARS = 2  # ages this many years apart are likely two people, or one person at two times
# Dates further apart than this, in units of their precision, are likely two events.
_MOMENTS = {"time": 120, "day": 2, "week": 1, "month": 2, "year": 3}
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_WEEKDAY = re.compile(r"XXXX-WXX-(\d)")
_NAMED_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b", re.IGNORECASE)
_WRITTEN_DATE = re.compile(rf"\b{MONTH}\b|\d{{1,2}}/\d|\b\d{{4}}\b", re.IGNORECASE)


def far_apart(a: Fact, b: Fact, first: Interval, second: Interval) -> bool:
    """Whether two readings (their facts and the intervals they allow) are too far apart to be one figure told
    wrong."""
    if a.kind in ("date", "time") or b.kind in ("date", "time"):
        return _moments_apart(a, b)
    if a.unit == b.unit == "year" and isinstance(a.value, float) and isinstance(b.value, float):
        # ages: a year off is a slip; more is two people or two times, unless the digits are swapped ("59" for 95)
        return abs(a.value - b.value) >= AGE_YEARS and not digits_swapped(a, b)
    if a.kind == b.kind == "money" and a.unit != b.unit:
        worths = worth(a.unit, a.surface), worth(b.unit, b.surface)
        if None not in worths:  # two currencies: measured in dollars
            first, second = in_dollars(first, worths[0]), in_dollars(second, worths[1])  # type: ignore[arg-type]
    return (_ratio(first, second) >= FACTOR and not slip_of_hand(a, b)) or hedge_apart(a, b)


def slip_of_hand(a: Fact, b: Fact) -> bool:
    """A figure told wrong by the hand, not the mind: a point or a scale word slipped, two keys struck in the wrong
    order, or a unit named for another (rules/explain.py)."""
    return decimal_slip(a, b) or digits_swapped(a, b) or unit_slip(a, b)


def digits_swapped(a: Fact, b: Fact) -> bool:
    """The same digits in another order ("19" for "91", "$91 billion" for "$19 billion"): two keys struck in the
    wrong order, a slip of the hand, not another thing."""
    x, y = a.value, b.value
    if not (isinstance(x, float) and isinstance(y, float)) or a.unit != b.unit or x == y:
        return False
    if not (x.is_integer() and y.is_integer()) or min(x, y) < 10:
        return False
    first, second = str(int(x)), str(int(y))
    return len(first) == len(second) and sorted(first) == sorted(second)


def decimal_slip(a: Fact, b: Fact) -> bool:
    """The same digits a power of ten apart ("$12 million", "$1.2 million"; "1.2 billion", "1.2 million"): a
    point or a scale word slipped, the commonest of figures told wrong."""
    x, y = a.value, b.value
    if not (isinstance(x, float) and isinstance(y, float)) or x <= 0 or y <= 0 or a.unit != b.unit:
        return False
    power = math.log10(x / y)
    return round(power) != 0 and abs(power - round(power)) < 1e-9


def hedge_apart(a: Fact, b: Fact) -> bool:
    """One number, read two ways only by a hedge ("an eight-year offer", "more than eight years"): reporters
    write hedges loosely, so the two disagree only at the edge of what a hedge allows."""
    return (a.kind == b.kind and a.stated_value is not None and a.stated_value == b.stated_value
            and a.unit == b.unit and (a.hedge is None) != (b.hedge is None))


def _ratio(a: Interval, b: Interval) -> float:
    """How many times the smaller interval must grow to reach the larger one (1.0 when they touch)."""
    low, high = (a, b) if a.high <= b.low else (b, a)
    if not (math.isfinite(low.high) and math.isfinite(high.low)) or low.high >= high.low:
        return 1.0
    if low.high <= 0:
        return 1.0 if high.low <= 0 else math.inf
    return high.low / low.high


def _moments_apart(a: Fact, b: Fact) -> bool:
    kinds = {precision(a), precision(b)}
    if kinds == {"week"}:
        x, y = week_start(a.value), week_start(b.value)
        return x is not None and y is not None and abs((x - y).days) > 7 * _MOMENTS["week"]
    if kinds == {"time"}:
        x, y = minutes(a), minutes(b)
        if x is not None and y is not None and min(abs(x - y), 24 * 60 - abs(x - y)) > _MOMENTS["time"]:
            return True
        if bucket(a) == bucket(b) == ("moment", "clock"):
            return False  # times of day alone: the days their stories' dates lend them say nothing
    days = [day(f) for f in (a, b)]
    if (None not in days and kinds <= {"day", "time"} and abs((days[0] - days[1]).days) < 7  # type: ignore[operator]
            and (_bare_weekday(a) or _bare_weekday(b))):
        # "on Saturday" in a Friday story is read as the Saturday before; written against "on Friday", it is
        # one day named wrong, whichever end of the week the reading puts it at.
        gap = abs(days[0].isoweekday() - days[1].isoweekday())  # type: ignore[union-attr]
        return min(gap, 7 - gap) > _MOMENTS["day"]
    if days[0] is not None and days[1] is not None:
        gap = abs((days[0] - days[1]).days)
        coarsest = "year" if "year" in kinds else "month" if "month" in kinds else "day"
        unit = {"day": 1, "month": 30, "year": 365}[coarsest]
        return gap > (_MOMENTS[coarsest] + 1) * unit - 1
    yearless = [_month_day(f) for f in (a, b)]
    if None not in yearless:  # a day of a story of unknown year ("November 18"): apart by its day of the year
        gap = abs((yearless[0] - yearless[1]).days)  # type: ignore[operator]
        return min(gap, 366 - gap) > _MOMENTS["day"]
    weekdays = [_weekday(f) if day is None else day.isoweekday() if precision(f) in ("day", "time") else None
                for f, day in zip((a, b), days, strict=True)]
    if weekdays[0] is not None and weekdays[1] is not None:
        gap = abs(weekdays[0] - weekdays[1])
        return min(gap, 7 - gap) > _MOMENTS["day"]
    return False


def _bare_weekday(fact: Fact) -> bool:
    """A day written only as a weekday ("on Saturday", "Friday night"), no month, year or date with it."""
    return bool(_NAMED_WEEKDAY.search(fact.surface)) and not _WRITTEN_DATE.search(fact.surface)


def day(fact: Fact) -> dt.date | None:
    """The day a date or time names (its first day for a month or a year), or None."""
    value = fact.value if isinstance(fact.value, str) else fact.timex
    found = _DATE.match(value) if isinstance(value, str) else None
    if not found:
        return None
    try:
        return dt.date(int(found.group(1)), int(found.group(2) or 1), int(found.group(3) or 1))
    except ValueError:
        return None


def _month_day(fact: Fact) -> dt.date | None:
    """The month and day a date names, in a leap year (2000), whatever its year, known or not; None for less."""
    found = month_day(fact.value if isinstance(fact.value, str) else fact.timex)
    try:
        return dt.date(2000, *found) if found and precision(fact) in ("day", "time") else None
    except ValueError:
        return None


def _weekday(fact: Fact) -> int | None:
    value = fact.value if isinstance(fact.value, str) else fact.timex
    found = _WEEKDAY.match(value) if isinstance(value, str) else None
    return int(found.group(1)) if found else None
