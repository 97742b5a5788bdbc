"""Dates and times: found by our own patterns, resolved against the publication date with the tense of
the clause ("said Thursday" looks back, "will meet on Friday" looks ahead), written as TIMEX3 values with their
granularity (2024, 2024-03, 2024-03-21, 2024-W12, 2024-Q1, 2024-SU, 2024-03-21T15:00, PRESENT_REF).

Each way news writes a date is one reader: a pattern and the function that reads its match, listed in
``READERS``. dateparser normalises numeric dates ("3/21/2024"); every other form is read by our patterns."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import dateparser

from factcheck.extract.cues import AGE_DECADE, GAME_CLOCK, dates_an_event
from factcheck.extract.found import Found, Sentence
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import NUMBER_TEXT, scan
from factcheck.extract.tense import MODAL, ended_in_past, tense_near
from factcheck.lexicon.words import alternation, table, words
from factcheck.timewords import (
    FULL_DATE,
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAY_WORDS,
    full_date,
    month_number,
    weekday_number,
)

_DAYS_FROM_TODAY: dict[str, int] = dict(table("dates", "days_from_today"))  # type: ignore[arg-type]
_PARTS_OF_DAY: dict[str, str] = dict(table("dates", "parts_of_day"))  # type: ignore[arg-type]
_NIGHTS: dict[str, int] = dict(table("dates", "nights_from_today"))  # type: ignore[arg-type]
_SEASONS: dict[str, str] = dict(table("dates", "seasons"))  # type: ignore[arg-type]
_SEASON_END = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}
_PERIOD_SHIFT: dict[str, int] = dict(table("dates", "period_shift"))  # type: ignore[arg-type]
_QUARTERS: dict[str, int] = dict(table("dates", "quarters"))  # type: ignore[arg-type]
_PRESENT = words("dates", "present")
_RECENT = words("dates", "recent")
_SCHEDULED = frozenset(words("dates", "scheduled_events"))
_GAME = re.compile(rf"\b{alternation(words('dates', 'game_words'))}\b", re.IGNORECASE)

_PART = alternation(_PARTS_OF_DAY)
_PLACING = alternation(words("dates", "placing"))
_BEFORE_MONTH = alternation(words("dates", "before_month"))
_ZONE = alternation([*words("grammar", "time_zones"), "Z"])  # and ISO's "Z" ("16:08Z"); case-sensitive
_OLD_YEAR_BEFORE = words("dates", "before_old_year")

# The words a sentence without a figure needs for a date to be found in it ("yesterday", "last June", "now"):
# ``factcheck.extract`` reads no other sentence.
WORDS = frozenset((*MONTHS, *WEEKDAY_WORDS, *_DAYS_FROM_TODAY, *_NIGHTS, *_PARTS_OF_DAY, *_SEASONS, *_PRESENT, *_RECENT,
                   "future", "past", "week", "month", "year", "ago", "quarter", "weekend", "noon", "midnight"))

# What the readers need to find anything, checked once per sentence so that only the readers that can match are
# run (most news sentences name no date at all, many name one kind).
_TRIGGERS = {
    "month": re.compile(rf"\b{MONTH}"),
    "weekday": re.compile(WEEKDAY),
    "digit": re.compile(r"\d|\b(?:noon|midnight)\b"),
    "relative": re.compile(
        rf"\b{alternation((*_DAYS_FROM_TODAY, 'tonight', *_PARTS_OF_DAY, 'week', 'month', 'year', 'ago'))}\b",
        re.IGNORECASE),
    "reference": re.compile(rf"\b{alternation((*_PRESENT, *_RECENT, 'future', 'past'))}\b", re.IGNORECASE),
    "part": re.compile(rf"\b(?:{alternation(('quarter', 'half', 'century', 'weekend', *_SEASONS))}|Q[1-4])\b",
                       re.IGNORECASE),
}

Read = Callable[[re.Match[str], int, int, Sentence], Found | None]


def _match_start(match: re.Match[str], text: str) -> int:
    return match.start()


@dataclass(frozen=True)
class Reader:
    """One way news writes a date or a time: the pattern that finds it, the triggers (``_TRIGGERS``) a sentence
    must hold for it to be tried, the function that reads a match (its start, its end, the sentence) into a fact,
    None when the match is no date after all, and where the expression starts when not at the match."""

    name: str
    pattern: re.Pattern[str]
    needs: tuple[str, ...]
    read: Read
    start: Callable[[re.Match[str], str], int] = _match_start


def find(sentence: Sentence) -> list[Found]:
    """Every date and time of a sentence: each reader's matches, the earliest and then longest first, each
    taking its span unless an earlier one holds it; clock times then take their day (``_anchor_times``)."""
    present = {name for name, trigger in _TRIGGERS.items() if trigger.search(sentence.text)}
    if not present:
        return []
    matches: list[tuple[int, int, Reader, re.Match[str]]] = []
    for reader in READERS:
        if not all(need in present for need in reader.needs):
            continue
        for match in reader.pattern.finditer(sentence.text):
            matches.append((reader.start(match, sentence.text), match.end(), reader, match))
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    found: list[Found] = []
    taken_until = -1
    for start, end, reader, match in matches:
        if start < taken_until:
            continue
        try:
            fact = reader.read(match, start, end, sentence)
        except (OverflowError, ValueError):
            # "next week" of a story dated 9999-12-31, "yesterday" of 0001-01-01: past the calendar's end; the
            # expression is kept, unresolved, as for a story with no date.
            fact = reader.read(match, start, end, replace(sentence, published=None))
        if fact is not None:
            found.append(fact)
            taken_until = end
    return _anchor_times(found, sentence)


def _date(start: int, end: int, value: str | None) -> Found:
    return Found("date", start, end, value, timex=value)




def _full(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"Thursday March 21, 2024", "21 March 2024", "2024-03-22": a day with its year (none for 31 February)."""
    day = full_date(match)
    return _date(start, end, day.isoformat()) if day else None


_NUMERIC = re.compile(r"(?<![\w/.])(?P<num>[01]?\d/[0-3]?\d/(?:19|20)?\d\d)(?![\w/])")


def _numeric(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"3/21/2024", "4/2/24": month first, as American news writes it."""
    parsed = dateparser.parse(match.group("num"), languages=["en"], settings={"DATE_ORDER": "MDY"})
    return _date(start, end, parsed.date().isoformat()) if parsed else None


_MONTH_DAY = re.compile(
    rf"\b(?:(?P<wd>{WEEKDAY})\.?,?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH}))(?:[-–][0-3]?\d\b)?(?![\d,]*\d)\b(?!-)")


def _month_day(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The vote is set for April 2.", "Since the Oct. 7 attack", "on 21st March": a day without its year, in the
    year the tense points to; "the Oct. 7 attack", an event named by its date, lies behind, unless it is one set for
    a day that a verb says is to come ("will be seeking seats in the December 15 election")."""
    month = month_number(match.group("m1") or match.group("m2"))
    day = int(match.group("d1") or match.group("d2"))
    if not 1 <= day <= 31:
        return None
    tense = tense_near(sentence.text, start, end)
    named = re.match(r"\s+([a-z]+)", sentence.text[end:]) if re.search(r"\bthe\s+$", sentence.text[:start]) else None
    if named and not (tense == "future" and named.group(1) in _SCHEDULED):
        tense = "past"  # not "will be seeking seats in the December 15 election": an event still to come
    return _date(start, end, _day_of_year(month, day, sentence.published, tense))


_MONTH_YEAR = re.compile(rf"\b(?:(?P<mod>(?i:early|late|mid-?))\s*)?(?P<m>{MONTH})\s+(?P<y>1\d\d\d|20\d\d)\b")


def _month_year(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"March 2024", "in early August 2023": a month of a year."""
    return _date(start, end, f"{match.group('y')}-{month_number(match.group('m')):02d}")


_MONTH_SHIFTED = re.compile(
    rf"\b(?P<m>{MONTH})(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?(?=\s+(?:of\s+)?(?P<shift>(?i:last|this|next))\s+year\b(?!['’]))")


def _month_shifted(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"In April last year", "September 12 of last year", "in May next year": a month (or a day) of the year
    named from the day of writing. The year's words are read apart ("last year"), as TimeML marks them."""
    month = month_number(match.group("m"))
    day = f"-{int(match.group('d')):02d}" if match.group("d") else ""
    if day and not 1 <= int(match.group("d")) <= 31:
        return None
    pub = sentence.published
    if pub is None:
        return _date(start, end, f"XXXX-{month:02d}{day}")
    shift = {"last": -1, "this": 0, "next": 1}[match.group("shift").lower()]
    value = f"{pub.year + shift:04d}-{month:02d}{day}"
    if day:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
    return _date(start, end, value)


# "the coldest January on record", "the February storm": after "the", a month of any name but "May" (a name: "the
# May government"), when a superlative stands before it or a noun after it (``_month``).
_MONTH = re.compile(rf"\b(?:(?P<mod>(?i:{_PLACING}|mid-?))\s*|(?i:{_BEFORE_MONTH})\s+"
                    rf"|(?i:the)\s+(?:[a-z]+est\s+)?(?!May\b))(?P<m>{MONTH})\b(?!\s+\d)")


_THE_BEFORE = re.compile(r"^the\s", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(r"^the\s+[a-z]+est\s", re.IGNORECASE)
# "the February storm", "the April raid": a noun after "the" and a month's name makes it a month
_NOUN_AFTER = re.compile(rf"\s+(?!{alternation(words('dates', 'after_month_name'))}\b)[a-z]{{3,}}")


def _month_start(match: re.Match[str], text: str) -> int:
    """"last June" starts at "last"; "in June" at "June": the word before only said that a month is meant."""
    return match.start() if match.group("mod") else match.start("m")


def _month(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The war began in October.", "last June", "early August": a month without its year, the coming one for
    what lies ahead ("next June", "to run through June", "by June": a deadline), else the last one."""
    if _THE_BEFORE.search(match.group(0)) and not _SUPERLATIVE_BEFORE.search(match.group(0)) and not (
            _NOUN_AFTER.match(sentence.text, end)):
        return None  # "the March on Washington", "the March of Dimes", "the June Carter Cash songs": names
    month = month_number(match.group("m"))
    modifier = (match.group("mod") or "").lower()
    if modifier in ("last", "next"):
        tense: str | None = "past" if modifier == "last" else "future"
    elif re.search(r"\b(?:until|till|through|by)\s+$", sentence.text[:start], re.IGNORECASE):
        # a deadline looks ahead, unless it closes a past span: "He led the company until January"
        tense = "past" if ended_in_past(sentence.text, start) else "future"
    else:
        tense = tense_near(sentence.text, start, end)
    pub = sentence.published
    if pub is None:
        return _date(start, end, f"XXXX-{month:02d}")
    ahead = pub.year if month > pub.month or (month == pub.month and modifier != "next") else pub.year + 1
    behind = pub.year if month < pub.month or (month == pub.month and modifier != "last") else pub.year - 1
    if tense == MODAL:  # the nearer of the two: "would be leaving the show in June", written in August
        months_ahead = (ahead - pub.year) * 12 + month - pub.month
        months_behind = (pub.year - behind) * 12 + pub.month - month
        year = ahead if months_ahead <= months_behind else behind
    else:
        # "next March" written in March is a year ahead, as "last March" is a year behind
        year = ahead if tense == "future" else behind
    return _date(start, end, f"{year}-{month:02d}")


_QUARTER = re.compile(
    rf"\b(?:the\s+)?(?P<q>{alternation((*_QUARTERS, *words('dates', 'last_quarter')))})[\s-]+quarter\b"
    r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>this|last|next|the\s+(?:same|previous)|the\s+current)\s+year))?"
    r"|\bQ(?P<qn>[1-4])\s*(?P<y2>(?:19|20)\d\d)?\b",
    re.IGNORECASE)


def _quarter(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The first quarter of 2009" -> 2009-Q1; "Sales fell in the fourth quarter." -> the latest fourth quarter;
    "Q3 2024"; "the final quarter": the one before the day of writing. In a sentence about a game, a quarter
    without its year is a period of play ("an interception in the third quarter"): no date."""
    part = int(match.group("qn")) if match.group("qn") else _QUARTERS.get((match.group("q") or "").lower(), 0)
    year = match.group("y") or match.group("y2")
    if not (year or match.group("rel") or match.group("qn")) and _GAME.search(sentence.text):
        return None  # "Davis's interception in the third quarter": a period of play, not of the year
    return _date(start, end, _part_of_year(part, 4, "Q", year, match.group("rel"), sentence, start, end))


_HALF = re.compile(
    r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>this|last|next)\s+year"
    r"|the\s+year)\b",
    re.IGNORECASE)


def _half(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"the first half of 2023" -> 2023-H1, "the second half of this year", "the first half of the year" (the one
    meant, as for a quarter)."""
    part = 1 if match.group("h").lower() == "first" else 2
    return _date(start, end, _part_of_year(part, 2, "H", match.group("y"), match.group("rel"), sentence, start, end))


_CENTURY = re.compile(r"\b(?:the\s+)?(?P<n>1\d|2\d|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b")


def _century(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"the 19th century" -> 18, TimeML's value for the years 1800 to 1899."""
    return _date(start, end, f"{int(match.group('n')) - 1:02d}")


# "the 1930s", "the 1930's", "the '80s", "the ’80s"
_DECADE = re.compile(r"\b(?:(?i:the)\s+)?(?:(?P<c>19|20)(?P<d>\d)0['’]?s|['’](?P<d2>\d)0s|(?<!\d)(?P<d3>[2-9])0s)\b")


def _decade_start(match: re.Match[str], text: str) -> int:
    """"The 1960s protests": "the" belongs to the protests, the decade is "1960s"."""
    if match.group(0)[:3].lower() == "the" and counted_phrase(text, match.end()):
        return match.start() + 4
    return match.start()


def _decade(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"Music of the 1990s is back." -> 199; "the '80s" -> 198 (the 20th century unless written); not an age
    ("a man in his 40s": quantities.py)."""
    if any(age.start("d") <= match.start() < age.end() for age in AGE_DECADE.finditer(sentence.text)):
        return None
    century = match.group("c") or "19"
    return _date(start, end, century + (match.group("d") or match.group("d2") or match.group("d3")))


_YEAR = re.compile(
    r"(?:\b(?P<mod>(?i:early|late|mid-?))\s*)?(?<![\w$£€.,/])(?:(?<=')|\b)(?P<y>(?:19|20)\d\d)\b"
    r"(?![.,]\d|\s*(?:%|percent|per\s?cent))"
    # A year from 1000 to 1899 only where a year is expected: "in 1894", "since 1066", "founded 1855".
    r"|(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _OLD_YEAR_BEFORE) + r")(?P<old>1[0-8]\d\d)\b"
    r"(?![.,]\d|\s*(?:%|percent|per\s?cent|people|persons|men|women|children|[a-z]+s\b))")


def _year(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The dam was finished in 2019.", "It was a 2010 commando raid.", "the 1967 slayings" (a year before the
    event it dates); not "2000 jobs", a count."""
    group = "y" if match.group("y") else "old"
    if _is_count(sentence.text, end) and not dates_an_event(sentence.text, match.start(group), end):
        return None
    return _date(start, end, match.group(group))


def _is_count(text: str, end: int) -> bool:
    """"2000 jobs", "1990 units": a number followed by the plural noun it counts is no year ("a 2009 analysis"
    and "in 1953 has" are years)."""
    other = re.match(r"\s*(?:-|–|to)\s*(\d[\d,]*)\b", text[end : end + 20])
    if other and not re.fullmatch(r"(?:19|20)\d\d|\d\d", other.group(1)):
        return True  # "2000 - 2500 Calories": a range of counts, not of years
    phrase = counted_phrase(text, end)
    word = re.match(r"\s+([a-z]+)", text[end : end + 30])
    return bool(phrase and word and word.group(1) != phrase[1] and word.group(1).endswith(("s", "people", "men")))


_SEASON = re.compile(
    rf"\b(?:(?P<mod>{_PLACING}|the)\s+)(?P<season>{alternation(_SEASONS)})\b(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?",
    re.IGNORECASE)


def _season(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"the summer of 2019" -> 2019-SU; "next spring", "last winter" from the day of writing."""
    code = _SEASONS[match.group("season").lower()]
    if match.group("y"):
        return _date(start, end, f"{match.group('y')}-{code}")
    pub = sentence.published
    if pub is None:
        return _date(start, end, None)
    modifier = match.group("mod").lower()
    year = pub.year
    if modifier == "last" and pub.month <= _SEASON_END[code]:
        year -= 1
    elif modifier == "next" and pub.month >= _SEASON_END[code]:
        year += 1
    return _date(start, end, f"{year}-{code}")


_WEEKEND = re.compile(r"\b(?P<mod>this|last|next|the)\s+weekend\b", re.IGNORECASE)


def _weekend(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"next weekend" -> 2024-W13-WE; "over the weekend", written on a weekday in the past tense: the one just
    gone."""
    pub = sentence.published
    if pub is None:
        return _date(start, end, None)
    modifier = match.group("mod").lower()
    shift = {"last": -1, "next": 1}.get(modifier, 0)
    if modifier in ("the", "this") and tense_near(sentence.text, start, end) == "past" and pub.weekday() < 5:
        shift = -1
    year, week, _ = (pub + dt.timedelta(weeks=shift)).isocalendar()
    return _date(start, end, f"{year}-W{week:02d}-WE")


_WEEKDAY = re.compile(rf"\b(?:(?P<mod>(?i:{_PLACING}))\s+)?(?P<wd>{WEEKDAY})\b(?:\s+(?P<part>{_PART}))?")
# "Black Friday", "Super Tuesday": the name of an event, not a day of this week.
_NAMED_DAY = re.compile(rf"\b{alternation(words('dates', 'named_day_words'))}\s+$")


def _weekday(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The minister said Thursday", "She will travel to Oslo on Friday.", "Police were called Monday night.": the
    day of the week before or after the day of writing that the tense points to; not "Black Friday"."""
    if _NAMED_DAY.search(sentence.text[:start]):
        return None
    value = _day_of_week(match, sentence.published, tense_near(sentence.text, start, end))
    # Without a publication date the day stays unresolved, but its weekday is still said: TimeML's
    # XXXX-WXX-4 for "Thursday", so that "died Thursday" and "died Friday" can be told apart.
    timex = value or f"XXXX-WXX-{weekday_number(match.group('wd')) + 1}"
    return Found("time" if match.group("part") else "date", start, end, value, timex=timex)


_RELATIVE_DAY = re.compile(
    rf"\b(?:(?P<mod>earlier|later)\s+)?(?P<word>{alternation(_DAYS_FROM_TODAY)}(?:\s+{_PART})?"
    # "this night" is no way to say "tonight"
    rf"|{alternation(_NIGHTS)}|this\s+{alternation(part for part in _PARTS_OF_DAY if part != 'night')})\b",
    re.IGNORECASE)


_NOUN_BEFORE = re.compile(rf"\b{alternation((*words('grammar', 'determiners'), *words('grammar', 'possessives')))}\s+$",
                          re.IGNORECASE)


def _relative_day(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The ferry sank yesterday.", "tonight", "last night", "earlier this morning", "tomorrow afternoon"."""
    pub = sentence.published
    word = re.sub(r"\s+", " ", match.group("word").lower())
    if word in _NIGHTS and _NOUN_BEFORE.search(sentence.text, 0, start):
        return None  # "the last night of the festival": a night of something, not the night before writing
    if pub is None:
        value = None
    elif word in _NIGHTS:
        value = (pub + dt.timedelta(days=_NIGHTS[word])).isoformat() + "TNI"
    else:
        head, _, rest = word.partition(" ")
        part = _PARTS_OF_DAY.get(rest or "")
        value = (pub + dt.timedelta(days=_DAYS_FROM_TODAY.get(head, 0))).isoformat() + (f"T{part}" if part else "")
    return Found("time" if value and "T" in value else "date", start, end, value, timex=value)


_RELATIVE_PERIOD = re.compile(
    rf"\b(?P<mod>{alternation(_PERIOD_SHIFT)})\s+"
    r"(?:fiscal\s+|financial\s+|calendar\s+)?(?P<unit>week|month|year)\b(?!\s+(?:old|long))",
    re.IGNORECASE)


def _relative_period(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"Talks resume next week in Vienna." -> 2024-W13; "Prices rose last month.", "later this year"."""
    pub = sentence.published
    if pub is None:
        return _date(start, end, None)
    shift = _PERIOD_SHIFT[re.sub(r"\s+", " ", match.group("mod").lower())]
    return _date(start, end, _shifted(pub, match.group("unit").lower(), shift))


_AGO = re.compile(rf"\b(?P<n>{NUMBER_TEXT}|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)


def _ago(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The flood came three days ago." -> 2024-03-18; "two weeks ago", "a year ago"."""
    pub = sentence.published
    if pub is None:
        return _date(start, end, None)
    numbers = scan(match.group("n"))
    count = int(numbers[0].value) if numbers else 1
    unit = match.group("unit").lower()
    if unit == "day":
        return _date(start, end, (pub - dt.timedelta(days=count)).isoformat())
    return _date(start, end, _shifted(pub, unit, -count))


_REFERENCE = re.compile(
    rf"\b(?P<now>{alternation(_PRESENT)})\b|\b(?P<recent>{alternation(_RECENT)})\b"
    r"|\bthe\s+(?P<future>future)\b|\bthe\s+(?P<past>past)\b(?!\s+(?:\w+\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?))",
    re.IGNORECASE)


def _reference(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"Talks are continuing now." -> PRESENT_REF; "recently", "the past" -> PAST_REF; "the future" ->
    FUTURE_REF."""
    return _date(start, end, "PRESENT_REF" if match.group("now") else "FUTURE_REF" if match.group("future")
                 else "PAST_REF")


_TIME = re.compile(
    rf"(?<![\d:.])(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))"
    rf"(?:\s+(?P<tz>{_ZONE}))?"
    rf"|(?<![\d:])(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?![\d:]|\.\d)(?:\s+(?P<tz2>{_ZONE}))?"
    rf"|(?<![\d:])(?P<h3>[0-2]\d)(?P<mi3>[0-5]\d)\s+(?P<tz3>GMT|UTC)\b"
    r"|\b(?P<named>noon|midnight)\b")


def _time(match: re.Match[str], start: int, end: int, sentence: Sentence) -> Found | None:
    """"The polls close at 8 p.m.", "16:08 UTC", "1608 GMT", "noon": a clock time, its day found later
    (``_anchor_times``)."""
    if match.group("h2") and GAME_CLOCK.match(sentence.text, start):
        return None  # "at 2:56 of the sixth round": a game clock (durations.py), no time of day
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
    return Found("time", start, end, value, timex=value)


# The readers in the order they are tried. A reader that reads a match claims its span: of two matches, the
# earlier, then the longer one is read first; where two readers find exactly the same span, the one listed
# first. A reader that declines (a count, "Black Friday") leaves the span to the next match.
READERS: tuple[Reader, ...] = (
    Reader("full", FULL_DATE, ("digit",), _full),
    Reader("numeric", _NUMERIC, ("digit",), _numeric),
    Reader("month_day", _MONTH_DAY, ("month", "digit"), _month_day),
    Reader("month_year", _MONTH_YEAR, ("month", "digit"), _month_year),
    Reader("month_shifted", _MONTH_SHIFTED, ("month",), _month_shifted),
    Reader("month", _MONTH, ("month",), _month, start=_month_start),
    Reader("quarter", _QUARTER, ("part",), _quarter),
    Reader("half", _HALF, ("part",), _half),
    Reader("century", _CENTURY, ("part",), _century),
    Reader("decade", _DECADE, ("digit",), _decade, start=_decade_start),
    Reader("year", _YEAR, ("digit",), _year),
    Reader("season", _SEASON, ("part",), _season),
    Reader("weekend", _WEEKEND, ("part",), _weekend),
    Reader("weekday", _WEEKDAY, ("weekday",), _weekday),
    Reader("relative_day", _RELATIVE_DAY, ("relative",), _relative_day),
    Reader("relative_period", _RELATIVE_PERIOD, ("relative",), _relative_period),
    Reader("ago", _AGO, ("relative",), _ago),
    Reader("reference", _REFERENCE, ("reference",), _reference),
    Reader("time", _TIME, ("digit",), _time),
)


# Calendar arithmetic the readers share.


def _day_of_year(month: int, day: int, pub: dt.date | None, tense: str | None) -> str | None:
    """The date of "April 2" written on ``pub``: within a week of it whatever the tense ("June 1st" on 4 June),
    else the next one for the future, else the latest one (or one within two weeks ahead: a scheduled event)."""
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
    if near:
        return near[0].isoformat()
    if tense == MODAL:  # the nearer one: "said the layoffs would take effect on March 31", written on March 12
        return min(candidates, key=lambda c: abs((c - pub).days)).isoformat()
    if tense == "future":
        return min((c for c in candidates if c >= pub), default=candidates[-1]).isoformat()
    limit = pub + dt.timedelta(days=0 if tense == "past" else 14)
    return max((c for c in candidates if c <= limit), default=candidates[0]).isoformat()


def _part_of_year(part: int, count: int, letter: str, year_text: str | None, relative: str | None,
                  sentence: Sentence, start: int, end: int) -> str | None:
    """The quarter (``count`` 4, "Q") or half (2, "H") ``part`` of the year written ("of 2009"), named ("of last
    year") or meant: "the fourth quarter", written in March, is last year's. ``part`` 0: the one before
    publication ("the final quarter")."""
    pub = sentence.published
    current = ((pub.month - 1) * count // 12 + 1) if pub else 0
    if year_text:
        year = int(year_text)
    elif pub is None:
        return None
    else:
        relative = (relative or "").lower()
        year = pub.year + _PERIOD_SHIFT.get(relative, 0)
        if not relative and part and part > current and tense_near(sentence.text, start, end) not in ("future", MODAL):
            year -= 1
    if not part:
        if pub is None:
            return None
        part = current - 1 or count
        year = pub.year - (1 if current == 1 else 0)
    return f"{year}-{letter}{part}"


def _shifted(pub: dt.date, unit: str, shift: int) -> str:
    """The week, month or year ``shift`` of them from the one of ``pub``: 2024-W13, 2024-02, 2023."""
    if unit == "week":
        year, week, _ = (pub + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(pub.year + shift)


def _day_of_week(match: re.Match[str], pub: dt.date | None, tense: str | None) -> str | None:
    """The date of "Thursday", "next Friday", "Monday night" written on ``pub``: the day itself if it is one, else
    the one ahead for the future tense, the one behind otherwise."""
    if pub is None:
        return None
    target = weekday_number(match.group("wd"))
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
    elif tense in ("future", MODAL):
        day = pub + dt.timedelta(days=delta % 7)
    else:
        day = pub - dt.timedelta(days=(-delta) % 7)
    part = _PARTS_OF_DAY.get((match.group("part") or "").lower())
    return day.isoformat() + (f"T{part}" if part else "")


def _nearby_day(found: list[Found], index: int, sentence: Sentence) -> Found | None:
    """The day named within a few words of a clock time ("at 16:08 UTC on March 21", "Friday at 8 p.m.")."""
    time, text = found[index], sentence.text
    near: list[tuple[int, bool, int, Found]] = []
    for other in found:
        if other is time or _day_of(other) is None:
            continue
        gap = text[time.end : other.start] if other.start >= time.end else text[other.end : time.start]
        gap = _ASIDE_IN_GAP.sub(" ", gap)  # "10:21 a.m. local time on Tuesday", "3:40 p.m. (0740 GMT) on Sunday"
        if len(gap.split()) <= 2 and not re.search(r"[.;]", gap):
            near.append((len(gap.split()), other.start < time.start, other.start, other))
    # the nearest day, the one after on a tie: "from 3pm on Saturday to 12.30pm on Sunday" (Sunday's 12.30pm)
    return min(near)[3] if near else None


_ASIDE_IN_GAP = re.compile(r"\blocal\s+time\b|\([^()]{1,30}\)", re.IGNORECASE)


def _day_of(day: Found) -> tuple[str, str | None] | None:
    """A day's date and the part of it named ("2024-03-20TNI": last night), if it names a whole day."""
    found = _DAY_VALUE.fullmatch(day.value) if isinstance(day.value, str) else None
    return (found.group(1), found.group(2)) if found else None


def _in_part(clock: str, part: str | None, surface: str) -> str | None:
    """The clock time ("T06:41") in the part of the day named beside it: "6:41 last night" is 18:41, "7:05 on
    Tuesday evening" 19:05; a time written with a.m. or p.m., "noon" or "midnight" is its own. None for a small hour
    of a night ("2:30 last night"): the next day's, which the words do not name."""
    hour = int(clock[1:3])
    if part is None or not surface[:1].isdigit() or _MERIDIEM.search(surface):
        return clock
    if (part in ("AF", "EV") and 1 <= hour <= 11) or (part == "NI" and 5 <= hour <= 11):
        return f"T{hour + 12:02d}{clock[3:]}"
    return None if part == "NI" else clock


_DAY_VALUE = re.compile(rf"(\d{{4}}-\d\d-\d\d)(?:T({alternation(_PARTS_OF_DAY.values())}))?")
_MERIDIEM = re.compile(r"[ap]\.?m\b", re.IGNORECASE)


_NEXT_TO = re.compile(r"^\s*(?:,\s*)?$")


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
        surface = sentence.text[fact.start : fact.end]
        for j in (i + 1, i - 1):
            if not 0 <= j < len(found) or j in skip or found[j].kind not in ("date", "time"):
                continue
            day = found[j]
            gap = sentence.text[fact.end : day.start] if j > i else sentence.text[day.end : fact.start]
            named = _day_of(day)
            placed = _in_part(clock, named[1], surface) if named else None
            if named and placed and _NEXT_TO.match(gap):
                merged = replace(fact, start=min(fact.start, day.start), end=max(fact.end, day.end),
                                 value=named[0] + placed, timex=named[0] + placed)
                if j < i:
                    result.pop()
                skip.add(j)
                fact = merged
                break
        else:
            near = _nearby_day(found, i, sentence)
            named = _day_of(near) if near else None
            placed = _in_part(clock, named[1], surface) if named else None
            day_value = named[0] if named and placed else (
                sentence.published.isoformat() if sentence.published else None)
            if day_value:
                fact = replace(fact, value=day_value + (placed or clock), timex=day_value + (placed or clock))
        result.append(fact)
    return result
