"""Percentages, earthquake magnitudes, ages and physical measures: the readers of a figure by the unit written
after it (or, for an age or a magnitude, the words around it)."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.cues import AGE_BEFORE, AGE_PAIRED, DIED_AT
from factcheck.extract.readers.figure import NOTHING, Figure, Reading, per, subject, with_unit
from factcheck.extract.unitwords import UnitWord, unit_after
from factcheck.lexicon.words import alternation, table, words

_PERCENT = re.compile(
    r"^(?:\s?%|\s?(?:percent|per\s?cent|pct|pc)\b)(?P<points>\s+points?\b)?|^\s+(?P<pp>percentage\s+points?|pp)\b",
    re.IGNORECASE)
BASIS_POINT = "basis point"
_BASIS_POINTS = re.compile(r"^[\s-]?(?:(?i:basis[\s-]points?)|bps?)\b")  # "50 basis points", "25bp" (not "BP")
# "a magnitude 6.1", "a 6.1-magnitude quake"; both of two that share the word: "the 7.6 and 7.5 magnitude quakes",
# "of magnitude 7.6 and 7.4"
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitudes?[\s-]+(?:of\s+)?(?:\d(?:\.\d+)?\s+(?:and|or|to)\s+)?$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"(?:\s+(?:and|or|to)\s+\d(?:\.\d+)?)?[\s-]+magnitude\b", re.IGNORECASE)
# "two quakes, measuring 7.6 and 7.4", "a 6.1 quake": a magnitude without the word, where a quake is told.
_MEASURING = re.compile(rf"\bmeasur(?:ing|ed)\s+(?:{alternation(words('quantities', 'measuring_hedges'))}\s+)?"
                        rf"(?:\d+(?:\.\d+)?\s+(?:and|or|to)\s+)?$", re.IGNORECASE)
_QUAKE_AFTER = re.compile(r"^[\s-]+(?:earth)?quakes?\b|^[\s-]+(?:temblor|tremor|aftershock)s?\b", re.IGNORECASE)
_QUAKE = re.compile(r"\b(?:earth)?quakes?\b|\btemblors?\b|\btremors?\b|\baftershocks?\b|\bseismic\b",
                    re.IGNORECASE)
_AGE = re.compile(r"^(?:-|\s)(?:(?P<unit>year|month|week|day)s?)[-\s]olds?\b", re.IGNORECASE)
_NAME_COMMA = re.compile(r"\b[A-Z][A-Za-z'’.-]+,\s$")
_NAME_AGE_ENDS = re.compile(r",|;|\.(?:\s|$)")  # "Jane Roe, 61, and Mary Poe, 48."
# "the suspect, 34, was arrested", "his wife, 61, was found": one person named by a noun for people
_DETERMINER = alternation(words("grammar", "determiners") + words("grammar", "possessives"))
_ONE_PERSON = alternation(words("people", "groups") + words("people", "one_person") + words("people", "whole"))
_PERSON_COMMA = re.compile(rf"\b(?i:{_DETERMINER})\s+(?:[a-z-]+\s+)?(?:{_ONE_PERSON}),\s$")
_PERSON_IS = re.compile(r"\b(?:who|he|she)\s+(?:is|was|will\s+be|turns|turned|would\s+have\s+been)\s+$",
                        re.IGNORECASE)
_AGE_ENDS = re.compile(rf"\s*(?:[.,;]|$|\s+(?:{alternation(words('quantities', 'age_ends'))}|years?\s+old)\b)")
_SI_LETTER = re.compile(r"\s([WVA])\s+(?=[A-Za-z])")
_SI_LETTERS: dict[str, tuple[str, str]] = dict(table("measures", "si_letters"))  # type: ignore[arg-type]
_DEGREES = re.compile(r"\s?([CF])\b(?![.'’&-])")
_WEATHER = re.compile(rf"{alternation(words('quantities', 'weather_inside'))}|\bdegrees?\b|\b(?:high|low)s? of\b|°"
                      rf"|\b{alternation(words('quantities', 'weather_starts'))}|\bhot\b", re.IGNORECASE)
_HYPHEN_RATE = re.compile(r"[\s-](?P<unit>[a-z]+?)s?-(?:a|per)-(?P<per>day|week|month|year)\b", re.IGNORECASE)
_NOT_MEASURES = ("time", "currency", "dimensionless")
# A height in feet and inches, one figure: "the 6-foot-2 guard", "5-feet-8 inches tall", "6 feet 2 inches", "5 ft 4
# in", "6ft 2in" (inches 0 to 11, in figures; not followed by more digits: "5-foot-8,135 pounds" is no height).
_INCHES = r"(?P<inches>1[01]|\d)(?!\d|[.,]\d)"
_HYPHENATED_HEIGHT = re.compile(rf"^-(?:foot|feet)-{_INCHES}(?:[\s-]inch(?:es)?\b)?", re.IGNORECASE)  # "6-foot-2"
# "he is 6 foot 2, 250 pounds": "foot" and the inches bare, where the height ends
_FOOT_HEIGHT = re.compile(rf"^\sfoot\s{_INCHES}(?=\s*(?:[,.;:)]|$)|\s+(?:and|tall)\b)", re.IGNORECASE)
_SPELLED_HEIGHT = re.compile(rf"^\s?(?:feet|foot|ft\.?)[\s-]?{_INCHES}[\s-]?(?:inch(?:es)?|in\.?)(?![a-z])",
                             re.IGNORECASE)  # "5 feet 8 inches", "5 ft 4 in"
_FEET_BEFORE = re.compile(r"\b\d{1,2}(?=\s?(?:feet|foot|ft\.?)[\s-]?$)", re.IGNORECASE)  # the feet of "5 ft 4"


def percent(figure: Figure) -> Reading:
    """A percentage or a change in percentage points: "Turnout was 64%", "about 85 percent of the homes",
    "up 3 percentage points", "by 50 basis points" (0.5 points)."""
    found = _PERCENT.match(figure.after)
    basis = None if found else _BASIS_POINTS.match(figure.after)
    if basis:  # converted to points with the figure's hedge (quantities._convert)
        end = figure.end + basis.end()
        return figure.quantity("percent", end, "pp", BASIS_POINT, subject(figure.text, end))
    if not found:
        return None
    points = found.group("points") is not None or found.group("pp") is not None
    end = figure.end + found.end()
    return per(figure.text, figure.quantity("percent", end, "pp" if points else "%",
                                            "percentage point" if points else "percent", subject(figure.text, end)))


def magnitude(figure: Figure) -> Reading:
    """An earthquake's magnitude: "a magnitude 6.1 quake", "a 6.1-magnitude quake", "a 7.8 earthquake", "a powerful
    7.0 quake", "two quakes, measuring 7.6 and 7.4" (a decimal figure from 1 to 10 where a quake is told)."""
    value, before, after = figure.value, figure.before, figure.after
    decimal = not float(value).is_integer() and 1.0 <= value < 10.0
    # right before the quake, written with a decimal point, "7.0" too ("a powerful 7.0 quake"): no count of quakes
    pointed = "." in figure.text[figure.number.start : figure.end] and 1.0 <= value < 10.0
    quake = ((decimal or pointed) and _QUAKE_AFTER.match(after)) or (
        decimal and _MEASURING.search(before[-40:]) and _QUAKE.search(figure.text))
    if _MAGNITUDE_BEFORE.search(before[-24:]) or _MAGNITUDE_AFTER.match(after) or quake:
        return figure.quantity("measure", figure.end, "magnitude", "magnitude")
    return None


def person_age(figure: Figure) -> Reading:
    """A person's age told without a unit: "Maria, 10, was found", "the victims were Jane Roe, 61, and Mary Poe,
    48.", "He will be 35 by then", "who was 10.", "Mark Felt dies at 95"."""
    before, after, value = figure.before, figure.after, figure.value
    named = _NAME_AGE_ENDS.match(after) and (_NAME_COMMA.search(before[-60:]) or _PERSON_COMMA.search(before[-40:]))
    person = named or (
        (DIED_AT.search(before[-60:]) or _PERSON_IS.search(before[-24:])) and _AGE_ENDS.match(after))
    if (not _AGE.match(after) and not figure.number.words and person and 1 <= value <= 110
            and value == int(value)):
        return figure.quantity("measure", figure.end, "year", "year of age")
    return None


def age(figure: Figure) -> Reading:
    """An age with its unit or after "aged": "a 62-year-old man", "34 years old", "a six-month-old baby",
    "aged 45", "children under the age of 5 years"."""
    found = _AGE.match(figure.after) or AGE_PAIRED.match(figure.after)
    if not found and not AGE_BEFORE.search(figure.before[-40:]):
        return None
    unit = (found.group("unit") if found else "year").lower()
    years = None if found else re.match(r"\s+(?:year|month)s?\b", figure.after)  # "under the age of 5 years"
    unit = years.group(0).strip().lower().rstrip("s") if years else unit
    stop = figure.end + (found.end() if found else years.end() if years else 0)
    return figure.quantity("measure", stop, unit, f"{unit} of age", subject(figure.text, stop))


def feet_and_inches(figure: Figure) -> Reading:
    """A height in feet and inches, one figure in inches: "the 6-foot-2 guard" (74 inches), "5 feet 8 inches",
    "5 ft 4 in", "he is 6 foot 2, 250 pounds"; not "6 feet" alone (the unit reader's) nor "6 feet 2 metres"."""
    if figure.number.words or not float(figure.value).is_integer() or not 1 <= figure.value < 100:
        return None
    after = figure.after
    found = _HYPHENATED_HEIGHT.match(after) or _SPELLED_HEIGHT.match(after) or _FOOT_HEIGHT.match(after)
    if not found:
        return None
    inches = int(found.group("inches"))
    end = figure.end + found.end()
    quantity = figure.quantity("measure", end, "m", "inch", subject(figure.text, end))
    return replace(quantity, value=figure.value * 12 + inches, step=1.0)


def inches_of_a_height(figure: Figure) -> Reading:
    """The inches of a height in feet and inches ("5 ft 4 in"): no figure of its own where ``feet_and_inches`` reads
    them with their feet ("5 feet 2.5 inches" is two measures: that reader takes whole inches only)."""
    feet = _FEET_BEFORE.search(figure.before)
    if feet is None:
        return None
    height = _SPELLED_HEIGHT.match(figure.text[feet.end() :])
    return NOTHING if height and feet.end() + height.start("inches") == figure.number.start else None


def network_generation(figure: Figure) -> Reading:
    """"5G", "3G and 4G networks": a generation of mobile networks, not gauss; no quantity."""
    if (not figure.number.words and re.fullmatch(r"[2-6]", figure.text[figure.number.start : figure.end])
            and re.match(r"G(?![A-Za-z])", figure.after)):
        return NOTHING
    return None


def si_letter(figure: Figure) -> Reading:
    """A one-letter SI symbol set apart, before the thing it measures: "a 5 W charger", "a 12 V battery"."""
    found = _SI_LETTER.match(figure.after) if re.search(r"\b(?:a|an|the)\s+$", figure.before) else None
    if not found:
        return None
    name, entity = _SI_LETTERS[found.group(1)]
    return with_unit(figure, UnitWord(figure.end + 2, name, entity))


def degrees(figure: Figure) -> Reading:
    """A bare C or F where the sentence tells of weather: "12 C melting point", "a high of 88 F"."""
    found = _DEGREES.match(figure.after)
    if not found or not _WEATHER.search(figure.text):
        return None
    name = "degree Celsius" if found.group(1) == "C" else "degree fahrenheit"
    return with_unit(figure, UnitWord(figure.end + found.end(), name, "temperature"))


def hyphen_rate(figure: Figure) -> Reading:
    """A measure per unit of time, hyphenated before a noun: "a 52,000 barrel-a-day refinery"."""
    rate = _HYPHEN_RATE.match(figure.after)
    found = unit_after(figure.text[: figure.end + rate.end("unit")], figure.end) if rate else None
    if rate is None or found is None or found.entity in _NOT_MEASURES:
        return None
    measure = with_unit(figure, replace(found, end=figure.end + rate.end()))
    if measure is NOTHING:
        return NOTHING
    per_unit = rate.group("per").lower()
    return replace(measure, unit=f"{measure.unit}/{per_unit}", stated_unit=f"{measure.stated_unit} per {per_unit}")


def unit(figure: Figure) -> Reading:
    """A unit from quantulum3's catalogue after the figure: "6.2 miles", "5kW", "10 km/h", "40,000 acres",
    "35 degrees Celsius" (a time unit is a duration's: "45 minutes" is read by durations.py, not here)."""
    found = unit_after(figure.text, figure.end)
    return with_unit(figure, found) if found is not None else None
