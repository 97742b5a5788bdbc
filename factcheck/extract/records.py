"""Win-loss records ("the Colts (10-5)", "improved to 58-3", "sitting at 9-14", "Klitschko (52-3, 46 KOs)"): the
wins, losses and draws of a team or a fighter as they stand, read only beside words that make a pair of numbers a
record standing now (lexicon/records.yaml). Not "a 43-39 record" nor "a mark of 182-158": a record so told is as
often a season's or a career's as today's. The value is the record as written, wins first ("52-3", "45-7-2"); a
record told of a part of the season ("9-1 in one-possession games", "9-0 at home") is read with ``subject``
"partial record"."""

from __future__ import annotations

import re

from factcheck.extract.found import Found, Sentence
from factcheck.lexicon.words import alternation, words

_PAIR = r"(?P<record>(?<![\w.,/:-])\d{1,3}-\d{1,3}(?:-\d{1,2})?(?![\w-]|[.,]\d))"
_KNOCKOUTS = alternation(words("records", "knockouts"))
_NAMED = re.compile(  # "Colts (10-5)", "Klitschko (52-3, 46 KOs)", "Pukall (14-13-2)"
    rf"[A-Z][\w.'’-]*\s*\(\s*{_PAIR}\s*(?:\)|,\s*\d{{1,3}}\s*(?:{_KNOCKOUTS})\b)")
_FIGHTER = re.compile(  # "Klitschko, 58-3 with 51 knockouts", "Rahman, 45-7-2, 36 KO's"
    rf"[A-Z][\w.'’-]*,\s+{_PAIR}(?:,?\s+(?:with\s+)?\d{{1,3}}\s*(?:{_KNOCKOUTS}))")
_MOVED = re.compile(  # "improved to 58-3", "improved his record to 58-3"
    rf"\b{alternation(words('records', 'moved_to'))}\s+(?:(?:his|her|their|its|the\s+team's)\s+"
    rf"{alternation(words('records', 'record_nouns'))}\s+)?to\s+{_PAIR}", re.IGNORECASE)
_HELD = re.compile(rf"\b{alternation(words('records', 'held_at'))}\s+at\s+{_PAIR}", re.IGNORECASE)
_WHOLE = re.compile(rf"\s+{alternation(words('records', 'whole_after'))}\b", re.IGNORECASE)
_PARTIAL = re.compile(rf"\s+{alternation(words('records', 'partial_after'))}\b", re.IGNORECASE)
_CUES = (_NAMED, _FIGHTER, _MOVED, _HELD)


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    if "-" not in text:
        return []
    spans: dict[int, int] = {}
    for cue in _CUES:
        for match in cue.finditer(text):
            spans.setdefault(match.start("record"), match.end("record"))
    found = []
    for start, end in sorted(spans.items()):
        partial = not _WHOLE.match(text, end) and _PARTIAL.match(text, end) is not None and text[end:end + 1] != ")"
        found.append(Found("record", start, end, text[start:end], subject="partial record" if partial else "record"))
    return found
