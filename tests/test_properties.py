"""Property-based tests (hypothesis) of the extractors and the comparison; the properties and strategies are in
tests/properties.py, shared with the long fuzzing run of bench/fuzz.py. The ``ci`` profile (tests/conftest.py)
keeps each test to a few seconds."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.documents import Document
from factcheck.extract import extract_sentence
from factcheck.extract.found import Sentence
from tests.properties import check_monotonic, check_symmetric, dates, document, extract_and_check, stories, texts


@given(texts, dates)
def test_extracting_any_text_raises_nothing_and_spans_are_the_text(text: str, published: dt.date | None) -> None:
    extract_and_check(text, published)


@given(st.text(), dates)
def test_one_sentence_of_any_text(text: str, published: dt.date | None) -> None:
    for found in extract_sentence(Sentence(text, 0, published)):
        assert 0 <= found.start < found.end <= len(text)


# Found by bench/fuzz.py: undated documents take the year most of them name as the story's year, and a tie
# ("the 1990s" against 2024) went to whichever document came first.
@example([document("12  were killed the 1990s. 12  were killed.\n", doc_id="a"),
          document("7  were killed on March 3, 2024.\n", doc_id="b")])
@given(stories(2))
def test_comparing_a_with_b_is_comparing_b_with_a(docs: list[Document]) -> None:
    check_symmetric(*docs)


@given(stories(3, dated=True))
def test_adding_a_document_never_removes_a_finding(docs: list[Document]) -> None:
    check_monotonic(*docs)
