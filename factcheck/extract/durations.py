"""Durations ("a 45-minute call", "two days", "more than three hours", "25 - 40min", "one to two years"): the
one owner of durations. Values are in seconds; ``stated_value``/``stated_unit`` keep the figure as written
(45, "minute"). A rate ("$3,500 a month", "800,000 barrels a day") is not a duration."""

from __future__ import annotations

import re

from factcheck.extract.context import subject_after
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import hedge_before, interval
from factcheck.extract.numbers import NUMBER_TEXT, scan, step_of_value
from factcheck.units import SECONDS

_UNITS = {"second": "second", "sec": "second", "secs": "second", "minute": "minute", "min": "minute",
          "mins": "minute", "hour": "hour", "hr": "hour", "hrs": "hour", "day": "day", "week": "week", "wk": "week",
          "wks": "week", "month": "month", "year": "year", "yr": "year", "yrs": "year", "decade": "decade",
          "century": "century", "centurie": "century"}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER = rf"(?:{NUMBER_TEXT})"
DURATION = re.compile(
    rf"(?:(?P<first>{_NUMBER})\s*(?P<join>-|–|to|or|and)\s*)?"
    rf"(?P<n>{_NUMBER}|\b(?:an?|half\s+an?)\b)(?P<sep>\s*|-)(?P<unit>{_UNIT})(?P<plural>s)?\b(?!-old|\s+old\b)",
    re.IGNORECASE,
)
_HINT = re.compile(r"sec|min|hour|hr|day|week|wk|month|year|yr|decade|centur", re.IGNORECASE)


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    found: list[Found] = []
    if not _HINT.search(text):
        return found
    for match in DURATION.finditer(text):
        number_text = match.group("n").lower()
        if number_text in ("a", "an"):
            continue  # "for a day", "in a decade", "$3,500 a month": a span of speech or a rate, not a figure
        elif number_text.startswith("half"):
            stated = 0.5
        else:
            scanned = scan(match.group("n"))
            if len(scanned) != 1:
                continue
            stated = scanned[0].value
        if not match.group("sep") and len(match.group("unit")) > 3 and not match.group("n")[-1].isdigit():
            continue
        if match.group("sep") == "-" and match.group("unit").lower() == "second" and re.search(
                r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$", match.group("n"), re.IGNORECASE):
            continue  # "the forty-second floor" is an ordinal
        unit = _UNITS[match.group("unit").lower()]
        factor = SECONDS[unit]
        first = scan(match.group("first")) if match.group("first") else []
        if first and (match.group("join").lower() != "and" or re.search(r"\bbetween\s+$", text[: match.start()])):
            low, high = sorted((first[0].value * factor, stated * factor))
            start = match.start()
            opened = re.search(r"\b(?:between|from)\s+$", text[:start], re.IGNORECASE)
            found.append(Found("duration", opened.start() if opened else start, match.end(), None, low, high, "both",
                               "s", None, unit, "range", None))
            continue
        start_n = match.start("n")
        hedge, start = hedge_before(text, start_n)
        low, high, closed = interval(hedge, stated * factor, step_of_value(stated) * factor)
        found.append(Found(
            "duration", start, match.end(), stated * factor, low, high, closed, "s", stated, unit, hedge,
            subject_after(text, match.end()) if match.group("sep") == "-" else None,
        ))
    return found
