"""The whole path as one call: documents -> facts -> keys -> findings (and, for drafts checked against their
sources, the status of each draft figure). Returns data, formats nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from factcheck.accepted import load_accepted
from factcheck.align import align
from factcheck.documents import Document, Reading, read_documents
from factcheck.draft import Review, acceptances, date_drafts, instructions, review, split_inputs
from factcheck.extract import crowded_passages, extract
from factcheck.findings import Finding
from factcheck.judge import agreements, judge
from factcheck.lexicon import load_lexicon
from factcheck.rules.loader import load_rules
from factcheck.rules.model import Rule


@dataclass(frozen=True, slots=True)
class Result:
    reading: Reading
    facts: pd.DataFrame
    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...]
    review: Review | None = None  # drafts checked against sources: the status of every draft figure

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.reading.documents


def check(
    paths: Iterable[str | Path],
    rules: Sequence[str | Path] | None = None,
    published: Mapping[str, dt.date] | None = None,
    accepted: str | Path | None = None,
) -> Result:
    """Read, extract, align and compare. Rule files, the packs' word lists (``lexicon.yaml``) and the
    accepted-disagreements file are loaded and validated before any document is read."""
    loaded, lexicon = load_rules(rules), load_lexicon(rules)
    acceptances = load_accepted(accepted) if accepted else ()
    reading = _warned(read_documents(paths, published))
    facts = align(extract(reading.documents), loaded, {d.id: d.published for d in reading.documents}, lexicon)
    return Result(reading, facts, judge(facts, reading.documents, loaded, acceptances, lexicon), loaded)


def check_draft(
    drafts: Iterable[str | Path],
    sources: Iterable[str | Path],
    rules: Sequence[str | Path] | None = None,
    published: Mapping[str, dt.date] | None = None,
    accepted: str | Path | None = None,
    today: dt.date | None = None,
) -> Result:
    """Check drafts against sources: the findings that involve a draft, and the status of every draft figure
    (see factcheck.draft). A draft whose date nothing states is dated ``today`` (default: the system's date),
    the day it is about to be published."""
    loaded, lexicon = load_rules(rules), load_lexicon(rules)
    acceptances_file = load_accepted(accepted) if accepted else ()
    draft_files, source_files = split_inputs(drafts, sources)
    ids = frozenset(p.stem for p in draft_files)
    reading = date_drafts(_warned(read_documents([*draft_files, *source_files], published)), ids,
                          today or dt.date.today())
    # The drafts first (each in the order of its id, as every document is read): a finding quotes the draft first.
    reading = dataclasses.replace(reading, documents=tuple(sorted(reading.documents, key=lambda d: d.id not in ids)))
    marks = instructions(reading.documents, ids, loaded)
    facts = align(extract(reading.documents), loaded, {d.id: d.published for d in reading.documents}, lexicon)
    findings = judge(facts, reading.documents, loaded, (*acceptances(marks), *acceptances_file), lexicon, ids)
    backing = agreements(facts, reading.documents, loaded, ids, lexicon)
    kept, checked = review(facts, reading.documents, loaded, findings, ids, marks, backing)
    return Result(reading, facts, kept, loaded, checked)


def _warned(reading: Reading) -> Reading:
    """The reading with a warning for each document whose tables or lists of numbers are not read."""
    extra = crowded_passages(reading.documents)
    return dataclasses.replace(reading, warnings=reading.warnings + extra) if extra else reading
