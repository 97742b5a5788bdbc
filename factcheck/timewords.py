"""Words and patterns for calendar dates, shared by publication-date inference and the date extractor."""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS = {
    name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = _MONTH
WEEKDAY = _WEEKDAY

# A calendar date with its year, e.g. "Thursday March 21, 2024", "21 March 2024", "2024-03-22".
FULL_DATE = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:"
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>1\d\d\d|20\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>1\d\d\d|20\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b"
)


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def full_date(match: re.Match[str]) -> dt.date | None:
    """The date a FULL_DATE match names, or None for an impossible one (31 February)."""
    g = match.groupdict()
    year = int(g["y1"] or g["y2"] or g["y3"])
    month = month_number(g["m1"] or g["m2"]) if not g["y3"] else int(g["m3"])
    day = int(g["d1"] or g["d2"] or g["d3"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
