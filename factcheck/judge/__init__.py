"""Aligned facts -> findings: which facts state one figure, whether they can all hold, and one finding per
disagreement. No I/O, no formatting.

1. **Matching** (matching.py, similarity.py). Figures of one type that can be matched at all (``eligible``) are
   paired across documents with the most alike figure of each other source; frames that rule out one figure
   (two owners, times, things, rules) never meet. A mutual match whose values cannot both hold is a conflict,
   judged by the rule kind that claims the figures (or the natural kind for figures no rule claims).
2. **Findings.** Conflicts that share a figure make one finding, its facts in sides (groups.py); a finding is as
   severe as its rule says when the match is sure, else a note (findings.py).
3. **One story, one fact.** Rules whose scope takes in one document compare its figures with each other; kinds
   that judge a fact on its own (plausibility bounds, a part larger than its total) check each fact.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from factcheck.accepted import Acceptance
from factcheck.align import AUTO
from factcheck.documents import Document
from factcheck.extract.tense import MODAL, tense_near
from factcheck.facts import Fact
from factcheck.findings import Finding
from factcheck.frames import RAW, owners_match, verb_object
from factcheck.judge.clock import clock_verdict
from factcheck.judge.comparable import (
    as_compared,
    comparable,
    ever_and_now,
    larger_part,
    part,
    precision,
    reading,
    rule_of,
    side,
    terms,
)
from factcheck.judge.distance import day, decimal_slip, digits_swapped, far_apart, slip_of_hand
from factcheck.judge.findings import SEVERITY_ORDER, Draft, count_sources, group_draft, severity_of, single_draft
from factcheck.judge.groups import Judged, own_days, sides_of
from factcheck.judge.lists import Listed, aligned, in_list, names_before
from factcheck.judge.matching import (
    HIGH,
    LOW,
    POSSESSIVE,
    Conflict,
    bucket,
    compatible,
    conflicts,
    eligible,
    former_plan,
    groups,
    one_game,
    one_named_age,
    one_owner_s_event,
    one_predicate,
    said_on,
    sentence_names,
    stamp,
    workforce,
)
from factcheck.judge.redating import Redating, relative
from factcheck.judge.similarity import bags_of, cosine
from factcheck.lexicon import Lexicon, default_lexicon
from factcheck.lexicon.words import alternation, words
from factcheck.rules import agree
from factcheck.rules.cumulative import slipped
from factcheck.rules.intervals import below, written_digits
from factcheck.rules.model import Rule, Side, Verdict

__all__ = ["SEVERITY_ORDER", "agreements", "judge"]
_TIME_REACH = 50  # characters between a figure and the time or span told after it
_CLAUSE_END = re.compile(r"[,;:]\s|\s[-–—]\s")
_MODEL_REACH = 40  # characters between a price and a measure of the model it is the price of
_SAME_MOMENT = 7  # days: stories further apart tell figures of different moments
_MONTH_APART = 31  # days: stories further apart tell other plans, and other things of the same digits


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
            sentences.setdefault(_sentence(fact), []).append(as_compared(fact, rule))
        if found is not None and eligible(fact, lexicon) and not (drafts and fact.doc not in drafts
                                                                 and former_plan(fact)):
            # a source's plan given up ("first set to begin on October 8") is no figure a draft may state
            typed.setdefault(found, []).append(as_compared(fact, rule))
    pairs = _Pairs(by_doc, by_rule, lexicon, frozenset(drafts), sentences, redating or Redating())
    for _, members in sorted(typed.items(), key=lambda item: repr(item[0])):
        bags = bags_of(members, lexicon)
        # A draft is checked against the sources alone: their quarrels are not its business.
        found = conflicts(members, bags, pairs.verdict, pairs.agrees, pairs.allowed, pairs.drafts, same_digits,
                          pairs.aligned)
        for group in groups(found):
            pending.extend(_group_drafts(group, members, bags, pairs, by_doc, order))
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
    pairs = _Pairs({d.id: d for d in documents}, by_rule, lexicon, frozenset(drafts), redating=redating or Redating())
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
              pairs: _Pairs) -> dict[str, tuple[str, ...]]:
    """Two sentences that state one figure alike tell one thing: another figure they both state, in agreement and
    with frames that do not set them apart, is backed too, however differently each orders its words ("On
    Wednesday, Netanyahu told Republican senators in a roughly 45-minute call", "on a roughly 45-minute call with
    GOP senators on Wednesday"); not a date of another verb ("began on Sunday, after 14 hours of talks collapsed",
    "after 14 hours of talks collapsed on Sunday night")."""
    facts = {f.id: f for members in typed.values() for f in members}
    told = {(_sentence(facts[d]), _sentence(facts[s])): d for d, found in backing.items() for s in found}
    for members in typed.values():
        for fact in (f for f in members if f.id in backing and not backing[f.id]):
            backing[fact.id] = tuple(
                other.id for other in members
                if other.doc not in pairs.drafts and told.get((_sentence(fact), _sentence(other)), fact.id) != fact.id
                and pairs.allowed(fact, other, telling=True) and pairs.states(other, fact))
    return backing


def _sentence(fact: Fact) -> tuple[str, int]:
    return fact.doc, fact.sentence_start


def _alike(a: Fact, b: Fact, similarity: float) -> bool:
    """Contexts as alike as a sure match, or alike and bound to one event ("the authority says it is losing about
    $1.2 million a day", "said the authority was losing about $1.2 million a day"); or two days of one verb, which
    state one day whatever words stand around them ("spoke by phone for 90 minutes on Tuesday", "The Brenn-Velk call
    on Tuesday")."""
    return similarity >= HIGH or (similarity >= LOW and _bound(a, b)) or (
        a.kind in ("date", "time") and b.kind in ("date", "time") and one_predicate(a, b))


@dataclass(frozen=True, slots=True, eq=False)
class _Pairs:
    """How two facts of one type are judged: whether they may be about one thing, and why they cannot both hold."""

    documents: Mapping[str, Document]
    rules: Mapping[str, Rule]
    lexicon: Lexicon
    drafts: frozenset[str] = frozenset()
    sentences: Mapping[tuple[str, int], Sequence[Fact]] = dataclasses.field(
        default_factory=lambda: MappingProxyType({}))  # the figures of a known type, by (document, sentence)
    # what stories that print one sentence alike say about their dates
    redating: Redating = dataclasses.field(default_factory=Redating)
    objects: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # fact id -> its verb's object
    lists: dict[str, Listed | None] = dataclasses.field(default_factory=dict)  # fact id -> the list it stands in

    def rule(self, a: Fact, b: Fact) -> Rule | None:
        """The rule both facts are claimed by; else the one rule that claims either; else none."""
        owners = {r.id: r for f in (a, b) if f.key and not f.key.startswith(AUTO)
                  for r in (rule_of(f.key, self.rules),) if r is not None}
        return next(iter(owners.values())) if len(owners) == 1 else None

    def allowed(self, a: Fact, b: Fact, telling: bool = False) -> bool:
        """Whether two facts may state one figure. ``telling``: whether they may state it in agreement, where one
        weekday named in both is one day told twice (two stories' "Thursday", no conflict to find)."""
        if {a.doc, b.doc} <= self.drafts or not compatible(a, b, self.lexicon, telling):
            return False
        if own_days(a, b) and not telling:
            return False
        rule = self.rule(a, b)
        if rule is not None and rule.scope == "within":
            return False  # the rule compares the figures of one story only
        days = [self.documents[f.doc].published for f in (a, b)]
        apart = None not in days and abs((days[0] - days[1]).days) > _SAME_MOMENT
        far = apart and abs((days[0] - days[1]).days) > _MONTH_APART  # type: ignore[operator]
        # a figure of one thing is told wrong however far apart ("$125 billion" of a storm's damage, "$125 million"
        # weeks later); a price months apart may be another product's ("$0.99" a song, "US $99" a phone)
        fixed = a.time == b.time and bool(a.time) and a.time[:1].isdigit()  # "sold for $450 million ... in 2017"
        slip = apart and _scale_slip(a, b) and (not far or not _priced(a) or fixed)
        if apart and a.kind not in ("date", "time") and not slip and (
                rule is None or (rule.kind != "cumulative" and not {a.doc, b.doc} & self.drafts)):
            # Stories a week apart or more: an age, a count, a price may have changed between them, or they tell
            # of another quake. A running total is the exception: a later, smaller one contradicts the earlier;
            # so is a figure of the other's own digits ("$334 billion" weeks after "$334 million"): told wrong; not
            # months later, when it is as likely another thing's ("$0.99" a song in 2008, "US $99" a phone in 2010).
            return False
        if apart and relative(a) and relative(b):
            return False  # "Tuesday" in stories weeks apart: each names a day of its own week
        if far and _ahead(a, days[0]) and _ahead(b, days[1]):  # type: ignore[arg-type]
            return False  # two plans' years or months told months apart: moved, or another plan's

        if not comparable(a, b, "across", self.documents, counts_of_the_event=False):
            return False
        return not (part(a, b) and part(b, a))

    def _other_objects(self, a: Fact, b: Fact) -> bool:
        """Days of one verb done to two names ("beat the Ferris Bears 2-0 on Sunday", "beat the Dell City Lions 3-1
        on Friday night"): two games, two arrests, two purchases, or one told with two names ("beat Tottenham",
        "beat Spurs"; "struck Kessa", "struck Port Tarn"): unsure, a note."""
        first, second = self._objects(a, b)
        return bool(first and second and not first & second)

    def aligned(self, a: Fact, b: Fact) -> bool:
        """Two figures at one place of two lists told alike (lists.py). Asked of every pair the matching weighs: the
        list a figure stands in is read once."""
        ours = self._list(a)
        return ours is not None and aligned(ours, self._list(b), self.agrees)

    def listed(self, fact: Fact) -> bool:
        """The figure stands in a list of figures ("aged 19, 23 and 31")."""
        return self._list(fact) is not None

    def _list(self, fact: Fact) -> Listed | None:
        if fact.id not in self.lists:
            self.lists[fact.id] = in_list(fact, self.sentences.get(_sentence(fact), ()))
        return self.lists[fact.id]

    def one_object(self, a: Fact, b: Fact) -> bool:
        """Days of one verb done to one name ("beat the Dell City Lions"): one event."""
        first, second = self._objects(a, b)
        return bool(first & second)

    def _objects(self, a: Fact, b: Fact) -> tuple[frozenset[str], frozenset[str]]:
        if not a.predicate or a.predicate != b.predicate or a.predicate.startswith(RAW):
            return frozenset(), frozenset()
        return self._object(a), self._object(b)

    def _object(self, fact: Fact) -> frozenset[str]:
        found = self.objects.get(fact.id)
        if found is None:
            found = self.objects[fact.id] = verb_object(fact.sentence, fact.start - fact.sentence_start,
                                                        str(fact.predicate), self.lexicon)
        return found

    def told_apart(self, a: Fact, b: Fact) -> bool:
        """The two sentences tell of two things: every other figure of one that the other states of the same thing
        disagrees too ("caught 29 passes for 201 yards", "caught 39 passes for 302 yards": two seasons), where a
        figure told wrong stands among figures told alike ("at 2:09 a.m., about 14 miles northeast ... a depth of
        12 miles")."""
        if _sentence(a) == _sentence(b):
            return False
        if self._other_games(a, b) or (a.kind in ("date", "time") and self._other_objects(a, b)):
            return True
        if a.kind == "money" and self._other_models(a, b):
            return True
        if a.kind not in ("date", "time") and self._other_times(a, b):
            return True
        ours = [f for f in self.sentences.get(_sentence(a), ()) if f.id != a.id]
        theirs = [f for f in self.sentences.get(_sentence(b), ()) if f.id != b.id]
        matched = [(x, y) for x in ours for y in theirs
                   if bucket(x) == bucket(y) and x.thing == y.thing and (x.thing or x.kind == "measure")]
        # Two figures of each sentence at least: one other figure told wrong beside it is a story's second slip
        # ("31-year-old Robert Buckley ... fell 700 metres", against "32-year-old ... fell about 600 metres").
        if len({x.id for x, _ in matched}) < 2 or len({y.id for _, y in matched}) < 2:
            return False
        return all(reading(x)[1:] != reading(y)[1:] and not self.agrees(x, y) for x, y in matched)

    def _other_times(self, a: Fact, b: Fact) -> bool:
        """Two figures each told with its own time, times that disagree: two moments or two spans ("About 10,000
        people turned out on Tuesday", "25,000 people marched on Wednesday"; "85 mm of rain fell in a single hour",
        "240 mm over 36 hours")."""
        ours, theirs = self._times(a), self._times(b)
        pairs = [(x, y) for x in ours for y in theirs if bucket(x) == bucket(y)]
        # "released over six weeks" and "over six weeks" read as a hedge or not: one span
        return bool(pairs) and not any(self.agrees(x, y) or reading(x)[1:] == reading(y)[1:] or own_days(x, y)
                                       or (x.kind == "duration" and x.value == y.value) for x, y in pairs)

    def _times(self, fact: Fact) -> list[Fact]:
        """The times and spans told after the figure in its clause; not a day that owns a noun ("a 22% premium
        to Friday's close")."""
        found = []
        for f in self.sentences.get(_sentence(fact), ()):
            between = fact.sentence[fact.end - fact.sentence_start : f.start - f.sentence_start]
            if f.id != fact.id and (f.kind == "duration" or (f.kind in ("date", "time") and not said_on(f))) and (
                    0 <= f.start - fact.end <= _TIME_REACH and not _CLAUSE_END.search(between)
                    and not POSSESSIVE.match(f.sentence, f.end - f.sentence_start)):
                found.append(f)
        return found

    def _other_models(self, a: Fact, b: Fact) -> bool:
        """Two prices told beside a measure of what is sold, measures that disagree: two models ("The 128GB model
        costs $799", "The 512GB model costs $999"; "costs $799 with 128GB of storage")."""
        ours, theirs = self._models(a), self._models(b)
        return any(x.unit == y.unit and reading(x)[1:] != reading(y)[1:] and not self.agrees(x, y)
                   for x in ours for y in theirs)

    def _models(self, price: Fact) -> list[Fact]:
        """The measures told right beside a price ("The 128GB model costs $799", "$799 with 128GB of storage")."""
        return [f for f in self.sentences.get(_sentence(price), ()) if f.kind == "measure"
                and (0 <= price.start - f.end <= _MODEL_REACH or 0 <= f.start - price.end <= _MODEL_REACH)]

    def _other_games(self, a: Fact, b: Fact) -> bool:
        """Two stories that give another owner's same thing, and disagree on every such owner they share: two games
        (Lawson's "15 points" in a round-up of other games, where Hansbrough "had 24 points", against his "16" where
        Hansbrough "finished with 20 points")."""
        if not (a.owner and b.owner and self.lexicon.owned_thing(a.thing)):
            return False
        ours = [f for (doc, _), facts in self.sentences.items() if doc == a.doc for f in facts
                if f.owner and f.thing == a.thing and not owners_match(f.owner, a.owner)]
        theirs = [f for (doc, _), facts in self.sentences.items() if doc == b.doc for f in facts
                  if f.owner and f.thing == b.thing and not owners_match(f.owner, b.owner)]
        matched = [(x, y) for x in ours for y in theirs if owners_match(x.owner, y.owner) and bucket(x) == bucket(y)]
        return bool(matched) and not any(self.agrees(x, y) for x, y in matched)

    def sides(self, a: Fact, b: Fact) -> tuple[Side, Side]:
        """The two facts as rule kinds see them, their credited sources named as the lexicon names them."""
        return side(a, self.documents, self.lexicon.source), side(b, self.documents, self.lexicon.source)

    def agrees(self, a: Fact, b: Fact) -> bool:
        """Both state one figure (not merely: nothing to compare, as between two currencies)."""
        if bucket(a) == ("moment", "clock"):
            return clock_verdict(a, b) is None
        if _clocked(a) and _clocked(b) and clock_verdict(a, b) is not None:
            return False  # one day, two hours: "Thursday" agrees, "2:30 a.m." and "4 a.m." do not
        kind, params, _ = terms(self.rule(a, b), a.kind)
        if not hasattr(kind, "agrees"):
            return self.verdict(a, b) is None
        return bool(kind.agrees(*self.sides(a, b), params))

    def states(self, source: Fact, draft: Fact) -> bool:
        """The source states the draft's figure: they agree, and the source bounds it on every side the draft does
        ("at least three" agrees with "ten", and does not state it; nor does "thousands" state "some 9,000")."""
        return self.agrees(draft, source) and agree.states(side(source, self.documents), side(draft, self.documents))

    def verdict(self, a: Fact, b: Fact) -> Verdict | None:
        verdict = self._verdict(a, b)
        moved = [why for f in (a, b) if (why := self.redating.why(f, self.documents[f.doc].published))]
        return dataclasses.replace(verdict, why=f"{verdict.why} ({'; '.join(moved)})") if verdict and moved else verdict

    def _verdict(self, a: Fact, b: Fact) -> Verdict | None:
        if bucket(a) == ("moment", "clock"):
            return clock_verdict(a, b)
        rule = self.rule(a, b)
        if rule is not None and rule.kind == "cumulative" and (a.doc in self.drafts) != (b.doc in self.drafts):
            draft, source = (a, b) if a.doc in self.drafts else (b, a)
            day = self.documents[draft.doc].published
            if day is not None and day == self.documents[source.doc].published:
                return _behind(side(draft, self.documents), side(source, self.documents))
        kind, params, _ = terms(rule, a.kind)
        if not hasattr(kind, "judge"):
            return None
        sides = self.sides(a, b)
        verdict = kind.judge(*sides, params)
        if verdict is None and _clocked(a) and _clocked(b) and not any(_REPEAT.search(f.sentence) for f in (a, b)):
            # "at about 2:30 a.m. Thursday" against "around 4 a.m. Thursday": one day, two hours; not "A second
            # blast struck at 4 a.m. Thursday", another event of the day
            return clock_verdict(a, b)
        if verdict is not None and ever_and_now(a, b):
            return None  # "has had 26 wives" and "has 20 wives": all he ever had, and those he has now
        parts = (False, False) if workforce(a, b) else (part(a, b), part(b, a))
        if verdict is not None and any(parts):
            verdict = larger_part(sides if parts[0] else sides[::-1], verdict)
        return verdict


def _clocked(fact: Fact) -> bool:
    """A time of day told with its day ("at about 2:30 a.m. Thursday"): its day and its hour are both compared."""
    return fact.kind in ("date", "time") and precision(fact) == "time"


def _bound(a: Fact, b: Fact) -> bool:
    """Bound to one event: one verb of the lexicon or one rule's words for both, or one owner's thing."""
    return one_predicate(a, b) or _owned(a, b)


def _owned(a: Fact, b: Fact) -> bool:
    """One owner's thing ("Bryant's 14 points", "Kobe Bryant scored 12 points"), or one owner's event, for dates:
    one verb and one owner ("the Utah Supreme Court tossed out a 2008 conviction", "the Utah Supreme Court
    overturned the 2007 convictions")."""
    if a.kind == b.kind == "date":
        return one_owner_s_event(a, b)
    return bool(a.owner and b.owner and a.thing and a.thing == b.thing and owners_match(a.owner, b.owner))


_SLIP = 1.5  # at most this ratio between a lone figure and the many's: a digit or a word off, not another count


def _slip(a: Fact, b: Fact) -> bool:
    """A figure told wrong: a digit or a word off, or the same digits a power of ten apart ("forty" for "four")."""
    x, y = a.value, b.value
    if not (isinstance(x, float) and isinstance(y, float)) or x <= 0 or y <= 0:
        return a.kind in ("date", "time")  # moments: the distance rules of distance.py decide (_far)
    return max(x, y) / min(x, y) <= _SLIP or decimal_slip(a, b)


def _behind(draft: Side, source: Side) -> Verdict | None:
    """A draft goes out after the sources of its own day: a smaller total than theirs is behind them; a larger one
    may have grown since, but not into the source's own digits a power of ten up ("890 killed" against the same
    day's "89": a slipped zero; ``cumulative.slipped`` wants two significant digits, so not "40" against "4")."""
    if not below(draft.interval, source.interval):
        if slipped(draft, source) and below(source.interval, draft.interval):
            return Verdict(f"the draft's total {draft.interval.text()} has the digits of {source.interval.text()}, "
                           f"given by a source of its own day ({source.published}), a power of ten up: a slip, not a "
                           "total that grew", severity="warning")
        return None
    return Verdict(f"the draft's total {draft.interval.text()} is below {source.interval.text()}, given by a source of "
                   f"its own day ({source.published}); a running total can grow but not shrink")


def _within(records: Sequence[Fact], pairs: _Pairs, by_doc: Mapping[str, Document],
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


def _group_drafts(group: Sequence[Conflict], members: Sequence[Fact], bags: Mapping[str, Mapping[str, float]],
                  pairs: _Pairs, by_doc: Mapping[str, Document], order: Mapping[str, int]) -> list[Draft]:
    """The finding of a group of conflicts: its facts in sides, with the facts of other sources that back a side
    (stated in as alike a context, agreeing). Every two facts are judged, so that a side holds only figures that can
    all hold together. Two sides are a disagreement; three or more are a note."""
    involved = {f.id: f for c in group for f in (c.a, c.b)}
    for fact in list(involved.values()):
        for other in members:
            if other.id in involved or other.doc == fact.doc or other.doc in pairs.drafts or not pairs.allowed(
                    fact, other):
                continue  # a draft enters a finding only by its own disagreement
            if cosine(bags[fact.id], bags[other.id]) >= HIGH and pairs.agrees(fact, other):
                involved[other.id] = other
    # Sides hold figures that can all hold together: every two of them are judged, not only the matched pairs
    # ("27" and "29" backing one side would make a side that contradicts itself).
    verdicts = {frozenset((c.a.id, c.b.id)): c.verdict for c in group}
    facts = list(involved.values())
    for i, a in enumerate(facts):
        for b in facts[i + 1 :]:
            key = frozenset((a.id, b.id))
            if key not in verdicts and reading(a) != reading(b):
                verdict = pairs.verdict(a, b)
                if verdict is not None:
                    verdicts[key] = verdict
    judged = sides_of(facts, verdicts, by_doc, order)
    # Three readings or more that cannot hold together: the words lump several figures (two quakes, three teams'
    # offers), and which two are one figure told two ways is a guess. One note.
    found = [_draft(group, judged, pairs, by_doc, verdicts, sure=len(judged.sides) == 2)]
    if len(judged.sides) >= 3:
        found.extend(_lone_against_many(group, judged, pairs, by_doc, verdicts))
        found.extend(_draft_against_each(group, judged, pairs, by_doc, verdicts))
    return found


def _draft_against_each(group: Sequence[Conflict], judged: Judged, pairs: _Pairs, by_doc: Mapping[str, Document],
                        verdicts: Mapping[frozenset[str], object]) -> list[Draft]:
    """A draft's figure alone on its side, against sources that disagree among themselves too ("forty" dead in the
    draft, "four" in two sources, "two" in a story of another shooting): which source is right is not the draft's
    business, but the reading most sources state contradicts it as surely as it would with no third reading
    beside them. A reading no more sources state than another (a story of another event, a source's slip) does
    not."""
    docs = [{f.doc for f in side_} for side_ in judged.sides]
    found = []
    for n, side_ in enumerate(judged.sides):
        if any(f.doc not in pairs.drafts for f in side_):
            continue
        # the reading most sources state, more than state any other: another event's story or a source's slip
        # stands alone
        m = max((k for k in range(len(docs)) if k != n), key=lambda k: len(docs[k]))
        if any(len(docs[k]) >= len(docs[m]) for k in range(len(docs)) if k not in (n, m)):
            continue
        ids, inside = {f.id for f in side_}, {f.id for f in judged.sides[m]}
        links = [c for c in group if ({c.a.id, c.b.id} & ids) and ({c.a.id, c.b.id} & inside)]
        if not links:
            continue  # the draft's figure and theirs were never matched: nothing says it is theirs
        link = max(links, key=lambda c: c.similarity)
        ours, other = (link.a, link.b) if link.a.id in ids else (link.b, link.a)
        two = Judged((side_, judged.sides[m]), link.verdict, (ours, other))  # type: ignore[arg-type]
        drafted = _draft(links, two, pairs, by_doc, verdicts, sure=True)
        if drafted[2] != "info":
            found.append(drafted)
    return found


def _lone_against_many(group: Sequence[Conflict], judged: Judged, pairs: _Pairs, by_doc: Mapping[str, Document],
                       verdicts: Mapping[frozenset[str], object]) -> list[Draft]:
    """Among three readings or more, one source alone against a reading at least three sources state, more than
    state any other reading: its figure, matched with theirs in alike words bound to one event and a
    slip away from it ("Five bombs were dropped" against "four bombs" in five stories; a magnitude of 4.4 against
    4.6 in nine), is a disagreement of its own; so is a lone source's figure of the same digits as another
    reading's, whatever the others ("$1.6 billion" against "$160 million", ``same_digits``). The other readings
    stay a note."""
    docs = [{f.doc for f in side_} for side_ in judged.sides]
    many = max(range(len(docs)), key=lambda n: len(docs[n]))
    outnumbered = len(docs[many]) >= 3 and all(len(d) < len(docs[many]) for n, d in enumerate(docs) if n != many)
    found = []
    told: set[frozenset[int]] = set()  # two lone sources of the same digits are one disagreement, not two
    for n, side_ in enumerate(judged.sides):
        if len(docs[n]) != 1:
            continue
        ids = {f.id for f in side_}
        for m, theirs in enumerate(judged.sides):
            inside = {f.id for f in theirs}
            links = [c for c in group if ({c.a.id, c.b.id} & ids) and ({c.a.id, c.b.id} & inside)
                     and c.similarity >= HIGH and _bound(c.a, c.b)]
            if m == n or not links or frozenset((n, m)) in told:
                continue
            # the link that shows the slip, if one does ("£880m" against the side's "£88m", not its "$136M")
            link = max(links, key=lambda c: (same_digits(c.a, c.b), c.similarity))
            lone, other = (link.a, link.b) if link.a.id in ids else (link.b, link.a)
            if not (_slip(lone, other) and m == many and outnumbered) and not same_digits(lone, other):
                continue  # "two bombs fell inside the camp" against "dropped four bombs": another count, not a slip
            two = Judged((side_, theirs), link.verdict, (lone, other))  # type: ignore[arg-type]
            found.append(_draft([link], two, pairs, by_doc, verdicts, sure=True))
            told.add(frozenset((n, m)))
            break
    return found


def same_digits(a: Fact, b: Fact) -> bool:
    """Two figures of the same digits, of two significant digits at least: a point slipped or two keys struck in the
    wrong order ("$1.6 billion" against "$160 million", "$19 billion" against "$91 billion"), told wrong whatever
    other readings stand beside them. One digit alone ("one" and "ten") is as likely two round counts."""
    return slip_of_hand(a, b) and all(len(written_digits(f)) >= 2 for f in (a, b))


def _ahead(fact: Fact, published: dt.date) -> bool:
    """A year or a month after its story's day: a loose plan ("will begin to fly in 2009"); a day set ahead ("the
    midterm elections on Nov. 3, 2026") is a date one event keeps."""
    if fact.kind != "date" or precision(fact) not in ("year", "month") or not isinstance(fact.value, str):
        return False
    written = fact.value[:7] if precision(fact) == "month" else fact.value[:4]
    return written > published.isoformat()[: len(written)]


def _priced(fact: Fact) -> bool:
    """A price of something sold: "US $99", "$9.99 a song"."""
    return fact.predicate == "price" or fact.thing == "price"


def _scale_slip(a: Fact, b: Fact) -> bool:
    """The same digits, two or more, a power of ten apart ("$334 billion", "$334 million"): told wrong however far
    apart the stories; digits swapped ("350", "530" employees years apart) may be a figure that changed."""
    return same_digits(a, b) and decimal_slip(a, b)


def _draft(group: Sequence[Conflict], judged: Judged, pairs: _Pairs, by_doc: Mapping[str, Document],
           verdicts: Mapping[frozenset[str], object], sure: bool = True) -> Draft:
    strongest = max(group, key=lambda c: c.similarity)
    rule = pairs.rule(strongest.a, strongest.b)
    # The finding is as severe as its most severe disagreement ("nearly 32,000" the same day as the draft's 29,000).
    worst = min(group, key=lambda c: SEVERITY_ORDER[severity_of(rule, c.verdict, True)])
    judged = dataclasses.replace(judged, verdict=worst.verdict) if worst.verdict is not None else judged
    conflicting = {f.id for c in group for f in (c.a, c.b)}
    docs = [{f.doc for f in side_ if f.id in conflicting} for side_ in judged.sides]
    alone = docs[0] - set().union(*docs[1:])
    # A side whose every source also states the other side's figure is no disagreement between sources.
    # Sure: contexts alike, or frames that name one thing of one owner ("Bryant's 14 points", "Kobe Bryant scored
    # 12 points").
    a, b = strongest.a, strongest.b
    owned = _owned(a, b)
    sure = sure and (strongest.similarity >= HIGH or owned or _one_event_s_week(a, b)
                     or _alone_of_one_verb(judged, group)) and bool(alone)
    sure = sure and not (_far(judged, by_doc, verdicts) and not one_named_age(a, b))
    sure = sure and not _torn(judged, verdicts)
    sure = sure and not _moments(judged, rule, by_doc) and not pairs.told_apart(*judged.pair)
    sure = sure and not _later_story_later_day(judged, pairs) and not _plan_then_done(judged, pairs)
    # Bound to one event: the frames name one predicate for both (the lexicon's verb, or one rule's words), or one
    # owner's figure. Contexts alike but no verb in common ("three fights with Holyfield", "two fights out there for
    # Wlad"; "nine rifles" seized, "three rifles" besides the AK-47s) leave the figure unsure: a note, unless one
    # source stands alone against three or more in contexts very alike (``_outnumbered``), or the two figures are one
    # another's digits slipped in contexts very alike ("34%" against "43 per cent" for one party in one survey).
    # Two lists told alike bind a figure, not a day: "on Friday and Saturday" the festival runs, "on Friday and
    # Sunday" the roads close.
    listed = a.kind not in ("date", "time") and pairs.aligned(a, b)
    sure = sure and (_bound(a, b) or listed or one_game(a, b) or _outnumbered(judged, strongest)
                     or _lone_of_one_thing(judged, strongest)
                     or (strongest.similarity >= _VERY_ALIKE and same_digits(a, b) and not _other_names(a, b))
                     or _twins(a, b, strongest.similarity, pairs))
    if sure and not judged.verdict.sure and _slipped_alone(judged, strongest):
        judged = dataclasses.replace(judged, verdict=_slip_verdict(judged, pairs))
    keys = Counter(f.key for c in group for f in (c.a, c.b) if f.key and (rule is None or f.key.startswith(rule.id)))
    # Whatever the order the stories were given in: the commonest key, the first by name on a tie (A with B is B
    # with A; found by bench/fuzz.py).
    key = (min(keys.items(), key=lambda item: (-item[1], item[0]))[0] if keys
           else rule.id if rule else min(_auto_key(strongest.a), _auto_key(strongest.b)))
    return group_draft(rule, key, judged, sure, by_doc)


_VERY_ALIKE = 0.7  # contexts this alike, of one thing, tell one figure even with no verb in common


def _twins(a: Fact, b: Fact, similarity: float, pairs: _Pairs) -> bool:
    """Two figures of one named thing in words nearly the same, neither in a list nor a part of a group ("was
    ordered held on $50,000 bail" against "on $500,000 bail"; "before a sellout crowd of 18,412" against "19,412"):
    one figure, though no verb of the lexicon binds them. Not shares (a first dose and a full course are told alike),
    not "two of the climbers" against "three climbers", not one item of two lists ("the Arlen and Brisk towers"), not a
    running total against a figure of now ("admitted since the outbreak began", "currently in hospital"), not
    sentences that name nobody in common ("his three fights with Evander Holyfield", "the two fights out there for
    Klitschko"; "He was ordered held", "She was ordered held")."""
    if similarity < _TWINS or a.thing is None or a.thing != b.thing or a.kind == "percent" or _other_names(a, b):
        return False
    if any(pairs.listed(f) or _OF_GROUP.match(f.sentence, f.end - f.sentence_start) for f in (a, b)):
        return False
    spans = [frozenset(m.group().lower() for m in _SPAN_WORDS.finditer(f.sentence)) for f in (a, b)]
    return bool(sentence_names(a.sentence) & sentence_names(b.sentence)) and spans[0] == spans[1]


_TWINS = 0.85  # contexts this alike, of one named thing, tell one figure
# words of a span to now or of the moment ("since the outbreak began, 130 have been admitted", "45 are currently in
# hospital"): two sentences that differ in them tell a running total and a figure of now
_SPAN_WORDS = re.compile(rf"\b(?:{alternation(words('judging', 'span_words'))})\b", re.IGNORECASE)
_OF_GROUP = re.compile(  # "two of the climbers", "three of them"
    rf"\s+of\s+(?:{alternation([*words('grammar', 'determiners'), *words('grammar', 'possessives'), 'them'])})\b",
    re.IGNORECASE)


def _other_names(a: Fact, b: Fact) -> bool:
    """Each figure has names right before it and the two share none: two things named ("The Ipsos survey put the
    Social Democrats on 21 percent", "put the Greens on 12 percent"), whatever their digits."""
    first, second = names_before(a), names_before(b)
    return bool(first and second and not first & second)


def _outnumbered(judged: Judged, strongest: Conflict) -> bool:
    """One source alone against three or more, in contexts very alike, of one thing: one figure however the verb is
    worded ("The pirates, in three boats, were attempting to hijack" against eight stories' "The pirates on two speed
    boats had surrounded"), when it is a slip away from theirs. Two stories against one, contexts only alike ("his
    three fights with Holyfield", "two fights out there for Wlad") or figures further apart (the union's "9% raise"
    against the "5% raise" the authority offered) leave it unsure."""
    a, b = strongest.a, strongest.b
    return (_one_against(judged, 3) and strongest.similarity >= _VERY_ALIKE and a.thing is not None
            and a.thing == b.thing and _slip(a, b))


_MANY = 5  # sources that state one figure, against one alone: a consensus that binds the figure whatever the verb


def _lone_of_one_thing(judged: Judged, strongest: Conflict) -> bool:
    """One source alone against five or more that state one and the same figure of one thing ("12 AK 47 guns"
    recovered, against ten stories' "seven AK-47 assault rifles" seized): so many stories telling one figure of it
    name the thing surely enough, however each words the verb. Fewer, or a side of several readings ("tens of
    thousands", "at least three"), leave it unsure."""
    if not _one_against(judged, _MANY):
        return False
    many = max(judged.sides, key=lambda side_: len({f.doc for f in side_}))
    a, b = strongest.a, strongest.b
    return a.thing is not None and a.thing == b.thing and len({(f.value, f.low, f.high) for f in many}) == 1


def _one_against(judged: Judged, many: int) -> bool:
    """Two sides: one source alone on one, ``many`` sources or more on the other."""
    docs = sorted(len({f.doc for f in side_}) for side_ in judged.sides)
    return len(docs) == 2 and docs[0] == 1 and docs[1] >= many


def _alone_of_one_verb(judged: Judged, group: Sequence[Conflict]) -> bool:
    """One source alone against three or more that agree, bound to one verb of the lexicon, its figure theirs told
    wrong by a slip of the hand (a power of ten off, two digits swapped) or its day another ("around $54 billion"
    against four stories' "$5.4 billion" for one deal; "died Friday night" against five stories' "Thursday"): one
    figure, however differently the stories word the rest (contexts only partly alike). Any of its links may show
    the slip, not only the most alike ("around $5.4 million" against six stories' "$5.4 billion", one of them also
    "$4.2 billion"). How far apart two days may be, distance.py decides (``_far``)."""
    return _one_against(judged, 3) and any(
        one_predicate(c.a, c.b) and (slip_of_hand(c.a, c.b) or c.a.kind == "date") for c in group)


def _slipped_alone(judged: Judged, strongest: Conflict) -> bool:
    """One source alone against three or more that agree, in contexts very alike, its figure theirs a power of ten
    off ("killed forty people" against five stories' "killed four people"); or alone against two or more, in
    contexts alike, its figure theirs with two digits swapped ("32 pirates were arrested" against two stories' "23
    pirates"): a slip, whatever a running total's unknown dates would allow. One story against one may tell a total
    that grew ("arrested 12 people", "21 people ... late on Saturday")."""
    a, b = strongest.a, strongest.b
    return ((_one_against(judged, 3) and strongest.similarity >= _VERY_ALIKE and decimal_slip(a, b))
            or (_one_against(judged, 2) and strongest.similarity >= HIGH and digits_swapped(a, b)))


def _slip_verdict(judged: Judged, pairs: _Pairs) -> Verdict:
    """The lone figure's slip, told as the figures' own disagreement: not what a running total's dates allow."""
    a, b = judged.pair
    _, params, _ = terms(pairs.rule(a, b), a.kind)
    plain = agree.judge(*pairs.sides(a, b), params)
    docs = sorted(({f.doc for f in side_} for side_ in judged.sides), key=len)
    many = len(docs[-1] - docs[0])  # a lone source that tells their figure too, elsewhere, is not one of them
    told = ("the two sources tell it in words alike" if many <= 1
            else f"{count_sources(many)} agree in words alike")
    slip = ("one figure the other's with its digits in another order: more likely a slip of the hand than a total "
            "that grew" if digits_swapped(a, b) else "the lone figure theirs a power of ten off: a slip, not a total "
            "that grew")
    return Verdict(f"{plain.why if plain else judged.verdict.why}; {told}, {slip}", severity="warning")


_ONE_EVENT_PRECISIONS = frozenset({"week", "month"})  # the precisions of a date that names one event of its verb


def _one_event_s_week(a: Fact, b: Fact) -> bool:
    """Two weeks or months bound to one verb of the lexicon ("was married two weeks ago", "who was wed about three
    weeks ago"; "gained independence in July", "declared independence 6 months ago"): one event, however differently
    the stories word the rest. A weekday or a day is not so sure (a team loses on Wednesday and again on Friday, a
    war kills on Monday and on Tuesday), nor a year (arrested in 2004, and again in 2006)."""
    return a.kind == b.kind == "date" and {precision(a), precision(b)} <= _ONE_EVENT_PRECISIONS and one_predicate(a, b)


def _far(judged: Judged, by_doc: Mapping[str, Document], verdicts: Mapping[frozenset[str], object]) -> bool:
    """The lone side stands too far from every reading of the largest side it conflicts with to be one of them told
    wrong (distance.py): "$334 thousand" is "$334 million" slipped, whatever "$281 million" beside it."""
    pairs = [(a, b) for a in judged.sides[0] for b in judged.sides[-1] if frozenset((a.id, b.id)) in verdicts]
    return all(far_apart(a, b, side(a, by_doc).interval, side(b, by_doc).interval) for a, b in pairs or [judged.pair])


def _moments(judged: Judged, rule: Rule | None, by_doc: Mapping[str, Document]) -> bool:
    """Two sides told only by stories a week apart or more: the figure (an age, a count, a price) may have changed
    between them ("Jeffs, 54," at his extradition, "Jeffs, 55," at his sentencing), so the stories of unknown date
    beside them may tell either moment. Two stories of one week on either side disagree at one moment, whatever
    older stories stand beside them ("a mother of 13" against "her 12 children" the same day, and "a mother of 12"
    two years before). Dates and times are moments of their own, and a running total that is smaller later still
    contradicts the earlier one."""
    if judged.pair[0].kind in ("date", "time") or (rule is not None and rule.kind == "cumulative"):
        return False
    if _scale_slip(*judged.pair):
        return False  # no figure changes into its own digits a power of ten away: a slip, at any distance
    days = [{by_doc[f.doc].published for f in group} - {None} for group in judged.sides]
    gaps = [abs((x - y).days) for i, first in enumerate(days) for second in days[i + 1 :]
            for x in first for y in second]
    return bool(gaps) and min(gaps) > _SAME_MOMENT


def _later_story_later_day(judged: Judged, pairs: _Pairs) -> bool:
    """One side's stories, each published after every story of the other, give a later day than the other's, no
    later than their own, and tell it as one of a series ("met again in Geneva on Tuesday", "arrested a second man on
    Tuesday", "dropped 2 percent on Tuesday, extending Monday's slide": ``repeat_words``), a day or two after stories
    of Monday's: a later event may be told, not the same one told wrong. Without such a word a later story's later day
    is the event's day told wrong ("A bus plunged off a mountain road on Tuesday" a day after stories of Monday's
    crash); so are stories of one day that disagree, a later story's earlier day, a draft against its sources, and
    one verb done to one name. A story dated wrong is taken on the day it was written (``Redating``)."""
    if bucket(judged.pair[0]) != ("moment", "day"):
        return False  # a day named, not a clock time a story's date lends its day
    sides = [(judged.pair[0], judged.sides[0]), (judged.pair[1], judged.sides[-1])]
    for (late, late_side), (early, early_side) in (sides, sides[::-1]):
        if any(f.doc in pairs.drafts for f in late_side) or not _REPEAT.search(late.sentence):
            continue
        published = ([pairs.redating.written(f.doc, pairs.documents[f.doc].published) for f in late_side],
                     [pairs.redating.written(f.doc, pairs.documents[f.doc].published) for f in early_side])
        days = day(late), day(early)
        if None in days or None in published[0] or None in published[1]:
            continue
        first = min(published[0])  # type: ignore[type-var]
        if first > max(published[1]) and days[1] < days[0] <= first:  # type: ignore[operator,type-var]
            return not pairs.one_object(late, early)
    return False


def _plan_then_done(judged: Judged, pairs: _Pairs) -> bool:
    """One side all plans (days after their stories', told as to come), the other all the day told as done by
    stories written after every plan's day: the plan may have moved, a note ("the probe will launch on May 11",
    written May 1; "the probe launched on May 12 after a one-day delay", written May 13). Not where a story of the
    plan's side tells it done ("launched on Saturday", May 11), nor where the done story says the plan held ("as
    scheduled"), nor a draft's plan: a draft that repeats an old plan is told so; a draft that tells the day done
    against a source's old plan is not."""
    if bucket(judged.pair[0]) != ("moment", "day"):
        return False
    first, last = judged.sides[0], judged.sides[-1]
    for plans, done in ((first, last), (last, first)):
        days = [day(f) for f in plans]
        if None in days or not all(_planned(f, pairs) for f in plans):
            continue
        if all(_done_after(f, max(days), pairs) for f in done):  # type: ignore[type-var]
            return True
    return False


def _planned(fact: Fact, pairs: _Pairs) -> bool:
    """A source's day after its story's, told as to come ("will launch on May 11" in a story of May 1)."""
    written, when, tense = _told(fact, pairs)
    return (fact.doc not in pairs.drafts and written is not None and when is not None and written < when
            and tense in ("future", MODAL))


def _done_after(fact: Fact, planned: dt.date, pairs: _Pairs) -> bool:
    """A day told as done ("launched on May 12") by a story written after ``planned``, not as planned ("as
    scheduled", in its sentence or the one before: "The launch went ahead as planned. The probe lifted off ...")."""
    written, when, tense = _told(fact, pairs)
    return (written is not None and when is not None and planned < written and when <= written and tense == "past"
            and not _AS_PLANNED.search(pairs.documents[fact.doc].text, max(0, fact.sentence_start - _PLANNED_REACH),
                                       fact.sentence_start + len(fact.sentence)))  # "went ahead as planned. It ..."


def _told(fact: Fact, pairs: _Pairs) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The day the fact's story was written, the day it names, and the tense it is told in."""
    at = fact.start - fact.sentence_start
    return (pairs.redating.written(fact.doc, pairs.documents[fact.doc].published), day(fact),
            tense_near(fact.sentence, at, at + len(fact.surface)))

_AS_PLANNED = re.compile(rf"\b(?:{alternation(words('judging', 'as_planned'))})\b", re.IGNORECASE)
_PLANNED_REACH = 160  # characters before a done day's sentence, where the story may say the plan held

_REPEAT = re.compile(rf"\b(?:{alternation(words('judging', 'repeat_words'))})\b", re.IGNORECASE)


def _torn(judged: Judged, verdicts: Mapping[frozenset[str], object]) -> bool:
    """A source on both sides, with two figures that cannot both hold ("seven-year" and "eight-year" offers): it
    speaks of two things under these words, so the other sources may too. ``verdicts``: every conflicting pair of
    the finding's facts, as judged when its sides were built."""
    where = {f.id: n for n, group in enumerate(judged.sides) for f in group}
    facts = [f for group in judged.sides for f in group]
    return any(x.doc == y.doc and where[x.id] != where[y.id] and frozenset((x.id, y.id)) in verdicts
               and not _slipped_within(judged, x, y) for i, x in enumerate(facts) for y in facts[i + 1 :])


def _slipped_within(judged: Judged, x: Fact, y: Fact) -> bool:
    """A source's two figures a slip of one another (a power of ten apart, two digits swapped: "Ten" in its headline,
    "one" in its story), one of them told by three other sources at least: a slip of that source, not two things
    under one name."""
    docs = [{f.doc for f in side_} for side_ in judged.sides]
    others = max(len(d - {x.doc}) for d in docs) if len(docs) == 2 else 0
    return (others >= 3 and slip_of_hand(x, y)) or (others >= 1 and same_digits(x, y))


def _auto_key(fact: Fact) -> str:
    """The key of a figure no rule claims: what it counts, or the event a date is of ("auto:date:begin")."""
    about = fact.predicate if fact.kind in ("date", "time") else fact.thing
    return f"{AUTO}{fact.kind}:{(about or '-').removeprefix('~').replace(' ', '-')}"
