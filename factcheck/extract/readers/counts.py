"""Counts: a figure with the thing it counts ("212 people", "a four-cylinder engine", "three times"), or with
nothing at all (a bare figure, which may borrow its unit from a figure beside it: "eight or nine euros")."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.hedges import HEDGE_WORDS
from factcheck.extract.lemmas import singular_noun
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import TIMES_WORDS
from factcheck.extract.readers.figure import NOTHING, Figure, Reading, headline, per, with_unit
from factcheck.extract.unitwords import unit_after
from factcheck.lexicon.words import alternation, words
from factcheck.units import SECONDS

_TIMES = re.compile(r"[\s-](?:times|fold)\b")
_NOT_TIMES_AFTER = re.compile(rf"\s+(?:{alternation(words('quantities', 'not_times_after'))})\b", re.IGNORECASE)
_SUSPENDED = re.compile(r"-\s+(?:or|and|to)\s+[\d.]+")
_SUSPENDED_LIST = re.compile(r"^-(?:,?\s+[\w.]+-)*,?\s+(?:and|or|to)\s+[\w.]+-(?P<noun>[a-z]+)\b")
_HYPHEN = re.compile(r"-(?!(?:to|and|or)-)([a-z]+)\b")  # not "0-to-60-mph"
_ONE_OR = re.compile(r"\b(?:a|an|another|one)\s+(?P<noun>[a-z]+)\s+or\s+$", re.IGNORECASE)
_MEASURE_MODIFIER = re.compile(r"\s+\d+(?:\.\d+)?(?=\s?-?[a-zA-Z])")
_RANK = re.compile(rf"\b{alternation(words('quantities', 'rank_owners'))}\s+"
                   rf"(?P<rank>{alternation(words('quantities', 'ranks'))})\s+$", re.IGNORECASE)
_GATHERING_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<noun>{alternation(words('people', 'gatherings'))})"
                               rf"\s+(?:of|at)\s+(?:{HEDGE_WORDS}\s+)?$", re.IGNORECASE)
_LIFE_EXPECTANCY = re.compile(rf"\blife\s+expectancy\b[^.;]{{0,40}}\b"
                              rf"{alternation(words('quantities', 'expectancy_links'))}\s+"
                              rf"(?:{alternation(words('quantities', 'expectancy_hedges'))}\s+)?$", re.IGNORECASE)

_Phrase = tuple[str, str, int]  # context.counted_phrase: the phrase, its head, where it ends


def times_word(figure: Figure) -> Reading:
    """How many times, in one word: "Page married twice" (a count of times, of the verb it follows); not a multiple
    or a rate ("twice as loud", "twice the limit", "twice a day")."""
    if figure.text[figure.number.start : figure.end].lower() not in TIMES_WORDS:
        return None
    if _NOT_TIMES_AFTER.match(figure.after):
        return NOTHING
    return figure.quantity("count", figure.end, None, "time", "time")


def times(figure: Figure) -> Reading:
    """How many times: "three times as many", "a 10-fold rise", "tests rose 4 times a day"."""
    found = _TIMES.match(figure.after)
    if not found:
        return None
    fold = found.group().endswith("fold")  # "a 10-fold rise": a multiple, no count of times
    return per(figure.text, figure.quantity("count", figure.end + found.end(), None, "time", None if fold else "time"))


def suspended(figure: Figure) -> Reading:
    """The first figure of a suspended pair takes the unit of the second: "a 7- or 8-inch screen"."""
    if not re.match(r"-\s+(?:or|and|to)\s+\d", figure.after):
        return None
    pair = _SUSPENDED.match(figure.after)
    following = unit_after(figure.text, figure.number.end + pair.end()) if pair else None
    if following is None:
        return None
    return with_unit(figure, replace(following, end=figure.end + 1))


def suspended_list(figure: Figure) -> Reading:
    """Each figure of a suspended list counts what the last one does: "four-, five- and six-cylinder engines"."""
    listed = _SUSPENDED_LIST.match(figure.after)
    if not listed:
        return None
    noun = counted_phrase(listed.group("noun"), 0)
    name = noun[1] if noun else listed.group("noun")
    return figure.quantity("count", figure.end + 1, None, name, name)


def hyphenated(figure: Figure) -> Reading:
    """The word after the hyphen is what is counted: "a four-cylinder engine", "a 12-page document"; a decimal
    figure so written is a measure in words, and no count: "a 6.7-strength quake"."""
    hyphen = _HYPHEN.match(figure.after)
    if not hyphen:
        return None
    if figure.value != int(figure.value):
        return NOTHING
    # "a 10,000-strong crowd": the crowd is counted, "strong" tells its size
    lemma = counted_phrase(figure.after, hyphen.end()) if hyphen.group(1) == "strong" else counted_phrase(
        hyphen.group(1), 0)
    noun = lemma[1] if lemma else hyphen.group(1)
    return figure.quantity("count", figure.end + hyphen.end(), None, noun, noun)


def counted(figure: Figure) -> Reading:
    """The noun phrase after the figure is what it counts: "212 people were killed", "9.3 million shipping
    containers", "the top three seeds", "another pick or two", "eight million 250ml bottles", "3,000 tests a day".
    A figure before a capitalised name that is no plural is a model: "787 Dreamliner", "11 Pro Max"."""
    text, end, value = figure.text, figure.end, figure.value
    phrase = _counted_phrase(figure)
    if phrase is None:
        return None
    written = text[end : phrase[2]].split()
    if (not figure.number.words and value > 1 and all(w[0].isupper() for w in written)
            and not written[-1].endswith("s") and not headline(text)):
        return NOTHING  # a count of more than one names plural things; this names a model
    if value > 1 and len(written) > 1 and written[0].isalpha() and written[0].islower() and (
            phrase[1] == written[-1].lower() and singular_noun(written[0])):
        noun = written[0]  # "a 12 page document", "a 3 cylinder engine": "12-page" without its hyphen
        phrase = (noun, noun, phrase[2])
    rank = _RANK.search(figure.before)
    if rank:  # "the top three seeds", "the previous two sessions"
        phrase = (f"{rank.group('rank').lower()} {phrase[0]}", phrase[1], phrase[2])
    count = figure.quantity("count", phrase[2], None, phrase[0], phrase[1])
    return replace(per(text, count), end=end)  # a rate: "3,000 tests a day"


def _counted_phrase(figure: Figure) -> _Phrase | None:
    """What the figure counts: the phrase after it, or the noun it is paired with ("another pick or two"), or the
    phrase after a measure that qualifies it ("two 500-pound bombs")."""
    text, end = figure.text, figure.end
    phrase = counted_phrase(text, end)
    paired = _ONE_OR.search(figure.before) if phrase is None else None
    if paired:
        phrase = counted_phrase(text, paired.start("noun") - 1)
        phrase = phrase if phrase and phrase[1] not in SECONDS else None
    modifier = _MEASURE_MODIFIER.match(figure.after) if phrase is None else None
    if modifier:
        inner = unit_after(text, end + modifier.end())
        phrase = counted_phrase(text, inner.end) if inner and inner.entity != "currency" else None
    return phrase


def life_expectancy(figure: Figure) -> Reading:
    """An age that counts nothing, after "life expectancy": "life expectancy for men is around 73"."""
    expectancy = _LIFE_EXPECTANCY.search(figure.before[-60:])
    if expectancy and not figure.number.words and 30 <= figure.value <= 110:
        return figure.quantity("measure", figure.end, "year", "year of age")
    return None


def gathering(figure: Figure) -> Reading:
    """A figure after a gathering of people and "of" counts it: "A crowd of 62,000 watched", "an audience of about
    2,000"; so does one after "at" ("Police estimated the crowd at 20,000", "put the crowd at about 20,000")."""
    found = _GATHERING_BEFORE.search(figure.before[-60:])
    if not found:
        return None
    noun = found.group("noun").lower()
    return figure.quantity("count", figure.end, None, noun, noun)


def bare(figure: Figure) -> Reading:
    """A figure that counts nothing named: "Officials counted 1,200 or more", "eight or nine euros" (its unit may
    come later from a figure beside it: see quantities.py)."""
    return replace(figure.quantity("count", figure.end, None, None), bare=True)
