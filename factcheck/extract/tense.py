"""The tense of an expression in its sentence: "past", "future" or unknown, from the nearest tense marker in its
clause ("will begin on April 7, the FAA said" looks ahead; "was arrested on Friday" looks back)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.extract.cues import COORDINATED
from factcheck.extract.lemmas import BE_FORMS, UNCHANGED_PAST, part_of_speech, plural_noun, verb_form
from factcheck.extract.numbers import NUMBER_WORDS
from factcheck.extract.tokens import STOPWORDS, Token, tokens
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.timewords import MONTH, WEEKDAY

_PAST_MARKERS = frozenset(listed("clauses", "past_markers"))
_FUTURE_MARKERS = frozenset(listed("clauses", "future_markers"))
_MODAL_FUTURE = frozenset(listed("clauses", "modal_future"))
_PERCEIVING = frozenset(listed("clauses", "bare_infinitive_after"))
_EFFECT = frozenset(listed("clauses", "effect_markers"))
_NEGATED = re.compile(r"not$|never$|n['’]t$")
# The tense a modal gives ("would", "may", "must"; "effective" and "payable" too): ahead, as "will" is, but for a
# month or a date whose day lies nearer behind than ahead the one behind ("It was announced Smith would be leaving in
# June", written in August: this June).
MODAL = "modal"
_PARTICIPLES = frozenset(listed("clauses", "plan_participles"))  # "is scheduled for Friday", not "no talks scheduled,"
_POSTPONING = frozenset(listed("clauses", "postponing"))
_PUT_BACK = frozenset({"pushed", "put", "moved"})  # "pushed back to Tuesday"
_LASTED = frozenset(listed("clauses", "spans_past"))  # "lasted until Wednesday": a past span's end
# "The meeting is on Monday", "Kick-off is at 3pm on Saturday", "The deadline is Friday": a date ahead
_DATE_NEXT = re.compile(rf"\s+(?:(?:on|at)\s+|(?={WEEKDAY}\b))")
_DATE_WORD = re.compile(rf"(?:{MONTH}|{WEEKDAY}|\d|(?i:next|later|tomorrow)\b)")  # a date an event is put off to
_MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must", "to", "'ll"})
_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
                          "these", "those", "on", "of", "in", "for", "with", "by", "from", "about", "and", "or",
                          "some", "any", "no", "more", "new", "big", "strong"})
# Clause breaks; "and"/"but" only where a verb follows ("rejected the offer and will vote again"), not between
# two nouns ("his talks on Friday and discussions next week").
_CLAUSE = re.compile(rf",\s|;|—|–|:|\s(?:while|whereas)\s|{COORDINATED}")
_SEMICOLON = re.compile(r";|—|–")
# a subordinate clause after the expression tells its own time, not the expression's
_SUBORDINATE = re.compile(rf"\s(?:{alternation(listed('clauses', 'subordinators'))})\s", re.IGNORECASE)
_JOINED = re.compile(COORDINATED)
_NUMBER = re.compile(r"[$€£]?\d")


def tense_near(sentence: str, start: int, end: int) -> str | None:
    """'past', 'future', MODAL or None for the expression at sentence[start:end], from the nearest tense marker: in
    its own comma-delimited clause if there is one there ("will begin on April 7, the FAA said" looks ahead),
    else in the sentence. A third-person present verb in news copy ("Blinken heads to Israel on Friday")
    speaks of what is scheduled, so it counts as future; a plural noun ("on charges", "posted gains") or a
    name ("Jobs resigned") does not."""
    markers = _tense_markers(sentence)
    # A clause joined after the expression by "and" with its own verb tells its own time where the expression's
    # clause has a past form that is its plain form: "beat the Lions on Saturday and will host the Bears" does not
    # put Saturday ahead ("Union leaders, who meet on Friday and may call a strike" still looks ahead).
    joined = _JOINED.search(sentence, end)
    own = max((m.end() for m in _CLAUSE.finditer(sentence, 0, start)), default=0)
    last = joined.start() if joined and any(
        w.lower in UNCHANGED_PAST for w in tokens(sentence[own:start])) else len(sentence)
    spans = []
    for pattern in (_CLAUSE, _SEMICOLON):
        clause_start = max((m.end() for m in pattern.finditer(sentence, 0, start)), default=0)
        following = pattern.search(sentence, end)
        clause_end = min(following.start(), last) if following else last
        subordinate = _SUBORDINATE.search(sentence, end, clause_end) if pattern is _CLAUSE else None
        if subordinate and _said_ahead(sentence, clause_start, start):
            # "will face each other on March 29 after neither secured": will's, not secured's; a present verb
            # ("Parents demand a review of the lockdown on Tuesday after a student brought a gun") is not so sure
            clause_end = subordinate.start()
        spans.append((clause_start, clause_end))
    for low, high in (*spans, (0, last)):
        best: tuple[int, str] | None = None
        for position, ending, tense in markers:
            if not low <= position < high or start <= position < end:
                continue
            distance = start - ending if position < start else position - end  # the gap between the words
            if best is None or distance < best[0]:
                best = (distance, tense)
        if best:
            return best[1]
    return None


def _said_ahead(sentence: str, low: int, high: int) -> bool:
    """A word that says the future outright ("will", "is to", "would") between ``low`` and ``high``."""
    return any(w.lower in _FUTURE_MARKERS or w.lower in _MODAL_FUTURE for w in tokens(sentence[low:high]))


def _ends_phrase(sentence: str, end: int) -> bool:
    """Nothing but punctuation (or the end) follows: the word closes its phrase."""
    rest = sentence[end:].lstrip()
    return not rest or rest[0] in ",.;:)—–"


def _plural_subject(word: Token | None) -> bool:
    if word is None:
        return False
    lower = word.lower
    return lower in ("they", "we", "you", "i") or (
        lower.endswith("s") and plural_noun(lower) and lower not in STOPWORDS)


def _subject_like(word: Token | None) -> bool:
    """A word that can be the subject of the verb after it: a name, a pronoun, or a noun that is no verb form."""
    if word is None:
        return False
    lower = word.lower
    if lower in ("he", "she", "it", "who", "that", "which", "they", "we", "i", "you"):
        return True
    if lower in STOPWORDS:
        return False
    if word.text[0].isupper():
        return True
    pos = part_of_speech(lower)
    return "NOUN" in pos and lower not in _NOUN_BEFORE and verb_form(lower) is None and not lower.endswith("ing")


def _verb_tense(words: Sequence[Token], i: int) -> str | None:
    """The tense a verb form marks: past forms look back; third-person present forms ("Blinken heads") and plain
    forms after a plural subject ("polls close at 8 p.m.") look ahead, as news schedules in the present."""
    lower, previous = words[i].lower, words[i - 1].lower if i else ""
    before = words[i - 2].lower if i > 1 else ""
    form = verb_form(lower)
    if form == "past":
        # "should be completed", "will be finalized", "to be signed": a passive that looks ahead
        return "future" if previous in ("be", "being") and before in _MODALS else "past"
    following = words[i + 1].lower if i + 1 < len(words) else ""
    if form == "present" and not ("NOUN" in part_of_speech(lower) and (
            not _subject_like(words[i - 1] if i else None) or _counted(words, i) or before == "to"
            or previous in UNCHANGED_PAST or _verb_follows(following) or _object_of(words, i))):
        # "Blinken heads", "the company plans"; not "on charges", "to face charges", nor a subject before its verb:
        # "troops moved", "oil prices jumped", "talks would resume"
        return "future"
    if form is None and "VERB" in part_of_speech(lower) and _plural_subject(words[i - 1] if i else None) and (
            lower not in UNCHANGED_PAST) and not any(w.lower in _PERCEIVING for w in words[max(0, i - 4) : i - 1]):
        # "they meet again on Wednesday"; not "Officials put the toll at 40 in November", nor a plain form a verb of
        # seeing governs ("40,000 spectators saw the Hawks win on Tuesday")
        return "future"
    return None


def _object_of(words: Sequence[Token], i: int) -> bool:
    """A noun after a preposition and its qualifiers: "fined on Wednesday over weak identity checks" (checks is
    no verb looking ahead)."""
    before = [w.lower for w in words[max(0, i - 3) : i]]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _OBJECT_PREPOSITIONS), None)
    return at is not None and all(verb_form(w) is None and w not in STOPWORDS for w in before[at + 1 :])


_OBJECT_PREPOSITIONS = frozenset(listed("clauses", "object_prepositions"))


def _after_past(words: Sequence[Token], i: int) -> bool:
    """A past verb of a span a few words before: "lasted until", "remained in hospital until", "led the company
    until" (not "to remain closed until Friday", which looks ahead)."""
    return any(w.lower in _LASTED for w in words[max(0, i - 4) : i])


def ended_in_past(sentence: str, start: int) -> bool:
    """The date at ``start`` closes a span a past verb tells ("He led the company until January")."""
    words = tokens(sentence[:start])
    return bool(words) and words[-1].lower in ("until", "till") and _after_past(words, len(words) - 1)


def _verb_follows(word: str) -> bool:
    """The word after a plural noun is its verb: a past form (one that is its plain form too: "Oil prices hit a record
    on Monday"), a modal, a form of "be" or "have"."""
    return bool(word) and word != "to" and (
        word in _MODALS or word in BE_FORMS or word in ("has", "have", "had") or verb_form(word) == "past"
        or word in UNCHANGED_PAST)


def _postponed_to(words: Sequence[Token], i: int) -> bool:
    """"to" or "for" a few words after a verb that puts an event off: the new date lies ahead ("was postponed to
    March 30", "delayed by three weeks, to March 31", "pushed back to Tuesday")."""
    if words[i].lower not in ("to", "for") or i + 1 >= len(words) or not _DATE_WORD.match(words[i + 1].text):
        return False  # "delayed for hours on Monday": no date put off to
    return any(w.lower in _POSTPONING or (w.lower == "back" and k and words[k - 1].lower in _PUT_BACK)
               for k, w in enumerate(words[max(0, i - 6) : i], start=max(0, i - 6)))


def _counted(words: Sequence[Token], i: int) -> bool:
    """The word is the noun a number counts, one word at most between them ("0.3 percentage points", "12 points"),
    not a verb ("Prices rose 0.3 percentage points in January" looks back)."""
    return any(_NUMBER.match(w.lower) or w.lower in NUMBER_WORDS for w in words[max(0, i - 2) : i])


# Words that open a noun phrase: the word after them is no verb (not "that", "this": "the bomb that exploded"; not
# "her", an object as often: "the man who hit her moved out").
_NOUN_OPENERS = frozenset(('the', 'a', 'an', *listed('grammar', 'possessives'))) - {'her'}


def _opens_noun(word: str) -> bool:
    """The word opens a noun phrase: an article, a possessive ("its revised plan", "the council's proposed budget")."""
    return word in _NOUN_OPENERS or (word.endswith(("'s", "’s")) and word[:-2] not in _PRONOUNS)


_PRONOUNS = frozenset("it he she that there what who here let".split())  # "it's", "he's": a verb follows


@lru_cache(maxsize=4096)
def _tense_markers(sentence: str) -> tuple[tuple[int, int, str], ...]:
    words = tokens(sentence)
    found: list[tuple[int, int, str]] = []
    for i, word in enumerate(words):
        lower = word.lower
        previous = words[i - 1].lower if i else ""
        following = words[i + 1].lower if i + 1 < len(words) else ""
        tense: str | None = None
        if lower in _PARTICIPLES and _ends_phrase(sentence, word.end) and previous not in BE_FORMS:
            tense = None  # "entered its second day on Tuesday with no talks scheduled,": a state, not a plan
        elif lower in UNCHANGED_PAST and lower in _FUTURE_MARKERS and following not in ("to", "for"):
            tense = None  # "The board set the dividend in December", "Bail was set at $500,000": not "is set to"
        elif lower in _MODAL_FUTURE and word.text.islower() and following != "have" and not _NEGATED.match(
                following):  # not "May" the month, nor "would not comment on Tuesday"
            tense = MODAL  # "said it would close the plant on April 15"
        elif lower in _EFFECT:
            tense = MODAL  # "The board approved the plan, effective March 27"
        elif lower in ("until", "till") and _after_past(words, i):
            tense = None  # "the curfew lasted until Wednesday morning": as long as the past verb's clause
        elif lower in _FUTURE_MARKERS or lower in ("until", "till") or (
                (lower in ("is", "are", "am") and following == "to")
                or (lower in ("is", "are") and _DATE_NEXT.match(sentence, word.end))
        ) or _postponed_to(words, i):
            tense = "future"
        elif lower in _PAST_MARKERS or (lower == "from" and previous in ("up", "down")):
            tense = "past"  # "down from 44% in January": the earlier figure's month
        elif lower not in STOPWORDS and not (i and word.text[0].isupper()) and not _opens_noun(previous):
            tense = _verb_tense(words, i)  # not "the proposed contract", "its revised plan": an adjective
        if tense:
            found.append((word.start, word.end, tense))
    return tuple(found)
