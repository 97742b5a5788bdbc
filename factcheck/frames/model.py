"""The frame record and what every reader of a frame shares: the values a time takes (the story's event, another
time unnamed, a first reading), the predicate marks (a verb the lexicon does not name, the people living in a place)
and the word lists of names, determiners and number words."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.timewords import CALENDAR_NAMES

EVENT = "event"
OTHER = "other"  # another time than the story's, unnamed: "last year", "next season", "previously", "if"
RESIDENTS = "live"  # the predicate of the people living in a place ("Kessa, a town of 15,000")
RAW = "~"  # a predicate the lexicon does not name: the verb's lemma, marked ("~land")


@dataclass(frozen=True, slots=True)
class Frame:
    thing: str | None
    predicate: str | None
    owner: str | None
    time: str


NUMBER_WORDS_PATTERN = alternation(listed("grammar", "number_words"))

NOT_NAMES = frozenset((*listed("frames", "not_names"), *CALENDAR_NAMES))

FIRST_READING = "first reading"

POSSESSIVES = frozenset(listed("grammar", "possessives"))
# after one a word is a noun; not "this": "This forced 300 residents from their homes"
DETERMINERS = frozenset({"the", "a", "an", "whose", *POSSESSIVES})

NAME_RUN = r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)"  # up to four capitalised words: a name
