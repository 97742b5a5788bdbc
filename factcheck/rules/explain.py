"""Likely causes of a disagreement, in words an editor uses."""

from __future__ import annotations

import math

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
        same = a.fact.stated_value is not None and a.fact.stated_value == b.fact.stated_value
        causes.append(
            f"the same number in another unit ({a.fact.stated_unit}, {b.fact.stated_unit}): a unit may be named for"
            " another, the conversion not made" if same else
            f"stated in different units ({a.fact.stated_unit}, {b.fact.stated_unit}), compared after conversion"
        )
    if a.published and b.published and a.published != b.published:
        causes.append(f"published on different days ({a.published}, {b.published}): the figure may have changed")
    if differently_attributed(a, b):
        causes.append(f"credited to different sources ({', '.join(sorted(a.attribution))}; "
                      f"{', '.join(sorted(b.attribution))})")
    return "; likely cause: " + "; ".join(causes) if causes else ""


def differently_attributed(a: Side, b: Side) -> bool:
    """Both sentences credit the figure to someone, and to no one in common: a ministry against the UN."""
    return bool(a.attribution and b.attribution and not a.attribution & b.attribution)
