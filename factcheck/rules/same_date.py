"""``same-date``: the date of one event must be the same day in every report, whichever way each names it
("on Friday" in a Thursday paper, "today" in a Friday paper). Dates of different precision agree when one
contains the other ("in March" and "March 21")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from factcheck.rules.model import Side, Verdict
from factcheck.timewords import MONTH, WEEKDAY

PARAMS: dict[str, tuple[type, object]] = {}
FACT_KINDS = ("date", "time")


def judge(a: Side, b: Side, params: Mapping[str, object]) -> Verdict | None:
    x, y = a.fact.value, b.fact.value
    if x is None or y is None:
        return _weekdays(a, b)
    weeks = (week_start(x), week_start(y))
    if weeks[0] is not None and weeks[1] is not None:
        return None if weeks[0] == weeks[1] else Verdict(
            f"the week of {weeks[0]:Monday %Y-%m-%d} is not the week of {weeks[1]:Monday %Y-%m-%d}")
    if isinstance(x, str) and isinstance(y, str) and (_YEARLESS.match(x) or _YEARLESS.match(y)):
        return _month_days(x, y)
    if month_day(x) is not None and month_day(x) == month_day(y) and (_guessed_back(a) or _guessed_back(b)):
        return None  # "September 11th" read as last year's against "September 11, 2001": its year was only guessed
    if not isinstance(x, str) or not isinstance(y, str) or "X" in x or "X" in y or "W" in x or "W" in y:
        return None
    x_day, y_day = x.split("T")[0], y.split("T")[0]
    if x_day.startswith(y_day) or y_day.startswith(x_day):
        return None
    return Verdict(f"{_describe(x_day)} is not {_describe(y_day)}")


def _guessed_back(side: Side) -> bool:
    """A month and day written without a year ("a June 20 shooting", "September 11th") that the reading put in a year
    before its story's, months back: which year the writer meant is a guess (not "on Jan. 3" in a story of January 5,
    "on Dec. 28" in one of January 3, "Sunday, Dec. 28", "yesterday" or a weekday, which a story's day fixes)."""
    value, surface = side.fact.value, side.fact.surface
    day = month_day(value)
    if day is None or side.published is None or not _MONTH_NAME.search(surface) or _WRITTEN_YEAR.search(surface) or (
            _WEEKDAY_NAME.search(surface)):
        return False  # "Sunday, Dec. 28": the weekday fixes the year
    try:
        read = dt.date(int(str(value)[:4]), *day)
    except ValueError:
        return False
    return read.year != side.published.year and (side.published - read).days > _GUESS_DAYS


def _month_days(x: str, y: str) -> Verdict | None:
    """A day of a story of unknown year ("November 18", XXXX-11-18) against another day: the same day whatever the
    year, or not."""
    found = month_day(x), month_day(y)
    if found[0] is None or found[1] is None or found[0] == found[1]:
        return None
    return Verdict(f"{_describe(x.split('T')[0])} is not {_describe(y.split('T')[0])}")


def month_day(value: object) -> tuple[int, int] | None:
    """The month and day a TIMEX3 day names, of a known year or not ("2008-12-06", "XXXX-11-18T15:30"); None for
    anything less."""
    found = _MONTH_DAY.match(value) if isinstance(value, str) else None
    return (int(found.group(1)), int(found.group(2))) if found else None


def _weekdays(a: Side, b: Side) -> Verdict | None:
    """A weekday whose publication date is unknown ("died Thursday") still disagrees with another weekday, or
    with a full date that falls on a different day of the week; being unanchored, it is never sure."""
    x, y = _weekday(a), _weekday(b)
    if x is None or y is None or x == y:
        return None
    # Two weekday names for one event disagree whatever the week; a weekday against a date of another story may be
    # of another week.
    both_named = not isinstance(a.fact.value, str) and not isinstance(b.fact.value, str)
    return Verdict(f"{_said(a, x)} is not {_said(b, y)} (a publication date is unknown, so a weekday is not tied to"
                   " a date)", sure=both_named)


def _said(side: Side, weekday: int) -> str:
    value = side.fact.value
    return _describe(value.split("T")[0]) if isinstance(value, str) else _WEEKDAY_NAMES[weekday]


_UNANCHORED = re.compile(r"XXXX-WXX-(\d)")
_YEARLESS = re.compile(r"XXXX-\d{2}-\d{2}")
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
_MONTH_NAME = re.compile(rf"\b(?:{MONTH})", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(rf"\b(?:{WEEKDAY})", re.IGNORECASE)
_GUESS_DAYS = 60  # a day without its year read further back than this: not "Dec. 28" in a story of January 3
_MONTH_DAY = re.compile(r"(?:\d{4}|XXXX)-(\d{2})-(\d{2})(?![\d-])")
_WEEKDAY_NAMES = dict(enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), 1))


def _weekday(side: Side) -> int | None:
    value, timex = side.fact.value, side.fact.timex or ""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.split("T")[0]).isoweekday()
        except ValueError:
            return None
    unanchored = _UNANCHORED.fullmatch(timex)
    return int(unanchored.group(1)) if unanchored else None


def agrees(a: Side, b: Side, params: Mapping[str, object]) -> bool:
    """Both name the same day (or one contains the other), or the same week ("two weeks ago" in stories of one
    day). An unresolved weekday is never judged, so it states no day either."""
    weeks = (week_start(a.fact.value), week_start(b.fact.value))
    if weeks[0] is not None and weeks[1] is not None:
        return weeks[0] == weeks[1]
    return all(_dated(s.fact.value) for s in (a, b)) and judge(a, b, params) is None


_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def week_start(value: object) -> dt.date | None:
    """The Monday that starts a TIMEX3 week ("2005-W23"), or None for anything else."""
    found = _WEEK.fullmatch(value) if isinstance(value, str) else None
    try:
        return dt.date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1) if found else None
    except ValueError:
        return None


def _dated(value: object) -> bool:
    return isinstance(value, str) and ((value[:4].isdigit() and "X" not in value and "W" not in value)
                                       or _YEARLESS.match(value) is not None)


def _describe(day: str) -> str:
    """A day as an editor reads it: "Monday 2009-02-02"; "November 18, year unknown" for a day of no known year."""
    try:
        if _YEARLESS.fullmatch(day):
            return f"{dt.date(2000, int(day[5:7]), int(day[8:10])):%B %-d}, year unknown"
        date = dt.date.fromisoformat(day)
    except ValueError:
        return day
    return f"{date:%A} {date.isoformat()}"
