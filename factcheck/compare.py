"""Aligned facts -> findings. For every key, every pair of facts (from different documents, or from one
document where the rule's scope says so) is judged by the rule kind that owns the key; a pair that cannot both
hold becomes a finding. Kinds that judge one fact on its own (plausibility bounds) check each fact. Findings an
editor has accepted carry the note. No I/O, no formatting."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType, ModuleType

import pandas as pd

from factcheck.accepted import Acceptance
from factcheck.align import AUTO
from factcheck.documents import Document
from factcheck.facts import Fact, frame_facts
from factcheck.findings import Finding
from factcheck.rules.intervals import below
from factcheck.rules.kinds import KINDS
from factcheck.rules.loader import DEFAULT_MESSAGE
from factcheck.rules.model import Rule, Side, Verdict
from factcheck.rules.things import (
    comparable_places,
    comparable_things,
    is_part,
    is_people,
    not_the_count,
    part_of,
    places,
)

# Keys no rule claims are compared by the natural kind for the fact, never above info.
_AUTO_KIND = {"ordinal": "exact", "date": "same-date"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# The opening of a story, where its main figures stand: about its first six to eight sentences.
LEAD_CHARACTERS = 1200
_SINGLE_MESSAGE = '{description}: "{a}" ({a_source}, {a_date}): {why}'
# A finding before it is numbered: rule, key, severity, message, fact ids, explanation.
_Draft = tuple[str, str, str, str, tuple[str, ...], str]


def compare(facts: pd.DataFrame, documents: Sequence[Document], rules: Sequence[Rule],
            accepted: Sequence[Acceptance] = ()) -> tuple[Finding, ...]:
    by_doc = {d.id: d for d in documents}
    by_rule = {r.id: r for r in rules}
    # Records once, grouped here: a pandas round trip per key cost 20 ms, and a long document has a thousand keys.
    by_key: dict[str, list[Fact]] = {}
    for fact in frame_facts(facts[facts["key"].notna()]):
        by_key.setdefault(str(fact.key), []).append(fact)
    # Facts in the order of ``documents`` whatever the order of the table: the message of a finding quotes first
    # the document that comes first (a draft before its sources).
    order = {d.id: number for number, d in enumerate(documents)}
    drafts: list[_Draft] = []
    for key, group in sorted(by_key.items()):
        rule = rule_of(key, by_rule)
        members = sorted((as_compared(f, rule) for f in group), key=lambda f: (order[f.doc], f.start, f.end))
        kind, params, scope = _terms(rule, members[0].kind)
        severity = rule.severity if rule else "info"
        if hasattr(kind, "check"):  # a kind that judges one fact on its own (plausibility bounds, part of a total)
            for fact in members:
                verdict = kind.check(side(fact, by_doc), params)
                if verdict is not None:
                    drafts.append(_draft(rule, key, severity, verdict, (side(fact, by_doc),)))
        if not hasattr(kind, "judge"):
            continue
        # One finding per pair of distinct readings: a figure a story repeats is one disagreement with a partner's
        # figure, not one per mention. Of the pairs of mentions in conflict, the finding is the most severe one,
        # then the one of the earliest mentions: chosen among all of them, so that no order of the facts decides.
        chosen: dict[tuple[tuple[object, ...], ...], tuple[tuple[object, ...], _Draft]] = {}
        readings = {f.id: reading(f) for f in members}
        for a, b in _pairs(members, scope):
            if not _comparable(a, b, scope, by_doc):
                continue
            parts = (_part(a, b), _part(b, a))
            if all(parts):
                continue
            sides = (side(a, by_doc), side(b, by_doc))
            verdict = kind.judge(*sides, params)
            if verdict is not None and any(parts):
                verdict = _larger_part(sides if parts[0] else sides[::-1], verdict)
            if verdict is None:
                continue
            draft = _draft(rule, key, severity, verdict, sides)
            pair = tuple(sorted((readings[a.id], readings[b.id]), key=repr))
            rank = (SEVERITY_ORDER[draft[2]], sorted((f.doc, f.start) for f in (a, b)))
            if pair not in chosen or rank < chosen[pair][0]:
                chosen[pair] = (rank, draft)
        drafts.extend(draft for _, draft in chosen.values())
    drafts.sort(key=lambda d: (SEVERITY_ORDER[d[2]], d[1], d[4]))
    by_id = {row.id: row for row in facts[["id", "doc", "surface"]].itertuples(index=False)}
    findings = []
    for number, draft in enumerate(drafts, start=1):
        involved = [by_id[i] for i in draft[4]]
        note = next((a.note for a in accepted if a.covers(draft[1], {f.doc for f in involved},
                                                           {f.surface for f in involved})), None)
        findings.append(Finding(f"F{number}", *draft, accepted=note))
    return tuple(findings)


def _pairs(members: Sequence[Fact], scope: str) -> Iterator[tuple[Fact, Fact]]:
    """The pairs of facts a rule's scope compares: of different documents ("across"), of one document ("within"),
    or both. Only those: a long document's facts are never paired with each other for nothing."""
    by_doc: dict[str, list[Fact]] = {}
    for fact in members:
        by_doc.setdefault(fact.doc, []).append(fact)
    if scope != "across":
        for facts in by_doc.values():
            yield from itertools.combinations(facts, 2)
    if scope != "within":
        for one, other in itertools.combinations(by_doc.values(), 2):
            yield from itertools.product(one, other)


def rule_of(key: str, rules: Mapping[str, Rule]) -> Rule | None:
    """The rule that owns a key ("event-date:give-way" and "magnitude@2004" belong to their rule's id); None for
    automatic keys."""
    return rules.get(re.split(r"[:@]", key)[0])


def _terms(rule: Rule | None, fact_kind: str) -> tuple[ModuleType, Mapping[str, object], str]:
    """The rule kind, params and scope that judge a key; keys no rule claims by the natural kind for the fact."""
    if rule is None:
        kind = KINDS[_AUTO_KIND.get(fact_kind, "agree")]
        return kind, _defaults(kind), "across"
    return KINDS[rule.kind], rule.params, rule.scope


def _comparable(a: Fact, b: Fact, scope: str, by_doc: Mapping[str, Document]) -> bool:
    """Whether two facts of one key speak about one thing, so that a rule kind may judge them."""
    same_document = a.doc == b.doc
    if (same_document and scope == "across") or (not same_document and scope == "within"):
        return False
    if _family(a.kind) != _family(b.kind) or (same_document and a.start == b.start):
        return False
    elsewhere = not places(a.sentence) & places(b.sentence) and any(
        aside(x, by_doc[y.doc], by_doc[x.doc]) for x, y in ((a, b), (b, a)))
    if elsewhere or not (comparable_things(a.subject, b.subject) and comparable_places(a.sentence, b.sentence)):
        return False  # "killing 10 persons" and "leveled seven villages", or a quake elsewhere
    return not any(not_the_count(f.sentence, f.start - f.sentence_start) for f in (a, b))  # "a mother of 12"


def backs(a: Fact, b: Fact, rules: Mapping[str, Rule], by_doc: Mapping[str, Document]) -> bool:
    """Whether ``b`` states the figure ``a`` states: both have one key, they speak about one thing (neither is a
    part of what the other counts) and the rule kind that owns the key says they agree (a running total that
    has grown since an earlier report is consistent with it, but not stated by it)."""
    if a.key is None or a.key != b.key:
        return False
    rule = rule_of(a.key, rules)
    kind, params, scope = _terms(rule, a.kind)
    a, b = as_compared(a, rule), as_compared(b, rule)
    if not hasattr(kind, "agrees") or not _comparable(a, b, scope, by_doc) or _part(a, b) or _part(b, a):
        return False
    return bool(kind.agrees(side(a, by_doc), side(b, by_doc), params))


def _draft(rule: Rule | None, key: str, severity: str, verdict: Verdict, sides: tuple[Side, ...]) -> _Draft:
    why = verdict.why
    if verdict.severity is not None:
        return (rule.id if rule else "auto", key, verdict.severity, _message(rule, key, sides, why),
                tuple(s.fact.id for s in sides), why)
    if severity == "error" and not verdict.sure:
        severity = "warning"
    elif severity == "error" and not all(s.in_lead for s in sides):
        # Figures deep in a story are often about a side event (an aftershock, an earlier quake): a warning.
        severity = "warning"
        why += "; one of the figures stands outside the opening of its story and may be about another event"
    return (rule.id if rule else "auto", key, severity, _message(rule, key, sides, why),
            tuple(s.fact.id for s in sides), why)


def aside(fact: Fact, other: Document, own: Document | None = None) -> bool:
    """A sentence about a place the other story does not open with ("more than a dozen people were killed by a
    quake in eastern China", against a story on Iran): a side event, not compared, unless the other sentence
    names the same place. When the fact's own story opens with that place too, it is a side event only if the
    two openings share another place (both open on Iran); otherwise the stories name one event differently
    ("in Aceh", "off Sumatra")."""
    named = frozenset(p for p in places(fact.sentence) if _proper_words(p))  # not "the Northern Province"
    other_opening = _opening(other)
    if not named or _mentions(other_opening, named):
        return False
    if own is None:
        return True
    own_opening = _opening(own)
    return not _mentions(own_opening, named) or _mentions(other_opening, places(own_opening))


def _opening(document: Document) -> str:
    return document.text[document.body_start : document.body_start + LEAD_CHARACTERS]


# Words of a place name that name no place on their own ("Qeshm Island" and "Qeshm" are one place).
_GENERIC_PLACE_WORDS = frozenset("""
Island Islands City County Province State Region District Valley River Bay Coast Mountains Mount Lake Sea Gulf
North South East West Northern Southern Eastern Western Central Upper Lower New Saint St Port Fort
""".split())


def _mentions(text: str, named: frozenset[str]) -> bool:
    """True when the text names one of the places, in full or by its proper name ("Qeshm" for "Qeshm Island")."""
    return any(re.search(rf"\b{re.escape(w)}\b", text) for place in named for w in _proper_words(place))


def _proper_words(place: str) -> list[str]:
    return [w for w in place.split() if w not in _GENERIC_PLACE_WORDS]


def as_compared(fact: Fact, rule: Rule | None) -> Fact:
    """A count of the very people a rule counts ("14,000 refugees" under the displaced, "12 hostages" under the
    hostages: a word the rule matches, or one of its subjects) counts all of them, not a group among them: it is
    compared as a count of people, so "some 14,000 refugees" and "about 41,000 people fled their homes" disagree,
    while "seven villages" stays apart from "ten dead"."""
    subject = fact.subject
    if rule is None or not is_people(subject):
        return fact
    if subject in rule.match.subjects or any(phrase == (subject,) for phrase, _ in rule.match.words):
        return dataclasses.replace(fact, subject="people")
    return fact


def _part(fact: Fact, other: Fact) -> bool:
    """"two women and a man were killed", "six children" against "24 people": a part of what the other counts."""
    return part_of(fact.subject, other.subject) or is_part(
        fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start, fact.kind)


def _larger_part(sides: tuple[Side, Side], verdict: Verdict) -> Verdict | None:
    """A part ("six children") and its whole ("at least 24 people") disagree only when the part is larger."""
    part, whole = sides
    if not below(whole.interval, part.interval):
        return None
    why = f'{verdict.why}; "{part.fact.surface}" counts a part of what "{whole.fact.surface}" counts, and is larger'
    return dataclasses.replace(verdict, why=why)


def reading(fact: Fact) -> tuple[object, ...]:
    """What a document says, whatever the sentence: a figure a story repeats is one disagreement with a partner's
    figure, not one per mention; a second, different figure of the same story against the partner is another."""
    return (fact.doc, fact.value, fact.low, fact.high, fact.closed, fact.unit)


def _family(kind: str) -> str:
    """Dates and times name moments and compare with each other ("Monday night" and "April 14")."""
    return "moment" if kind in ("date", "time") else kind


def _defaults(kind: ModuleType) -> Mapping[str, object]:
    return MappingProxyType({name: default for name, (_, default) in kind.PARAMS.items()})


def side(fact: object, by_doc: Mapping[str, Document]) -> Side:
    """A fact as a rule kind sees it: with its document's source and date, and whether it stands in the opening."""
    document = by_doc[fact.doc]  # type: ignore[attr-defined]
    in_lead = fact.start - document.body_start < LEAD_CHARACTERS  # type: ignore[attr-defined]
    return Side(fact, document.source or document.id, document.published, in_lead)  # type: ignore[arg-type]


def _message(rule: Rule | None, key: str, sides: tuple[Side, ...], why: str) -> str:
    description = rule.description if rule else f"possibly the same figure ({key.removeprefix(AUTO)})"
    a, b = sides[0], sides[-1]
    fields = {
        "a": a.fact.surface, "b": b.fact.surface, "a_source": a.source, "b_source": b.source,
        "a_date": str(a.published or "date unknown"), "b_date": str(b.published or "date unknown"),
        "a_interval": a.interval.text(), "b_interval": b.interval.text(), "why": why,
        "rule": rule.id if rule else "auto", "key": key, "description": description,
    }
    if len(sides) == 1:
        template = rule.message if rule and rule.message and "{b" not in rule.message else _SINGLE_MESSAGE
        return template.format_map(fields)
    return ((rule.message if rule else None) or DEFAULT_MESSAGE).format_map(fields)
