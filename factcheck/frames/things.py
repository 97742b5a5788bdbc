"""What a figure counts or measures (``thing_of``): the head noun after it or before it, its class in the lexicon,
and a qualifier that makes it another figure ("career points", "former workforce"); a sum's purchase and buyer
(``purchase_frame``), a poll's pollster (``bought_or_polled``), the charges a count is of (``is_legal_count``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.lemmas import UNCHANGED_PAST, lemmas, noun_lemma, part_of_speech, verb_form
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import NUMBER_WORDS
from factcheck.extract.tokens import STOPWORDS, Token
from factcheck.frames.model import DETERMINERS, NOT_NAMES, NUMBER_WORDS_PATTERN, POSSESSIVES
from factcheck.frames.owners import BEFORE_VERB, MODEL_NAME, superlative
from factcheck.frames.predicates import CHARGE_NOUNS, LEGAL_COUNTS, lexicon_class
from factcheck.lexicon import Lexicon
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.rules.things import is_people


def described_thing(kind: str, sentence: str, start: int, end: int, thing: str | None) -> str | None:
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


def bought_or_polled(kind: str, predicate: str | None, sentence: str, low: int, high: int) -> str | None:
    """Whose figure it is, whoever the sentence's subject: what a deal buys ("the $19 billion purchase of Compaq"),
    whoever ran a poll ("a poll for the Kathimerini newspaper found 68 per cent")."""
    if kind == "money" and predicate == "buy":
        bought = _BOUGHT.search(sentence, low, high) or _BOUGHT_PASSIVE.search(sentence)
        if bought is not None and bought.group(1).lower() not in NOT_NAMES and not _DESCRIBES.match(
                sentence, bought.end()):  # "to buy the Canadian graphics chip-maker": no name
            return bought.group(1).lower().strip(".")
    if kind in ("percent", "count") and _POLL_WORD.search(sentence):
        # the poll of the figure's own clause first ("An Orbis poll put support at 46%, while a Canning survey had it
        # at 44%")
        tries = ((_POLL_BY, (low, high)), (_POLL_NAMED, (low, high)), (_POLL_BY, (0, len(sentence))),
                 (_POLL_NAMED, (0, len(sentence))), (_POLL_OWNED, (0, len(sentence))))
        poll = next((found for pattern, span in tries if (found := pattern.search(sentence, *span))), None)
        if poll is not None and poll.group(1).split()[0].lower() not in NOT_NAMES:
            return poll.group(1).lower()
    return None


def purchase_frame(thing: str | None, predicate: str | None, owner: str | None, sentence: str, start: int, end: int,
                   lexicon: Lexicon) -> tuple[str | None, str | None, str | None]:
    """A sum's frame as the price of a purchase: paid for a named company or team ("will pay $4.2 billion in cash for
    Corvin Labs", not "pay $5 million for Smith's legal fees"), a deal's value ("in an all-cash deal valued at $1.3
    billion"), a sum paid to buy ("paying about $5.4 billion to acquire ATI"), or any sum a purchase is told with
    ("agreed to buy Corvin Labs for $2.4 billion"): the deal's."""
    paid = _PAID_FOR.match(sentence, end) if predicate == "pay" else None
    if paid is not None and paid.group(1).split()[0].lower() not in NOT_NAMES:
        predicate, owner = "buy", paid.group(1).lower().strip(".")
    buying = _PAID_TO.match(sentence, end) if predicate == "pay" else None
    if buying is not None and lexicon_class((buying.group(1).lower(),), lexicon) == "buy" and _company_bought(
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
    after = NEXT_WORD.match(sentence, buying.end())
    return not any(w in STOPWORDS and w not in DETERMINERS for w in before) and (
        after is None or not after.group(1).islower() or after.group(1) in STOPWORDS)


_DEAL_VALUED = re.compile(r"\b([A-Za-z]+)\s+(?:valued\s+at|worth)\s+(?:[a-z]+\s+){0,2}$")  # "a deal valued at"
_PAID_IN = alternation(listed("clauses", "paid_in"))  # "$4.2 billion in cash and stock for"
_PAID_FOR = re.compile(rf"(?:\s+in\s+(?:{_PAID_IN})(?:\s+and\s+(?:{_PAID_IN}))?)?\s+for\s+(?:the\s+)?"
                       r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\b(?!['’]|\s+[A-Z])")  # not "Pearson Park's"

NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)\b")


def is_legal_count(sentence: str, start: int, subject: str | None, words: Sequence[Token], last: int,
                   counted: int) -> bool:
    """A count of charges or of an offence: "three counts of murder", "two murder charges", "charged with two
    murders"."""
    return (counted > last and words[last].lower in LEGAL_COUNTS) or subject in CHARGE_NOUNS or bool(
        _ACCUSED_BEFORE.search(sentence, 0, start))


def attempted_thing(thing: str | None, sentence: str, end: int) -> str | None:
    """"three counts of attempted murder" are no counts of murder."""
    return f"attempted {thing}" if thing and _ATTEMPTED.match(sentence, end) else thing


_ACCUSED_BEFORE = re.compile(
    rf"\b(?i:{alternation(listed('frames', 'accused_words'))})\s+"
    rf"(?:(?:[A-Z][\w.]*|{alternation(listed('frames', 'offence_gap_words'))})\s+){{0,3}}?(?:with|of|for|to)\s+$")
_ATTEMPTED = re.compile(r"\s+(?:counts?\s+)?(?:of\s+)?attempted\b", re.IGNORECASE)

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
                      rf"|(?:in|during|over|across)\s+(?:(?:the|their|its|his|her)\s+)?(?:\d+|{NUMBER_WORDS_PATTERN})\s+"
                      rf"{alternation(listed('frames', 'counted_events'))})\b", re.IGNORECASE)

_MODEL_COUNTED = re.compile(rf"\s+(?:[a-z]+\s+)?({MODEL_NAME})(?:s|'s)?\b")


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


def thing_of(kind: str, unit: str | None, subject: str | None, sentence: str, end: int, words: Sequence[Token],
             first: int, last: int, clause: tuple[int, int], lexicon: Lexicon) -> str | None:
    """What the figure counts or measures: its head noun's class, qualified where that makes it another figure."""
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
    offence = _charged(sentence, end) if kind == "count" and subject in CHARGE_NOUNS else None
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
        if found is not None and lexicon.owned_thing(found) and i and words[i - 1].lower in BEFORE_VERB:
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

# not "after" a time of day: "started on the 11th floor ... shortly after midnight" numbers no span
_SINCE = re.compile(rf"(?:[\s-]+[\w-]+){{0,6}}?\s+(?:since|after(?!\s+(?:noon|midnight|dawn|\d))"
                    r"|in\s+(?:(?:the\s+)?(?:past|last)\s+)?"
                    rf"(?:\d+|{NUMBER_WORDS_PATTERN}|a)?\s*(?:years?|decades?|months?|weeks?|century))\b",
                    re.IGNORECASE)
# The things a measure of each unit can be: a length is no age, whatever word stands near it.
_MEASURED = {"m": frozenset({"depth", "distance", "height", "length"}), "year": frozenset({"age"}),
             "magnitude": frozenset({"magnitude"})}
_ALL_MEASURED = frozenset().union(*_MEASURED.values())


# Between the word and its offence only the time of it may stand ("charged in 1999 with", "arrested Sunday on").
_OFFENCE = re.compile(
    rf"\b(?i:{alternation(listed('frames', 'accused_words'))})\s+"
    rf"(?:(?:[A-Z][\w.]*|\d[\w,]*|{alternation(listed('frames', 'offence_gap_words'))})\s+){{0,3}}?"
    r"(?:with|of|for|to)\s+"
    rf"(?:(?:\d+|(?i:{NUMBER_WORDS_PATTERN}))\s+(?:counts?|charges?)\s+of\s+)?(?:(?:suspicions?|investigations?)\s+of\s+)?"
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
        if superlative(words[i].lower):
            continue  # "a career-high 30 points", "a season-best 6.47": this game's figure, the best of a span
        for part in words[i].lower.split("-"):
            found = sorted(lemmas(part) & lexicon.qualifiers)
            if found:
                return found[0]
    # "now has 2,302 for his career", "20 goals over the season": the span the figure totals, said after it
    for i in range(last + 1, min(len(words) - 2, last + 3)):
        if words[i].lower in _SPAN_OF and (words[i + 1].lower in POSSESSIVES or words[i + 1].lower == "the"):
            found = sorted(lemmas(words[i + 2].lower) & lexicon.qualifiers)
            return found[0] if found else None
    return None


_SPAN_OF = frozenset(("for", "over", "in"))


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

_COMPOUND = re.compile(r"\S-([A-Za-z]+)$")
_MODIFIED = re.compile(rf"(?:\s+(?!{alternation(listed('frames', 'not_described'))}\b)[a-z][a-z-]*){{1,2}}")
_TIMES_NOUN = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,3}")
