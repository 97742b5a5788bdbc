"""What an extractor returns for one sentence, before it becomes a Fact of a document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset of the sentence in the document
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class Found:
    kind: str
    start: int  # offsets inside the sentence
    end: int
    value: float | str | None
    low: float | None = None
    high: float | None = None
    closed: str | None = None
    unit: str | None = None
    stated_value: float | None = None
    stated_unit: str | None = None
    hedge: str | None = None
    subject: str | None = None
    timex: str | None = None  # TIMEX3 value: the date's value, or a duration's period ("P2D")

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end
