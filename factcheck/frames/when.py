"""When a figure holds: the story's event, or another time its sentence tells (``time_of``). A figure is the event's
unless its clause says otherwise: a background year or period ("last year", "in 2004", "since a 2011 flood"), a
forecast, a condition, a baseline it is set against, a first reading since revised, a count still under way; and a
year the sentence writes is the figure's only where it belongs to the figure's part of the sentence (not a later
noun's, another clause's span of years, or words set off after an opening name)."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.cues import COORDINATED
from factcheck.extract.hedges import HEDGE_WORDS
from factcheck.extract.lemmas import BE_FORMS, UNCHANGED_PAST, part_of_speech, verb_form
from factcheck.extract.tense import MODAL, tense_near
from factcheck.extract.tokens import STOPWORDS
from factcheck.frames.model import EVENT, FIRST_READING, NAME_RUN, NOT_NAMES, NUMBER_WORDS_PATTERN, OTHER
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.timewords import MONTHS, WEEKDAY

_COORDINATED = re.compile(COORDINATED)


def _times(name: str, plural: bool = False) -> str:
    return alternation(listed("clauses", name), plural=plural)


# a person's noun: "former mayor Tom Berrick", "a former employee" are who someone was, no time of the figure
_PERSONS = alternation(listed("people", "groups") + listed("people", "one_person"))
# "last year", "two decades ago", "previously", "last summer", "a previous quake", "since 1998", "next season", "earlier
# this morning" (another moment than the story's event: "Earlier this morning, a magnitude 2.0 quake struck")
_BACKGROUND = re.compile(
    rf"\b(?:{_times('before_now')}\s+{_times('earlier_periods', plural=True)}"
    rf"|(?:{_times('span_counts')}|{NUMBER_WORDS_PATTERN}|\d+)\s+(?:years?|decades?)\s+(?:ago|earlier)"
    rf"|(?:{_times('background_words')})\b(?!(?<=former)\s+(?:[a-z-]+\s+)?(?:(?-i:[A-Z])|(?:{_PERSONS})\b))"
    rf"|earlier\s+(?:(?:this|that)\s+{_times('earlier_this')}|today|in\s+the\s+day)"
    rf"|last\s+{_times('last_periods')}|(?:a|an)\s+(?:earlier|previous|prior)"
    rf"|since\s+(?:1[0-9]{{3}}|20[0-9]{{2}})|next\s+{_times('next_periods')})\b",
    re.IGNORECASE,
)
# A sentence that opens with another time, set off by its comma: "Earlier this morning,", "Last season,", "In the last
# election in 2021,".
_OPENING = re.compile(rf"\s*(?:(?:in|at|during)\s+(?:the\s+)?(?:{_BACKGROUND.pattern})(?:\s+[\w-]+){{0,3}}"
                      rf"|(?:{_BACKGROUND.pattern}))\s*,", re.IGNORECASE)

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
# "would" of reported speech tells a plan announced, as "will" does: "the automaker said it would cut 2,000 jobs", "said
# Harbour region train fares would go up 12 percent"; not "said a two-week shutdown of the port would cost" (a
# condition of its own)
_REPORTED = re.compile(rf"\b(?:{alternation(listed('clauses', 'crediting_verbs'))})\s+(?:that\s+)?"
                       rf"(?:(?:[\w'’.-]+\s+){{0,3}}|(?:(?!(?:{alternation(sorted(STOPWORDS))})\b)[\w'’.-]+\s+){{4,6}})$")
# A modal verb right after the figure's noun: the figure is its subject ("a magnitude 6 quake can cause", "the 18th
# would be the day"), not "two managers and also may have".
_MODAL_AFTER = re.compile(rf"(?:[\s-]+[\w-]+){{0,2}}?\s+{alternation(listed('clauses', 'modals'))}\b")


def time_of(kind: str, sentence: str, low: int, high: int, start: int, end: int, time: str, held: bool = False) -> str:
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
_SPAN_AFTER = re.compile(rf"\b(?:{_times('span_counts')}|{NUMBER_WORDS_PATTERN}|\d+|an?)\s+(?:{_times('span_units')})"
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
            and time[:4] not in words and not set(name.group(1).lower().split()) & NOT_NAMES
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


# a toll since then is the earlier event's: "The quake struck in March and has since killed 2,300 people"
_SINCE_TOLL = rf"(?:{alternation(listed('frames', 'since_toll_verbs'))})\b"
# "and has 650 employees", "and since has received nearly 300,000 comments", "and has since cut" (a perfect since then
# runs to now); not a passive, "and is blamed for 2,300 deaths", nor "and has killed 2,300 people" (the year's event's)
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


_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)

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


_OPENING_NAME = re.compile(rf"\s*{NAME_RUN},\s+$")  # the name a sentence opens with, set off by a comma
_OPENING_SET_OFF = re.compile(rf"\s*{NAME_RUN},(?P<words>[^,;]{{3,80}}),\s+")  # "O'Brien, fired on June 8, "
