"""What a figure is about: its frame. Four parts, read from the words of its sentence:

- ``thing``: what it counts or measures ("points", "depth", "price", "count of murder"), the head noun's class
  from the lexicon ("jobs" for jobs and positions), with a qualifier that makes it another figure ("career
  points");
- ``predicate``: what the sentence says happened to it ("kill" for killed, dead and the death toll; "score";
  "strike"), the nearest predicate of the lexicon in the figure's clause;
- ``owner``: whose figure it is, when the sentence names someone: a possessive ("Bryant's 14 points") or the
  name that does the predicate ("Bryant scored 14", "the MacBook Air costs $999");
- ``time``: ``event`` for the story's event, or the background it is about ("2004" for "In 2004 ... a magnitude
  9.1 quake", "other" for "last year", "next season", "previously").

Two figures are the same figure only when their frames match (factcheck.judge)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.hedges import HEDGE_WORDS
from factcheck.extract.lemmas import noun_lemma
from factcheck.extract.tokens import Token, sentence_tokens
from factcheck.frames.clauses import clause_of
from factcheck.frames.model import EVENT, NUMBER_WORDS_PATTERN, OTHER, RAW, RESIDENTS, Frame
from factcheck.frames.owners import one_team, owner_and_time, owners_match, record_owner
from factcheck.frames.predicates import (
    CHANGES,
    COUNTED_WORDS,
    activity_of,
    charged_with,
    kind_predicate,
    lexicon_class,
    negator,
    population_frame,
    predicate_of,
    released,
    verb_before,
    verb_object,
)
from factcheck.frames.things import (
    NEXT_WORD,
    attempted_thing,
    bought_or_polled,
    described_thing,
    is_legal_count,
    purchase_frame,
    thing_of,
)
from factcheck.frames.when import FROM_TO, time_of
from factcheck.lexicon import Lexicon
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.rules.things import kin_of

__all__ = ["EVENT", "FROM_TO", "OTHER", "RAW", "RESIDENTS", "Frame", "activity_of", "frame_of", "negator", "one_team",
           "owners_match", "verb_object"]


_REFERENCE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:from|of|off|outside|away\s+from)\s+(?:the\s+)?"
                        r"((?:[A-Z][\w'’-]+\s?){1,3})")


def frame_of(kind: str, unit: str | None, subject: str | None, sentence: str, start: int, end: int,
             lexicon: Lexicon, time: str = EVENT) -> Frame:
    """The frame of the figure at sentence[start:end]; ``time``: the other year the alignment found, if any."""
    if kind == "record":
        return _record_frame(subject, sentence, start, end, time)
    words = sentence_tokens(sentence)
    low, high, fronted = clause_of(sentence, start, end, kind == "time")
    inside = [i for i, t in enumerate(words) if low <= t.start and t.end <= high]
    figure = [i for i, t in enumerate(words) if t.start < end and start < t.end]
    first = figure[0] if figure else next((i for i, t in enumerate(words) if t.start >= end), len(words))
    last = figure[-1] if figure else first - 1
    clause = (inside[0], inside[-1]) if inside else (0, len(words) - 1)
    counted = _counted_words(words, last, subject) if kind == "count" else last
    legal = kind == "count" and is_legal_count(sentence, start, subject, words, last, counted)
    predicate = predicate_of(sentence, words, first, last, clause, lexicon, fronted, counted, kind == "percent", legal)
    if kind == "count" and subject == "time":
        # How many times: of the verb right before ("married three times and divorced twice": divorced twice)
        predicate = verb_before(words, first, clause, lexicon) or predicate
    thing = thing_of(kind, unit, subject, sentence, end, words, first, last, clause, lexicon)
    if legal:  # a count of charges: "three counts of attempted murder" are no counts of murder
        predicate, thing = charged_with(predicate, subject, lexicon), attempted_thing(thing, sentence, end)
    if kind == "duration" and thing and predicate == f"{RAW}last":
        # "The meeting ... lasted 90 minutes": the length of the meeting, the predicate its noun's (meet)
        predicate = lexicon.predicates.get((thing,), predicate)
    if thing == "distance":
        place = _REFERENCE.match(sentence, end)  # "55 kilometres south of Bireun": a distance from somewhere
        thing = f"distance from {place.group(1).strip().lower()}" if place else thing
    if thing is None and kind == "count" and predicate in _PEOPLE_PREDICATES:
        thing = "people"  # "the death toll rose to 212": a toll counts people
    if kind == "count" and predicate == "vote" and subject in _VOTING_MEMBERS:
        thing = "votes"  # "241 lawmakers backed the bill in Thursday's vote": 241 votes
    if kind == "percent" and thing == "people" and _TURNOUT.search(sentence, low, high) and _ELECTORATE.match(
            sentence, end):
        thing = "turnout"  # "54% of eligible voters cast ballots": the turnout (not "42% of young voters")
    owner, time = owner_and_time(thing, sentence, start, end, words, first, last, clause, kind, low, time, lexicon)
    if kind == "money":
        thing, predicate, owner = purchase_frame(thing, predicate, owner, sentence, start, end, lexicon)
    owner = bought_or_polled(kind, predicate, sentence, low, high) or owner
    if kind in ("money", "count", "measure") and (rate := _RATE.match(sentence, end)):
        thing = f"per {(rate.group(1) or rate.group(2)).lower()}"  # "$25 million a season" is no total
    thing = described_thing(kind, sentence, start, end, thing)
    if kind == "count" and thing in _VOTES and _THRESHOLD.search(sentence, max(0, start - 40), start):
        thing = f"needed {thing}"  # "needed 120 votes to pass": the threshold, not the votes cast
    if kind not in ("date", "time") and _GAP.match(sentence, end):
        thing = f"gap {thing or ''}".strip()  # "16 turnovers -- two more than Evansville": a gap, not a count
    after = NEXT_WORD.match(sentence, end) if kind == "money" else None
    change = lexicon_class((after.group(1).lower(),), lexicon) if after is not None else None
    if change in CHANGES:
        # "the $50 billion increase in HP's market value": a change of a figure, never the figure itself
        thing, predicate = f"change {thing or ''}".strip(), change
    predicate, owner = released(kind, sentence, end, lexicon) or (predicate, owner)
    predicate, owner = population_frame(kind, sentence, start, owner) or (
        kind_predicate(predicate, kind, sentence, start, end, words, first, clause, lexicon), owner)
    if kind == "count" and (kin := kin_of(sentence, start)) is not None:
        # "a mother of 12": her children, a count she is known by, not of anything that happened; being their
        # mother is what binds it, whatever the verb ("a mom of 12 was killed", "Horton, a mother of 13, was hit")
        thing, predicate = "children", kin
    # an age is its owner's now, whatever the words after it ("The 46-year-old Velic will be sworn in next month")
    held, until = kind == "count" and predicate in _HELD, end if thing == "age" else high
    return Frame(thing, predicate, owner, time_of(kind, sentence, low, until, start, end, time, held))


def _record_frame(subject: str | None, sentence: str, start: int, end: int, time: str) -> Frame:
    """A team's or a fighter's wins and losses as they stand: whose, and when ("Last season, the Hawks fell to
    3-13"); not of a year told only after it ("rose to 9-5 ... one season after the worst record in the NFL in
    2011")."""
    time = time if not time[:4].isdigit() or time[:4] in sentence[:start] else EVENT
    return Frame(subject, None, record_owner(sentence, start), time_of("record", sentence, 0, start, start, end, time))


_HELD = frozenset(listed("frames", "held_predicates"))

_VOTES = frozenset({"votes", "seats"})  # thing classes a threshold is told in (things.yaml)
_THRESHOLD = re.compile(rf"\b{alternation(listed('frames', 'threshold_words'))}\s+(?:[a-z]+\s+){{0,2}}$",
                        re.IGNORECASE)
# "two more than Evansville", not "more than a week ago" nor "more than 500": a figure follows a hedge
_GAP = re.compile(rf"(?:\s+[a-z]+(?:-[a-z]+)?)?\s+{alternation(listed('clauses', 'comparatives'))}\s+than\s+"
                  rf"(?!(?:a|an|{HEDGE_WORDS}|{NUMBER_WORDS_PATTERN})\b|[\d$€£])", re.IGNORECASE)

_ELECTORATE = re.compile(rf"\s+of\s+(?:the\s+)?(?:(?:{alternation(listed('frames', 'electorate_words'))})\s+)?"
                         r"(?:voters|electors|electorate)\b", re.IGNORECASE)


_TURNOUT = re.compile(rf"\b{alternation(listed('frames', 'turnout_words'))}\b", re.IGNORECASE)
_VOTING_MEMBERS = frozenset(listed("people", "voting_members"))
_PEOPLE_PREDICATES = frozenset({"kill", "injure", "miss", "displace", "rescue", "hostage", "arrest"})


def _counted_words(words: Sequence[Token], last: int, subject: str | None) -> int:
    """The last word of the phrase a count counts, up to its head ("six AK-47 rifles", "nine assault rifles"), or
    the figure's own last word when the head is not near."""
    if subject is None:
        return last
    return next((i for i in range(last + 1, min(len(words), last + 1 + COUNTED_WORDS))
                 if noun_lemma(words[i].lower) == subject), last)


_RATE = re.compile(rf"(?:\s+(?:a|an|per|each|every))\s+({alternation(listed('frames', 'rate_units'))})\b"
                   rf"|\s+({alternation(listed('frames', 'rate_adverbs'))})\b", re.IGNORECASE)
