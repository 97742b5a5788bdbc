"""What a sentence says happened to a figure (``predicate_of``): the nearest predicate phrase of the lexicon in the
figure's clause (``lexicon_class``), else its nearest content verb marked raw, never a negated one (``negator``); a
date's, a prison term's, an action's told as a noun after a span (``kind_predicate``, ``activity_of``); a work's
release year (``released``); a charge's stage (``charged_with``); the object of a verb (``verb_object``); the people
living in a place (``population_frame``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.extract.hedges import HEDGE_WORDS
from factcheck.extract.lemmas import BE_FORMS, lemmas, part_of_speech, verb_form, verb_of_noun
from factcheck.extract.numbers import NUMBER_WORDS
from factcheck.extract.tokens import STOPWORDS, Token, sentence_tokens
from factcheck.frames.clauses import CALENDAR_WORDS
from factcheck.frames.model import DETERMINERS, NAME_RUN, POSSESSIVES, RAW, RESIDENTS
from factcheck.frames.owners import AUXILIARIES, is_name, owner_name
from factcheck.lexicon import Lexicon
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.timewords import CALENDAR_NAMES

_SINCE_DATE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)

_PREDICATE_WINDOW = 8


def population_frame(kind: str, sentence: str, start: int, owner: str | None) -> tuple[str, str | None] | None:
    """"Manokwari city, which is home to over 170,000 people", "Kessa, a town of 15,000": the people living in a
    place, no toll of the event (predicate "live"); the place's, where it is named."""
    home = _POPULATION.search(sentence, max(0, start - 80), start) if kind == "count" else None
    if home is None or _NOT_RESIDENTS.match(sentence, start):
        return None  # "home to 12 of the 40 victims": no residents
    if _DISPLACED_THERE.match(sentence, start):
        return "displace", owner  # "home to 1.4 million displaced people", "home to 80,000 refugees"
    return RESIDENTS, owner_name(home.group(1)) if home.group(1) else owner


# the figure and what it counts, when they are no residents: "12 of the 40 victims"; or the displaced living there
_COUNTED_AS = r"[^\s]+(?:\s+[^\s]+){0,3}?\s+"  # the figure and up to three words before what it counts
_NOT_RESIDENTS = re.compile(rf"{_COUNTED_AS}(?i:{alternation(listed('frames', 'not_residents'))})\b"
                            r"|[^\s]+\s+of\s+(?:the|its|their)\b")
_DISPLACED_THERE = re.compile(rf"{_COUNTED_AS}(?i:{alternation(listed('frames', 'displaced_there'))})\b")


def kind_predicate(predicate: str | None, kind: str, sentence: str, start: int, end: int, words: Sequence[Token],
                   first: int, clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """A date's predicate (``_date_predicate``); a prison term's for a span in prison ("will spend 21 years behind
    bars", "jailed for 12 years"); none of speed but a measure's ("Some 1,500 positions will go at Lindqvist's
    factories" is no speed)."""
    if predicate == _SPEED and kind != "measure":
        return None
    if kind == "date":
        return _date_predicate(predicate, sentence, start, words, first, clause, lexicon)
    if kind == "duration" and _prison_term(sentence, start, end):
        return lexicon_class(("sentence",), lexicon)
    if kind == "duration" and predicate not in LASTING and not _NO_LENGTH.search(
            sentence, max(0, start - 30), start) and (verb := activity_of(sentence, end)) is not None and (
            verb not in lexicon.light):
        # the action's own verb, or the predicate found when it names the same ("sentenced to five years of
        # imprisonment"), never another's class ("serve 90 days of treatment" is no injury); a span a lasting
        # predicate governs keeps it ("sentenced to five years of probation")
        same = predicate is not None and lexicon_class((verb,), lexicon) == predicate
        return predicate if same else RAW + verb
    return predicate


# "within hours of being detained": a time after, no length; "the last two days of fighting", "another five hours of
# deliberation": a part of the action, or more of it
_NO_LENGTH = re.compile(rf"\b(?:within|{alternation(listed('frames', 'span_parts'))}"
                        rf"|{alternation(listed('frames', 'span_additions'))})\s+(?:(?:{HEDGE_WORDS})\s+)?$",
                        re.IGNORECASE)
# Predicates whose span of time is their own length: a prison term, a meeting, a call, a captivity.
LASTING = frozenset(listed("judging", "lasting_predicates"))


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
        if word not in CALENDAR_WORDS and (verb := verb_of_noun(word)) is not None:
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

CHANGES = frozenset({"rise", "fall"})
_BY_AMOUNT = frozenset({*CHANGES, "cut"})  # "will rise by 8%", "cut by 10%": by how much, no agent

_HEDGE_WORDS = frozenset(listed("frames", "hedge_words_before"))  # not HEDGE_WORDS, a pattern of whole hedges



def verb_before(words: Sequence[Token], first: int, clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """The verb right before a figure, past an adverb ("was arrested four times", "married only twice"): its class
    in the lexicon, else its lemma marked raw."""
    i = first - 1
    if i > clause[0] and part_of_speech(words[i].lower) == {"ADV"}:
        i -= 1
    if i < clause[0] or not verb_form(words[i].lower):
        return None
    found = lexicon_class((words[i].lower,), lexicon)
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
        named = lexicon_class((words[i].lower,), lexicon)
        if named is not None:
            return named
    return None


COUNTED_WORDS = 4  # words after a count that may name what it counts


def predicate_of(sentence: str, words: Sequence[Token], first: int, last: int, clause: tuple[int, int],
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
    changed = share and any(before and distance <= 2 and p in CHANGES for _, distance, p, before in candidates)
    best = next((c for c in named if c[1] not in CHANGES or (changed and c[0] <= 2)), named[0] if named else None)
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
                    i and (words[i - 1].lower in NUMBER_WORDS or words[i - 1].lower in DETERMINERS)) or (
                    i + 1 < len(words) and words[i + 1].lower in AUXILIARIES):
                # a word a number counts is a noun ("180 passengers and six crew": no verb "crow"), as is one after a
                # determiner ("whose names": no "name") or before an auxiliary ("train fares would": no "fare")
                continue
            progressive = (lower.endswith("ing") and i and words[i - 1].lower in BE_FORMS
                           and "VERB" in part_of_speech(lower))
            if (verb_form(lower) or progressive) and not lemmas(lower) & lexicon.light:
                return RAW + min(lemmas(lower) - {lower}, default=lower)
    return None


def charged_with(predicate: str | None, subject: str | None, lexicon: Lexicon) -> str | None:
    """The event of a count of charges: a stage of a case the verb before it names ("found guilty of": convict,
    "dropped": fall), else the charge's own ("faces four counts", "counts ... were filed", "was ordered held ... on
    three murder charges": charged; "two prior convictions": convicted)."""
    if predicate in _CHARGE_PREDICATES or (predicate is not None and predicate.startswith(RAW) and (
            predicate.removeprefix(RAW) not in _CHARGING)):
        return predicate  # "dismissed two counts", "withdrew two charges": not charged
    return lexicon_class((subject if subject in CHARGE_NOUNS else "charge",), lexicon)


_CHARGE_PREDICATES = frozenset(listed("frames", "charge_predicates"))
LEGAL_COUNTS = frozenset({"count", "counts"})
# Verbs a charge is brought with that the lexicon knows as no event: "faces four counts", "counts ... were filed"
_CHARGING = frozenset(listed("frames", "charging_verbs"))

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
    charged = {k for j in range(low, high) if words[j].lower in LEGAL_COUNTS and words[j + 1].lower == "of"
               for k in range(j + 2, j + 2 + COUNTED_WORDS)} if legal else set()
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
    return (before.lower in DETERMINERS or before.lower in _NOUN_QUALIFIERS or before.lower.endswith(("'s", "’s"))
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
_PERIOD_DETERMINERS = frozenset({"the", "this", "next", "last", "that", "each", "every", *POSSESSIVES})
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
                predicate = lexicon_class(tuple(w.lower for w in words[i : i + size]), lexicon)
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
        predicate = lexicon_class((words[i].lower, words[last].lower), lexicon)
        if predicate is not None:
            return predicate, gap + 2
    return None


def lexicon_class(phrase: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """The predicate class of the lexicon a phrase names, by any lemma of its words; None if it names none."""
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

CHARGE_NOUNS = frozenset(listed("frames", "charge_nouns"))

# the words before a count of the people living in a place, and the place's name before them
_POPULATION = re.compile(
    rf"(?:{NAME_RUN}(?:\s+(?:{alternation(listed('frames', 'place_nouns'))}))?,?\s+(?:(?:which|that)\s+)?(?:is\s+)?)?"
    rf"(?i:{alternation(listed('frames', 'population_words'))})\s+(?i:(?:{HEDGE_WORDS})\s+)?$")


def verb_object(sentence: str, start: int, predicate: str, lexicon: Lexicon) -> frozenset[str]:
    """The words of the name a verb of class ``predicate`` acts on, at the verb nearest the figure at ``start``
    ("beat the Dell City Lions 3-1 on Friday": dell, city, lions); none when no name follows it."""
    words = sentence_tokens(sentence)
    verbs = [i for i, w in enumerate(words) if w.text.isalpha() and lexicon_class((w.lower,), lexicon) == predicate]
    if not verbs:
        return frozenset()
    i = min(verbs, key=lambda k: abs(words[k].start - start)) + 1
    while i < len(words) and words[i].lower in ("the", "a", "an"):
        i += 1
    run = []
    while i < len(words) and is_name(words, i):
        run.append(words[i].lower.removesuffix("'s").removesuffix("’s"))
        i += 1
    return frozenset(run)


_TITLE_WORD = alternation(listed("frames", "title_words"))
_WORK = re.compile(rf"\s+(?:an?\s+|the\s+)?(?:[A-Z][\w&.-]*\s+)?(?:{alternation(listed('frames', 'works'))})\b"
                   rf"\s*,?\s*[\"“]?(?P<title>[A-Z][\w'’.-]*(?:\s+(?:{_TITLE_WORD}|[A-Z][\w'’.-]*)){{0,6}}?)"
                   r"(?=[\"”,.;:)]|\s+[a-z]|$)")


def released(kind: str, sentence: str, end: int, lexicon: Lexicon) -> tuple[str | None, str] | None:
    """A year before a work and its title ("the 2005 film The Notorious Bettie Page", "in 2006 a movie, The
    Notorious Bettie Page,"): the year the work was released, the title's."""
    work = _WORK.match(sentence, end) if kind == "date" else None
    if work is None:
        return None
    title = work.group("title").lower().rstrip(".")
    return lexicon_class(("release",), lexicon), title.removeprefix("the ").removeprefix("a ")
