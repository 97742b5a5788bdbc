"""Units after a number, looked up in quantulum3's catalogue of unit names, surfaces and symbols (its best
part), without running its parser: "5kW", "10 km/h", "35 degrees Celsius", "40,000 acres", "9 billion shekels"."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import cache

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import load as _load

# Words that are units in the catalogue but mostly plain English in news; they count as units only when
# written against the number ("5in", "3m", "2h").
_AMBIGUOUS = frozenset("""
in a am pm at an as is it or no on to us ha bu st pt qt d h s t u y c g l m p q b r n j w k e f i o v x z
mil mill mills won real reals rand rands set sets pair pairs point points line lines time times second seconds
mark marks bar bars cup cups lot lots ton unit units gross score scores stone stones rod rods
chain chains span spans hand hands grain grains drop drops day days week weeks month months year years
hour hours minute minutes decade decades century centuries
""".split())
_TOKEN = re.compile(r"[^\s,;:()\[\]]+")
_PLAIN_PREFERENCE = {"pound": "pound-mass", "pounds": "pound-mass", "ton": "short ton", "tons": "short ton",
                     "degree": "degree angle", "degrees": "degree angle"}


@dataclass(frozen=True, slots=True)
class UnitWord:
    end: int  # where the unit's text ends in the sentence
    name: str  # quantulum3's unit name ("kilometre per hour")
    entity: str  # quantulum3's entity ("speed", "currency", "dimensionless")


@cache
def _catalogue() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], int]:
    units = _load.units("en")
    surfaces: dict[str, tuple[str, str]] = {}
    for surface, found in units.surfaces_lower.items():
        choices = {u.name: u.entity.name for u in found}
        preferred = _PLAIN_PREFERENCE.get(surface)
        name = preferred if preferred in choices else sorted(choices)[0]
        surfaces[surface] = (name, choices[name])
    symbols: dict[str, tuple[str, str]] = {}
    for symbol, found in units.symbols.items():
        choices = {u.name: u.entity.name for u in found}
        name = min(choices, key=lambda n: (len(n), n))  # the plainest reading: "kt" is a knot before a kiloton
        symbols[symbol] = (name, choices[name])
    longest = max(len(s.split()) for s in surfaces)
    return surfaces, symbols, min(longest, 4)


# Surfaces news uses that the catalogue lacks.
_SUPPLEMENT = {
    "ml": ("millilitre", "volume"), "μm": ("micrometre", "length"), "ksi": ("kilopound per square inch", "pressure"),
    "gwh": ("gigawatt hour", "energy"), "kwh": ("kilowatt hour", "energy"), "mwh": ("megawatt hour", "energy"),
    "twh": ("terawatt hour", "energy"), "lb-ft": ("foot pound-force", "torque"), "pound-feet": ("pound-foot", "torque"),
    "m.p.h.": ("mile per hour", "speed"), "km/hr": ("kilometre per hour", "speed"), "ppg": ("point per game", "rate"),
    "rpg": ("rebound per game", "rate"), "apg": ("assist per game", "rate"), "degf": ("degree fahrenheit", "temperature"),
    "degc": ("degree Celsius", "temperature"), "ppm": ("part per million", "dimensionless"),
    "bhp": ("brake horsepower", "power"), "hectare": ("hectare", "area"), "hectares": ("hectare", "area"),
    "ha": ("hectare", "area"), "deg c": ("degree Celsius", "temperature"), "deg f": ("degree fahrenheit", "temperature"),
    "m.p.h": ("mile per hour", "speed"), "mpg": ("mile per gallon", "fuel economy"),
    "sq ft": ("square foot", "area"), "sq. ft.": ("square foot", "area"), "sq m": ("square metre", "area"),
    "sqm": ("square metre", "area"), "m2": ("square metre", "area"), "km2": ("square kilometre", "area"),
    "sq km": ("square kilometre", "area"), "kph": ("kilometre per hour", "speed"),
    "km/h": ("kilometre per hour", "speed"), "kmh": ("kilometre per hour", "speed"),
}


@cache
def _lower_symbols() -> dict[str, tuple[str, str]]:
    symbols = _catalogue()[1]
    lowered: dict[str, tuple[str, str]] = {}
    for symbol, found in symbols.items():
        if len(symbol) >= 2 and symbol.lower() not in _AMBIGUOUS:
            lowered.setdefault(symbol.lower(), found)
    return lowered


def _symbols_lower(_: object) -> dict[str, tuple[str, str]]:
    return _lower_symbols()


def unit_after(text: str, position: int) -> UnitWord | None:
    """The longest unit written right after ``text[:position]`` (after one space or a hyphen at most)."""
    surfaces, symbols, longest = _catalogue()
    attached = position < len(text) and text[position].isalpha() or text[position:position + 1] in "°%$€£\"'″”"
    start = position
    if not attached:
        if text[position:position + 1] not in (" ", "-", "\u00a0"):
            return None
        start = position + 1
    tokens = [m for m in _TOKEN.finditer(text, start, min(len(text), start + 60))]
    if not tokens or tokens[0].start() != start:
        return None
    for count in range(min(longest, len(tokens)), 0, -1):
        last = tokens[count - 1]
        if any(tokens[i + 1].start() - tokens[i].end() != 1 for i in range(count - 1)):
            continue
        raw = text[start:last.end()].rstrip(".")
        end = start + len(raw)
        found = _SUPPLEMENT.get(raw.lower()) or symbols.get(raw) or surfaces.get(raw.lower())
        if found is None and count == 1 and (attached or len(raw) >= 3):
            found = _symbols_lower(symbols).get(raw.lower())  # "2.4Ghz"
        if found is None and len(raw) > 4 and raw.lower().endswith("s"):
            found = surfaces.get(raw.lower()[:-1])  # "gigapascals"
        if found is None:
            continue
        if (raw.lower() in _AMBIGUOUS or (len(raw) == 1 and raw.isalpha())) and not attached:
            continue
        return UnitWord(end, *found)
    return None
