"""Whose age "the 34-year-old actress" is: the person the story names with that role elsewhere ("Actress Mila Darren
pleaded guilty", "The driver, Halvard Crane, was among those taken to hospital"). A definite age of a role names
someone the reader already met; the story names whom once, in another sentence. One name only: two people of one
role ("the 19-year-old student" in a story of two students) leave the age without an owner, as before."""

from __future__ import annotations

import re

from factcheck.extract.lemmas import noun_lemma, part_of_speech
from factcheck.extract.tokens import STOPWORDS
from factcheck.lexicon.words import alternation, words

_NAME = r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)"  # up to four capitalised words
# "The 34-year-old actress", not "the 58-year-old driver of the lorry", "the 19-year-old student who died", "The
# 19-year-old driver, a student from Kell," (words that tell which one: maybe another than the one named)
_DEFINITE_AGE = re.compile(rf"\b[Tt]he\s+\d{{1,3}}[\s-]years?[\s-]old\s+([a-z]+)\b"
                           rf"(?!['’]|\s+{alternation(words('grammar', 'restrictive_after'))}\b|,\s+an?\b)")


def role_of_age(sentence: str, start: int) -> str | None:
    """The role noun of a definite age at sentence[start:]: "The 34-year-old actress" -> "actress"."""
    found = _DEFINITE_AGE.search(sentence, max(0, start - 4))
    if found is None or found.start() > start or found.group(1) in STOPWORDS or "NOUN" not in part_of_speech(
            found.group(1)):
        return None  # "said the 29-year-old on the eve of the Open": no role
    return noun_lemma(found.group(1), False)


def named_with_role(text: str, role: str) -> str | None:
    """The one name the text gives the role: "Actress Mila Darren", "coach driver Halvard Crane", "The driver, Halvard
    Crane," (lower case), or None when it names none or several."""
    word = re.escape(role)
    before = re.compile(rf"(?<![\w-])(?i:{word})\s+{_NAME}")  # "Actress Mila Darren", not "Co-pilot Ana Ruiz"
    set_off = re.compile(rf"\b(?i:the\s+{word}),\s+{_NAME},")  # "The driver, Halvard Crane,"
    names = {m.group(1).lower() for pattern in (before, set_off) for m in pattern.finditer(text)}
    return names.pop() if len(names) == 1 else None
