"""Dates and times: found by our own patterns, resolved against the publication date with the tense of
the clause ("said Thursday" looks back, "will meet on Friday" looks ahead), written as TIMEX3 values with their
granularity (2024, 2024-03, 2024-03-21, 2024-W12, 2024-Q1, 2024-SU, 2024-03-21T15:00, PRESENT_REF).

dateparser normalises numeric dates ("3/21/2024"); every other form is read by the patterns below."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import dateparser

from factcheck.extract.cues import dates_an_event
from factcheck.extract.found import Found, Sentence
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import NUMBER_TEXT, scan
from factcheck.extract.tense import tense_near
from factcheck.timewords import FULL_DATE, MONTH, WEEKDAY, WEEKDAYS, full_date, month_number

_PERIOD_WORDS = r"(?:morning|afternoon|evening|night)"
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MONTH_PREFIX = (
    r"(?i:in|since|during|until|till|by|from|of|through|throughout|before|after|between|and|or|to|for|"
    r"last|this|next|early|late|mid-?|earlier|later)"
)
_ZONE = r"(?:GMT|UTC|Z|[ECMP][SD]?T|BST|CET|CEST)"
_ORDINAL_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_END = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}

# Words before a year from 1000 to 1899, where a four-digit figure is a year, not a count ("in 1894", "since 1066").
_OLD_YEAR_BEFORE = ("in", "In", "since", "Since", "from", "until", "till", "by", "circa", "year", "founded",
                    "built", "born", "died")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full", FULL_DATE),
    ("numeric", re.compile(r"(?<![\w/.])(?P<num>[01]?\d/[0-3]?\d/(?:19|20)?\d\d)(?![\w/])")),
    ("month_day", re.compile(
        rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
        rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH}))(?:[-–][0-3]?\d\b)?(?![\d,]*\d)\b(?!-)")),
    ("month_year", re.compile(rf"\b(?:(?P<mod>(?i:early|late|mid-?))\s*)?(?P<m>{MONTH})\s+(?P<y>1\d\d\d|20\d\d)\b")),
    ("month", re.compile(
        rf"\b(?:(?P<mod>(?i:last|this|next|early|late|mid-?))\s*|{_MONTH_PREFIX}\s+)(?P<m>{MONTH})\b(?!\s+\d)")),
    ("quarter", re.compile(
        r"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b"
        r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>this|last|next|the\s+(?:same|previous)|the\s+current)\s+year))?"
        r"|\bQ(?P<qn>[1-4])\s*(?P<y2>(?:19|20)\d\d)?\b",
        re.IGNORECASE)),
    ("half", re.compile(
        r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>this|last|next)\s+year)\b",
        re.IGNORECASE)),
    ("century", re.compile(r"\b(?:the\s+)?(?P<n>1\d|2\d|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b")),
    ("decade", re.compile(r"\b(?:(?i:the)\s+)?(?:(?P<c>19|20)(?P<d>\d)0s|'(?P<d2>\d)0s|(?<!\d)(?P<d3>[2-9])0s)\b")),
    ("year", re.compile(
        r"(?:\b(?P<mod>(?i:early|late|mid-?))\s*)?(?<![\w$£€.,/])(?:(?<=')|\b)(?P<y>(?:19|20)\d\d)\b"
        r"(?![.,]\d|\s*(?:%|percent|per\s?cent))"
        # A year from 1000 to 1899 only where a year is expected: "in 1894", "since 1066", "founded 1855".
        r"|(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _OLD_YEAR_BEFORE) + r")(?P<old>1[0-8]\d\d)\b"
        r"(?![.,]\d|\s*(?:%|percent|per\s?cent|people|persons|men|women|children|[a-z]+s\b))")),
    ("season", re.compile(
        r"\b(?:(?P<mod>last|this|next|early|late|the)\s+)(?P<season>spring|summer|autumn|fall|winter)\b"
        r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?",
        re.IGNORECASE)),
    ("weekend", re.compile(r"\b(?P<mod>this|last|next|the)\s+weekend\b", re.IGNORECASE)),
    ("weekday", re.compile(
        rf"\b(?:(?P<mod>(?i:last|next|this|early|late))\s+)?(?P<wd>{WEEKDAY})\b(?:\s+(?P<part>{_PERIOD_WORDS}))?")),
    ("relative_day", re.compile(
        r"\b(?:(?P<mod>earlier|later)\s+)?(?P<word>(?:today|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"
        r"|tonight|this\s+(?:morning|afternoon|evening))\b",
        re.IGNORECASE)),
    ("relative_period", re.compile(
        r"\b(?P<mod>last|next|this|past|coming|earlier\s+this|later\s+this|the\s+previous|the\s+same)\s+"
        r"(?:fiscal\s+|financial\s+|calendar\s+)?(?P<unit>week|month|year)\b(?!\s+(?:old|long))",
        re.IGNORECASE)),
    ("ago", re.compile(rf"\b(?P<n>{NUMBER_TEXT}|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("reference", re.compile(
        r"\b(?P<now>now|currently|nowadays|at\s+present|right\s+now)\b|\b(?P<recent>recently|lately)\b"
        r"|\bthe\s+(?P<future>future)\b|\bthe\s+(?P<past>past)\b(?!\s+(?:\w+\s+)?"
        r"(?:days?|weeks?|months?|years?|decades?))",
        re.IGNORECASE)),
    ("time", re.compile(
        rf"(?<![\d:.])(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))"
        rf"(?:\s+(?P<tz>{_ZONE}))?"
        rf"|(?<![\d:])(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?![\d:])(?:\s+(?P<tz2>{_ZONE}))?"
        rf"|(?<![\d:])(?P<h3>[0-2]\d)(?P<mi3>[0-5]\d)\s+(?P<tz3>GMT|UTC)\b"
        r"|\b(?P<named>noon|midnight)\b")),
)

# What each pattern needs to find anything, checked once per sentence so that only the patterns that can
# match are run (most news sentences name no date at all, many name one kind).
_TRIGGERS = {
    "month": re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
    "weekday": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "digit": re.compile(r"\d|\b(?:noon|midnight)\b"),
    "relative": re.compile(r"\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|week|month|year|ago)\b",
                           re.IGNORECASE),
    "reference": re.compile(r"\b(?:now|currently|nowadays|present|recently|lately|future|past)\b", re.IGNORECASE),
    "part": re.compile(r"\b(?:quarter|half|century|spring|summer|autumn|fall|winter|weekend|Q[1-4])\b", re.IGNORECASE),
}
_NEEDS = {
    "full": {"digit"}, "numeric": {"digit"}, "month_day": {"month", "digit"}, "month_year": {"month", "digit"},
    "month": {"month"}, "quarter": {"part"}, "half": {"part"}, "century": {"part"}, "decade": {"digit"},
    "year": {"digit"}, "season": {"part"}, "weekend": {"part"}, "weekday": {"weekday"}, "relative_day": {"relative"},
    "relative_period": {"relative"}, "ago": {"relative"}, "reference": {"reference"}, "time": {"digit"},
}  # fmt: skip


def find(sentence: Sentence) -> list[Found]:
    present = {name for name, trigger in _TRIGGERS.items() if trigger.search(sentence.text)}
    if not present:
        return []
    matches: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in _PATTERNS:
        if not _NEEDS[name] <= present:
            continue
        for match in pattern.finditer(sentence.text):
            start, end = match.span()
            if name in ("month", "year", "season") and not match.group("mod"):
                group = "m" if name == "month" else "season" if name == "season" else "y" if match.group("y") else "old"
                start = match.start(group)
            if name == "decade" and match.group(0)[:3].lower() == "the" and counted_phrase(sentence.text, end):
                start = match.start() + 4  # "The 1960s protests": "the" belongs to the protests
            matches.append((start, end, name, match))
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    found: list[Found] = []
    taken_until = -1
    for start, end, name, match in matches:
        if start < taken_until:
            continue
        try:
            fact = _resolve(name, match, start, end, sentence)
        except (OverflowError, ValueError):
            # "next week" of a story dated 9999-12-31, "yesterday" of 0001-01-01: past the calendar's end; the
            # expression is kept, unresolved, as for a story with no date.
            fact = _resolve(name, match, start, end, replace(sentence, published=None))
        if fact is not None:
            found.append(fact)
            taken_until = end
    return _anchor_times(found, sentence)


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
        if re.search(r"\bthe\s+$", sentence.text[:start]) and re.match(r"\s+[a-z]+", sentence.text[end:]):
            tense = "past"  # "the Oct. 7 attack": an event named by its date lies behind
        return _date(start, end, _month_day(month, day, pub, tense)) if 1 <= day <= 31 else None
    if name == "month_year":
        return _date(start, end, f"{match.group('y')}-{month_number(match.group('m')):02d}")
    if name == "month":
        modifier = (match.group("mod") or "").lower()
        if modifier in ("last", "next"):
            tense = "past" if modifier == "last" else "future"
        elif re.search(r"\b(?:until|till|through|by)\s+$", sentence.text[:start], re.IGNORECASE):
            tense = "future"  # "to run through June", "by June": a deadline ahead
        return _date(start, end, _month(month_number(match.group("m")), pub, tense))
    if name == "year":
        year = match.group("y") or match.group("old")
        if _is_count(sentence.text, end) and not dates_an_event(sentence.text, match.start("y" if match.group("y")
                                                                                          else "old"), end):
            return None
        return _date(start, end, year)
    if name == "century":
        return _date(start, end, f"{int(match.group('n')) - 1:02d}")
    if name == "decade":
        century = match.group("c") or "19"
        return _date(start, end, century + (match.group("d") or match.group("d2") or match.group("d3")))
    if name in ("quarter", "half"):
        return _date(start, end, _part_of_year(name, match, pub, tense))
    if name == "season":
        return _date(start, end, _season(match, pub))
    if name == "weekend":
        return _date(start, end, _weekend(match.group("mod").lower(), pub, tense))
    if name == "weekday":
        if _NAMED_DAY.search(sentence.text[:start]):
            return None  # "Black Monday", "Super Tuesday" name an event, not a day of this week
        value = _weekday(match, pub, tense)
        # Without a publication date the day stays unresolved, but its weekday is still said: TimeML's
        # XXXX-WXX-4 for "Thursday", so that "died Thursday" and "died Friday" can be told apart.
        timex = value or f"XXXX-WXX-{WEEKDAYS[match.group('wd').lower()] + 1}"
        return Found("time" if match.group("part") else "date", start, end, value, timex=timex)
    if name == "relative_day":
        word = re.sub(r"\s+", " ", match.group("word").lower())
        value = _relative_day(word, pub)
        return Found("time" if value and "T" in value else "date", start, end, value, timex=value)
    if name == "relative_period":
        modifier = re.sub(r"\s+", " ", match.group("mod").lower())
        return _date(start, end, _relative_period(modifier, match.group("unit").lower(), pub))
    if name == "ago":
        return _date(start, end, _ago(match, pub))
    if name == "reference":
        value = ("PRESENT_REF" if match.group("now") else "FUTURE_REF" if match.group("future") else "PAST_REF")
        return _date(start, end, value)
    return _time(match)


def _date(start: int, end: int, value: str | None) -> Found:
    return Found("date", start, end, value, timex=value)


def _is_count(text: str, end: int) -> bool:
    """"2000 jobs", "1990 units": a number followed by the plural noun it counts is no year ("a 2009 analysis"
    and "in 1953 has" are years)."""
    other = re.match(r"\s*(?:-|–|to)\s*(\d[\d,]*)\b", text[end : end + 20])
    if other and not re.fullmatch(r"(?:19|20)\d\d|\d\d", other.group(1)):
        return True  # "2000 - 2500 Calories": a range of counts, not of years
    phrase = counted_phrase(text, end)
    word = re.match(r"\s+([a-z]+)", text[end : end + 30])
    return bool(phrase and word and word.group(1) != phrase[1] and word.group(1).endswith(("s", "people", "men")))


def _month_day(month: int, day: int, pub: dt.date | None, tense: str | None) -> str | None:
    if pub is None:
        return f"XXXX-{month:02d}-{day:02d}"
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    near = [c for c in candidates if abs((c - pub).days) <= 7]
    if near:  # within a week of publication the day is meant whatever the tense: "June 1st" on 4 June
        return near[0].isoformat()
    if tense == "future":
        return min((c for c in candidates if c >= pub), default=candidates[-1]).isoformat()
    # Past or unknown: the most recent such day, or one within two weeks ahead (a scheduled event).
    limit = pub + dt.timedelta(days=0 if tense == "past" else 14)
    return max((c for c in candidates if c <= limit), default=candidates[0]).isoformat()


def _month(month: int, pub: dt.date | None, tense: str | None) -> str | None:
    if pub is None:
        return f"XXXX-{month:02d}"
    if tense == "future":
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year}-{month:02d}"


def _part_of_year(name: str, match: re.Match[str], pub: dt.date | None, tense: str | None) -> str | None:
    """"the first quarter of 2009" -> 2009-Q1; "the third quarter" -> the most recent third quarter."""
    if name == "half":
        part, count, letter = (1 if match.group("h").lower() == "first" else 2), 2, "H"
    else:
        word = (match.group("q") or "").lower()
        part = int(match.group("qn")) if match.group("qn") else _ORDINAL_QUARTER.get(word, 0)
        count, letter = 4, "Q"
    year_text = match.group("y") or (match.group("y2") if name == "quarter" else None)
    current = ((pub.month - 1) * count // 12 + 1) if pub else 0
    if year_text:
        year = int(year_text)
    elif pub is None:
        return None
    else:
        relative = (match.group("rel") or "").lower()
        year = pub.year + {"last": -1, "next": 1, "the previous": -1}.get(relative, 0)
        if not relative and part and tense != "future" and part > current:
            year -= 1  # "the fourth quarter", written in March, is last year's
    if not part:  # "the last quarter", "the final quarter": the one before publication
        if pub is None:
            return None
        part = current - 1 or count
        year = pub.year - (1 if current == 1 else 0)
    return f"{year}-{letter}{part}"


def _season(match: re.Match[str], pub: dt.date | None) -> str | None:
    code = _SEASONS[match.group("season").lower()]
    if match.group("y"):
        return f"{match.group('y')}-{code}"
    if pub is None:
        return None
    modifier = (match.group("mod") or "").lower()
    year = pub.year
    if modifier == "last" and pub.month <= _SEASON_END[code]:
        year -= 1
    elif modifier == "next" and pub.month >= _SEASON_END[code]:
        year += 1
    return f"{year}-{code}"


def _weekend(modifier: str, pub: dt.date | None, tense: str | None) -> str | None:
    if pub is None:
        return None
    shift = {"last": -1, "next": 1}.get(modifier, 0)
    if modifier in ("the", "this") and tense == "past" and pub.weekday() < 5:
        shift = -1  # "over the weekend", written on a Monday: the one just gone
    year, week, _ = (pub + dt.timedelta(weeks=shift)).isocalendar()
    return f"{year}-W{week:02d}-WE"


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
    if word == "tonight":
        return pub.isoformat() + "TNI"
    head, _, rest = word.partition(" ")
    day = pub + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(head, 0))
    part = _PART_OF_DAY.get(rest or "")
    return day.isoformat() + (f"T{part}" if part else "")


def _relative_period(modifier: str, unit: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    shift = {"last": -1, "past": -1, "next": 1, "coming": 1, "the previous": -1}.get(modifier, 0)
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


def _time(match: re.Match[str]) -> Found | None:
    if match.group("named"):
        hour, minute = (12, 0) if match.group("named").lower() == "noon" else (0, 0)
        zone = None
    else:
        hour = int(match.group("h") or match.group("h2") or match.group("h3"))
        minute = int(match.group("mi") or match.group("mi2") or match.group("mi3") or 0)
        ampm = (match.group("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23:
            return None
        zone = match.group("tz") or match.group("tz2") or match.group("tz3")
    suffix = "Z" if zone in ("GMT", "UTC", "Z") else ""
    value = f"XXXX-XX-XXT{hour:02d}:{minute:02d}{suffix}"
    return Found("time", match.start(), match.end(), value, timex=value)


def _nearby_day(found: list[Found], index: int, sentence: Sentence) -> str | None:
    """The day named within a few words of a clock time ("at 16:08 UTC on March 21", "Friday at 8 p.m.")."""
    time = found[index]
    for other in found:
        if other is time or other.kind != "date" or not isinstance(other.value, str):
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", other.value):
            continue
        text = sentence.text
        gap = text[time.end : other.start] if other.start >= time.end else text[other.end : time.start]
        if len(gap.split()) <= 2 and not re.search(r"[.;]", gap):
            return other.value
    return None


_NEXT_TO = re.compile(r"^\s*(?:,\s*)?$")
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Good|Blue|Easter|Holy|Ash|Bloody|Fat|Giving|Maundy|Whit|Shrove|Plough)"
                        r"\s+$")


def _anchor_times(found: list[Found], sentence: Sentence) -> list[Found]:
    """A clock time takes the day named next to it ("8 p.m. Tuesday", "Tuesday at 8 p.m."), merged into one
    expression, else the publication day: news gives times of the day it reports."""
    result: list[Found] = []
    skip: set[int] = set()
    for i, fact in enumerate(found):
        if i in skip:
            continue
        if fact.kind != "time" or not isinstance(fact.value, str) or not fact.value.startswith("XXXX-XX-XX"):
            result.append(fact)
            continue
        clock = fact.value[len("XXXX-XX-XX") :]
        for j in (i + 1, i - 1):
            if not 0 <= j < len(found) or j in skip or found[j].kind != "date":
                continue
            day = found[j]
            gap = sentence.text[fact.end : day.start] if j > i else sentence.text[day.end : fact.start]
            if isinstance(day.value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", day.value) and _NEXT_TO.match(gap):
                merged = replace(fact, start=min(fact.start, day.start), end=max(fact.end, day.end),
                                 value=day.value + clock, timex=day.value + clock)
                if j < i:
                    result.pop()
                skip.add(j)
                fact = merged
                break
        else:
            day_value = _nearby_day(found, i, sentence) or (
                sentence.published.isoformat() if sentence.published else None)
            if day_value:
                fact = replace(fact, value=day_value + clock, timex=day_value + clock)
        result.append(fact)
    return result
