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
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.cues import AGE_PAIRED, AGES_BEFORE_IT, COORDINATED, DIED_AGED, DIED_AT
from factcheck.extract.hedges import HEDGE_WORDS
from factcheck.extract.lemmas import (
    BE_FORMS,
    UNCHANGED_PAST,
    lemmas,
    noun_lemma,
    part_of_speech,
    singular_noun,
    unknown_word,
    verb_form,
    verb_of_noun,
)
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import NUMBER_WORDS
from factcheck.extract.records import OBJECT_MOVED
from factcheck.extract.tense import MODAL, tense_near
from factcheck.extract.tokens import STOPWORDS, Token, sentence_tokens
from factcheck.lexicon import Lexicon
from factcheck.lexicon.words import alternation, table
from factcheck.lexicon.words import words as listed
from factcheck.rules.things import is_people, kin_of
from factcheck.timewords import CALENDAR_NAMES, MONTHS, WEEKDAY

EVENT = "event"
OTHER = "other"  # another time than the story's, unnamed: "last year", "next season", "previously", "if"
RESIDENTS = "live"  # the predicate of the people living in a place ("Kessa, a town of 15,000")
RAW = "~"  # a predicate the lexicon does not name: the verb's lemma, marked ("~land")


@dataclass(frozen=True, slots=True)
class Frame:
    thing: str | None
    predicate: str | None
    owner: str | None
    time: str


# A full stop followed by a small letter ends an abbreviation, not a clause ("ATI Technologies Inc. for $5.4 billion").
_BREAK = re.compile(rf",\s|:(?!\d)|[;\[\]—–\n]|\s-\s|\s{alternation(listed('clauses', 'clause_openers'))}\s"
                    r"|\.\s(?![a-z])")
_PAREN = re.compile(r"\([^()]*\)")
_COORDINATED = re.compile(COORDINATED)
_SINCE_DATE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
_NUMBER_WORDS = alternation(listed("grammar", "number_words"))


def _times(name: str, plural: bool = False) -> str:
    return alternation(listed("clauses", name), plural=plural)


# a person's noun: "former mayor Tom Berrick", "a former employee" are who someone was, no time of the figure
_PERSONS = alternation(listed("people", "groups") + listed("people", "one_person"))
# "last year", "two decades ago", "previously", "last summer", "a previous quake", "since 1998", "next season", "earlier
# this morning" (another moment than the story's event: "Earlier this morning, a magnitude 2.0 quake struck")
_BACKGROUND = re.compile(
    rf"\b(?:{_times('before_now')}\s+{_times('earlier_periods', plural=True)}"
    rf"|(?:{_times('span_counts')}|{_NUMBER_WORDS}|\d+)\s+(?:years?|decades?)\s+(?:ago|earlier)"
    rf"|(?:{_times('background_words')})\b(?!(?<=former)\s+(?:[a-z-]+\s+)?(?:(?-i:[A-Z])|(?:{_PERSONS})\b))"
    rf"|earlier\s+(?:(?:this|that)\s+{_times('earlier_this')}|today|in\s+the\s+day)"
    rf"|last\s+{_times('last_periods')}|(?:a|an)\s+(?:earlier|previous|prior)"
    rf"|since\s+(?:1[0-9]{{3}}|20[0-9]{{2}})|next\s+{_times('next_periods')})\b",
    re.IGNORECASE,
)
# A sentence that opens with another time, set off by its comma: "Earlier this morning,", "Last season,".
# a sentence that opens with another time, set off by a comma: "Earlier this morning,", "In the last election in 2021,"
_OPENING = re.compile(rf"\s*(?:(?:in|at|during)\s+(?:the\s+)?(?:{_BACKGROUND.pattern})(?:\s+[\w-]+){{0,3}}"
                      rf"|(?:{_BACKGROUND.pattern}))\s*,", re.IGNORECASE)
_REFERENCE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:from|of|off|outside|away\s+from)\s+(?:the\s+)?"
                        r"((?:[A-Z][\w'’-]+\s?){1,3})")
# "as of 4:00 p.m.", and "By 3 p.m.," opening a sentence (not "extinguished by 6:40 a.m.": a deadline)
_AS_OF = re.compile(r"(?:\b(?:as\s+of|as\s+at)|^\s*[Bb]y)\s+"
                    r"((?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?))|noon|midnight)", re.IGNORECASE)
# the figure a change to another is measured from: "rose to 5.2% in February from 4.9%" (not "compared with 35
# percent who believed", another group's; nor "75% contained on Wednesday, up from 40% a day earlier", which other
# stories may give as that day's figure)
_OLD_VALUE = re.compile(rf"\bto\s+[$€£]?\d[^;]{{0,40}}?\bfrom\s+(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)
# another figure after the figure, a baseline it is set against: "from $1.9 billion", "compared with 12"
_BASELINE = re.compile(rf"\b{alternation(listed('clauses', 'baseline_words'))}\s+(?:[a-z]+\s+){{0,2}}?[$€£]?\d")
_MODAL = re.compile(rf"\b(?:{alternation(listed('clauses', 'modals'))}|[Ii]f)\b")
# "would" of reported speech: "the automaker said it would cut 2,000 jobs" tells a plan announced, as "will" does
# "said it would cut", "said Harbour region train fares would go up 12 percent"; not "said a two-week shutdown of the
# port would cost" (a condition of its own)
_REPORTED = re.compile(rf"\b(?:{alternation(listed('clauses', 'crediting_verbs'))})\s+(?:that\s+)?"
                       rf"(?:(?:[\w'’.-]+\s+){{0,3}}|(?:(?!(?:{alternation(sorted(STOPWORDS))})\b)[\w'’.-]+\s+){{4,6}})$")
# A modal verb right after the figure's noun: the figure is its subject ("a magnitude 6 quake can cause", "the 18th
# would be the day"), not "two managers and also may have".
_MODAL_AFTER = re.compile(rf"(?:[\s-]+[\w-]+){{0,2}}?\s+{alternation(listed('clauses', 'modals'))}\b")
_NOT_NAMES = frozenset((*listed("frames", "not_names"), *CALENDAR_NAMES))
_SAYING = frozenset(listed("frames", "saying"))
_PLACE_BEFORE = frozenset(listed("places", "not_owner_before"))
_OWNER_GAP = 4  # at most this many words between an owner's name and its figure
_OF_GAP = 6  # or between a possessive name and the figure of its noun phrase ("Buford's school scoring record of")
_PREDICATE_WINDOW = 8


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
    legal = kind == "count" and _legal(sentence, start, subject, words, last, counted)
    predicate = _predicate(sentence, words, first, last, clause, lexicon, fronted, counted, kind == "percent", legal)
    if kind == "count" and subject == "time":
        # How many times: of the verb right before ("married three times and divorced twice": divorced twice)
        predicate = _verb_before(words, first, clause, lexicon) or predicate
    thing = _thing(kind, unit, subject, sentence, end, words, first, last, clause, lexicon)
    if legal:  # a count of charges: "three counts of attempted murder" are no counts of murder
        predicate, thing = _charged_with(predicate, subject, lexicon), _attempted(thing, sentence, end)
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
    owner, time = _owner_and_time(thing, sentence, start, end, words, first, last, clause, kind, low, time, lexicon)
    if kind == "money":
        thing, predicate, owner = _purchase(thing, predicate, owner, sentence, start, end, lexicon)
    owner = _bought_or_polled(kind, predicate, sentence, low, high) or owner
    if kind in ("money", "count", "measure") and (rate := _RATE.match(sentence, end)):
        thing = f"per {(rate.group(1) or rate.group(2)).lower()}"  # "$25 million a season" is no total
    thing = _described(kind, sentence, start, end, thing)
    if kind == "count" and thing in _VOTES and _THRESHOLD.search(sentence, max(0, start - 40), start):
        thing = f"needed {thing}"  # "needed 120 votes to pass": the threshold, not the votes cast
    if kind not in ("date", "time") and _GAP.match(sentence, end):
        thing = f"gap {thing or ''}".strip()  # "16 turnovers -- two more than Evansville": a gap, not a count
    after = _NEXT_WORD.match(sentence, end) if kind == "money" else None
    change = _lexicon_class((after.group(1).lower(),), lexicon) if after is not None else None
    if change in _CHANGES:
        # "the $50 billion increase in HP's market value": a change of a figure, never the figure itself
        thing, predicate = f"change {thing or ''}".strip(), change
    predicate, owner = _released(kind, sentence, end, lexicon) or (predicate, owner)
    predicate, owner = _population(kind, sentence, start, owner) or (
        _kind_predicate(predicate, kind, sentence, start, end, words, first, clause, lexicon), owner)
    if kind == "count" and (kin := kin_of(sentence, start)) is not None:
        # "a mother of 12": her children, a count she is known by, not of anything that happened; being their
        # mother is what binds it, whatever the verb ("a mom of 12 was killed", "Horton, a mother of 13, was hit")
        thing, predicate = "children", kin
    # an age is its owner's now, whatever the words after it ("The 46-year-old Velic will be sworn in next month")
    return Frame(thing, predicate, owner, _time(kind, sentence, low, end if thing == "age" else high, start, end, time,
                                                kind == "count" and predicate in _HELD))


def _owner_and_time(thing: str | None, sentence: str, start: int, end: int, words: Sequence[Token], first: int,
                    last: int, clause: tuple[int, int], kind: str, low: int, time: str,
                    lexicon: Lexicon) -> tuple[str | None, str]:
    """Whose the figure is, and an age's own time ("who was 18 at the time")."""
    if thing == "age":
        return _age_owner(sentence, start, end, words, first, last, clause, kind, low, time)
    owner = _owner(sentence, words, first, last, clause, kind) or _clause_owner(sentence, low) or _its_owner(
        words, first, kind) or _listed_owner(sentence, words, first, clause, kind, lexicon.owned_thing(thing))
    if owner is None and kind == "count" and lexicon.owned_thing(thing):
        owner = _from_owner(sentence, end)  # "a season-high 37 points from Dario Quell"
    return owner, time


def _described(kind: str, sentence: str, start: int, end: int, thing: str | None) -> str | None:
    """The thing of a count joined to the noun it describes: "a three-game losing streak", "a three-point play" (a
    streak three games long, not a count of games to compare with "two games"); "a four-time All-Star" (all-stars,
    not times)."""
    compound = _COMPOUND.search(sentence[start:end])
    if compound and compound.group(1).lower() in NUMBER_WORDS:
        compound = None  # "Thirty-two people": a number written in words, no "three-game streak"
    modified = _MODIFIED.match(sentence, end) if kind == "count" and compound else None
    if modified is not None:
        run = [w for w in modified.group(0).split()]
        head = run[-1] if len(run) > 1 and not verb_form(run[-1].lower()) else run[0]
        thing = f"{thing or ''} {noun_lemma(head)}".strip()
    if kind == "count" and sentence[start:end].lower().endswith(("-time", "-times")):
        after = _TIMES_NOUN.match(sentence, end)
        run = after.group(0).split() if after else []
        kept = [w for w in run[: next((i for i, w in enumerate(run) if w.lower() in STOPWORDS), len(run))]]
        thing = noun_lemma(kept[-1]).lower() if kept else None
    return thing


def _bought_or_polled(kind: str, predicate: str | None, sentence: str, low: int, high: int) -> str | None:
    """Whose figure it is, whoever the sentence's subject: what a deal buys ("the $19 billion purchase of Compaq"),
    whoever ran a poll ("a poll for the Kathimerini newspaper found 68 per cent")."""
    if kind == "money" and predicate == "buy":
        bought = _BOUGHT.search(sentence, low, high) or _BOUGHT_PASSIVE.search(sentence)
        if bought is not None and bought.group(1).lower() not in _NOT_NAMES and not _DESCRIBES.match(
                sentence, bought.end()):  # "to buy the Canadian graphics chip-maker": no name
            return bought.group(1).lower().strip(".")
    if kind in ("percent", "count") and _POLL_WORD.search(sentence):
        # the poll of the figure's own clause first ("An Orbis poll put support at 46%, while a Canning survey had it
        # at 44%")
        tries = ((_POLL_BY, (low, high)), (_POLL_NAMED, (low, high)), (_POLL_BY, (0, len(sentence))),
                 (_POLL_NAMED, (0, len(sentence))), (_POLL_OWNED, (0, len(sentence))))
        poll = next((found for pattern, span in tries if (found := pattern.search(sentence, *span))), None)
        if poll is not None and poll.group(1).split()[0].lower() not in _NOT_NAMES:
            return poll.group(1).lower()
    return None


def _purchase(thing: str | None, predicate: str | None, owner: str | None, sentence: str, start: int, end: int,
              lexicon: Lexicon) -> tuple[str | None, str | None, str | None]:
    """A sum's frame as the price of a purchase: paid for a named company or team ("will pay $4.2 billion in cash for
    Corvin Labs", not "pay $5 million for Smith's legal fees"), a deal's value ("in an all-cash deal valued at $1.3
    billion"), a sum paid to buy ("paying about $5.4 billion to acquire ATI"), or any sum a purchase is told with
    ("agreed to buy Corvin Labs for $2.4 billion"): the deal's."""
    paid = _PAID_FOR.match(sentence, end) if predicate == "pay" else None
    if paid is not None and paid.group(1).split()[0].lower() not in _NOT_NAMES:
        predicate, owner = "buy", paid.group(1).lower().strip(".")
    buying = _PAID_TO.match(sentence, end) if predicate == "pay" else None
    if buying is not None and _lexicon_class((buying.group(1).lower(),), lexicon) == "buy" and _company_bought(
            sentence, buying):
        thing, predicate = "deal", "buy"  # "paying about $5.4 billion to acquire ATI": the deal's price
    valued = _DEAL_VALUED.search(sentence, max(0, start - 60), start)
    if valued is not None and lexicon.thing(valued.group(1).lower()) == "deal":
        thing, predicate = "deal", "buy"
    return ("deal" if predicate == "buy" and thing is None else thing), predicate, owner


# "paying $5.4 billion to acquire graphics chip specialist ATI": a named company or team bought (not "$4.2 billion in
# cash to buy", "to buy back its shares", "to buy out coach Smith's contract", "to buy 40 fighter jets")
_PAID_TO = re.compile(r"\s+to\s+([a-z]+)\s+(?!(?:back|out|into|up|in)\b)((?:[a-z-]+\s+){0,3}?)"
                      r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")


def _company_bought(sentence: str, buying: re.Match[str]) -> bool:
    """What a sum is paid to buy is a name itself, described by words before it, not a part of it nor a place
    named after a preposition ("to acquire a stake in Boreal", "the rights to Harry Potter", "land near Austin"),
    nor a thing the name qualifies ("the old Sears building")."""
    before = buying.group(2).split()
    after = _NEXT_WORD.match(sentence, buying.end())
    return not any(w in STOPWORDS and w not in _DETERMINERS for w in before) and (
        after is None or not after.group(1).islower() or after.group(1) in STOPWORDS)


_DETERMINERS = frozenset(listed("grammar", "determiners"))
_DEAL_VALUED = re.compile(r"\b([A-Za-z]+)\s+(?:valued\s+at|worth)\s+(?:[a-z]+\s+){0,2}$")  # "a deal valued at"
_PAID_IN = alternation(listed("clauses", "paid_in"))  # "$4.2 billion in cash and stock for"
_PAID_FOR = re.compile(rf"(?:\s+in\s+(?:{_PAID_IN})(?:\s+and\s+(?:{_PAID_IN}))?)?\s+for\s+(?:the\s+)?"
                       r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\b(?!['’]|\s+[A-Z])")  # not "Pearson Park's"


def _time(kind: str, sentence: str, low: int, high: int, start: int, end: int, time: str, held: bool = False) -> str:
    """The time of a figure whose sentence names no other year: the event's, unless its clause says otherwise. A
    year written only past a semicolon is that part's ("Page married twice; the first marriage ... lasted from 1943
    to 1947"). ``held``: a count of people held, whose present state is now ("are under arrest")."""
    if kind in ("date", "time"):
        return time
    if time != EVENT:
        if _forecast(sentence, low, start):
            return OTHER  # "had forecast Telvane's quarterly revenue at $8.1 billion": a forecast of that quarter
        if _year_elsewhere(sentence, start, end, time) or _set_off(sentence, low, high, time) or (
                _present_conjunct(sentence, start, time)) or _since_after(sentence, start, end, time) or (
                _baseline_after(sentence, start, end, time)):
            return EVENT
        if not _another_part_s(sentence, start, end, low, high, time):
            return _own_span(sentence, end, high) or time  # "the first marriage ... lasted from 1943 to 1947"
        # the other time is another part's: the figure's own clause says what its time is ("two civil wars over more
        # than five decades, and some 2 million died in the latest war, from 1983 to 2005": the two, another time's)
        time = EVENT
    interim = _AS_OF.search(sentence) if kind in ("count", "percent", "money") else None
    if interim is not None:
        # "88.41 percent ..., cast their ballots as of 4:00 p.m.": a running figure at that hour, not the final one
        return "as of " + re.sub(r"[\s.:]|00", "", interim.group(1).lower())
    # Another time names the figure's own coordinated clause only: "was fired up at the analyst day earlier this month
    # and has wasted little time in ... the acquisition of SeaMicro for $334m" tells of no earlier acquisition; nor
    # does a time after a baseline the figure is set against: "rose to $3.2 billion from $1.9 billion a year
    # earlier" dates the $1.9 billion, not the $3.2 billion.
    low = max((m.end() for m in _COORDINATED.finditer(sentence, low, start)), default=low)
    high = next((m.start() for m in _COORDINATED.finditer(sentence, end, high)), high)
    background = [m for m in _BACKGROUND.finditer(sentence, low, high)
                  if not (m.start() >= end and _BASELINE.search(sentence, end, m.start()))
                  and not _former_subject(sentence, m, start) and not _own_day_first(sentence, end, m)]
    if _SINCE_EVENT.search(sentence, 0, start) or _SINCE_FIGURE.search(sentence, max(0, start - 40), start):
        return OTHER  # "the highest level since a 2011 flood that killed 31 people": that flood's toll
    after = _SPAN_AFTER.search(sentence, max(0, low - 30), start)
    if after is not None and "," not in sentence[after.end() : start]:
        # "announced new cuts on Wednesday, two years after it eliminated 500 positions"; not "A year after the
        # quake, 3,000 people still live in tents"
        return OTHER
    if _FIRST_TOLD.search(sentence, max(low, start - 60), min(high, end + 40)):
        # "was initially measured at magnitude 6.1 before the service revised it", "Fifteen people were initially
        # reported missing": a first reading, since replaced; compared only with first readings
        return FIRST_READING
    if held and background and background[0].start() > end and _held_now(
            sentence, start, end, background[0].start()):
        background = []  # "Two men are in custody for the murder last summer": held now, whenever the murder was
    if (background or _OPENING.match(sentence) or _forecast(sentence, low, start) or _OLD_VALUE.search(
            sentence, max(low, start - 60), start)
            or _hypothetical(sentence, low, start) or (_MODAL_AFTER.match(sentence, end) and not (
                kind == "measure" and high == end))):  # an age ends its span: "the 58-year-old driver would be"
        # "last year", "next season", a sentence that opens "Earlier this morning,"; "could reach 500", "if 300
        # jobs go", "a magnitude 6 quake can cause severe damage": not what happened
        return OTHER
    return _count_stage(kind, sentence, low, high) or time


def _own_span(sentence: str, end: int, high: int) -> str | None:
    """The first year of a span of years told in the figure's own clause after it ("the first marriage to Billy Neal
    lasted from 1943 to 1947, and her second ... in 1958 to 1963": 1943), where the sentence names other years."""
    return next((m.group("first") for m in FROM_TO.finditer(sentence, end)
                 if m.end() <= high or not _SPAN_BREAK.search(sentence, end, m.start())), None)


def _another_part_s(sentence: str, start: int, end: int, low: int, high: int, time: str) -> bool:
    """The other time belongs to another part of the sentence than the figure (the rules below)."""
    return _year_of_a_later_noun(sentence, end, time) or _day_before_year(sentence, end, time) or (
        _span_of_another_clause(sentence, start, end, low, high, time)) or _set_off_before(sentence, start, end, time)


def _year_of_a_later_noun(sentence: str, end: int, time: str) -> bool:
    """The other year is written only after the figure, in words that tell of a noun after it ("in a region
    devastated by", ", a town that was"), and the figure's own words tell another moment: a day of now that is not a
    telling's ("sparked landslides Tuesday, killing at least five people ... in a region devastated by the tsunami of
    2004"; not "On Tuesday, officials recalled that 4,000 people died in Orvan, a town destroyed in the 1998
    earthquake"), or an event of their own other than the one the year names ("6.1-magnitude quake strikes Aceh
    province in region hit by 2004 tsunami"): the region's past, not the figure's. Not "More than 230,000 people
    died in the region hit by the 2004 tsunami" (that event's toll), nor "killed 12 people in the floods of 2011"."""
    year = time[:4]
    at = sentence.find(year, end)
    if not year.isdigit() or at < 0 or year in sentence[:end]:
        return False
    told = _LATER_NOUN.search(sentence, end, at)
    if told is None or any(word in _STOPS for word in sentence[end : told.start()].split()):
        return False
    if _NOW_WORD.search(sentence, 0, told.start()) or any(
            not _TELLING_DAY.search(sentence, max(0, day.start() - 20), day.end() + 30)
            for day in _DAY_OF_NOW.finditer(sentence, 0, told.start())):
        return True  # "now has 2,129 points, 13 more than Rodney Buford, who played ... from 1995-99"
    of = _OF_YEAR.search(sentence, 0, at)
    named = of.group(1) if of else (noun.group(1) if (noun := _YEAR_NOUN.match(sentence, at + 4)) else "")
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence[: told.start()])} & _EVENT_NOUNS
    return named.lower() in _EVENT_NOUNS and bool(own - {named.lower()})


# "from 1983 to 2005", "from 2000-04", "from 1995 through 1998": a span of years with its end written
FROM_TO = re.compile(r"\bfrom\s+(?:[A-Z][a-z]+\.?\s+)?(?P<first>1\d{3}|20\d\d)\s*(?:to|through|until|till|-|–)\s*"
                     r"(?:[A-Z][a-z]+\.?\s+)?(?P<last>1\d{3}|20\d\d|\d\d)\b", re.IGNORECASE)


def _span_of_another_clause(sentence: str, start: int, end: int, low: int, high: int, time: str) -> bool:
    """The other year is only a span's first ("from 1994 through 1999") that dates another clause than the figure's,
    or a figure of now: "Dale Dorsey, who played 212 games ... from 1994 through 1999, died Monday at 71" (71 is now's,
    the 212 the span's), "The Orla dam, built from 1956 to 1962, holds 3 billion cubic meters", "a $30 million
    penalty over sales practices from 2008 to 2011, officials said on Wednesday". The span dates the figure in its own
    clause, opening the sentence before it ("From 1969 to 1995, he had been confined 28 times") or right after its
    clause ("some 2 million died in the latest war, from 1983 to 2005"), or before it, no clause of its own between
    ("The war in Kordovia, from 1991 through 1995, displaced 800,000 people"), told in the past with no day of now."""
    year = time[:4]
    spans = [m for m in FROM_TO.finditer(sentence) if m.group("first") == year]
    if not spans or sentence.count(year) > len(spans) or any(
            m.start() >= end and (m.end() <= high or not _SPAN_BREAK.search(sentence, end, m.start()))
            for m in FROM_TO.finditer(sentence) if m.group("first") != year):
        return False  # "the first marriage ... lasted from 1943 to 1947, the second from 1958 to 1963": its own
    span = spans[0]
    own = span.start() >= end and (span.end() <= high or not _SPAN_BREAK.search(sentence, end, span.start()))
    before = span.end() <= start and not _CLAUSE_JOIN.search(sentence, span.end(), start) and not (
        _RELATIVE_OPEN.search(sentence, 0, span.start())) and any(  # told in the past: not "..., holds 3 billion"
        word.lower() in UNCHANGED_PAST or verb_form(word) == "past" for word in re.findall(
            r"[A-Za-z]+", sentence[max(low, span.end()) : start]))
    after = _TRAILING.fullmatch(sentence, high, span.start()) is not None
    if not (own or before or after):
        return True
    told = any(_TELLING_DAY.search(sentence, max(0, day.start() - 20), day.end() + 30)
               for day in _DAY_OF_NOW.finditer(sentence))
    return told or _DAY_OF_NOW.search(sentence, low, high) is not None or _NOW_WORD.search(
        sentence, low, high) is not None or tense_near(sentence, start, end) in ("future", MODAL)


_CLAUSE_JOIN = re.compile(r",?\s+(?:and|but)\s+")  # "From 1969 to 1995, Pell was jailed 28 times, and today he faces"
_SPAN_BREAK = re.compile(r"[,;:()]|\s(?:and|but|who|which|whose)\s")  # "laid off 300 officers from 2008 to 2010": none
# "Shares of Omnivale, which traded from 2001 to 2009, rose 4 percent": the span of a clause of its own
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|that|whose)\b[^,]*$")
_TRAILING = re.compile(r"\s*,\s*")  # "died in the latest war, from 1983 to 2005"


def _day_before_year(sentence: str, end: int, time: str) -> bool:
    """The figure's own day of now, told after it and before the other year, which the sentence writes only there:
    "hit with an €80m penalty by the watchdog on Tuesday over a scheme from 2019 to 2023" is Tuesday's."""
    year = time[:4]
    own = _NOW_AFTER.match(sentence, end)
    # not the weekday of the date itself: "twice in the head on Easter Sunday, April 8, 2012"
    return bool(year.isdigit() and own and year not in sentence[: own.end()] and year in sentence[own.end() :]
                and not _DATE_GOES_ON.match(sentence, own.end()))


_DAY_AFTER = rf"\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday)\b"  # the figure's own day, a few words after it
_DATE_GOES_ON = re.compile(r",?\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s*)?(?:1\d|20)\d\d\b")  # "Sunday, April 8, 2012"
_NOW_AFTER = re.compile(rf"(?:\s+[\w'’€$£.-]+){{0,6}}?{_DAY_AFTER}")


def _own_day_first(sentence: str, end: int, found: re.Match[str]) -> bool:
    """The figure's own day told right after it, before a later clause's other time ("set bail at $250,000 on
    Thursday for a woman accused of killing a cyclist last month"): the later time is that clause's."""
    own = _OWN_DAY.match(sentence, end)
    return own is not None and found.start() >= own.end()  # not "3.4 million viewers last season on Sunday nights"


# a noun after the figure and the words that tell of it: "in a region devastated by", ", a town that was", "rocked a
# region that was", "in region hit by"
_DETERMINER = alternation((*listed("grammar", "determiners"), *listed("grammar", "possessives")))
_LATER_NOUN = re.compile(
    rf"(?:(?:,\s+|\b{alternation(listed('frames', 'later_noun_prepositions'))}\s+)(?:{_DETERMINER}\s+)?"
    rf"|\b{_DETERMINER}\s+)(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(listed('frames', 'later_noun_relatives'))}\b|"
    rf"(?:[a-z]+ed|{alternation(listed('frames', 'later_noun_participles'))})\s+"
    rf"{alternation(listed('frames', 'later_noun_links'))}\b)")
_DAY_OF_NOW = re.compile(rf"\b(?:{WEEKDAY}|today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b")
_NOW_WORD = re.compile(r"\b(?:now|currently|still)\b")  # "McDermott, a junior, now has 2,129 points"
_OF_YEAR = re.compile(r"([a-z]+)\s+of\s+$")  # "the tsunami of 2004": an event of that year
_YEAR_NOUN = re.compile(r"\s+([a-z]+)")  # "the 2004 tsunami"
_EVENT_NOUNS = frozenset(listed("frames", "event_nouns"))
_TELLING_DAY = re.compile(rf"\b(?:{alternation(listed('frames', 'saying'))}|recalled|recalls)\b", re.IGNORECASE)
_STOPS = frozenset(listed("frames", "later_noun_stops"))
_OWN_DAY = re.compile(rf"(?:\s+[a-z]+){{0,3}}?{_DAY_AFTER}")


def _former_subject(sentence: str, found: re.Match[str], start: int) -> bool:
    """"former" of someone the clause's verb tells of, a verb between it and the figure ("A former bookkeeper was
    sentenced to 12 years"): who they were, not when the figure was; "its former price of $40", "Its former workforce
    there was 3,000 workers" (a form of "be" alone) are another time's."""
    if found.group(0).lower() != "former" or found.end() > start:
        return False
    between = sentence[found.end() : start].split()
    return any(word.lower() not in BE_FORMS and verb_form(word.strip(",;")) == "past" for word in between)


def _count_stage(kind: str, sentence: str, low: int, high: int) -> str | None:
    """A figure of a count still under way or of one round of a vote: "With 60% of ballots counted, Brenner led with
    49.1%", "Early returns showed", "exit polls gave" (partial); "took 38.2% in the first round", "won the runoff with
    54.6%" (each round its own). Compared only with figures of that stage."""
    if kind not in ("count", "percent"):
        return None
    if _PARTIAL.search(sentence) or _COUNTED_SO_FAR.search(sentence):
        return "partial count"
    found = _ROUND.search(sentence, low, high) if kind == "percent" else None  # not a sports draft's first round
    return f"vote {found.group(0).lower().replace('-', '')}" if found else None


FIRST_READING = "first reading"
# a figure of the earlier event a "since" names: "their first call since a 20-minute conversation in May"
_SINCE_FIGURE = re.compile(
    rf"\bsince\s+(?:{_DETERMINER})\s+$",
    re.IGNORECASE)
# an earlier event a "since" names, and its figure in a clause of its own: "since a 2011 flood that killed 31",
# "the deadliest since the 1998 tremor, which killed about 2,300"
_SINCE_EVENT = re.compile(rf"\bsince\s+(?:an?|the)\s+(?:1\d{{3}}|20\d{{2}})\s+(?:[A-Za-z-]+\s+){{0,2}}?[A-Za-z-]+,?\s+"
                          rf"(?:that|which)\s+(?:[a-z]+\s+){{1,3}}(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)
_FIRST_TOLD = re.compile(rf"\b(?:{alternation(listed('frames', 'first_told'))})\s+"
                         rf"(?:{alternation(listed('frames', 'first_told_verbs'))})\b", re.IGNORECASE)
_SPAN_AFTER = re.compile(rf"\b(?:{_times('span_counts')}|{_NUMBER_WORDS}|\d+|an?)\s+(?:{_times('span_units')})"
                         r"\s+after\b", re.IGNORECASE)
_PARTIAL = re.compile(rf"\b(?:{alternation(listed('clauses', 'partial_count'))})\b", re.IGNORECASE)
_COUNTED_SO_FAR = re.compile(  # a share of the count, not "with all votes counted"
    rf"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|\bhalf|\bmost)\s+of\s+(?:the\s+)?"
    rf"(?:{alternation(listed('clauses', 'count_progress_nouns'))})\s+"
    rf"(?:{alternation(listed('clauses', 'count_progress_verbs'))})\b", re.IGNORECASE)
_ROUND = re.compile(rf"\b(?:{alternation(listed('clauses', 'vote_rounds'))})\b", re.IGNORECASE)


def _set_off(sentence: str, low: int, high: int, time: str) -> bool:
    """The figure stands in words set off by commas after the name a sentence opens with, words of now or an age
    alone, and the other year is written outside them: they tell who the name is now, not what happened that year
    ("Blackmore, alleged to have 19 wives, is charged with practising polygamy between May 1, 2005, and Dec. 8,
    2006"; not "Calloway Mills, which had 3,000 workers, closed in 2009")."""
    name = _OPENING_NAME.match(sentence[:low])
    words = sentence[low:high]
    return (name is not None and time[:4].isdigit() and sentence.startswith(",", high)
            and time[:4] not in words and not set(name.group(1).lower().split()) & _NOT_NAMES
            and bool(_NOW_WORDS.search(words) or _AGE_ALONE.fullmatch(words)) and not _THEN_WORDS.search(words))


def _present_conjunct(sentence: str, start: int, time: str) -> bool:
    """The figure's clause is a present joined by "and" after the clause that writes the other year: it tells what
    holds now ("Kestrel was founded in 2011 and has 650 employees", "and now employs 650 people"); not a passive,
    which tells as often of the past event ("struck in 1998 and is blamed for 2,300 deaths"), nor a present that
    tells of a past clause after it ("studied Katrina in 2006 and estimates 1,833 people died in that storm")."""
    joined = [m for m in _PRESENT_JOINED.finditer(sentence, 0, start)]
    if not joined or any(m.start() > joined[-1].start() for m in _COORDINATED.finditer(sentence, 0, start)):
        return False
    last = joined[-1]
    verb = last.group("verb")
    # a word that may be a plural noun is a verb only after "now" or before its figure ("and now employs 300",
    # "and owns 40%"), not a clause's subject ("and estimates put the toll at 171,000", "and shares rose 40%")
    noun = verb is not None and "NOUN" in part_of_speech(verb) and not (
        last.group("now") or _FIGURE_NEXT.match(sentence, last.end()))
    told = verb in _CLAUSE_VERBS or bool(_PAST_CLAUSE.match(sentence, start))  # "recalls 63 people died"
    written = _written_time(time)  # "2011", or a month's name where the year is unknown ("in May")
    return not told and (verb is None or (verb_form(verb) == "present" and not noun)) and written is not None and (
        not written.search(sentence, last.end(), start + 200) and written.search(sentence, 0, last.start()) is not None)


@lru_cache(maxsize=1024)
def _written_time(time: str) -> re.Pattern[str] | None:
    """How a sentence writes ``time``: its year, or its month's names where the year is unknown ("XXXX-05") or left
    out ("fired on June 8", 2004-06)."""
    month = int(time[5:7]) if time[4:5] == "-" and time[5:7].isdigit() else 0
    names = [re.escape(name.capitalize()) for name, number in MONTHS.items() if number == month]
    if time[:4].isdigit():
        names.append(re.escape(time[:4]))
    return re.compile(rf"\b(?:{'|'.join(names)})\b") if names else None


def _set_off_before(sentence: str, start: int, end: int, time: str) -> bool:
    """The other time is written only in words set off by commas after the name the sentence opens with, and the
    figure's clause after them tells of now: "O'Brien, fired on June 8, is seeking up to $6 million" (what he seeks
    now); not "Gigante, convicted in 1997, was sentenced to 12 years" (told in the past)."""
    name = _OPENING_SET_OFF.match(sentence)
    written = _written_time(time)
    if name is None or written is None or name.end() > start or written.search(sentence, name.end()):
        return False
    return bool(written.search(sentence, name.start("words"), name.end("words"))) and (
        tense_near(sentence, start, end) in ("future", MODAL) or _NOW_WORD.search(sentence, name.end(), start)
        or bool(_PRESENT_BE.match(sentence, name.end())))


_PRESENT_BE = re.compile(r"\s*(?:is|are|has|have|remains?)\b")  # "is seeking", "has", "remains"


# "and has 650 employees", "and since has received nearly 300,000 comments", "and has since cut" (a perfect since then
# runs to now); not a passive, "and is blamed for 2,300 deaths", nor "and has killed 2,300 people" (the year's event's)
# a toll since then is the earlier event's: "The quake struck in March and has since killed 2,300 people"
_SINCE_TOLL = rf"(?:{alternation(listed('frames', 'since_toll_verbs'))})\b"
_PRESENT_JOINED = re.compile(r"\s(?:and|but)\s+(?:(?P<now>(?:now|currently|still|today)\s+)|since\s+(?=ha[sv]e?\b))?"
                             rf"(?:(?:has|have)\s+since\b(?!\s+{_SINCE_TOLL})|(?<=since\s)(?:has|have)\b(?!\s+{_SINCE_TOLL})"
                             r"|(?:is|are|has|have|remains?)\b(?!\s+(?:\w+ly\s+|still\s+|since\s+)?\w+ed\b)"
                             r"|(?P<verb>(?!(?:is|has|was|does)\b)[a-z]+s)\b)")
_CLAUSE_VERBS = frozenset(listed("frames", "clause_verbs"))
_PAST_CLAUSE = re.compile(rf"\S+(?:\s+[\w'’-]+){{0,3}}?\s+(?:{alternation(listed('frames', 'past_clause_marks'))})\b")
_FIGURE_NEXT = re.compile(r"\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[$€£]?\d")
# what set-off words tell of now ("alleged to have 19 wives", "who has 20 wives", "which employs 2,400 people"),
# or an age alone ("Dana Jones, 53,"), never of a past ("which had 3,000 workers", "then valued at", "at the time")
_NOW_WORDS = re.compile(rf"\b{alternation(listed('frames', 'now_words'))}\b")
_AGE_ALONE = re.compile(r"\s*\d{1,3}\s*")
_THEN_WORDS = re.compile(rf"\b{alternation(listed('frames', 'then_words'))}\b", re.IGNORECASE)


def _record_frame(subject: str | None, sentence: str, start: int, end: int, time: str) -> Frame:
    """A team's or a fighter's wins and losses as they stand: whose, and when ("Last season, the Hawks fell to
    3-13"); not of a year told only after it ("rose to 9-5 ... one season after the worst record in the NFL in
    2011")."""
    time = time if not time[:4].isdigit() or time[:4] in sentence[:start] else EVENT
    return Frame(subject, None, _record_owner(sentence, start), _time("record", sentence, 0, start, start, end, time))


def _record_owner(sentence: str, start: int) -> str | None:
    """Whose record: the name right before its brackets or its comma ("the Colts (10-5)", "Klitschko, 58-3 with 51
    knockouts"); else the subject of the verb that moves it: the first name of its part of the sentence ("Harlan
    beat Denton on Saturday and improved to 10-5", "By beating the Chiefs, Indianapolis' record rose to 9-5"), the
    name a "who" follows ("behind Luis Ramirez, who improved to 12-4"), or the sentence's first name where that
    part goes on from it ("The Hawks, who beat the Lions on Sunday, improved to 10-5"; not "..., and the team
    improved to 10-5"). Never a name after a preposition, nor one owning another noun ("Klitschko's reach")."""
    before = sentence[:start]
    moved = next((m for m in OBJECT_MOVED.finditer(sentence) if m.start("record") == start), None)
    if moved and moved.group("object").split()[0].lower() not in _POSSESSIVES:
        # "improved the Bluejays to 25-7": the team moved; "the Ukrainian-born fighter": no name
        name = _WHOLE_NAME.fullmatch(moved.group("object"))
        return _owner_name(name.group(1)) if name else None
    named = _BRACKETED.search(before) or _APPOSITIVE.search(before) or _WHO.search(before)  # "Rahman, 45-7-2"
    if named:
        return _owner_name(named.group(1))
    cut = before.rfind(", ")
    part = before[cut + 2 :] if cut >= 0 else before
    found = _first_name(part)
    if found or cut < 0:
        return found
    joined = _JOINED_VERB.match(part)
    return None if joined and joined.group(1) else _first_name(before[:cut])


def _first_name(text: str) -> str | None:
    for match in _RECORD_NAME.finditer(text):
        name = match.group(1)
        if set(name.lower().split()) <= _NOT_NAMES or _AFTER_PREPOSITION.search(text, 0, match.start()) or (
                match.start() == 0 and name.lower().endswith("ly")) or (
                name.endswith(("'s", "’s", "'", "’")) and not _RECORD_NOUN.match(text, match.end())):
            continue  # "in the Atlantic Division", "Currently", "Klitschko's reach"
        return _owner_name(name)
    return None


def _population(kind: str, sentence: str, start: int, owner: str | None) -> tuple[str, str | None] | None:
    """"Manokwari city, which is home to over 170,000 people", "Kessa, a town of 15,000": the people living in a
    place, no toll of the event (predicate "live"); the place's, where it is named."""
    home = _POPULATION.search(sentence, max(0, start - 80), start) if kind == "count" else None
    if home is None or _NOT_RESIDENTS.match(sentence, start):
        return None  # "home to 12 of the 40 victims": no residents
    if _DISPLACED_THERE.match(sentence, start):
        return "displace", owner  # "home to 1.4 million displaced people", "home to 80,000 refugees"
    return RESIDENTS, _owner_name(home.group(1)) if home.group(1) else owner


# the figure and what it counts, when they are no residents: "12 of the 40 victims"; or the displaced living there
_COUNTED_AS = r"[^\s]+(?:\s+[^\s]+){0,3}?\s+"  # the figure and up to three words before what it counts
_NOT_RESIDENTS = re.compile(rf"{_COUNTED_AS}(?i:{alternation(listed('frames', 'not_residents'))})\b"
                            r"|[^\s]+\s+of\s+(?:the|its|their)\b")
_DISPLACED_THERE = re.compile(rf"{_COUNTED_AS}(?i:{alternation(listed('frames', 'displaced_there'))})\b")


def _owner_name(name: str) -> str | None:
    words = [w for w in name.split() if w.lower() not in _NOT_NAMES]
    return " ".join(words).lower().removesuffix("'s").removesuffix("’s").rstrip("'’") or None


def _forecast(sentence: str, low: int, start: int) -> bool:
    """Forecasters' figure, not the one reported: "Analysts polled before the report had forecast Telvane's revenue
    at $8.1 billion", "analysts had expected a profit of $1.2 billion"; and anyone's told with a forecast in the
    present ("The central bank expects inflation to fall to 2.4%", "now expects full-year revenue of $21 billion")."""
    return bool((_FORECASTERS.search(sentence, 0, start) and _FORECASTING.search(sentence, low, start))
                or _FORECASTS_NOW.search(sentence, low, start))


_FORECASTERS = re.compile(rf"\b{alternation(listed('frames', 'forecasters'))}\b", re.IGNORECASE)
_FORECASTING = re.compile(rf"\b{alternation(listed('frames', 'forecasting'))}\b", re.IGNORECASE)
_FORECASTS_NOW = re.compile(rf"\b{alternation(listed('frames', 'forecasting_now'))}\b", re.IGNORECASE)


def _hypothetical(sentence: str, low: int, start: int) -> bool:
    """A modal verb before the figure in its clause ("could reach 500", "if 300 jobs go"), not the "would" of
    reported speech ("said it would cut 2,000 jobs"; "said ... would have cut" is what might have been)."""
    return any(not (m.group() == "would" and _REPORTED.search(sentence, max(0, m.start() - 60), m.start())
                    and not sentence.startswith(" have", m.end()))
               for m in _MODAL.finditer(sentence, low, start))


_TITLE_WORD = alternation(listed("frames", "title_words"))
_WORK = re.compile(rf"\s+(?:an?\s+|the\s+)?(?:[A-Z][\w&.-]*\s+)?(?:{alternation(listed('frames', 'works'))})\b"
                   rf"\s*,?\s*[\"“]?(?P<title>[A-Z][\w'’.-]*(?:\s+(?:{_TITLE_WORD}|[A-Z][\w'’.-]*)){{0,6}}?)"
                   r"(?=[\"”,.;:)]|\s+[a-z]|$)")


def _kind_predicate(predicate: str | None, kind: str, sentence: str, start: int, end: int, words: Sequence[Token],
                    first: int, clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """A date's predicate (``_date_predicate``); a prison term's for a span in prison ("will spend 21 years behind
    bars", "jailed for 12 years"); none of speed but a measure's ("Some 1,500 positions will go at Lindqvist's
    factories" is no speed)."""
    if predicate == _SPEED and kind != "measure":
        return None
    if kind == "date":
        return _date_predicate(predicate, sentence, start, words, first, clause, lexicon)
    if kind == "duration" and _prison_term(sentence, start, end):
        return _lexicon_class(("sentence",), lexicon)
    if kind == "duration" and predicate not in _LASTING and not _NO_LENGTH.search(
            sentence, max(0, start - 30), start) and (verb := activity_of(sentence, end)) is not None and (
            verb not in lexicon.light):
        # the action's own verb, or the predicate found when it names the same ("sentenced to five years of
        # imprisonment"), never another's class ("serve 90 days of treatment" is no injury); a span a lasting
        # predicate governs keeps it ("sentenced to five years of probation")
        same = predicate is not None and _lexicon_class((verb,), lexicon) == predicate
        return predicate if same else RAW + verb
    return predicate


# "within hours of being detained": a time after, no length; "the last two days of fighting", "another five hours of
# deliberation": a part of the action, or more of it
_NO_LENGTH = re.compile(rf"\b(?:within|{alternation(listed('frames', 'span_parts'))}"
                        rf"|{alternation(listed('frames', 'span_additions'))})\s+(?:(?:{HEDGE_WORDS})\s+)?$",
                        re.IGNORECASE)
_LASTING = frozenset(listed("judging", "lasting_predicates"))


_OF_ACTIVITY = re.compile(r"\s+of\s+(?:([a-z]+)\s+)?([a-z]+)\b")  # "after 30 hours of (tense) deliberation"


def activity_of(sentence: str, end: int) -> str | None:
    """The verb of the action a span is the length of, told as a noun right after it: "after 30 hours of
    deliberation" (deliberate), "three days of heavy fighting" (fight); the same action a verb tells ("the panel
    deliberated for 40 hours"). None where a determiner comes first ("10 minutes of the game") or the noun is no
    action ("two years of war", "three hours of evening")."""
    found = _OF_ACTIVITY.match(sentence, end)
    if found is None or found.group(1) in _NOUN_MARKERS or found.group(1) in NUMBER_WORDS:
        return None
    for word in (found.group(2), found.group(1)) if found.group(1) else (found.group(2),):
        if word not in _CALENDAR and (verb := verb_of_noun(word)) is not None:
            return verb
    return None


_SPEED = "speed"  # predicates.yaml: "was travelling at 140 km/h"


def _prison_term(sentence: str, start: int, end: int) -> bool:
    """A span in prison after a verb of jailing or spending ("was jailed for 12 years", "will spend 21 years behind
    bars", "spend the next 12 years in prison"): the length of a sentence, not of an arrest or an outlay."""
    return bool(_JAILED_FOR.search(sentence, max(0, start - 30), start) or (
        _SPEND.search(sentence, max(0, start - 25), start) and _IN_PRISON.match(sentence, end)))


_JAILED_FOR = re.compile(rf"\b(?:{alternation(listed('frames', 'jailing_verbs'))})\s+for\s+(?:up\s+to\s+)?$",
                         re.IGNORECASE)
_SPEND = re.compile(r"\b(?:spend|spends|spent|spending)\s+(?:the\s+next\s+|the\s+)?$", re.IGNORECASE)
_IN_PRISON = re.compile(rf"\s+(?:{alternation(listed('frames', 'prison_places'))})\b", re.IGNORECASE)


def _released(kind: str, sentence: str, end: int, lexicon: Lexicon) -> tuple[str | None, str] | None:
    """A year before a work and its title ("the 2005 film The Notorious Bettie Page", "in 2006 a movie, The
    Notorious Bettie Page,"): the year the work was released, the title's."""
    work = _WORK.match(sentence, end) if kind == "date" else None
    if work is None:
        return None
    title = work.group("title").lower().rstrip(".")
    return _lexicon_class(("release",), lexicon), title.removeprefix("the ").removeprefix("a ")


def _held_now(sentence: str, start: int, end: int, limit: int) -> bool:
    """A count that is the subject of a present state ("Two possible gang members are under arrest for the murder ...
    last summer", "Police said two men remain in custody"), with no word before ``limit`` that makes the state the
    outcome of another time ("are dead after last year's flood"); not a count of an object ("accused of shooting his
    three former co-workers is Anthony LaCalamita")."""
    state = _PRESENT_STATE.match(sentence, end)
    after = _STATE_AFTER.match(sentence, state.end()) if state else None
    return bool(_STATE_SUBJECT.search(sentence, 0, start) and after and not _NOT_STATE.fullmatch(after.group(1))
                and not _STATE_CAUSE.search(sentence, end, limit))


def _since_after(sentence: str, start: int, end: int, time: str) -> bool:
    """The year is written only after the figure, in a "since" clause that follows it: "agreed to buy Pellin for
    $1.2 billion, its largest acquisition since it bought Grenn Dairy for $400 million in 2019" (the $400 million is
    2019's, the $1.2 billion the story's)."""
    year = time[:4]
    at = sentence.find(year, end)
    return year.isdigit() and at >= 0 and year not in sentence[:start] and bool(_SINCE_WORD.search(sentence, end, at))


_POSSESSIVES = frozenset(listed("grammar", "possessives"))
# after one a word is a noun; not "this": "This forced 300 residents from their homes"
_DETERMINERS = frozenset({"the", "a", "an", "whose", *_POSSESSIVES})
_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)
_HELD = frozenset(listed("frames", "held_predicates"))
_STATE_SUBJECT = re.compile(rf"(?:^|[,;:]|\b(?:{alternation(listed('frames', 'state_subject_before'))}))\s*"
                            rf"(?:(?:{HEDGE_WORDS})\s+)?$", re.IGNORECASE)
_STATE_CAUSE = re.compile(rf"\b(?:{alternation(listed('frames', 'state_causes'))})\b", re.IGNORECASE)
# A count that is the subject of a present state ("Two possible gang members are under arrest for the murder ...
# last summer", "Three remain in hospital after Sunday's crash") is counted now, whatever time the rest of its clause
# dates; not a passive ("are charged in the 2019 killing", "are believed to have died").
_PRESENT_STATE = re.compile(rf"(?:\s+(?!(?:{alternation(listed('frames', 'state_phrase_ends'))})\b)"
                            rf"[a-z][a-z'’-]*){{0,4}}?\s+(?:{alternation(listed('frames', 'present_states'))})\b")
_STATE_AFTER = re.compile(r"(?:\s+(?:still|now))*\s+([\w'’-]+)")  # the word after the verb and its adverbs
_NOT_STATE = re.compile(rf"\w+ed|\w+en|{alternation(listed('frames', 'not_states'))}")


def _baseline_after(sentence: str, start: int, end: int, time: str) -> bool:
    """The other time is written only after a baseline the figure is set against: "put turnout at 67.1%, against
    55.2% four years ago", "rose to $3.2 billion, up from $1.9 billion in 2019" (that time is the baseline's, not the
    figure's); not "earned $5 million in 2024, up from $3 million", "3.4% last year, compared with 2.1% two years
    earlier", "won 48 seats against 61 for the conservatives in 2021" (no comma: a rival's tally), "athletes from 45
    countries", nor a quarter's figure ("for the fourth quarter ... up from $380 million a year earlier")."""
    year = time[:4]
    base = _SET_AGAINST.search(sentence, end)
    if not year.isdigit() or "Q" in time or base is None or sentence.startswith(year, base.end() - 1):
        return False  # "died in the latest war, from 1983 to 2005": the years of a span, no baseline figure
    if year in sentence:
        at = sentence.find(year)
    else:
        later = _BACKGROUND.search(sentence, base.start())
        if _BACKGROUND.search(sentence, 0, base.start()) is not None or later is None:
            return False
        at = later.start()
    # the time follows the baseline's figure closely, no comma between: not "won 35 seats, against 61 for the
    # Conservatives, in 2021" (the rival's tally of that election, and the 35 of it too)
    return at >= base.start() and "," not in sentence[base.end() : at] and at - base.end() <= _CLOSE


_CLOSE = 30  # characters at most between a baseline's figure and its time ("55.2% four years ago")
# a baseline set against a figure: "compared with 55.2%" anywhere, "against" or "from" after a comma ("67.1%, against
# 55.2%"), or a change from it ("up from")
_SET_OFF_BASELINE = alternation(listed("clauses", "set_off_baseline_words"))
_COMPARED = alternation(set(listed("clauses", "baseline_words")) - set(listed("clauses", "set_off_baseline_words")))
_SET_AGAINST = re.compile(rf"(?:,\s*{_SET_OFF_BASELINE}|\b(?:up|down)\s+from|\b{_COMPARED})\s+(?:[a-z]+\s+){{0,2}}?"
                          r"[$€£]?\d", re.IGNORECASE)


def _year_elsewhere(sentence: str, start: int, end: int, time: str) -> bool:
    """The sentence writes the year of ``time`` only in another of its parts split by semicolons."""
    year = time[:4]
    if not year.isdigit() or year not in sentence:
        return False
    low = sentence.rfind(";", 0, start) + 1
    high = sentence.find(";", end)
    return year not in sentence[low : high if high >= 0 else len(sentence)]


_CHANGES = frozenset({"rise", "fall"})
_BY_AMOUNT = frozenset({*_CHANGES, "cut"})  # "will rise by 8%", "cut by 10%": by how much, no agent
_VOTES = frozenset({"votes", "seats"})  # thing classes a threshold is told in (things.yaml)
_THRESHOLD = re.compile(rf"\b{alternation(listed('frames', 'threshold_words'))}\s+(?:[a-z]+\s+){{0,2}}$",
                        re.IGNORECASE)
# "two more than Evansville", not "more than a week ago" nor "more than 500": a figure follows a hedge
_GAP = re.compile(rf"(?:\s+[a-z]+(?:-[a-z]+)?)?\s+{alternation(listed('clauses', 'comparatives'))}\s+than\s+"
                  rf"(?!(?:a|an|{HEDGE_WORDS}|{_NUMBER_WORDS})\b|[\d$€£])", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)\b")
_HEDGE_WORDS = frozenset("about around nearly almost some more than at least over up to roughly an estimated".split())
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
    breaks = [m for m in _BREAK.finditer(flat, 0, start)
              if not (clock and m.end() == start and m.group().strip().lower() in _POINT_WORDS)]
    before = max((m.end() for m in breaks), default=0)
    # "In August, the court tossed out ...", "On Thursday, November 10th at about 3 pm, the camp was bombed": a
    # fronted time is set off by its comma from the clause it tells the time of.
    fronted = fronted_end(flat, start, end)
    after = next((m.start() for m in _BREAK.finditer(flat, end if fronted is None else fronted + 1)), len(sentence))
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
    return 0 < len(words) <= 8 and any(w[:1].isdigit() or w in _CALENDAR for w in words) and all(
        w[:1].isdigit() or w in _CALENDAR or w in _TIME_WORDS for w in words)


_TIME_WORDS = frozenset((*listed("clauses", "fronted_time_words"), *table("hedges", "before")["about"], "the", "a.m",
                         "p.m", "am", "pm", *table("dates", "parts_of_day"), *listed("judging", "relative_days")))
_CALENDAR = frozenset((*CALENDAR_NAMES, *listed("judging", "day_words"), *listed("clauses", "time_periods")))


def _verb_before(words: Sequence[Token], first: int, clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """The verb right before a figure, past an adverb ("was arrested four times", "married only twice"): its class
    in the lexicon, else its lemma marked raw."""
    i = first - 1
    if i > clause[0] and part_of_speech(words[i].lower) == {"ADV"}:
        i -= 1
    if i < clause[0] or not verb_form(words[i].lower):
        return None
    found = _lexicon_class((words[i].lower,), lexicon)
    return found or RAW + min(lemmas(words[i].lower) - {words[i].lower}, default=words[i].lower)


def _date_predicate(predicate: str | None, sentence: str, start: int, words: Sequence[Token], first: int,
                    clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """The event a date tells: its predicate; with none near, the clause's verb of the lexicon however far ("An
    8.7-magnitude earthquake also hit off the city of Banda Aceh in Sumatra Island in May 2012"); "since" a date,
    the beginning of what goes on ("rebels have been fighting Sudan's army since June": the fighting began in
    June)."""
    if predicate is None:
        predicate = _clause_verb(words, first, clause, lexicon)
    if (predicate is None or predicate.startswith(RAW)) and _SINCE_DATE.search(sentence, 0, start):
        return "begin"
    return predicate


_NOUN_MARKERS = frozenset((*listed("grammar", "determiners"), *listed("grammar", "possessives"), "to"))


def _clause_verb(words: Sequence[Token], first: int, clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """The nearest verb of the lexicon before a date in its clause, however far ("An 8.7-magnitude earthquake also
    hit off the city of Banda Aceh in Sumatra Island in May 2012"); a noun ("Intel's purchase of ... in January")
    names no event the clause tells."""
    for i in range(first - 1, clause[0] - 1, -1):
        before = words[i - 1].lower if i > 0 else ""
        # "hit", "cut", "set": a past form that is its own lemma, a verb where no determiner makes it a noun
        verb = verb_form(words[i].lower) is not None or (
            "VERB" in part_of_speech(words[i].lower) and i > clause[0] and before not in _NOUN_MARKERS
            and not before.endswith(("'s", "’s")))
        if not verb or negator(before) or _noun_of_a_verb(words, i):
            continue
        named = _lexicon_class((words[i].lower,), lexicon)
        if named is not None:
            return named
    return None


def _counted_words(words: Sequence[Token], last: int, subject: str | None) -> int:
    """The last word of the phrase a count counts, up to its head ("six AK-47 rifles", "nine assault rifles"), or
    the figure's own last word when the head is not near."""
    if subject is None:
        return last
    return next((i for i in range(last + 1, min(len(words), last + 1 + _COUNTED_WORDS))
                 if noun_lemma(words[i].lower) == subject), last)


_COUNTED_WORDS = 4  # words after a count that may name what it counts


def _predicate(sentence: str, words: Sequence[Token], first: int, last: int, clause: tuple[int, int],
               lexicon: Lexicon, fronted: bool = False, counted: int = -1, share: bool = False,
               legal: bool = False) -> str | None:
    """The class of the nearest predicate phrase of the lexicon in the clause (a change verb yields to another
    predicate: "the death toll rose to 212" is a toll), else the nearest content verb. A ``fronted`` time reaches
    the whole clause after its comma ("On Thursday, at about 3 pm, the Yida Refugee Camp in South Sudan was
    bombed"). No word before the head of what a count counts (``counted``) is its predicate ("nine assault rifles"
    attack nothing), nor its head as a verb ("six AK-47 rifles" rifle nothing); the head names the count's event
    as a noun of the lexicon ("seven life sentences"). A ``legal`` count, of charges or of an offence, has its event
    before it ("found guilty of two counts of murder": convict), never in the offences it counts ("murder": kill),
    its own or another count's."""
    found = _phrases(sentence, lexicon)
    candidates: list[tuple[bool, int, str, bool]] = []
    window = len(words) if fronted else _PREDICATE_WINDOW
    low, high = max(clause[0], first - window), min(clause[1], last + window)
    covered = -1  # the last word of the longest phrase met so far: "a peace deal" is signed, its "deal" bought
    if legal:
        high = first - 1
    charged = _not_predicates(words, low, high, legal, first, sentence)
    for i in range(low, high + 1):
        if first <= i <= last or last < i < counted or (i > 0 and negator(words[i - 1].lower)) or i <= covered or (
                i in charged):
            continue  # "with no talks scheduled", "without a vote": no event of the figure
        for predicate, size in found[i]:  # the longest first: "found him guilty" before "found"
            end = i + size - 1
            if end <= high and not (i < first <= end):
                covered = end
                # a fronted time tells when the clause's verb happened, not its subject's noun ("the Yida Refugee
                # Camp ... was bombed": attack, not the camp's displace)
                noun = fronted and verb_form(words[i].lower) is None
                candidates.append((noun, first - end if i < first else i - last, predicate, i < first))
                break
    named = [(distance, predicate) for _, distance, predicate, _ in sorted(candidates)]
    # a share's change told right before it is its predicate ("Shares fell 18% on Wednesday to close at", not "to a
    # 3.2 percent drop at Thursday's close"); another figure's change yields to any other predicate
    changed = share and any(before and distance <= 2 and p in _CHANGES for _, distance, p, before in candidates)
    best = next((c for c in named if c[1] not in _CHANGES or (changed and c[0] <= 2)), named[0] if named else None)
    if best is not None:
        before = next((w.lower for w in reversed(words[clause[0]:first]) if w.lower not in _HEDGE_WORDS), None)
        if before == "by" and best[0] > 1 and best[1] not in _BY_AMOUNT and any(
                w.lower == "by" for w in words[max(0, first - 3):first]):
            return None  # "were killed during demonstrations by tens of thousands who marched": the agent
        return best[1]
    for distance in range(1, _PREDICATE_WINDOW + 1):
        for i in (first - distance, last + distance):
            if not clause[0] <= i <= clause[1] or last < i <= max(last + 1, counted):
                continue  # the words right after a figure are what it counts ("12 points"), not its verb
            lower = words[i].lower
            if lower in STOPWORDS or words[i].text[0].isupper() or (i and words[i - 1].text[0].isdigit()) or (
                    i and (words[i - 1].lower in NUMBER_WORDS or words[i - 1].lower in _DETERMINERS)) or (
                    i + 1 < len(words) and words[i + 1].lower in _AUXILIARY):
                # a word a number counts is a noun ("180 passengers and six crew": no verb "crow"), as is one after a
                # determiner ("whose names": no "name") or before an auxiliary ("train fares would": no "fare")
                continue
            progressive = (lower.endswith("ing") and i and words[i - 1].lower in BE_FORMS
                           and "VERB" in part_of_speech(lower))
            if (verb_form(lower) or progressive) and not lemmas(lower) & lexicon.light:
                return RAW + min(lemmas(lower) - {lower}, default=lower)
    return None


def _legal(sentence: str, start: int, subject: str | None, words: Sequence[Token], last: int, counted: int) -> bool:
    """A count of charges or of an offence: "three counts of murder", "two murder charges", "charged with two
    murders"."""
    return (counted > last and words[last].lower in _LEGAL_COUNTS) or subject in _CHARGE_NOUNS or bool(
        _ACCUSED_BEFORE.search(sentence, 0, start))


def _charged_with(predicate: str | None, subject: str | None, lexicon: Lexicon) -> str | None:
    """The event of a count of charges: a stage of a case the verb before it names ("found guilty of": convict,
    "dropped": fall), else the charge's own ("faces four counts", "counts ... were filed", "was ordered held ... on
    three murder charges": charged; "two prior convictions": convicted)."""
    if predicate in _CHARGE_PREDICATES or (predicate is not None and predicate.startswith(RAW) and (
            predicate.removeprefix(RAW) not in _CHARGING)):
        return predicate  # "dismissed two counts", "withdrew two charges": not charged
    return _lexicon_class((subject if subject in _CHARGE_NOUNS else "charge",), lexicon)


def _attempted(thing: str | None, sentence: str, end: int) -> str | None:
    """"three counts of attempted murder" are no counts of murder."""
    return f"attempted {thing}" if thing and _ATTEMPTED.match(sentence, end) else thing


_CHARGE_PREDICATES = frozenset(listed("frames", "charge_predicates"))
_LEGAL_COUNTS = frozenset({"count", "counts"})
# Verbs a charge is brought with that the lexicon knows as no event: "faces four counts", "counts ... were filed"
_CHARGING = frozenset(listed("frames", "charging_verbs"))
_ACCUSED_BEFORE = re.compile(
    rf"\b(?i:{alternation(listed('frames', 'accused_words'))})\s+"
    rf"(?:(?:[A-Z][\w.]*|{alternation(listed('frames', 'offence_gap_words'))})\s+){{0,3}}?(?:with|of|for|to)\s+$")
_ATTEMPTED = re.compile(r"\s+(?:counts?\s+)?(?:of\s+)?attempted\b", re.IGNORECASE)
NEGATORS = frozenset({"no", "not", "without", "never"})  # before a predicate: it did not happen


def negator(word: str) -> bool:
    """A word before a predicate that says it did not happen: "no", "never", "doesn't" ("often doesn't charge
    patients" charges nobody)."""
    return word in NEGATORS or word.endswith(("n't", "n’t"))


def _not_predicates(words: Sequence[Token], low: int, high: int, legal: bool, first: int,
                    sentence: str) -> set[int]:
    """Words of the clause that name no event of a figure: the offences a legal count counts ("two counts of murder":
    no killing), the part of a period a time is told by ("by the end of 2010", "at the start of the season": no
    ending, no beginning), a predicate's verb used as a noun after a determiner ("whose names": no naming)."""
    charged = {k for j in range(low, high) if words[j].lower in _LEGAL_COUNTS and words[j + 1].lower == "of"
               for k in range(j + 2, j + 2 + _COUNTED_WORDS)} if legal else set()
    nouns = {j for j in range(low, high + 1) if j < len(words) and _noun_of_a_verb(words, j, sentence)}
    head = words[first].lower.rstrip(",;:.") if first < len(words) else ""
    dated = bool(_YEAR_WORD.fullmatch(head)) or head in CALENDAR_NAMES
    # a day told beside the part of a period is that part's own day ("The start of the 2026 season on March 26")
    return charged | nouns | {j for j in range(low, min(high, len(words) - 2)) if _part_of_a_period(words, j)
                              and (not dated or j + 2 <= first <= j + 3)}


def _noun_of_a_verb(words: Sequence[Token], j: int, sentence: str = "") -> bool:
    """A word of a predicate the lexicon knows only as a verb, written here as a noun, after a determiner, a
    possessive or a word that qualifies it as a noun: "whose names remain unreleased", "the suspects' names", "her
    first name", "uses one name" (not "will formally name", "the board names 3 finalists", "was named")."""
    if not j or not lemmas(words[j].lower) & _VERB_ONLY or words[j].lower.endswith(("ed", "ing")):
        return False
    before = words[j - 1]
    return (before.lower in _DETERMINERS or before.lower in _NOUN_QUALIFIERS or before.lower.endswith(("'s", "’s"))
            or any(mark in sentence[before.end : words[j].start] for mark in "'’"))


def _part_of_a_period(words: Sequence[Token], j: int) -> bool:
    if words[j].lower not in _PERIOD_PARTS or words[j + 1].lower != "of":
        return False
    if j >= 3 and words[j - 1].lower == "the" and words[j - 2].lower == "at" and lemmas(words[j - 3].lower) & (
            _PERIOD_VERBS):
        return False  # "Production will start at the beginning of 2027": the beginning tells the starting
    after = words[j + 2].lower.rstrip(",;:.")  # "By the end of 2010, the company had cut"
    if after in _PERIOD_DETERMINERS and j + 3 < len(words):
        after = words[j + 3].lower.rstrip(",;:.")
    return bool(_YEAR_WORD.fullmatch(after)) or after in CALENDAR_NAMES or after in _PERIODS


_PERIOD_PARTS = frozenset(listed("frames", "period_parts"))
_PERIOD_VERBS = frozenset({"start", "begin", "end", "open", "close", "finish"})
_VERB_ONLY = frozenset(listed("frames", "verb_only_predicates"))
_NOUN_QUALIFIERS = frozenset(listed("frames", "noun_qualifiers"))
_PERIODS = frozenset(listed("frames", "periods"))
_PERIOD_DETERMINERS = frozenset({"the", "this", "next", "last", "that", "each", "every", *_POSSESSIVES})
_YEAR_WORD = re.compile(r"(?:1[0-9]|20)\d\d(?:s|['’]s)?")


@lru_cache(maxsize=4096)
def _phrases(sentence: str, lexicon: Lexicon) -> tuple[tuple[tuple[str, int], ...], ...]:
    """For each word of a sentence, the lexicon phrases it starts (predicate class and length), the longest first;
    a phrase of two words may have its object between them ("found him guilty", "threw the case out")."""
    words = sentence_tokens(sentence)
    found: list[tuple[tuple[str, int], ...]] = []
    for i in range(len(words)):
        hits: list[tuple[str, int]] = []
        if lemmas(words[i].lower) & lexicon.starts:
            split = _split_phrase(sentence, words, i, lexicon)
            hits += [split] if split else []
            for size in range(min(lexicon.longest, len(words) - i), 0, -1):
                predicate = _lexicon_class(tuple(w.lower for w in words[i : i + size]), lexicon)
                if predicate is not None:
                    hits.append((predicate, size))
                    break
        found.append(tuple(hits))
    return tuple(found)


_OBJECT_GAP = 2  # at most this many words of an object between the two words of a phrase
_PARTICLES = frozenset(listed("clauses", "split_particles"))
_OBJECT_WORDS = frozenset(listed("clauses", "object_words"))


def _split_phrase(sentence: str, words: Sequence[Token], i: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """A two-word phrase of the lexicon with one or two words of its object between: "found him guilty" (convict),
    "threw the case out" (overturn). The words between are words of one run, no punctuation among them."""
    for gap in range(1, _OBJECT_GAP + 1):
        last = i + gap + 1
        if last >= len(words) or words[last].lower not in _PARTICLES:
            continue  # "leave the office" is no "leave office": only a particle or an adjective follows an object
        between = words[i + 1 : last]
        if not sentence[words[i].end : words[last].start].replace(" ", "").isalpha() or any(
                not w.text.isalpha() or w.lower in lexicon.light or negator(w.lower)
                or (w.lower in STOPWORDS and w.lower not in _OBJECT_WORDS) for w in between):
            return None  # punctuation, a preposition, a verb of its own or a "not" between: no phrase
        predicate = _lexicon_class((words[i].lower, words[last].lower), lexicon)
        if predicate is not None:
            return predicate, gap + 2
    return None


def _lexicon_class(phrase: tuple[str, ...], lexicon: Lexicon) -> str | None:
    if len(phrase) == 1:
        # "found" is "find" in news ("police found the bodies", "the judge found that"), not "found" ("founded")
        read = lemmas(phrase[0]) - {phrase[0]} if phrase[0] in _PAST_OF_ANOTHER else lemmas(phrase[0])
        return next((lexicon.predicates[(lemma,)] for lemma in sorted(read) if (lemma,) in lexicon.predicates), None)
    options = [sorted(lemmas(word)) for word in phrase]
    candidates: list[tuple[str, ...]] = [()]
    for choice in options:
        candidates = [(*c, w) for c in candidates for w in choice][:32]
    return next((lexicon.predicates[c] for c in candidates if c in lexicon.predicates), None)


_PAST_OF_ANOTHER = frozenset(listed("frames", "past_of_another_verb"))


# A count over the first or last stretch of its event: "10 points in the first 7 ½ minutes", "three goals in the
# final 10 minutes".
_PART_OF_SPAN = re.compile(rf"(?:\s+[a-z-]+){{0,2}}?\s+(?:in|during|over)\s+(?:the|his|her|their)\s+"
                           rf"(?:{alternation(listed('frames', 'span_parts'))})\b")


def _at_interval(sentence: str, words: Sequence[Token], clause: tuple[int, int]) -> bool:
    """A break of the game in the figure's own clause, or in the clause before when the figure's opens with a
    participle ("The Jays led 33-26 at the half, paced by 13 points from McDermott"); not in another clause ("trailed
    40-38 at the half, but Dario Quell scored 30 points")."""
    if not words:
        return False
    low, high = words[clause[0]].start, words[clause[1]].end
    if _AT_INTERVAL.search(sentence, low, high):
        return True
    opener = words[clause[0]].lower
    after = words[clause[0] + 1].lower if clause[0] + 1 < len(words) else ""
    # a participle phrase: "paced by 13 points", "led by", "trailing 40-38"; not a main verb after a relative clause
    # ("Quell, who had two points at halftime ..., scored 30 points")
    participle = opener.endswith("ing") or (verb_form(opener) == "past" and after == "by")
    return participle and _AT_INTERVAL.search(sentence, 0, low) is not None


_AT_INTERVAL = re.compile(rf"\b(?:{alternation(listed('frames', 'interval_marks'))})\b", re.IGNORECASE)
_RUNNING = re.compile(rf"\b(?:{alternation(listed('frames', 'running_marks'))}"
                      rf"|(?:in|during|over|across)\s+(?:(?:the|their|its|his|her)\s+)?(?:\d+|{_NUMBER_WORDS})\s+"
                      rf"{alternation(listed('frames', 'counted_events'))})\b", re.IGNORECASE)


# A model's designation right after a count, before its noun or standing for it: "AK-47", "AK 47", "F-16", "T-72".
_MODEL = r"[A-Z]{1,3}[\s-]?\d{1,3}"
_MODEL_COUNTED = re.compile(rf"\s+(?:[a-z]+\s+)?({_MODEL})(?:s|'s)?\b")


_NOW_HAS = re.compile(r"\bnow\s+(?:has|have)\s+$")


def _running(sentence: str, start: int, end: int) -> bool:
    """A mark of a running total in the figure's part of the sentence: "So far, the navy has confiscated 14", not
    "The firm has so far declined to comment, but it sold 3 million phones"."""
    for found in _RUNNING.finditer(sentence):
        between = sentence[found.end() : start] if found.end() <= start else sentence[end : found.start()]
        if not _CONTRAST.search(between):
            return True
    return False


_CONTRAST = re.compile(rf"[;:]|\b(?:{alternation(listed('clauses', 'contrasts'))})\b", re.IGNORECASE)


def _thing(kind: str, unit: str | None, subject: str | None, sentence: str, end: int, words: Sequence[Token],
           first: int, last: int, clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    if kind in ("date", "time"):
        # The day of a charge, a conviction, an arrest is the day of one offence's: "charged with stealing a guitar"
        # in 2004 and "charged with assault" in 2005 are two charges.
        found = _OFFENCE.search(sentence, words[clause[0]].start, words[clause[1]].end) if words else None
        offence = _offence(found.group(1), lexicon) if found else None
        return f"offence {offence}" if offence else None
    if kind == "measure" and unit == "magnitude":
        # an aftershock's magnitude is not the quake's: "two aftershocks of more than 5.0 magnitude", "a
        # 5.2-magnitude aftershock", "an aftershock measuring 5.5"
        start = words[first].start if words and first < len(words) else end
        before = _AFTERSHOCK_BEFORE.search(sentence, max(0, start - 40), start)
        quake = _QUAKE_AFTER.match(sentence, end)
        return "aftershock" if (before and not quake) or _AFTERSHOCK_AFTER.match(sentence, end) else "magnitude"
    if kind == "measure" and unit == "year":
        return "age"
    qualifier = _qualifier(words, first, last, lexicon)
    if kind == "ordinal" and _SINCE.match(sentence, end):
        qualifier = "since"  # "his sixth trip since the war began": of a span, compared only with such
    if kind == "count" and qualifier is None and _PART_OF_SPAN.match(sentence, end):
        qualifier = "partial"  # "10 points in the first 7 ½ minutes": a part of the game's, not its total
    if kind == "count" and qualifier is None and _at_interval(sentence, words, clause):
        qualifier = "halftime"  # "led 33-26 at the half, paced by 13 points from McDermott": the first half's
    # "In their five operations so far, ... 14 AK-47 rifles": more than one event's, a running total
    running = kind == "count" and qualifier is None and _running(sentence, words[first].start if words else 0, end)
    if running:
        qualifier = "running"
    model = _MODEL_COUNTED.match(sentence, end) if kind == "count" else None
    if model is not None:
        # "seven AK-47 assault rifles", "seven AK-47s", "12 AK 47 guns": a count of that model, whatever its noun
        designation = re.sub(r"[\s-]", "", model.group(1)).lower()
        return f"{qualifier} {designation}" if qualifier else designation
    offence = _charged(sentence, end) if kind == "count" and subject in _CHARGE_NOUNS else None
    if offence:
        return f"{qualifier} {offence}" if qualifier else offence  # "two murder charges": as "two counts of murder"
    if kind in ("count", "ordinal", "money", "duration", "percent") and subject:
        phrase = counted_phrase(sentence, end)
        thing = lexicon.thing(subject)
        if thing == subject and is_people(subject):
            thing = "people"  # "Palestinians", "Gazans": people, whatever their demonym
        if running and thing == "people":
            qualifier = None  # "40 people have died so far": a toll, a running total by nature (rules/casualties.yaml)
        if phrase and " of " in phrase[0] and kind in ("count", "ordinal"):
            thing = f"{thing} of {phrase[0].split(' of ', 1)[1]}"
        if (qualifier is None or running) and kind == "count" and lexicon.owned_thing(thing) and (
                running or _NOW_HAS.search(sentence, 0, words[first].start)):
            # "Hansbrough now has 2,302 points", "2,029 points in 106 games": a player's running total, not a game's
            qualifier = "career"
        if kind in ("count", "ordinal", "percent") or thing in lexicon.things.values():
            return f"{qualifier} {thing}" if qualifier else thing
    if kind == "duration" and not (first and words[first - 1].lower in ("lasted", "lasting", "lasts")):
        # a span of time is about the noun it qualifies ("a 45-minute call") or about nothing sure; or, after "lasted",
        # about the clause's thing ("The meeting between ... lasted 90 minutes")
        return None
    best = _nearest_thing(kind, unit, words, first, last, clause, lexicon)
    if best is None:
        return None
    return f"{qualifier} {best}" if qualifier else best


def _nearest_thing(kind: str, unit: str | None, words: Sequence[Token], first: int, last: int,
                   clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """No counted noun: the nearest word of the clause that names a thing ("a depth of 10 km", "priced at $999")."""
    best: tuple[int, str] | None = None
    for i in range(clause[0], clause[1] + 1):
        if first <= i <= last or (words[i].text[0].isupper() and i != 0):
            continue
        found = next((lexicon.things[lemma] for lemma in sorted(lemmas(words[i].lower)) if lemma in lexicon.things),
                     None)
        if found is not None and lexicon.owned_thing(found) and i and words[i - 1].lower in _BEFORE_VERB:
            continue  # a verb names no one's thing: "will pay $4.2 billion" is no one's pay (a contract)
        if found is not None and kind in ("money", "percent") and any(
                lexicon.thing(w) == found for w in lexicon.sequences):
            continue  # "earned $810 million in the fourth quarter": a quarter of the year, no round of play
        if found is not None and lexicon.owned_thing(found) and i and _verb_after_subject(words, i):
            continue  # "A judge set bail at $250,000": the verb "set", no tennis set
        if found is None or (kind == "measure" and found not in _MEASURED.get(unit, ())) or (
                kind != "measure" and found in _ALL_MEASURED) or (kind in ("money", "percent") and found == _JOBS):
            continue  # "posted a trade surplus of 4.6 billion lira": no post, no job
        distance = first - i if i < first else i - last
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else None


_JOBS = "jobs"  # things.yaml: a class of counts, never what a sum or a share is of when no noun is counted


def _verb_after_subject(words: Sequence[Token], i: int) -> bool:
    """Word i is a verb whose past is its plain form, after a noun or a name that is its subject ("A judge set
    bail"; not "the final set")."""
    lower, previous = words[i].lower, words[i - 1]
    if lower not in UNCHANGED_PAST or previous.lower in STOPWORDS:
        return False
    pos = part_of_speech(previous.lower)
    return previous.text[0].isupper() or ("NOUN" in pos and "ADJ" not in pos)


_AFTERSHOCK = alternation(listed("frames", "aftershock_words"))
# "aftershocks of more than 5.0", "an aftershock measuring 5.5", "aftershocks, the largest of magnitude 5.9"
_AFTERSHOCK_BEFORE = re.compile(
    rf"\b{_AFTERSHOCK},?\s+(?:(?:the\s+)?{alternation(listed('frames', 'aftershock_largest'))}\s+)?"
    rf"(?:{alternation(listed('frames', 'aftershock_links'))}(?:\s+(?:a\s+)?magnitude(?:\s+of)?)?|magnitudes?)"
    rf"(?:\s+{alternation(listed('frames', 'aftershock_hedges'))})?\s*$", re.IGNORECASE)
# "a 5.2-magnitude aftershock", "a 5.8 strong aftershock"; not "6.6 magnitude triggers aftershocks"
_AFTERSHOCK_AFTER = re.compile(rf"(?:[\s-]*magnitude)?(?:\s+{alternation(listed('frames', 'aftershock_adjectives'))})?"
                               rf"\s+{_AFTERSHOCK}\b", re.IGNORECASE)
# "aftershocks of magnitude 7.0 quake": the quake's magnitude, whatever came after it
_QUAKE_AFTER = re.compile(
    rf"(?:[\s-]*magnitude)?(?:\s+[a-z]+)?\s+{alternation(listed('frames', 'quake_nouns'))}\b", re.IGNORECASE)
_BEFORE_VERB = frozenset((*listed("clauses", "modals"), "will", "to", "should", "shall"))  # a verb follows
_AUXILIARY = (_BEFORE_VERB - {"to"}) | BE_FORMS | {"have", "has", "had"}  # a subject's noun stands before one
# not "after" a time of day: "started on the 11th floor ... shortly after midnight" numbers no span
_SINCE = re.compile(rf"(?:[\s-]+[\w-]+){{0,6}}?\s+(?:since|after(?!\s+(?:noon|midnight|dawn|\d))"
                    r"|in\s+(?:(?:the\s+)?(?:past|last)\s+)?"
                    rf"(?:\d+|{_NUMBER_WORDS}|a)?\s*(?:years?|decades?|months?|weeks?|century))\b", re.IGNORECASE)
# The things a measure of each unit can be: a length is no age, whatever word stands near it.
_MEASURED = {"m": frozenset({"depth", "distance", "height", "length"}), "year": frozenset({"age"}),
             "magnitude": frozenset({"magnitude"})}
_ALL_MEASURED = frozenset().union(*_MEASURED.values())


# Between the word and its offence only the time of it may stand ("charged in 1999 with", "arrested Sunday on").
_OFFENCE = re.compile(
    rf"\b(?i:{alternation(listed('frames', 'accused_words'))})\s+"
    rf"(?:(?:[A-Z][\w.]*|\d[\w,]*|{alternation(listed('frames', 'offence_gap_words'))})\s+){{0,3}}?"
    r"(?:with|of|for|to)\s+"
    rf"(?:(?:\d+|(?i:{_NUMBER_WORDS}))\s+(?:counts?|charges?)\s+of\s+)?(?:(?:suspicions?|investigations?)\s+of\s+)?"
    r"((?:(?:an?|the|his|her|their)\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z'’-]*){0,2})")  # the offence in lower case
_NOT_OFFENCE = frozenset(("a", "an", "the", "his", "her", "their", "being"))
_OFFENCE_ENDS = frozenset((*STOPWORDS, *listed("clauses", "before_now"), "early", "late", "following", "after",
                           "yesterday", "today", "tonight", "earlier"))


def _charged(sentence: str, end: int) -> str | None:
    """The offence a noun before a charge names ("two murder charges": murder; "one kidnapping charge": kidnapping),
    as "two counts of murder" names it; none for a charge of no offence named ("two felony charges")."""
    phrase = counted_phrase(sentence, end)
    words = phrase[0].split(" of ")[0].split()[:-1] if phrase else []
    if not words or words[-1] in _NOT_OFFENCES or part_of_speech(words[-1]) & {"ADJ", "NOUN"} != {"NOUN"}:
        return None  # "two prior convictions", "federal charges": no offence named
    return words[-1]


_CHARGE_NOUNS = frozenset(listed("frames", "charge_nouns"))
_NOT_OFFENCES = frozenset(listed("frames", "not_offences"))


def _offence(phrase: str, lexicon: Lexicon) -> str | None:
    """The offence a charge names, as one word: a gerund's verb ("stealing a guitar": steal), else the head noun
    before any linking or time word ("first-degree murder and arson", "drunken driving last weekend"); a word of a
    predicate class is that class ("killing", "murder" and "slaying" are kill)."""
    run = [w.lower() for w in phrase.split() if w.lower() not in _NOT_OFFENCE]
    run = run[: next((i for i, w in enumerate(run) if w in _OFFENCE_ENDS or w.endswith(("'s", "’s"))), len(run))]
    if not run:
        return None
    head = run[0] if run[0].endswith("ing") else run[-1]
    verbs = sorted(lemmas(head) - {head}) if head.endswith("ing") else []
    word = min(verbs, key=len) if verbs else noun_lemma(head)
    return lexicon.predicates.get((word,), word)


def _qualifier(words: Sequence[Token], first: int, last: int, lexicon: Lexicon) -> str | None:
    """A qualifier right before the figure or its noun ("his season total", "30 career points"), not a best of a span
    ("a career-high 30 points" are the game's); "more" right after it adds to a count told before ("married two more
    times", "three more people died"): additional."""
    if last + 1 < len(words) and words[last + 1].lower == "more" and not (
            last + 2 < len(words) and words[last + 2].lower == "than"):
        return "additional"
    for i in (*range(max(0, first - 3), first), *range(last + 1, min(len(words), last + 3))):
        if _superlative(words[i].lower):
            continue  # "a career-high 30 points", "a season-best 6.47": this game's figure, the best of a span
        for part in words[i].lower.split("-"):
            found = sorted(lemmas(part) & lexicon.qualifiers)
            if found:
                return found[0]
    # "now has 2,302 for his career", "20 goals over the season": the span the figure totals, said after it
    for i in range(last + 1, min(len(words) - 2, last + 3)):
        if words[i].lower in _SPAN_OF and (words[i + 1].lower in _WHOSE or words[i + 1].lower == "the"):
            found = sorted(lemmas(words[i + 2].lower) & lexicon.qualifiers)
            return found[0] if found else None
    return None


def _superlative(word: str) -> bool:
    """"career-high", "season-best": the best of a span, said of the figure after it."""
    parts = word.split("-")
    return len(parts) > 1 and parts[-1] in _SUPERLATIVE_ENDS


_SPAN_OF = frozenset(("for", "over", "in"))
_SUPERLATIVE_ENDS = frozenset(listed("frames", "superlative_ends"))
_WHOSE = frozenset(listed("grammar", "possessives"))


def _owner(sentence: str, words: Sequence[Token], first: int, last: int, clause: tuple[int, int],
           kind: str) -> str | None:
    """The name the figure belongs to: a possessive name just before it, or the name that does the predicate
    right before the figure. Names that credit a figure ("the USGS said") and places ("in Aceh") own nothing."""
    for i in range(first - 1, max(clause[0], first - _possessive_gap(words, first)) - 1, -1):
        word = words[i]
        if word.text[0].isupper() and (word.text.endswith(("'s", "’s")) or (
                word.text.endswith("s") and sentence[word.end : word.end + 1] in ("'", "’"))):
            if word.lower.removesuffix("'s").removesuffix("’s") in _NOT_NAMES:
                break  # "Thursday's session": a day's, nobody's; a name may still do the verb
            return _name_before(words, i, clause, possessive=True)  # "Bryant's 14", "the Owls' 11 turnovers"
    for i in range(first - 1, max(clause[0], first - _OWNER_GAP - 1) - 1, -1):
        word = words[i]
        if _is_name(words, i):
            between = words[i + 1 : first]
            if between and between[0].lower in _SAYING and not (kind in ("count", "measure") and _adds_to(
                    sentence, between, first, words)):
                return None
            between = [w for k, w in enumerate(between) if not _of_a_spell(between, k)]
            if [w.lower for w in between] in (["to"], ["for"]) and _object_of_verb(words, i, clause):
                return _name_before(words, i, clause, possessive=False)  # "sentenced Tom Berrick to 12 years"
            if kind == "money" and len(between) > 1 and singular_noun(between[0].lower) and not verb_form(
                    between[0].lower):
                between = between[1:]  # "the Pulse X phone is priced at $999": a product's price, its name's
            if not between or not any(verb_form(w.lower) or w.lower in _OWNER_LINKS for w in between) or any(
                    w.lower in _NOT_LINKS or (w.lower not in STOPWORDS and not verb_form(w.lower)
                                              and w.lower not in _OWNER_LINKS and not _superlative(w.lower))
                    for w in between):
                return None  # "the southern Gaza city where over one million": a name that does nothing
            return _name_before(words, i, clause, possessive=False)
        if word.lower in ("he", "she", "they", "it", "who", "which"):
            return None
    return None


def _adds_to(sentence: str, between: Sequence[Token], first: int, words: Sequence[Token]) -> bool:
    """A crediting verb that is also an owner's ("added", "adds"), with the figure as its object: "Richard Carter
    added 12 for the Bulldogs" is his 12, not a remark ("'We were tired,' Carter added, 12 hours later", "added 4
    officers in the unit were placed on leave"); a bare figure only where one count before it gives its noun (not
    "finished with 24 points, 13 rebounds and six assists, and Harris added 18")."""
    told = between[0]
    if told.lower not in _OWNER_LINKS or len(between) > 3 or any(
            mark in sentence[told.end : words[first].start] for mark in ",;:\"“”"):
        return False
    for k in range(first + 1, min(len(words), first + 8)):
        word = words[k].lower
        if word in _CLAUSE_STOPS or any(mark in sentence[words[k - 1].end : words[k].start] for mark in ",;:"):
            break
        if word in _AUXILIARY or word in _STATE_VERBS or (verb_form(word) and "NOUN" not in part_of_speech(word)):
            return False  # the figure opens a clause of its own: a remark
    bare = first + 1 >= len(words) or words[first + 1].lower in STOPWORDS or sentence[
        words[first].end : words[first + 1].start].strip()
    if not bare and first + 2 < len(words) and not sentence[words[first + 1].end : words[first + 2].start].strip() and (
            words[first + 2].lower not in STOPWORDS and words[first + 2].lower not in _CLAUSE_STOPS):
        return False  # "added 3 deputies face suspension": the count is the subject of a remark's clause
    return not bare or sum(1 for w in words[:first] if _NUMBER.fullmatch(w.text)) <= 1


_CLAUSE_STOPS = frozenset({"as", "while", "when", "and", "but", "before", "after", "because", "since", "until", "so",
                           "though", "although", "which", "who", "whose", "where"})
_STATE_VERBS = frozenset(listed("frames", "present_states"))


def _of_a_spell(between: Sequence[Token], k: int) -> bool:
    """A span of play the owner's verb takes before "with" ("Hansbrough finished the game with 20 points",
    "ended the night with 2,129"): no word that sets the figure apart from the name before it."""
    return (between[k].lower in _SPELLS and 1 < k < len(between) - 1 and between[k - 1].lower in _SPELL_DETERMINERS
            and between[k + 1].lower == "with" and between[k - 2].lower in _SPELL_VERBS)  # not "led the race with"


def _from_owner(sentence: str, end: int) -> str | None:
    """The name a player's count comes from, told after its noun: "behind a season-high 37 points from Dario
    Quell", "with 11 rebounds from Ada Finn"."""
    found = _FROM_NAME.match(sentence, end)
    if found is None or found.group(1).split()[0].lower().removesuffix("'s").removesuffix("’s") in _NOT_NAMES:
        return None
    name = found.group(1).lower().rstrip(".").split()
    while name and name[-1] in CALENDAR_NAMES:
        name.pop()  # "28 points from Dario Quell Wednesday night"
    return " ".join(name) or None


_FROM_NAME = re.compile(  # the whole name, no possessive after it ("from Ada Finn's record", "from Quell ’ s bench")
    r"\s+(?:[a-z][\w-]*\s+){1,2}from\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?![\w.'’-]|\s+[A-Z]|\s?['’])")


def _listed_owner(sentence: str, words: Sequence[Token], first: int, clause: tuple[int, int],
                  kind: str, stat: bool = True) -> str | None:
    """A count listed right after another of its own noun is that one's owner's: "Kofi Obi had 24 points and 11
    rebounds", "finished with 24 points, 13 boards and six assists", "scored 23 points and grabbed 7 rebounds",
    "added 15 points with six assists" (a ``stat``, a count someone owns: not "scored 20 points with 18,000 fans on
    hand")."""
    k = first - 1
    if kind != "count" or k < 2 or first >= len(words):
        return None
    if stat and words[k].lower in _OWNER_LINKS and (words[k - 1].lower == "and" or sentence[words[k - 1].end : words[
            k].start].strip().startswith(",")):
        k -= 1  # "scored 23 points and grabbed 7 rebounds": the same owner's verb again
    joined = words[k].lower == "and" or (stat and words[k].lower == "with" and not _COUNTDOWN.match(
        sentence, words[first].end))  # not "25 goals with 9 games left"
    if not joined and not sentence[words[k].end : words[k + 1].start].strip().startswith(","):
        return None
    k -= joined
    earlier = next((n for n in (k, k - 1) if n >= 0 and _NUMBER.fullmatch(words[n].text)), None)
    if earlier is not None and words[k + 1].lower == "with" and earlier != k - 1:
        return None  # "indicted in 1990 with 14 others", "in 2008 with 59 catches": no count listed before
    if earlier is None or (words[earlier + 1].lower if earlier + 1 < first else "") in ("", "and"):
        return None  # "between 10 and 12": a range, not a list of counts
    return _owner(sentence, words, earlier, earlier, (0, clause[1]), kind) or _listed_owner(
        sentence, words, earlier, clause, kind, stat)


_NUMBER = re.compile(rf"\d[\d,.]*|{_NUMBER_WORDS}", re.IGNORECASE)


def _its_owner(words: Sequence[Token], first: int, kind: str) -> str | None:
    """"Trevane Foods said on Thursday its quarterly revenue rose to $2.1 billion": the figure of "its" (or "their")
    is the name that opens the sentence and tells it."""
    if kind not in ("money", "percent", "count"):
        return None
    at = next((k for k in range(first - 1, max(-1, first - _ITS_GAP - 1), -1) if words[k].lower in _ITS), None)
    if at is None or not _is_name(words, 0) or (at and words[at - 1].lower in STOPWORDS and words[
            at - 1].lower not in _ITS_AFTER):
        return None  # not "the largest acquisition in its history ... paying about $5.4 billion"
    name_end = next((i for i in range(len(words)) if not _is_name(words, i)), len(words))
    telling = [w.lower for w in words[name_end : name_end + 2]]
    if not any(w in _SAYING for w in telling) or name_end >= first:
        return None
    return " ".join(w.text for w in words[:name_end]).lower().removesuffix("'s").removesuffix("’s")


_ITS_GAP = 6  # words between "its" and the figure: "its quarterly revenue rose to"
_ITS = frozenset({"its", "their"})
_ITS_AFTER = frozenset({"that", "and"})  # "said that its revenue", "and its profit": no preposition before "its"


def _object_of_verb(words: Sequence[Token], i: int, clause: tuple[int, int]) -> bool:
    """The name ending at word i is a verb's object ("sentenced former mayor Tom Berrick", "suspended Smith"): the
    word before it, past at most two lower-case words that name the person ("former mayor"), is a verb."""
    j = i
    while j > clause[0] and _is_name(words, j - 1):
        j -= 1
    for back in range(1, 4):
        k = j - back
        if k < clause[0]:
            return False
        lower = words[k].lower
        if verb_form(lower) is not None and "NOUN" not in part_of_speech(lower):
            return True
        if lower in STOPWORDS or not words[k].text.islower():
            return False
    return False


def _possessive_gap(words: Sequence[Token], first: int) -> int:
    """How far back a possessive name may stand: a few words, or a whole noun phrase whose figure follows "of"
    ("Rodney Buford's school scoring record of 2,116"), none of its words a verb or a function word."""
    if first < 2 or words[first - 1].lower != "of":
        return _OWNER_GAP
    for back in range(2, _OF_GAP + 1):
        word = words[first - back] if first - back >= 0 else None
        if word is None or word.lower in STOPWORDS or verb_form(word.lower):
            return _OWNER_GAP
        if word.text.endswith(("'s", "’s", "s'")):
            return back
    return _OWNER_GAP


# Words between an owner and its figure: the owner's verb ("Bryant scored 14", "the MacBook Air costs $999",
# "starts at $1,199"), never a noun or a relative word.
_OWNER_LINKS = frozenset(listed("frames", "owner_links"))
_SPELLS = frozenset(listed("frames", "owner_spells"))
_COUNTDOWN = re.compile(r"\s+[\w-]+\s+(?:left|remaining|to\s+go|to\s+play)\b")
_SPELL_VERBS = frozenset(listed("frames", "spell_verbs"))
_SPELL_DETERMINERS = frozenset({"the", *_POSSESSIVES})
_POLLS = alternation(listed("frames", "polls"))
_POLL_WORD = re.compile(rf"\b{_POLLS}\b")
_POLL_BY = re.compile(rf"\b{_POLLS}\b(?:\s+[a-z]+){{0,2}}?\s+(?:by|for|from)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                      r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")
_POLL_NAMED = re.compile(rf"\b(?:(?:A|An|The|Another)\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})"
                         rf"\s+(?:opinion\s+)?{_POLLS}\b")
_POLL_OWNED = re.compile(rf"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})['’]s\s+(?:[a-z]+\s+){{0,2}}{_POLLS}\b"
                         r"(?!\s+(?:ratings?|lead|numbers)\b)")  # not "Reform UK's poll rating"
_DESCRIBES = re.compile(rf"[\s-]+(?!(?:{alternation(sorted(STOPWORDS))})\b)[a-z]")
# what is bought, after at most two words that describe it ("to buy cybersecurity firm Quellin"), not "acquired by"
_BOUGHT = re.compile(rf"\b(?i:{alternation(listed('frames', 'bought_after'))})\s+(?:(?i:the)\s+)?"
                     rf"(?:(?!(?:{alternation(sorted(STOPWORDS))})\b)[a-z][\w-]*\s+){{0,2}}?"
                     r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")
# What a passive names as bought: "Quellin will be acquired by Palisade Networks"
_BOUGHT_PASSIVE = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:[a-z]+\s+){1,3}?"
                             rf"(?:{alternation(listed('frames', 'bought_passive'))})\s+by\b")
_NOT_LINKS = frozenset("where who which that when while whose".split())


_RATE = re.compile(rf"(?:\s+(?:a|an|per|each|every))\s+({alternation(listed('frames', 'rate_units'))})\b"
                   rf"|\s+({alternation(listed('frames', 'rate_adverbs'))})\b", re.IGNORECASE)
_COMPOUND = re.compile(r"\S-([A-Za-z]+)$")
_MODIFIED = re.compile(rf"(?:\s+(?!{alternation(listed('frames', 'not_described'))}\b)[a-z][a-z-]*){{1,2}}")
_TIMES_NOUN = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,3}")
_NAME_RUN = r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)"  # up to four capitalised words: a name
_APPOSITIVE = re.compile(rf"{_NAME_RUN},\s+$")
# the words before a count of the people living in a place, and the place's name before them
_POPULATION = re.compile(
    rf"(?:{_NAME_RUN}(?:\s+(?:{alternation(listed('frames', 'place_nouns'))}))?,?\s+(?:(?:which|that)\s+)?(?:is\s+)?)?"
    rf"(?i:{alternation(listed('frames', 'population_words'))})\s+(?i:(?:{HEDGE_WORDS})\s+)?$")
_OPENING_NAME = re.compile(rf"\s*{_NAME_RUN},\s+$")  # the name a sentence opens with, set off by a comma
_OPENING_SET_OFF = re.compile(rf"\s*{_NAME_RUN},(?P<words>[^,;]{{3,80}}),\s+")  # "O'Brien, fired on June 8, "
# a name, then what it is, then the clause: "Leon Marsh, the former Halstead treasurer, received"; not one that tells
# ("Eddie Howe, the Newcastle manager, said 11 players were unavailable": the speaker owns nothing)
_SAYS = re.compile(rf"(?:[a-z]+\s+)?(?:{alternation(listed('frames', 'saying'))})\b")
_DESCRIBED_BEFORE = re.compile(rf"{_NAME_RUN},\s+(?:the|a|an)\s+[^,;()]{{1,100}},\s+$")
_RELATIVE = re.compile(rf"{_NAME_RUN},\s+(?:who|whose)\s+[^,;()]{{1,150}},\s+$")  # "Gigante, who listed ...,"
# a record's owner (``_record_owner``)
_RECORD_NAME = re.compile(_NAME_RUN)
_AFTER_PREPOSITION = re.compile(rf"\b{alternation(listed('records', 'not_owner_before'))}\s+(?:the\s+)?$",
                                re.IGNORECASE)
_RECORD_NOUN = re.compile(rf"\s+{alternation(listed('records', 'record_nouns'))}\b")  # "Indianapolis' record"
_BRACKETED = re.compile(rf"{_NAME_RUN}\s*\(\s*$")
_WHO = re.compile(rf"{_NAME_RUN},\s+who\s+(?:[a-z]+\s+){{0,4}}$")
_WHOLE_NAME = re.compile(_NAME_RUN)  # a record's mover named in full ("the Saints"), not described
# "..., and dropped to 45-7-2": the sentence's subject goes on (group 1 empty); "..., and the team improved": another
_JOINED_VERB = re.compile(rf"(?:and|but)\s+((?!{alternation(listed('records', 'moved_to'))}\b)\w+\s+)?",
                          re.IGNORECASE)


_DESCRIBED = re.compile(rf"{_NAME_RUN},\s+(?:a|an|the)\s+$")
# "the 23-year-old's", "the 23-year-old victim's", "the 23-year-old murder victim's": of whom the name is kin to
_POSSESSED_AFTER = re.compile(r"['’]s\b|(?:\s+[\w-]+){1,2}['’]s\b")
_AGE_ADJECTIVE = re.compile(r"[\s-]years?[\s-]old$", re.IGNORECASE)
_AGED = re.compile(rf"\b([A-Za-z][\w'’-]*),?\s+(?:aged|ages?)\s+{AGES_BEFORE_IT}$")
_AGE_TURNS = re.compile(r"\b(?:turns?|turning|will\s+turn|would\s+have\s+(?:turned|been))\s+$", re.IGNORECASE)
_AGE_THEN = re.compile(r"\W*(?:(?:years?\s+)?old\s+)?at\s+the\s+time\b", re.IGNORECASE)


def _age_owner(sentence: str, start: int, end: int, words: Sequence[Token], first: int, last: int,
               clause: tuple[int, int], kind: str, low: int, time: str) -> tuple[str | None, str]:
    """Whose age, and whether it is the age now. "the 35-year-old deputy", "a 15-year-old girl", "two girls, aged
    15 and 12", "two sons, ages 16 and 6, Waldie said": a person the story does not name, so no owner (an age of
    nobody named is not compared). "34-year-old Zurana Horton": the name that follows. "Lopez, who was 18 at the
    time", "who turns 29 on April 11": another time than the story's."""
    if _AGE_TURNS.search(sentence[max(0, start - 30) : start]) or _AGE_THEN.match(sentence, end):
        time = OTHER
    if _AGE_ADJECTIVE.search(sentence[start:end]):
        following = words[last + 1] if last + 1 < len(words) else None
        if following is None or not following.text[0].isalpha():
            return None, time  # "the 15 year old."
        if _is_name(words, last + 1):
            return _owner_after(words, last, clause), time
        # "Dario Velk, a 32-year-old forklift driver", "Oriana Fessel, the 87-year-old novelist": the name the
        # description is set off from; not "Omar Fell, the 23-year-old's older brother" (the age of whom he is kin to)
        named = None if _POSSESSED_AFTER.match(sentence, end) or _subject_after(sentence, start, end) else (
            _DESCRIBED.search(sentence[:start]))
        name = named.group(1).lower() if named else ""
        return (name if name and name.split()[-1] not in _NOT_NAMES and name.split()[0] not in STOPWORDS
                else None), time  # not "In Chicago, a 45-year-old man": a place
    died = DIED_AT.search(sentence, 0, start) or DIED_AGED.search(sentence, 0, start)
    if died is not None:
        # "Mark Felt, 'Deep Throat' of Watergate, dead at 95", "Nixon Aide Fred LaRue Dies at 75": the age at death
        # of whom the sentence opens with, named before the verb ("died yesterday aged 95" too)
        verb = next((i for i, w in enumerate(words) if w.start >= died.start()), first)
        return _subject_name(sentence, words, verb) or _appositive(sentence, start), time
    aged = _AGED.search(sentence[:start])
    if (aged is not None and not aged.group(1)[0].isupper() and not verb_form(aged.group(1).lower())) or (
            AGE_PAIRED.match(sentence, end)):
        return None, time  # "two girls, aged 15 and 12"; "two women -- 68 and 48-years-old": of no one named
    # the name set off right before the age first: "Lidia Marren's son, Pavel, 67," is Pavel's age, not Marren's
    owner = _appositive(sentence, start) or _owner(sentence, words, first, last, clause, kind) or _clause_owner(
        sentence, low)
    owner = owner or _owner_after(words, last, clause) or _subject_name(sentence, words, first)
    return owner, time


def _subject_after(sentence: str, start: int, end: int) -> bool:
    """"the N-year-old" is the subject of a verb of its own in its clause ("Accused of murdering Sarah Lee, the
    34-year-old denied the charge", "Speaking to Sky Sports, the 45-year-old manager said"): the name before it is
    another person's, no appositive; a relative clause after it is the description's ("Oriana Fessel, the
    87-year-old novelist who wrote Salt Harbour")."""
    if not sentence[max(0, start - 4) : start].lower().endswith("the "):
        return False
    stop = _BREAK.search(sentence, end)
    words = sentence[end : stop.start() if stop else len(sentence)].split()
    return any(verb_form(word.strip(".!?\"'”’").lower()) in ("past", "present") for word in words)


def _appositive(sentence: str, start: int) -> str | None:
    """"Benjamin David Banky, 40, of Vancouver": the name just before an age set off by commas."""
    found = _APPOSITIVE.search(sentence[:start])
    if found is None:
        return None
    name = found.group(1).lower()
    return None if name.split()[-1] in _NOT_NAMES else name


def _clause_owner(sentence: str, clause_start: int) -> str | None:
    """The name a clause is set off from: "O'Brien, fired on June 8, ...", "Cheeks, who was fired March 2", "Leon
    Marsh, the former Halstead treasurer convicted of looting pension funds, received a 25-year prison term"; the
    name a relative clause tells of, not the last name inside it ("Mr. Gigante, who listed his profession as the
    superintendent of a tenement on Bleecker Street, was sentenced to seven years")."""
    says = _SAYS.match(sentence, clause_start)
    relative = _RELATIVE.search(sentence[:clause_start])
    if relative is not None and says:
        return None  # "Captain Manrosan, who goes by a single name, told Xinhua ... 261 others": the speaker's nothing
    found = relative or _APPOSITIVE.search(sentence[:clause_start]) or (
        None if says else _DESCRIBED_BEFORE.search(sentence[:clause_start]))
    if found is None or found.end() != clause_start or _PLACE_SET_OFF.search(sentence, 0, found.start(1)):
        return None  # "living in Christchurch, New Zealand, slipped on ice": a place, not the one who slipped
    if _ALIAS.search(sentence, 0, found.start(1)):
        return None  # "fighting between the SAF and the Liberation Army-North, or SPLA-N, began": a name of a part
    name = found.group(1).lower()
    return None if name.split()[-1] in _NOT_NAMES or name.split()[0] in _NOT_NAMES else name


_ALIAS = re.compile(r"(?:,\s*|\b)(?:or|and)\s+(?:the\s+)?$")
# A name after a place's preposition, or after a place and its comma ("in Christchurch, New Zealand,"): a place.
_PLACE_SET_OFF = re.compile(rf"\b(?i:{alternation(sorted(_PLACE_BEFORE))})\s+(?:[A-Z][\w'’.-]+\s+){{0,3}}?"
                            rf"(?:[A-Z][\w'’.-]+,\s+)?$")


def _subject_name(sentence: str, words: Sequence[Token], first: int) -> str | None:
    """The name a sentence opens with, as the subject whose age it gives ("The actress Mara Vell has died at the age
    of 85", "Mara Vell, the actress, died aged 86"); a comma or a quote ends it ("Fred LaRue, Watergate Figure"), an
    initial's full stop does not ("W. Mark Felt")."""
    for i in range(min(first, 6)):
        if _is_name(words, i) and not (i and words[i - 1].lower in _PLACE_BEFORE):
            run = [words[i].text]
            j = i + 1
            while j < first and _is_name(words, j) and sentence[words[j - 1].end : words[j].start].strip() in ("", "."):
                run.append(words[j].text)
                j += 1
            return " ".join(run).lower().removesuffix("'s").removesuffix("’s")
    return None


def _owner_after(words: Sequence[Token], last: int, clause: tuple[int, int]) -> str | None:
    """The name an age stands before ("61-year-old Anargyros Bizianis", "the 36-year-old Rahman") or after
    ("Rahman, 36, ...")."""
    run: list[str] = []
    for i in range(last + 1, min(len(words), last + 6)):
        if _is_name(words, i):
            run.append(words[i].text.removesuffix("'s").removesuffix("’s"))
        elif run or words[i].text[0].isupper():
            break
    return " ".join(run).lower() or None


def _is_name(words: Sequence[Token], i: int) -> bool:
    word = words[i]
    if not word.text[0].isupper() or word.lower.rstrip("'’s") in _NOT_NAMES or word.lower in _NOT_NAMES:
        return False
    if _DESIGNATION.fullmatch(word.text) or (i + 1 < len(words) and _DESIGNATION.fullmatch(
            f"{word.text} {words[i + 1].text}")):
        return False  # a model's designation ("AK-47 rifles, 31 magazines", "AK 47"): a thing, nobody's name
    if i == 0:
        # A sentence opens with a capital: a name of two words ("Kobe Bryant scored"), or one no English table
        # knows, doing the verb after it ("Hansbrough finished with 20 points")
        # ("Hansbrough now has 2,301 career points": a running total's "now" between them)
        verb = 2 if len(words) > 2 and words[1].lower == "now" else 1
        return len(words) > verb and ((words[1].text[0].isupper() and words[1].lower not in _NOT_NAMES)
                                      or (unknown_word(word.text) and verb_form(words[verb].lower) is not None)
                                      or (unknown_word(word.text) and words[1].lower == "and" and len(words) > 2
                                          and words[2].text[0].isupper()))  # "Anselm and Lisk spoke"
    return True


_DESIGNATION = re.compile(rf"{_MODEL}s?")


def _name_before(words: Sequence[Token], i: int, clause: tuple[int, int], possessive: bool) -> str | None:
    """The run of capitalised words ending at word i, lower case, a possessive cut off."""
    run = [words[i].text.removesuffix("'s").removesuffix("’s")] if possessive else [words[i].text]
    j = i - 1
    while j >= clause[0] and _is_name(words, j) and not words[j].text.endswith(("'s", "’s")):
        run.insert(0, words[j].text)
        j -= 1
    if j >= 0 and words[j].lower in _PLACE_BEFORE and not possessive:
        return None  # "in Aceh", "near Bireun": a place, not an owner
    name = " ".join(run).lower().strip(".")
    if not possessive and j >= 1 and words[j].lower == "and" and _is_name(words, j - 1) and not (
            words[j - 1].text.endswith(("'s", "’s"))):
        return None  # "Anselm and Lisk spoke for 45 minutes", "Obi and Carter had 41 points between them": not Lisk's
    return name or None


_SPACING = str.maketrans("", "", " -")


def verb_object(sentence: str, start: int, predicate: str, lexicon: Lexicon) -> frozenset[str]:
    """The words of the name a verb of class ``predicate`` acts on, at the verb nearest the figure at ``start``
    ("beat the Dell City Lions 3-1 on Friday": dell, city, lions); none when no name follows it."""
    words = sentence_tokens(sentence)
    verbs = [i for i, w in enumerate(words) if w.text.isalpha() and _lexicon_class((w.lower,), lexicon) == predicate]
    if not verbs:
        return frozenset()
    i = min(verbs, key=lambda k: abs(words[k].start - start)) + 1
    while i < len(words) and words[i].lower in ("the", "a", "an"):
        i += 1
    run = []
    while i < len(words) and _is_name(words, i):
        run.append(words[i].lower.removesuffix("'s").removesuffix("’s"))
        i += 1
    return frozenset(run)


def one_team(a: str | None, b: str | None) -> bool:
    """One team or fighter: one name ends the other ("colts", "indianapolis colts"; "klitschko", "wladimir
    klitschko"), not one that begins it ("north carolina" is not "north carolina central")."""
    if a is None or b is None:
        return False
    x, y = sorted((a.split(), b.split()), key=len)
    # "north carolina" is not "carolina", "west marlow" not "marlow": a point of the compass names another place
    return y[len(y) - len(x) :] == x and not any(w.rstrip("ern") in _COMPASS for w in y[: len(y) - len(x)])


_COMPASS = frozenset(listed("places", "compass"))


def owners_match(a: str | None, b: str | None) -> bool:
    """The same owner: equal names (whatever their spaces and hyphens), or one name inside the other ("bryant" and
    "kobe bryant")."""
    if a is None or b is None:
        return a is b
    if a == b or a.translate(_SPACING) == b.translate(_SPACING):
        return True  # "sea micro" and "seamicro", "hewlett packard" and "hewlett-packard"
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x
