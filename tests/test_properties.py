"""Property-based tests (hypothesis) of the extractors and the comparison; the properties and strategies are in
tests/properties.py, shared with the long fuzzing run of bench/fuzz.py. The ``ci`` profile (tests/conftest.py)
keeps each test to a few seconds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.documents import Document
from factcheck.extract import extract_sentence
from factcheck.extract.found import Sentence
from tests.properties import (
    check_front_matter,
    check_monotonic,
    check_rule_pattern,
    check_symmetric,
    dates,
    document,
    extract_and_check,
    front_matters,
    number_texts,
    rule_patterns,
    stories,
    texts,
)

pytestmark = pytest.mark.slow  # 60 generated examples a test, some of them checking whole stories


@example("AT LEAST 0/2 km", None)  # found by bench/fuzz.py: a fraction of a unit with no upper bound
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
# Found by bench/fuzz.py: a finding no rule claims was filed under the key of whichever figure came first.
@example([document("12  were injured Thursday.\n", doc_id="a"),
          document("12  were injured Monday night.\n", doc_id="b")])
@example([document("  0  were killed. 0  were killed. $0 people were injured. ", doc_id="a"),
          document("$12 were injured.\n", doc_id="b")])
@given(stories(2))
def test_comparing_a_with_b_is_comparing_b_with_a(docs: list[Document]) -> None:
    check_symmetric(*docs)


# Found by bench/fuzz.py: a story a month later names "Tuesday" of its own week; it made a third side, and the
# warning between the first two ("Monday" against "Tuesday" of one week) became a note.
@example([document("0  were killed.  0  were killed. 0  were killed. 0  were killed. 0  were killed. 0  were killed. "
                   "0  were injured on Monday. ", dt.date(2023, 1, 1), "a"),
          document("12  were killed. 12  were killed. 12  were killed. 12  were killed. 12  were killed 8 p.m. "
                   "Tuesday. 12  were injured 8 p.m. Tuesday.\n", dt.date(2023, 1, 1), "b"),
          document("12  were killed 8 p.m. Tuesday.\n", dt.date(2023, 2, 1), "c")])
@example([document("12  were killed. 12  were killed. 12  were killed. 12  were killed. 12  were killed. 12  were "
                   "injured in Paris, France Oct. 7.\n", dt.date(2023, 1, 1), "a"),
          document("12  were killed. 12  were killed. 12  were killed. 12  were killed. 12  were killed. 12  were "
                   "injured in Paris, France Oct. 7.\n", dt.date(2023, 10, 1), "b"),
          document("0  in Paris, France Monday night were killed. ", dt.date(2023, 1, 1), "c")])
@given(stories(3, dated=True))
def test_adding_a_document_never_removes_a_finding(docs: list[Document]) -> None:
    check_monotonic(*docs)


@given(number_texts(), dates)
def test_figures_written_every_way_raise_nothing_and_spans_are_the_text(text: str, published: dt.date | None) -> None:
    extract_and_check(text, published)


@given(front_matters())
def test_any_front_matter_is_read_or_refused_with_one_error(text: str) -> None:
    check_front_matter(text)


@given(rule_patterns())
def test_any_rule_pattern_loads_or_is_refused_and_runs_in_bounded_time(pattern: str) -> None:
    check_rule_pattern(pattern)
