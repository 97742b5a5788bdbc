"""The clause of a sentence a figure stands in: where it begins and ends (a comma, a colon, a dash, a clause opener;
not a full stop of an abbreviation, nor brackets, whose figure belongs to the clause they stand in), and the times a
sentence opens with, set off by commas ("In August,", "On Thursday, November 10th at about 3 pm,"), which tell the
time of the clause after them."""

from __future__ import annotations

import re

from factcheck.lexicon.words import alternation, table
from factcheck.lexicon.words import words as listed
from factcheck.timewords import CALENDAR_NAMES

# A full stop followed by a small letter ends an abbreviation, not a clause ("ATI Technologies Inc. for $5.4 billion").
CLAUSE_BREAK = re.compile(rf",\s|:(?!\d)|[;\[\]—–\n]|\s-\s|\s{alternation(listed('clauses', 'clause_openers'))}\s"
                          r"|\.\s(?![a-z])")
CALENDAR_WORDS = frozenset((*CALENDAR_NAMES, *listed("judging", "day_words"), *listed("clauses", "time_periods")))

_PAREN = re.compile(r"\([^()]*\)")


def clause_of(sentence: str, start: int, end: int, clock: bool = False) -> tuple[int, int, bool]:
    """Character bounds of the clause that holds sentence[start:end], and whether the figure is a fronted time. A
    figure in brackets belongs to the clause the brackets stand in ("a depth of 10 km (6 miles)"); the brackets
    break no clause. ``clock``: the figure is a time of day, which "after" or "before" right in front of it does not
    part from its verb ("the quake struck shortly after 3 a.m.")."""
    flat = _PAREN.sub(lambda m: " " * len(m.group()), sentence) if "(" in sentence else sentence
    if flat[start:end].strip() != sentence[start:end].strip():
        flat = sentence.replace("(", " ").replace(")", " ")
    breaks = [m for m in CLAUSE_BREAK.finditer(flat, 0, start)
              if not (clock and m.end() == start and m.group().strip().lower() in _POINT_WORDS)]
    before = max((m.end() for m in breaks), default=0)
    # "In August, the court tossed out ...", "On Thursday, November 10th at about 3 pm, the camp was bombed": a
    # fronted time is set off by its comma from the clause it tells the time of.
    fronted = _fronted_end(flat, start, end)
    breaks = CLAUSE_BREAK.finditer(flat, end if fronted is None else fronted + 1)
    after = next((m.start() for m in breaks), len(sentence))
    return before, after, fronted is not None


_POINT_WORDS = frozenset(("after", "before"))


def _fronted_end(sentence: str, start: int, end: int) -> int | None:
    """Where the fronted times that hold sentence[start:end] end (their last comma), when the sentence opens with
    times set off by commas ("In August,", "On Thursday, November 10th at approximately 3:00 pm,"); else None."""
    position, last = 0, None
    for found in re.finditer(r",\s", sentence):
        if not _time_segment(sentence[position : found.start()]):
            break
        if found.start() >= end:
            last = found.start()
        position = found.end()
    return last


def _time_segment(segment: str) -> bool:
    """A piece of a fronted time: time words, hedges, names of days and months and figures only ("On Thursday",
    "November 10th at approximately 3:00 pm"), with a figure or a name ("In Atlanta's CNN Center on Tuesday" tells a
    place too, and may be another event's)."""
    words = [t.lower().strip(".,") for t in segment.split()]
    return 0 < len(words) <= 8 and any(w[:1].isdigit() or w in CALENDAR_WORDS for w in words) and all(
        w[:1].isdigit() or w in CALENDAR_WORDS or w in _TIME_WORDS for w in words)


_TIME_WORDS = frozenset((*listed("clauses", "fronted_time_words"), *table("hedges", "before")["about"], "the", "a.m",
                         "p.m", "am", "pm", *table("dates", "parts_of_day"), *listed("judging", "relative_days")))
