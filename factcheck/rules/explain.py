"""Likely causes of a disagreement, in words an editor uses."""

from __future__ import annotations

import math

from factcheck.facts import Fact
from factcheck.rules.model import Side


def likely_cause(a: Side, b: Side) -> str:
    causes: list[str] = []
    x, y = a.fact.value, b.fact.value
    if isinstance(x, float) and isinstance(y, float) and x > 0 and y > 0 and not math.isnan(x + y):
        ratio = math.log10(max(x, y) / min(x, y))
        if ratio >= 0.95 and abs(ratio - round(ratio)) < 0.05:
            causes.append(f"a factor of {10 ** round(ratio):,}: a scale word or a decimal point may have slipped")
    if a.fact.hedge == b.fact.hedge == "vague":
        causes.append('both are loose words ("decades", "years"), not figures')
    elif "vague" in (a.fact.hedge, b.fact.hedge):
        causes.append('a vague magnitude ("millions", "hundreds") stands against a precise figure')
    # a count's stated unit is the noun it counts ("persons", "people"), not a unit that was converted
    units = (a.fact.stated_unit, b.fact.stated_unit)
    if a.fact.kind != "count" and units[0] != units[1] and all(units):
        causes.append(
            f"the same number in another unit ({a.fact.stated_unit}, {b.fact.stated_unit}): a unit may be named for"
            " another, the conversion not made" if unit_slip(a.fact, b.fact) else
            f"stated in different units ({a.fact.stated_unit}, {b.fact.stated_unit}), compared after conversion"
        )
    if a.published and b.published and a.published != b.published:
        causes.append(f"published on different days ({a.published}, {b.published}): the figure may have changed")
    if differently_attributed(a, b):
        causes.append(f"credited to different sources ({', '.join(sorted(a.attribution))}; "
                      f"{', '.join(sorted(b.attribution))})")
    return "; likely cause: " + "; ".join(causes) if causes else ""


_CONFUSED = 4.0  # units a writer names one for the other are close: a mile 1.6 km, a metre 3.3 feet, a kg 2.2 pounds


def unit_slip(a: Fact, b: Fact) -> bool:
    """The same number in another unit of one dimension, the two units close ("2.7 miles" deep, "2.7 kilometres"):
    a unit named for another, the slip of a conversion not made; not "2 inches" of rain and "2 feet" of snow."""
    x, y = a.value, b.value
    return (a.kind == b.kind == "measure" and a.unit == b.unit and a.stated_unit != b.stated_unit
            and a.stated_value is not None and a.stated_value == b.stated_value
            and isinstance(x, float) and isinstance(y, float) and x > 0 and y > 0 and max(x, y) / min(x, y) < _CONFUSED)


def differently_attributed(a: Side, b: Side) -> bool:
    """Both sentences credit the figure to someone, and to no one in common: a ministry against the UN."""
    return bool(a.attribution and b.attribution and not a.attribution & b.attribution)
