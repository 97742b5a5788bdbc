"""Whose a figure is (``owner_and_time``): a possessive ("Bryant's 14 points"), the name that does the predicate
("Bryant scored 14"), a name set off beside it, an age's person; a win-loss record's team or fighter
(``record_owner``); and when two owners are one (``owners_match``, ``one_team``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.cues import AGE_PAIRED, AGES_BEFORE_IT, DIED_AGED, DIED_AT
from factcheck.extract.lemmas import BE_FORMS, part_of_speech, singular_noun, unknown_word, verb_form
from factcheck.extract.records import OBJECT_MOVED
from factcheck.extract.tokens import STOPWORDS, Token
from factcheck.frames.clauses import CLAUSE_BREAK
from factcheck.frames.model import NAME_RUN, NOT_NAMES, NUMBER_WORDS_PATTERN, OTHER, POSSESSIVES
from factcheck.lexicon import Lexicon
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.timewords import CALENDAR_NAMES

_SAYING = frozenset(listed("frames", "saying"))
_PLACE_BEFORE = frozenset(listed("places", "not_owner_before"))
_OWNER_GAP = 4  # at most this many words between an owner's name and its figure
_OF_GAP = 6  # or between a possessive name and the figure of its noun phrase ("Buford's school scoring record of")


def owner_and_time(thing: str | None, sentence: str, start: int, end: int, words: Sequence[Token], first: int,
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


def record_owner(sentence: str, start: int) -> str | None:
    """Whose record: the name right before its brackets or its comma ("the Colts (10-5)", "Klitschko, 58-3 with 51
    knockouts"); else the subject of the verb that moves it: the first name of its part of the sentence ("Harlan
    beat Denton on Saturday and improved to 10-5", "By beating the Chiefs, Indianapolis' record rose to 9-5"), the
    name a "who" follows ("behind Luis Ramirez, who improved to 12-4"), or the sentence's first name where that
    part goes on from it ("The Hawks, who beat the Lions on Sunday, improved to 10-5"; not "..., and the team
    improved to 10-5"). Never a name after a preposition, nor one owning another noun ("Klitschko's reach")."""
    before = sentence[:start]
    moved = next((m for m in OBJECT_MOVED.finditer(sentence) if m.start("record") == start), None)
    if moved and moved.group("object").split()[0].lower() not in POSSESSIVES:
        # "improved the Bluejays to 25-7": the team moved; "the Ukrainian-born fighter": no name
        name = _WHOLE_NAME.fullmatch(moved.group("object"))
        return owner_name(name.group(1)) if name else None
    named = _BRACKETED.search(before) or _APPOSITIVE.search(before) or _WHO.search(before)  # "Rahman, 45-7-2"
    if named:
        return owner_name(named.group(1))
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
        if set(name.lower().split()) <= NOT_NAMES or _AFTER_PREPOSITION.search(text, 0, match.start()) or (
                match.start() == 0 and name.lower().endswith("ly")) or (
                name.endswith(("'s", "’s", "'", "’")) and not _RECORD_NOUN.match(text, match.end())):
            continue  # "in the Atlantic Division", "Currently", "Klitschko's reach"
        return owner_name(name)
    return None


def owner_name(name: str) -> str | None:
    """A name as owners are compared: lower case, without the words that name no owner or a possessive ending."""
    words = [w for w in name.split() if w.lower() not in NOT_NAMES]
    return " ".join(words).lower().removesuffix("'s").removesuffix("’s").rstrip("'’") or None


# A model's designation right after a count, before its noun or standing for it: "AK-47", "AK 47", "F-16", "T-72".
MODEL_NAME = r"[A-Z]{1,3}[\s-]?\d{1,3}"

BEFORE_VERB = frozenset((*listed("clauses", "modals"), "will", "to", "should", "shall"))  # a verb follows
AUXILIARIES = (BEFORE_VERB - {"to"}) | BE_FORMS | {"have", "has", "had"}  # a subject's noun stands before one


def superlative(word: str) -> bool:
    """"career-high", "season-best": the best of a span, said of the figure after it."""
    parts = word.split("-")
    return len(parts) > 1 and parts[-1] in _SUPERLATIVE_ENDS


_SUPERLATIVE_ENDS = frozenset(listed("frames", "superlative_ends"))


def _owner(sentence: str, words: Sequence[Token], first: int, last: int, clause: tuple[int, int],
           kind: str) -> str | None:
    """The name the figure belongs to: a possessive name just before it, or the name that does the predicate
    right before the figure. Names that credit a figure ("the USGS said") and places ("in Aceh") own nothing."""
    for i in range(first - 1, max(clause[0], first - _possessive_gap(words, first)) - 1, -1):
        word = words[i]
        if word.text[0].isupper() and (word.text.endswith(("'s", "’s")) or (
                word.text.endswith("s") and sentence[word.end : word.end + 1] in ("'", "’"))):
            if word.lower.removesuffix("'s").removesuffix("’s") in NOT_NAMES:
                break  # "Thursday's session": a day's, nobody's; a name may still do the verb
            return _name_before(words, i, clause, possessive=True)  # "Bryant's 14", "the Owls' 11 turnovers"
    for i in range(first - 1, max(clause[0], first - _OWNER_GAP - 1) - 1, -1):
        word = words[i]
        if is_name(words, i):
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
                                              and w.lower not in _OWNER_LINKS and not superlative(w.lower))
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
        if word in AUXILIARIES or word in _STATE_VERBS or (verb_form(word) and "NOUN" not in part_of_speech(word)):
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
    if found is None or found.group(1).split()[0].lower().removesuffix("'s").removesuffix("’s") in NOT_NAMES:
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


_NUMBER = re.compile(rf"\d[\d,.]*|{NUMBER_WORDS_PATTERN}", re.IGNORECASE)


def _its_owner(words: Sequence[Token], first: int, kind: str) -> str | None:
    """"Trevane Foods said on Thursday its quarterly revenue rose to $2.1 billion": the figure of "its" (or "their")
    is the name that opens the sentence and tells it."""
    if kind not in ("money", "percent", "count"):
        return None
    at = next((k for k in range(first - 1, max(-1, first - _ITS_GAP - 1), -1) if words[k].lower in _ITS), None)
    if at is None or not is_name(words, 0) or (at and words[at - 1].lower in STOPWORDS and words[
            at - 1].lower not in _ITS_AFTER):
        return None  # not "the largest acquisition in its history ... paying about $5.4 billion"
    name_end = next((i for i in range(len(words)) if not is_name(words, i)), len(words))
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
    while j > clause[0] and is_name(words, j - 1):
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
_SPELL_DETERMINERS = frozenset({"the", *POSSESSIVES})

_NOT_LINKS = frozenset("where who which that when while whose".split())

_APPOSITIVE = re.compile(rf"{NAME_RUN},\s+$")

# a name, then what it is, then the clause: "Leon Marsh, the former Halstead treasurer, received"; not one that tells
# ("Eddie Howe, the Newcastle manager, said 11 players were unavailable": the speaker owns nothing)
_SAYS = re.compile(rf"(?:[a-z]+\s+)?(?:{alternation(listed('frames', 'saying'))})\b")
_DESCRIBED_BEFORE = re.compile(rf"{NAME_RUN},\s+(?:the|a|an)\s+[^,;()]{{1,100}},\s+$")
_RELATIVE = re.compile(rf"{NAME_RUN},\s+(?:who|whose)\s+[^,;()]{{1,150}},\s+$")  # "Gigante, who listed ...,"
# a record's owner (``record_owner``)
_RECORD_NAME = re.compile(NAME_RUN)
_AFTER_PREPOSITION = re.compile(rf"\b{alternation(listed('records', 'not_owner_before'))}\s+(?:the\s+)?$",
                                re.IGNORECASE)
_RECORD_NOUN = re.compile(rf"\s+{alternation(listed('records', 'record_nouns'))}\b")  # "Indianapolis' record"
_BRACKETED = re.compile(rf"{NAME_RUN}\s*\(\s*$")
_WHO = re.compile(rf"{NAME_RUN},\s+who\s+(?:[a-z]+\s+){{0,4}}$")
_WHOLE_NAME = re.compile(NAME_RUN)  # a record's mover named in full ("the Saints"), not described
# "..., and dropped to 45-7-2": the sentence's subject goes on (group 1 empty); "..., and the team improved": another
_JOINED_VERB = re.compile(rf"(?:and|but)\s+((?!{alternation(listed('records', 'moved_to'))}\b)\w+\s+)?",
                          re.IGNORECASE)


_DESCRIBED = re.compile(rf"{NAME_RUN},\s+(?:a|an|the)\s+$")
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
        if is_name(words, last + 1):
            return _owner_after(words, last, clause), time
        # "Dario Velk, a 32-year-old forklift driver", "Oriana Fessel, the 87-year-old novelist": the name the
        # description is set off from; not "Omar Fell, the 23-year-old's older brother" (the age of whom he is kin to)
        named = None if _POSSESSED_AFTER.match(sentence, end) or _subject_after(sentence, start, end) else (
            _DESCRIBED.search(sentence[:start]))
        name = named.group(1).lower() if named else ""
        return (name if name and name.split()[-1] not in NOT_NAMES and name.split()[0] not in STOPWORDS
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
    stop = CLAUSE_BREAK.search(sentence, end)
    words = sentence[end : stop.start() if stop else len(sentence)].split()
    return any(verb_form(word.strip(".!?\"'”’").lower()) in ("past", "present") for word in words)


def _appositive(sentence: str, start: int) -> str | None:
    """"Benjamin David Banky, 40, of Vancouver": the name just before an age set off by commas."""
    found = _APPOSITIVE.search(sentence[:start])
    if found is None:
        return None
    name = found.group(1).lower()
    return None if name.split()[-1] in NOT_NAMES else name


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
    return None if name.split()[-1] in NOT_NAMES or name.split()[0] in NOT_NAMES else name


_ALIAS = re.compile(r"(?:,\s*|\b)(?:or|and)\s+(?:the\s+)?$")
# A name after a place's preposition, or after a place and its comma ("in Christchurch, New Zealand,"): a place.
_PLACE_SET_OFF = re.compile(rf"\b(?i:{alternation(sorted(_PLACE_BEFORE))})\s+(?:[A-Z][\w'’.-]+\s+){{0,3}}?"
                            rf"(?:[A-Z][\w'’.-]+,\s+)?$")


def _subject_name(sentence: str, words: Sequence[Token], first: int) -> str | None:
    """The name a sentence opens with, as the subject whose age it gives ("The actress Mara Vell has died at the age
    of 85", "Mara Vell, the actress, died aged 86"); a comma or a quote ends it ("Fred LaRue, Watergate Figure"), an
    initial's full stop does not ("W. Mark Felt")."""
    for i in range(min(first, 6)):
        if is_name(words, i) and not (i and words[i - 1].lower in _PLACE_BEFORE):
            run = [words[i].text]
            j = i + 1
            while j < first and is_name(words, j) and sentence[words[j - 1].end : words[j].start].strip() in ("", "."):
                run.append(words[j].text)
                j += 1
            return " ".join(run).lower().removesuffix("'s").removesuffix("’s")
    return None


def _owner_after(words: Sequence[Token], last: int, clause: tuple[int, int]) -> str | None:
    """The name an age stands before ("61-year-old Anargyros Bizianis", "the 36-year-old Rahman") or after
    ("Rahman, 36, ...")."""
    run: list[str] = []
    for i in range(last + 1, min(len(words), last + 6)):
        if is_name(words, i):
            run.append(words[i].text.removesuffix("'s").removesuffix("’s"))
        elif run or words[i].text[0].isupper():
            break
    return " ".join(run).lower() or None


def is_name(words: Sequence[Token], i: int) -> bool:
    """Whether words[i] is a word of a name: capitalised, none of the words that name no owner, no model's
    designation; a sentence's first word only with another name word after it, or an unknown word doing a verb."""
    word = words[i]
    if not word.text[0].isupper() or word.lower.rstrip("'’s") in NOT_NAMES or word.lower in NOT_NAMES:
        return False
    if _DESIGNATION.fullmatch(word.text) or (i + 1 < len(words) and _DESIGNATION.fullmatch(
            f"{word.text} {words[i + 1].text}")):
        return False  # a model's designation ("AK-47 rifles, 31 magazines", "AK 47"): a thing, nobody's name
    if i == 0:
        # A sentence opens with a capital: a name of two words ("Kobe Bryant scored"), or one no English table
        # knows, doing the verb after it ("Hansbrough finished with 20 points")
        # ("Hansbrough now has 2,301 career points": a running total's "now" between them)
        verb = 2 if len(words) > 2 and words[1].lower == "now" else 1
        return len(words) > verb and ((words[1].text[0].isupper() and words[1].lower not in NOT_NAMES)
                                      or (unknown_word(word.text) and verb_form(words[verb].lower) is not None)
                                      or (unknown_word(word.text) and words[1].lower == "and" and len(words) > 2
                                          and words[2].text[0].isupper()))  # "Anselm and Lisk spoke"
    return True


_DESIGNATION = re.compile(rf"{MODEL_NAME}s?")


def _name_before(words: Sequence[Token], i: int, clause: tuple[int, int], possessive: bool) -> str | None:
    """The run of capitalised words ending at word i, lower case, a possessive cut off."""
    run = [words[i].text.removesuffix("'s").removesuffix("’s")] if possessive else [words[i].text]
    j = i - 1
    while j >= clause[0] and is_name(words, j) and not words[j].text.endswith(("'s", "’s")):
        run.insert(0, words[j].text)
        j -= 1
    if j >= 0 and words[j].lower in _PLACE_BEFORE and not possessive:
        return None  # "in Aceh", "near Bireun": a place, not an owner
    name = " ".join(run).lower().strip(".")
    if not possessive and j >= 1 and words[j].lower == "and" and is_name(words, j - 1) and not (
            words[j - 1].text.endswith(("'s", "’s"))):
        return None  # "Anselm and Lisk spoke for 45 minutes", "Obi and Carter had 41 points between them": not Lisk's
    return name or None


_SPACING = str.maketrans("", "", " -")


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
