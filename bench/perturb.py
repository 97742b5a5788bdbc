"""Perturbation benchmark: change one figure in one article of an ECB+ cluster and see whether factcheck flags it.

    .venv/bin/python bench/perturb.py [--data ../shared/data/ecbplus] [--redraw] [--no-cache] [--clusters N]

1. **Baseline.** Each cluster's .txt files are copied to a temporary folder and checked unchanged
   (`factcheck.check`, with the publication dates of the cluster's meta.json where it knows them). Its
   warning- and error-level findings are the baseline; every error-level one is written to
   `results/ecbplus_errors.csv` for a human to read.
2. **Candidates.** A fact can be perturbed when it has a rule key (not None, not `auto:`) and another document
   of the cluster holds a fact with the same key that agrees with it today: no baseline warning or error
   finding names the two, and the hedge semantics of docs/extraction.md say they can both hold (the partners; a
   date left unresolved, or a figure in another unit, is compared with nothing and is no partner). A
   figure no other article reports cannot be caught by any cross-source check, so it is out of scope. Up to
   5 candidate facts per cluster are drawn with `random.Random(20261121)` among those to which at least one
   change applies; every applicable change of a drawn fact is one case.
3. **Changes**, made to the text at the fact's span: `scale` (x10 or /10 in the same writing style: "32,000"
   -> "320,000", "seven" -> "seventy"), `digits` (two adjacent different digits swapped: "1,250" -> "1,520"),
   `scale-word` (million <-> billion, thousand <-> million, "$1.5m" -> "$1.5bn", "thousands" -> "millions"),
   `ordinal` (sixth -> seventh or fifth, 6th -> 7th), `weekday` (Monday -> Tuesday or Sunday), `unit`
   (km -> miles, metres -> feet, ... the number unchanged). The figure the new text states is computed here,
   independently of factcheck: the hedge interval of docs/extraction.md for the new number and its rounding step
   ("nearly 30" -> "nearly 31" is [30, 31) against [29, 30): they do not overlap), a weekday one day off, an
   ordinal one off. A change whose new figure could still hold beside every partner (cumulative totals may
   grow in a later report, a month contains both days, a rule's tolerance) is skipped with the reason; when
   a change has two directions (x10 or /10, one up or one down) and the drawn one is still consistent, the
   other is tried.
4. **Rerun.** The cluster is checked again with the one changed article. The case is *caught* when a warning
   or error finding that is not in the baseline involves a fact of the changed document overlapping the
   changed span (findings are compared by key and by the spans of their facts, offsets after the change
   mapped back). A missed case gets a diagnosis: not extracted, read as another kind, lost or changed key,
   partners lost the key, judged in conflict by the rule kind but kept apart by one of compare's pair filters
   (counted things, places, side events, parts of a total), a finding already standing between the two
   articles under the key, reported at info level only, read as another figure, or judged consistent.

The drawn cases are kept in `results/perturb_cases.json` and reused, so that runs stay comparable when
factcheck changes; `--redraw` draws them again from today's facts. Results: `results/perturb.json` (summary
and every case with its outcome) and `results/ecbplus_errors.csv`. The extraction of unchanged articles and the
rule pack are cached between reruns (reading, alignment and comparison run in full); `--no-cache` runs
`factcheck.check` untouched (same results, slower).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import importlib
import json
import math
import os
import platform
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
import factcheck.judge.comparable  # noqa: E402
from factcheck import pipeline  # noqa: E402
from factcheck.documents import Document  # noqa: E402
from factcheck.extract import extract_document  # noqa: E402
from factcheck.facts import Fact, frame_facts  # noqa: E402
from factcheck.findings import Finding  # noqa: E402
from factcheck.rules.kinds import KINDS  # noqa: E402
from factcheck.rules.model import Rule, Side  # noqa: E402
from factcheck.units import MEASURES  # noqa: E402

SEED = 20261121
PER_CLUSTER = 5
CHANGES = ("scale", "digits", "scale-word", "ordinal", "weekday", "unit")
LEVELS = ("error", "warning")
RESULTS = ROOT / "bench" / "results"
# Readers' labels of the drawn figures: does another article state each one about the same thing (partners_guide.md)?
PARTNERS = ROOT / "bench" / "gold" / "partners.yaml"
NUMERIC = ("count", "percent", "money", "measure", "duration")

# --------------------------------------------------------------------------------------------------------------
# What a fact says: an interval (numeric kinds), an integer (ordinals) or a day (dates and times). Written here
# on purpose, not imported from factcheck.rules.intervals: the benchmark's expected figures must not share
# factcheck's mistakes.


@dataclass(frozen=True, slots=True)
class Interval:
    low: float  # -inf when unbounded
    high: float  # +inf when unbounded
    low_closed: bool
    high_closed: bool
    unit: str | None = None

    @classmethod
    def of(cls, low: float | None, high: float | None, closed: str | None, unit: str | None) -> Interval:
        closed = closed or "both"
        return cls(-math.inf if low is None or math.isnan(low) else float(low),
                   math.inf if high is None or math.isnan(high) else float(high),
                   closed in ("both", "left"), closed in ("both", "right"), unit)

    def times(self, factor: float) -> Interval:
        return Interval(self.low * factor, self.high * factor, self.low_closed, self.high_closed, self.unit)

    def widened(self, absolute: float, relative: float) -> Interval:
        if absolute == 0 and relative == 0:
            return self
        low = self.low - absolute - relative * abs(self.low) if math.isfinite(self.low) else self.low
        high = self.high + absolute + relative * abs(self.high) if math.isfinite(self.high) else self.high
        return Interval(low, high, True, True, self.unit)

    @property
    def is_point(self) -> bool:
        return self.low == self.high

    def contains(self, x: float) -> bool:
        return (self.low < x or (self.low_closed and self.low == x)) and (
            x < self.high or (self.high_closed and self.high == x))

    def overlaps(self, other: Interval) -> bool:
        """Some value satisfies both; two hedged ranges that only touch at a boundary do not (README)."""
        low, high = max(self.low, other.low), min(self.high, other.high)
        if low != high:
            return low < high
        return self.contains(low) and other.contains(low) and (self.is_point or other.is_point)

    def text(self) -> str:
        def number(x: float) -> str:
            return "unbounded" if not math.isfinite(x) else f"{x:,.6g}"

        unit = f" {self.unit}" if self.unit else ""
        if self.is_point:
            return number(self.low) + unit
        left = "[" if self.low_closed and math.isfinite(self.low) else "("
        right = "]" if self.high_closed and math.isfinite(self.high) else ")"
        return f"{left}{number(self.low)}, {number(self.high)}{right}{unit}"

    def close_to(self, other: Interval) -> bool:
        return self.unit == other.unit and all(
            (a == b) or (math.isfinite(a) and math.isfinite(b) and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9))
            for a, b in ((self.low, other.low), (self.high, other.high)))


Figure = Interval | int | str | None  # None: nothing comparable (an unresolved date, a range ordinal)


def figure_of(fact: Fact) -> Figure:
    """What a fact of the facts table says, in the terms of the rule kinds."""
    if fact.kind == "ordinal":
        return None if fact.value is None else int(float(fact.value))
    if fact.kind in ("date", "time"):
        return _day(fact.value)
    return Interval.of(fact.low, fact.high, fact.closed, fact.unit)


def _day(value: object) -> str | None:
    """The day part of a TIMEX3 value, or None when it cannot be compared (unresolved, a week, PRESENT_REF)."""
    if not isinstance(value, str) or "X" in value or "W" in value or not value[:4].isdigit():
        return None
    return value.split("T")[0]


def figure_text(figure: Figure) -> str:
    if isinstance(figure, Interval):
        return figure.text()
    return "not comparable" if figure is None else str(figure)


def comparable(x: Figure, y: Figure) -> bool:
    """Would a rule compare the two at all? Not when a date is unresolved or the units differ."""
    if x is None or y is None or type(x) is not type(y):
        return False
    return not isinstance(x, Interval) or x.unit == y.unit  # type: ignore[union-attr]


def consistent(x: Figure, y: Figure, rule: Rule, x_published: dt.date | None, y_published: dt.date | None) -> bool:
    """Can both statements hold? The rule kinds' semantics as the README states them."""
    if x is None or y is None:
        return True
    if isinstance(x, str) and isinstance(y, str):
        return x.startswith(y) or y.startswith(x)  # a month contains its days
    if isinstance(x, int) and isinstance(y, int):
        return x == y
    if not isinstance(x, Interval) or not isinstance(y, Interval) or x.unit != y.unit:
        return True  # different dimensions or currencies are never compared
    relative = float(rule.params.get("tolerance", 0.0))  # type: ignore[arg-type]
    absolute = float(rule.params.get("tolerance_abs", 0.0))  # type: ignore[arg-type]
    x, y = x.widened(absolute, relative), y.widened(absolute, relative)
    if rule.kind == "cumulative" and x_published and y_published and x_published != y_published:
        earlier, later = (x, y) if x_published < y_published else (y, x)
        return not (later.high < earlier.low or (
            later.high == earlier.low and not (later.high_closed and earlier.low_closed)))
    return x.overlaps(y)


# --------------------------------------------------------------------------------------------------------------
# The changes

_NUMERAL = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)")
_UNITS_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS_WORDS = ["ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_UNITS_WORDS + _TENS_WORDS) + r")\b(?!-)", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_AFTER = re.compile(r"\s*(?:(?P<word>thousand|million|billion|trillion)s?\b|(?P<abbr>k|m|mn|bn)\b)",
                          re.IGNORECASE)
_ABBR = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_SCALE_SWAP = {"thousand": ("million",), "million": ("billion", "thousand"), "billion": ("million",),
               "trillion": ("billion",), "k": ("m",), "m": ("bn", "k"), "mn": ("bn",), "bn": ("m",)}
_VAGUE = re.compile(r"\b(?P<word>thousands|millions|billions)\b", re.IGNORECASE)
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]
_ORDINAL = re.compile(r"\b(?:(?P<digits>\d{1,4})(?:st|nd|rd|th)|(?P<word>" + "|".join(_ORDINAL_WORDS) + r"))\b",
                      re.IGNORECASE)
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
# Unit words and what a `unit` change writes instead: stated unit -> (pattern, new unit, singular, plural).
_UNIT_SWAPS: dict[str, tuple[str, str, str, str]] = {
    "kilometre": (r"kilometres?|kilometers?|kms?", "mile", "mile", "miles"),
    "mile": (r"miles?", "kilometre", "kilometre", "kilometres"),
    "metre": (r"metres?|meters?|m", "foot", "foot", "feet"),
    "foot": (r"feet|foot|ft", "metre", "metre", "metres"),
    "centimetre": (r"centimetres?|centimeters?|cm", "inch", "inch", "inches"),
    "inch": (r"inch(?:es)?", "centimetre", "centimetre", "centimetres"),
    "kilogram": (r"kilograms?|kilogrammes?|kgs?", "pound-mass", "pound", "pounds"),
    "pound-mass": (r"pounds?|lbs?", "kilogram", "kilogram", "kilograms"),
    "square kilometre": (r"square (?:kilometres?|kilometers?)|sq\.? ?km|km2|km²", "square mile", "square mile",
                         "square miles"),
    "square mile": (r"square miles?|sq\.? ?mi", "square kilometre", "square kilometre", "square kilometres"),
    "hectare": (r"hectares?", "acre", "acre", "acres"),
    "acre": (r"acres?", "hectare", "hectare", "hectares"),
    "kilometre per hour": (r"kilometres? per hour|kilometers? per hour|km/h|kph|kmh", "mile per hour", "mph", "mph"),
    "mile per hour": (r"miles? per hour|mph", "kilometre per hour", "km/h", "km/h"),
}


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    new: str  # the new text of the fact's span
    figure: Figure  # what the new text states, computed here
    note: str  # "x10", "2<->5", "million -> billion", ...


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _hedged(hedge: str | None, value: float, step: float) -> tuple[float | None, float | None, str]:
    """The hedge intervals of docs/extraction.md ("more than 31,000" = (31,000, 32,000])."""
    return {"over": (value, value + step, "right"), "nearly": (value - step, value, "left"),
            "about": (value - step / 2, value + step / 2, "both"), "at_least": (value, None, "left"),
            "at_most": (None, value, "right"), "under": (None, value, "neither")}.get(hedge, (value, value, "both"))


def _step(numeral: str) -> float:
    """The rounding step of a numeral as written: the place of its last non-zero digit (31,000 -> 1,000)."""
    plain = numeral.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    digits = str(int(float(plain)))
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) if int(digits) else 1.0


@dataclass(frozen=True, slots=True)
class _Number:
    """The one number written in a fact's surface: where it is, its value and step (scale word applied)."""

    start: int
    end: int
    text: str
    value: float
    step: float
    scale: float
    scale_word: tuple[int, int, str] | None  # span and lower-case form of "million", "bn", ...
    words: bool  # written in words ("seven")


def _number(fact: Fact) -> _Number | None:
    surface = fact.surface
    numerals = list(_NUMERAL.finditer(surface))
    words = list(_NUMBER_WORD.finditer(surface))
    if len(numerals) + len(words) != 1:
        return None  # no number, or several (a range, "24/7"): no single figure to change
    match = (numerals or words)[0]
    if numerals:
        value, step = float(match.group().replace(",", "")), _step(match.group())
    else:
        lower = match.group().lower()
        value = float(_UNITS_WORDS.index(lower) + 1 if lower in _UNITS_WORDS else 10 * (_TENS_WORDS.index(lower) + 1))
        step = _step(str(int(value)))
    scale, scale_word = 1.0, None
    after = _SCALE_AFTER.match(surface, match.end())
    if after and (after.group("word") or (fact.kind == "money" and numerals)):
        name = (after.group("word") or after.group("abbr")).lower()
        scale = _SCALES.get(name) or _ABBR[name]
        group = "word" if after.group("word") else "abbr"
        scale_word = (after.start(group), after.end(group), name)
    return _Number(match.start(), match.end(), match.group(), value, step, scale, scale_word, not numerals)


def _numeric_figure(fact: Fact, number: _Number, value: float, step: float) -> Interval | None:
    """The interval the fact states once its number reads ``value`` (rounding step ``step``), in canonical units;
    None when the stated number cannot be tied to the canonical one."""
    if not isinstance(fact.value, float | int) or not fact.stated_value or math.isnan(float(fact.value)):
        return None
    factor = float(fact.value) / float(fact.stated_value)
    if not math.isclose(number.value * number.scale, float(fact.stated_value), rel_tol=1e-6):
        return None  # the number found is not the one factcheck read
    original = Interval.of(*_hedged(fact.hedge, number.value * number.scale, number.step * number.scale), fact.unit)
    if not original.times(factor).close_to(figure_of(fact)):  # type: ignore[arg-type]
        return None  # not the README's semantics (a fraction, an offset unit): no sure expectation
    return Interval.of(*_hedged(fact.hedge, value * number.scale, step * number.scale), fact.unit).times(factor)


def _scaled(numeral: str, up: bool) -> str | None:
    """The numeral times 10 (``up``) or divided by 10, in the same style ("32,000" -> "320,000" / "3,200")."""
    plain = numeral.replace(",", "")
    whole, _, fraction = plain.partition(".")
    if not up and not (fraction and len(whole) >= 2) and not (not fraction and whole.endswith("0")):
        return None  # "7" / 10 = "0.7", "1.29" / 10 = "0.129": not how a figure is written
    digits, point = whole + fraction, len(whole) + (1 if up else -1)
    digits = digits.ljust(point, "0")
    new_whole, new_fraction = digits[:point].lstrip("0") or "0", digits[point:]
    if not fraction:
        new_fraction = new_fraction.rstrip("0")
    grouped = "," in numeral or (len(whole) <= 3 and len(new_whole) >= 4)
    text = f"{int(new_whole):,}" if grouped else new_whole
    return f"{text}.{new_fraction}" if new_fraction else text


def _scaled_word(word: str, up: bool) -> str | None:
    lower = word.lower()
    if lower in _UNITS_WORDS:
        new = _TENS_WORDS[_UNITS_WORDS.index(lower)] if up else None
    else:
        tens = _TENS_WORDS.index(lower)
        new = ("a hundred" if tens == 0 else f"{_UNITS_WORDS[tens]} hundred") if up else _UNITS_WORDS[tens]
    return None if new is None else _cased(new, word)


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def changes(fact: Fact, document_text: str, rng: random.Random) -> dict[str, list[Change]]:
    """Every change that applies to the fact, each with its alternatives in the order to try them."""
    found: dict[str, list[Change]] = {}
    if fact.kind in NUMERIC and fact.hedge not in ("range",):
        number = _number(fact) if fact.hedge != "vague" else None
        if number is not None:
            found["scale"] = _scale_changes(fact, number, rng)
            found["digits"] = _digit_changes(fact, number, rng)
            found["scale-word"] = _scale_word_changes(fact, number, rng)
        elif fact.hedge == "vague":
            found["scale-word"] = _vague_changes(fact)
        if fact.kind == "measure" and fact.stated_unit in _UNIT_SWAPS:
            found["unit"] = _unit_changes(fact, document_text)
    elif fact.kind == "ordinal":
        found["ordinal"] = _ordinal_changes(fact, rng)
    elif fact.kind in ("date", "time"):
        found["weekday"] = _weekday_changes(fact, rng)
    return {kind: found[kind] for kind in CHANGES if found.get(kind)}


def _scale_changes(fact: Fact, number: _Number, rng: random.Random) -> list[Change]:
    out = []
    directions = [True, False]
    rng.shuffle(directions)
    for up in directions:
        new = _scaled_word(number.text, up) if number.words else _scaled(number.text, up)
        if new is None:
            continue
        value = number.value * 10 if up else number.value / 10
        step = _step(str(int(value)) if number.words else new)
        figure = _numeric_figure(fact, number, value, step)
        if figure is not None:
            out.append(Change("scale", _replace(fact.surface, number.start, number.end, new), figure,
                              "x10" if up else "/10"))
    return out


def _digit_changes(fact: Fact, number: _Number, rng: random.Random) -> list[Change]:
    if number.words:
        return []
    text = number.text
    pairs = [i for i in range(len(text) - 1)
             if text[i].isdigit() and text[i + 1].isdigit() and text[i] != text[i + 1]
             and not (i == 0 and text[1] == "0")]
    rng.shuffle(pairs)
    out = []
    for i in pairs:
        new = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        figure = _numeric_figure(fact, number, float(new.replace(",", "")), _step(new))
        if figure is not None:
            out.append(Change("digits", _replace(fact.surface, number.start, number.end, new), figure,
                              f"{text[i]}<->{text[i + 1]}"))
    return out


def _scale_word_changes(fact: Fact, number: _Number, rng: random.Random) -> list[Change]:
    if number.scale_word is None:
        return []
    start, end, name = number.scale_word
    targets = list(_SCALE_SWAP[name])
    rng.shuffle(targets)
    out = []
    written = fact.surface[start:end]
    base = _numeric_figure(fact, number, number.value, number.step)
    for target in targets:
        ratio = (_SCALES.get(target) or _ABBR[target]) / number.scale
        new = _cased(target, written) + ("s" if written.lower().endswith("s") and name in _SCALES else "")
        if base is not None:
            out.append(Change("scale-word", _replace(fact.surface, start, end, new), base.times(ratio),
                              f"{name} -> {target}"))
    return out


def _vague_changes(fact: Fact) -> list[Change]:
    match = _VAGUE.search(fact.surface)
    if match is None:
        return []
    word = match.group("word").lower()
    target = {"thousands": "millions", "millions": "billions", "billions": "millions"}[word]
    ratio = _SCALES[target[:-1]] / _SCALES[word[:-1]]
    figure = figure_of(fact)
    if not isinstance(figure, Interval):
        return []
    return [Change("scale-word", _replace(fact.surface, match.start(), match.end(), _cased(target, match.group())),
                   figure.times(ratio), f"{word} -> {target}")]


def _unit_changes(fact: Fact, document_text: str) -> list[Change]:
    pattern, new_unit, singular, plural = _UNIT_SWAPS[str(fact.stated_unit)]
    matches = list(re.finditer(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", fact.surface, re.IGNORECASE))
    figure = figure_of(fact)
    if len(matches) != 1 or not isinstance(figure, Interval) or not fact.stated_value:
        return []
    match = matches[0]
    old, new = MEASURES[str(fact.stated_unit)], MEASURES[new_unit]
    if old.offset or new.offset:
        return []
    word = singular if float(fact.stated_value) == 1 and fact.hedge is None else plural
    if "kilometre" in word and re.search(r"\b(?:kilo)?meters?\b", document_text):
        word = word.replace("metre", "meter")  # the article's spelling
    if match.group()[:1].isupper():
        word = _cased(word, match.group())
    before = fact.surface[match.start() - 1 : match.start()] if match.start() else ""
    if before.isdigit() and len(word) > 3:
        word = " " + word  # "10km" -> "10 miles"
    return [Change("unit", _replace(fact.surface, match.start(), match.end(), word),
                   figure.times(new.factor / old.factor), f"{fact.stated_unit} -> {new_unit}")]


def _ordinal_changes(fact: Fact, rng: random.Random) -> list[Change]:
    matches = list(_ORDINAL.finditer(fact.surface))
    if len(matches) != 1 or fact.value is None:
        return []
    match, value = matches[0], int(float(fact.value))
    steps = [1, -1]
    rng.shuffle(steps)
    out = []
    for step in steps:
        new_value = value + step
        if new_value < 1:
            continue
        if match.group("digits"):
            if int(match.group("digits")) != value:
                return []
            suffix = "th" if 10 <= new_value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(new_value % 10, "th")
            new = f"{new_value}{suffix}"
        else:
            if _ORDINAL_WORDS.index(match.group("word").lower()) + 1 != value or new_value > len(_ORDINAL_WORDS):
                continue
            new = _cased(_ORDINAL_WORDS[new_value - 1], match.group("word"))
        out.append(Change("ordinal", _replace(fact.surface, match.start(), match.end(), new), new_value,
                          f"{value} -> {new_value}"))
    return out


def _weekday_changes(fact: Fact, rng: random.Random) -> list[Change]:
    matches = list(_WEEKDAY.finditer(fact.surface))
    if len(matches) != 1:
        return []
    match = matches[0]
    index = [d.lower() for d in _WEEKDAYS].index(match.group().lower())
    day = _day(fact.value)
    steps = [1, -1]
    rng.shuffle(steps)
    out = []
    for step in steps:
        new = _cased(_WEEKDAYS[(index + step) % 7], match.group())
        # The day the new weekday names, one day off (or None when the date was never resolved). An expression
        # that also writes the date ("Tuesday, Dec. 9") keeps its date: nothing to expect.
        figure: Figure = None
        if day is not None and len(day) == 10 and not re.search(r"\d", fact.surface):
            figure = (dt.date.fromisoformat(day) + dt.timedelta(days=step)).isoformat()
        out.append(Change("weekday", _replace(fact.surface, match.start(), match.end(), new), figure,
                          f"{match.group()} -> {new}"))
    return out


# --------------------------------------------------------------------------------------------------------------
# Running factcheck


class CachedExtraction:
    """``extract_facts`` with each document's facts remembered: a rerun re-reads only the changed article.
    Documents are frozen records (id, path, text, publication date...), so a changed text is a new entry."""

    def __init__(self) -> None:
        self.facts: dict[Document, list[Fact]] = {}

    def __call__(self, documents: Iterable[Document]) -> list[Fact]:
        rows: list[Fact] = []
        for document in documents:
            if document not in self.facts:
                self.facts[document] = extract_document(document)
            rows.extend(self.facts[document])
        return rows


@contextmanager
def cached_pipeline(enabled: bool) -> Iterator[CachedExtraction | None]:
    """Within the block, ``factcheck.check`` extracts each unchanged article once and loads the default rule pack
    once; reading, alignment and comparison still run in full on every call."""
    if not enabled:
        yield None
        return
    cache, extract, load_rules = CachedExtraction(), pipeline.extract_facts, pipeline.load_rules
    default_rules = load_rules(None)

    def rules(paths: Sequence[str | Path] | None = None) -> tuple[Rule, ...]:
        return default_rules if paths is None else load_rules(paths)

    pipeline.extract_facts, pipeline.load_rules = cache, rules  # type: ignore[assignment]
    try:
        yield cache
    finally:
        pipeline.extract_facts, pipeline.load_rules = extract, load_rules


@dataclass(slots=True)
class Run:
    """What one ``factcheck.check`` of a cluster returned, indexed for the benchmark."""

    facts: list[Fact]
    findings: tuple[Finding, ...]
    published: dict[str, dt.date | None]
    rules: dict[str, Rule]
    sources: dict[str, str]
    documents: dict[str, Document]
    by_id: dict[str, Fact] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.facts}


def run(folder: Path, published: Mapping[str, dt.date]) -> Run:
    result = factcheck.check([folder], published=published or None)
    return Run(frame_facts(result.facts), result.findings, {d.id: d.published for d in result.documents},
               {r.id: r for r in result.rules}, {d.id: d.source or d.id for d in result.documents},
               {d.id: d for d in result.documents})


def rule_of(key: str, rules: Mapping[str, Rule]) -> Rule | None:
    return rules.get(re.split(r"[:@]", key)[0])


def ruled(fact: Fact) -> bool:
    return isinstance(fact.key, str) and not fact.key.startswith("auto:")


@dataclass(frozen=True, slots=True)
class Edit:
    doc: str
    start: int
    end: int  # in the original text
    new_end: int  # end of the new text in the changed article

    @property
    def delta(self) -> int:
        return self.new_end - self.end


Place = tuple[str, int, int]


def signature(finding: Finding, facts: Mapping[str, Fact], edit: Edit, changed: bool) -> tuple[str, tuple[Place, ...]]:
    """A finding by key and by the places of its facts, offsets of the changed article mapped back to the original
    text, the changed span itself written "edit"."""
    places: list[Place] = []
    for fact_id in finding.facts:
        fact = facts[fact_id]
        if fact.doc != edit.doc:
            places.append((fact.doc, fact.start, fact.end))
            continue
        end = edit.new_end if changed else edit.end
        if fact.start < end and edit.start < fact.end:
            places.append((fact.doc, -1, -1))
        elif fact.start >= end:
            shift = edit.delta if changed else 0
            places.append((fact.doc, fact.start - shift, fact.end - shift))
        else:
            places.append((fact.doc, fact.start, fact.end))
    return (finding.key, tuple(sorted(places)))


# --------------------------------------------------------------------------------------------------------------
# Drawing the cases


@dataclass(slots=True)
class Case:
    cluster: str
    doc: str
    fact: str
    fact_kind: str
    key: str
    surface: str
    start: int
    end: int
    change: str
    new_text: str
    note: str
    expected: str  # what the new text states, computed here
    partners: list[dict[str, str]]  # facts of other documents, same key, that agree with the original today
    skip: str | None = None  # why the change cannot be caught (still consistent with every partner)
    # outcome of the rerun
    caught: bool | None = None
    finding: str | None = None  # caught: the new finding; missed: the finding already standing for the pair
    missed_because: str | None = None
    after: list[dict[str, object]] = field(default_factory=list)  # facts at the changed span after the change


def partners(fact: Fact, base: Run, flagged: set[frozenset[str]]) -> list[Fact]:
    """Facts of other documents with the same key that a rule compares with ``fact`` and finds in agreement with it
    today (a date left unresolved agrees with anything, vacuously: it is no partner)."""
    rule = rule_of(str(fact.key), base.rules)
    if rule is None:
        return []
    mine = figure_of(fact)
    return [other for other in base.facts
            if other.key == fact.key and other.doc != fact.doc and frozenset((fact.id, other.id)) not in flagged
            and comparable(mine, figure_of(other))
            and consistent(mine, figure_of(other), rule, base.published[fact.doc], base.published[other.doc])]


def eligible(base: Run, texts: Mapping[str, str]) -> tuple[list[tuple[Fact, list[Fact]]], Counter[str]]:
    """The facts that can be drawn, with their partners, and how many facts pass each step of the scope."""
    flagged = {frozenset(f.facts) for f in base.findings if f.severity in LEVELS}
    scope: Counter[str] = Counter()
    found = []
    for fact in base.facts:
        if not ruled(fact):
            continue
        scope["with a rule key"] += 1
        if not any(o.key == fact.key and o.doc != fact.doc for o in base.facts):
            continue
        scope["key also held in another article"] += 1
        agreeing = partners(fact, base, flagged)
        if not agreeing:
            continue
        scope["with an agreeing, comparable partner"] += 1
        if changes(fact, texts[fact.doc], random.Random(0)):
            scope["and a change that applies"] += 1
            found.append((fact, agreeing))
    return found, scope


def draw(cluster: str, base: Run, texts: Mapping[str, str], candidates: Sequence[tuple[Fact, list[Fact]]],
         rng: random.Random) -> list[Case]:
    cases = []
    chosen = sorted(rng.sample(list(candidates), min(PER_CLUSTER, len(candidates))), key=lambda p: _order(p[0]))
    for fact, agreeing in chosen:
        rule = rule_of(str(fact.key), base.rules)
        if rule is None:
            continue
        for kind, alternatives in changes(fact, texts[fact.doc], rng).items():
            change, skip = _first_conflicting(fact, alternatives, agreeing, rule, base.published)
            cases.append(Case(
                cluster, fact.doc, fact.id, fact.kind, str(fact.key), fact.surface, fact.start, fact.end, kind,
                change.new, change.note, figure_text(change.figure),
                [{"doc": p.doc, "fact": p.id, "surface": p.surface, "says": figure_text(figure_of(p))}
                 for p in agreeing], skip))
    return cases


def _order(fact: Fact) -> tuple[str, int]:
    return fact.doc, fact.start


def _first_conflicting(fact: Fact, alternatives: Sequence[Change], agreeing: Sequence[Fact], rule: Rule,
                       published: Mapping[str, dt.date | None]) -> tuple[Change, str | None]:
    """The first alternative that no partner can accept, else the first with the reason it is skipped."""
    for change in alternatives:
        if change.figure is not None and any(
                not consistent(change.figure, figure_of(p), rule, published[fact.doc], published[p.doc])
                for p in agreeing):
            return change, None
    first = alternatives[0]
    if first.figure is None:
        return first, "the changed expression cannot be compared (date not resolved, or it also writes the date)"
    partner = agreeing[0]
    return first, (f"still consistent with \"{partner.surface}\" ({partner.doc}) as {figure_text(first.figure)}: "
                   + _why_consistent(first.figure, partner, rule, published[fact.doc], published[partner.doc]))


def _why_consistent(figure: Figure, partner: Fact, rule: Rule, mine: dt.date | None, theirs: dt.date | None) -> str:
    other = figure_of(partner)
    if isinstance(figure, str):
        return f"{figure_text(other)} contains {figure}"
    if isinstance(figure, Interval) and isinstance(other, Interval) and not figure.overlaps(other):
        if rule.kind == "cumulative" and mine and theirs and mine != theirs:
            return f"a running total may grow from {min(mine, theirs)} to {max(mine, theirs)}"
        return f"within the tolerance of rule {rule.id}"
    return f"{figure_text(figure)} and {figure_text(other)} overlap"


# --------------------------------------------------------------------------------------------------------------
# Rerunning a case


def evaluate(case: Case, folder: Path, base: Run, texts: Mapping[str, str], published: Mapping[str, dt.date]) -> None:
    text = texts[case.doc]
    if text[case.start : case.end] != case.surface:
        case.caught, case.missed_because = False, "stale case: the article no longer has this text at this span"
        return
    path = folder / f"{case.doc}.txt"
    path.write_text(_replace(text, case.start, case.end, case.new_text), encoding="utf-8")
    try:
        after = run(folder, published)
    finally:
        path.write_text(text, encoding="utf-8")
    edit = Edit(case.doc, case.start, case.end, case.start + len(case.new_text))
    base_facts, after_facts = base.by_id, after.by_id
    known = {signature(f, base_facts, edit, False) for f in base.findings if f.severity in LEVELS}
    at_span = [f for f in after.facts if f.doc == case.doc and f.start < edit.new_end and edit.start < f.end]
    case.after = [{"fact": f.id, "kind": f.kind, "surface": f.surface, "says": figure_text(figure_of(f)),
                   "key": f.key} for f in at_span]
    span_ids = {f.id for f in at_span}
    for finding in after.findings:
        if (finding.severity in LEVELS and span_ids & set(finding.facts)
                and signature(finding, after_facts, edit, True) not in known):
            case.caught, case.finding = True, f"{finding.severity} {finding.key}: {finding.explanation}"
            return
    case.caught = False
    case.missed_because = diagnose(case, at_span, after)


def diagnose(case: Case, at_span: Sequence[Fact], after: Run) -> str:
    """Why a changed figure was not flagged, in the maintainer's terms."""
    if not at_span:
        return "not extracted after the change"
    same_kind = [f for f in at_span if f.kind == case.fact_kind]
    if not same_kind:
        return f"read as another kind ({', '.join(sorted({f.kind for f in at_span}))})"
    fact = max(same_kind, key=lambda f: f.end - f.start)
    if not ruled(fact):
        return f"lost its key (now {fact.key})"
    if fact.key != case.key:
        return f"key changed ({case.key} -> {fact.key})"
    keyed = [q for q in (after.by_id.get(p["fact"]) for p in case.partners) if q is not None and q.key == case.key]
    if not keyed:
        return "the partners lost the key"
    rule = rule_of(case.key, after.rules)
    kind = KINDS.get(rule.kind) if rule else None
    side = Side(fact, after.sources[fact.doc], after.published[fact.doc])
    conflicting = [q for q in keyed if kind is not None and rule is not None
                   and kind.judge(side, Side(q, after.sources[q.doc], after.published[q.doc]), rule.params)]
    if conflicting:
        apart = [_kept_apart(fact, q, after.documents) for q in conflicting]
        if all(apart):
            return f"judged in conflict, but compare does not pair them: {apart[0]}"
        docs = {frozenset({case.doc, q.doc}) for q, why in zip(conflicting, apart, strict=True) if not why}
        standing = [f for f in after.findings if f.severity in LEVELS and f.key == case.key
                    and frozenset(after.by_id[i].doc for i in f.facts) in docs]
        if standing:
            case.finding = "standing between the two articles: " + "; ".join(
                f"{f.severity} {' against '.join(repr(after.by_id[i].surface) for i in f.facts)}: {f.explanation}"
                for f in standing[:2])
            mine = {f.id for f in at_span}
            return ("not reported: a finding under this key already stands between the two articles, naming the "
                    "changed figure against another one" if any(mine & set(f.facts) for f in standing) else
                    "not reported: a finding under this key already stands between the two articles, for other "
                    "figures")
        if any(fact.id in f.facts for f in after.findings if f.severity not in LEVELS):
            return "reported at info level only"
        return "judged in conflict but not reported (a pair filter of compare this script does not know)"
    says = figure_text(figure_of(fact))
    if says != case.expected:
        return f"read as another figure ({says}, expected {case.expected})"
    return "compared but judged consistent"


def _kept_apart(a: Fact, b: Fact, documents: Mapping[str, Document]) -> str | None:
    """Which of compare's pair filters keeps two facts apart, when this version of factcheck has them."""
    try:
        things = importlib.import_module("factcheck.rules.things")
    except ModuleNotFoundError:
        things = None
    tests = (("comparable_things", (a.subject, b.subject), "the counted things differ"),
             ("comparable_places", (a.sentence, b.sentence), "the sentences name different places"))
    for name, arguments, why in tests:
        test = getattr(things, name, None)
        if test is not None and not test(*arguments):
            return why
    aside = getattr(factcheck.judge.comparable, "aside", None)
    if aside is not None and (aside(a, documents[b.doc]) or aside(b, documents[a.doc])):
        return "a figure's sentence names a place the other story does not open with, a side event"
    not_the_count = getattr(things, "not_the_count", None)
    if not_the_count is not None and any(not_the_count(f.sentence, f.start - f.sentence_start) for f in (a, b)):
        return "a figure is read as not the count itself (\"a mother of 12\")"
    is_part = getattr(things, "is_part", None)
    if is_part is not None and any(is_part(f.sentence, f.start - f.sentence_start, f.end - f.sentence_start, f.kind)
                                   for f in (a, b)):
        return "a figure is read as a part of a total"
    return None


# --------------------------------------------------------------------------------------------------------------
# The whole benchmark


def clusters(data: Path) -> list[Path]:
    return sorted(p for p in data.iterdir() if p.is_dir() and any(p.glob("*.txt")))


def meta_dates(folder: Path) -> dict[str, dt.date]:
    """Publication dates the cluster's meta.json knows (document id -> date)."""
    meta = folder / "meta.json"
    if not meta.exists():
        return {}
    articles = json.loads(meta.read_text(encoding="utf-8")).get("articles", [])
    return {Path(a["file"]).stem: dt.date.fromisoformat(str(a["date"])[:10]) for a in articles if a.get("date")}


def error_rows(cluster: str, base: Run) -> list[dict[str, str]]:
    facts = base.by_id
    rows = []
    for finding in base.findings:
        if finding.severity != "error":
            continue
        a = facts[finding.facts[0]]
        b = facts[finding.facts[-1]] if len(finding.facts) > 1 else None
        rows.append({"cluster": cluster, "finding": finding.id, "rule": finding.rule, "key": finding.key,
                     "severity": finding.severity, "surface_a": a.surface, "doc_a": a.doc,
                     "surface_b": b.surface if b else "", "doc_b": b.doc if b else "",
                     "offsets_a": f"{a.start}-{a.end}", "offsets_b": f"{b.start}-{b.end}" if b else "",
                     "explanation": finding.explanation})  # no sentences: the articles belong to their outlets
    return rows


def source_digest() -> str:
    """SHA-256 over factcheck's source and default rules, to tell which code the figures belong to."""
    digest = hashlib.sha256()
    for path in sorted([*ROOT.glob("factcheck/**/*.py"), *ROOT.glob("rules/*.yaml")]):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def load_cases(path: Path) -> list[Case] | None:
    if not path.exists():
        return None
    stored = json.loads(path.read_text(encoding="utf-8"))
    fields = set(Case.__dataclass_fields__) - {"caught", "finding", "missed_because", "after"}
    return [Case(**{k: v for k, v in c.items() if k in fields}) for c in stored["cases"]]


def save_cases(path: Path, cases: Sequence[Case], digest: str) -> None:
    outcome = {"caught", "finding", "missed_because", "after"}
    header = {"seed": SEED, "per_cluster": PER_CLUSTER, "drawn": dt.date.today().isoformat(),
              "factcheck_source_sha256": digest}
    write_json(path, header, "cases", [{k: v for k, v in asdict(c).items() if k not in outcome} for c in cases])


def write_json(path: Path, header: Mapping[str, object], name: str, rows: Sequence[Mapping[str, object]]) -> None:
    """``header`` with a list of rows under ``name``, one row a line (small diffs between runs)."""
    head = json.dumps(dict(header), indent=1, ensure_ascii=False)[:-2]
    body = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{head},\n \"{name}\": [\n{body}\n]}}\n", encoding="utf-8")


def summary(cases: Sequence[Case]) -> dict[str, dict[str, float | int]]:
    table: dict[str, dict[str, float | int]] = {}
    for kind in (*CHANGES, "all"):
        chosen = [c for c in cases if kind in ("all", c.change)]
        applicable = [c for c in chosen if c.skip is None]
        caught = sum(1 for c in applicable if c.caught)
        table[kind] = {"cases": len(chosen), "skipped": len(chosen) - len(applicable), "applicable": len(applicable),
                       "caught": caught, "recall": round(100 * caught / len(applicable), 1) if applicable else 0.0}
    return table


def read_partners(path: Path = PARTNERS) -> dict[str, str]:
    """The readers' label of each drawn figure (fact id -> same, different or unsure); none without the file."""
    if not path.exists():
        return {}
    figures = yaml.safe_load(path.read_text(encoding="utf-8"))["figures"]
    return {str(fact): str(entry["label"]) for fact, entry in figures.items()}


def miss_reasons(cases: Sequence[Case]) -> Counter[str]:
    def general(reason: str) -> str:
        return re.sub(r" \(.*\)$", "", reason)

    return Counter(general(str(c.missed_because)) for c in cases if c.skip is None and c.caught is False)


def markdown(results: Mapping[str, object]) -> str:
    recall: Mapping[str, Mapping[str, float | int]] = results["recall"]  # type: ignore[assignment]
    base: Mapping[str, int] = results["baseline"]  # type: ignore[assignment]
    lines = [f"Perturbation recall on ECB+ ({base['clusters']} clusters, {base['documents']} articles; "
             f"{results['cases_drawn']} cases drawn, seed {SEED}, up to {PER_CLUSTER} facts per cluster):", "",
             "| change | cases | skipped (still consistent) | applicable | caught | recall |",
             "|---|---:|---:|---:|---:|---:|"]
    for kind, row in recall.items():
        name = "**all**" if kind == "all" else f"`{kind}`"
        lines.append(f"| {name} | {row['cases']} | {row['skipped']} | {row['applicable']} | {row['caught']} | "
                     f"{row['recall']:.1f}% |")
    same: Mapping[str, Mapping[str, float | int]] = results.get("recall_read_same", {})  # type: ignore[assignment]
    if same:
        row = same["all"]
        lines += ["", f"Of the applicable cases whose figure readers found stated about the same thing by another "
                      f"article (`bench/gold/partners.yaml`): {row['applicable']}, caught {row['caught']} "
                      f"(**{row['recall']:.1f}%**)."]
    scope: Mapping[str, int] = results["scope"]  # type: ignore[assignment]
    lines += ["", "In scope: " + "; ".join(f"{n:,} {what}" for what, n in scope.items()) + "."]
    lines += ["", f"Baseline, the {base['clusters']} unchanged clusters: **{base['error']} errors**, "
              f"**{base['warning']} warnings** ({base['info']} info) over {base['facts']:,} facts.", "",
              "Why the missed cases were missed (automatic diagnosis):", "", "| reason | cases |", "|---|---:|"]
    reasons: Mapping[str, int] = results["missed_because"]  # type: ignore[assignment]
    lines += [f"| {reason} | {n} |" for reason, n in reasons.items()]
    lines += ["", f"{results['seconds']:.0f} s in all (baseline {results['baseline_seconds']:.0f} s)."]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--cases", type=Path, default=RESULTS / "perturb_cases.json",
                        help="the drawn cases: reused when the file exists, else drawn and written there")
    parser.add_argument("--output", type=Path, help=f"results (default {RESULTS / 'perturb.json'})")
    parser.add_argument("--errors", type=Path, help=f"baseline errors (default {RESULTS / 'ecbplus_errors.csv'})")
    parser.add_argument("--redraw", action="store_true", help="draw the cases again even if --cases exists")
    parser.add_argument("--no-cache", action="store_true",
                        help="run factcheck.check untouched (no cached extraction or rule pack)")
    parser.add_argument("--clusters", type=int,
                        help="only the first N clusters, for a quick look: writes only the files named explicitly")
    args = parser.parse_args()
    if args.clusters is None:
        args.output = args.output or RESULTS / "perturb.json"
        args.errors = args.errors or RESULTS / "ecbplus_errors.csv"
    started = time.perf_counter()
    digest = source_digest()
    folders = clusters(args.data)[: args.clusters]
    stored = None if args.redraw else load_cases(args.cases)
    rng = random.Random(SEED)
    cases: list[Case] = []
    errors: list[dict[str, str]] = []
    severities: Counter[str] = Counter()
    scope: Counter[str] = Counter()
    error_rules: Counter[str] = Counter()
    documents = facts = 0
    baseline_seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="factcheck-perturb-") as tmp, cached_pipeline(not args.no_cache) as cache:
        for source in folders:
            folder = Path(tmp) / source.name
            folder.mkdir()
            texts = {}
            for path in sorted(source.glob("*.txt")):
                shutil.copyfile(path, folder / path.name)
                texts[path.stem] = (folder / path.name).read_text(encoding="utf-8")
            published = meta_dates(source)
            tick = time.perf_counter()
            base = run(folder, published)
            baseline_seconds += time.perf_counter() - tick
            documents += len(texts)
            facts += len(base.facts)
            severities.update(f.severity for f in base.findings)
            errors.extend(error_rows(source.name, base))
            error_rules.update(f.rule for f in base.findings if f.severity == "error")
            candidates, counts = eligible(base, texts)
            scope.update(counts)
            drawn = draw(source.name, base, texts, candidates, rng) if stored is None else [
                c for c in stored if c.cluster == source.name]
            for case in drawn:
                if case.skip is None:
                    evaluate(case, folder, base, texts, published)
            cases.extend(drawn)
            if cache is not None:
                cache.facts.clear()
            print(f"{source.name}: {len(drawn)} cases, {sum(1 for c in drawn if c.caught)} caught", file=sys.stderr)
    seconds = time.perf_counter() - started
    labels = read_partners()
    results: dict[str, object] = {
        "date": dt.date.today().isoformat(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "factcheck_source_sha256": digest, "seed": SEED, "per_cluster": PER_CLUSTER,
        "cases_drawn": len(cases), "cases_reused": stored is not None,
        "recall": summary(cases), "missed_because": dict(miss_reasons(cases).most_common()),
        "recall_read_same": summary([c for c in cases if labels.get(c.fact) == "same"]) if labels else {},
        "missed_read_same": dict(miss_reasons([c for c in cases if labels.get(c.fact) == "same"]).most_common()),
        "baseline": {"clusters": len(folders), "documents": documents, "facts": facts,
                     **{s: severities[s] for s in ("error", "warning", "info")},
                     "errors_by_rule": dict(error_rules.most_common())},
        "scope": dict(scope),
        "seconds": round(seconds, 1), "baseline_seconds": round(baseline_seconds, 1),
        "cached_extraction": not args.no_cache,
    }
    if source_digest() != digest:
        results["warning"] = "factcheck's source changed while the benchmark ran: rerun it on a quiet tree"
    table = markdown(results)
    results["markdown"] = table
    if stored is None and args.clusters is None:  # a partial draw is never kept
        save_cases(args.cases, cases, digest)
    if args.output:
        outcomes = [{k: v for k, v in asdict(c).items() if k != "partners"} for c in cases]  # partners: --cases file
        write_json(args.output, results, "cases", outcomes)
    if args.errors:
        with args.errors.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(errors[0]) if errors else ["cluster"])
            writer.writeheader()
            writer.writerows(errors)
    print(table)
    if "warning" in results:
        print(f"\n{results['warning']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
