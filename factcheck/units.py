"""Canonical units: every measure is converted to SI-style units so that "6.2 miles" and "10 km" compare.
Money keeps its currency code; the currencies themselves are data (currencies.yaml), with the least and the most
each has been worth in US dollars (``DOLLAR_VALUE``), so that sums no rate could join are told apart."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.errors import RuleError
from factcheck.lexicon.words import table, words


@dataclass(frozen=True, slots=True)
class Conversion:
    canonical: str
    factor: float
    offset: float = 0.0  # added before scaling (Fahrenheit)

    def __call__(self, value: float) -> float:
        return (value + self.offset) * self.factor


_C = Conversion
# Keyed by quantulum3's unit names.
MEASURES: dict[str, Conversion] = {
    "metre": _C("m", 1),
    "kilometre": _C("m", 1e3),
    "centimetre": _C("m", 1e-2),
    "millimetre": _C("m", 1e-3),
    "mile": _C("m", 1609.344),
    "yard": _C("m", 0.9144),
    "foot": _C("m", 0.3048),
    "inch": _C("m", 0.0254),
    "nautical mile": _C("m", 1852),
    "square metre": _C("m2", 1),
    "square kilometre": _C("m2", 1e6),
    "hectare": _C("m2", 1e4),
    "acre": _C("m2", 4046.8564224),
    "square mile": _C("m2", 2589988.110336),
    "square foot": _C("m2", 0.09290304),
    "square yard": _C("m2", 0.83612736),
    "kilogram": _C("kg", 1),
    "gram": _C("kg", 1e-3),
    "milligram": _C("kg", 1e-6),
    "tonne": _C("kg", 1e3),
    "pound-mass": _C("kg", 0.45359237),
    "ounce": _C("kg", 0.028349523125),
    "short ton": _C("kg", 907.18474),
    "ton": _C("kg", 907.18474),
    "long ton": _C("kg", 1016.0469088),
    "litre": _C("m3", 1e-3),
    "millilitre": _C("m3", 1e-6),
    "cubic metre": _C("m3", 1),
    "gallon": _C("m3", 0.003785411784),
    "quart": _C("m3", 0.000946352946),  # US liquid measures, as American copy means them
    "pint": _C("m3", 0.000473176473),
    "fluid ounce": _C("m3", 0.0000295735295625),
    "barrel": _C("m3", 0.158987294928),
    "cubic foot": _C("m3", 0.028316846592),
    "cubic kilometre": _C("m3", 1e9),
    "kilometre per hour": _C("m/s", 1 / 3.6),
    "mile per hour": _C("m/s", 0.44704),
    "metre per second": _C("m/s", 1),
    "knot": _C("m/s", 1852 / 3600),
    "degree angle": _C("deg", 1),
    "degree Celsius": _C("°C", 1),
    "degree fahrenheit": _C("°C", 5 / 9, -32),
    "kelvin": _C("°C", 1, -273.15),
    "watt": _C("W", 1),  # power: "296 hp (224 kW / 300 PS)" is one engine
    "kilowatt": _C("W", 1e3),
    "megawatt": _C("W", 1e6),
    "gigawatt": _C("W", 1e9),
    "watt hour": _C("Wh", 1),  # energy: "24 TWh" and "24,000 GWh" are one output
    "kilowatt hour": _C("Wh", 1e3),
    "megawatt hour": _C("Wh", 1e6),
    "gigawatt hour": _C("Wh", 1e9),
    "terawatt hour": _C("Wh", 1e12),
    "horsepower": _C("W", 745.69987158227022),
    "brake horsepower": _C("W", 745.69987158227022),
    "metric horsepower": _C("W", 735.49875),
}

# Durations are converted to seconds.
SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "month": 2629746.0,
    "year": 31556952.0,
    "decade": 315569520.0,
    "century": 3155695200.0,
}

# Currencies, from factcheck/lexicon/currencies.yaml: a symbol or a word -> its ISO code, the codes read beside a
# figure, and each code's unit name as quantulum3 (and the CQE paper) write it.
CURRENCY_SYMBOLS: dict[str, str] = dict(table("currencies", "symbols"))  # type: ignore[arg-type]
CURRENCY_CODES = frozenset(words("currencies", "codes"))
CURRENCY_WORDS: dict[str, str] = dict(table("currencies", "words"))  # type: ignore[arg-type]
CURRENCY_NAMES: dict[str, str] = dict(table("currencies", "names"))  # type: ignore[arg-type]


def _dollar_values() -> dict[str, tuple[float, float]]:
    """Each currency's least and most worth in US dollars (currencies.yaml), checked once: both ends given, numbers
    above zero, the least no more than the most."""
    low, high = table("currencies", "lowest_in_dollars"), table("currencies", "highest_in_dollars")
    where = "factcheck/lexicon/currencies.yaml"
    if set(low) != set(high):
        odd = ", ".join(sorted(set(low) ^ set(high)))
        raise RuleError(where, f"lowest_in_dollars and highest_in_dollars name other currencies: {odd}")
    values = {}
    for code in low:
        least, most = low[code], high[code]
        if not all(isinstance(v, (int, float)) and v > 0 for v in (least, most)) or least > most:  # type: ignore[operator]
            raise RuleError(where, "a currency's worth is two numbers above zero, the least first", key=code)
        values[code] = (float(least), float(most))  # type: ignore[arg-type]
    return values


DOLLAR_VALUE = _dollar_values()  # ISO code -> (least, most) a unit has been worth in US dollars


def _shared_writings() -> dict[str, tuple[str, ...]]:
    """The writings several currencies share (currencies.yaml), each with currencies of a known worth only."""
    shared = {}
    for writing, codes in table("currencies", "shared_writings").items():
        codes = codes if isinstance(codes, tuple) else (str(codes),)
        unknown = [code for code in codes if code not in DOLLAR_VALUE]
        if unknown:
            raise RuleError("factcheck/lexicon/currencies.yaml", f"names currencies of no known worth in dollars: "
                            f"{', '.join(unknown)}", key=f"shared_writings.{writing}")
        shared[writing] = codes
    return shared


_SHARED = _shared_writings()
_NAMING = frozenset(words("currencies", "naming_words"))
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$(?![A-Za-z])")  # "$5", not "US$5", "$US5", "NZ$5"
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")


def worth(unit: str | None, surface: str) -> tuple[float, float] | None:
    """The least and the most a sum in ``unit``, written as ``surface``, may be worth in US dollars a unit: its
    currency's, or any currency's its writing may name ("$52.5 million": a US, Canadian, New Zealand ... dollar;
    "Rs10 billion": an Indian, Pakistani ... rupee). None for a currency of unknown worth."""
    if unit not in DOLLAR_VALUE:
        return None
    found = [w.replace(".", "").lower() for w in _WORD.findall(surface)]
    codes = {unit}
    if not _NAMING.intersection(found):
        written = [w for w in found if w in _SHARED] + [s for s in ("$", "¥") if s in surface]
        if "$" in written and not _BARE_DOLLAR.search(surface):
            written.remove("$")
        codes.update(code for w in written for code in _SHARED[w])
    return min(DOLLAR_VALUE[c][0] for c in codes), max(DOLLAR_VALUE[c][1] for c in codes)


def conversion_of(stated_unit: str | None, unit: str | None) -> Conversion | None:
    """How a measure written in ``stated_unit`` becomes ``unit``: its own conversion, or for a rate the conversion of
    its unit ("kilometre per day" to "m/day": 10 km a day is 10,000 m a day)."""
    stated = stated_unit or ""
    conversion = MEASURES.get(stated)
    if conversion is None and "/" in (unit or ""):
        conversion = MEASURES.get(stated.split(" per ", 1)[0])
        if conversion is not None and not (unit or "").startswith(f"{conversion.canonical}/"):
            return None
    return conversion
