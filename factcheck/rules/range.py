"""``range``: plausibility bounds. Each figure must be able to lie within [min, max] (in its canonical
unit); one whose whole interval lies outside cannot be right, whatever the other reports say.

A fact has one key, so a bounds rule takes its figures from any rule that would otherwise compare them;
pairs of figures are therefore also compared, exactly as ``agree`` compares them.

Anti-pattern: "a magnitude 12 earthquake" (the scale stops near 10); "turnout reached 112%".
Fine: "a magnitude 7.8 earthquake"; "more than 9" against bounds 0 to 10 (9.5 is possible)."""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.rules import agree
from factcheck.rules.intervals import Interval, told
from factcheck.rules.model import Side, Verdict

# min and max default to None: no bound on that side. Bounds may be negative (temperatures).
PARAMS: dict[str, tuple[type, object]] = {
    "min": (float, None),
    "max": (float, None),
    "tolerance": (float, 0.0),
    "tolerance_abs": (float, 0.0),
}
FACT_KINDS = ("count", "percent", "money", "measure", "duration")

judge = agree.judge
agrees = agree.agrees


def check(side: Side, params: Mapping[str, object]) -> Verdict | None:
    low, high, figure = params["min"], params["max"], side.interval
    if isinstance(high, float) and above(figure, high):
        why = f"{shown(figure, side)} is above {shown(_point(high), side)}, the highest plausible value"
        return Verdict(why, severity="error")
    if isinstance(low, float) and (figure.high < low or (figure.high == low and not figure.high_closed)):
        why = f"{shown(figure, side)} is below {shown(_point(low), side)}, the lowest plausible value"
        return Verdict(why, severity="error")
    return None


def above(interval: Interval, bound: float) -> bool:
    """True when every value of ``interval`` is larger than ``bound``."""
    return interval.low > bound or (interval.low == bound and not interval.low_closed)


def shown(interval: Interval, side: Side) -> str:
    """A figure or a bound in the side's unit: "12%", "40 hours" (a span in the unit its writer used)."""
    unit = side.fact.unit
    return interval.text() + "%" if unit == "%" else told(interval, side.fact, unit)


def _point(value: float) -> Interval:
    return Interval(value, value, True, True)
