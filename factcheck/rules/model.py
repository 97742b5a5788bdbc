"""The rule record: a rule is only data (id, kind, match, params, severity, message)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from factcheck.facts import Fact
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.rules.intervals import Interval

SEVERITIES = ("error", "warning", "info")
SCOPES = ("across", "within", "both")  # compare facts of different documents, of one document, or both


@dataclass(frozen=True, slots=True)
class Match:
    """Which facts a rule claims. ``words`` are phrases of lemmas ("death toll" -> ("death", "toll")),
    searched within ``window`` words of the figure, each with the name of its synonym group (the group's
    first phrase); ``subjects`` are lemmas of the counted thing; ``counts`` names a class the counted thing must
    belong to when the sentence names it (``people``: "12 people", "two half-brothers", "more than 600 lives",
    not "two counts of murder" or "three bombs")."""

    kinds: tuple[str, ...]
    words: tuple[tuple[tuple[str, ...], str], ...] = ()
    subjects: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    pattern: str | None = None
    window: int = 8
    counts: str | None = None


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


_ROUNDED = ("count", "money", "measure")
_ACCORDING = re.compile(r"\baccording to (?:the |a )?((?:[A-Z][\w'’.&-]*\s?)+)")
_SAID = re.compile(r"((?:[A-Z][\w'’.&-]*\s){0,3}[A-Z][\w'’.&-]*)\s"
                   + alternation(listed("clauses", "crediting_verbs")) + r"\b")


def attributions(sentence: str, name: Callable[[str], str] | None = None) -> frozenset[str]:
    """Whom a sentence credits ("according to the UN.", "the Health Ministry said"), each name as ``name`` gives
    it (the lexicon's one name for a source), else without case, a leading "The" or trailing punctuation."""
    names = [m.group(1) for m in _ACCORDING.finditer(sentence)] + [m.group(1) for m in _SAID.finditer(sentence)]
    pronouns = ("The", "It", "He", "She")
    fold = name or (lambda n: n.strip().removeprefix("The ").strip(" .,;:").lower())
    return frozenset(fold(n) for n in names if n.strip() not in pronouns)


@dataclass(frozen=True, slots=True)
class Side:
    """One fact as a rule kind sees it: the figure, and when and by whom it was published."""

    fact: Fact
    source: str
    published: dt.date | None
    in_lead: bool = True  # in the opening of its story, where the main facts stand
    name: Callable[[str], str] | None = None  # a source's one name whatever its spelling (Lexicon.source)

    @property
    def interval(self) -> Interval:
        """The values the fact allows. A round figure stated without a hedge ("$1 million", "32,000") is
        read as rounded to its last significant digit, as reporters write them: [0.5M, 1.5M], [31,500, 32,500]."""
        stated, value = self.fact.stated_value, self.fact.value
        exact = Interval.of(self.fact.low, self.fact.high, self.fact.closed)
        if self.fact.hedge is not None or self.fact.kind not in _ROUNDED or not stated or not isinstance(value, float):
            return exact
        digits = str(int(abs(stated))) if float(stated).is_integer() else ""
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros < 2:
            if self.fact.kind == "measure" and self.fact.stated_unit != self.fact.unit:
                # A measure converted from its own unit is as precise as its last digit: "6 miles" is 5.5 to 6.5
                # miles, so it agrees with "10 km" (9.5 to 10.5 km) once both are metres.
                places = len(repr(float(stated)).split(".")[1].rstrip("0")) if not digits else 0
                half = 10.0 ** -places / 2 * value / stated
                return Interval(value - half, value + half, True, True)
            return exact  # "60", "7", "4.2": precise as written
        half = 10.0**zeros / 2 * value / stated
        return Interval(value - half, value + half, True, True)

    @property
    def attribution(self) -> frozenset[str]:
        """Who the sentence credits with the figure ("according to the UN", "the ministry said")."""
        return attributions(self.fact.sentence, self.name)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why two facts cannot both hold. ``sure`` is False when the judgement rests on a guess (a running
    total whose publication dates are unknown); such findings are capped at warning."""

    why: str
    sure: bool = True
    severity: str | None = None  # overrides the rule's: an impossible value is an error whatever the rule says
