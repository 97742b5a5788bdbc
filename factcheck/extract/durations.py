"""Durations ("a 45-minute call", "two days", "more than three hours", "25 - 40min", "one to two years",
"about a month", "for years", "in recent weeks"): the one owner of durations. Values are in seconds;
``stated_value``/``stated_unit`` keep the figure as written (45, "minute") and ``timex`` the TIMEX3 period
("PT45M", "P2D", "PXY" for a vague span). A rate ("$3,500 a month", "800,000 barrels a day") is no duration."""

from __future__ import annotations

import re

from factcheck.extract.cues import AGE_BEFORE, CLOCK_AFTER, DAY_OF_MONTH, GAME_CLOCK, RACE_TIME, RACE_TIME_LEAD
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import hedge_after, hedge_before, interval
from factcheck.extract.noun_phrase import subject_after
from factcheck.extract.numbers import AND_A_HALF, NUMBER_TEXT, scan, step_of_value
from factcheck.lexicon.words import alternation, spellings, table, words
from factcheck.units import SECONDS

# Each spelling of a unit ("hrs") -> the unit ("hour").
_UNITS = {spelling: unit for unit, others in table("durations", "units").items()
          for spelling in (unit, *others)}  # type: ignore[misc]
_UNIT = alternation(spellings("durations", "units"))
_PLURALS = words("durations", "plurals")
# The words a sentence without a figure needs for a span to be found in it ("an hour", "for years"):
# ``factcheck.extract`` reads no other sentence. (An abbreviation, "hrs", follows a figure.)
WORDS = frozenset((*table("durations", "units"), *_PLURALS))
_NUMBER = rf"(?:{NUMBER_TEXT})"
_BETWEEN = alternation(words("durations", "between"))  # "five consecutive weeks"
DURATION = re.compile(
    rf"(?:(?P<first>{_NUMBER})\s*(?P<join>-|–|to|or|and)\s*)?"
    rf"(?P<n>{_NUMBER}|\b(?:an?|half\s+an?)\b)(?P<sep>\s*|-)(?:(?P<adj>{_BETWEEN})\s+)?"
    rf"(?P<unit>{_UNIT})(?P<plural>s)?\b(?!-old|\s+old\b)"
    rf"(?P<half>{AND_A_HALF})?",  # "a year and a half", "three hours and a half"
    re.IGNORECASE,
)
_LEAD = alternation(words("durations", "span_leads"))
# "for years", "in recent weeks", "several days", "the next few months": a span without a figure.
VAGUE = re.compile(
    rf"\b(?P<lead>(?:the\s+)?{_LEAD}\s+)?"
    rf"(?:(?P<q>{alternation(words('durations', 'span_counts'))})\s+)?"
    rf"(?P<unit>{alternation(_PLURALS)})\b(?!\s+(?:old|of\s+age))",
    re.IGNORECASE,
)
# "the next decade", "over the past century": one unit, no article figure.
_SINGLE = re.compile(rf"\b(?:the\s+){_LEAD}\s+(?P<unit>decade|century)\b", re.IGNORECASE)
# "a month" is a duration where something lasts or lies between: "about a month earlier", "in a decade",
# "An hour before"; "$3,500 a month" and "twice a day" are rates.
_ARTICLE_BEFORE = re.compile(rf"(?:^|\b{alternation(words('durations', 'before_article_span'))}\s+)$", re.IGNORECASE)
_ARTICLE_AFTER = re.compile(rf"^\s+{alternation(words('durations', 'after_article_span'))}\b", re.IGNORECASE)
# "for years", "within hours": a bare plural after these is a span; after a figure or a determiner it is not.
_BARE_BEFORE = re.compile(rf"\b{alternation(words('durations', 'before_bare_span'))}\s+$", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(
    rf"(?:\d|\b{alternation((*words('grammar', 'determiners'), *words('durations', 'quantifiers')))}\s*)$",
    re.IGNORECASE)
_OVER_LEADS = frozenset(words("durations", "over_span_after"))
_WORD_BEFORE = re.compile(r"([\w$%.,'’-]+)\s+$")
_FIGURE_BEFORE = re.compile(r"[$€£]?\d[\d,.]*(?:\s*[A-Za-z]+)?\s+$")  # "$5 billion over", "6 inches over", "110bn over"
_PLUS = re.compile(r"\s+plus\b", re.IGNORECASE)  # "10 years plus three years": two spans
# "the forty-second floor" is an ordinal.
_TENS_BEFORE = re.compile(rf"{alternation(words('grammar', 'tens_words'))}$", re.IGNORECASE)
# A unit word at the start of a word or right after a digit ("40min"): "Monday" and "today" are no hint.
_HINT = re.compile(rf"(?:\b|(?<=\d)){_UNIT}", re.IGNORECASE)
_PERIOD = {"second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
           "week": ("", "W", 1), "month": ("", "M", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10),
           "century": ("", "Y", 100)}  # fmt: skip


def period(stated: float | None, unit: str) -> str:
    """The TIMEX3 period: (45, "minute") -> "PT45M"; (None, "year") -> "PXY"; a decade is "P10Y"."""
    time_part, letter, factor = _PERIOD[unit]
    if stated is None:
        return f"P{time_part}X{'DE' if unit == 'decade' else 'CE' if unit == 'century' else letter}"
    amount = stated * factor
    return f"P{time_part}{int(amount) if amount == int(amount) else amount:g}{letter}"


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    found = [_game_clock(match) for match in GAME_CLOCK.finditer(text)] if ":" in text else []
    if ":" in text:
        found += [_race_time(m) for m in RACE_TIME.finditer(text) if not CLOCK_AFTER.match(text, m.end()) and (
            m.group("f2") or RACE_TIME_LEAD.search(text, 0, m.start()))]
    if not _HINT.search(text):
        return found
    for match in DURATION.finditer(text):
        fact = _figure(text, match)
        if fact is not None:
            found.append(fact)
    for match in (*_SINGLE.finditer(text), *VAGUE.finditer(text)):
        fact = _vague(text, match)
        if fact is not None and not any(fact.overlaps(f) for f in found):
            found.append(fact)
    return sorted(found, key=lambda f: f.start)


def _game_clock(match: re.Match[str]) -> Found:
    """"at 2:56 of the sixth round", "with 7:41 left in the first half": minutes and seconds of play, exact."""
    minutes, seconds = int(match.group("m")), int(match.group("s"))
    total = float(minutes * 60 + seconds)
    return Found("duration", match.start(), match.end(), total, total, total, "both", "s", total, "second", None,
                 None, f"PT{minutes}M{seconds}S" if minutes else f"PT{seconds}S")


def _race_time(match: re.Match[str]) -> Found:
    """"in 2:18:05", "in 3:43.13": a race time, exact to its last digit."""
    hours = int(match.group("h") or 0)
    minutes = int(match.group("m") or match.group("m2"))
    fraction = match.group("f") or match.group("f2")
    seconds = int(match.group("s") or match.group("s2")) + (int(fraction) / 10 ** len(fraction) if fraction else 0)
    total = hours * 3600 + minutes * 60 + seconds
    timex = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{seconds:g}S"
    return Found("duration", match.start(), match.end(), total, total, total, "both", "s", total, "second", None,
                 None, timex)


def _over_a_span(text: str, start: int) -> bool:
    """"over" at ``start`` tells the span something takes ("invest $5 billion over five years", "rose over three
    days"), not "more than" ("for over 30 years", "lasted over two hours", "Over two days, ..." opening a sentence)."""
    before = _WORD_BEFORE.search(text, 0, start)
    if before is None or before.group(1).endswith((",", ".")):
        return False
    return before.group(1).lower() in _OVER_LEADS or bool(_FIGURE_BEFORE.search(text, 0, start))


def _figure(text: str, match: re.Match[str]) -> Found | None:
    number_text = match.group("n").lower()
    if AGE_BEFORE.search(text, 0, match.start()):
        return None  # "children under the age of 5 years": an age (quantities.py), not a span of time
    if number_text in ("a", "an"):
        before, after = text[: match.start()], text[match.end() :]
        if match.group("plural") or match.group("first"):
            return None
        # "served a year and a half", "lasted an hour and a half": a span, whatever the words around it
        told = _ARTICLE_BEFORE.search(before) or _ARTICLE_AFTER.match(after) or match.group("half")
        if not told or re.search(r"[\d$€£%]\s*$", before):
            return None
        stated = 1.0
    elif number_text.startswith("half"):
        stated = 0.5
    else:
        scanned = scan(match.group("n"))
        if len(scanned) != 1:
            return None
        stated = scanned[0].value
    if match.group("half"):
        stated += 0.5
    if not match.group("sep") and len(match.group("unit")) > 3 and not match.group("n")[-1].isdigit():
        return None
    if match.group("sep") == "-" and match.group("unit").lower() == "second" and _TENS_BEFORE.search(match.group("n")):
        return None  # "the forty-second floor" is an ordinal
    unit = _UNITS[match.group("unit").lower()]
    factor = SECONDS[unit]
    first = scan(match.group("first")) if match.group("first") else []
    if first and DAY_OF_MONTH.search(text, 0, match.start()):
        first = []  # "sentenced on Jan. 5 to 25 years": the day of a date, then the span
    if first and (match.group("join").lower() != "and" or re.search(r"\bbetween\s+$", text[: match.start()])):
        low, high = sorted((first[0].value * factor, stated * factor))
        opened = re.search(r"\b(?:between|from)\s+$", text[: match.start()], re.IGNORECASE)
        return Found("duration", opened.start() if opened else match.start(), match.end(), None, low, high, "both",
                     "s", None, unit, "range", None)
    hedge, start = hedge_before(text, match.start("n"))
    if hedge == "over" and text[start : start + 4].lower() == "over" and _over_a_span(text, start):
        hedge, start = None, match.start("n")  # "$5 billion over five years": the span it takes, no more
    after, end = hedge_after(text, match.end())  # "two weeks or longer"
    if after and _PLUS.match(text, match.end()):
        after = None  # "10 years plus three years of probation": a second span, not more than ten years
    hedge = hedge or after
    end = end if after and hedge == after else match.end()
    step = 0.5 if number_text.startswith("half") else step_of_value(stated)  # "nearly half a second": to the half
    low, high, closed = interval(hedge, stated * factor, step * factor)
    return Found("duration", start, end, stated * factor, low, high, closed, "s", stated, unit, hedge,
                 subject_after(text, match.end()) if match.group("sep") == "-" else None, period(stated, unit))


def _vague(text: str, match: re.Match[str]) -> Found | None:
    unit = _UNITS[match.group("unit").lower().rstrip("s")]  # "centuries" -> "centurie", a spelling of "century"
    if "q" in match.groupdict() and not match.group("q") and not match.group("lead"):
        # A bare plural ("for years", "minutes before") needs a preposition or a following "before/ago".
        before, after = text[: match.start()], text[match.end() :]
        if not (_BARE_BEFORE.search(before) or _ARTICLE_AFTER.match(after)):
            return None
        if _COUNTED_BEFORE.search(before):
            return None
    if "q" not in match.groupdict():  # "the next decade"
        factor = SECONDS[unit]
        return Found("duration", match.start(), match.end(), factor, factor, factor, "both", "s", 1.0, unit, None,
                     None, period(1.0, unit))
    factor = SECONDS[unit]
    return Found("duration", match.start(), match.end(), None, 2 * factor, 10 * factor, "left", "s", None, unit,
                 "vague", None, period(None, unit))
