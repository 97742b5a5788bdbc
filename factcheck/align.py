"""Which facts speak about the same thing: each fact gets a ``key``.

A rule claims a fact when the fact's kind, unit and subject fit the rule's ``match`` and one of its words
stands near the figure; when several rules could claim it, the one whose word is nearest wins, and words
inside the counted thing's own phrase ("1.4 million *displaced* Palestinians") count after words outside
it ("home to"). A fact no rule claims gets an automatic key, ``auto:<kind>:<unit>:<subject>``; automatic
keys are unsure, so their comparisons never rise above severity info. Dates no rule claims get no key."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from factcheck.errors import RuleError
from factcheck.extract.lemmas import lemmas, part_of_speech, verb_form
from factcheck.extract.tokens import STOPWORDS, Token, sentence_tokens
from factcheck.facts import Fact
from factcheck.frames import EVENT, FROM_TO, frame_of, negator
from factcheck.lexicon import Lexicon, default_lexicon
from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.rules.model import Rule
from factcheck.rules.things import not_the_count

AUTO = "auto:"
_SPAN_START = re.compile(rf"\b{alternation(listed('clauses', 'span_starts'))}\b(?:\W+\w+){{0,5}}\W*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s|[;:()\[\]—–]|\s-\s|\s(?:and|but|while|whereas)\s")
# A date never belongs to a verb across one of these: "charged Saturday *after* allegedly opening fire",
# "apologized Saturday *if* the fire was connected".
_SUBORDINATORS = frozenset({"after", "before", "if", "because", "until", "although", "though", "unless", "whether"})


PATTERN_SECONDS = 1.0  # the longest a rule's pattern may search one sentence


@lru_cache(maxsize=4096)
def _pattern_in(pattern: str, sentence: str) -> bool:
    """A rule's pattern found in the sentence: searched once per sentence, not once per figure of it (a sentence of
    1,000 figures would search it 1,000 times), with the ``regex`` engine's time limit: a pattern that backtracks
    without end ("(a|aa)*dead", which the load-time guard cannot tell from an ordinary one) raises TimeoutError
    instead of hanging the run."""
    return regex.search(pattern, sentence, regex.IGNORECASE, timeout=PATTERN_SECONDS) is not None


def align(facts: Sequence[Fact], rules: Sequence[Rule],
          published: Mapping[str, dt.date | None] | None = None, lexicon: Lexicon | None = None) -> list[Fact]:
    """The facts with their ``key`` and frame filled in. A figure whose sentence names another time than the
    story's ("In 2004, a magnitude 9.1 quake...") gets that time in its key ("magnitude@2004") and frame: it is
    compared only with figures about that time."""
    lexicon = lexicon or default_lexicon()
    times = _times_of_sentences(facts, published or {})
    aligned = []
    for fact in facts:
        start, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
        key = key_of(fact.kind, fact.unit, fact.subject, fact.sentence, start, end, rules, lexicon)
        dated = fact.kind in ("date", "time")
        time = times.get((fact.doc, fact.sentence_start))
        frame = frame_of(fact.kind, fact.unit, fact.subject, fact.sentence, start, end, lexicon,
                         EVENT if dated or time is None else time)
        if key is not None and not dated and time is not None and frame.time == time:
            key = f"{key}@{time}"  # not when the frame finds the year another part's ("twice; ... in 1958")
        if fact.kind == "count" and not_the_count(fact.sentence, start):
            key = None  # "killing a mother of 12": her children, no figure of the rule's words
        aligned.append(replace(fact, key=key, thing=frame.thing, predicate=frame.predicate, owner=frame.owner,
                               time=frame.time))
    return aligned


def _times_of_sentences(facts: Sequence[Fact], published: Mapping[str, dt.date | None]) -> dict[tuple[str, int], str]:
    """Sentences that name a time other than the story's: a year other than the story's year (its month, when the
    sentence names one), or (when the publication date is known) a month more than six weeks before it. The story's
    year is the document's publication year, else ``_story_year``."""
    dates = [f for f in facts if f.kind == "date" and isinstance(f.value, str) and f.value[:4].isdigit()]
    common = _story_year(dates, published)
    found: dict[tuple[str, int], str] = {}
    spans: dict[tuple[str, int], str] = {}  # sentences dated only by a span of past years
    for fact in facts:
        # "The same island was hit by a 6.1 quake in September", in a story of unknown date: a month without its day
        # tells another moment than the story's, which news tells by its day ("on Sunday", "today").
        if fact.kind == "date" and published.get(fact.doc) is None and _BARE_MONTH.fullmatch(str(fact.value)) and (
                not _SPAN_START.search(fact.sentence[: fact.start - fact.sentence_start])):
            found.setdefault((fact.doc, fact.sentence_start), str(fact.value))
    for fact in dates:
        value = str(fact.value)
        before = fact.sentence[: fact.start - fact.sentence_start]
        pub = published.get(fact.doc)
        story_year = str(pub.year) if pub else common
        if story_year and _closed_range(fact, story_year):
            # "some 2 million died in the latest war, from 1983 to 2005", "averaged 22 points with the Celtics from
            # 2000-04": a span of the past that ended, not one from then to now; a year the sentence writes
            # otherwise comes first ("the first marriage lasted from 1943 to 1947, and her second ... in 1958")
            spans.setdefault((fact.doc, fact.sentence_start), value[:4])
            continue
        if _SPAN_START.search(before) or _OVER_THE.search(before) or _between(fact):
            continue  # "since the war began in October", "held after the attack on Oct. 7": a span from then to now
        if _CENTURY_ADJECTIVE.search(fact.surface):
            continue  # "the 18th-century church was destroyed": what the church is, not when the fire killed 3
        if _QUARTER.fullmatch(value):
            # "fourth-quarter net profit", "expects first-quarter revenue": a quarter's figure is of that quarter, not
            # of its year nor of the story's whole year ("$780m for the full year")
            found.setdefault((fact.doc, fact.sentence_start), value)
            continue
        if story_year and value[:4] != story_year:
            # "In April last year an 8.6-magnitude quake" and "Last year, a 6.4-magnitude quake": a month of another
            # year tells a moment of its own, not the whole year's
            month = len(value) >= 7 and value[5:7].isdigit()
            found.setdefault((fact.doc, fact.sentence_start), value[:7] if month else value[:4])
        elif pub and len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            month_start = dt.date(int(value[:4]), int(value[5:7]), 1)
            if (pub - month_start).days > 75:
                found.setdefault((fact.doc, fact.sentence_start), value[:7])
    for sentence_key, year in spans.items():
        found.setdefault(sentence_key, year)
    sentences = {(f.doc, f.sentence_start): f.sentence for f in facts if published.get(f.doc) is not None}
    for (doc, start), sentence in sentences.items():
        # "Quarterly earnings came in at $421m", written in March: the quarter last ended, the one reported
        if _QUARTERLY.search(sentence):
            found.setdefault((doc, start), _last_quarter(published[doc]))  # type: ignore[arg-type]
    return found


_BARE_MONTH = re.compile(r"XXXX-\d\d")
_OVER_THE = re.compile(r"\bover\s+the\s+$", re.IGNORECASE)  # "will go over the coming year": a span from now
_CENTURY_ADJECTIVE = re.compile(r"-centur(?:y|ies)$", re.IGNORECASE)  # "19th-century painter", "18th-century church"
# "for delaying generic drugs between 2019 and 2023": the bounds of a span, not "a 7.1 tremor between Izmir and Samos
# in 2020"
_BETWEEN = re.compile(r"\bbetween\s+(?:[A-Za-z]+\s+)?\d{4}\s+and\s+(?:[A-Za-z]+\s+)?\d{4}\b")


def _closed_range(fact: Fact, story_year: str) -> bool:
    """The date opens a span of years that ended before the story's year."""
    at = fact.start - fact.sentence_start
    for found in FROM_TO.finditer(fact.sentence):
        if found.start("first") <= at < found.end("first"):
            last = found.group("last")
            last = last if len(last) == 4 else found.group("first")[:2] + last
            return last < story_year and found.group("first") <= last
    return False


def _between(fact: Fact) -> bool:
    at = fact.start - fact.sentence_start
    return any(m.start() <= at < m.end() for m in _BETWEEN.finditer(fact.sentence))


_QUARTER = re.compile(r"(\d{4})-Q([1-4])")  # a quarter as dates are written: "2025-Q4"
_QUARTERLY = re.compile(rf"\b[Qq]uarterly\s+(?:net\s+)?(?:{alternation(listed('clauses', 'quarterly_figures'))})\b")


def _last_quarter(published: dt.date) -> str:
    """The quarter last ended before ``published``, as dates are written ("2025-Q4" for March 2026)."""
    quarter = (published.month - 1) // 3
    return f"{published.year - 1}-Q4" if quarter == 0 else f"{published.year}-Q{quarter}"


_DATED_STORIES = 2  # at least this many stories of one year date the others of the same event


def _story_year(dates: Sequence[Fact], published: Mapping[str, dt.date | None]) -> str | None:
    """The year of a story of unknown date: the year most stories of known date were published in (when two at
    least were), else the year most often named across the documents (the latest of those named as often).
    Stories of one event are of one year, and the year most often named may be a background one's ("the 2004
    tsunami" in every story of a quake in 2009; "the 1997 law" in every story of a vote on it in 2005)."""
    # On a tie the latest year, not the first one met: the order of the documents must not decide.
    stories = Counter(str(day.year) for day in published.values() if day is not None)
    if stories and max(stories.values()) >= _DATED_STORIES:
        return max(stories, key=lambda year: (stories[year], year))
    years = Counter(f.value[:4] for f in dates if len(f.value) >= 4)  # type: ignore[index,arg-type]
    return max(years, key=lambda year: (years[year], year)) if years else None


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure as the rules read it: its fact's kind, unit and subject, and where it stands among the words of its
    sentence (``first`` to ``last``; ``subject_end``, the head of its counted thing; ``clause``, the bounds of its
    clause; ``barriers``, the words no date's event lies behind; ``risen``, what a total rose to)."""

    kind: str
    unit: str | None
    subject: str | None
    sentence: str
    words: tuple[Token, ...]
    known: tuple[frozenset[str], ...]
    first: int
    last: int
    subject_end: int
    clause: tuple[int, int]
    barriers: frozenset[int]
    risen: bool
    lexicon: Lexicon

    @property
    def dated(self) -> bool:
        return self.kind in ("date", "time")


def key_of(
    kind: str, unit: str | None, subject: str | None, sentence: str, start: int, end: int, rules: Sequence[Rule],
    lexicon: Lexicon | None = None,
) -> str | None:
    """The key of the figure at sentence[start:end]: the id of the rule that claims it (and, when the rule's words
    come in groups, the group of the word that did), else an automatic key; None for a date no rule claims."""
    figure = _figure(kind, unit, subject, sentence, start, end, lexicon or default_lexicon())
    best: tuple[tuple[int, int, int], Rule, str] | None = None
    for order, rule in enumerate(rules):
        claim = _claim(rule, order, figure)
        if claim is not None and (best is None or claim[0] < best[0]):
            best = (claim[0], rule, claim[1])
    if best is not None:
        # Each inner list of a rule's words names a thing of its own ([give way, break] vs [strike, hit]).
        _, rule, group = best
        return f"{rule.id}:{group}" if group else rule.id
    if figure.dated or figure.subject is None:
        return None  # dates no rule claims name too many different events to compare
    return f"{AUTO}{kind}:{figure.unit or '-'}:{figure.subject}"


def _figure(kind: str, unit: str | None, subject: str | None, sentence: str, start: int, end: int,
            lexicon: Lexicon) -> _Figure:
    words = sentence_tokens(sentence)
    figure = [i for i, t in enumerate(words) if t.start < end and start < t.end]
    first = figure[0] if figure else next((i for i, t in enumerate(words) if t.start >= end), len(words))
    last = figure[-1] if figure else first - 1
    known = _lemma_sets(sentence)
    dated = kind in ("date", "time")
    # A date never belongs to an event behind a subordinating conjunction ("charged Saturday after ...").
    barriers = frozenset(i for i, t in enumerate(words) if t.lower in _SUBORDINATORS) if dated else frozenset()
    return _Figure(kind, unit, subject, sentence, words, known, first, last,
                   _subject_end(words, last, subject), _clause(sentence, words, start, end), barriers,
                   not dated and _risen_to(known, first, lexicon), lexicon)


def _claim(rule: Rule, order: int, figure: _Figure) -> tuple[tuple[int, int, int], str] | None:
    """How near ``rule`` comes to claiming the figure (lower is nearer; the rule's place in the pack breaks ties)
    and the synonym group of its word that does; None when the rule does not claim it."""
    match = rule.match
    if figure.kind not in match.kinds or (match.units and figure.unit not in match.units):
        return None
    if match.subjects and figure.subject not in match.subjects:
        return None
    if match.counts == "people" and figure.kind == "count" and figure.subject is not None and not (
            figure.lexicon.counts_people(figure.subject)):
        return None  # "two counts of murder" near "kidnapping", "three bombs" near "camp"
    if match.pattern and not _pattern_found(rule, figure.sentence):
        return None
    if not match.words:
        return (0, 0, order), ""
    # "The death toll from Thursday's magnitude 6.4 earthquake in Velmora rose to 27": a figure a total rose to
    # belongs to the subject of its clause, however long.
    window = max(match.window, figure.first - figure.clause[0]) if figure.risen else match.window
    found = _nearest(figure.known, match.words, figure.first, figure.last, figure.subject_end, window,
                     figure.clause, figure.barriers, figure.dated)
    if found is None:
        return None
    # A figure belongs to its nearest verb when the cue is a verb too or stands outside its clause: "said Thursday
    # a major assault" is no assault, "shooting three people, killing one" shot three, "tens of thousands who
    # marched". (Not so a total's subject: "the number of people detained ... rose to 23" counts those detained.)
    subject_of_rise = figure.risen and found[0] == 0 and found[4] < figure.first
    if not subject_of_rise and _owned_elsewhere(figure, match, found):
        return None
    return (found[0] * 100 + found[1], found[2], order), found[3]


def _pattern_found(rule: Rule, sentence: str) -> bool:
    try:
        return _pattern_in(rule.match.pattern or "", sentence)
    except TimeoutError:
        raise RuleError(rule.path, f"the pattern searched one sentence for over {PATTERN_SECONDS:g} s and was "
                        "stopped; a group repeated inside a repetition ('(a|aa)*', '(a*)*') backtracks without "
                        "end: simplify it", rule.id, "match.pattern") from None


def _risen_to(known: Sequence[frozenset[str]], first: int, lexicon: Lexicon) -> bool:
    """The figure is what a total rose to: "rose to 27", "climbed to 31", "jumped 40" (a verb of the lexicon's
    ``rise`` class just before it, or before "to")."""
    at = first - 1
    if at >= 0 and "to" in known[at]:
        at -= 1
    return at >= 0 and any(lexicon.predicate((lemma,)) == "rise" for lemma in known[at])


@lru_cache(maxsize=4096)
def _lemma_sets(sentence: str) -> tuple[frozenset[str], ...]:
    """The lemmas of each word of the sentence, looked up once: every rule of every figure in it searches them."""
    return tuple(lemmas(t.text) for t in sentence_tokens(sentence))


def _subject_end(words: Sequence[Token], last: int, subject: str | None) -> int:
    """Index of the counted thing's head word after the figure, or ``last`` when there is none."""
    if subject is None:
        return last
    for i in range(last + 1, min(len(words), last + 6)):
        if subject in lemmas(words[i].text) or words[i].lower.startswith(subject[:4]):
            return i
    return last


def _clause(sentence: str, words: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Indexes of the first and last word of the clause holding text[start:end] (between ", ", ";", ":", dashes
    and brackets)."""
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    after = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    inside = [i for i, t in enumerate(words) if before <= t.start and t.end <= after]
    return (inside[0], inside[-1]) if inside else (0, len(words) - 1)


def _nearest(
    known: Sequence[frozenset[str]],
    phrases: Sequence[tuple[tuple[str, ...], str]],
    first: int,
    last: int,
    subject_end: int,
    window: int,
    clause: tuple[int, int],
    barriers: frozenset[int] = frozenset(),
    dated: bool = False,
) -> tuple[int, int, int, str] | None:
    """(outside the clause, a modifier of the counted thing, distance in words, synonym group) of the nearest
    phrase within the window. Words of the figure's own clause come first; then words outside the counted
    thing's modifiers ("home to" before "1.4 million *displaced* Palestinians"); then the nearest. A phrase
    behind one of the ``barriers`` (for a date, a subordinating conjunction) is another clause's event; for a
    ``dated`` figure, a phrase after a negation ("no talks") names no event."""
    best: tuple[int, int, int, str, int] | None = None
    low, high = max(0, first - window), min(len(known), last + window + 1)
    for i in range(low, high):
        if first <= i <= last:
            continue
        if barriers and any(k in barriers for k in (range(i + 1, first) if i < first else range(last + 1, i))):
            continue
        here = known[i]
        if dated and i > 0 and any(negator(w) for w in known[i - 1]):
            continue  # a date's event: "with no talks scheduled" holds no meeting (not so "homes without power")
        for phrase, group in phrases:
            if phrase[0] not in here:
                continue
            if len(phrase) > 1 and (i + len(phrase) > len(known)
                                    or not all(p in known[i + k] for k, p in enumerate(phrase[1:], start=1))):
                continue
            end = i + len(phrase) - 1
            distance = first - end if end < first else i - last
            outside = 0 if clause[0] <= i and end <= clause[1] else 1
            score = (outside, 1 if last < i < subject_end else 0, distance, group, i)
            if best is None or score < best:
                best = score
    return best


def _owned_elsewhere(figure: _Figure, match: object, found: tuple[int, int, int, str, int]) -> bool:
    """Whether another verb, not the rule's cue, governs the figure. A date belongs to its nearest verb; so does a
    figure whose cue stands outside its clause ("shooting three people, killing one"), and a verb of its own clause
    wins a tie with such a cue ("Blackmore, alleged to have 19 wives, is charged": the wives are alleged, not
    charged), unless the cue opens the words right after the clause ("named the 17 victims, killed in the fire"). A
    cue verb before the figure loses to a nearer verb ("were killed during demonstrations by tens of thousands who
    marched"); a cue after the figure loses only to a verb standing between them ("the two men accused of
    killing"), since the verb after a counted thing is its predicate ("31,000 Palestinians have died")."""
    words, first, last, subject_end = figure.words, figure.first, figure.last, figure.subject_end
    distance, verb = _nearest_verb(words, first, last, subject_end, match)
    cue = found[4]
    if found[0] and figure.kind not in ("date", "time") and distance == found[2]:
        # not a participle right after the counted thing's clause, which tells of it ("named the 17 victims, killed
        # in the fire")
        return figure.clause[0] <= verb <= figure.clause[1] and cue != figure.clause[1] + 1
    if figure.kind == "date" or found[0]:
        return distance < found[2]
    if not _is_verb(words[cue]):
        return False
    if cue < first:
        return distance < found[2]
    return any(_is_verb(words[i]) and words[i].lower not in STOPWORDS and not {p[0] for p, _ in match.words}
               & lemmas(words[i].text) for i in range(subject_end + 1, cue))  # type: ignore[attr-defined]


def _is_verb(word: Token) -> bool:
    lower = word.lower
    return bool(verb_form(lower)) or (lower.endswith("ing") and "VERB" in part_of_speech(lower))


def _nearest_verb(words: Sequence[Token], first: int, last: int, subject_end: int, match: object) -> tuple[int, int]:
    """Distance to the nearest verb (inflected, or a gerund) that is not one of the rule's words, and its index; the
    words that qualify the counted thing ("1.4 million *displaced* people") are not its verb."""
    own = {p[0] for p, _ in match.words}  # type: ignore[attr-defined]
    for distance in range(1, 50):
        for i in (first - distance, last + distance):
            if not 0 <= i < len(words) or last < i <= subject_end or own & lemmas(words[i].text):
                continue
            lower = words[i].lower
            if lower in STOPWORDS:
                continue  # auxiliaries: "were killed", "have died"
            if i == first - 1 and lower.endswith("ing") and "VERB" in part_of_speech(lower):
                return distance, i  # "shooting three people"
            if verb_form(lower) or (lower.endswith("ing") and part_of_speech(lower) & {"VERB", "NOUN"} == {"VERB"}):
                return distance, i
    return 50, -1
