"""Sentence boundaries with character offsets (quantulum3 and dateparser are fed one sentence at a time)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.lexicon.words import table

# Words whose full stop ends no sentence: titles, the abbreviations of month and day names in calendar.yaml ("Oct. 7",
# "Thurs."; not "May."), and others news writes with a stop.
_ABBREVIATIONS = frozenset(
    """
mr mrs ms dr prof sen rep gov gen lt col maj capt sgt st jr sr rev hon pres supt insp det cpl pvt adm cmdr no nos
vol fig approx est dept univ inc ltd co corp bros ave blvd rd mt ft vs etc al ca cf u.s u.k u.n e.u d.c a.m p.m
u.s.a n.y l.a
""".split()
) | {short for name in ("months", "weekdays") for others in table("calendar", name).values()
     for short in others}  # type: ignore[union-attr]
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# A sentence longer than this is cut at a clause or word boundary: the work done for each figure grows with the
# length of its sentence, and real sentences stay far below it.
LONGEST = 600
# A passage with more figures than this, at more than one figure per _DENSE characters, is a table or a list of
# numbers ("1 1 1 ...", dates in a row), not prose: it is not read (see ``crowded``).
_CROWDED = 12
_DENSE = 40
# A figure as ``crowded`` counts it: "1,234,567" and "3.5" once each.
_FIGURE = re.compile(r"\d+(?:[,.'’\u00a0\u202f\u066c]\d{3}(?!\d))*(?:[.,\u066b]\d+)?")
_CLAUSE_CUT = re.compile(r"[,;:]\s+")
_WORD_CUT = re.compile(r"(?<![\d$€£¥])\s+")  # not between a figure and its scale word or unit
_PARAGRAPH = re.compile(r"\n[ \t]*(?:\n[ \t]*)+|\n(?=[ \t]*(?:[-*+#>]|\d+\.)\s)")


def split(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each sentence of text[start:end], stripped of surrounding blanks."""
    for first, last, _ in pieces(text, start, end):
        yield first, last


def pieces(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, bool]]:
    """As ``split``, with whether each piece was cut from a sentence longer than ``LONGEST``."""
    end = len(text) if end is None else end
    for block_start, block_end in _blocks(text, start, end):
        cursor = block_start
        for match in _END.finditer(text, block_start, block_end):
            if _is_abbreviation(text, match.start()):
                continue
            yield from _stripped(text, cursor, match.end())
            cursor = match.end()
        yield from _stripped(text, cursor, block_end)


def _blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Paragraphs, and lines that stand alone (a headline or a dateline has no final full stop); a line
    wrapped inside a paragraph is joined to the next one."""
    cursor = start
    for match in _PARAGRAPH.finditer(text, start, end):
        yield from _lines(text, cursor, match.start())
        cursor = match.end()
    yield from _lines(text, cursor, end)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    position = text.find("\n", start, end)
    while position != -1:
        line = text[cursor:position].rstrip()
        following = text[position + 1 : position + 2]
        # A line ends a sentence when it ends like one, is short (a headline, a dateline), or the next line starts
        # with a capital after a line without final punctuation (a headline over its story); a line wrapped inside
        # a paragraph runs on in lower case.
        if not line or line[-1] in ".!?:\"'”’)" or len(line) < 60 or following.isupper():
            yield cursor, position
            cursor = position + 1
        position = text.find("\n", position + 1, end)
    yield cursor, end


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper())


def crowded(text: str) -> int:
    """The number of figures ("1,234,567" is one) in a passage cut from an overlong sentence when it is a table or a
    list of numbers rather than prose, else 0. (A sentence of ordinary length is prose, however many figures it
    holds.)"""
    if len(text) < _CROWDED * 2:
        return 0
    count = sum(1 for _ in _FIGURE.finditer(text))
    return count if count > _CROWDED and count * _DENSE > len(text) else 0


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    cut = end - start > LONGEST
    while end - start > LONGEST:
        # Cut at the last clause boundary in the second half of the allowed length, else at the last word boundary
        # not right after a figure, else at the length.
        at = start + LONGEST
        for boundary in (_CLAUSE_CUT, _WORD_CUT):
            found = [match.end() for match in boundary.finditer(text, start + LONGEST // 2, start + LONGEST)]
            if found:
                at = found[-1]
                break
        piece = next(_stripped(text, start, at), None)
        if piece is not None:
            yield piece[0], piece[1], True
        start = at
    if start < end:
        yield start, end, cut
