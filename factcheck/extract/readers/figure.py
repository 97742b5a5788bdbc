"""What a reader is given and what it answers: a ``Figure`` (a number with its sentence, the currency symbol before
it and the scale abbreviation after it) in, a ``Quantity`` (the figure with its kind and unit, before hedges and
ranges) or ``NOTHING`` out; and the steps several readers share: a rate after the figure, a unit word's kind."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace

from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import Number
from factcheck.extract.unitwords import UnitWord
from factcheck.lexicon.words import alternation, table, words
from factcheck.units import CURRENCY_NAMES, MEASURES


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure with its unit, before hedges: built for each number, then hedged and merged into ranges."""

    start: int
    end: int
    kind: str
    value: float
    step: float
    unit: str | None
    stated_unit: str | None
    subject: str | None
    number: Number
    bare: bool = False  # no unit of its own: may borrow the next figure's in a range ("5 to 6 percent")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as the readers see it: "$2.7m" is the number "2.7" with the symbol "$" before it and the scale "m"
    after it, worth 2,700,000; ``end`` is where the figure stops, after its scale."""

    text: str
    number: Number
    value: float
    step: float
    end: int
    symbol: str | None = None  # a currency symbol or code before the figure, as written ("US$", "EUR ")

    @property
    def before(self) -> str:
        return self.text[: self.number.start]

    @property
    def after(self) -> str:
        return self.text[self.end :]

    def quantity(self, kind: str, end: int, unit: str | None, stated_unit: str | None, subject: str | None = None,
                 start: int | None = None) -> Quantity:
        """This figure read as ``kind`` in ``unit``, its span running to ``end``."""
        begin = self.number.start if start is None else start
        return Quantity(begin, end, kind, self.value, self.step, unit, stated_unit, subject, self.number)


class Nothing(enum.Enum):
    """A reader's answer that the figure is no quantity at all ("PS5" is a console): no later reader is asked."""

    NOTHING = "nothing"


NOTHING = Nothing.NOTHING
# What a reader answers: a quantity, NOTHING, or None when the figure is not its kind (the next reader is asked).
Reading = Quantity | Nothing | None

# "(about $2.4 billion) a year", "a-year"; not "34% ahead" (an "a" written against its noun)
_PER = re.compile(rf"^(?:\s*\([^()]{{1,40}}\))?[\s-]*(?:per|an?(?=[\s-])|/)[\s-]*"
                  rf"(?P<per>{alternation(words('quantities', 'per'))})\b", re.IGNORECASE)
# After a unit of time, a time ("3 a day earlier", "a year ago"), not a rate; "$4.50 a share from $4.20" is one.
_NOT_PER_AFTER = re.compile(rf"\s+{alternation(words('quantities', 'not_per_after'))}\b", re.IGNORECASE)
_TIME_UNITS = frozenset(table("durations", "units"))
_PER_NAMES: dict[str, str] = dict(table("quantities", "per_names"))  # type: ignore[arg-type]
_CURRENCY_OF_NAME = {name: code for code, name in CURRENCY_NAMES.items()}


def per(text: str, quantity: Quantity) -> Quantity:
    """Rates: "$62 per share", "800,000 barrels a day", "$3,500 a month"."""
    found = _PER.match(text[quantity.end :])
    if not found or (found.group("per").lower() in _TIME_UNITS
                     and _NOT_PER_AFTER.match(text, quantity.end + found.end())):
        return quantity
    denominator = re.sub(r"\s+", " ", found.group("per").lower())
    denominator = _PER_NAMES.get(denominator.replace(" ", ""), denominator)
    # The rate's words belong to the figure, unless an aside stands between: "9 billion shekels ($2.4 billion)
    # a year" keeps its span, and so does a count, whose counted thing is not part of its span either.
    spoken = (quantity.kind == "count" and quantity.stated_unit != "time") or "(" in found.group(0)
    end = quantity.end if spoken else quantity.end + found.end()
    return replace(quantity, end=end, unit=f"{quantity.unit or ''}/{denominator}",
                   stated_unit=f"{quantity.stated_unit} per {denominator}")


def subject(text: str, position: int) -> str | None:
    """The head of the noun phrase after ``position``: "3% of voters" -> "voter"."""
    phrase = counted_phrase(text, position)
    return phrase[1] if phrase else None


def with_unit(figure: Figure, found: UnitWord) -> Quantity | Nothing:
    """The figure in the unit written after it, read by the unit's kind: money for a currency, a count for a
    dimensionless word ("5 pairs"), a measure in its canonical unit for the rest ("6.2 miles" in metres)."""
    text, start = figure.text, figure.number.start
    if found.entity == "time":
        return NOTHING  # durations own time units (see durations.py)
    if found.entity == "currency":
        code = _CURRENCY_OF_NAME.get(found.name, found.name.upper())
        return per(text, figure.quantity("money", found.end, code, found.name, start=start))
    if found.name == "percentage":
        return figure.quantity("percent", found.end, "%", "percent")
    if found.entity == "dimensionless":
        return figure.quantity("count", found.end, None, found.name, subject(text, found.end))
    conversion = MEASURES.get(found.name)
    unit = conversion.canonical if conversion else found.name
    return per(text, figure.quantity("measure", found.end, unit, found.name, subject(text, found.end)))


def headline(text: str) -> bool:
    """Title Case ("Quake Kills 10; 80 Hurt"), where a capital says nothing of a name."""
    found = re.findall(r"\b[A-Za-z][a-z]*\b", text)
    return len(found) >= 3 and sum(w[0].isupper() for w in found) >= 0.6 * len(found)
