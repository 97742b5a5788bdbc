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
    if dates:
        return max(dates), "text: dateline or caption"
    return None


def _in_dateline(head: str, match: re.Match[str]) -> bool:
    line_start = head.rfind("\n", 0, match.start()) + 1
    line_end = head.find("\n", match.end())
    line = head[line_start : len(head) if line_end < 0 else line_end].strip()
    return len(line) <= _DATELINE_CHARACTERS or bool(_LABEL_BEFORE.search(head, line_start, match.start()))
