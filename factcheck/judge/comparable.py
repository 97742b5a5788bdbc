"""Comparability: whether two facts may be judged as statements of one figure. Their frames must match (thing,
predicate, owner and time; factcheck.frames), and neither may be a side event, a part of what the other counts, or
not the event's count at all. Also the rule kind, parameters and scope that judge a key."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType, ModuleType

from factcheck.documents import Document
from factcheck.facts import Fact
from factcheck.frames import one_team, owners_match
from factcheck.keys import Key
from factcheck.lexicon.words import alternation, words
from factcheck.rules.agree import states
from factcheck.rules.intervals import below
from factcheck.rules.kinds import KINDS
from factcheck.rules.model import Rule, Side, Verdict
from factcheck.rules.same_date import week_start
from factcheck.rules.things import (
    comparable_places,
    comparable_things,
    is_part,
    is_people,
    not_the_count,
    paid_all_in,
    paid_in,
    part_of,
    places,
    stated_whole,
)

# Keys no rule claims are compared by the natural kind for the fact.
_AUTO_KIND = {"ordinal": "exact", "record": "record", "date": "same-date", "time": "same-date"}
# The opening of a story, where its main figures stand: about its first six to eight sentences.
LEAD_CHARACTERS = 1200


def rule_id(key: str) -> str:
    """The id of the rule a key names: "event-date:give-way" and "magnitude@2004" belong to their rule's id."""
    return Key.parse(key).rule


def rule_of(key: str, rules: Mapping[str, Rule]) -> Rule | None:
    """The rule that owns a key; None for automatic keys."""
    return rules.get(rule_id(key))


def terms(rule: Rule | None, fact_kind: str) -> tuple[ModuleType, Mapping[str, object], str]:
    """The rule kind, params and scope that judge a key; keys no rule claims by the natural kind for the fact."""
    if rule is None:
        kind = KINDS[_AUTO_KIND.get(fact_kind, "agree")]
        return kind, _defaults(kind), "across"
    return KINDS[rule.kind], rule.params, rule.scope


def comparable(a: Fact, b: Fact, scope: str, by_doc: Mapping[str, Document], counts_of_the_event: bool = True) -> bool:
    """Whether two facts of one key speak about one thing, so that a rule kind may judge them. With
    ``counts_of_the_event``, a count that is no count of the event ("a mother of 12") is compared with nothing."""
    same_document = a.doc == b.doc
    if (same_document and scope == "across") or (not same_document and scope == "within"):
        return False
    if family(a.kind) != family(b.kind) or (same_document and a.start == b.start):
        return False
    # One person's age, named in full in both, is one figure wherever each sentence says they live or where it
    # happened ("Robert Buckley of the U.K. but living in Christchurch"): a place tells no other event's age; not
    # a surname alone (a father and a son), nor an age of another time ("who was 29 when he climbed Everest").
    aged = a.thing == b.thing == "age" and one_person(a.owner, b.owner) and not any(
        _OTHER_AGE.search(f.sentence) for f in (a, b))
    elsewhere = not aged and not places(a.sentence) & places(b.sentence) and any(
        aside(x, by_doc[y.doc], by_doc[x.doc]) for x, y in ((a, b), (b, a)))
    # one company's workforce told two ways ("about 8 percent of its workforce", "roughly 12% of its staff"), its name
    # in both: not two companies', nor a plant's against the company's
    staff = workforce(a, b) and bool(a.owner and b.owner and a.owner == b.owner)
    one_group = staff or {a.subject, b.subject} <= _SYNONYM_PEOPLE  # "1,200 troops", "2,100 soldiers"
    if elsewhere or not ((comparable_things(a.subject, b.subject) or one_group) and (
            aged or comparable_places(a.sentence, b.sentence))):
        return False  # "killing 10 persons" and "leveled seven villages", or a quake elsewhere
    return not counts_of_the_event or not any(not_the_count(f.sentence, f.start - f.sentence_start) for f in (a, b))


def workforce(a: Fact, b: Fact) -> bool:
    """Two counts of a workforce under one of its verbs: jobs, workers and people employed are one count ("cut
    about 1,100 jobs", "lay off 700 employees"; "about 8 percent of its workforce", "12% of its staff")."""
    return a.predicate == b.predicate and a.predicate in _WORKFORCE and {a.thing, b.thing} <= _WORKFORCE_THINGS


_WORKFORCE = frozenset(words("judging", "workforce_predicates"))
_WORKFORCE_THINGS = frozenset(words("judging", "workforce_things"))
_SYNONYM_PEOPLE = frozenset(words("judging", "synonym_people"))


def one_person(a: str | None, b: str | None) -> bool:
    """Two full names of one person: two words at least each, the shorter ending the longer (``one_team``: "robert
    buckley", "englishman robert buckley"; not "john harker" and "john harker jr.")."""
    return one_team(a, b) and min(len(str(a).split()), len(str(b).split())) >= 2


_OTHER_AGE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:when|aged|then|at the time)\b", re.IGNORECASE)


def backs(a: Fact, b: Fact, rules: Mapping[str, Rule], by_doc: Mapping[str, Document]) -> bool:
    """Whether ``b`` states the figure ``a`` states: both have one key, they speak about one thing (neither is a
    part of what the other counts) and the rule kind that owns the key says they agree (a running total that
    has grown since an earlier report is consistent with it, but not stated by it)."""
    if a.key is None or a.key != b.key or (a.kind == "record" and not one_team(a.owner, b.owner)):
        return False  # every team's record has one automatic key: one team's alone states another's
    rule = rule_of(a.key, rules)
    kind, params, scope = terms(rule, a.kind)
    a, b = as_compared(a, rule), as_compared(b, rule)
    if not hasattr(kind, "agrees") or not comparable(a, b, scope, by_doc) or part(a, b) or part(b, a):
        return False
    ours, theirs = side(a, by_doc), side(b, by_doc)
    return bool(kind.agrees(ours, theirs, params)) and states(theirs, ours)


def aside(fact: Fact, other: Document, own: Document | None = None) -> bool:
    """A sentence about a place the other story does not open with ("more than a dozen people were killed by a
    quake in eastern China", against a story on Iran): a side event, not compared, unless the other sentence
    names the same place. When the fact's own story opens with that place too, it is a side event only if the
    two openings share another place (both open on Iran); otherwise the stories name one event differently
    ("in Aceh", "off Sumatra")."""
    # Not "the Northern Province"; not a spot within the event's place ("near the Tasman Glacier").
    named = frozenset(p for p in places(fact.sentence) if _proper_words(p) and not _LANDMARK.search(p))
    other_opening = _opening(other)
    if not named or _mentions(other_opening, named):
        return False
    if own is None:
        return True
    own_opening = _opening(own)
    return not _mentions(own_opening, named) or _mentions(other_opening, places(own_opening))


_LANDMARK = re.compile(rf"\b(?:{alternation(words('places', 'landmarks'))})$", re.IGNORECASE)


def _opening(document: Document) -> str:
    return document.text[document.body_start : document.body_start + LEAD_CHARACTERS]


# Words of a place name that name no place on their own ("Qeshm Island" and "Qeshm" are one place).
_GENERIC_PLACE_WORDS = frozenset("""
Island Islands City County Province State Region District Valley River Bay Coast Mountains Mount Lake Sea Gulf
North South East West Northern Southern Eastern Western Central Upper Lower New Saint St Port Fort
""".split())


@functools.lru_cache(maxsize=8192)  # every pair of figures asks of the same openings and places
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


def part(fact: Fact, other: Fact) -> bool:
    """"two women and a man were killed", "six children" against "24 people": a part of what the other counts; so
    is a model's count against its class's ("seven AK-47 assault rifles" among "nine assault rifles"). Two sums paid
    in one thing are one part, told twice ("$2.4 billion in cash", "$3.1 billion in cash")."""
    paid = [paid_in(f.sentence, f.end - f.sentence_start) or paid_all_in(f.sentence) if f.kind == "money" else None
            for f in (fact, other)]
    if paid[0] is not None and paid[0] == paid[1]:
        return False
    # the nouns a figure counts tell its part ("six children" of "24 people"); an age's noun ("a 32-year-old forklift
    # driver") tells whose it is, no part
    described = isinstance(fact.stated_unit, str) and " " in fact.stated_unit.strip()
    return ((fact.kind == "count" and part_of(fact.subject, other.subject, described)) or is_part(
        fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start, fact.kind) or (
        fact.subject is not None and fact.subject == other.subject and _model(fact) and not _model(other))) and (
        _whole_may_be(fact, other))


def _whole_may_be(part_: Fact, other: Fact) -> bool:
    """Whether ``other`` may be the whole ``part_`` is a part of: any figure, unless the part names its whole in
    figures, ``other`` is not it, and both are one owner's ("the Green Alliance secured 78 of parliament's 300
    seats" against its "87 seats"; not "seven of Davidson's 17 turnovers" against another team's 16)."""
    whole = stated_whole(part_.sentence, part_.end - part_.sentence_start)
    if whole is None or not isinstance(other.value, float) or not (
            part_.owner and other.owner and owners_match(part_.owner, other.owner)):
        return True
    return other.low is not None and other.high is not None and other.low <= whole <= other.high


_MODEL = re.compile(r"(?:^|\s)[a-z]+-\d")  # a model's designation in a counted phrase: "ak-47 rifle", "t-72 tank"


def _model(fact: Fact) -> bool:
    return fact.kind == "count" and isinstance(fact.stated_unit, str) and bool(_MODEL.search(fact.stated_unit))


def larger_part(sides: tuple[Side, Side], verdict: Verdict) -> Verdict | None:
    """A part ("six children") and its whole ("at least 24 people") disagree only when the part is larger."""
    part, whole = sides
    if not below(whole.interval, part.interval):
        return None
    why = f'{verdict.why}; "{part.fact.surface}" counts a part of what "{whole.fact.surface}" counts, and is larger'
    # Which figure is the part is read from two stories' words, a guess: a note, not a warning.
    return dataclasses.replace(verdict, why=why, sure=False)


def ever_and_now(a: Fact, b: Fact) -> bool:
    """One count of all there ever were ("Blackmore, who has had 26 wives") and one of those there are now ("has 20
    wives", "alleged to have 19 wives"), the first no smaller: both hold. Not a count after "had to" ("have had to
    evacuate 2,000"), nor one a participle follows ("has had 12 players injured"): what happened, told in the
    perfect; nor a past ("had four surgeries") or another verb ("has served two stints"), whatever the tense. Only
    people one has or holds (wives, children, patients, hostages): what "has" counts of other things is a running
    total as much as what "has had" counts ("has had 12 deaths", "has 9 deaths"; "has 22 goals this season")."""
    if not (a.kind == b.kind == "count" and _held(a) and _held(b)):
        return False  # the cheap tests first: every conflicting pair of the judge passes here
    ever, now = (a, b) if _ever(a) else (b, a)
    return (_ever(ever) and not _ever(now) and _now(now) and now.high is not None and ever.low is not None
            and ever.low >= now.high)


def _held(fact: Fact) -> bool:
    """What the figure counts, as written, is people one has or holds ("26 wives", "40 hostages", whatever a rule
    compares them as)."""
    counted = str(fact.stated_unit or fact.subject or "").split()
    return bool(counted) and counted[-1] in _HELD


def _ever(fact: Fact) -> bool:
    start, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    return bool(_EVER.search(fact.sentence, max(0, start - 40), start)) and not _PARTICIPLE_AFTER.match(
        fact.sentence, end)


def _now(fact: Fact) -> bool:
    return bool(_NOW.search(fact.sentence, max(0, fact.start - fact.sentence_start - 40),
                            fact.start - fact.sentence_start))


_HELD = frozenset((*words("people", "groups"), *words("people", "one_person")))  # wives, children, patients, hostages
# "who has had 26 wives", "has now had five chief executives" (not "had had", a past moment's; not "had to")
_EVER = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+|now\s+|also\s+|already\s+|ever\s+)?had\s+(?:(?!to\b)[a-z]+\s+)?$",
                   re.IGNORECASE)
# "has 20 wives", "alleged to have 19" (not "has served two stints": another verb's perfect)
_NOW = re.compile(r"\b(?:has|have)\s+(?:(?:now|still|only)\s+)?$", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"(?:\s+[a-z-]+){1,2}?\s+[a-z]+ed\b(?!\s+(?:in|to)\s)")  # "12 players injured"


def reading(fact: Fact) -> tuple[object, ...]:
    """What a document says, whatever the sentence: a figure a story repeats is one disagreement with a partner's
    figure, not one per mention; a second, different figure of the same story against the partner is another."""
    return (fact.doc, fact.value, fact.timex, fact.low, fact.high, fact.closed, fact.unit)


def family(kind: str) -> str:
    """Dates and times name moments and compare with each other ("Monday night" and "April 14")."""
    return "moment" if kind in ("date", "time") else kind


def _defaults(kind: ModuleType) -> Mapping[str, object]:
    return MappingProxyType({name: default for name, (_, default) in kind.PARAMS.items()})


def side(fact: object, by_doc: Mapping[str, Document], name: Callable[[str], str] | None = None) -> Side:
    """A fact as a rule kind sees it: with its document's source and date, whether it stands in the opening, and
    ``name``, the one name of a source whatever its spelling (``Lexicon.source``)."""
    document = by_doc[fact.doc]  # type: ignore[attr-defined]
    in_lead = fact.start - document.body_start < LEAD_CHARACTERS  # type: ignore[attr-defined]
    return Side(fact, document.source or document.id, document.published, in_lead, name)  # type: ignore[arg-type]


# Ordinal values and date precisions that are compared as one figure.
_DAY = re.compile(r"(?:(?:\d{4}|XXXX)-\d{2}-\d{2}|XXXX-WXX-\d)(?:T(?:MO|AF|EV|NI|DT))?")  # "Monday night": a day
_TIME_OF_DAY = re.compile(r"T(\d{2}):(\d{2})")


def precision(fact: Fact) -> str | None:
    """How precisely a date or time names its moment: 'time' (a clock time), 'day', 'week' ("two weeks ago" in a
    dated story), 'month', 'year'; None for what names no moment to compare ("recently", a decade, an unresolved
    word)."""
    value = fact.value if isinstance(fact.value, str) else fact.timex
    if not isinstance(value, str):
        return None
    if _TIME_OF_DAY.search(value):
        return "time"
    if _DAY.fullmatch(value):
        return "day"
    if week_start(value) is not None:
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return None
