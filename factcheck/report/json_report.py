"""The JSON contract, schema ``factcheck/2`` (documented in README.md): documents, facts and findings, and for a
draft checked against its sources the status of each draft figure."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck.documents import Document
from factcheck.facts import COLUMNS, Fact
from factcheck.findings import Finding

if TYPE_CHECKING:
    from factcheck.draft import Review  # not at run time: `factcheck extract --format json` starts without pandas

SCHEMA = "factcheck/2"
# Internal columns that stay out of the contract.
_PRIVATE = {"sentence_start"}


def render(documents: Sequence[Document], facts: Iterable[Fact], findings: Sequence[Finding] | None,
           review: Review | None = None) -> str:
    payload: dict[str, object] = {
        "schema": SCHEMA,
        "documents": [document_record(d) for d in documents],
        "facts": fact_records(facts),
    }
    if findings is not None:
        payload["findings"] = [
            {
                "id": f.id,
                "rule": f.rule,
                "key": f.key,
                "severity": f.severity,
                "message": f.message,
                "facts": list(f.facts),
                "sides": [list(side) for side in f.sides],
                "explanation": f.explanation,
                "accepted": f.accepted,
            }
            for f in findings
        ]
    if review is not None:
        payload["draft"] = {
            "documents": list(review.drafts),
            "sources": list(review.sources),
            "figures": [
                {
                    "fact": f.fact,
                    "draft": f.draft,
                    "key": f.key,
                    "status": f.status,
                    "backing": list(f.backing),
                    "against": list(f.against),
                    "findings": list(f.findings),
                    "note": f.note,
                }
                for f in review.figures
            ],
        }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def document_record(document: Document) -> dict[str, object]:
    return {
        "id": document.id,
        "path": document.path,
        "source": document.source,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "published_from": document.published_from,
    }


def fact_records(facts: Iterable[Fact]) -> list[dict[str, object]]:
    columns = [c for c in COLUMNS if c not in _PRIVATE]
    return [{c: _plain(getattr(fact, c)) for c in columns} for fact in facts]


def _plain(value: object) -> object:
    """JSON-ready: missing -> null, whole floats -> integers, numpy scalars -> Python."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if hasattr(value, "item"):
        return _plain(value.item())
    return value
