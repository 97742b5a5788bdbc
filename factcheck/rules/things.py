"""Whether two counts can be about the same thing: a count of people is never compared with a count of
villages, whatever word stands near both ("killing 10 persons ... leveled seven villages")."""

from __future__ import annotations

import functools
import re

from factcheck.extract.hedges import HEDGE_WORDS
from factcheck.lexicon.words import alternation, table
from factcheck.lexicon.words import words as listed
from factcheck.timewords import CALENDAR_NAMES

# People counted as a whole; a count of a group ("six children", "one man") is a part of it.
GENERAL = frozenset(listed("people", "whole")) | frozenset(listed("people", "gatherings"))  # "a crowd of 41,800"
# Heads that count people: nouns for people and groups of people (people.yaml), and demonyms ("palestinian",
# "gazans").
PEOPLE = GENERAL | frozenset(listed("people", "groups")) | frozenset(listed("people", "collective"))
_WATCHERS = frozenset(listed("people", "gathering_members"))  # a watching crowd itself, in other words
_GATHERINGS = frozenset(listed("people", "gatherings"))
_VOTERS = frozenset(listed("people", "voting_members"))  # "241 lawmakers" backing a bill are its votes
_VOTES = frozenset(("vote", "ballot"))
_DEMONYM = re.compile(rf"{alternation(listed('people', 'demonym_endings'))}s?$")


def is_people(subject: str | None) -> bool:
    return subject is not None and (subject in PEOPLE or (bool(_DEMONYM.search(subject)) and len(subject) > 4))


# A count that is one part of a list ("two women and a man were killed") or of a total ("30 of the 80 wounded"):
# the whole is stated elsewhere, so the part is not compared with it.
# "24 people dead and 249 injured" is two counts of two predicates, not a list of parts.
_PREDICATE = rf"{alternation(listed('people', 'fates'))}\b"
_FEW = rf"(?:{alternation(listed('clauses', 'part_counts'))}|\d+)"
# A list of parts ("two women and a man"), not of a player's numbers ("12 points and four assists"): its nouns are
# checked to count people or one thing (``_listed``).
_LIST_AFTER = re.compile(rf"^\s+(?:(?!{_PREDICATE})[a-z]+\s+){{0,2}}?(?!{_PREDICATE})(?P<own>[a-z]+)\s+and\s+{_FEW}\s+"
                         r"(?:[a-z]+\s+)??(?P<noun>[a-z]+)", re.IGNORECASE)
_OWN_NOUN = re.compile(r"^\s+(?:[a-z]+\s+)?(?P<own>[a-z]+)", re.IGNORECASE)
_OF_WHOLE = r"\s+(?:[a-z]+\s+)?of\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s\s+)?"  # "of the", "of parliament's"
_OF_AFTER = re.compile(rf"^{_OF_WHOLE}(?:\d|[a-z]+\s+(?:\d|dozen|hundred))", re.IGNORECASE)
_WHOLE_AFTER = re.compile(rf"{_OF_WHOLE}(\d[\d,]*)\b", re.IGNORECASE)  # the whole in figures
_PART_BEFORE = re.compile(r"\b(?:[a-z]+\s+){1,2}and\s+$", re.IGNORECASE)
# "one Australian and [one English]", "a man and [two women]"
_LIST_BEFORE = re.compile(rf"\b{_FEW}\s+(?P<noun>[a-z]+)\s+and\s+$", re.IGNORECASE)
# "a mother of 12": children of someone, not a count of the event at all
_KIN = {spelling: word for word, others in table("people", "kin").items() for spelling in (word, *others)}
_NOT_THE_COUNT = re.compile(rf"\b({alternation(_KIN)})\s+(?:of|to)\s+$", re.IGNORECASE)  # "father to two boys"
# "30 people seriously injured": the worst-hurt part of the injured
_SUBSET_AFTER = re.compile(  # not across "and": "killed two peacekeepers and seriously wounded another"
    r"^\s+(?:(?!(?:and|or|but|while)\b)[a-z]+\s+){0,2}(?:seriously|critically|severely|badly|gravely)\b", re.IGNORECASE)
# "in southern Iran", "in Southern Iran" and "off south Iran" name Iran; "South Korea" stays a name of its own;
# "at High's Ice Cream Shop" and "in France's history" name an owner, not where it happened.
_COMPASS = listed("places", "compass")
_PLACE = re.compile(rf"\b{alternation(listed('places', 'place_before'))}\s+(?:the\s+)?"
                    rf"(?:{alternation(listed('places', 'place_kinds'))}\s+of\s+)?"  # "off the city of Banda Aceh"
                    rf"(?:{alternation(_COMPASS)}(?:ern|-\w+)?\s+|{alternation(w.title() for w in _COMPASS)}ern\s+)?"
                    r"((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})(?!\w|['\u2019]s\b)")


def not_the_count(sentence: str, start: int) -> bool:
    """True for a number that counts something beside the event: "a mother of 12 was killed"."""
    return kin_of(sentence, start) is not None


def kin_of(sentence: str, start: int) -> str | None:
    """Whose children a number counts: "a mom of 12" -> "mother"; None for a number that counts no one's."""
    found = _NOT_THE_COUNT.search(sentence[:start])
    return _KIN[found.group(1).lower()] if found else None


_PAID_IN = alternation(listed("clauses", "paid_in"))
_INCLUDED = re.compile(rf"\b(?:{alternation(listed('clauses', 'including'))})\s+(?:(?:{HEDGE_WORDS})\s+)?$",
                       re.IGNORECASE)
_SUM_PART_AFTER = re.compile(
    rf"\s+of\s+{alternation(listed('clauses', 'part_of_sum'))}\s"
    rf"|\s+in\s+{_PAID_IN}\b(?!(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+plus\s+)(?:in\s+)?{_PAID_IN}\b)", re.IGNORECASE)


def paid_in(sentence: str, end: int) -> str | None:
    """What a sum is paid in, when the sum is that part of a price: "$2.4 billion in cash" -> "cash"."""
    found = _SUM_PART_AFTER.match(sentence[end:])
    part = found.group(0).split() if found else []
    return part[-1].lower() if len(part) == 2 and part[0].lower() == "in" else None


def paid_all_in(sentence: str) -> str | None:
    """What a whole price is paid in, when the sentence says so: "an all-cash deal valued at $1.3 billion" -> "cash"
    (a sum "in cash" elsewhere is then that whole, not a part of it)."""
    found = _ALL_PAID.search(sentence)
    return found.group(1).lower() if found else None


_ALL_PAID = re.compile(rf"\ball[\s-]+({_PAID_IN})\b", re.IGNORECASE)


def is_part(sentence: str, start: int, end: int, kind: str) -> bool:
    """True for a count that names a part: "two women and a man", "one Australian and one English climber",
    "30 of the 80 wounded", "30 people seriously injured"; and a sum that names a part of another ("$281 million of
    the purchase price", "$4.2 billion in cash" where the price is paid in cash and shares)."""
    if kind == "money":
        # "$281 million of the purchase price will be in cash", "$4.2 billion in cash and 57 million shares"; "the
        # package includes $800 million for air defence"
        return bool(_SUM_PART_AFTER.match(sentence[end:]) or _INCLUDED.search(sentence, 0, start))
    if kind != "count":
        return False
    before = sentence[:start]
    if _SUBSET_AFTER.match(sentence[end:]):
        return True
    after = sentence[end:]
    if _OF_AFTER.match(after):
        return True
    listed = _LIST_AFTER.match(after)
    if listed is not None and _listed(listed.group("own"), listed.group("noun")):
        return True  # the first of a list: "two women and a man"
    listed, own = _LIST_BEFORE.search(before) if _PART_BEFORE.search(before) else None, _OWN_NOUN.match(after)
    return listed is not None and own is not None and _listed(own.group("own"), listed.group("noun"))


def stated_whole(sentence: str, end: int) -> float | None:
    """The whole a part names after it in figures: "78 of parliament's 300 seats" -> 300."""
    found = _WHOLE_AFTER.match(sentence, end)
    return float(found.group(1).replace(",", "")) if found else None


def _listed(own: str, other: str) -> bool:
    """Two nouns of a list of parts: people ("a man", "two women", "one Australian and one English climber"), or one
    thing counted twice ("seven life sentences and four sentences of life without parole"); not a player's numbers
    ("12 points and four assists")."""
    return _singular(own) == _singular(other) or any(
        is_people(_singular(word)) or word[:1].isupper() for word in (own, other))


def _singular(noun: str) -> str:
    word = noun.lower()
    return next((w for w in (word, word.removesuffix("s"), word.removesuffix("es")) if is_people(w)),
                word.removesuffix("s"))


@functools.lru_cache(maxsize=4096)  # compare asks for the same sentences once per pair of facts
def places(sentence: str) -> frozenset[str]:
    """Places a sentence names ("in southern Iran", "off Aceh", "in eastern China"); not months or days ("in
    July", "on Sunday")."""
    return frozenset(m.group(1) for m in _PLACE.finditer(sentence)
                     if m.group(1).split()[0].lower() not in CALENDAR_NAMES)


def comparable_places(a: str, b: str) -> bool:
    """False when both sentences name places and none in common: a quake "in eastern China" is another quake
    than one "in southern Iran"."""
    first, second = places(a), places(b)
    return not (first and second and not first & second)



def comparable_things(a: str | None, b: str | None) -> bool:
    """False when one count is of people and the other of something else, or when both count different groups
    of people ("two men", "two climbers"): neither is known to hold the other."""
    if a is None or b is None or a == b or bool({a, b} & _VOTERS and {a, b} & _VOTES):
        return True
    if is_people(a) != is_people(b):
        return False
    return not is_people(a) or _whole(a) or _whole(b)


def part_of(a: str | None, b: str | None, described: bool = False) -> bool:
    """True when count ``a`` is of a group within the people count ``b`` is of: "six children" within "at least
    24 people", "46 demonstrators" within "46 people", "six children" within a toll that names no one ("the
    death toll rose to 11"). A part may be smaller than the whole, never larger. ``described``: the count's noun has
    words of its own before it ("38,000 home fans" are a part of the crowd, "52,300 spectators" the crowd)."""
    if a is None or a == b or not is_people(a) or _whole(a) or (a in _WATCHERS and b in _GATHERINGS and not described):
        return False  # "52,300 spectators" are the crowd, not a part of it ("38,000 home fans" are)
    return b is None or (is_people(b) and _whole(b))


def _whole(subject: str) -> bool:
    return subject in GENERAL or (bool(_DEMONYM.search(subject)) and subject not in PEOPLE)
