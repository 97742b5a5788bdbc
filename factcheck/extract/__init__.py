"""Text -> facts. Each extractor reads one sentence; earlier extractors claim their spans first, so a
date ("Oct. 7") or a duration ("45-minute") is never read again as a count."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from factcheck.comments import blank_comments
from factcheck.documents import Document
from factcheck.extract import dates, durations, ordinals, quantities, records, sentences
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import VAGUE_UNITS
from factcheck.extract.numbers import FRACTIONS, NUMBER_WORDS, VULGAR, grouped
from factcheck.extract.ordinals import ORDINAL_WORDS
from factcheck.facts import Fact, facts_frame
from factcheck.lexicon.words import alternation

if TYPE_CHECKING:
    import pandas as pd

# In priority order: a span claimed by an earlier extractor is not read by a later one.
EXTRACTORS: dict[str, Callable[[Sentence], list[Found]]] = {
    "records": records.find,  # "improved to 10-5": before the dates, which might read a pair as a day of a month
    "dates": dates.find,
    "durations": durations.find,
    "ordinals": ordinals.find,
    "quantities": quantities.find,
}

# Only sentences that can hold a figure or a date reach the extractors: a digit, a vulgar fraction, or a word one
# of them reads without a figure ("three", "third", "half", "thousands", "yesterday", "for years").
_CANDIDATE = re.compile(
    rf"\d|[{''.join(VULGAR)}]"
    rf"|\b{alternation((*NUMBER_WORDS, *ORDINAL_WORDS, *FRACTIONS, *VAGUE_UNITS, *dates.WORDS, *durations.WORDS))}\b",
    re.IGNORECASE,
)


def extract_sentence(sentence: Sentence) -> list[Found]:
    """Every fact in one sentence, non-overlapping, in text order."""
    if not _CANDIDATE.search(sentence.text):
        return []
    kept: list[Found] = []
    for find in EXTRACTORS.values():
        for found in find(sentence):
            if not any(found.overlaps(k) for k in kept):
                kept.append(found)
    return sorted(kept, key=lambda f: f.start)


def fact_id(document_id: str, number: int) -> str:
    """The id of a document's ``number``-th fact (from 1): ``doc:3``."""
    return f"{document_id}:{number}"


def extract_document(document: Document) -> list[Fact]:
    facts: list[Fact] = []
    text = blank_comments(document.text)  # notes to the desk are not copy: "<!-- check the 32,000 -->"
    read = grouped(text)  # "32'000", and "1.250.000" where the text writes its figures so: offsets unchanged
    for start, end, cut in sentences.pieces(text, document.body_start):
        if cut and sentences.crowded(text[start:end]):
            continue  # a table or a list of numbers: named by ``crowded_passages``
        sentence = Sentence(text[start:end], start, document.published)
        for found in extract_sentence(Sentence(read[start:end], start, document.published)):
            facts.append(
                Fact(
                    id=fact_id(document.id, len(facts) + 1),
                    doc=document.id,
                    kind=found.kind,
                    surface=sentence.text[found.start : found.end],
                    start=start + found.start,
                    end=start + found.end,
                    sentence=sentence.text,
                    sentence_start=start,
                    value=found.value,
                    low=found.low,
                    high=found.high,
                    closed=found.closed,
                    unit=found.unit,
                    stated_value=found.stated_value,
                    stated_unit=found.stated_unit,
                    hedge=found.hedge,
                    subject=found.subject,
                    timex=found.timex,
                )
            )
    return facts


def crowded_passages(documents: Iterable[Document]) -> tuple[str, ...]:
    """One warning for each document with passages not read because they are tables or lists of numbers."""
    warnings = []
    for document in documents:
        text = blank_comments(document.text)
        skipped = [(start, count) for start, end, cut in sentences.pieces(text, document.body_start)
                   if cut and (count := sentences.crowded(text[start:end]))]
        if skipped:
            line = text.count("\n", 0, skipped[0][0]) + 1
            figures = sum(count for _, count in skipped)
            warnings.append(f"{document.path}: {len(skipped):,} passage(s) from line {line} hold {figures:,} figures "
                            "packed with no full stop (a table or a list of numbers?); not read")
    return tuple(warnings)


def extract_facts(documents: Iterable[Document]) -> list[Fact]:
    """Every fact of ``documents``, as records, in document order."""
    return [fact for document in documents for fact in extract_document(document)]


def extract(documents: Iterable[Document]) -> pd.DataFrame:
    """The facts table of ``documents``: one row per fact (see factcheck.facts.Fact)."""
    return facts_frame(extract_facts(documents))


class _Package(types.ModuleType):
    """This package, callable as the function it is named after. ``factcheck.extract`` is the public function; once
    anything imports this package, Python binds that name to the package instead, so ``factcheck.extract(documents)``
    after ``factcheck.check(...)`` would call a module (TypeError). Calling the package calls the function."""

    def __call__(self, documents: Iterable[Document]) -> pd.DataFrame:
        return extract(documents)


sys.modules[__name__].__class__ = _Package
