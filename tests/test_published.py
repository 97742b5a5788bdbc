"""A document's publication date read from its own text (factcheck/published.py), as web pages print it."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.published import infer_published

STORY = "\nA man suspected of shooting three people was arrested after a chase, police said.\n"


@pytest.mark.parametrize(("head", "day"), [
    ("Updated 12/2/2010 1:31 AM", dt.date(2010, 12, 2)),  # month first, as American pages print it
    ("11/10/11 02:39 PM ET", dt.date(2011, 11, 10)),
    ("Posted: 04/9/2012 8:33 am Updated: 04/9/2012 8:33 am", dt.date(2012, 4, 9)),
    ("Last updated 13:26 14/09/2013", dt.date(2013, 9, 14)),  # 14 cannot be a month
    ("Last updated at 09:10 GMT 05/03/2012", dt.date(2012, 3, 5)),  # British time: day first
    ("First Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET", dt.date(2011, 10, 25)),  # first posted
    ("SUNNYVALE, Calif. —2/29/2012", dt.date(2012, 2, 29)),
])
def test_a_dateline_in_figures(head: str, day: dt.date) -> None:
    assert infer_published(head + STORY) == (day, "text: dateline or caption")


@pytest.mark.parametrize("text", [
    "Police said the suspect, who was released on 3/4/2010 after serving a sentence for an assault at a bar on "
    "the east side of town, had been seen near the office.",  # a date in running prose is an event's
    "Updated 13/13/2013 1:31 AM",  # no such date
])
def test_no_dateline_in_figures(text: str) -> None:
    assert infer_published(text + STORY) is None


@pytest.mark.parametrize(("head", "day"), [
    ("Tuesday, May 24, 2005", dt.date(2005, 5, 24)),
    ("September 15, 2013 11:26 pm", dt.date(2013, 9, 15)),
    ("Photo: Jane Doe, staff. Posted on Sep 27, 2013 at 5:50 pm", dt.date(2013, 9, 27)),
    ("8:44AM BST 16 Sep 2013", dt.date(2013, 9, 16)),
])
def test_a_short_dateline(head: str, day: dt.date) -> None:
    assert infer_published(head + STORY) == (day, "text: dateline or caption")


@pytest.mark.parametrize("line", [
    "Page was born on April 22, 1923, in Nashville, Tenn.",  # a short sentence: its date is an event's
    "New Moon is tentatively scheduled to open November 20, 2009.",
    "Reid checked herself in on Tuesday, December 9, 2008.",
])
def test_a_short_sentence_is_no_dateline(line: str) -> None:
    lead = "Pinup icon Bettie Page died Thursday evening at a hospital in Los Angeles.\n"
    assert infer_published(lead + line + STORY) is None
