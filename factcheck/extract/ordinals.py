"""Ordinals ("the sixth trip", "6th", "second-largest"): exact integers, never fractions."""

from __future__ import annotations

import re

from factcheck.extract.found import Found, Sentence
from factcheck.extract.noun_phrase import subject_after

_SIMPLE = {
    w: i
    for i, w in enumerate(
        """
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
fifteenth sixteenth seventeenth eighteenth nineteenth
""".split(),
        start=1,
    )
}
_TENS_ORDINAL = {
    w: 10 * i
    for i, w in enumerate(
        ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"], start=2
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2)
}
ORDINAL_WORDS = frozenset([*_SIMPLE, *_TENS_ORDINAL, "hundredth"])
ORDINAL = re.compile(
    r"\b(?:(?P<digits>\d{1,4})(?P<suffix>st|nd|rd|th)"
    r"|(?P<tens>" + "|".join(_TENS) + r")-(?P<unit>" + "|".join(w for w in _SIMPLE if _SIMPLE[w] < 10) + r")"
    r"|(?P<word>" + "|".join(sorted([*_SIMPLE, *_TENS_ORDINAL, "hundredth"], key=len, reverse=True)) + r"))"
    r"(?P<superlative>-(?:largest|biggest|highest|lowest|most|least|smallest|longest|best|worst|deadliest|"
    r"oldest|youngest|richest|poorest)\b)?(?![\w-])",
    re.IGNORECASE,
)
# "one-sixth", "a third of", "two-thirds": fractions; "a second." and "seconds": time.
_FRACTION_BEFORE = re.compile(r"\b(?:one|two|three|four|five|a|an)[\s-]$", re.IGNORECASE)
_IDIOMS = re.compile(
    r"\b(?:at first|first of all|first lady|first aid|first-hand|firsthand|first responders?)\b", re.IGNORECASE
)


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    idioms = [m.span() for m in _IDIOMS.finditer(text)]
    found: list[Found] = []
    for match in ORDINAL.finditer(text):
        value = _value(match)
        if value is None or any(s <= match.start() < e for s, e in idioms):
            continue
        before = text[max(0, match.start() - 6) : match.start()]
        after = text[match.end() : match.end() + 12]
        if (
            match.group("word")
            and _FRACTION_BEFORE.search(before)
            and (before.endswith("-") or re.match(r"\s+of\b", after))
        ):
            continue
        if (
            match.group("word")
            and match.group("word").lower() == "second"
            and re.search(r"\b(?:a|one|per|every|each|half|split)\s+$", before)
            and re.match(r"\s*(?:[.,;)]|later|ago)", after)
        ):
            continue
        found.append(
            Found(
                "ordinal",
                match.start(),
                match.end(),
                float(value),
                float(value),
                float(value),
                "both",
                None,
                float(value),
                None,
                None,
                subject_after(text, match.end()),
            )
        )
    return found


def _value(match: re.Match[str]) -> int | None:
    if match.group("digits"):
        number = int(match.group("digits"))
        expected = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return number if match.group("suffix").lower() == expected else None
    if match.group("tens"):
        return _TENS[match.group("tens").lower()] + _SIMPLE[match.group("unit").lower()]
    word = match.group("word").lower()
    return _SIMPLE.get(word) or _TENS_ORDINAL.get(word) or (100 if word == "hundredth" else None)
