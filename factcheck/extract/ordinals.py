"""Ordinals ("the sixth trip", "6th", "second-largest"): exact integers, never fractions."""

from __future__ import annotations

import re

from factcheck.extract.found import Found, Sentence
from factcheck.extract.noun_phrase import subject_after
from factcheck.extract.numbers import fractions
from factcheck.lexicon.words import alternation, table, words

_ORDINALS: dict[str, int] = dict(table("ordinals", "ordinals"))  # type: ignore[arg-type]
# "twenty" -> 20, to read "twenty-first".
_TENS = {word: 10 * i for i, word in enumerate(words("grammar", "tens_words"), start=2)}
ORDINAL_WORDS = frozenset(_ORDINALS)
ORDINAL = re.compile(
    r"\b(?:(?P<digits>\d{1,4})(?P<suffix>st|nd|rd|th)"
    rf"|(?P<tens>{alternation(_TENS)})-(?P<unit>{alternation(w for w, value in _ORDINALS.items() if value < 10)})"
    rf"|(?P<word>{alternation(_ORDINALS)}))"
    rf"(?P<superlative>-{alternation(words('ordinals', 'superlatives'))}\b)?(?![\w-])",
    re.IGNORECASE,
)
# "one-sixth", "a third of", "two-thirds": fractions; "a second." and "seconds": time.
_PERIOD = re.compile(rf"[\s-]+({alternation(words('ordinals', 'periods'))})\b", re.IGNORECASE)
_FRACTION_BEFORE = re.compile(rf"\b{alternation(words('ordinals', 'fraction_counts'))}[\s-]$", re.IGNORECASE)
_SECOND_OF_TIME_BEFORE = re.compile(rf"\b{alternation(words('ordinals', 'before_second_of_time'))}\s+$")
_NAME_AFTER = re.compile(rf"\s+{alternation(words('ordinals', 'name_nouns'))}\b")  # "Fifth Avenue": a name
_IDIOMS = re.compile(rf"\b{alternation(words('ordinals', 'idioms'))}\b", re.IGNORECASE)


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    idioms = [m.span() for m in _IDIOMS.finditer(text)]
    shares = [m.span() for m in fractions(text)]  # "rose by a third last year": a share, no ordinal
    found: list[Found] = []
    for match in ORDINAL.finditer(text):
        value = _value(match)
        if value is None or any(s <= match.start() < e for s, e in (*idioms, *shares)):
            continue
        before = text[max(0, match.start() - 6) : match.start()]
        after = text[match.end() : match.end() + 12]
        if match.group(0)[0].isupper() and not match.group("digits") and _NAME_AFTER.match(text, match.end()):
            continue  # "Fifth Avenue", "the First Amendment", "the Second World War" ("42nd Street" stays read:
            # a unit reader would take its "nd")
        if (
            match.group("word")
            and _FRACTION_BEFORE.search(before)
            and (before.endswith("-") or re.match(r"\s+of\b", after))
        ):
            continue
        if (
            match.group("word")
            and match.group("word").lower() == "second"
            and _SECOND_OF_TIME_BEFORE.search(before)
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
                _period(after) or subject_after(text, match.end()),
            )
        )
    return found


def _period(after: str) -> str | None:
    """The period of play an ordinal numbers before another noun ("fourth quarter drive": the quarter)."""
    found = _PERIOD.match(after)
    return found.group(1).lower() if found else None


def _value(match: re.Match[str]) -> int | None:
    if match.group("digits"):
        number = int(match.group("digits"))
        expected = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return number if match.group("suffix").lower() == expected else None
    if match.group("tens"):
        return _TENS[match.group("tens").lower()] + _ORDINALS[match.group("unit").lower()]
    return _ORDINALS[match.group("word").lower()]
