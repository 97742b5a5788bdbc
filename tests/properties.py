"""Hypothesis strategies and the properties of the extractors and the comparison, shared by the CI property tests
(tests/test_properties.py, a few seconds each) and the long fuzzing run (bench/fuzz.py).

The properties:

- extraction never raises, on any Unicode text;
- every fact's span lies inside the text and its surface is the text at that span; its sentence is the text at
  the sentence's offsets and holds the span;
- ``low <= value <= high`` where the interval is bounded, and ``low <= high``;
- comparing A with B gives the same findings as comparing B with A;
- adding a document never removes a finding between the others.

A finding's identity leaves out what depends on numbering or order (its id ``F3``, fact ids, which side is
quoted first in the message): the rule, the key, the severity and the facts as (document, surface, offset)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from hypothesis import strategies as st

from factcheck.align import align
from factcheck.comments import blank_comments
from factcheck.documents import Document
from factcheck.extract import extract_document, extract_facts
from factcheck.facts import Fact
from factcheck.findings import Finding
from factcheck.judge import judge
from factcheck.rules.loader import load_rules

RULES = load_rules()

# Pieces of news copy that reach every extractor: figures written every way, hedges, scale words, units,
# currencies, ordinals, dates, times and durations, the words the shipped rules look for, places.
_NUMBERS = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(1000, 10**9).map(lambda n: f"{n:,}"),
    st.decimals(0, 1000, places=1, allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(["one", "two", "seven", "twelve", "a dozen", "dozens", "hundreds", "tens of thousands",
                     "millions", "two-thirds", "one in five", "half", "a third", "1.4 million", "3 billion",
                     "5 to 6", "between 5 and 6", "three or four", "from 1,300 to 950", "100+", "0", "00", "-3",
                     "1e9", "٣", "１２", "½", "1/2", "10%", "3.5%", "2-0", "737", "No. 1"]),
)
_HEDGES = st.sampled_from(["", "", "more than ", "nearly ", "about ", "at least ", "up to ", "fewer than ",
                           "an estimated ", "some ", "almost ", "over ", "as many as "])
_UNITS = st.sampled_from(["", "", "people", "residents", "homes", "Palestinians", "soldiers", "children", "km",
                          "miles", "metres", "feet", "acres", "degrees Celsius", "percent", "%", "percentage points",
                          "kW", "tonnes", "hours", "minutes", "days", "years", "million", "billion", "dollars",
                          "euros", "year-old", "times"])
_MONEY = st.sampled_from(["", "", "", "", "$", "£", "€", "EUR ", "USD ", "¥", "Rs "])
_CUES = st.sampled_from(["were killed", "died", "were injured", "were evacuated", "were arrested", "are missing",
                         "fled", "homes were destroyed", "were damaged", "in damage", "in aid", "visits",
                         "the magnitude", "the death toll rose to", "said", "will meet", "gave way", "", ""])
_WHEN = st.sampled_from(["", "", "on Monday", "Thursday", "on March 3, 2024", "last week", "in 2004", "today",
                         "yesterday", "Oct. 7", "the 1990s", "in October", "8 p.m. Tuesday", "13:38 GMT",
                         "next month", "a 45-minute call", "for two days", "the sixth trip", "2nd", "this weekend",
                         "the first quarter of 2009", "Monday night", "2024-03-21", "21/03/2024"])
_PLACES = st.sampled_from(["", "", "in Gaza", "in Rafah", "in Marlow Vale", "in eastern China", "off Sumatra",
                           "in Paris, France", "on Qeshm Island"])
_JOINS = st.sampled_from([" ", " ", ", ", "; ", " and ", " - ", " (", ") ", "\n", "\n\n", " — ", ". ", "? ",
                          "<!-- ", " -->", "* ", "# ", "\r\n", "\t", "\u00a0", "\u2028"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = [draw(_HEDGES) + draw(_MONEY) + draw(_NUMBERS) + " " + draw(_UNITS), draw(_CUES), draw(_WHEN),
             draw(_PLACES)]
    order = draw(st.permutations(range(len(parts))))
    text = " ".join(parts[i] for i in order if parts[i])
    return (text[:1].upper() + text[1:]).strip() + draw(st.sampled_from([".", ".", "", "!", "...", ":"]))


@st.composite
def news(draw: st.DrawFn) -> str:
    """A few sentences of news copy, sometimes with arbitrary Unicode mixed in."""
    pieces = draw(st.lists(st.one_of(sentences(), sentences(), st.text(max_size=20)), min_size=1, max_size=8))
    joins = draw(st.lists(_JOINS, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + j for p, j in zip(pieces, joins, strict=True))


# Any Unicode text (surrogates excluded: they cannot come out of decoding a file), or news copy.
texts = st.one_of(st.text(), st.text(st.characters(codec="utf-8"), max_size=400), news())
dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))


_FIGURES = st.sampled_from(["12", "7", "12", "1,200", "12,000", "seven", "twelve", "1.2 million", "12 million",
                            "dozens", "between 10 and 14", "11", "13"])


@st.composite
def templates(draw: st.DrawFn) -> str:
    """A sentence of a story with a place for its figure, which each document fills in its own way."""
    money = draw(_MONEY)
    unit = draw(st.sampled_from(["", " million", " billion"]) if money else _UNITS.map(lambda u: " " + u))
    parts = [draw(_HEDGES) + money + "{figure}" + unit, draw(_CUES), draw(_PLACES), draw(_WHEN)]
    # Mostly in the order of news copy ("About 12 people were killed in Gaza on Monday"), else any order.
    order = draw(st.one_of(st.just(range(len(parts))), st.just(range(len(parts))), st.permutations(range(len(parts)))))
    text = " ".join(parts[i] for i in order if parts[i]).replace("{", "{{").replace("}", "}}")
    return (text[:1].upper() + text[1:]).replace("{{figure}}", "{figure}").strip() + "."


@st.composite
def stories(draw: st.DrawFn, count: int, dated: bool = False) -> list[Document]:
    """``count`` documents: reports of one story (its sentences, each document's own figures and order, a figure
    sometimes repeated) or, now and then, unrelated copy."""
    story = draw(st.lists(templates(), min_size=1, max_size=4))
    found = []
    for number in range(count):
        doc_id = "abcdefgh"[number]
        if draw(st.integers(0, 5)) == 0:
            text = draw(news())
        else:
            picks = draw(st.lists(st.sampled_from(story), min_size=1, max_size=6))
            text = " ".join(p.format(figure=draw(_FIGURES)) for p in picks) + "\n"
        front = draw(st.sampled_from(["", "", "---\ntitle: T\n---\n"]))
        published = draw(st.dates(dt.date(2023, 1, 1), dt.date(2024, 12, 31)) if dated else dates)
        source = draw(st.sampled_from([None, "Wire", "Courier"]))
        found.append(Document(doc_id, f"{doc_id}.md", front + text, len(front), source, None, published,
                              "command line" if published else None))
    return found


def document(text: str, published: dt.date | None = None, doc_id: str = "d") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, 0, None, None, published, "command line" if published else None)


def check_facts(text: str, facts: Sequence[Fact]) -> None:
    """Every fact lies inside the text, its surface is the text at its span, its sentence the text at the
    sentence's offsets (HTML comments blanked, as extraction reads them), and its interval holds its value."""
    read = blank_comments(text)
    for fact in facts:
        assert 0 <= fact.sentence_start <= fact.start < fact.end <= len(text), fact
        assert text[fact.start : fact.end] == fact.surface, (fact, text[fact.start : fact.end])
        assert read[fact.sentence_start : fact.sentence_start + len(fact.sentence)] == fact.sentence, fact
        assert fact.end <= fact.sentence_start + len(fact.sentence), fact
        check_interval(fact)


def check_interval(fact: Fact) -> None:
    for bound in (fact.low, fact.high):
        assert bound is None or not math.isnan(bound), fact
    if fact.low is not None and fact.high is not None:
        assert fact.low <= fact.high, fact
    if isinstance(fact.value, float | int) and not isinstance(fact.value, bool):
        assert not math.isnan(fact.value), fact
        assert fact.low is None or fact.low <= fact.value, fact
        assert fact.high is None or fact.value <= fact.high, fact


def extract_and_check(text: str, published: dt.date | None) -> list[Fact]:
    doc = document(text, published)
    facts = extract_document(doc)
    check_facts(text, facts)
    return facts


def identities(findings: Sequence[Finding], facts: Sequence[Fact]) -> set[tuple[object, ...]]:
    by_id = {f.id: f for f in facts}
    return {
        (f.rule, f.key, f.severity, frozenset((by_id[i].doc, by_id[i].surface, by_id[i].start) for i in f.facts))
        for f in findings
    }


def findings_of(docs: Sequence[Document]) -> set[tuple[object, ...]]:
    """The findings of comparing ``docs``, in the order given (no reading from disk, so nothing sorts them)."""
    facts = align(extract_facts(docs), RULES, {d.id: d.published for d in docs})
    return identities(judge(facts, docs, RULES), facts)


def check_symmetric(a: Document, b: Document) -> None:
    assert findings_of([a, b]) == findings_of([b, a])


def check_monotonic(a: Document, b: Document, c: Document) -> None:
    """Every disagreement of two documents is still reported once a third joins them: by a finding that names
    its facts, perhaps beside the third document's (one finding per disagreement, whatever the number of sources).
    The finding may take the key of the third document's rule ("Oct. 7" against "Oct. 7" of another year, joined
    by a third story's "Monday night" under the event-date rule): what it is filed under is not what it reports."""
    before = findings_of([a, b])
    after = findings_of([a, b, c])
    lost = {old for old in before if not any(old[3] <= new[3] for new in after)}
    assert not lost, lost


# Figures as other countries and scripts write them: apostrophe, dot, space and Arabic grouping, South Asian
# grouping and scale words, decimal commas, Arabic-Indic and full-width digits, vulgar fractions, long strings of
# digits; in sentences of any length, with the text's other figures in one convention or in several.
_DIGIT_SETS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "۰۱۲۳۴۵۶۷۸۹")
_SEPARATORS = (",", ".", "'", "’", " ", "\u00a0", "\u202f", "\u066c", "\u066b", "")


@st.composite
def written_numbers(draw: st.DrawFn) -> str:
    digits = draw(st.sampled_from(_DIGIT_SETS))
    groups = draw(st.lists(st.integers(0, 999), min_size=1, max_size=6))
    separator = draw(st.sampled_from(_SEPARATORS))
    widths = [draw(st.sampled_from([1, 2, 3])) if i == 0 else draw(st.sampled_from([2, 3, 3, 3]))
              for i in range(len(groups))]
    text = separator.join(str(g).zfill(w)[-w:] for g, w in zip(groups, widths, strict=True))
    text = text.translate(str.maketrans("0123456789", digits))
    huge = str(10 ** draw(st.integers(0, 400)))
    tail = draw(st.sampled_from(["", "", "", "½", "¾", "⅓", ",5", ".25", "٫٥", " lakh", " crore", " million",
                                 " lakh crore", "bn", "k", "%", " percent", "'000", huge]))
    head = draw(st.sampled_from(["", "", "", "$", "€", "Rs ", "CHF ", "₹", "about ", "nearly ", "-", "½ "]))
    return head + text + tail


@st.composite
def number_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(written_numbers(), _UNITS, _CUES, _JOINS), min_size=1, max_size=12))
    return "".join(f"{n} {u} {c}{j}" for n, u, c, j in parts)


# Front matter as a user (or an attacker) could write it: keys factcheck reads and others, values of every YAML
# type, impossible and far dates, tags, anchors and aliases, nesting, broken syntax.
_FRONT_VALUES = st.one_of(
    st.sampled_from(["2024-03-21", "2023-02-29", "0000-00-00", "9999-12-31", "0001-01-01", "2024-13-01", "yes",
                     "null", "~", "[]", "{}", "'Reuters'", '"AP \\u202e"', "!!binary aGVsbG8=",
                     "!!python/object:os.system",
                     "&a [x, *a]", "*nowhere", "{a: [b, {c: d}]}", "|\n  block\n  text", "12", "1e400", "-", ":",
                     "'unclosed", "[1, 2", "\t", "2024-03-21T10:00:00Z", "March 3, 2024", "\x1b[2J"]),
    st.text(max_size=40),
)


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    keys = draw(st.lists(st.sampled_from(["published", "source", "title", "date", "author", "published", "x",
                                          "<<", "? complex", ""]), max_size=5))
    lines = [f"{key}: {draw(_FRONT_VALUES)}" for key in keys]
    fence = draw(st.sampled_from(["---", "---", "--- ", "...", "----"]))
    close = draw(st.sampled_from(["---", "---", "...", ""]))
    return f"{fence}\n" + "\n".join(lines) + f"\n{close}\nThe quake killed 12 people on Tuesday, officials said.\n"


# Regular expressions a user could put in a rule's ``pattern``: groups, alternations, classes, quantifiers nested
# and repeated, anchors, lookarounds, backreferences, broken syntax.
_REGEX_ATOMS = st.sampled_from(["a", "\\w", "\\s", "\\d", ".", "[a-z]", "[^ ]", "(?:dead|killed)", "\\b", "x",
                                "(a|aa)", "(\\w+\\s?)", "\\1", "(?=a)", "(?!b)", "^", "$", "(", ")", "[", "\\",
                                "(?P<n>a)", "(?P=n)", "{2,}", "\\p{L}", "(?i)", "(?<=a)"])
_QUANTIFIERS = st.sampled_from(["", "", "*", "+", "?", "{1,3}", "{2,}", "*?", "+?", "{0,1000}"])


@st.composite
def rule_patterns(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_REGEX_ATOMS, _QUANTIFIERS), min_size=1, max_size=8))
    pattern = "".join(a + q for a, q in pieces)
    if draw(st.booleans()):
        pattern = f"({pattern}){draw(_QUANTIFIERS)}"
    return pattern + draw(st.sampled_from(["", "dead", "$", "\\b"]))


def check_front_matter(text: str) -> None:
    """A document with any front matter is read, or refused with one input error naming it; never an exception."""
    import tempfile
    from pathlib import Path

    from factcheck.documents import read_documents

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.md"
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        reading = read_documents([path])
        for error in reading.errors:
            assert str(path) in str(error) and "\n" not in str(error).strip(), error
        for doc in reading.documents:
            check_facts(doc.text, extract_document(doc))


_PATTERN_SECONDS = 3.0  # a rule's pattern on one ordinary sentence (factcheck stops a search at 1 s)
_SENTENCES = ("The quake killed 12 people on Tuesday, officials said.", "a" * 200 + "b", "a " * 100 + "!",
              "x" * 60 + "dead" + "x" * 60, "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa dead")


def check_rule_pattern(pattern: str) -> None:
    """A rule whose pattern is any regular expression loads, or is refused with one rule error naming the file; a
    pattern that loads runs on ordinary sentences in bounded time."""
    import signal
    import tempfile
    from pathlib import Path

    import yaml

    from factcheck.align import key_of
    from factcheck.errors import RuleError
    from factcheck.rules.loader import load_rule_file

    rule = {"id": "fuzz", "kind": "agree", "description": "fuzz", "severity": "warning",
            "match": {"kinds": ["count"], "pattern": pattern}}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")
        try:
            rules = load_rule_file(path)
        except RuleError as error:
            assert str(path) in str(error), error
            return

    def too_slow(signum: int, frame: object) -> None:
        raise TimeoutError(f"pattern {pattern!r} ran over {_PATTERN_SECONDS} s on one sentence")

    previous = signal.signal(signal.SIGALRM, too_slow)
    try:
        for sentence in _SENTENCES:
            signal.setitimer(signal.ITIMER_REAL, _PATTERN_SECONDS)
            try:
                key_of("count", None, None, sentence + " 12", len(sentence) + 1, len(sentence) + 3, rules)
            except RuleError as error:  # stopped by the time limit of one search: a refusal naming the rule
                assert str(path) in str(error) and "match.pattern" in str(error), error
                return
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)
