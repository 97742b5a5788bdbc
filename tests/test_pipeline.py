"""The one pipeline entry, check_documents: documents read or made in memory go the path files go through
``factcheck check``, with or without drafts, and with facts already extracted (the batch's fact cache)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factcheck
from factcheck.documents import Document, document_from_record
from factcheck.extract import extract_facts
from factcheck.pipeline import check_documents
from factcheck.rules.loader import load_rules

_STORIES = {
    "ap": (dt.date(2025, 4, 15), "Seven people were killed when the river burst its banks in Dunmore."),
    "bbc": (dt.date(2025, 4, 16), "Five people were killed when the river burst its banks in Dunmore."),
}


def _in_memory() -> list[Document]:
    return [document_from_record(doc, f"{doc}.md", text, {"published": day}) for doc, (day, text) in _STORIES.items()]


def test_documents_in_memory_are_checked_as_the_same_files_are(tmp_path: Path) -> None:
    for doc, (day, text) in _STORIES.items():
        (tmp_path / f"{doc}.md").write_text(f"---\npublished: {day}\n---\n{text}\n", encoding="utf-8")
    from_files = factcheck.check([tmp_path])
    in_memory = check_documents(_in_memory(), load_rules())
    assert [(f.rule, f.severity, f.facts) for f in in_memory.findings] == [("killed", "error", ("ap:1", "bbc:1"))]
    assert in_memory.findings == from_files.findings
    assert list(in_memory.facts["key"]) == ["killed", "killed"]
    assert in_memory.reading.errors == () and in_memory.reading.warnings == ()


def test_a_draft_in_memory_gets_a_review_of_its_figures() -> None:
    result = check_documents(_in_memory(), load_rules(), drafts={"bbc"})
    assert result.review is not None
    assert [(s.fact, s.status, s.against) for s in result.review.figures] == [("bbc:1", "outdated", ("ap:1",))]


def test_facts_extracted_before_are_not_extracted_again() -> None:
    documents = _in_memory()
    facts = extract_facts(documents)
    assert check_documents(documents, load_rules(), facts=facts).findings == \
        check_documents(documents, load_rules()).findings
    assert check_documents(documents, load_rules(), facts=[]).findings == ()
