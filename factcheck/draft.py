"""Pre-publication mode: drafts checked against their sources. Returns data, formats nothing.

The drafts and the sources go through the one path every check takes (read, extract, align, compare); then
only the findings that involve a draft are kept (two sources that disagree are not the draft's business, and
drafts are not compared with one another), and every figure and date of a draft gets a status:

- ``contradicted``: a warning or error pairs it with a source's figure and no source states it, pairs it with
  another figure of the same draft, or finds it impossible on its own;
- ``disputed``: the sources disagree among themselves: some state the draft's figure, others contradict it;
- ``outdated``: a running total (a ``cumulative`` rule) that a source of the same day or earlier already gives
  as larger: the total has grown since the figure the draft repeats;
- ``accepted``: every disagreement about it was accepted, in the draft (``<!-- factcheck: accept KEY "why" -->``)
  or in an ``--accepted`` file;
- ``backed``: a source states the same figure: under one rule's key (the rule kind finds them in agreement; for
  a running total an earlier, smaller toll does not back a larger one; a bound on one side does not state a figure
  bounded on both, so "at least three" dead does not back "ten"), or about the same thing as the judge
  matches figures (``judge.agreements``: frames that do not rule it out, contexts as alike as a sure match), which
  backs dates and days of the week no rule claims ("said on Thursday" beside "said Thursday");
- ``unsupported``: no source states it (a figure no rule claims too, when the judge could have matched it); where
  a note pairs it with a source's figure it is a slip of the hand away from ("fifty" against "five"), the note and
  that figure come with it;
- ``unchecked``: no rule claims it and the judge cannot match it with anything (a ratio, "a second" of nothing
  named, a year or a day of no named event), so nothing could be compared with it.

**The exit code, in one sentence:** a draft figure that a source contradicts, or that repeats a running total a
source of the same day or earlier already gives as larger, fails the run (``contradicted``, ``outdated``); with
``--fail-on warning`` a figure the sources dispute among themselves fails it too; unsupported figures and notes
never do. Whatever the sources' names and wherever the figure stands in its story: a contradiction is a warning
or an error finding, which needs the two figures bound to one thing and one event (the judge's frames).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.accepted import Acceptance
from factcheck.comments import Suppression, suppressions
from factcheck.documents import Document, Reading, collect_paths
from factcheck.errors import InputError
from factcheck.facts import Fact
from factcheck.findings import Finding
from factcheck.judge.comparable import backs, reading, rule_of, side
from factcheck.judge.distance import slip_of_hand
from factcheck.judge.matching import former_plan
from factcheck.keys import Key
from factcheck.rules.intervals import below
from factcheck.rules.model import Rule

# In the order an editor reads them: what must be fixed first.
STATUSES = ("contradicted", "disputed", "outdated", "accepted", "unsupported", "backed", "unchecked")
# The statuses that fail a draft check, by --fail-on.
FAILING = {"error": ("contradicted", "outdated"), "warning": ("contradicted", "outdated", "disputed"), "never": ()}
ASSUMED_TODAY = "assumed: today (a draft)"


@dataclass(frozen=True, slots=True)
class FigureStatus:
    """One figure or date of a draft and what the sources make of it."""

    fact: str  # the draft fact's id
    draft: str  # the draft's document id
    key: str | None
    status: str  # one of STATUSES
    backing: tuple[str, ...] = ()  # source facts that state the same figure
    against: tuple[str, ...] = ()  # facts on the other side of the findings that decide the status
    findings: tuple[str, ...] = ()  # ids of the findings (warning or error; notes of an unsupported one) about it
    note: str | None = None  # why the disagreement was accepted


@dataclass(frozen=True, slots=True)
class Review:
    drafts: tuple[str, ...]  # document ids of the drafts that could be read
    sources: tuple[str, ...]  # document ids of the sources
    figures: tuple[FigureStatus, ...]  # every fact of every draft, in text order
    unused: tuple[Suppression, ...]  # accept instructions that matched no disagreement


def fails(review: Review, fail_on: str) -> bool:
    """Whether a draft check fails at ``fail_on`` (the policy above)."""
    return any(figure.status in FAILING[fail_on] for figure in review.figures)


def failing_findings(review: Review | None, fail_on: str = "error") -> frozenset[str]:
    """The findings that decide a failing status of a draft figure: what a CI format shows as an error, whatever
    the rule's severity (a warning that contradicts a draft fails its check)."""
    if review is None:
        return frozenset()
    return frozenset(f for figure in review.figures if figure.status in FAILING[fail_on] for f in figure.findings)


def split_inputs(drafts: Iterable[str | Path], sources: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """The draft files and the source files (folders opened). A draft named among the sources (a folder that
    holds it) is not its own source."""
    draft_files = collect_paths(drafts)
    own = {p.resolve() for p in draft_files}
    source_files = [p for p in collect_paths(sources) if p.resolve() not in own]
    if not source_files:
        raise InputError("--against", "no source documents besides the draft")
    return draft_files, source_files


def date_drafts(found: Reading, drafts: Collection[str], today: dt.date) -> Reading:
    """A draft whose date nothing states is being published now: it is dated ``today``, so that its relative
    dates ("on Friday") read as the reader will read them and a running total is compared as of today."""
    documents = tuple(
        dataclasses.replace(d, published=today, published_from=ASSUMED_TODAY)
        if d.id in drafts and d.published is None
        else d
        for d in found.documents
    )
    return dataclasses.replace(found, documents=documents)


def instructions(documents: Sequence[Document], drafts: Collection[str],
                 rules: Sequence[Rule]) -> dict[str, tuple[Suppression, ...]]:
    """The accept instructions of each draft (document id -> instructions). A key that names no rule of the
    pack (nor an automatic key) is an input error naming the file and line: a misspelt key would accept nothing."""
    ids = {r.id for r in rules} | {"auto"}
    found: dict[str, tuple[Suppression, ...]] = {}
    for document in documents:
        if document.id not in drafts:
            continue
        found[document.id] = suppressions(document.text, document.path, document.body_start)
        for instruction in found[document.id]:
            if Key.parse(instruction.key).rule not in ids:
                raise InputError(instruction.path, f"line {instruction.line}: 'accept {instruction.key}' names no "
                                 "rule of the pack (factcheck rules lists them)")
    return found


def acceptances(found: Mapping[str, Sequence[Suppression]]) -> tuple[Acceptance, ...]:
    """Each draft's instructions, as accepted disagreements that cover only findings involving that draft."""
    return tuple(Acceptance(s.key, s.note, (doc,)) for doc, marks in found.items() for s in marks)


def review(records: Sequence[Fact], documents: Sequence[Document], rules: Sequence[Rule], findings: Sequence[Finding],
           drafts: Collection[str], marks: Mapping[str, Sequence[Suppression]] | None = None,
           agreed: Mapping[str, Sequence[str]] | None = None) -> tuple[tuple[Finding, ...], Review]:
    """The findings that involve exactly one draft (numbered afresh), and the status of every draft figure, from
    the aligned facts of drafts and sources. ``agreed``: draft fact id -> the source facts the judge matches with it
    in agreement (``judge.agreements``)."""
    by_id = {f.id: f for f in records}
    ours = frozenset(drafts)
    involving = (f for f in findings if len({by_id[i].doc for i in f.facts} & ours) == 1)
    kept = tuple(dataclasses.replace(f, id=f"F{number}") for number, f in enumerate(involving, start=1))
    context = _Context(by_id, {d.id: d for d in documents}, {r.id: r for r in rules}, ours, kept, agreed or {})
    sources = [f for f in records if f.doc not in ours and f.key is not None]
    unused = tuple(mark for doc, found in (marks or {}).items() for mark in found
                   if not any(_covers(mark, doc, finding, by_id) for finding in kept))
    return kept, Review(
        drafts=tuple(d.id for d in documents if d.id in ours),
        sources=tuple(d.id for d in documents if d.id not in ours),
        figures=tuple(_status(fact, records, sources, context) for fact in records if fact.doc in ours),
        unused=unused,
    )


@dataclass(frozen=True, slots=True)
class _Context:
    facts: Mapping[str, Fact]  # by id
    documents: Mapping[str, Document]  # by id
    rules: Mapping[str, Rule]  # by id
    drafts: frozenset[str]
    findings: tuple[Finding, ...]  # those that involve a draft
    agreed: Mapping[str, Sequence[str]]  # draft fact id -> source facts the judge matches with it, in agreement
    #                                      (a draft fact it could match that no source states: no source facts)


def _status(fact: Fact, records: Sequence[Fact], sources: Sequence[Fact], context: _Context) -> FigureStatus:
    agreed = tuple(context.agreed.get(fact.id, ()))
    if fact.key is None:
        about = [f for f in context.findings if f.severity != "info" and fact.id in f.facts]
        if not about:
            # A figure the judge could match and no source states is unsupported; one it cannot match, unchecked.
            status = "backed" if agreed else "unsupported" if fact.id in context.agreed else "unchecked"
            if status == "unsupported":
                return _noted(FigureStatus(fact.id, fact.doc, None, status, agreed), {fact.id}, context)
            return FigureStatus(fact.id, fact.doc, None, status, agreed)
    # A finding reports a figure a story repeats once: every mention of it shares that finding.
    same = {f.id for f in records if f.doc == fact.doc and f.key == fact.key and reading(f) == reading(fact)}
    about = [f for f in context.findings if f.severity != "info" and same & set(f.facts)]
    # a source's plan given up ("originally due to start on March 1") backs only a draft that tells it so too
    backing = [s.id for s in sources if backs(fact, s, context.rules, context.documents)
               and former_plan(s) <= former_plan(fact)] + list(agreed)
    open_ = [f for f in about if f.accepted is None]
    against = tuple(dict.fromkeys(i for f in open_ or about for i in _against(f, same)))
    backing += [i for f in about for i in _beside(f, same) if context.facts[i].doc not in context.drafts]
    backing_ids = tuple(dict.fromkeys(backing))
    contradictions = [f for f in open_ if not _outdated(f, same, context)]
    if contradictions:
        # Disputed only when every contradiction comes from sources' figures: a figure at odds with the draft's own
        # other figure, or impossible on its own, is the draft's to fix whoever backs it.
        by_sources = all(_against(f, same) and all(context.facts[i].doc not in context.drafts
                                                   for i in _against(f, same)) for f in contradictions)
        status = "disputed" if backing_ids and by_sources else "contradicted"
    elif open_:
        status = "outdated"
    elif about:
        status = "accepted"
    else:
        status = "backed" if backing_ids else "unsupported"
        if status == "unsupported":
            return _noted(FigureStatus(fact.id, fact.doc, fact.key, status), same, context)
    note = "; ".join(dict.fromkeys(f.accepted for f in about if f.accepted)) if status == "accepted" else None
    return FigureStatus(fact.id, fact.doc, fact.key, status, backing_ids, against, tuple(f.id for f in about), note)


def _noted(figure: FigureStatus, same: Collection[str], context: _Context) -> FigureStatus:
    """An unsupported figure a source's figure may contradict, in a note (frames not sure enough for a warning, or
    a running total whose dates are unknown: "890" arrested in the draft, "a police bust of almost 100 people" in a
    source of no date): still unsupported, never failing the run, but with the sources' figures and the note's
    explanation, so that the editor sees what they say rather than "no source states this figure". Only where a
    source's figure is the draft's told by a slip of the hand (a power of ten, two digits swapped, a unit for another:
    "Six hundred" against "Sixty"): a note's other figures are as often another thing (read by hand on the ECB+
    drafts, none of 20 such notes on figures the drafts did not change was the same figure)."""
    ours = context.facts[figure.fact]
    notes = [f for f in context.findings if f.severity == "info" and f.accepted is None and same & set(f.facts)
             and any(slip_of_hand(ours, context.facts[i]) for i in _against(f, same))]
    against = tuple(dict.fromkeys(i for f in notes for i in _against(f, same)
                                  if context.facts[i].doc not in context.drafts))
    if not against:
        return figure
    return dataclasses.replace(figure, against=against, findings=tuple(f.id for f in notes))


def _sides(finding: Finding) -> tuple[tuple[str, ...], ...]:
    return finding.sides or tuple((i,) for i in finding.facts)


def _against(finding: Finding, same: Collection[str]) -> tuple[str, ...]:
    """The facts on the other sides of a finding from the draft's figure."""
    return tuple(i for side in _sides(finding) if not same & set(side) for i in side)


def _beside(finding: Finding, same: Collection[str]) -> tuple[str, ...]:
    """The facts on the draft figure's own side of a finding: they state what it states."""
    return tuple(i for side in _sides(finding) if same & set(side) for i in side if i not in same)


def _outdated(finding: Finding, same: Collection[str], context: _Context) -> bool:
    """A running total where the draft gives the smaller figure and every source against it is of the same day or
    earlier: the total has grown since the figure the draft repeats."""
    rule = rule_of(finding.key, context.rules)
    against = [context.facts[i] for i in _against(finding, same)]
    ours = next((context.facts[i] for i in finding.facts if i in same), None)
    if rule is None or rule.kind != "cumulative" or ours is None or not against:
        return False
    draft = context.documents[ours.doc].published
    for theirs in against:
        source = context.documents[theirs.doc].published
        if theirs.doc in context.drafts or draft is None or source is None or source > draft:
            return False
        if not below(side(ours, context.documents).interval, side(theirs, context.documents).interval):
            return False
    return True


def _covers(mark: Suppression, doc: str, finding: Finding, by_id: Mapping[str, Fact]) -> bool:
    involved = [by_id[i] for i in finding.facts]
    return Acceptance(mark.key, mark.note, (doc,)).covers(
        finding.key, {f.doc for f in involved}, {f.surface for f in involved})
