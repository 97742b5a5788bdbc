"""Aligned facts -> findings: which facts state one figure, whether they can all hold, and one finding per
disagreement. No I/O, no formatting.

1. **Matching** (matching.py, similarity.py, pairs.py). Figures of one type that can be matched at all
   (``eligible``) are paired across documents with the most alike figure of each other source; frames that rule
   out one figure (two owners, times, things, rules) never meet, nor do figures that words tell apart (pairs.py).
   A mutual match whose values cannot both hold is a conflict, judged by the rule kind that claims the figures (or
   the natural kind for figures no rule claims).
2. **Findings.** Conflicts that share a figure make one finding, its facts in sides (groups.py); a finding is as
   severe as its rule says when the match is sure, else a note (certainty.py decides which, findings.py words it).
3. **One story, one fact.** Rules whose scope takes in one document compare its figures with each other; kinds
   that judge a fact on its own (plausibility bounds, a part larger than its total) check each fact.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from factcheck.accepted import Acceptance
from factcheck.documents import Document
from factcheck.facts import Fact
from factcheck.findings import Finding
from factcheck.judge.certainty import bound_to_one_event, group_drafts
from factcheck.judge.comparable import as_compared, reading, rule_of, side, terms
from factcheck.judge.findings import SEVERITY_ORDER, Draft, group_draft, single_draft
from factcheck.judge.groups import sides_of
from factcheck.judge.matching import (
    HIGH,
    LOW,
    bucket,
    conflicts,
    eligible,
    former_plan,
    groups,
    one_predicate,
    said_on,
    stamp,
)
from factcheck.judge.pairs import Pairs, same_digits, sentence_of
from factcheck.judge.redating import Redating
from factcheck.judge.similarity import bags_of, cosine
from factcheck.lexicon import Lexicon, default_lexicon
from factcheck.rules.model import Rule

__all__ = ["SEVERITY_ORDER", "agreements", "judge", "same_digits"]


def judge(records: Sequence[Fact], documents: Sequence[Document], rules: Sequence[Rule],
          accepted: Sequence[Acceptance] = (), lexicon: Lexicon | None = None,
          drafts: Collection[str] = (), redating: Redating | None = None) -> tuple[Finding, ...]:
    """The findings about the aligned facts ``records``. Documents among ``drafts`` are never compared with each
    other (each draft is checked against the sources alone). ``redating``: how ``records`` were read as of the days
    their stories were written (``redating.redate``), which the explanations name."""
    lexicon = lexicon or default_lexicon()
    by_doc = {d.id: d for d in documents}
    by_rule = {r.id: r for r in rules}
    order = {d.id: number for number, d in enumerate(documents)}
    pending: list[Draft] = []
    typed: dict[tuple[str, str | None], list[Fact]] = {}  # figures that can be matched, by type
    sentences: dict[tuple[str, int], list[Fact]] = {}  # figures of a known type, by sentence
    for fact in records:
        rule = rule_of(fact.key, by_rule) if fact.key else None
        if rule is not None:
            kind, params, _ = terms(rule, fact.kind)
            if hasattr(kind, "check"):
                verdict = kind.check(side(as_compared(fact, rule), by_doc), params)
                if verdict is not None:
                    pending.append(single_draft(rule, str(fact.key), verdict, side(fact, by_doc)))
                if not hasattr(kind, "judge"):
                    continue
        found = bucket(fact)
        if found is not None:
            sentences.setdefault(sentence_of(fact), []).append(as_compared(fact, rule))
        if found is not None and eligible(fact, lexicon) and not (drafts and fact.doc not in drafts
                                                                 and former_plan(fact)):
            # a source's plan given up ("first set to begin on October 8") is no figure a draft may state
            typed.setdefault(found, []).append(as_compared(fact, rule))
    pairs = Pairs(by_doc, by_rule, lexicon, frozenset(drafts), sentences, redating or Redating())
    for _, members in sorted(typed.items(), key=lambda item: repr(item[0])):
        bags = bags_of(members, lexicon)
        # A draft is checked against the sources alone: their quarrels are not its business.
        found = conflicts(members, bags, pairs.verdict, pairs.agrees, pairs.allowed, pairs.drafts, same_digits,
                          pairs.aligned)
        for group in groups(found):
            pending.extend(group_drafts(group, members, bags, pairs, by_doc, order))
    pending.extend(_within(records, pairs, by_doc, order))
    pending.sort(key=lambda d: (SEVERITY_ORDER[d[2]], d[1], d[4]))
    by_id = {f.id: f for f in records}
    findings = []
    for number, (rule_id, key, severity, message, ids, why, sides) in enumerate(pending, start=1):
        involved = [by_id[i] for i in ids]
        note = next((a.note for a in accepted if a.covers(key, {f.doc for f in involved},
                                                           {f.surface for f in involved})), None)
        findings.append(Finding(f"F{number}", rule_id, key, severity, message, ids, why, note, sides))
    return tuple(findings)


def agreements(facts: Sequence[Fact], documents: Sequence[Document], rules: Sequence[Rule], drafts: Collection[str],
               lexicon: Lexicon | None = None, redating: Redating | None = None) -> dict[str, tuple[str, ...]]:
    """For each figure of a draft that can be matched (``eligible``), the figures of sources that state it about
    the same thing (draft fact id -> source fact ids, none when no source does): the same type, frames that do not
    rule one figure out, contexts as alike as a sure match, values that agree. A figure no rule claims is backed so
    too ("said on Thursday" beside "said Thursday"); the day of a telling counts here, as the reader will check
    it."""
    lexicon = lexicon or default_lexicon()
    by_rule = {r.id: r for r in rules}
    pairs = Pairs({d.id: d for d in documents}, by_rule, lexicon, frozenset(drafts), redating=redating or Redating())
    typed: dict[tuple[str, str | None], list[Fact]] = {}
    for fact in facts:
        found = bucket(fact)
        if found is not None and not stamp(fact):
            typed.setdefault(found, []).append(as_compared(fact, rule_of(fact.key, by_rule) if fact.key else None))
    backing: dict[str, tuple[str, ...]] = {}
    for members in typed.values():
        ours = [f for f in members if f.doc in pairs.drafts]
        if not ours:
            continue
        bags = bags_of(members, lexicon)
        for fact in ours:
            found = tuple(
                other.id for other in members
                if other.doc not in pairs.drafts and _alike(fact, other, cosine(bags[fact.id], bags[other.id]))
                and pairs.allowed(fact, other, telling=True) and pairs.states(other, fact)
                and former_plan(other) <= former_plan(fact))  # a plan given up backs only a draft telling it so
            if found or eligible(fact, lexicon) or said_on(fact):
                backing[fact.id] = found  # not a figure it cannot match (a ratio, "the third" of nothing named)
    return _anchored(typed, backing, pairs)


def _anchored(typed: Mapping[tuple[str, str | None], Sequence[Fact]], backing: dict[str, tuple[str, ...]],
              pairs: Pairs) -> dict[str, tuple[str, ...]]:
    """Two sentences that state one figure alike tell one thing: another figure they both state, in agreement and
    with frames that do not set them apart, is backed too, however differently each orders its words ("On
    Wednesday, Netanyahu told Republican senators in a roughly 45-minute call", "on a roughly 45-minute call with
    GOP senators on Wednesday"); not a date of another verb ("began on Sunday, after 14 hours of talks collapsed",
    "after 14 hours of talks collapsed on Sunday night")."""
    facts = {f.id: f for members in typed.values() for f in members}
    told = {(sentence_of(facts[d]), sentence_of(facts[s])): d for d, found in backing.items() for s in found}
    for members in typed.values():
        for fact in (f for f in members if f.id in backing and not backing[f.id]):
            backing[fact.id] = tuple(
                other.id for other in members
                if other.doc not in pairs.drafts
                and told.get((sentence_of(fact), sentence_of(other)), fact.id) != fact.id
                and pairs.allowed(fact, other, telling=True) and pairs.states(other, fact))
    return backing


def _alike(a: Fact, b: Fact, similarity: float) -> bool:
    """Contexts as alike as a sure match, or alike and bound to one event ("the authority says it is losing about
    $1.2 million a day", "said the authority was losing about $1.2 million a day"); or two days of one verb, which
    state one day whatever words stand around them ("spoke by phone for 90 minutes on Tuesday", "The Brenn-Velk call
    on Tuesday")."""
    return similarity >= HIGH or (similarity >= LOW and bound_to_one_event(a, b)) or (
        a.kind in ("date", "time") and b.kind in ("date", "time") and one_predicate(a, b))


def _within(records: Sequence[Fact], pairs: Pairs, by_doc: Mapping[str, Document],
            order: Mapping[str, int]) -> list[Draft]:
    """Rules whose scope takes in one document ("within", "both"): a story that numbers one trip twice."""
    found: dict[tuple[str, str], list[Fact]] = {}
    for fact in records:
        rule = rule_of(fact.key, pairs.rules) if fact.key else None
        if rule is not None and rule.scope != "across":
            found.setdefault((fact.doc, str(fact.key)), []).append(as_compared(fact, rule))
    drafts: list[Draft] = []
    for (_, key), members in sorted(found.items()):
        rule = rule_of(key, pairs.rules)
        kind, params, _ = terms(rule, members[0].kind)
        verdicts = {}
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if reading(a) == reading(b) or not hasattr(kind, "judge"):
                    continue
                verdict = kind.judge(*pairs.sides(a, b), params)
                if verdict is not None:
                    verdicts[frozenset((a.id, b.id))] = verdict
        if verdicts:
            judged = sides_of(members, verdicts, by_doc, order)
            drafts.append(group_draft(rule, key, judged, True, by_doc))
    return drafts
