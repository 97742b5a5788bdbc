"""Durations ("a 45-minute call", "two days", "more than three hours", "25 - 40min", "one to two years",
"about a month", "for years", "in recent weeks"): the one owner of durations. Values are in seconds;
``stated_value``/``stated_unit`` keep the figure as written (45, "minute") and ``timex`` the TIMEX3 period
("PT45M", "P2D", "PXY" for a vague span). A rate ("$3,500 a month", "800,000 barrels a day") is no duration."""

from __future__ import annotations

import re

from factcheck.extract.cues import AGE_BEFORE
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import hedge_before, interval
from factcheck.extract.noun_phrase import subject_after
from factcheck.extract.numbers import NUMBER_TEXT, scan, step_of_value
from factcheck.units import SECONDS

_UNITS = {"second": "second", "sec": "second", "secs": "second", "minute": "minute", "min": "minute",
          "mins": "minute", "hour": "hour", "hr": "hour", "hrs": "hour", "day": "day", "week": "week", "wk": "week",
          "wks": "week", "month": "month", "year": "year", "yr": "year", "yrs": "year", "decade": "decade",
          "century": "century", "centurie": "century"}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER = rf"(?:{NUMBER_TEXT})"
DURATION = re.compile(
    rf"(?:(?P<first>{_NUMBER})\s*(?P<join>-|–|to|or|and)\s*)?"
    rf"(?P<n>{_NUMBER}|\b(?:an?|half\s+an?)\b)(?P<sep>\s*|-)(?P<unit>{_UNIT})(?P<plural>s)?\b(?!-old|\s+old\b)",
    re.IGNORECASE,
)
# "for years", "in recent weeks", "several days", "the next few months": a span without a figure.
VAGUE = re.compile(
    r"\b(?P<lead>(?:the\s+)?(?:past|last|next|coming|previous|following)\s+)?"
    r"(?:(?P<q>(?:a\s+)?few|several|many|recent|some|the\s+past|the\s+coming)\s+)?"
    r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s+(?:old|of\s+age))",
    re.IGNORECASE,
)
# "the next decade", "over the past century": one unit, no article figure.
_SINGLE = re.compile(r"\b(?:the\s+)(?:next|past|last|following|previous|coming)\s+(?P<unit>decade|century)\b",
                     re.IGNORECASE)
# "a month" is a duration where something lasts or lies between: "about a month earlier", "in a decade",
# "An hour before"; "$3,500 a month" and "twice a day" are rates.
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\b(?:about|around|nearly|almost|over|than|under|just|roughly|some|in|for|within|after|during|lasting|"
    r"took|takes|spent|only|barely|least|most|up\s+to)\s+)$", re.IGNORECASE)
_ARTICLE_AFTER = re.compile(r"^\s+(?:before|after|earlier|later|ago|long|into|since)\b", re.IGNORECASE)
# A unit word at the start of a word or right after a digit ("40min"): "Monday" and "today" are no hint.
_HINT = re.compile(r"(?:\b|(?<=\d))(?:sec|min|hour|hr|day|week|wk|month|year|yr|decade|centur)", re.IGNORECASE)
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
    if not _HINT.search(text):
        return []
    found: list[Found] = []
    for match in DURATION.finditer(text):
        fact = _figure(text, match)
        if fact is not None:
            found.append(fact)
    for match in (*_SINGLE.finditer(text), *VAGUE.finditer(text)):
        fact = _vague(text, match)
        if fact is not None and not any(fact.overlaps(f) for f in found):
            found.append(fact)
    return sorted(found, key=lambda f: f.start)


def _figure(text: str, match: re.Match[str]) -> Found | None:
    number_text = match.group("n").lower()
    if AGE_BEFORE.search(text, 0, match.start()):
        return None  # "children under the age of 5 years": an age (quantities.py), not a span of time
    if number_text in ("a", "an"):
        before, after = text[: match.start()], text[match.end() :]
        if match.group("plural") or match.group("first"):
            return None
        if not (_ARTICLE_BEFORE.search(before) or _ARTICLE_AFTER.match(after)) or re.search(r"[\d$€£%]\s*$", before):
            return None
        stated = 1.0
    elif number_text.startswith("half"):
        stated = 0.5
    else:
        scanned = scan(match.group("n"))
        if len(scanned) != 1:
            return None
        stated = scanned[0].value
    if not match.group("sep") and len(match.group("unit")) > 3 and not match.group("n")[-1].isdigit():
        return None
    if match.group("sep") == "-" and match.group("unit").lower() == "second" and re.search(
            r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$", match.group("n"), re.IGNORECASE):
        return None  # "the forty-second floor" is an ordinal
    unit = _UNITS[match.group("unit").lower()]
    factor = SECONDS[unit]
    first = scan(match.group("first")) if match.group("first") else []
    if first and (match.group("join").lower() != "and" or re.search(r"\bbetween\s+$", text[: match.start()])):
        low, high = sorted((first[0].value * factor, stated * factor))
        opened = re.search(r"\b(?:between|from)\s+$", text[: match.start()], re.IGNORECASE)
        return Found("duration", opened.start() if opened else match.start(), match.end(), None, low, high, "both",
                     "s", None, unit, "range", None)
    hedge, start = hedge_before(text, match.start("n"))
    low, high, closed = interval(hedge, stated * factor, step_of_value(stated) * factor)
    return Found("duration", start, match.end(), stated * factor, low, high, closed, "s", stated, unit, hedge,
                 subject_after(text, match.end()) if match.group("sep") == "-" else None, period(stated, unit))


def _vague(text: str, match: re.Match[str]) -> Found | None:
    unit = _UNITS[match.group("unit").lower().rstrip("s").replace("centurie", "century")]
    if "q" in match.groupdict() and not match.group("q") and not match.group("lead"):
        # A bare plural ("for years", "minutes before") needs a preposition or a following "before/ago".
        before, after = text[: match.start()], text[match.end() :]
        if not (re.search(r"\b(?:for|over|in|within|after|during|of)\s+$", before, re.IGNORECASE)
                or _ARTICLE_AFTER.match(after)):
            return None
        if re.search(r"(?:\d|\b(?:a|an|the|these|those|this|that|some|many|few)\s*)$", before, re.IGNORECASE):
            return None
    if "q" not in match.groupdict():  # "the next decade"
        factor = SECONDS[unit]
        return Found("duration", match.start(), match.end(), factor, factor, factor, "both", "s", 1.0, unit, None,
                     None, period(1.0, unit))
    factor = SECONDS[unit]
    return Found("duration", match.start(), match.end(), None, 2 * factor, 10 * factor, "left", "s", None, unit,
                 "vague", None, period(None, unit))
