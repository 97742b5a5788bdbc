"""Win-loss records ("the Colts (10-5)", "improved to 58-3", "Klitschko (52-3, 46 KOs)"): the wins, losses and
draws of a team or a fighter as they stand, read only beside words that make a pair of numbers a record standing
now, with nothing after it that makes it a range, and in brackets only in a sentence about a game or a fight
(lexicon/records.yaml).
Not "a 43-39 record" nor "a mark of 182-158": a record so told is as often a season's or a career's as today's. The
value is the record as written, wins first ("52-3", "45-7-2"). A record of a part of the season ("9-1 in
one-possession games", "9-0 at home", "3-1 in the series") is read with ``subject`` "partial record", and one in a
sentence that looks ahead ("The Hawks (10-5) host the Lions on Sunday") with "record before": neither is compared."""

from __future__ import annotations

import re

from factcheck.extract.found import Found, Sentence
from factcheck.extract.lemmas import UNCHANGED_PAST, part_of_speech, verb_form
from factcheck.extract.tense import tense_near
from factcheck.lexicon.words import alternation, words

_PAIR = r"(?P<record>(?<![\w.,/:-])\d{1,3}-\d{1,3}(?:-\d{1,2})?(?![\w-]|[.,]\d))"
_KNOCKOUTS = alternation(words("records", "knockouts"))
_FOUGHT = re.compile(  # "Klitschko (52-3, 46 KOs)", "Rahman, 45-7-2, 36 KO's", "Klitschko, 58-3 with 51 knockouts"
    rf"[A-Z][\w.'’-]*(?:\s*\(\s*|,\s+){_PAIR},?\s+(?:with\s+)?\d{{1,3}}\s*(?:{_KNOCKOUTS})(?!\w)")
# "the Colts (10-5)", "Syracuse (15-1, 3-0 Big East)": the overall record first, a part of the season's after it
_NAMED = re.compile(rf"(?P<name>[A-Z][\w.'’-]*)\s*\(\s*{_PAIR}\s*(?:\)|,\s*\d{{1,3}}-\d{{1,3}}\b[^()]{{0,24}}\))")
_MOVED = re.compile(  # "improved to 58-3", "improved his record to 58-3"
    rf"\b{alternation(words('records', 'moved_to'))}\s+(?:(?:his|her|their|its)\s+"
    rf"{alternation(words('records', 'record_nouns'))}\s+)?to\s+{_PAIR}", re.IGNORECASE)
_OWN_RECORD = re.compile(  # "took Klitschko's record to 52-3", "pushed his mark to 45-7"
    rf"\b{alternation(words('records', 'record_verbs'))}\s+(?:(?:his|her|their|its)|[A-Z][\w.-]*(?:['’]s?))\s+"
    rf"{alternation(words('records', 'record_nouns'))}\s+to\s+{_PAIR}", re.IGNORECASE)
OBJECT_MOVED = re.compile(  # "lifted the Saints to 11-5", "improved the Ukrainian-born fighter to 52-3"
    rf"\b(?i:{alternation(words('records', 'object_moved_to'))})\s+(?:(?:the|them|him|her)\s+)?"
    rf"(?P<object>(?:[\w.'’-]+\s+){{0,2}}?[\w.'’-]+)\s+to\s+{_PAIR}")
_NOT_RECORD_OBJECT = frozenset(words("records", "not_record_objects"))
_RECORD_MOVED = re.compile(  # "Indianapolis' record rose to 9-5"
    rf"\b{alternation(words('records', 'record_nouns'))}\s+[a-z]+\s+to\s+{_PAIR}", re.IGNORECASE)
_SPORTS = re.compile(rf"\b{alternation(words('records', 'sports_words'))}\b", re.IGNORECASE)
_SCORE_BEFORE = re.compile(rf"\b{alternation(words('records', 'score_before'))}\s+(?:[\w.'’-]+\s+){{0,3}}$",
                           re.IGNORECASE)
_FOLLOWS = re.compile(rf"\s*(?:$|[.,;:()!?]|\s{alternation(words('records', 'follow_words'))}\b)", re.IGNORECASE)
_PARTIAL = re.compile(rf"\s+(?:{alternation(words('records', 'partial_after'))}\b|in\s+(?:the\s+)?(?-i:[A-Z]))",
                      re.IGNORECASE)
_SERIES = re.compile(r"\bGame\s+\d")  # "went to 3-1 with a win in Game 4": a series' record
_HEIGHT = re.compile(r"[4-7]-(?:\d|1[01])")  # "Guard Tom Bell (6-2)": a player's height


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    if "-" not in text:
        return []
    spans = {m.start("record"): m.end("record") for m in _FOUGHT.finditer(text)}
    objects = [m for m in OBJECT_MOVED.finditer(text) if _SPORTS.search(text)
               and m.group("object").split()[-1].lower() not in _NOT_RECORD_OBJECT]
    for match in (*_MOVED.finditer(text), *_RECORD_MOVED.finditer(text), *_OWN_RECORD.finditer(text), *objects):
        if _FOLLOWS.match(text, match.end("record")):  # not "rose to 40-50 dollars", "fell to 4-5 percent"
            spans.setdefault(match.start("record"), match.end("record"))
    # brackets after a name hold a record only in a sentence of a game or a fight ("Kids (12-15)", "the Supreme
    # Court (5-4)" are none), and not after a score's verb ("beat Harbor City (2-1)") nor a player's name
    for match in _NAMED.finditer(text) if _SPORTS.search(text) else ():
        name, record = match.group("name"), match.group("record")
        person = not name.endswith("s") and _HEIGHT.fullmatch(record) is not None  # a height, not a team's record
        if not person and not _SCORE_BEFORE.search(text, 0, match.start()):
            spans.setdefault(match.start("record"), match.end("record"))
    return [Found("record", start, end, text[start:end], subject=_which(text, start, end))
            for start, end in sorted(spans.items())]


def _which(text: str, start: int, end: int) -> str:
    if _PARTIAL.match(text, end) or _SERIES.search(text):
        return "partial record"
    verb = _AFTER_BRACKETS.match(text, end)  # "The Hawks (10-5) host the Lions": the name's verb, after the brackets
    word = verb.group(1).lower() if verb else ""
    form = "past" if word in UNCHANGED_PAST else verb_form(word)  # "The Hawks (10-5) beat the Lions": a past
    if verb and form != "past" and (form == "present" or "VERB" in part_of_speech(word)):
        return "record before"
    return "record before" if tense_near(text, start, end) == "future" else "record"


_AFTER_BRACKETS = re.compile(r"\s*\)\s+([a-z]+)\b")
