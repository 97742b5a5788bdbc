"""The Result record: what one check gives back (the documents read, the facts table, the findings, the rules that
judged them, and for a draft checked against its sources the status of each of its figures). Every report reads
it; the pipeline (factcheck.pipeline) makes it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.documents import Document, Reading
from factcheck.findings import Finding
from factcheck.rules.model import Rule

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.draft import Review


@dataclass(frozen=True, slots=True)
class Result:
    reading: Reading
    facts: pd.DataFrame
    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...]
    review: Review | None = None  # drafts checked against sources: the status of every draft figure
    set_aside: tuple[Document, ...] = ()  # stories a ledger search found that tell another event (ledger/events.py)

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.reading.documents
