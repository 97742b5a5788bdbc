"""Words and patterns for calendar dates, shared by publication-date inference and the date extractor."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.lexicon.words import alternation, table

_MONTHS = table("calendar", "months")
_WEEKDAYS = table("calendar", "weekdays")
MONTHS: dict[str, int] = {
    spelling: number for number, (name, others) in enumerate(_MONTHS.items(), start=1)
    for spelling in (name, *others)  # type: ignore[misc]
}
WEEKDAYS = {name: i for i, name in enumerate(_WEEKDAYS)}
CALENDAR_NAMES = frozenset((*MONTHS, *WEEKDAYS))  # every spelling of a month, every weekday, in lower case

# "September", "Sept", "Sept.", "Sep": a full name, or an abbreviation with or without its full stop.
MONTH = (f"(?:{alternation(name.capitalize() for name in _MONTHS)}"
         f"|{alternation(o.capitalize() for others in _MONTHS.values() for o in others)}\\.?)")  # type: ignore[union-attr]
# "Thursday", or its abbreviation before its full stop ("Thurs.", "Tues."; not "Sat." nor "Sun.", a newspaper's name)
_WEEKDAY_SHORT = {o: WEEKDAYS[name] for name, others in _WEEKDAYS.items() for o in others  # type: ignore[union-attr]
                  if name not in ("saturday", "sunday")}
WEEKDAY = (f"(?:{alternation(name.capitalize() for name in _WEEKDAYS)}"
           rf"|{alternation(o.capitalize() for o in _WEEKDAY_SHORT)}(?=\.))")
WEEKDAY_WORDS = frozenset((*WEEKDAYS, *_WEEKDAY_SHORT))  # every spelling WEEKDAY reads, in lower case


def weekday_number(name: str) -> int:
    """Monday 0 to Sunday 6, of a weekday's name or its abbreviation ("Thurs")."""
    lower = name.lower()
    return WEEKDAYS[lower] if lower in WEEKDAYS else _WEEKDAY_SHORT[lower]

# A calendar date with its year, e.g. "Thursday March 21, 2024", "21 March 2024", "2024-03-22".
FULL_DATE = re.compile(
    rf"\b(?:(?P<wd>{WEEKDAY})\.?,?\s+)?(?:"
    rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>1\d\d\d|20\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+(?P<y2>1\d\d\d|20\d\d)"
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
