"""Which quantity a number is: an explicit, ordered list of readers, each a small function of one ``Figure`` that
answers with a ``Quantity``, with ``NOTHING`` (no quantity at all), or with None (not its kind: the next reader is
asked). The first answer wins, so the order below is part of what each reader means. Each reader's cases, the
sentences it must and must not read, are in tests/reader_cases/ (run by tests/test_readers.py)."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.numbers import Number
from factcheck.extract.readers import counts, exclusions, measures, money
from factcheck.extract.readers.figure import NOTHING, Figure, Quantity, Reading

Reader = Callable[[Figure], Reading]

READERS: dict[str, Reader] = {
    "console": money.console,  # first: "PS5" must not reach any reader of money or counts
    "code after": money.code_after,  # "108.79 JPY"; before money, which would take "JPY" for no currency
    "pence": money.pence,  # "164p": before the unit catalogue, where "p" is no unit
    "pounds": money.pounds,  # "3 million pounds": before the catalogue reads pounds as weight
    "money": money.money,  # "$12 million", "3 million dollars"
    "percent": measures.percent,  # "64%", "3 percentage points"
    "magnitude": measures.magnitude,  # "a 6.1 quake": before the catalogue, and before age ("magnitude 6")
    "person age": measures.person_age,  # "Maria, 10,": before age, which needs a unit or "aged"
    "age": measures.age,  # "a 62-year-old", "aged 45": before the catalogue reads "year" as a duration
    "network generation": measures.network_generation,  # "5G": before the catalogue reads G as gauss
    "SI letter": measures.si_letter,  # "a 5 W charger": the catalogue takes no lone letter
    "degrees": measures.degrees,  # "a high of 88 F": likewise
    "hyphen rate": measures.hyphen_rate,  # "a 52,000 barrel-a-day refinery": before the catalogue's "barrel"
    "unit": measures.unit,  # "6.2 miles", "40,000 acres": any unit of the catalogue
    # Only a figure without a unit reaches the exclusions: "2,000 feet" is a measure even after "Route".
    "not a count": exclusions.not_a_count,  # "in 2019", "Route 66", "won 2-0"
    "times": counts.times,  # "three times"
    "suspended": counts.suspended,  # "a 7- or 8-inch screen": before hyphenated, which would count "or"
    "suspended list": counts.suspended_list,  # "four-, five- and six-cylinder engines"
    "hyphenated": counts.hyphenated,  # "a four-cylinder engine": before counted, which would miss the hyphen
    "counted": counts.counted,  # "212 people"
    "life expectancy": counts.life_expectancy,  # "life expectancy ... is 73": only a figure counting nothing
    "bare": counts.bare,  # last: a figure counting nothing named
}


def read(text: str, number: Number) -> tuple[str, Quantity | None]:
    """The reader that decides ``number`` in ``text`` and what it read (None: no quantity)."""
    figure = money.figure(text, number)
    for name, reader in READERS.items():
        reading = reader(figure)
        if reading is not None:
            return name, None if reading is NOTHING else reading  # type: ignore[return-value]
    raise AssertionError("the last reader reads every figure")
