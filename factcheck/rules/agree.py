"""``agree``: two statements of the same figure must allow a common value, after unit conversion.

Anti-pattern: "more than 3,500 residents were evacuated" against "about 2,000 residents were evacuated".
Fine: "more than 31,000" against "nearly 32,000" (31,500 satisfies both)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping

from factcheck.rules.explain import differently_attributed, likely_cause
from factcheck.rules.intervals import Interval, bounds, overlap, told
from factcheck.rules.model import Side, Verdict
from factcheck.units import worth

PARAMS = {"tolerance": (float, 0.0), "tolerance_abs": (float, 0.0)}
FACT_KINDS = ("count", "percent", "money", "measure", "duration")


def judge(a: Side, b: Side, params: Mapping[str, object]) -> Verdict | None:
    if a.fact.unit != b.fact.unit:
        return _exchanged(a, b)  # two currencies (no rate of the day: only what no rate could join), or dimensions
    relative, absolute = float(params["tolerance"]), float(params["tolerance_abs"])  # type: ignore[arg-type]
    first, second = a.interval.widened(absolute, relative), b.interval.widened(absolute, relative)
    verdict = overlap(first, second)
    if verdict == "yes" or (verdict == "point" and max(first.low, second.low) in _written(a) & _written(b)):
        return None  # "$140 million to $160 million" and "at least $160 million": both writers name 160 million
    if _understates(a, b) or _understates(b, a):
        return None  # "thousands of residents" beside "around 14,000": loose, not wrong (not so "millions", 1.4m)
    unit = a.fact.unit if a.fact.unit not in (None, "%") else None
    why = f"{told(a.interval, a.fact, unit)} and {told(b.interval, b.fact, unit)} " + (
        "meet only at their boundary" if verdict == "point" else "do not overlap"
    )
    loose = a.fact.hedge == "vague" and b.fact.hedge == "vague"  # "decades" and "years": two loose words
    return Verdict(why + likely_cause(a, b), sure=not (loose or differently_attributed(a, b)))


_RATE_MARGIN = 1.1  # each end of a currency's worth in dollars (currencies.yaml) widened by a tenth more


def _exchanged(a: Side, b: Side) -> Verdict | None:
    """Two sums in two currencies that no exchange rate since 1999 could make one: "$2 million" in damage against
    "200 million euros". The rate of the day is unknown, so anything a rate of those years allows agrees ("€103
    million", "$136 million"), and a sum whose writing several currencies share may be in any of them ("$52.5
    million" in an Auckland paper: units.worth). Measures of two dimensions never meet; nor do sums of another time
    than those rates' (a story before 1999, a sentence that names an earlier year: "The 1986 Bofors deal ... Rs
    1,437 crore"). Unsure, so a note: two currencies often tell two things in words alike (a settlement with each
    country's prosecutors, a share and its American receipt)."""
    worths = [worth(side.fact.unit, side.fact.surface) for side in (a, b)]
    if None in worths or any(_before_the_rates(side) for side in (a, b)):
        return None
    first, second = (in_dollars(side.interval, w) for side, w in zip((a, b), worths, strict=True))  # type: ignore[arg-type]
    if overlap(first, second) != "no":
        return None
    told = [side.interval.text(side.fact.unit) + _in_dollars_text(side, dollars)
            for side, dollars in ((a, first), (b, second))]
    why = f"{told[0]} and {told[1]} do not overlap at any exchange rate since 1999"
    return Verdict(why, sure=False)


def _in_dollars_text(side: Side, dollars: Interval) -> str:
    if dollars == side.interval:
        return ""  # US dollars, named so
    return f" ({'as any dollar: ' if side.fact.unit == 'USD' else ''}{dollars.text('USD')})"


_RATES_SINCE = 1999  # the first year of the rates currencies.yaml gives
_EARLIER_YEAR = re.compile(r"(?<![\d,.])(1[0-9]{3})(?![\d,.])")


def _before_the_rates(side: Side) -> bool:
    """A story published before the rates begin, or a sentence that names a year before them."""
    if side.published is not None and side.published.year < _RATES_SINCE:
        return True
    return any(int(year) < _RATES_SINCE for year in _EARLIER_YEAR.findall(side.fact.sentence))


def in_dollars(interval: Interval, value: tuple[float, float]) -> Interval:
    """Every dollar sum the interval may be, at the least and the most a unit is worth (``units.worth``)."""
    least, most = value
    if least == most:
        return Interval(interval.low * least, interval.high * least, interval.low_closed, interval.high_closed)
    return Interval(_round(interval.low * least / _RATE_MARGIN, math.floor),
                    _round(interval.high * most * _RATE_MARGIN, math.ceil), True, True)


def _round(x: float, way: Callable[[float], float]) -> float:
    """Three significant digits, rounded outward: a band of rates is no more precise than that."""
    if not math.isfinite(x) or x == 0:
        return x
    step = 10.0 ** (math.floor(math.log10(abs(x))) - 2)
    return way(round(x / step, 6)) * step


def _understates(vague: Side, precise: Side) -> bool:
    """A vague magnitude below a precise figure ("thousands", "hundreds") that it still counts in its own units:
    14,000 people are thousands of people, 1,500 homes hundreds of homes. A vague word above the figure claims
    more than it ("millions" of 1.4 million): that one is wrong."""
    if vague.fact.hedge != "vague" or precise.fact.hedge == "vague":
        return False
    return vague.interval.high <= precise.interval.low and vague.fact.kind == precise.fact.kind


def _written(side: Side) -> set[float]:
    """The values a writer put in figures: the figure, or both ends of a stated range ("$140 million to $160
    million"). A boundary drawn from a hedge ("more than a million" ends at two million) is not one of them."""
    fact = side.fact
    written = {fact.value} if isinstance(fact.value, float) else set()
    if fact.hedge == "range":
        written |= {v for v in (fact.low, fact.high) if v is not None}
    return written


def agrees(a: Side, b: Side, params: Mapping[str, object]) -> bool:
    """Both state one figure: the same unit, and intervals that share a value. (``judge`` finds no conflict
    between different units either, but there it has nothing to compare.)"""
    return a.fact.unit == b.fact.unit and judge(a, b, params) is None


def states(source: Side, draft: Side) -> bool:
    """Whether a source's figure, which agrees with a draft's, states it: it bounds the figure on every side the
    draft does ("at least three" agrees with "ten" and does not state it), and is a figure, not a vague word
    ("thousands" beside "some 9,000" or "around 14,000", "dozens" beside "more than 40": loose, not wrong, and no
    backing; "thousands" beside "thousands" is)."""
    vague_for_a_figure = source.fact.hedge == "vague" and draft.fact.hedge != "vague"
    return bounds(source.interval, draft.interval) and not vague_for_a_figure
