"""Whether two figures of two sources may be one figure, and what their rule says of them (``Pairs``): the frames
and rules that allow a pair, the words that tell two figures apart (other times, other models, other games, other
objects of one verb), the sides a rule kind judges and its verdict, slips of a scale word or a digit included."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from factcheck.align import AUTO
from factcheck.documents import Document
from factcheck.facts import Fact
from factcheck.frames import RAW, owners_match, verb_object
from factcheck.judge.clock import clock_verdict
from factcheck.judge.comparable import (
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
from factcheck.judge.distance import decimal_slip, slip_of_hand
from factcheck.judge.groups import own_days
from factcheck.judge.lists import Listed, aligned, in_list
from factcheck.judge.matching import POSSESSIVE, bucket, compatible, said_on, workforce
from factcheck.judge.redating import Redating, relative
from factcheck.lexicon import Lexicon
from factcheck.lexicon.words import alternation, words
from factcheck.rules import agree
from factcheck.rules.cumulative import slipped
from factcheck.rules.intervals import below, written_digits
from factcheck.rules.model import Rule, Side, Verdict

_TIME_REACH = 50  # characters between a figure and the time or span told after it
_CLAUSE_END = re.compile(r"[,;:]\s|\s[-–—]\s")
_MODEL_REACH = 40  # characters between a price and a measure of the model it is the price of
SAME_MOMENT = 7  # days: stories further apart tell figures of different moments
_MONTH_APART = 31  # days: stories further apart tell other plans, and other things of the same digits


def sentence_of(fact: Fact) -> tuple[str, int]:
    """The sentence a fact stands in: its document and where the sentence starts."""
    return fact.doc, fact.sentence_start


@dataclass(frozen=True, slots=True, eq=False)
class Pairs:
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
        apart = None not in days and abs((days[0] - days[1]).days) > SAME_MOMENT
        far = apart and abs((days[0] - days[1]).days) > _MONTH_APART  # type: ignore[operator]
        # a figure of one thing is told wrong however far apart ("$125 billion" of a storm's damage, "$125 million"
        # weeks later); a price months apart may be another product's ("$0.99" a song, "US $99" a phone)
        fixed = a.time == b.time and bool(a.time) and a.time[:1].isdigit()  # "sold for $450 million ... in 2017"
        slip = apart and scale_slip(a, b) and (not far or not _priced(a) or fixed)
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
            self.lists[fact.id] = in_list(fact, self.sentences.get(sentence_of(fact), ()))
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
        if sentence_of(a) == sentence_of(b):
            return False
        if self._other_games(a, b) or (a.kind in ("date", "time") and self._other_objects(a, b)):
            return True
        if a.kind == "money" and self._other_models(a, b):
            return True
        if a.kind not in ("date", "time") and self._other_times(a, b):
            return True
        ours = [f for f in self.sentences.get(sentence_of(a), ()) if f.id != a.id]
        theirs = [f for f in self.sentences.get(sentence_of(b), ()) if f.id != b.id]
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
        for f in self.sentences.get(sentence_of(fact), ()):
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
        return [f for f in self.sentences.get(sentence_of(price), ()) if f.kind == "measure"
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
        if verdict is None and _clocked(a) and _clocked(b) and not any(REPEAT.search(f.sentence) for f in (a, b)):
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


def scale_slip(a: Fact, b: Fact) -> bool:
    """The same digits, two or more, a power of ten apart ("$334 billion", "$334 million"): told wrong however far
    apart the stories; digits swapped ("350", "530" employees years apart) may be a figure that changed."""
    return same_digits(a, b) and decimal_slip(a, b)


REPEAT = re.compile(rf"\b(?:{alternation(words('judging', 'repeat_words'))})\b", re.IGNORECASE)
