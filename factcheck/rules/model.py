"""The rule record: a rule is only data (id, kind, match, params, severity, message)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.facts import Fact
from factcheck.rules.intervals import Interval

SEVERITIES = ("error", "warning", "info")
SCOPES = ("across", "within", "both")  # compare facts of different documents, of one document, or both


@dataclass(frozen=True, slots=True)
class Match:
    """Which facts a rule claims. ``words`` are phrases of lemmas ("death toll" -> ("death", "toll")),
    searched within ``window`` words of the figure, each with the name of its synonym group (the group's
    first phrase); ``subjects`` are lemmas of the counted thing."""

    kinds: tuple[str, ...]
    words: tuple[tuple[tuple[str, ...], str], ...] = ()
    subjects: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    pattern: str | None = None
    window: int = 8


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    match: Match
    params: Mapping[str, object]
    severity: str
    message: str | None
    description: str
    path: str
    scope: str = "across"


@dataclass(frozen=True, slots=True)
class Side:
    """One fact as a rule kind sees it: the figure, and when and by whom it was published."""

    fact: Fact
    source: str
    published: dt.date | None

    @property
    def interval(self) -> Interval:
        return Interval.of(self.fact.low, self.fact.high, self.fact.closed)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why two facts cannot both hold. ``sure`` is False when the judgement rests on a guess (a running
    total whose publication dates are unknown); such findings are capped at warning."""

    why: str
    sure: bool = True
