"""Lists of figures told alike: "two quakes, measuring 7.6 and 7.4" in one story and "the 7.6 and 7.5 magnitude
quakes" in another give one figure at each place, the lists' order saying which, whatever the words around them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.extract.tokens import STOPWORDS
from factcheck.facts import Fact
from factcheck.judge.matching import bucket

_NAME_WORDS = 4  # words before a figure where the name of what it is of stands ("put the Greens on 12 percent")


Listed = tuple[int, tuple[Fact, ...]]  # a figure's place in its list, and the list


def aligned(ours: Listed, theirs: Listed | None, agrees: Callable[[Fact, Fact], bool]) -> bool:
    """Two figures at one place of two lists of as many figures (``in_list``), every other place of which agrees
    (``agrees``). Not where the sentences set the lists apart: another pair of each joined by "and" that starts alike
    and ends apart ("31% and 29% in March and April", "31% and 27% in March and May"), or other names right before
    the lists ("The Arlen and Brisk towers", "The Arlen and Corvo towers"; "Trains to Corby", "Trains to
    Dunmore")."""
    if theirs is None or ours[0] != theirs[0] or len(ours[1]) != len(theirs[1]):
        return False
    if not all(agrees(x, y) for n, (x, y) in enumerate(zip(ours[1], theirs[1], strict=True)) if n != ours[0]):
        return False
    names = (names_before(ours[1][0]), names_before(theirs[1][0]))
    return not (all(names) and names[0] != names[1]) and not _parallel_apart(ours[1], theirs[1])


def in_list(fact: Fact, sentence: Sequence[Fact]) -> Listed | None:
    """The list of figures of one type that ``fact`` stands in, joined only by commas and a closing "and" ("two
    quakes, measuring 7.6 and 7.4", "7.6 and 7.5 magnitude quakes"), and its place in it; None for a figure alone.
    ``sentence``: the figures of the fact's sentence."""
    kind = bucket(fact)
    run = sorted((f for f in sentence if bucket(f) == kind), key=lambda f: f.start)
    at = next((i for i, f in enumerate(run) if f.id == fact.id), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _JOINED.fullmatch(_between(run[first - 1], run[first])):
        first -= 1
    while last + 1 < len(run) and _JOINED.fullmatch(_between(run[last], run[last + 1])):
        last += 1
    # a list ends with "and": figures joined by commas alone are an apposition ("Gomes, 35,") or one figure's digits
    # split ("$1, 199")
    ends = last > first and _AND.search(_between(run[last - 1], run[last])) is not None
    return (at - first, tuple(run[first : last + 1])) if ends else None


def names_before(fact: Fact) -> frozenset[str]:
    """The names in the words right before a figure ("The Arlen and Brisk towers stand 320 metres": arlen, brisk);
    not a sentence's first word, capital by its place ("Two quakes, measuring 7.6")."""
    before = fact.sentence[: fact.start - fact.sentence_start].split()
    words = before[max(1, len(before) - _NAME_WORDS) :]
    return frozenset(w.strip(".,;:'’\"").lower() for w in words if w[:1].isupper() and w.lower() not in STOPWORDS)


def _parallel_apart(ours: Sequence[Fact], theirs: Sequence[Fact]) -> bool:
    """Two sentences of lists whose other pairs joined by "and" start alike and end apart ("31% and 29% in March and
    April", "31% and 27% in March and May"; "Inflation and unemployment stood at", "Inflation and the central bank's
    main rate stood at"): the lists are of two things."""
    mine, other = _joined(ours), _joined(theirs)
    return any(not mine[word] & other[word] for word in mine.keys() & other.keys())


def _joined(listed: Sequence[Fact]) -> dict[str, set[str]]:
    """The pairs of words joined by "and" in a list's sentence, the list left out: first word -> last words."""
    first, last = listed[0], listed[-1]
    sentence = first.sentence
    text = sentence[: first.start - first.sentence_start] + " # " + sentence[last.end - last.sentence_start :]
    found: dict[str, set[str]] = {}
    for match in _JOINED_WORDS.finditer(text):
        found.setdefault(match.group(1).lower(), set()).add(match.group(2).lower())
    return found


def _between(a: Fact, b: Fact) -> str:
    return a.sentence[a.end - a.sentence_start : b.start - b.sentence_start] if a.end <= b.start else "#"


_AND = re.compile(r"\band\b|&")
_JOINED = re.compile(r"\s*(?:,|,?\s*and|&)\s*")
_JOINED_WORDS = re.compile(r"\b([\w%]+),?\s+and\s+(?:the\s+|a\s+|an\s+)?([\w%]+)")
