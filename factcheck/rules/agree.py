"""``agree``: two statements of the same figure must allow a common value, after unit conversion.

Anti-pattern: "more than 3,500 residents were evacuated" against "about 2,000 residents were evacuated".
Fine: "more than 31,000" against "nearly 32,000" (31,500 satisfies both)."""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.rules.explain import differently_attributed, likely_cause
from factcheck.rules.intervals import bounds, overlap
from factcheck.rules.model import Side, Verdict

PARAMS = {"tolerance": (float, 0.0), "tolerance_abs": (float, 0.0)}
FACT_KINDS = ("count", "percent", "money", "measure", "duration")


def judge(a: Side, b: Side, params: Mapping[str, object]) -> Verdict | None:
    if a.fact.unit != b.fact.unit:
        return None  # different currencies or dimensions: no exchange rates, nothing to compare
    relative, absolute = float(params["tolerance"]), float(params["tolerance_abs"])  # type: ignore[arg-type]
    first, second = a.interval.widened(absolute, relative), b.interval.widened(absolute, relative)
    verdict = overlap(first, second)
    if verdict == "yes" or (verdict == "point" and max(first.low, second.low) in _written(a) & _written(b)):
        return None  # "$140 million to $160 million" and "at least $160 million": both writers name 160 million
    if _understates(a, b) or _understates(b, a):
        return None  # "thousands of residents" beside "around 14,000": loose, not wrong (not so "millions", 1.4m)
    unit = a.fact.unit if a.fact.unit not in (None, "%") else None
    why = f"{a.interval.text(unit)} and {b.interval.text(unit)} " + (
        "meet only at their boundary" if verdict == "point" else "do not overlap"
    )
    loose = a.fact.hedge == "vague" and b.fact.hedge == "vague"  # "decades" and "years": two loose words
    return Verdict(why + likely_cause(a, b), sure=not (loose or differently_attributed(a, b)))


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
