"""Inferring a document's publication date from its own text, for documents without metadata."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.timewords import FULL_DATE, full_date

# Only the top of a document carries its date line, dateline or photo caption.
_HEAD = 1500
_DATE_LABEL = re.compile(
    r"^[ \t]*(?:date|dated|published|posted|updated|last updated)\b[ \t]*(?:on|at)?[ \t:]*",
    re.IGNORECASE | re.MULTILINE,
)


def infer_published(body: str) -> tuple[dt.date, str] | None:
    """The publication date a document states about itself, and where it was found.

    A date line ("date 2024-03-22", "Published: March 21, 2024") wins; otherwise the latest full
    date (day, month and year) near the top, as in a dateline or a photo caption.
    """
    head = body[:_HEAD]
    for label in _DATE_LABEL.finditer(head):
        match = FULL_DATE.match(head, label.end())
        when = full_date(match) if match else None
        if when:
            return when, "text: date line"
    dates = [d for d in (full_date(m) for m in FULL_DATE.finditer(head)) if d]
    if dates:
        return max(dates), "text: dateline or caption"
    return None
