"""The sides of a disagreement: which of its facts can hold together, and why two sides cannot. A figure a story
repeats is one reading; the sides are built greedily, the reading most sources agree with first."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.documents import Document
from factcheck.facts import Fact
from factcheck.judge.comparable import reading
from factcheck.lexicon.words import alternation, table
from factcheck.rules.model import Verdict


@dataclass(frozen=True, slots=True)
class Judged:
    """The sides of one figure (each a tuple of facts, every mention of each reading; the side that stands most
    alone first) and the verdict between the first side and the largest other one."""

    sides: tuple[tuple[Fact, ...], ...]
    verdict: Verdict
    pair: tuple[Fact, Fact]  # the two facts the verdict is about: the lone side's and the largest side's


def sides_of(facts: Sequence[Fact], verdicts: Mapping[frozenset[str], Verdict], by_doc: Mapping[str, Document],
             order: Mapping[str, int]) -> Judged:
    """The sides of facts whose conflicts are known (fact-id pairs -> verdict): readings that conflict with no
    member of a side join it. The first side stands most alone."""
    members = sorted(facts, key=lambda f: (order[f.doc], f.start, f.end))
    readings: dict[tuple[object, ...], list[Fact]] = {}
    for fact in members:
        readings.setdefault(reading(fact), []).append(fact)
    keys = list(readings)
    heads = [readings[k][0] for k in keys]
    conflicts: dict[tuple[int, int], Verdict] = {}
    for i, x in enumerate(keys):
        for j, y in enumerate(keys):
            found = next((verdicts[frozenset((a.id, b.id))] for a in readings[x] for b in readings[y]
                          if frozenset((a.id, b.id)) in verdicts), None)
            if i != j and found is not None:
                conflicts[(i, j)] = found
    groups = _sides(heads, conflicts)
    groups.sort(key=lambda g: (len({heads[i].doc for i in g}), min(order[heads[i].doc] for i in g)))
    lone, largest = groups[0], groups[-1]
    pair = next(((i, j) for i in lone for j in largest if (i, j) in conflicts), None) or next(iter(conflicts))
    return Judged(tuple(tuple(f for i in g for f in readings[keys[i]]) for g in groups), conflicts[pair],
                  (heads[pair[0]], heads[pair[1]]))


def _sides(heads: Sequence[Fact], conflicts: Mapping[tuple[int, int], Verdict]) -> list[list[int]]:
    """Readings in groups that can hold together: the reading that the most other sources agree with starts a
    side, which takes every reading that conflicts with none of its members; then again with the rest."""
    left = list(range(len(heads)))
    groups: list[list[int]] = []
    while left:
        rest = tuple(left)
        left.sort(key=lambda i: (-len({heads[j].doc for j in rest if (i, j) not in conflicts}), i))
        group = [left[0]]
        for i in left[1:]:
            if all((i, j) not in conflicts for j in group):
                group.append(i)
        groups.append(group)
        left = [i for i in left if i not in group]
    return groups


_TODAY = ("today", "tonight", "this morning", "this afternoon", "this evening")


def own_days(a: Fact, b: Fact) -> bool:
    """"today" in two stories of different days: each reports its own day's news, not one event twice; and one
    weekday named in both ("Saturday night"): the same day, however each story's date resolved it."""
    if not all(f.kind in ("date", "time") for f in (a, b)):
        return False
    if all(f.surface.lower().startswith(_TODAY) for f in (a, b)):
        return True
    days = [_WEEKDAY.search(f.surface) for f in (a, b)]
    return bool(days[0] and days[1] and days[0].group().lower() == days[1].group().lower()
                and not any(re.search(r"\d", f.surface) for f in (a, b)))


_WEEKDAY = re.compile(alternation(table("calendar", "weekdays")), re.IGNORECASE)
