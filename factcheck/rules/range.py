"""``range``: plausibility bounds. Each figure must be able to lie within [min, max] (in its canonical
unit); one whose whole interval lies outside cannot be right, whatever the other reports say.

A fact has one key, so a bounds rule claims its figures from the rule that would otherwise compare them;
pairs of figures are therefore also compared exactly as ``agree`` compares them.

Anti-pattern: "a magnitude 12 earthquake" (the scale stops near 10); "turnout reached 112%".
Fine: "a magnitude 7.8 earthquake"; "more than 9" against bounds 0 to 10 (9.5 is possible)."""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.rules import agree
from factcheck.rules.intervals import Interval
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


def check(side: Side, params: Mapping[str, object]) -> Verdict | None:
    low, high, figure = params["min"], params["max"], side.interval
    if isinstance(high, float) and (figure.low > high or (figure.low == high and not figure.low_closed)):
        return Verdict(f"{_shown(figure, side)} is above {_bound(high, side)}, the highest plausible value")
    if isinstance(low, float) and (figure.high < low or (figure.high == low and not figure.high_closed)):
        return Verdict(f"{_shown(figure, side)} is below {_bound(low, side)}, the lowest plausible value")
    return None


def _shown(interval: Interval, side: Side) -> str:
    unit = side.fact.unit
    return interval.text() + "%" if unit == "%" else interval.text(unit)


def _bound(value: float, side: Side) -> str:
    return _shown(Interval(value, value, True, True), side)
