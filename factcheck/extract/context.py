"""Words around a figure: tokens with offsets, lemmas, the counted thing (subject) and the tense."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lemminflect

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-.]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")

STOPWORDS = frozenset(
    """
a an the of in on at to from by for with and or but nor as than that which who whom whose this these those its
it their his her our your my is are was were be been being has have had do does did will would shall should
can could may might must not no yet so if then there here when where while since until after before during
about into onto over under up down out off per via also still just only even more most less least much many
such some any each every all both either neither other another same own very too again already now
they them we you he she him me i who what whom whilst against among across behind beyond near toward towards
upon without within despite except like unlike versus amid
""".split()
)

# Past-tense forms that lemminflect's verb tables do not mark as such on their own.
_PAST_MARKERS = frozenset({"was", "were", "had", "did", "ago", "earlier", "last", "yesterday", "previously"})
# Verbs that follow a counted noun far more often than they extend it ("the budget goes", "the firm says").
_COMMON_VERBS = frozenset(
    "goes says has does is was makes takes comes gets gives shows means seems remains stands lives works runs falls "
    "rises grows looks needs wants knows thinks helps keeps leaves plays moves pays sells buys holds brings".split()
)
_FUTURE_MARKERS = frozenset(
    {
        "will",
        "shall",
        "'ll",
        "tomorrow",
        "next",
        "upcoming",
        "later",
        "scheduled",
        "expected",
        "plans",
        "planned",
        "set",
        "due",
        "slated",
        "going",
    }
)


# Future markers that are participles: "is scheduled for Friday" looks ahead; "with no talks scheduled," does not.
_PARTICIPLES = frozenset({"scheduled", "expected", "planned", "set", "slated", "due"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"})


def _ends_phrase(sentence: str, end: int) -> bool:
    """Nothing but punctuation (or the end) follows: the word closes its phrase."""
    rest = sentence[end:].lstrip()
    return not rest or rest[0] in ",.;:)—–"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@lru_cache(maxsize=4096)
def sentence_tokens(sentence: str) -> tuple[Token, ...]:
    """The tokens of a sentence, computed once: alignment, frames and the judge all read every figure's sentence."""
    return tuple(tokens(sentence))


def tokens(text: str) -> list[Token]:
    return [
        Token(m.group().rstrip("."), m.start(), m.start() + len(m.group().rstrip("."))) for m in _WORD.finditer(text)
    ]


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma of ``word`` (any part of speech), lower-cased, the word itself included."""
    lower = word.lower().replace("’", "'")
    found = {lower}
    for forms in lemminflect.getAllLemmas(lower).values():
        found.update(forms)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _pos(word: str) -> frozenset[str]:
    known = frozenset(lemminflect.getAllLemmas(word.lower()))
    if not known and "-" in word and all(part.isalpha() for part in word.split("-")):
        # A compound outside the tables ("first-team players", "coal-fired plants") modifies a noun or is one.
        return frozenset({"ADJ", "NOUN"})
    # Words outside lemminflect's tables ("survivors", "reinsurers") are most often nouns.
    return known or (frozenset({"NOUN"}) if word.isalpha() and len(word) > 2 else known)


@lru_cache(maxsize=65536)
def verb_form(word: str) -> str | None:
    """'past' for a past-tense or participle form (said, vetoed), 'present' for a third-person form
    (heads, meets), else None."""
    lower = word.lower()
    if lower in ("has", "is", "does", "goes"):
        return "present"
    # From the lemma table alone (lemminflect's inflection table costs a quarter of a second to load): an
    # inflected form that is not a gerund is a past form unless it is the lemma plus -s.
    for lemma in lemminflect.getAllLemmas(lower, upos="VERB").get("VERB", ()):
        if lower == lemma or lower.endswith("ing"):
            return None
        if lower in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
            return "present"
        return "past"
    return None


def subject_after(text: str, position: int) -> str | None:
    """The counted thing named after a figure: the head noun of the words that follow it
    ("32,000 displaced Palestinians have" -> "palestinians"; "85% of Gazans" -> "gazans")."""
    phrase = counted_phrase(text, position)
    return phrase[1] if phrase else None


def counted_phrase(text: str, position: int) -> tuple[str, str, int] | None:
    """The noun phrase a figure counts, normalised (singular head, lower case), its head lemma and where it
    ends: "9.3 million shipping containers" -> ("shipping container", "container", end)."""
    words = tokens(text[position : position + 120])
    if words and text[position : position + words[0].start].strip():
        return None  # "wounding other 70, Iranian officials said": the comma ends the figure's phrase
    if words and words[0].lower == "of":
        words = words[1:]
        if words and words[0].lower in ("the", "its", "their", "his", "her", "our", "a", "an", "all"):
            words = words[1:]
    kept: list[Token] = []
    head: str | None = None
    previous_end = words[0].start if words else 0
    index, limit = 0, 4
    while index < min(len(words), limit):
        word = words[index]
        index += 1
        if text[position + previous_end : position + word.start].strip():
            break  # punctuation ends the phrase: "(0.5 WAR), RHP Alex Reyes"
        previous_end = word.end
        lower = word.lower
        if head is None and lower in ("more", "additional", "extra", "further"):
            limit += 1
            continue  # "eight more picks"
        if head is None and lower == "other" and not kept:
            kept.append(word)  # "eight other employees": the phrase keeps "other", the head follows
            continue
        if lower in ("and", "or") and head is not None and _shared_head(text, position, words[index:], head):
            kept.append(word)  # "460 Kia and Hyundai vehicles", "4.3M digital and physical sales"
            head, limit = None, index + 3
            continue
        following = words[index] if index < len(words) else None
        if word.text[0].isdigit() and kept and (kept[-1].text[0].isupper() or (
                following is not None and following.text[0].isupper())):
            if following is not None and following.start == word.end and following.lower == "s":
                index, previous_end = index + 1, following.end  # "63,150 Model 3s": the model is what is counted
                kept.append(Token(word.text + "s", word.start, following.end))
                head = kept[-1].lower
                continue
            kept.append(word)  # a model's number: "two new 737 Max jets", "63,000 Model 3 sedans"
            continue
        if lower in STOPWORDS or not word.text[0].isalpha():
            break
        pos = _pos(lower)
        if head is None and pos == {"ADV"} and lower.endswith("ly") and _qualifies(text, position, words[index:]):
            limit += 1
            continue  # "20 decently sized coal-fired power plants"
        modifier = lower.endswith(("'s", "’s")) or (verb_form(lower) == "past" and "NOUN" not in pos) or (
            lower.endswith("ing") and pos == {"VERB"})
        if modifier:
            if head is not None:
                break  # "rain fell": the verb ends the phrase
            if lower.endswith(("'s", "’s")):  # "Johnson's deputies": the owner is in the phrase, never its head
                kept.append(Token(word.text[:-2], word.start, word.end))
            continue  # a participle ("displaced people", "charging stations") qualifies the head
        # "36 league games": "games" is no adjective; "15 student council members": a noun that may be an
        # adjective continues before a plural noun
        plural = plural_noun(lower) or ("NOUN" in pos and following is not None and following.text.islower()
                                        and not text[position + word.end : position + following.start].strip()
                                        and plural_noun(following.lower))
        if head is not None and not word.text[0].isupper() and (
                "NOUN" not in pos or ("ADJ" in pos and not plural) or "ADV" in pos or lower in _COMMON_VERBS
                or (head.endswith("s") and "VERB" in pos)):
            break  # "people live there", "marchers outside", "the budget goes": only a noun continues a noun phrase
        if word.text[0].isupper() or "NOUN" in pos or "ADJ" in pos or "PROPN" in pos:
            head = lower  # the last of a run of nouns is the head: "emergency meeting" -> meeting
            kept.append(word)
        else:
            break
    if head is None or (not kept[-1].text[0].isupper() and _comparative(head)):
        return None  # "25k cheaper than its rivals" counts nothing
    lemma = head if head[0].isdigit() else _noun_lemma(head, kept[-1].text[0].isupper())
    phrase = " ".join([_adjective_lemma(w.lower) for w in kept[:-1]] + [lemma])
    of = _OF_NOUNS.match(text, position + kept[-1].end)
    nouns = []
    following = of.group("nouns").split() if of else []
    for index, word in enumerate(following):
        # a verb-like word is a noun before another noun: "65 snaps of man coverage", not "10 sets of weigh"
        if word in STOPWORDS or "NOUN" not in _pos(word) or ("VERB" in _pos(word) and _noun_lemma(word) == word
                                                                and index + 1 == len(following)):
            break
        nouns.append(_noun_lemma(word))
    if nouns:  # "5,700 categories of products", "120 cases of cholera": what the head is of, not the head
        phrase += " of " + " ".join(nouns)
    return phrase, lemma, position + kept[-1].end


def plural_noun(word: str) -> bool:
    """A noun in a plural form ("games", "vehicles")."""
    return "NOUN" in _pos(word) and _noun_lemma(word) != word


def singular_noun(word: str) -> bool:
    """A noun in its singular form ("page", "cylinder"), not an adjective only, not a plural."""
    pos = _pos(word)
    return "NOUN" in pos and _noun_lemma(word) == word and word not in _PLURAL_NOUNS


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
    if _noun_lemma(head) != head or head in _PLURAL_NOUNS:
        return False
    previous_end = rest[0].start if rest else 0
    for word in rest[:3]:
        pos = _pos(word.lower)
        if (text[position + previous_end : position + word.start].strip() or word.lower in STOPWORDS
                or not pos & {"NOUN", "ADJ", "PROPN"} or word.lower in _VAGUE_NOUNS):
            return False  # "killing three people and injuring dozens more"
        previous_end = word.end
        if word.text.islower() and plural_noun(word.lower):
            return True
    return False


# Before an age: "aged 18", "at age 62", "under the age of 5 years" (a quantity, not a duration).
AGE_BEFORE = re.compile(r"\b(?:aged|age(?:\s+of)?)\s+$", re.IGNORECASE)
_OF_NOUNS = re.compile(r"\s+of\s+(?P<nouns>[a-z]+(?:\s+[a-z]+)?)\b")
_PLURAL_NOUNS = frozenset({"people", "children", "men", "women", "police", "personnel", "staff", "cattle"})
_VAGUE_NOUNS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"})


@lru_cache(maxsize=65536)
def _comparative(word: str) -> bool:
    """"cheaper", "bigger", "older": a comparative adjective, which a figure measures but never counts."""
    pos = _pos(word)
    if "NOUN" in pos or "ADJ" not in pos or not word.endswith("er"):
        return False
    return lemminflect.getLemma(word, upos="ADJ")[0] != word


@lru_cache(maxsize=65536)
def _adjective_lemma(word: str) -> str:
    """"smaller" -> "small"; nouns used as modifiers keep their form."""
    if "ADJ" not in _pos(word) or "NOUN" in _pos(word):
        return word
    lemma = lemminflect.getLemma(word, upos="ADJ")
    return lemma[0] if lemma else word


@lru_cache(maxsize=65536)
def _noun_lemma(word: str, proper: bool = False) -> str:
    """Singular, lower case: "containers" -> "container", "Americans" -> "american"; unknown names keep their
    form ("Hamas" is not the plural of "Hama")."""
    lower = word.lower()
    known = bool(lemminflect.getAllLemmas(lower))
    if proper and not known:
        return lower[:-1] if lower.endswith("ans") else lower  # demonyms: "Americans" -> "american"
    lemma = lemminflect.getLemma(lower, upos="NOUN", lemmatize_oov=True)
    return lemma[0].lower() if lemma else lower


_MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must", "to", "'ll"})
_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
                          "these", "those", "on", "of", "in", "for", "with", "by", "from", "about", "and", "or",
                          "some", "any", "no", "more", "new", "big", "strong"})
# Clause breaks; "and"/"but" only where a verb follows ("rejected the offer and will vote again"), not between
# two nouns ("his talks on Friday and discussions next week").
_CLAUSE = re.compile(
    r",\s|;|—|–|:|\s(?:while|whereas)\s|\s(?:and|but)\s(?=(?:then\s+|also\s+|later\s+)?(?:will|would|shall|should|"
    r"could|can|may|might|must|is|are|was|were|has|have|had|did|does|plans?|expects?|said|says)\b)"
)
_SEMICOLON = re.compile(r";|—|–")


def tense_near(sentence: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for the expression at sentence[start:end], from the nearest tense marker: in
    its own comma-delimited clause if there is one there ("will begin on April 7, the FAA said" looks ahead),
    else in the sentence. A third-person present verb in news copy ("Blinken heads to Israel on Friday")
    speaks of what is scheduled, so it counts as future; a plural noun ("on charges", "posted gains") or a
    name ("Jobs resigned") does not."""
    markers = _tense_markers(sentence)
    spans = []
    for pattern in (_CLAUSE, _SEMICOLON):
        clause_start = max((m.end() for m in pattern.finditer(sentence, 0, start)), default=0)
        following = pattern.search(sentence, end)
        spans.append((clause_start, following.start() if following else len(sentence)))
    for low, high in (*spans, (0, len(sentence))):
        best: tuple[int, str] | None = None
        for position, tense in markers:
            if not low <= position < high or start <= position < end:
                continue
            distance = start - position if position < start else position - end
            if best is None or distance < best[0]:
                best = (distance, tense)
        if best:
            return best[1]
    return None


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
    pos = _pos(lower)
    return "NOUN" in pos and lower not in _NOUN_BEFORE and verb_form(lower) is None and not lower.endswith("ing")


@lru_cache(maxsize=4096)
def _tense_markers(sentence: str) -> tuple[tuple[int, str], ...]:
    words = tokens(sentence)
    found: list[tuple[int, str]] = []
    for i, word in enumerate(words):
        lower = word.lower
        previous = words[i - 1].lower if i else ""
        before = words[i - 2].lower if i > 1 else ""
        following = words[i + 1].lower if i + 1 < len(words) else ""
        tense: str | None = None
        if lower in _PARTICIPLES and _ends_phrase(sentence, word.end) and previous not in _BE:
            tense = None  # "entered its second day on Tuesday with no talks scheduled,": a state, not a plan
        elif lower in _FUTURE_MARKERS or lower in ("until", "till") or (
                lower in ("is", "are", "am") and following == "to"):
            tense = "future"
        elif lower in _PAST_MARKERS:
            tense = "past"
        elif lower not in STOPWORDS and not (i and word.text[0].isupper()):
            form = verb_form(lower)
            if form == "past":
                # "should be completed", "will be finalized", "to be signed": a passive that looks ahead
                tense = "future" if previous in ("be", "being") and before in _MODALS else "past"
            elif form == "present" and not ("NOUN" in _pos(lower)
                                            and not _subject_like(words[i - 1] if i else None)):
                tense = "future"  # "Blinken heads", "the company plans"; not "on charges", "including accounts"
            elif form is None and "VERB" in _pos(lower) and _plural_subject(words[i - 1] if i else None):
                tense = "future"  # "they meet again on Wednesday", "polls close at 8 p.m. Tuesday"
        if tense:
            found.append((word.start, tense))
    return tuple(found)


# "the 1967 slayings", "its 2005 elections": a year before the event it dates (a count of those would be
# written "1,967 slayings").
_YEAR_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|'s)\s+$", re.IGNORECASE)
_EVENT_AFTER = re.compile(
    r"\s+(?-i:[A-Z][a-z]+\s+)?(?:slaying|killing|murder|shooting|bombing|attack|massacre|riot|uprising|revolution|coup|"
    r"war|election|referendum|vote|campaign|earthquake|quake|flood|hurricane|storm|tsunami|fire|crash|disaster|"
    r"crisis|olympics|games|world cup|season|championship|tournament|final|playoff|film|movie|album|census|trial|"
    r"law|act|treaty|agreement|accord|merger|budget)s?\b",
    re.IGNORECASE,
)


def dates_an_event(text: str, start: int, end: int) -> bool:
    """A year written before the event it dates: "the 1967 slayings", "its 2005 elections"."""
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", text[start:end])
                and _YEAR_BEFORE.search(text[max(0, start - 8) : start]) and _EVENT_AFTER.match(text, end))
