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

# The order matters where a comment says so: each was checked by moving the reader and reading the test and
# NewsQuant sentences again. Readers of money and of units come before the catalogue's "unit" (which would read
# "JPY", "p", "pounds", "%" and "G" as units of its own), and all readers of units before the exclusions (a
# measure is read even after "Route"); the exclusions come before the counts.
READERS: dict[str, Reader] = {
    "console": money.console,  # "PS5": before "counted", which would count "PS5 consoles"
    "code after": money.code_after,  # "108.79 JPY": before "unit"
    "pence": money.pence,  # "164p": before "unit"
    "pounds": money.pounds,  # "3 million pounds": before "unit", which weighs pounds
    "money": money.money,  # "$12 million": before "unit", and before the exclusions ("$2019" is no year)
    "percent": measures.percent,  # "64%", "3 percentage points": before "unit"
    "magnitude": measures.magnitude,  # "a 6.1 quake": before "counted"
    "person age": measures.person_age,  # "Maria, 10,": before the counts
    "age": measures.age,  # "a 62-year-old", "aged 45": before the counts
    "network generation": measures.network_generation,  # "5G": before "unit", which reads G as gauss
    "SI letter": measures.si_letter,  # "a 5 W charger": before "counted"
    "degrees": measures.degrees,  # "a high of 88 F": before "counted"
    "hyphen rate": measures.hyphen_rate,  # "a 52,000 barrel-a-day refinery": before "counted"
    "feet and inches": measures.feet_and_inches,  # "the 6-foot-2 guard": before "unit", which reads "6 feet"
    "inches of a height": measures.inches_of_a_height,  # the "4" of "5 ft 4 in": before "unit"
    "unit": measures.unit,  # "6.2 miles", "40,000 acres": any unit of quantulum3's catalogue
    "not a count": exclusions.not_a_count,  # "in 2019", "Route 66", "won 2-0": before every count
    "times word": counts.times_word,  # "married twice": before "bare"
    "times": counts.times,  # "three times", "a 10-fold rise": before "counted"
    "suspended": counts.suspended,  # "a 7- or 8-inch screen": before "counted"
    "suspended list": counts.suspended_list,  # "four-, five- and six-cylinder engines": before "unit"
    "hyphenated": counts.hyphenated,  # "a four-cylinder engine"
    "counted": counts.counted,  # "212 people"
    "life expectancy": counts.life_expectancy,  # "life expectancy ... is 73": after "counted" (it counts nothing)
    "gathering": counts.gathering,  # "a crowd of 62,000": after "counted" (nothing follows the figure)
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
