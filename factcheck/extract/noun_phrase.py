"""The noun phrase a figure counts: the words after it up to the head noun ("9.3 million shipping containers"),
with what the head is of ("120 cases of cholera"), normalised to a singular head in lower case."""

from __future__ import annotations

import re

from factcheck.extract.lemmas import (
    UNCHANGED_PAST,
    adjective_lemma,
    comparative,
    noun_lemma,
    part_of_speech,
    plural_noun,
    unmarked_plural,
    verb_form,
)
from factcheck.extract.tokens import STOPWORDS, Token, tokens
from factcheck.lexicon.words import alternation, table, words

_OF_NOUNS = re.compile(r"\s+of\s+(?P<nouns>[a-z]+(?:\s+[a-z]+)?)\b")
# "of the", "of its" after a figure: "85% of Gazans", "two of the victims" count what follows them.
_OF_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "a", "an", "all"})
_OF_OWNERS = frozenset(words("grammar", "possessives"))  # "7 of his 12 shots"
_OF_SPANS = frozenset((*words("durations", "span_leads"), "first"))  # "of its last 10 games"
_MORE = frozenset({"more", "additional", "extra", "further"})  # "eight more picks": the head follows
# "dozens", "thousands", "tens": a vague number, never the plural head a list of modifiers shares.
_VAGUE_NOUNS = frozenset(word for word in table("hedges", "vague") if " " not in word) | {"tens"}
# Verbs that follow a counted noun far more often than they extend it ("the budget goes", "the firm says").
_COMMON_VERBS = frozenset(
    "goes says has does is was makes takes comes gets gives shows means seems remains stands lives works runs falls "
    "rises grows looks needs wants knows thinks helps keeps leaves plays moves pays sells buys holds brings".split()
)
_CONJUNCTIONS = frozenset(words("grammar", "conjunctions"))  # no table knows them: read as nouns otherwise
_ADVERBS = frozenset(words("grammar", "phrase_adverbs"))
_DESCRIBING = frozenset(words("grammar", "describing_participles"))  # "a group of 12 armed Taliban"
_RUNS = frozenset(words("grammar", "run_adjectives"))  # "third consecutive quarterly loss": the loss is counted
# "7.2% last month", "300 cars next week": a time after the figure, not what it counts
_TIME_LEADS = frozenset(("last", "next", "past"))
_PERIODS = frozenset((*words("clauses", "time_periods"), *words("clauses", "time_possessors")))
# "turned aside 33 shots Wednesday": a day after the head tells when, it is no noun of the phrase (not in a name:
# "10 Super Tuesday states", "5 million Black Friday shoppers")
_DAYS = frozenset((*table("calendar", "weekdays"), *words("judging", "day_words")))
# Adjectives that name people as a noun would ("20 dead", "3 million unemployed"): heads though no table calls them so
_PEOPLE_WORDS = frozenset((*words("people", "whole"), *words("people", "groups")))
_LIMIT = 4  # words read after the figure, not counting those that only qualify ("more", "decently")


def subject_after(text: str, position: int) -> str | None:
    """The counted thing named after a figure: the head noun of the words that follow it
    ("32,000 displaced Palestinians have" -> "palestinians"; "85% of Gazans" -> "gazans")."""
    phrase = counted_phrase(text, position)
    return phrase[1] if phrase else None


def counted_phrase(text: str, position: int) -> tuple[str, str, int] | None:
    """The noun phrase a figure counts, normalised (singular head, lower case), its head lemma and where it
    ends: "460 Kia and Hyundai vehicles" -> ("kia and hyundai vehicle", "vehicle", end)."""
    words = _words_after(text, position)
    if words is None:
        return None
    kept, head = _head_run(text, position, words)
    if head is None or (not kept[-1].text[0].isupper() and comparative(head)):
        return None  # "25k cheaper than its rivals" counts nothing
    lemma = head if head[0].isdigit() else noun_lemma(head, kept[-1].text[0].isupper())
    phrase = " ".join([adjective_lemma(w.lower) for w in kept[:-1]] + [lemma])
    nouns = _of_nouns(text, position + kept[-1].end)
    if nouns:  # "5,700 categories of products", "120 cases of cholera": what the head is of, not the head
        phrase += " of " + " ".join(nouns)
    return phrase, lemma, position + kept[-1].end


def _words_after(text: str, position: int) -> list[Token] | None:
    """The words after a figure that may name what it counts (within 120 characters), past an "of the" ("two of
    the victims"); None when punctuation ends the figure's phrase first ("wounding other 70, Iranian officials
    said")."""
    words = tokens(text[position : position + 120])
    if words and text[position : position + words[0].start].strip():
        return None
    if words and words[0].lower == "of":
        words = words[1:]
        owned = bool(words) and words[0].lower in _OF_OWNERS
        if words and words[0].lower in _OF_OPENERS:
            words = words[1:]
        spanned = len(words) > 1 and words[0].lower in _OF_SPANS and words[1].text[0].isdigit()
        if spanned:
            words = words[1:]  # "9 of its last 10 games", "9 of the last 10 games": the games
        if (owned or spanned) and len(words) > 1 and words[0].text[0].isdigit() and words[1].text.isalpha():
            words = words[1:]  # "7 of his 12 shots": the shots
    return words


def _head_run(text: str, position: int, words: list[Token]) -> tuple[list[Token], str | None]:
    """The words of the counted phrase kept for its name, and its head (the last noun of the run), if any."""
    kept: list[Token] = []
    head: str | None = None
    previous_end = words[0].start if words else 0
    index, limit = 0, _LIMIT
    while index < min(len(words), limit):
        word = words[index]
        index += 1
        if text[position + previous_end : position + word.start].strip():
            break  # punctuation ends the phrase: "(0.5 WAR), RHP Alex Reyes"
        previous_end = word.end
        lower = word.lower
        if head is None and (lower in _MORE or (lower in _RUNS and _qualifies(text, position, words[index - 1 :]))):
            limit += 1
            continue  # "eight more picks", "its third straight win" (not "has lost two straight after ...")
        if head is None and lower == "other" and not kept:
            kept.append(word)  # "eight other employees": the phrase keeps "other", the head follows
            continue
        # "digital and physical copies": the adjectives so far stand where a head would
        if lower in ("and", "or") and (last := head or (kept[-1].lower if kept else None)) and _shared_head(
                text, position, words[index:], last):
            kept.append(word)  # "460 Kia and Hyundai vehicles", "4.3M digital and physical sales"
            head, limit = None, index + 3
            continue
        following = words[index] if index < len(words) else None
        if _model_number(word, following, kept):
            if following is not None and following.start == word.end and following.lower == "s":
                index, previous_end = index + 1, following.end  # "63,150 Model 3s": the model is what is counted
                kept.append(Token(word.text + "s", word.start, following.end))
                head = kept[-1].lower
                continue
            kept.append(word)  # a model's number: "two new 737 Max jets", "63,000 Model 3 sedans"
            continue
        if lower in STOPWORDS or lower in _CONJUNCTIONS or lower in _ADVERBS or not word.text[0].isalpha() or (
                lower in _TIME_LEADS and following is not None and following.lower.rstrip("s") in _PERIODS) or (
                lower in _DAYS and _tells_when(text, position, words[index - 1 :], kept[-1] if head else None)):
            break  # "shut 231 schools because of heavy snowfall": the schools
        pos = part_of_speech(lower)
        if head is None and pos == {"ADV"} and lower.endswith("ly") and _qualifies(text, position, words[index:]):
            limit += 1
            continue  # "20 decently sized coal-fired power plants"
        if _modifier(lower, pos):
            if head is not None or (not kept and lower not in _DESCRIBING and _verb_of_a_name(text, position,
                                                                                               words[index:])):
                break  # "rain fell": the verb ends the phrase; "Malvade's 124 anchored Eastport": a verb and its object
            if lower.endswith(("'s", "’s")):  # "Johnson's deputies": the owner is in the phrase, never its head
                kept.append(Token(word.text[:-2], word.start, word.end))
            continue  # a participle ("displaced people", "charging stations") qualifies the head
        if head is not None and _ends_noun_run(text, position, word, following, pos, head, kept[-1].text[0].isupper()):
            break  # "people live there", "marchers outside", "the budget goes": only a noun continues a noun phrase
        if not (word.text[0].isupper() or pos & {"NOUN", "ADJ", "PROPN"}):
            break
        if pos == {"ADJ", "ADV"} and not word.text[0].isupper() and lower not in _PEOPLE_WORDS:
            kept.append(word)
            continue  # an adverb's adjective is no head: "minus 31C early on Wednesday" (not "2.8 million unemployed")
        head = lower  # the last of a run of nouns is the head: "emergency meeting" -> meeting
        kept.append(word)
    return kept, head


def _model_number(word: Token, following: Token | None, kept: list[Token]) -> bool:
    """A number inside the phrase that names a model, beside a capitalised word: "two new 737 Max jets", "63,000
    Model 3 sedans", "63,150 Model 3s"."""
    return word.text[0].isdigit() and bool(kept) and (
        kept[-1].text[0].isupper() or (following is not None and following.text[0].isupper()))


def _modifier(lower: str, pos: frozenset[str]) -> bool:
    """A word that qualifies the head without being a noun of the phrase's name: a possessive ("Johnson's"), a
    participle ("displaced people", "charging stations")."""
    return lower.endswith(("'s", "’s")) or (verb_form(lower) == "past" and "NOUN" not in pos) or (
        lower.endswith("ing") and pos == {"VERB"})


_ORDINAL_BEFORE = re.compile(rf"\b(?:{alternation(table('ordinals', 'ordinals'))}|\d+(?:st|nd|rd|th))$", re.IGNORECASE)


def _tells_when(text: str, position: int, rest: list[Token], head: Token | None) -> bool:
    """Does the day that opens ``rest`` tell when, rather than name what is counted? After a head noun: when the
    head is in lower case ("33 shots Wednesday") or a people's plural name ("killed 12 Palestinians Sunday", which was
    read as a model's name and dropped), not inside a name ("10 Super Tuesday states", "40 Easter Sunday services").
    Right after the figure: unless a noun follows, alone or after a part of the day ("fell 7% today", "scored 20
    Thursday night to break the record"; not "three Sunday newspapers", "two Sunday morning services", "15 Saturday
    Night Live episodes"), nor after an ordinal ("the second Tuesday of the month": the days are counted)."""
    if head is not None:
        return head.text.islower() or (len(head.text) > 3 and head.text.endswith("s") and head.text[1:].islower())
    if _ORDINAL_BEFORE.search(text, max(0, position - 20), position):
        return False
    day, following, after = (*rest[:3], None, None)[:3]
    if not _joined(text, position, day, following):
        return True
    if following.text[0].isupper():
        return False  # a name
    if following.lower in _PERIODS:
        if not _joined(text, position, following, after):
            return True
        following = after
    return following.lower in STOPWORDS or "NOUN" not in part_of_speech(following.lower)


def _joined(text: str, position: int, word: Token, following: Token | None) -> bool:
    """A next word, with nothing but spaces between."""
    return following is not None and not text[position + word.end : position + following.start].strip()


def _verb_of_a_name(text: str, position: int, rest: list[Token]) -> bool:
    """A past form right after a figure that is itself a noun phrase's (after "of" or a possessive), before a
    single name, is the figure's verb and the name its object ("Malvade's 124 anchored Eastport", "A crowd of
    18,412 watched Dunmore beat Calder"), not a participle that qualifies a noun ("12 injured Palestinians", "12
    injured Gaza residents", "five armed Hamas gunmen", "23 armed Somalian and Yemeni pirates", "recovered 27
    drowned Eritrean", "Five armed Taliban attacked")."""
    before = text[max(0, position - 60) : position].split()[-3:-1]  # the words before the figure's last
    if not any(w.lower() == "of" or w.lower() in _OF_OWNERS or w.endswith(("'s", "’s")) for w in before):
        return False  # "recovered 27 drowned Eritrean", "Five armed Taliban attacked": a participle of its noun
    names = 0
    previous_end = rest[0].start if rest else 0
    for word in rest:
        if text[position + previous_end : position + word.start].strip() or not word.text[0].isupper():
            break
        if word.lower.endswith("s") or any(c.isdigit() for c in word.text):
            return False  # "Palestinians", "Hamas gunmen", "6MB shared L2 cache"
        names, previous_end = names + 1, word.end
    if names == 0:
        return False
    after = rest[names] if names < len(rest) else None
    if after is None or text[position + previous_end : position + after.start].strip():
        return True
    if after.text[0].isdigit():
        return False  # a model's number: "6MB shared L2 cache", "three leased Boeing 737 jets"
    pos = part_of_speech(after.lower)
    return not (after.text.islower() and (after.lower in ("and", "or") or plural_noun(after.lower) or (
        "NOUN" in pos and "VERB" not in pos)))  # "Somalian and Yemeni pirates", "6MB shared L2 cache"


def _ends_noun_run(text: str, position: int, word: Token, following: Token | None, pos: frozenset[str],
                   head: str, named: bool = False) -> bool:
    """After a head noun, does this lower-case word end the phrase rather than continue the run of nouns? "36
    league games": "games" is no adjective; "15 student council members": a noun that may be an adjective
    continues before a plural noun."""
    if word.text[0].isupper():
        return False
    lower = word.lower
    if (following is not None and following.text.islower() and plural_noun(following.lower)
            and not text[position + word.end : position + following.start].strip() and pos & {"ADJ", "ADV"}
            and not plural_noun(head) and "ADJ" in part_of_speech(head)):
        return False  # "24 equal monthly payments": two adjectives before the plural head, not "equal" counted
    plural = plural_noun(lower) or ("NOUN" in pos and following is not None and following.text.islower()
                                    and not text[position + word.end : position + following.start].strip()
                                    and plural_noun(following.lower))
    if lower in UNCHANGED_PAST and (plural_noun(head) or unmarked_plural(head)):
        return True  # "4.2 million people cast early ballots", "300 people hit the streets": their verb
    return ("NOUN" not in pos or ("ADJ" in pos and not plural) or "ADV" in pos or lower in _COMMON_VERBS
            or (head.endswith("s") and "VERB" in pos and (named or not (plural_noun(lower) and lower.endswith("s")))))


def _of_nouns(text: str, end: int) -> list[str]:
    """The nouns after "of" that say what a head is of ("120 cases of cholera" -> ["cholera"]); a verb-like word
    is a noun only before another noun ("65 snaps of man coverage", not "10 sets of weigh")."""
    of = _OF_NOUNS.match(text, end)
    following = of.group("nouns").split() if of else []
    nouns = []
    for index, word in enumerate(following):
        pos = part_of_speech(word)
        if word in STOPWORDS or "NOUN" not in pos or ("VERB" in pos and noun_lemma(word) == word
                                                      and index + 1 == len(following)):
            break
        nouns.append(noun_lemma(word))
    return nouns


def _qualifies(text: str, position: int, rest: list[Token]) -> bool:
    """Does an adverb qualify a modifier of a noun that follows ("decently sized plants"), rather than end the
    phrase ("12 badly hurt.")? Two more words must follow, unbroken by punctuation."""
    if len(rest) < 2 or text[position + rest[0].end : position + rest[1].start].strip():
        return False
    return rest[1].text[0].isalpha() and rest[1].lower not in STOPWORDS


def _shared_head(text: str, position: int, rest: list[Token], head: str) -> bool:
    """After "and"/"or": does a plural noun within two more words close a phrase whose words so far only
    modify it ("Kia and Hyundai vehicles")? Not when the words so far already name plural things ("soldiers and
    police officers")."""
    if noun_lemma(head) != head or unmarked_plural(head):
        return False
    previous_end = rest[0].start if rest else 0
    for word in rest[:3]:
        pos = part_of_speech(word.lower)
        if (text[position + previous_end : position + word.start].strip() or word.lower in STOPWORDS
                or not pos & {"NOUN", "ADJ", "PROPN"} or word.lower in _VAGUE_NOUNS):
            return False  # "killing three people and injuring dozens more"
        previous_end = word.end
        if word.text.islower() and plural_noun(word.lower):
            return True
    return False
