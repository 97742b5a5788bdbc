"""Dates and times: found by our own patterns, resolved against the publication date with the tense of
the sentence ("said Thursday" looks back, "will meet on Friday" looks ahead), written as TIMEX3 values."""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from factcheck.extract.context import tense_near
from factcheck.extract.found import Found, Sentence
from factcheck.extract.numbers import NUMBER, scan
from factcheck.timewords import FULL_DATE, MONTH, WEEKDAY, WEEKDAYS, full_date, month_number

_PERIOD_WORDS = r"(?:morning|afternoon|evening|night)"
_MONTH_PREFIX = (
    r"(?i:in|since|during|until|till|by|from|of|last|this|next|early|late|mid-?|through|throughout|"
    r"before|after|between|and|or|to)"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full", FULL_DATE),
    ("numeric", re.compile(r"(?<![\w/.])(?P<num>[01]?\d/[0-3]?\d/(?:19|20)\d\d)(?![\w/])")),
    (
        "month_day",
        re.compile(
            rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH}))(?:[-–][0-3]?\d\b)?(?![\d,]*\d)\b(?!-)"
        ),
    ),
    ("month_year", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<y>(?:19|20)\d\d)\b")),
    ("month", re.compile(rf"\b{_MONTH_PREFIX}\s+(?P<span>(?P<m>{MONTH}))\b(?!\s+\d)")),
    (
        "year",
        re.compile(
            r"\b(?i:in|since|during|until|till|by|from|before|after|through|of|early|late|mid)\s+"
            r"(?P<span>(?P<y>(?:19|20)\d\d))\b(?![-–]\d|\s*(?:%|percent|people|cars|homes))"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<mod>(?i:last|next|this|early|late))\s+)?(?P<wd>{WEEKDAY})\b"
            rf"(?:\s+(?P<part>{_PERIOD_WORDS}))?"
        ),
    ),
    (
        "relative_day",
        re.compile(
            r"\b(?P<word>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE
        ),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?P<mod>last|next|this|past|coming|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    ("ago", re.compile(rf"\b(?P<n>{NUMBER.pattern}|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    (
        "time",
        re.compile(
            r"(?<![\d:.])(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?P<tz>GMT|UTC|[ECMP][SD]?T|BST|CET))?"
            r"|(?<![\d:])(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?![\d:])(?:\s+(?P<tz2>GMT|UTC|[ECMP][SD]?T|BST|CET))?"
            r"|\b(?P<named>noon|midnight)\b"
        ),
    ),
)
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


# Every pattern above needs one of these; most sentences have none and skip the patterns.
_HINT = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday"
    r"|tomorrow|this|next|last|past|coming|earlier|later|ago|noon|midnight)|\d\s?[ap]\.?m\b|\d[:./]\d|(?:1[89]|20)\d\d",
    re.IGNORECASE,
)


def find(sentence: Sentence) -> list[Found]:
    if not _HINT.search(sentence.text):
        return []
    matches: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(sentence.text):
            span = match.span("span") if "span" in pattern.groupindex else match.span()
            matches.append((*span, name, match))
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    found: list[Found] = []
    taken_until = -1
    for start, end, name, match in matches:
        if start < taken_until:
            continue
        fact = _resolve(name, match, start, end, sentence)
        if fact is not None:
            found.append(fact)
            taken_until = end
    return found


def _resolve(name: str, match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    pub = sentence.published
    tense = tense_near(sentence.text, start, end)
    if name == "full":
        day = full_date(match)
        return _date(start, end, day.isoformat()) if day else None
    if name == "numeric":
        parsed = dateparser.parse(match.group("num"), languages=["en"], settings={"DATE_ORDER": "MDY"})
        return _date(start, end, parsed.date().isoformat()) if parsed else None
    if name == "month_day":
        month = month_number(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
        if not 1 <= day <= 31:
            return None
        return _date(start, end, _month_day(month, day, pub, tense))
    if name == "month_year":
        return _date(start, end, f"{match.group('y')}-{month_number(match.group('m')):02d}")
    if name == "month":
        month = month_number(match.group("m"))
        return _date(start, end, _month(month, pub, tense))
    if name == "year":
        return _date(start, end, match.group("y"))
    if name == "weekday":
        return _date(start, end, _weekday(match, pub, tense))
    if name == "relative_day":
        return _date(start, end, _relative_day(match.group("word").lower(), pub))
    if name == "relative_period":
        return _date(start, end, _relative_period(match.group("mod").lower(), match.group("unit").lower(), pub))
    if name == "ago":
        return _date(start, end, _ago(match, pub))
    return _time(match, sentence)


def _date(start: int, end: int, value: str | None) -> Found:
    return Found("date", start, end, value)


def _month_day(month: int, day: int, pub: dt.date | None, tense: str | None) -> str | None:
    if pub is None:
        return f"XXXX-{month:02d}-{day:02d}"
    for year in (pub.year, pub.year + 1) if tense == "future" else (pub.year, pub.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if tense == "future" and candidate >= pub:
            return candidate.isoformat()
        # Past or unknown: the most recent such day, or one within two weeks ahead (a scheduled event).
        if tense != "future" and candidate <= pub + dt.timedelta(days=0 if tense == "past" else 14):
            return candidate.isoformat()
    return None


def _month(month: int, pub: dt.date | None, tense: str | None) -> str | None:
    if pub is None:
        return f"XXXX-{month:02d}"
    if tense == "future":
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year}-{month:02d}"


def _weekday(match: re.Match[str], pub: dt.date | None, tense: str | None) -> str | None:
    if pub is None:
        return None
    target = WEEKDAYS[match.group("wd").lower()]
    modifier = (match.group("mod") or "").lower()
    delta = target - pub.weekday()
    if modifier == "next":
        day = pub + dt.timedelta(days=delta if delta > 0 else delta + 7)
    elif modifier == "last":
        day = pub + dt.timedelta(days=delta if delta < 0 else delta - 7)
    elif modifier == "this":
        day = pub + dt.timedelta(days=delta)
    elif delta == 0:
        day = pub
    elif tense == "future":
        day = pub + dt.timedelta(days=delta % 7)
    else:
        day = pub - dt.timedelta(days=(-delta) % 7)
    part = _PART_OF_DAY.get((match.group("part") or "").lower())
    return day.isoformat() + (f"T{part}" if part else "")


def _relative_day(word: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    if word == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat()
    if word == "tomorrow":
        return (pub + dt.timedelta(days=1)).isoformat()
    if word == "tonight":
        return pub.isoformat() + "TNI"
    part = _PART_OF_DAY.get(word.split()[-1])
    return pub.isoformat() + (f"T{part}" if part else "")


def _relative_period(modifier: str, unit: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(modifier.split()[0], 0)
    if unit == "week":
        year, week, _ = (pub + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(pub.year + shift)


def _ago(match: re.Match[str], pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    numbers = scan(match.group("n"))
    count = int(numbers[0].value) if numbers else 1
    unit = match.group("unit").lower()
    if unit == "day":
        return (pub - dt.timedelta(days=count)).isoformat()
    if unit == "week":
        year, week, _ = (pub - dt.timedelta(weeks=count)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 - count
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(pub.year - count)


def _time(match: re.Match[str], sentence: Sentence) -> Found | None:
    if match.group("named"):
        hour, minute = (12, 0) if match.group("named").lower() == "noon" else (0, 0)
    else:
        hour = int(match.group("h") or match.group("h2"))
        minute = int(match.group("mi") or match.group("mi2") or 0)
        ampm = (match.group("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23 or (not ampm and not match.group("tz2") and hour > 24):
            return None
    return Found("time", match.start(), match.end(), f"XXXX-XX-XXT{hour:02d}:{minute:02d}")
