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
from factcheck.frames.model import CLAUSE_BREAK, EVENT, NUMBER_WORDS_PATTERN, OTHER, RAW, RESIDENTS, Frame
from factcheck.frames.owners import one_team, owner_and_time, owners_match, record_owner
from factcheck.frames.predicates import (
    CALENDAR_WORDS,
    CHANGES,
    COUNTED_WORDS,
    activity_of,
    charged_with,
    kind_predicate,
    lexicon_class,
    negator,
    population_frame,
    predicate_of,
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
from factcheck.lexicon.words import alternation, table
from factcheck.lexicon.words import words as listed
from factcheck.rules.things import kin_of

__all__ = ["EVENT", "FROM_TO", "OTHER", "RAW", "RESIDENTS", "Frame", "activity_of", "frame_of", "negator", "one_team",
           "owners_match", "verb_object"]


_PAREN = re.compile(r"\([^()]*\)")

_REFERENCE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:from|of|off|outside|away\s+from)\s+(?:the\s+)?"
                        r"((?:[A-Z][\w'’-]+\s?){1,3})")


def frame_of(kind: str, unit: str | None, subject: str | None, sentence: str, start: int, end: int,
             lexicon: Lexicon, time: str = EVENT) -> Frame:
    """The frame of the figure at sentence[start:end]; ``time``: the other year the alignment found, if any."""
    if kind == "record":
        return _record_frame(subject, sentence, start, end, time)
    words = sentence_tokens(sentence)
    low, high, fronted = _clause(sentence, start, end, kind == "time")
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
    predicate, owner = _released(kind, sentence, end, lexicon) or (predicate, owner)
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


_TITLE_WORD = alternation(listed("frames", "title_words"))
_WORK = re.compile(rf"\s+(?:an?\s+|the\s+)?(?:[A-Z][\w&.-]*\s+)?(?:{alternation(listed('frames', 'works'))})\b"
                   rf"\s*,?\s*[\"“]?(?P<title>[A-Z][\w'’.-]*(?:\s+(?:{_TITLE_WORD}|[A-Z][\w'’.-]*)){{0,6}}?)"
                   r"(?=[\"”,.;:)]|\s+[a-z]|$)")


def _released(kind: str, sentence: str, end: int, lexicon: Lexicon) -> tuple[str | None, str] | None:
    """A year before a work and its title ("the 2005 film The Notorious Bettie Page", "in 2006 a movie, The
    Notorious Bettie Page,"): the year the work was released, the title's."""
    work = _WORK.match(sentence, end) if kind == "date" else None
    if work is None:
        return None
    title = work.group("title").lower().rstrip(".")
    return lexicon_class(("release",), lexicon), title.removeprefix("the ").removeprefix("a ")


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


def _clause(sentence: str, start: int, end: int, clock: bool = False) -> tuple[int, int, bool]:
    """Character bounds of the clause that holds sentence[start:end], and whether the figure is a fronted time. A
    figure in brackets belongs to the clause the brackets stand in ("a depth of 10 km (6 miles)"); the brackets
    break no clause. ``clock``: the figure is a time of day, which "after" or "before" right in front of it does not
    part from its verb ("the quake struck shortly after 3 a.m.")."""
    flat = _PAREN.sub(lambda m: " " * len(m.group()), sentence) if "(" in sentence else sentence
    if flat[start:end].strip() != sentence[start:end].strip():
        flat = sentence.replace("(", " ").replace(")", " ")
    breaks = [m for m in CLAUSE_BREAK.finditer(flat, 0, start)
              if not (clock and m.end() == start and m.group().strip().lower() in _POINT_WORDS)]
    before = max((m.end() for m in breaks), default=0)
    # "In August, the court tossed out ...", "On Thursday, November 10th at about 3 pm, the camp was bombed": a
    # fronted time is set off by its comma from the clause it tells the time of.
    fronted = fronted_end(flat, start, end)
    breaks = CLAUSE_BREAK.finditer(flat, end if fronted is None else fronted + 1)
    after = next((m.start() for m in breaks), len(sentence))
    return before, after, fronted is not None


_POINT_WORDS = frozenset(("after", "before"))


def fronted_end(sentence: str, start: int, end: int) -> int | None:
    """Where the fronted times that hold sentence[start:end] end (their last comma), when the sentence opens with
    times set off by commas ("In August,", "On Thursday, November 10th at approximately 3:00 pm,"); else None."""
    position, last = 0, None
    for found in re.finditer(r",\s", sentence):
        if not _time_segment(sentence[position : found.start()]):
            break
        if found.start() >= end:
            last = found.start()
        position = found.end()
    return last


def _time_segment(segment: str) -> bool:
    """A piece of a fronted time: time words, hedges, names of days and months and figures only ("On Thursday",
    "November 10th at approximately 3:00 pm"), with a figure or a name ("In Atlanta's CNN Center on Tuesday" tells a
    place too, and may be another event's)."""
    words = [t.lower().strip(".,") for t in segment.split()]
    return 0 < len(words) <= 8 and any(w[:1].isdigit() or w in CALENDAR_WORDS for w in words) and all(
        w[:1].isdigit() or w in CALENDAR_WORDS or w in _TIME_WORDS for w in words)


_TIME_WORDS = frozenset((*listed("clauses", "fronted_time_words"), *table("hedges", "before")["about"], "the", "a.m",
                         "p.m", "am", "pm", *table("dates", "parts_of_day"), *listed("judging", "relative_days")))


def _counted_words(words: Sequence[Token], last: int, subject: str | None) -> int:
    """The last word of the phrase a count counts, up to its head ("six AK-47 rifles", "nine assault rifles"), or
    the figure's own last word when the head is not near."""
    if subject is None:
        return last
    return next((i for i in range(last + 1, min(len(words), last + 1 + COUNTED_WORDS))
                 if noun_lemma(words[i].lower) == subject), last)


_RATE = re.compile(rf"(?:\s+(?:a|an|per|each|every))\s+({alternation(listed('frames', 'rate_units'))})\b"
                   rf"|\s+({alternation(listed('frames', 'rate_adverbs'))})\b", re.IGNORECASE)
