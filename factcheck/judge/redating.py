"""A story dated wrong: what the sentences it prints alike with other stories say about the day it was written.

Wire copy is reprinted: one paper runs "the attack this morning", another the same sentence as "the Monday morning
attack". When the first is dated a day later (an overnight edition, a page stamped in another time zone, a date
taken from a crawl), its "this morning" reads as Tuesday against Monday: not a disagreement about the attack, but a
wrong date of the story. One such sentence cannot tell a wrong date from a day told wrong, nor can one other story
(which of the two is wrong?); two sentences or more, printed alike by two other stories or more, that all put the
story's days named from the day of writing ("today", "this afternoon", "last night") the same day or two off the
days the others name in them ("Monday", "April 9") can: the story was written on that other day, and those days of
it are read from there. Weekdays and written dates are the story's own whatever its date, and are not moved. A
draft is never redated: it is published as of its own day, and a wire sentence copied into it keeps the draft's
"today" (a day told wrong, if the wire's was another)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from factcheck.extract.tokens import STOPWORDS, sentence_tokens
from factcheck.facts import Fact
from factcheck.judge.distance import day
from factcheck.judge.matching import bucket
from factcheck.lexicon.words import alternation, table, words
from factcheck.timewords import MONTH, WEEKDAY

ALIKE = 0.6  # the share of content words two sentences have in common (of all of theirs) to be one sentence printed
EVIDENCE = 2  # sentences of a story, and other stories, that must agree on its day of writing
_FURTHEST = 2  # days: a date further off is another week's weekday, not a day stamped late
_SHORTEST = 6  # content words a sentence needs besides its day: a short one ("He died Friday.") is no reprint
_RELATIVE = re.compile(rf"\b(?:{WEEKDAY}|{alternation(words('judging', 'relative_days'))})\b", re.IGNORECASE)
_WRITTEN = re.compile(rf"\b{MONTH}\b|\b\d{{4}}\b", re.IGNORECASE)
# A day named from the day of writing: "today", "last night", "this morning".
_FROM_TODAY = re.compile(
    rf"\b(?:{alternation([*table('dates', 'days_from_today'), *table('dates', 'nights_from_today')])}"
    rf"|this\s+{alternation(table('dates', 'parts_of_day'))})\b", re.IGNORECASE)
_FULL_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(.*)")


@dataclass(frozen=True, slots=True)
class Redating:
    """The stories of a check that are dated wrong, and the days their days named from the day of writing move by."""

    moved: Mapping[str, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    def written(self, doc: str, published: dt.date | None) -> dt.date | None:
        """The day a story was written: its date, moved where it was found dated wrong."""
        shift = self.moved.get(doc)
        return published + dt.timedelta(days=shift) if published is not None and shift else published

    def why(self, fact: Fact, published: dt.date | None) -> str | None:
        """How a moved day was read, for the explanation."""
        if not from_today(fact) or not self.moved.get(fact.doc) or published is None:
            return None
        written = self.written(fact.doc, published)
        return (f"{fact.doc} is read as written on {written}, not on its date {published}: the sentences it prints "
                f"alike with other stories name their days from {written}")


def relative(fact: Fact) -> bool:
    """A day named only relative to its story's date ("Tuesday", "8 p.m. yesterday"), no month or year written."""
    return fact.kind in ("date", "time") and bool(_RELATIVE.search(fact.surface)) and not _WRITTEN.search(fact.surface)


def from_today(fact: Fact) -> bool:
    """A day named from the day of writing ("today", "this morning", "last night"), which the story's date places."""
    return fact.kind in ("date", "time") and bool(_FROM_TODAY.search(fact.surface)) and not _WRITTEN.search(
        fact.surface)


def redate(records: Sequence[Fact], drafts: Collection[str] = ()) -> tuple[tuple[Fact, ...], Redating]:
    """The facts with the days that stories dated wrong name from the day of writing moved to where the story's
    right date puts them, and which stories those are (``Redating``)."""
    moved = written_off(_by_sentence(records), drafts)
    if not moved:
        return tuple(records), Redating()
    return tuple(_moved(f, moved[f.doc]) if f.doc in moved else f for f in records), Redating(MappingProxyType(moved))


def written_off(sentences: Iterable[Sequence[Fact]], drafts: Collection[str] = ()) -> dict[str, int]:
    """The stories dated wrong, by the days to move their days named from the day of writing: a story that prints
    two sentences or more alike with two other stories or more, each naming one day, its own named from the day of
    writing and the other's not, all the same day or two off and none on the same day. Drafts are neither moved nor
    a measure."""
    ours, theirs = [], []
    for facts in sentences:
        days = [f for f in facts if bucket(f) == ("moment", "day") and day(f) is not None and f.doc not in drafts]
        content = _content(days[0]) if len(days) == 1 else frozenset()
        if len(content) >= _SHORTEST:
            (ours if from_today(days[0]) else theirs).append((days[0], content))
    gaps: dict[str, dict[int, list[Fact]]] = {}  # story -> gap -> the pairs of days that show it
    for fact, words_ in ours:
        for other, others in theirs:
            if other.doc != fact.doc and len(words_ & others) >= ALIKE * len(words_ | others):
                gap = (day(other) - day(fact)).days  # type: ignore[operator]
                gaps.setdefault(fact.doc, {}).setdefault(gap, []).extend((fact, other))
    return {doc: gap for doc, found in gaps.items() for gap, shown in found.items()
            if len(found) == 1 and 0 < abs(gap) <= _FURTHEST and _independent(doc, shown)}


def _independent(doc: str, shown: Sequence[Fact]) -> bool:
    """Two sentences of the story at least, and two other stories: not one sentence told twice, nor one other
    story that may have named its own day wrong."""
    ours = {f.sentence_start for f in shown if f.doc == doc}
    return len(ours) >= EVIDENCE and len({f.doc for f in shown} - {doc}) >= EVIDENCE


def _by_sentence(records: Sequence[Fact]) -> Iterable[Sequence[Fact]]:
    sentences: dict[tuple[str, int], list[Fact]] = {}
    for fact in records:
        if bucket(fact) is not None:
            sentences.setdefault((fact.doc, fact.sentence_start), []).append(fact)
    return sentences.values()


def _moved(fact: Fact, days: int) -> Fact:
    """The fact with its day moved, when it names one from the day of writing."""
    found = _FULL_DAY.match(fact.value) if isinstance(fact.value, str) else None
    if found is None or not from_today(fact):
        return fact
    value = (dt.date.fromisoformat(found.group(1)) + dt.timedelta(days=days)).isoformat() + found.group(2)
    return dataclasses.replace(fact, value=value, timex=value)


def _content(fact: Fact) -> frozenset[str]:
    """The content words of the fact's sentence, its own figure left out."""
    start, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    return frozenset(
        lower for token in sentence_tokens(fact.sentence)
        if not (start <= token.start < end) and (lower := token.text.lower()).isalpha()
        and lower not in STOPWORDS and len(lower) > 2)
