"""``part-of-total``: a figure checked against its own sentence. A part cannot exceed its total ("18 of
the 15 seats"), and a share stated beside its part and total must be their ratio, within ``tolerance``
percentage points of rounding ("12 of the 16 cars, or 60%": 12 of 16 is 75%).

Counts are checked as parts ("12 of the 16 cars", "12 out of 16"). Percentages are checked as shares:
written as a part out of a total ("21 out of 12 lifts"), written beside a part and total ("12 of the 16
cars, or 75%"), or taken of a total whose part is counted in the same noun elsewhere in the sentence
("three-quarters of the 16 cars ... 12 cars"; the rest, "the other 4 cars", agrees too).

Anti-pattern: "18 of the 15 council seats"; "12 of the 16 cars, or 60%".
Fine: "12 of the 16 cars, or 75%"; "two-thirds of the 300 workers ... 200 workers" (66.7%)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcheck.extract.numbers import Number, scan
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.rules.intervals import Interval
from factcheck.rules.model import Side, Verdict
from factcheck.rules.range import above

PARAMS = {"tolerance": (float, 1.0)}
FACT_KINDS = ("count", "percent")

_OF = re.compile(rf"\s+(?:out\s+)?of\s+(?:{alternation(listed('clauses', 'of_total'))}\s+)?", re.IGNORECASE)
_NOT_A_TOTAL = re.compile(r"(?:st|nd|rd|th)\b|[-\s]?(?:%|percent|per\s?cent)", re.IGNORECASE)
_NOUN = re.compile(r"[\s-]+([a-z]+)", re.IGNORECASE)
_NEAR = 4  # at most this many words between a part-and-total and the share written beside it


def check(side: Side, params: Mapping[str, object]) -> Verdict | None:
    fact = side.fact
    # As written, not as a round figure reporters round ("200 of the 150"): part and total stand side by side.
    interval = Interval.of(fact.low, fact.high, fact.closed)
    sentence, start, end = fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start
    numbers = scan(sentence)
    if fact.kind == "count":
        total = _total_after(sentence, end, numbers)
        if total is not None and above(interval, total.value):
            return Verdict(f"{fact.surface} of {total.value:,g}: the part is larger than the whole")
        return None
    if fact.unit != "%":
        return None  # percentage points are changes, not shares
    if fact.stated_unit == "fraction" and interval.low > 100:
        return Verdict(f"{fact.surface}: the part is larger than the whole")
    tolerance = float(params["tolerance"])  # type: ignore[arg-type]
    allowed = interval.widened(tolerance, 0.0)
    candidates = _parts_and_totals(sentence, start, end, numbers)
    if not candidates or any(_within(allowed, part, total) for part, total in candidates):
        return None
    part, total = candidates[0]
    points = "point" if tolerance == 1 else "points"
    return Verdict(f"{part:,g} of {total:,g} is {100 * part / total:.3g}%, not {interval.text()}% "
                   f"(allowing {tolerance:g} percentage {points} for rounding)")


def _within(allowed: Interval, part: float, total: float) -> bool:
    return allowed.low <= 100 * part / total <= allowed.high


def _total_after(sentence: str, end: int, numbers: list[Number]) -> Number | None:
    """The N of "<figure> (out) of (the) N", if the figure ends at ``end``."""
    of = _OF.match(sentence, end)
    if of is None:
        return None
    total = next((n for n in numbers if n.start == of.end()), None)
    if total is None or total.value <= 1 or _NOT_A_TOTAL.match(sentence, total.end) or _year(sentence, total):
        return None  # "of one family", "of the 17th-century", "of the 2024 graduates", "of the 40% who": no total
    return total


def _parts_and_totals(sentence: str, start: int, end: int, numbers: list[Number]) -> list[tuple[float, float]]:
    """The (part, total) pairs the share at sentence[start:end] may be the ratio of; any one may hold."""
    total = _total_after(sentence, end, numbers)
    if total is not None:  # "three-quarters of the 16 cars ... 12 cars": the part counts the same noun
        noun = _noun_after(sentence, total)
        counted = [n for n in numbers if n is not total and not start <= n.start < end
                   and noun is not None and _noun_after(sentence, n) == noun]
        # A number of the same noun may count the rest rather than the part ("the other 4 cars").
        return [(n.value, total.value) for n in counted] + [(total.value - n.value, total.value) for n in counted]
    found = []
    for number in numbers:  # "12 of the 16 cars, or 75%", "75% (12 of the 16 cars)"
        whole = _total_after(sentence, number.end, numbers)
        if whole is None or start <= number.start < end or start <= whole.start < end:
            continue
        between = sentence[whole.end : start] if whole.end <= start else sentence[end : number.start]
        if len(re.findall(r"\w+", between)) <= _NEAR:
            found.append((number.value, whole.value))
    return found


def _noun_after(sentence: str, number: Number) -> str | None:
    found = _NOUN.match(sentence, number.end)
    return found.group(1).lower().removesuffix("s") if found else None


def _year(sentence: str, number: Number) -> bool:
    written = sentence[number.start : number.end]
    return written.isdigit() and len(written) == 4 and 1800 <= number.value <= 2100
