"""The Fact record and the facts table. The table's columns are the Fact fields, declared here once."""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

KINDS = ("count", "percent", "money", "measure", "duration", "ordinal", "record", "date", "time")


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure or date as a document states it.

    ``value``/``low``/``high`` are in the canonical ``unit`` (seconds, metres, square metres, kilograms,
    cubic metres, metres per second, degrees Celsius, a currency code, ``%``; ``None`` for counts and
    ordinals). ``low``/``high`` are ``None`` when the interval is unbounded on that side; ``closed`` says
    which ends belong to it, in pandas' words (``both``, ``left``, ``right``, ``neither``). For dates and
    times ``value`` is a TimeML TIMEX3 value (``2024-03-21``, ``2024-W12``) or ``None`` when unresolved;
    ``timex`` repeats it, and holds a duration's TIMEX3 period (``P2D``, ``PT45M``) beside its seconds.
    """

    id: str
    doc: str
    kind: str
    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    value: float | str | None
    low: float | None
    high: float | None
    closed: str | None
    unit: str | None
    stated_value: float | None
    stated_unit: str | None
    hedge: str | None
    subject: str | None
    timex: str | None
    key: str | None = None
    # The frame (factcheck.frames): what the figure counts or measures, what happened to it, whose it is, and
    # whether it is about the story's event or a background time.
    thing: str | None = None
    predicate: str | None = None
    owner: str | None = None
    time: str | None = None


COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Fact))
_FRAMED = ("key", "thing", "predicate", "owner", "time")


def facts_frame(facts: Iterable[Fact]) -> pd.DataFrame:
    """The facts table: one row per fact, columns in declaration order."""
    import pandas as pd  # here, not at the top: `factcheck extract --format json` never needs it

    row = operator.attrgetter(*COLUMNS)  # not dataclasses.astuple, which deep-copies every value: 7x slower
    facts = list(facts)
    rows = [row(f) for f in facts]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    # The key and the frame keep None where they are empty (pandas would read a column of words as text with NaN).
    framed = {name: pd.Series([getattr(f, name) for f in facts], index=frame.index, dtype=object) for name in _FRAMED}
    return frame.astype({"value": object, "stated_value": object}).assign(**framed)


def value_text(value: object) -> str | None:
    """A fact's ``value`` as the Parquet tables store it (``extract --format parquet``, the batch's facts.parquet):
    a TIMEX3 value as it is, a number as text in full precision."""
    if value is None or isinstance(value, str):
        return value
    return repr(float(value))  # type: ignore[arg-type]


def frame_facts(frame: pd.DataFrame) -> list[Fact]:
    """Back from the table to records (NaN and pandas' missing markers become None). Column by column into Python
    values: compare calls this once per key, and on such small frames a whole-frame ``astype(object)`` and
    ``where(notna)`` cost ten times more than the records themselves (pandas 3)."""
    import pandas as pd

    rows = zip(*(frame[name].tolist() for name in COLUMNS), strict=True)
    return [Fact(*(None if _missing(v, pd.NA) else v for v in row)) for row in rows]


def _missing(value: object, na: object) -> bool:
    return value is None or value is na or (isinstance(value, float) and value != value)
