"""How sure a finding is: a group of conflicts made one draft finding (``group_drafts``), a warning or an error only
where the match is sure (one owner, one verb of the lexicon, one week, words all but the same, a lone source
outnumbered or slipped), a note where it is not (two moments, a plan and the day it was done, a later story's later
day, a figure torn between two readings)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from factcheck.align import AUTO
from factcheck.documents import Document
from factcheck.extract.tense import MODAL, tense_near
from factcheck.facts import Fact
from factcheck.frames import owners_match
from factcheck.judge.comparable import precision, reading, side, terms
from factcheck.judge.distance import day, decimal_slip, digits_swapped, far_apart, slip_of_hand
from factcheck.judge.findings import SEVERITY_ORDER, Draft, count_sources, group_draft, severity_of
from factcheck.judge.groups import Judged, sides_of
from factcheck.judge.lists import names_before
from factcheck.judge.matching import (
    HIGH,
    Conflict,
    bucket,
    one_game,
    one_named_age,
    one_owner_s_event,
    one_predicate,
    sentence_names,
)
from factcheck.judge.pairs import REPEAT, SAME_MOMENT, Pairs, same_digits, scale_slip
from factcheck.judge.similarity import cosine
from factcheck.lexicon.words import alternation, words
from factcheck.rules import agree
from factcheck.rules.model import Rule, Verdict


def bound_to_one_event(a: Fact, b: Fact) -> bool:
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
        return a.kind in ("date", "time")  # moments: how far apart, distance.far_apart decides (through _far)
    return max(x, y) / min(x, y) <= _SLIP or decimal_slip(a, b)


def group_drafts(group: Sequence[Conflict], members: Sequence[Fact], bags: Mapping[str, Mapping[str, float]],
                 pairs: Pairs, by_doc: Mapping[str, Document], order: Mapping[str, int]) -> list[Draft]:
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


def _draft_against_each(group: Sequence[Conflict], judged: Judged, pairs: Pairs, by_doc: Mapping[str, Document],
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


def _lone_against_many(group: Sequence[Conflict], judged: Judged, pairs: Pairs, by_doc: Mapping[str, Document],
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
                     and c.similarity >= HIGH and bound_to_one_event(c.a, c.b)]
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


def _draft(group: Sequence[Conflict], judged: Judged, pairs: Pairs, by_doc: Mapping[str, Document],
           verdicts: Mapping[frozenset[str], object], sure: bool = True) -> Draft:
    """The draft finding of one group: a warning or an error as its rule says where the match is sure (the
    conditions below), else a note; ``sure``: what the caller already knows of it."""
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
    sure = sure and (bound_to_one_event(a, b) or listed or one_game(a, b) or _outnumbered(judged, strongest)
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


def _twins(a: Fact, b: Fact, similarity: float, pairs: Pairs) -> bool:
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
    "$4.2 billion"). How far apart two days may be, ``distance.far_apart`` decides (through ``_far``)."""
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


def _slip_verdict(judged: Judged, pairs: Pairs) -> Verdict:
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
    if scale_slip(*judged.pair):
        return False  # no figure changes into its own digits a power of ten away: a slip, at any distance
    days = [{by_doc[f.doc].published for f in group} - {None} for group in judged.sides]
    gaps = [abs((x - y).days) for i, first in enumerate(days) for second in days[i + 1 :]
            for x in first for y in second]
    return bool(gaps) and min(gaps) > SAME_MOMENT


def _later_story_later_day(judged: Judged, pairs: Pairs) -> bool:
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
        if any(f.doc in pairs.drafts for f in late_side) or not REPEAT.search(late.sentence):
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


def _plan_then_done(judged: Judged, pairs: Pairs) -> bool:
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


def _planned(fact: Fact, pairs: Pairs) -> bool:
    """A source's day after its story's, told as to come ("will launch on May 11" in a story of May 1)."""
    written, when, tense = _told(fact, pairs)
    return (fact.doc not in pairs.drafts and written is not None and when is not None and written < when
            and tense in ("future", MODAL))


def _done_after(fact: Fact, planned: dt.date, pairs: Pairs) -> bool:
    """A day told as done ("launched on May 12") by a story written after ``planned``, not as planned ("as
    scheduled", in its sentence or the one before: "The launch went ahead as planned. The probe lifted off ...")."""
    written, when, tense = _told(fact, pairs)
    return (written is not None and when is not None and planned < written and when <= written and tense == "past"
            and not _AS_PLANNED.search(pairs.documents[fact.doc].text, max(0, fact.sentence_start - _PLANNED_REACH),
                                       fact.sentence_start + len(fact.sentence)))  # "went ahead as planned. It ..."


def _told(fact: Fact, pairs: Pairs) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The day the fact's story was written, the day it names, and the tense it is told in."""
    at = fact.start - fact.sentence_start
    return (pairs.redating.written(fact.doc, pairs.documents[fact.doc].published), day(fact),
            tense_near(fact.sentence, at, at + len(fact.surface)))


_AS_PLANNED = re.compile(rf"\b(?:{alternation(words('judging', 'as_planned'))})\b", re.IGNORECASE)
_PLANNED_REACH = 160  # characters before a done day's sentence, where the story may say the plan held


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
