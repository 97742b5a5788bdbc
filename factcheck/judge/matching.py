"""Which figure of one source answers which figure of another: each figure is matched with the most alike figure
of the same type in every other source (similarity.py), and the two disagree only when that source states no
agreeing figure in a context as alike. A source that states both values ("7.6 and 7.5") speaks of two things.

A conflict is kept only when it is mutual: the figure of the second source finds the first one's value as its own
best match too. Conflicts that share figures make one group, with the figures that back either side."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from factcheck.align import AUTO
from factcheck.extract.lemmas import lemmas
from factcheck.extract.tokens import sentence_tokens
from factcheck.facts import Fact
from factcheck.frames import EVENT, RAW, RESIDENTS, activity_of, one_team, owners_match
from factcheck.frames.predicates import LASTING
from factcheck.judge.comparable import one_person, precision, reading, rule_id, workforce
from factcheck.judge.similarity import cosine
from factcheck.lexicon import Lexicon
from factcheck.lexicon.words import alternation, table, words
from factcheck.rules.same_date import month_day
from factcheck.timewords import CALENDAR_NAMES, MONTH, WEEKDAY
from factcheck.units import DOLLAR_VALUE

_STAMP = re.compile(r"\s*(?:(?:first\s+)?(?:updated|posted|published)|last\s+(?:updated|modified)|created|filed)\b"
                    r"|.{0,40}\b(?:updated|posted|published)\b.{0,40}$", re.IGNORECASE)
# A line of nothing but a date and a time: a page's own stamp ("9:53 AM, MON 22 JUL 2013", "Posted 10:24 a.m. ET").
_WEEKDAY_SHORT = alternation(o for others in table("calendar", "weekdays").values() for o in others)
_STAMP_LINE = re.compile(
    rf"(?:[\W_]|\d|\b(?:{MONTH}|{WEEKDAY}|{_WEEKDAY_SHORT}\.?|[ap]\.?m\.?"
    rf"|{alternation(words('grammar', 'time_zones'))}|{alternation(words('judging', 'stamp_words'))})\b)*",
    re.IGNORECASE)
# A sum in parentheses after another: the same amount in another currency ("$US1 million ($1.52 million)").
_DOLLARS = alternation(words("currencies", "aside_dollars"))
_CURRENCY = rf"(?:[$€£¥₹](?:AU|{_DOLLARS})?|\b{_DOLLARS}\$|\b(?:euros?|EUR|USD|GBP|Rs\.?)\s*)"
_UNIT = r"\s*(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|[A-Z]{3})"
_SUM = (rf"(?:{_CURRENCY}\d[\d.,]*(?:[\s-]*[a-z]+)?|\d[\d.,]*[\s-]*(?:million|billion|trillion|bn)(?:{_UNIT})?"
        rf"|\d[\d.,]*{_UNIT})")
_CONVERTED = re.compile(rf"{_SUM}\s*\(\s*{alternation(words('judging', 'conversion_hedges'))}?\s*$",
                        re.IGNORECASE)
_CLOSED = re.compile(r"\s*\)")  # "($1.52 million)", not "($2 million of it in cash)"
_MULTIPLE = re.compile(r"\s+times\b|-fold\b|\s+percent\s+of\s+the\s+legal|(?:-for|-of)?-\d", re.IGNORECASE)
_DAY_WORDS = re.compile(
    rf"\d{{4}}|\d+/\d+|{alternation([*table('calendar', 'weekdays'), *words('judging', 'day_words')])}"
    rf"|{alternation(month[:3] for month in table('calendar', 'months'))}", re.IGNORECASE)
# Someone's: "his sixth trip", "Obama's sixth trip", "the pope's fourth visit"; a time's is nobody's ("this year's
# third storm", "the season's second loss").
_POSSESSED = re.compile(r"\b(?:his|her|their|its|(?P<owner>[A-Za-z][\w-]*)(?:'s|’s))\s+$")
_TIME_PERIODS = frozenset((*words("clauses", "time_periods"), *words("clauses", "time_possessors"), *CALENDAR_NAMES))
_WRITTEN = re.compile(rf"\d|\b{MONTH}", re.IGNORECASE)  # a year in figures or a month by name
_SAID_ON = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|reported|"
                      r"stated|added)\s+(?:on\s+|late\s+|early\s+)?$")
_FOR_SPAN = re.compile(rf"\b(?:{alternation(words('judging', 'span_leads'))})\s+$", re.IGNORECASE)  # the verb's length
_ONCE = frozenset(words("judging", "once_predicates"))
_NUMBERED_ONCE = frozenset(words("judging", "numbered_once"))  # "won a second term": one ordinal of one election
_BY = re.compile(r"\b[Bb]y\s+(?:(?:early|late|mid)[\s-]+)?$")
# Two times a story gives as alternatives ("a release in late 2009 or early 2010"): either may be the one
_OR_BETWEEN = re.compile(r"\s+or\s+(?:(?:early|late|mid)[\s-]+|(?:on|in)\s+)?")
_COMMA_OR = re.compile(r"\s*,\s+or\s+(?:(?:early|late|mid)[\s-]+|(?:on|in)\s+)?")
_COMMA_BETWEEN = re.compile(r"\s*,\s*(?:(?:on|in)\s+)?")
POSSESSIVE = re.compile(r"['’]s\b")  # a name or a day that owns the noun after it ("Friday's close")
_ONE_LENGTH = frozenset(words("judging", "one_length_predicates"))  # "a 90-minute call": the call's length
_NAMED_LENGTH = frozenset(words("judging", "named_length_predicates"))  # a prison term, where the case is named
_ENDING = frozenset(words("judging", "ending_predicates"))
# "stopped him in the sixth round": the round it ended; not "rain stopped play in the second set"
_ENDED = frozenset(words("judging", "ended_sequences"))
LOW = 0.30  # below this, two figures are not about one thing
HIGH = 0.50  # from this on, they are surely about one thing
MARGIN = 0.05  # an agreeing figure this close to the best match backs the figure
LISTED = 1.0  # the similarity of two figures at one place of two lists told alike (lists.py): one figure

# Judges a pair: the reason they cannot both hold, or None.
Judge = Callable[[Fact, Fact], object | None]


@dataclass(frozen=True, slots=True)
class Conflict:
    a: Fact
    b: Fact
    similarity: float
    verdict: object


def bucket(fact: Fact) -> tuple[str, str | None] | None:
    """The type of a figure: only figures of one type can state one thing. None for what names no figure to
    compare (an unresolved date, a decade). A clock time with no day of its own ("shortly before midnight") is a
    time of day: the day a story's date lends it says nothing."""
    if fact.kind in ("date", "time"):
        moment = precision(fact)
        if moment is None:
            return None
        if moment == "time" and not _DAY_WORDS.search(fact.surface):
            return ("moment", "clock")
        return ("moment", "day" if moment in ("day", "time") else moment)
    if fact.kind == "money" and fact.unit in DOLLAR_VALUE:
        return ("money", "currency")  # sums in two currencies are compared too, as far as a rate could join them
    if fact.kind in ("measure", "money"):
        return (fact.kind, fact.unit)
    return (fact.kind, None)


def stamp(fact: Fact) -> bool:
    """A story's own timestamp, or a line that is little but its figure: nothing the story says happened. A line of
    its own is read alone, whatever the sentence it was joined to ("... mother and sister\n8:56am Monday 10th June
    2013")."""
    start = fact.start - fact.sentence_start
    end = fact.sentence.find("\n", start)
    line = fact.sentence[fact.sentence.rfind("\n", 0, start) + 1 : end if end >= 0 else None]
    return bool(_STAMP.match(line) or (len(line) < 80 and _STAMP_LINE.fullmatch(line.strip()))
                or len(fact.surface) >= 0.6 * len(line.strip()))


def eligible(fact: Fact, lexicon: Lexicon) -> bool:
    """Whether a figure can be matched at all: not a story's timestamp ("Updated: May 16, 2005, 6:03 PM ET"), not
    a ratio or multiple ("over .500", "five times the limit"), not an age without its person, not a number in a
    sequence ("the fourth round", "the second time"), not a bare year of no named event, not a sum converted into
    another currency ("$US1 million ($1.52 million)")."""
    if stamp(fact):
        return False
    if fact.kind == "money" and _CONVERTED.search(fact.sentence, max(0, fact.start - fact.sentence_start - 60),
                                                  fact.start - fact.sentence_start) and _CLOSED.match(
            fact.sentence, fact.end - fact.sentence_start):
        return False  # a conversion at some day's rate, not a figure of its own
    if fact.kind == "count" and ((isinstance(fact.value, float) and not fact.value.is_integer())
                                 or _MULTIPLE.match(fact.sentence, fact.end - fact.sentence_start)):
        return False
    if lexicon.owned_thing(fact.thing) and fact.owner is None and not described(fact):
        return False
    if fact.kind == "record" and fact.thing != "record":
        return False  # a part of the season's ("9-0 at home"), or the record a game is ahead of: not today's whole
    if fact.thing == "distance":
        return False  # a distance from nowhere named: "55 kilometres south" of what?
    if fact.kind == "count" and fact.thing is None and fact.predicate != RESIDENTS:
        return False  # "two chances", "from their 10": a count of nothing named (not "Kessa, a city of 170,000")
    if fact.kind == "ordinal":
        if fact.thing is None:
            return False  # "in the third": which third?
        head = fact.thing.split()[-1]
        if head in ("time", "times") or (lexicon.thing(head) in lexicon.sequences and head not in _NUMBERED_ONCE
                                         and not (fact.predicate in _ENDING and fact.subject in _ENDED)):
            return False
        # A predicate read from the ordinal's own noun ("the second death": kill) names no event it is bound to,
        # unless someone's ("his sixth trip").
        own = next((lexicon.predicates[(lemma,)] for lemma in lemmas(head) if (lemma,) in lexicon.predicates), None)
        named = fact.predicate is not None and not fact.predicate.startswith(RAW) and (
            fact.predicate != own or _possessed(fact))
        if not (fact.owner or fact.thing.startswith("since ") or named):
            return False  # "the first death" and "the second death": a sequence told, not one event numbered
    if fact.kind == "duration" and fact.owner is None and fact.thing is None and not _lasting(fact):
        # a span of nothing named: "in two days", "with four minutes left" (not "sentenced to 2 years", nor the
        # length of what a verb tells: "deliberated for about six hours", "the talks lasted 90 minutes", or a noun
        # of an action: "after 30 hours of deliberation")
        return False
    if said_on(fact):
        return False  # "police said Wednesday": the day of the telling, not of the event
    if fact.kind in ("date", "time") and _BY.search(fact.sentence, 0, fact.start - fact.sentence_start) and not (
            POSSESSIVE.match(fact.sentence, fact.end - fact.sentence_start)):
        return False  # "four had been arrested by Thursday afternoon": a time a count stood at, or a deadline
    if fact.kind in ("date", "time") and precision(fact) in ("year", "month"):
        # A year or a month of a named event, written out: "a year ago" and "last month" are too loose to compare.
        return bool(fact.predicate and not fact.predicate.startswith(RAW) and _WRITTEN.search(fact.surface))
    if fact.kind in ("date", "time") and precision(fact) == "week":
        # The week of a named event: "married two weeks ago" against "married about three weeks ago".
        return bool(fact.predicate and not fact.predicate.startswith(RAW))
    return True


def _lasting(fact: Fact) -> bool:
    """A span its frame gives the length of something: a lasting predicate, a verb's span ("deliberated for"), or the
    action the frame read it the length of ("after 30 hours of deliberation": ~deliberate; not "the last two days
    of fighting", whose predicate is its clause's verb)."""
    if not fact.predicate:
        return False
    action = activity_of(fact.sentence, fact.end - fact.sentence_start)
    return fact.predicate in LASTING or fact.predicate == f"{RAW}{action}" or bool(
        _FOR_SPAN.search(fact.sentence, 0, fact.start - fact.sentence_start))


def described(fact: Fact) -> bool:
    """A figure of someone's thing told with no owner named, yet of one only: an age told of a person named by what
    they are ("an 11-year-old girl", "the 68-year-old victim"), compared with the age of one so described; the round
    a fight was stopped in ("stopped Thompson in the sixth round"), whoever's."""
    if fact.owner is not None:
        return False
    return (fact.thing == "age" and fact.subject in _ONE_DESCRIBED) or (
        fact.kind == "ordinal" and fact.predicate in _ENDING and fact.subject in _ENDED)


_ONE_DESCRIBED = frozenset((*words("people", "groups"), *words("people", "one_person"), *words("people", "whole")))


def _possessed(fact: Fact) -> bool:
    found = _POSSESSED.search(fact.sentence, 0, fact.start - fact.sentence_start)
    return found is not None and (found.group("owner") or "").lower() not in _TIME_PERIODS


def said_on(fact: Fact) -> bool:
    """A date of a telling: "police said Wednesday", "told reporters on Friday"."""
    return fact.kind in ("date", "time") and bool(_SAID_ON.search(fact.sentence, 0, fact.start - fact.sentence_start))


def compatible(a: Fact, b: Fact, lexicon: Lexicon, telling: bool = False) -> bool:
    """Frames that do not rule out one figure: not two owners, not two predicates, not two times, not two
    things. ``telling``: whether they may state it in agreement, where a date's verb guessed from its sentence
    ("~line") does not set it apart."""
    if a.owner and b.owner and not owners_match(a.owner, b.owner):
        return False
    if a.kind == "record" and not one_team(a.owner, b.owner):
        return False
    if (lexicon.owned_thing(a.thing) or lexicon.owned_thing(b.thing)) and not (
            a.owner and b.owner and owners_match(a.owner, b.owner)) and not (
            described(a) and described(b) and a.subject == b.subject):
        return False  # whose points, whose age? "scored 14 points" and "had 12 points" may be two players
    # One rule's key names one predicate (its words); else the lexicon's predicates must not differ.
    claimed = [rule_id(f.key) for f in (a, b) if f.key and not f.key.startswith(AUTO)]
    if len(claimed) == 2 and claimed[0] != claimed[1]:
        return False  # two rules claimed them for two things (a toll and a count of people sheltering)
    # one game's day ("beat Marsh City 2-1 on Saturday", "lost 2-1 to ... on Sunday"), one person's age ("Nico
    # Pellander, 19, scored", "handed 21-year-old Nico Pellander his first start"): whatever the verbs
    same_rule = _same_rule(a, b) or one_named_age(a, b) or one_game(a, b)
    named = _named_predicates(a, b)
    if RESIDENTS in named and len(set(named)) == 2:
        return False  # the people living in a place and those displaced there, whatever rule claims both
    if not same_rule and len(named) == 2 and named[0] != named[1]:
        return False
    verbs = named if telling else [a.predicate, b.predicate]
    if a.kind in ("date", "time", "duration") and len(verbs) == 2 and all(verbs) and verbs[0] != verbs[1] and (
            not same_rule):
        # a date belongs to its verb: "declared an emergency on Monday", "gave way on Sunday"; a span to the action
        # it is the length of: "three days of fighting", "a week of shelling"
        return False
    if (a.time or EVENT) != (b.time or EVENT) and not _one_year_s_months(a.time, b.time):
        return False
    return not (a.thing and b.thing and a.thing != b.thing and not lexicon.related(a.thing, b.thing)
                and not workforce(a, b))


def _one_year_s_months(a: str | None, b: str | None) -> bool:
    """Two months of one background year ("In April last year an 8.6-magnitude quake", "the 8.7-magnitude quake of
    May 2012"): one event whose month is told two ways may stand behind them; a year alone ("Last year, a
    6.4-magnitude quake") names no month to be told wrong."""
    return bool(a and b and _MONTH_OF.fullmatch(a) and _MONTH_OF.fullmatch(b) and a[:4] == b[:4])


_MONTH_OF = re.compile(r"\d{4}-\d{2}")


def one_predicate(a: Fact, b: Fact) -> bool:
    """The frames name one predicate for both: one rule's words, or one verb of the lexicon."""
    named = _named_predicates(a, b)
    return _same_rule(a, b) or (len(named) == 2 and named[0] == named[1])


def one_owner_s_event(a: Fact, b: Fact) -> bool:
    """Two dates of one verb and one owner ("the Utah Supreme Court tossed out a 2008 conviction", "the Utah
    Supreme overturned the 2007 convictions"): the frames match on all they name."""
    return bool(a.kind == b.kind == "date" and a.owner and b.owner and owners_match(a.owner, b.owner)
                and one_predicate(a, b))


def _same_rule(a: Fact, b: Fact) -> bool:
    return a.key is not None and a.key == b.key and not a.key.startswith(AUTO)


def _named_predicates(a: Fact, b: Fact) -> list[str]:
    return [f.predicate for f in (a, b) if f.predicate and not f.predicate.startswith(RAW)]


def conflicts(facts: Sequence[Fact], bags: Mapping[str, Mapping[str, float]], judge: Judge,
              agrees: Callable[[Fact, Fact], bool], allowed: Callable[[Fact, Fact], bool],
              drafts: frozenset[str] = frozenset(),
              slip: Callable[[Fact, Fact], bool] | None = None,
              aligned: Callable[[Fact, Fact], bool] | None = None) -> list[Conflict]:
    """The mutual conflicts among ``facts`` (all of one type), between different documents; with ``drafts``, only
    those of a draft with a source (the sources' quarrels among themselves are not a draft's business). ``slip``:
    whether two figures are a slip of the hand apart; a figure's match among near-alike candidates is then one it is
    such a slip from, if any, and a figure a story gives twice, once wrong by such a slip, is flagged though its
    match is not mutual (``_told_twice``). ``aligned``: whether two figures stand at one place of two lists told
    alike (lists.py): their match, whatever the words around them."""
    by_doc: dict[str, list[Fact]] = {}
    for fact in facts:
        by_doc.setdefault(fact.doc, []).append(fact)
    if len(by_doc) < 2:
        return []
    clock = bucket(facts[0]) == ("moment", "clock")  # all of one type
    beside = _Beside(_alternatives(facts), _spans(facts), _former_plans(facts))
    # For each fact and each other document: the conflicting best match, or nothing (backed, or no match).
    found: dict[tuple[str, str], tuple[Fact, float, object]] = {}
    answered: dict[tuple[str, str], Fact] = {}
    for doc, own in by_doc.items():
        for other_doc, others in by_doc.items():
            if other_doc == doc or (drafts and doc not in drafts and other_doc not in drafts):
                continue
            for fact in own:
                scored = [(_listed(fact, g, bags, clock, aligned), g) for g in others if allowed(fact, g)]
                if not scored:
                    continue
                best = max(s for s, _ in scored)
                if best < LOW:
                    continue
                near = [(s, g) for s, g in scored if s >= best - MARGIN]
                agreeing = next((g for _, g in near if beside.agreeing(fact, g, agrees, drafts)), None)
                if agreeing is None and other_doc in drafts:
                    # the draft states the source's figure elsewhere: "killed four skiers on Wednesday, bringing the
                    # deaths this winter to 11" answers a source's "this winter's toll ... to 11"
                    agreeing = next((g for s, g in scored if s >= LOW and agrees(fact, g)), None)
                if agreeing is not None:
                    answered[(fact.id, other_doc)] = agreeing
                    continue  # the other source states this figure too, in a context as alike
                # A figure whose digits another near figure shares, a slip of the hand away, is that figure
                # told wrong ("27 miles" deep against "2.7 miles" and an earlier quake's "1.1 miles").
                top = max(near, key=lambda item: (bool(slip and slip(fact, item[1])), item[0], -item[1].start))[1]
                verdict = judge(fact, top)
                if verdict is not None:
                    found[(fact.id, other_doc)] = (top, best, verdict)
    by_id = {f.id: f for f in facts}
    kept: dict[frozenset[str], Conflict] = {}
    for (fact_id, _), (match, score, verdict) in found.items():
        back = found.get((match.id, by_id[fact_id].doc))
        if back is None or reading(back[0]) != reading(by_id[fact_id]):
            sibling = answered.get((match.id, by_id[fact_id].doc))
            if not (back is None and slip and _told_twice(by_id[fact_id], match, sibling, bags, slip)):
                continue  # not mutual: the other figure is better answered by something else
        pair = frozenset((fact_id, match.id))
        if pair not in kept or kept[pair].similarity < score:
            kept[pair] = Conflict(by_id[fact_id], match, score, verdict)
    return sorted(kept.values(), key=lambda c: (c.a.doc, c.a.start, c.b.doc, c.b.start))


@dataclass(frozen=True, slots=True)
class _Beside:
    """What a story tells beside a figure that may answer another story's: the alternatives it gives ("on Monday or
    Tuesday"), the spans of days ("between May 2 and May 5"), the plans it says were given up ("first set to begin
    on October 8, will now open on October 9")."""

    either: Mapping[str, tuple[Fact, ...]]  # fact id -> the alternatives it stands among
    spans: Mapping[str, tuple[tuple[int, ...], tuple[int, ...]]]  # fact id -> the first and last day of its span
    former: Mapping[tuple[str, int], tuple[Fact, ...]]  # (document, sentence) -> its days of a plan given up

    def agreeing(self, fact: Fact, other: Fact, agrees: Callable[[Fact, Fact], bool],
                 drafts: frozenset[str]) -> bool:
        """``other``'s story states ``fact``'s figure: ``other`` itself, an alternative, a span, or (not to a
        draft) a plan given up of ``other``'s sentence agrees with it."""
        if agrees(fact, other) or _either_agrees(fact, other, self.either, agrees) or _within(fact, other, self.spans):
            return True
        return fact.doc not in drafts and any(
            h.id != other.id and agrees(fact, h) for h in self.former.get((other.doc, other.sentence_start), ()))


def _former_plans(facts: Sequence[Fact]) -> dict[tuple[str, int], tuple[Fact, ...]]:
    """The days each sentence tells as a plan given up ("first set to begin on October 8", "originally scheduled for
    May 11", "which had been scheduled to begin on April 2"), by (document, sentence)."""
    found: dict[tuple[str, int], tuple[Fact, ...]] = {}
    for fact in facts:
        if former_plan(fact):
            key = (fact.doc, fact.sentence_start)
            found[key] = (*found.get(key, ()), fact)
    return found


def former_plan(fact: Fact) -> bool:
    """A day told as a plan given up: "first set to begin on October 8", "originally scheduled for May 11"; not "the
    first set of results is due on May 3", "previously set the record on March 3"."""
    return fact.kind == "date" and bool(_FORMER_PLAN.search(fact.sentence, 0, fact.start - fact.sentence_start))


_FORMER_PLAN = re.compile(
    rf"\b(?:(?:{alternation(words('judging', 'former_plan_adverbs'))})|had\s+been)\s+"
    rf"(?:{alternation(words('judging', 'plan_words'))})\s+(?:{alternation(words('judging', 'plan_links'))})\b"
    r"[^,;]{0,40}$", re.IGNORECASE)


def _alternatives(facts: Sequence[Fact]) -> dict[str, tuple[Fact, ...]]:
    """Days and times a story gives as alternatives, joined by "or" ("late 2009 or early 2010", "on Monday or
    Tuesday", "on Thursday, Friday or Monday"): each with its others; another story's figure that agrees with either
    is answered. Not ", or" after two ("on July 1, or on Oct. 1 for restaurants": a second fact)."""
    by_sentence: dict[tuple[str, int], list[Fact]] = {}
    for fact in facts:
        if fact.kind in ("date", "time"):  # "$2.1 billion, or $400 million more than planned": a second figure
            by_sentence.setdefault((fact.doc, fact.sentence_start), []).append(fact)
    either: dict[str, tuple[Fact, ...]] = {}
    for group in by_sentence.values():
        group.sort(key=lambda f: f.start)
        runs: list[tuple[list[Fact], list[str]]] = [([group[0]], [])]
        for x, y in pairwise(group):
            link = _link(x, y)
            if link:
                runs[-1][0].append(y)
                runs[-1][1].append(link)
            else:
                runs.append(([y], []))
        for run, links in runs:
            if "or" in links or ("comma-or" in links and "comma" in links):
                either.update({f.id: tuple(run) for f in run})
    return either


def _either_agrees(a: Fact, b: Fact, either: Mapping[str, tuple[Fact, ...]],
                   agrees: Callable[[Fact, Fact], bool]) -> bool:
    """An alternative of one agrees with the other, or with one of its alternatives ("on Monday or Tuesday",
    "on Tuesday")."""
    if a.id not in either and b.id not in either:
        return False
    return any(agrees(x, y) for x in either.get(a.id, (a,)) for y in either.get(b.id, (b,)) if (x, y) != (a, b))


def _spans(facts: Sequence[Fact]) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Days a story gives as the two ends of a span ("between May 2 and May 5", "from March 2 to March 5", "May 2
    to May 5"): each end with the span's first and last day. Not the two days of a change ("moved from May 2 to
    May 9": the first is a plan given up, the days between are not the story's)."""
    by_sentence: dict[tuple[str, int], list[Fact]] = {}
    for fact in facts:
        if fact.kind == "date" and _day(fact) is not None:
            by_sentence.setdefault((fact.doc, fact.sentence_start), []).append(fact)
    spans: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for group in by_sentence.values():
        group.sort(key=lambda f: f.start)
        for x, y in pairwise(group):
            before = x.sentence[: x.start - x.sentence_start]
            joined = _SPAN_AND if _BETWEEN_BEFORE.search(before) else _SPAN_TO
            if not joined.fullmatch(x.sentence, x.end - x.sentence_start, y.start - y.sentence_start) or (
                    _CHANGED_FROM.search(before)):
                continue
            first, last = _day(x), _day(y)
            if first is not None and last is not None and len(first) == len(last) and first < last:
                spans[x.id] = spans[y.id] = (first, last)
    return spans


def _within(a: Fact, b: Fact, spans: Mapping[str, tuple[tuple[int, ...], tuple[int, ...]]]) -> bool:
    """One story's day falls within the other's span, told with the span's own verb: a vote "on May 3" is in the
    window "between May 2 and May 5"; "closed on Wednesday" in "closed Monday through Thursday". Not two spans (a
    bridge "closed from June 3 to June 10" and "from June 5 to June 12": one closure's days told two ways), nor a
    day told with another verb ("entered Harsk on February 4" against "held Harsk from February 1 to February 8"),
    nor one told right after a word of a beginning or an end that is no state ("will begin their strike on
    Wednesday" against "will strike from Tuesday to Thursday"; "Police closed the bridge on Wednesday" against "was
    closed from Monday to Thursday", not "will be closed on Wednesday"; "will run until December 22" against "from
    December 1 to December 23"): that is the span's end, told wrong or not."""
    if (a.id in spans) == (b.id in spans):
        return False
    point, span = (a, b) if b.id in spans else (b, a)
    if point.predicate != span.predicate or _END_BEFORE.search(point.sentence, 0, point.start - point.sentence_start):
        return False
    if _boundary(point):
        return False
    day_, (low, high) = _day(point), spans[span.id]
    if day_ is None:
        return False
    if len(day_) != len(low):  # a day of a known year against one of none: by month and day
        day_, low, high = day_[-2:], low[-2:], high[-2:]
    return low <= day_ <= high


def _boundary(fact: Fact) -> bool:
    """A word of a beginning or an end in the few words before the day, not told as a state ("began their strike on
    Wednesday", "Police closed the bridge on Wednesday"; not "will be closed on Wednesday", "remain shut")."""
    before = sentence_tokens(fact.sentence[: fact.start - fact.sentence_start])[-_BOUNDARY_REACH - 1 :]
    return any(w.lower in _BOUNDARY_WORDS and not (i and before[i - 1].lower in _STATE_VERBS)
               for i, w in enumerate(before) if i)


def _day(fact: Fact) -> tuple[int, ...] | None:
    """(year, month, day) of a date told to the day, or (month, day) where its year is unknown; None for less."""
    found = month_day(fact.value)
    if found is None:
        return None
    year = str(fact.value)[:4]
    return found if year == "XXXX" else (int(year), *found)

_BOUNDARY_WORDS = frozenset(words("judging", "span_boundary_words"))  # "will begin their strike on Wednesday"
_STATE_VERBS = frozenset(words("judging", "state_verbs"))  # "will be closed", "remain shut": a state, no boundary
_BOUNDARY_REACH = 8  # words before a day within which a word tells it begins or ends a span
# "will run until December 22", "from December 3": one end of a span
_END_BEFORE = re.compile(rf"\b(?:{alternation(words('judging', 'span_end_words'))})\s+(?:on\s+)?$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:on\s+)?$", re.IGNORECASE)
_SPAN_AND = re.compile(r"\s+and\s+(?:on\s+)?", re.IGNORECASE)
_SPAN_TO = re.compile(r"\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+(?:on\s+)?", re.IGNORECASE)
# "moved the vote from May 2 to May 9", "postponed from", "pushed back from": a change, not a span
_CHANGED_FROM = re.compile(rf"\b(?:{alternation(words('judging', 'changed_from'))})\b(?:\s+\S+){{0,8}}\s+from\s+"
                           r"(?:on\s+)?$", re.IGNORECASE)


def _link(x: Fact, y: Fact) -> str:
    """How two figures of one sentence are joined: "or", "comma", "comma-or" (", or"), or not as a list ("")."""
    low, high = x.end - x.sentence_start, y.start - y.sentence_start
    if _OR_BETWEEN.fullmatch(x.sentence, low, high):
        return "or"
    if _COMMA_OR.fullmatch(x.sentence, low, high):
        return "comma-or"
    return "comma" if _COMMA_BETWEEN.fullmatch(x.sentence, low, high) else ""


def _told_twice(fact: Fact, match: Fact, sibling: Fact | None, bags: Mapping[str, Mapping[str, float]],
                slip: Callable[[Fact, Fact], bool]) -> bool:
    """A story gives one figure two ways, a slip of the hand apart, and the other source's figure, which conflicts
    with one, is answered by the other ("46 were arrested Wednesday night", "At least 460 demonstrators were
    arrested", against "46 people had been arrested"): the one is told wrong, though the match is not mutual.
    ``slip``: whether two figures are such a slip."""
    return (sibling is not None and sibling.id != fact.id and slip(fact, match) and slip(fact, sibling)
            and cosine(bags[fact.id], bags[sibling.id]) >= LOW)


def _listed(a: Fact, b: Fact, bags: Mapping[str, Mapping[str, float]], clock: bool,
            aligned: Callable[[Fact, Fact], bool] | None) -> float:
    """How alike two figures are, as ``_similar`` says; at one place of two lists told alike, one figure."""
    return LISTED if aligned is not None and aligned(a, b) else _similar(a, b, bags, clock)


def _similar(a: Fact, b: Fact, bags: Mapping[str, Mapping[str, float]], clock: bool) -> float:
    """How alike two figures' contexts are. Two clock times bound to one verb of the lexicon tell the time of one
    event whatever words stand around them ("planes dropped four bombs at 3:20 p.m.", "at approximately 3:00 pm,
    the camp was bombed"): the words around a time ("in the region", "local time") say little of which it is.
    ``clock``: the figures are times of day alone (their type, ``bucket``)."""
    score = cosine(bags[a.id], bags[b.id])
    if clock and one_predicate(a, b):
        return max(score, HIGH)
    if once(a, b) or _one_length(a, b) or one_game(a, b):
        return max(score, HIGH)
    return score


def one_named_age(a: Fact, b: Fact) -> bool:
    """Two ages of one person named in full in both stories ("Dario Velk, 27," and "Dario Velk, a 32-year-old
    forklift driver"; "Novelist Oriana Fessel ... died at 84" and "Oriana Fessel, the 87-year-old novelist"): one
    person's age, whatever verb each sentence tells (stories a week apart or more may tell
    two birthdays: ``judge.certainty._moments``)."""
    return (a.thing == b.thing == "age" and one_person(a.owner, b.owner) and _role_before_name(a, b)
            and not any(_AGE_THEN.search(f.sentence, 0, f.start - f.sentence_start) and f.predicate != "kill"
                        for f in (a, b)))  # "died at the age of 85" is the age the person has for ever


_ROLES = frozenset((*words("people", "one_person"), *words("people", "groups"), *words("people", "titles")))


def _role_before_name(a: Fact, b: Fact) -> bool:
    """The words one owner has before the other's name (``one_person``: "novelist oriana fessel", "oriana fessel")
    are written as a role: in lower case, or a role or title ("Novelist Oriana Fessel", "Senator Rhea Moss"); not
    two given names ("Mary Ann Dorsey", "Ann Dorsey")."""
    longer, shorter = sorted((a, b), key=lambda f: len(str(f.owner).split()))[::-1]
    extra = len(str(longer.owner).split()) - len(str(shorter.owner).split())
    if extra == 0:
        return True
    written = re.search(r"\s+".join(re.escape(w) for w in str(longer.owner).split()), longer.sentence, re.IGNORECASE)
    return written is not None and all(w.islower() or w.lower() in _ROLES for w in written.group(0).split()[:extra])


_AGE_THEN = re.compile(r"\b(?:at\s+the\s+age\s+of|at\s+age|aged)\s+$", re.IGNORECASE)  # "lost his father at
# the age of 12", "made his debut at age 16": an age at another time than now


def one_game(a: Fact, b: Fact) -> bool:
    """Two days of one game: each sentence tells one final score, the same in both, one of them a game (a word of
    sport), and the same two sides or more by name, and no other day ("the Albany Owls beat the Norfolk Tides 88-85 on
    Wednesday night", "lifted the Albany Owls past the Norfolk Tides 88-85 on Tuesday night"): one game's day,
    whatever verb tells it. Two games of one score between the same sides are told on two days in one story, not
    one in each."""
    if not (bucket(a) == bucket(b) == ("moment", "day")) or any(_OTHER_DAY.match(f.sentence, f.end - f.sentence_start)
                                                               for f in (a, b)):
        return False  # a day ("Wednesday night" too), not a clock time, nor another event's ("Saturday's semifinals")
    scores = [_game_score(f.sentence) for f in (a, b)]
    if None in scores or scores[0][0] != scores[1][0] or not (_GAME.search(a.sentence) or _GAME.search(b.sentence)):
        return False
    names = _names(a.sentence), _names(b.sentence)
    # the sides named beside one score are named in the other sentence too (which may name them in full: "the Sable
    # River Foxes beat the Dunmore Colts 9-4", "Sable River's 9-4 win over Dunmore"); not "beat the Raleigh Hawks
    # 88-85" against "beat the Norfolk Tides 88-85", whatever team both name
    return len(names[0] & names[1]) >= 2 and (scores[0][1] <= names[1] or scores[1][1] <= names[0])


@lru_cache(maxsize=4096)
def _game_score(sentence: str) -> tuple[frozenset[int], frozenset[str]] | None:
    """The one score of a sentence, both numbers (either order), and the names beside it (six words before, four
    after), if it tells one score and one day, with a name beside it."""
    found = list(_SCORE.finditer(sentence))
    if len({frozenset((m.group(1), m.group(2))) for m in found}) != 1 or len(_DAY_NAMES.findall(sentence)) != 1:
        return None
    if _SERIES.search(sentence):
        return None  # "to open their playoff series", "in Game 2", "the first leg": one of several games
    before, after = sentence[: found[0].start()].split()[-6:], sentence[found[0].end() :].split()[:4]
    beside = _names(" ".join((*before, *after)))
    return (frozenset((int(found[0].group(1)), int(found[0].group(2)))), beside) if beside else None


@lru_cache(maxsize=4096)
def _names(text: str) -> frozenset[str]:
    """The names of a text, its first word too, without a possessive's "'s" ("Westfield's" is Westfield)."""
    return frozenset(name for name in (re.sub(r"\s?['’]\s?s$", "", n) for n in sentence_names(f"x {text}"))
                     if name not in CALENDAR_NAMES)


_OTHER_DAY = re.compile(r"\s?['’]\s?s\s+(?!\d{1,3}\s?[-–]\s?\d)")  # "Saturday's semifinals", not "Saturday's 2-0 win"
_SCORE = re.compile(r"(?<![\w.,/:$-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%-]|[.,]\d)")
_GAME = re.compile(rf"\b{alternation(words('judging', 'game_words'))}\b", re.IGNORECASE)
_SERIES = re.compile(rf"\b(?:{alternation(words('judging', 'series_words'))})\b|\bGame\s+\d", re.IGNORECASE)
_DAY_NAMES = re.compile(rf"\b{alternation([*table('calendar', 'weekdays'), *words('judging', 'day_words')])}\b",
                        re.IGNORECASE)


def _one_length(a: Fact, b: Fact) -> bool:
    """Two lengths of one call or one meeting: "spoke by phone for 45 minutes", "a 90-minute call", in sentences
    that name both sides alike, or nobody ("Anselm and Lisk spoke", "Anselm spoke ... with the Danish prime minister":
    two calls); two prison terms in sentences that name the case alike ("sentenced to 12 years ... the Lindqvist
    Foundation, a children's charity in Port Avery", "siphoned $3.8 million out of a Port Avery children's charity,
    will spend 21 years behind bars"), never in sentences that name nobody (two defendants)."""
    named = a.predicate in _NAMED_LENGTH  # a prison term: of one case only where both sentences name it alike
    if not (a.kind == b.kind == "duration" and (a.predicate in _ONE_LENGTH or named) and one_predicate(a, b)):
        return False
    names = sentence_names(a.sentence), sentence_names(b.sentence)
    return len(names[0] & names[1]) >= 2 or not (names[0] or names[1] or named)


def sentence_names(sentence: str) -> frozenset[str]:
    """The names a sentence tells of: its capitalised words but the first, no day or month ("Bowe is best
    remembered for his three fights with Evander Holyfield": evander, holyfield)."""
    return frozenset(w.strip(".,;:'’\"()").lower() for w in sentence.split()[1:]
                     if w[:1].isupper() and w.strip(".,;:'’\"()").lower() not in CALENDAR_NAMES)


def once(a: Fact, b: Fact) -> bool:
    """Two dates of one predicate that befalls one person or body once ("ousted in 2003", "excommunicated in
    2002"): one event's date, whatever words stand around them."""
    return a.kind == b.kind == "date" and one_predicate(a, b) and a.predicate in _ONCE


def groups(found: Sequence[Conflict]) -> list[list[Conflict]]:
    """Conflicts that share a figure (or a reading of one document about one thing), together."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def node(fact: Fact) -> str:
        # One story's "four" people killed and its "four" life sentences are two figures, not one reading.
        return repr((reading(fact), fact.thing))

    for conflict in found:
        parent[root(node(conflict.a))] = root(node(conflict.b))
    gathered: dict[str, list[Conflict]] = {}
    for conflict in found:
        gathered.setdefault(root(node(conflict.a)), []).append(conflict)
    return list(gathered.values())
