"""The whole path as one call: documents -> facts -> keys -> findings. Returns data, formats nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from factcheck.accepted import load_accepted
from factcheck.align import align
from factcheck.compare import compare
from factcheck.documents import Document, Reading, read_documents
from factcheck.extract import extract
from factcheck.findings import Finding
from factcheck.rules.loader import load_rules
from factcheck.rules.model import Rule


@dataclass(frozen=True, slots=True)
class Result:
    reading: Reading
    facts: pd.DataFrame
    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...]

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.reading.documents


def check(
    paths: Iterable[str | Path],
    rules: Sequence[str | Path] | None = None,
    published: Mapping[str, dt.date] | None = None,
    accepted: str | Path | None = None,
) -> Result:
    """Read, extract, align and compare. Rule files (and the accepted-disagreements file) are loaded and
    validated before any document is read."""
    loaded = load_rules(rules)
    acceptances = load_accepted(accepted) if accepted else ()
    reading = read_documents(paths, published)
    facts = align(extract(reading.documents), loaded, {d.id: d.published for d in reading.documents})
    return Result(reading, facts, compare(facts, reading.documents, loaded, acceptances), loaded)
