"""Figures that are no count: a year, a phone number, a score, a name with a number ("Boeing 787", "Route 66"), a
street address, a time of day. Each exclusion is a test of one figure in its sentence; ``not_a_count`` asks them
all, after the readers of units and before those of counts (a figure with a unit is read whatever these say).
The words they look for are data: identifiers.yaml, quantities.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.extract.cues import dates_an_event
from factcheck.extract.lemmas import verb_form
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import Number
from factcheck.extract.readers.figure import NOTHING, Figure, Reading, headline
from factcheck.extract.unitwords import unit_after
from factcheck.lexicon.words import alternation, table, words
from factcheck.timewords import MONTH, WEEKDAY

Exclusion = Callable[[str, Number], bool]


def _listed(name: str) -> str:
    return alternation(words("quantities", name))


def _identifiers(name: str) -> str:
    return alternation(words("identifiers", name))


_PHONE_BEFORE = re.compile(r"\b0\d{2,4}\s$")  # "0800 123456"
_PHONE_PART_BEFORE = re.compile(r"\d{3}[-.]$")  # "555-" before "0142"
# "-0142", "-555-0142", ") 555": the rest of a phone number; not "-250" ("230-250 people" is a range)
_PHONE_AFTER = re.compile(r"^[-.](?:\d{3}[-.])?\d{4}\b|^\)\s?\d{3}")
_YEAR_CONTEXT = re.compile(rf"\b(?:A\.?D\.?|B\.?C\.?|{_listed('year_before')})\s+$", re.IGNORECASE)
_TOTAL_OF = re.compile(rf"\b{_listed('totals')}\s+of\s+$")
_YEAR_NAMES = re.compile(rf"\b{_listed('year_names_after')}\s+$", re.IGNORECASE)
_ERA_SPAN = re.compile(r"\b(?:A\.?D\.?|B\.?C\.?)\s+\d{3,4}\s+(?:and|to|-|–)\s+$")
_ONE_IDIOM = re.compile(rf"\s+{_listed('one_idioms')}\b")
_NAME = re.compile(r"\b[A-Z][A-Za-z&]*\s+$")
_MONTH_NAMES = alternation(month.capitalize() for month in table("calendar", "months"))
_NOT_A_NAME = re.compile(rf"\b(?:{_MONTH_NAMES}|{WEEKDAY}|{_identifiers('not_names')})\s+$")
_SCORE = re.compile(r"^[-–](?P<other>\d{1,3})\b(?!\s*(?:%|percent|per\b))")
_SCORE_FIRST = re.compile(r"(?<![\d,.])(\d{1,3})[-–]$")  # "won 112-104": points of a game reach three digits
_CODE_AFTER = re.compile(rf"\s+{_identifiers('codes_after')}\b")
_COUNTED_BEFORE = re.compile(rf"\b(?:{_listed('counting')}|\d+)\s+(?:{_listed('counting_adjectives')}\s+)?$",
                             re.IGNORECASE)
_IDENTIFIER_BEFORE = re.compile(rf"\b{_identifiers('before')}[.\s#-]*$")
# The words of a street's name are capitalised or figures, or say where on it ("the 12200 block of 223rd Street");
# "340 patients from St. Aldric Hospital" names none.
_STREET_AFTER = re.compile(rf"^(?:[-–]\d+)?\s+(?:(?:[A-Z0-9][\w'-]*\.?|{_identifiers('street_name_words')})\s+){{1,3}}"
                           rf"{_identifiers('streets')}\b"
                           rf"|^\s+{_identifiers('streets_named_after')}\b")
_CLOCK = re.compile(r"^(?:\s*:\d|\s*(?:a\.m|p\.m|am|pm)\b)", re.IGNORECASE)
_OF_THEM = re.compile(r"^(?:\s+of\s+(?:them|those|these|us)\b|\s+another\b)", re.IGNORECASE)
_INSIDE_A_TOKEN = re.compile(r"^(?:\.\d|/\d|(?:st|nd|rd|th)\b|[A-Za-z]+\d)", re.IGNORECASE)


def phone(text: str, number: Number) -> bool:
    """A part of a phone number: both figures of "call 555-0142", the "123456" of "0800 123456"; or a code with a
    leading zero ("0800", "007")."""
    before, after = text[: number.start], text[number.end :]
    surface = text[number.start : number.end]
    leading_zero = not number.words and re.fullmatch(r"0\d+", surface)
    last_part = _PHONE_PART_BEFORE.search(before) and (re.fullmatch(r"\d{4}", surface) or _PHONE_AFTER.match(after))
    return bool(_PHONE_BEFORE.search(before) or leading_zero or last_part or _PHONE_AFTER.match(after))


def year(text: str, number: Number) -> bool:
    """A year: "in 2019", "since 1990", "between A.D. 1000 and 1260"; but a four-digit figure that counts
    something is a count ("1500 people", "2000 - 2500 Calories"), and so is "a total of 2019"."""
    surface, before = text[number.start : number.end], text[: number.start]
    if number.words or not re.fullmatch(r"\d{4}", surface) or _counts_something(text, number.end):
        return False
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", surface) or (
        _YEAR_CONTEXT.search(before[-8:]) and not _TOTAL_OF.search(before[-16:])))


def _counts_something(text: str, position: int) -> bool:
    """A plural noun or a unit follows ("1500 people", "2000 - 2500 Calories"): the figure is no year."""
    if re.match(r"\s*(?:-|–|to)\s*\d{4}\b(?![.,]?\d|\s*(?:million|billion))", text[position:]) or unit_after(
            text, position):
        return True
    phrase = counted_phrase(text, position)
    return bool(phrase and re.match(r"\s+[A-Za-z]+s\b|\s+people\b", text[position:]))


def year_as_name(text: str, number: Number) -> bool:
    """A year that names a thing: "the 2007 convictions", "the 2004 tsunami" (a count would take a comma)."""
    return (not number.words and bool(re.fullmatch(r"19\d\d|20\d\d", text[number.start : number.end]))
            and bool(_YEAR_NAMES.search(text[: number.start][-8:])))


def era_span(text: str, number: Number) -> bool:
    """The second year of a span of eras: "between A.D. 1000 and 1260"."""
    return bool(_ERA_SPAN.search(text[: number.start]))


def dated_event(text: str, number: Number) -> bool:
    """A year or a day that dates an event: see context.dates_an_event."""
    return not number.words and dates_an_event(text, number.start, number.end)


def lone_one(text: str, number: Number) -> bool:
    """"one", "a", "an" without a word after them: "the only one.", "one, two"."""
    return number.words and text[number.start : number.end].lower() in ("one", "a", "an") and not re.match(
        r"\s+[A-Za-z]+", text[number.end :])


def one_idiom(text: str, number: Number) -> bool:
    """"one" in an idiom, or counting nothing: "one of them", "one day", "one way or another"."""
    return text[number.start : number.end].lower() == "one" and (
        counted_phrase(text, number.end) is None or bool(_ONE_IDIOM.match(text[number.end :])))


def bracketed(text: str, number: Number) -> bool:
    """A shirt number or a reference in brackets: "Dak Prescott (4)"."""
    return text[: number.start].endswith("(") and text[number.end :].startswith(")")


def named(text: str, number: Number) -> bool:
    """A name with a number, after a capitalised word inside the sentence: "S&P 500", "Big 12", "Boeing 787",
    "Section 427"; not a month or a word that may begin a sentence ("In 2019", "About 300"), and not a verb of a
    Title Case headline ("Quake Kills 10")."""
    before = text[: number.start]
    name = _NAME.search(before)
    if number.words or not name or _headline_verb(text, name) or not before[: name.start()].strip():
        return False
    return not _NOT_A_NAME.search(before[-12:])


def _headline_verb(text: str, name: re.Match[str]) -> bool:
    """"Quake Kills 10; 80 Hurt": in a Title Case headline a capitalised verb before a figure is no name."""
    word = name.group(0).strip().lower()
    return headline(text) and (verb_form(word) == "present" or word.endswith(("s", "ed")))


def score(text: str, number: Number) -> bool:
    """A score: "won 2-0", "a 9-2 record", "tied 89-89" (the first figure at least the second)."""
    found = _SCORE.match(text[number.end :])
    return bool(found and re.fullmatch(r"\d{1,3}", text[number.start : number.end])
                and float(found.group("other")) <= number.value
                and unit_after(text, number.end + found.end()) is None)


def score_second(text: str, number: Number) -> bool:
    """The second half of a score: the "0" of "won 2-0"."""
    earlier = _SCORE_FIRST.search(text[: number.start])
    return bool(earlier and re.fullmatch(r"\d{1,3}", text[number.start : number.end])
                and float(earlier.group(1)) >= number.value
                and unit_after(text, number.end) is None and not _SCORE.match(text[number.end :]))


def code(text: str, number: Number) -> bool:
    """A code of four digits and more, with a short hyphenated part: both figures of "ISO 3888-2" (not a range,
    "2000-2500 calories"); or a postcode: "90210 ZIP code"."""
    after = text[number.end :]
    return bool((re.match(r"[-–]\d{1,2}\b", after) and re.fullmatch(r"\d{4,}", text[number.start : number.end]))
                or (re.search(r"(?<![\d,.])\d{4,}[-–]$", text[: number.start])
                    and re.fullmatch(r"\d{1,2}", text[number.start : number.end]))
                or _CODE_AFTER.match(after))


def model_in_count(text: str, number: Number) -> bool:
    """A model named inside a counted phrase: "two new 737 Max jets", "three 787 Dreamliners"."""
    return (not number.words and bool(re.match(r"\s+[A-Z][a-z]*\b(?!\s+of\b)", text[number.end :]))
            and bool(_COUNTED_BEFORE.search(text[: number.start])))


def identifier(text: str, number: Number) -> bool:
    """A number that names or ranks a thing: "Route 66", "Flight 370", "No. 5", "Season 3", "Apt #4", "#1"."""
    before = text[: number.start]
    return bool(_IDENTIFIER_BEFORE.search(before[-16:]) or re.search(r"[#№]\s*$", before))


def street(text: str, number: Number) -> bool:
    """A house number: "221 Baker Street", "10 Downing St", "12 Rue de Rivoli", "1600-1700 Main Street"."""
    return bool(_STREET_AFTER.match(text[number.end :]))


def clock(text: str, number: Number) -> bool:
    """A time of day: "at 10:30", "at 5 pm", "by 9 a.m."."""
    return bool(_CLOCK.match(text[number.end :]))


_DAY_RANGE_BEFORE = re.compile(rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–]|\bto\b|\bthrough\b|\band\b)\s*$")


def day_range_end(text: str, number: Number) -> bool:
    """The last day of a range of days: "runs from March 20 to 22", "will visit on March 14-16"; not a figure that
    counts something ("sentenced on Jan. 5 to 25 years", "On March 3 and 4 people died")."""
    return bool(_DAY_RANGE_BEFORE.search(text[max(0, number.start - 30) : number.start])) and (
        counted_phrase(text, number.end) is None and unit_after(text, number.end) is None)


def of_them(text: str, number: Number) -> bool:
    """A part of a group already counted, or no count: "two of them", "three of those", "blamed one another"."""
    return bool(_OF_THEM.match(text[number.end :]))


def inside_a_token(text: str, number: Number) -> bool:
    """A figure inside a longer token: "24/7", "3rd", "a 4x4", "1.2.3"."""
    return bool(_INSIDE_A_TOKEN.match(text[number.end :]))


# Every exclusion is asked; none depends on another, so their order is only the order they are told in.
EXCLUSIONS: dict[str, Exclusion] = {
    "phone": phone,
    "year": year,
    "year as name": year_as_name,
    "era span": era_span,
    "dated event": dated_event,
    "lone one": lone_one,
    "one idiom": one_idiom,
    "bracketed": bracketed,
    "named": named,
    "score": score,
    "score second": score_second,
    "code": code,
    "model in count": model_in_count,
    "identifier": identifier,
    "street": street,
    "clock": clock,
    "day range end": day_range_end,
    "of them": of_them,
    "inside a token": inside_a_token,
}


def excluded_by(text: str, number: Number) -> str | None:
    """The name of the first exclusion that holds for ``number``, or None."""
    return next((name for name, holds in EXCLUSIONS.items() if holds(text, number)), None)


def not_a_count(figure: Figure) -> Reading:
    """A figure that no exclusion lets be a count is no quantity: "in 2019", "Route 66", "won 2-0"."""
    return NOTHING if excluded_by(figure.text, figure.number) else None
