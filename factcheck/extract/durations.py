"""Durations ("a 45-minute call", "two days", "more than three hours"): the one owner of durations.
Values are in seconds; ``stated_value``/``stated_unit`` keep the figure as written (45, "minute")."""

from __future__ import annotations

import re

from factcheck.extract.context import subject_after
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import hedge_before, interval
from factcheck.extract.numbers import NUMBER, scan, step_of_value
from factcheck.units import SECONDS

_UNITS = "second|minute|hour|day|week|month|year|decade|century|centurie"
DURATION = re.compile(
    rf"(?P<n>{NUMBER.pattern}|\b(?:an?|half\s+an?)\b)(?P<sep>\s+|-)(?P<unit>{_UNITS})(?P<plural>s)?\b(?!-old|\s+old\b)",
    re.IGNORECASE,
)
_RATE = re.compile(r"\b(?:per|once|twice|thrice|times|every|each|a|an)\s*$", re.IGNORECASE)


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    found: list[Found] = []
    for match in DURATION.finditer(text):
        number_text = match.group("n").lower()
        if number_text in ("a", "an"):
            if _RATE.search(text[: match.start()]) or match.group("plural"):
                continue
            stated = 1.0
        elif number_text.startswith("half"):
            stated = 0.5
        else:
            scanned = scan(match.group("n"))
            if len(scanned) != 1:
                continue
            stated = scanned[0].value
        unit = match.group("unit").lower().replace("centurie", "century")
        factor = SECONDS[unit]
        hedge, start = hedge_before(text, match.start())
        low, high, closed = interval(hedge, stated * factor, step_of_value(stated) * factor)
        found.append(
            Found(
                "duration",
                start,
                match.end(),
                stated * factor,
                low,
                high,
                closed,
                "s",
                stated,
                unit,
                hedge,
                subject_after(text, match.end()) if match.group("sep") == "-" else None,
            )
        )
    return found
