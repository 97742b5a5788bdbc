"""The whole path as one call: documents -> facts -> keys -> findings (and, for drafts checked against their
sources, the status of each draft figure). Returns data, formats nothing.

``check_documents`` is the one entry every caller takes, with documents already read and rules already loaded:
``check`` and ``check_draft`` (files and folders, for the command line and ``factcheck.check``), the batch worker
(a cluster, its facts from the fact cache) and the rule cases (documents made in memory)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

from factcheck.accepted import Acceptance, load_accepted
from factcheck.align import align
from factcheck.documents import Document, Reading, collect_paths, read_documents
from factcheck.draft import acceptances, date_drafts, instructions, review, split_inputs
from factcheck.errors import InputError
from factcheck.extract import crowded_passages, extract_facts
from factcheck.facts import Fact, facts_frame
from factcheck.judge import agreements, judge
from factcheck.judge.redating import redate
from factcheck.ledger import DEFAULT_LIMIT, DEFAULT_WINDOW_DAYS, Ledger, Stored, stories_about
from factcheck.ledger.events import other_events
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.result import Result
from factcheck.rules.loader import load_rules
from factcheck.rules.model import Rule


def check_documents(
    documents: Sequence[Document],
    rules: Sequence[Rule],
    accepted: Sequence[Acceptance] = (),
    lexicon: Lexicon | None = None,
    drafts: Collection[str] = (),
    facts: Sequence[Fact] | None = None,
) -> Result:
    """Extract, align and judge ``documents`` (read in memory, no file needed) with ``rules`` and the word lists of
    ``lexicon`` (default: the shipped ones). Documents whose ids are in ``drafts`` are checked against the others,
    with the accept instructions they carry, and the result has a review of their figures. ``facts``: the
    documents' facts when they were extracted already (the batch's fact cache). The result's reading has no
    errors nor warnings: reading is the caller's."""
    records = extract_facts(documents) if facts is None else facts
    aligned = align(records, rules, {d.id: d.published for d in documents}, lexicon)
    # A reprint dated a day late names its "this morning" from its right date: judged so; the table keeps its words'
    read, redating = redate(aligned, drafts)
    reading, loaded = Reading(tuple(documents), (), ()), tuple(rules)
    if not drafts:  # the facts stay records through the core; the table is made once, for the result
        found = judge(read, documents, rules, accepted, lexicon, redating=redating)
        return Result(reading, facts_frame(aligned), found, loaded)
    marks = instructions(documents, drafts, rules)
    findings = judge(read, documents, rules, (*acceptances(marks), *accepted), lexicon, drafts, redating)
    backing = agreements(read, documents, rules, drafts, lexicon, redating)
    kept, checked = review(read, documents, rules, findings, drafts, marks, backing)
    return Result(reading, facts_frame(aligned), kept, loaded, checked)


def check(
    paths: Iterable[str | Path],
    rules: Sequence[str | Path] | None = None,
    published: Mapping[str, dt.date] | None = None,
    accepted: str | Path | None = None,
) -> Result:
    """Read, extract, align and compare. Rule files, the packs' word lists (``lexicon.yaml``) and the
    accepted-disagreements file are loaded and validated before any document is read."""
    loaded, lexicon = load_rules(rules), load_lexicon(rules)
    acceptances_file = load_accepted(accepted) if accepted else ()
    reading = _warned(read_documents(paths, published))
    result = check_documents(reading.documents, loaded, acceptances_file, lexicon)
    return dataclasses.replace(result, reading=reading)


def check_draft(
    drafts: Iterable[str | Path],
    sources: Iterable[str | Path],
    rules: Sequence[str | Path] | None = None,
    published: Mapping[str, dt.date] | None = None,
    accepted: str | Path | None = None,
    today: dt.date | None = None,
    undated: bool = False,
) -> Result:
    """Check drafts against sources: the findings that involve a draft, and the status of every draft figure
    (see factcheck.draft). A draft whose date nothing states is dated ``today`` (default: the system's date),
    the day it is about to be published; with ``undated``, it stays undated, as an archived story of unknown date
    checked as of its own time is (its year read from the years it and its sources name)."""
    loaded, lexicon = load_rules(rules), load_lexicon(rules)
    acceptances_file = load_accepted(accepted) if accepted else ()
    draft_files, source_files = split_inputs(drafts, sources)
    ids = frozenset(p.stem for p in draft_files)
    reading = _warned(read_documents([*draft_files, *source_files], published))
    reading = reading if undated else date_drafts(reading, ids, today or dt.date.today())
    # The drafts first (each in the order of its id, as every document is read): a finding quotes the draft first.
    reading = dataclasses.replace(reading, documents=tuple(sorted(reading.documents, key=lambda d: d.id not in ids)))
    result = check_documents(reading.documents, loaded, acceptances_file, lexicon, ids)
    return dataclasses.replace(result, reading=reading)


def check_draft_ledger(
    drafts: Iterable[str | Path],
    ledger: Ledger,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    rules: Sequence[str | Path] | None = None,
    published: Mapping[str, dt.date] | None = None,
    accepted: str | Path | None = None,
    today: dt.date | None = None,
    undated: bool = False,
) -> Result:
    """Check drafts against the stories of ``ledger`` about their event (factcheck.ledger.retrieve: at most
    20 per draft, published within ``window_days`` before the draft's date), as ``check_draft`` checks them against
    files (``today``, ``undated`` too); the stories' facts are the ledger's, not extracted again. Stories of another
    event (ledger/events.py) are set aside and the drafts judged again without them. The stories used are the
    result's documents after the drafts, those set aside its ``set_aside``. No story found is an input error naming
    the ledger."""
    loaded, lexicon = load_rules(rules), load_lexicon(rules)
    acceptances_file = load_accepted(accepted) if accepted else ()
    draft_files = collect_paths(drafts)
    ids = frozenset(p.stem for p in draft_files)
    reading = _warned(read_documents(draft_files, published))
    reading = reading if undated else date_drafts(reading, ids, today or dt.date.today())
    stories: dict[str, Stored] = {}
    held = ledger.stats().documents if reading.documents else 0
    for draft in reading.documents:
        for story in stories_about(ledger, draft, window_days, DEFAULT_LIMIT, held):
            if story.document.id not in ids:  # a draft is not a source of another draft
                stories.setdefault(story.document.id, story)
    if reading.documents and not stories:
        window = f"within {window_days} days before the draft's date" if window_days is not None else "at any date"
        raise InputError(ledger.location, f"holds no story about the draft's event {window} (--window DAYS "
                         "widens the search)")
    drafted = extract_facts(reading.documents)
    result = _against_stories(reading.documents, stories.values(), drafted, loaded, acceptances_file, lexicon, ids)
    assert result.review is not None
    doc_of = dict(zip(result.facts["id"].tolist(), result.facts["doc"].tolist(), strict=True))
    backing = {f.fact: f.backing for f in result.review.figures}
    other = other_events(backing, (f.sides for f in result.findings), doc_of, ids)
    if other and len(other) < len(stories):  # stories of another event set aside, the draft judged again
        kept = [s for s in stories.values() if s.document.id not in other]
        result = _against_stories(reading.documents, kept, drafted, loaded, acceptances_file, lexicon, ids)
        result = dataclasses.replace(result, set_aside=tuple(stories[i].document for i in stories if i in other))
    return dataclasses.replace(result, reading=dataclasses.replace(reading, documents=result.documents))


def _against_stories(drafts: Sequence[Document], stories: Iterable[Stored], drafted: Sequence[Fact],
                     rules: Sequence[Rule], accepted: Sequence[Acceptance], lexicon: Lexicon,
                     ids: frozenset[str]) -> Result:
    """The drafts (their facts ``drafted``) checked against stored stories, with the facts the ledger holds."""
    stories = list(stories)
    documents = (*drafts, *(s.document for s in stories))
    facts = [*drafted, *(f for s in stories for f in s.facts)]
    return check_documents(documents, rules, accepted, lexicon, ids, facts)


def _warned(reading: Reading) -> Reading:
    """The reading with a warning for each document whose tables or lists of numbers are not read."""
    extra = crowded_passages(reading.documents)
    return dataclasses.replace(reading, warnings=reading.warnings + extra) if extra else reading
