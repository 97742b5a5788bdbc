"""Inferring a document's publication date from its own text, for documents without metadata."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.lexicon.words import alternation, words
from factcheck.timewords import FULL_DATE, full_date

# Only the top of a document carries its date line, dateline or photo caption.
_HEAD = 1500
_DATE_LABEL = re.compile(
    rf"^[ \t]*{alternation(words('dates', 'date_line_labels'))}\b[ \t]*(?:on|at)?[ \t:]*",
    re.IGNORECASE | re.MULTILINE,
)
# A dateline or caption is a short line ("Tuesday, May 24, 2005", "Posted: Sep 27, 2013 5:50 PM"); a date in
# running prose is an event's ("Page was born ... on April 22, 1923."), unless a label introduces it.
_DATELINE_CHARACTERS = 60
_LABEL_BEFORE = re.compile(rf"\b{alternation(words('dates', 'date_labels'))}\b", re.IGNORECASE)
# A date in figures ("Updated 12/2/2010 1:31 AM", "11/10/11 02:39 PM ET", "Last updated 13:26 14/09/2013"): month
# first, as American copy writes it, unless the first figure cannot be a month or the line keeps British time.
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d|\d\d)(?![\d/])")
_BRITISH = re.compile(r"\b(?:GMT|BST)\b")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z.]*(?![\w])")
_DATELINE_WORDS = frozenset(words("dates", "dateline_words"))
_PROSE_WORDS = 3  # this many other lower-case words make a short line a sentence


def infer_published(body: str) -> tuple[dt.date, str] | None:
    """The publication date a document states about itself, and where it was found.

    A date line ("date 2024-03-22", "Published: March 21, 2024") wins; otherwise the latest full
    date (day, month and year) near the top that stands in a dateline or caption, not in running prose.
    """
    head = body[:_HEAD]
    for label in _DATE_LABEL.finditer(head):
        match = FULL_DATE.match(head, label.end())
        when = full_date(match) if match else None
        if when:
            return when, "text: date line"
    dates = [d for d in (full_date(m) for m in FULL_DATE.finditer(head) if _in_dateline(head, m)) if d]
    dates += _numeric_dates(head)
    if dates:
        return max(dates), "text: dateline or caption"
    return None


def _in_dateline(head: str, match: re.Match[str]) -> bool:
    line_start = head.rfind("\n", 0, match.start()) + 1
    line_end = head.find("\n", match.end())
    line = head[line_start : len(head) if line_end < 0 else line_end].strip()
    if _LABEL_BEFORE.search(head, line_start, match.start()):
        return True
    rest = head[line_start : match.start()] + " " + head[match.end() : len(head) if line_end < 0 else line_end]
    prose = [w for w in _LOWER_WORD.findall(rest) if w not in _DATELINE_WORDS]
    return len(line) <= _DATELINE_CHARACTERS and len(prose) < _PROSE_WORDS


def _numeric_dates(head: str) -> list[dt.date]:
    """The first date in figures of each dateline ("First Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 ...": the
    day it was first posted)."""
    found: list[dt.date] = []
    seen_lines: set[int] = set()
    for match in _NUMERIC.finditer(head):
        line_start = head.rfind("\n", 0, match.start()) + 1
        if line_start in seen_lines or not _in_dateline(head, match):
            continue
        seen_lines.add(line_start)
        first, second, year = (int(g) for g in match.groups())
        year += 0 if year >= 100 else 2000 if year < 50 else 1900
        line_end = head.find("\n", match.end())
        day_first = first > 12 or (second <= 12 and bool(_BRITISH.search(head, line_start, line_end
                                                                           if line_end >= 0 else len(head))))
        month, day = (second, first) if day_first else (first, second)
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue  # not a date ("13/13/2013")
    return found
