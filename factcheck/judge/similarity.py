"""How alike the words around two figures are: the lexical evidence that two sources speak about one thing.

Each fact gets a bag of the lemmas of the content words within twelve words of it (nearer words heavier), with
its frame (thing, predicate, owner) and its rule's key as features of their own. Words are weighted by how rare
they are among the documents (counted over the figures of one type): the words of the event every story tells
("quake", "Papua") say little about which figure is which; "depth", "wives", "Blackmore" say much. Two bags are
compared by cosine. Cross-document coreference research finds this lemma-overlap baseline hard to beat on ECB+."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from factcheck.align import AUTO
from factcheck.extract.lemmas import lemmas
from factcheck.extract.tokens import STOPWORDS, sentence_tokens
from factcheck.facts import Fact
from factcheck.lexicon import Lexicon

_WINDOW = 12  # words on either side of the figure
_FRAME_WEIGHT = 2.5  # a frame feature weighs as much as this many rare words
# Words that tell nothing about which figure is meant: attribution, hedges, time words.
_EMPTY = frozenset("""
say says said tell told report reported according news agency official officials people percent per cent
about around nearly almost some least more than over up only just estimated roughly approximately
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week month year day time
january february march april may june july august september october november december mr mrs ms also
""".split())

Bag = Mapping[str, float]


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    """One lemma per word, the shortest (a stable choice): "killed" -> "kill", "wives" -> "wife"."""
    found = lemmas(word)
    return min(found, key=lambda w: (len(w), w)) if found else word.lower()


def raw_bag(fact: Fact) -> dict[str, float]:
    """The content words around the fact, each weighted by its nearness (before the cluster's rarity weights)."""
    words = sentence_tokens(fact.sentence)
    start, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    inside = [i for i, t in enumerate(words) if t.start < end and start < t.end]
    first = inside[0] if inside else next((i for i, t in enumerate(words) if t.start >= end), len(words))
    last = inside[-1] if inside else first - 1
    bag: dict[str, float] = {}
    for i in range(max(0, first - _WINDOW), min(len(words), last + _WINDOW + 1)):
        if first <= i <= last:
            continue
        text = words[i].text
        lower = text.lower()
        if lower in STOPWORDS or lower in _EMPTY or not text[0].isalpha() or len(lower) < 3:
            continue
        distance = first - i if i < first else i - last
        weight = 1.0 / (1.0 + distance / 4.0)
        lemma = _lemma(lower)
        if lemma in _EMPTY:
            continue
        bag[lemma] = max(bag.get(lemma, 0.0), weight)
    return bag


def frame_features(fact: Fact, lexicon: Lexicon | None = None) -> dict[str, float]:
    features = {}
    if fact.thing:
        features[f"thing:{fact.thing}"] = _FRAME_WEIGHT
        outer = lexicon.within.get(fact.thing) if lexicon else None
        if outer:
            features[f"thing:{outer}"] = _FRAME_WEIGHT / 2  # students are people too
    if fact.predicate and not fact.predicate.startswith("~"):
        features[f"predicate:{fact.predicate}"] = _FRAME_WEIGHT / 2
    if fact.key and not fact.key.startswith(AUTO):
        features[f"key:{fact.key.split('@')[0]}"] = _FRAME_WEIGHT  # one rule's words stand near both
    if fact.owner:
        features[f"owner:{fact.owner}"] = _FRAME_WEIGHT
    return features


def rarity(bags: Mapping[str, Iterable[Mapping[str, float]]]) -> dict[str, float]:
    """Inverse document frequency of each word over the cluster (document id -> the bags of its facts)."""
    seen: Counter[str] = Counter()
    for doc_bags in bags.values():
        words: set[str] = set()
        for bag in doc_bags:
            words.update(bag)
        seen.update(words)
    documents = max(len(bags), 1)
    return {word: math.log(1.0 + documents / count) for word, count in seen.items()}


def weighted(bag: Mapping[str, float], idf: Mapping[str, float], fact: Fact,
             lexicon: Lexicon | None = None) -> dict[str, float]:
    out = {word: weight * idf.get(word, 1.0) for word, weight in bag.items()}
    out.update(frame_features(fact, lexicon))
    return out


def cosine(a: Bag, b: Bag) -> float:
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(weight * large.get(word, 0.0) for word, weight in small.items())
    if dot == 0.0:
        return 0.0
    return dot / (math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values())))


def bags_of(facts: Sequence[Fact], lexicon: Lexicon | None = None) -> dict[str, dict[str, float]]:
    """Every fact's weighted bag (fact id -> bag), with the rarity weights of these facts' documents."""
    raw = {f.id: raw_bag(f) for f in facts}
    by_doc: dict[str, list[Mapping[str, float]]] = {}
    for fact in facts:
        by_doc.setdefault(fact.doc, []).append(raw[fact.id])
    idf = rarity(by_doc)
    return {f.id: weighted(raw[f.id], idf, f, lexicon) for f in facts}
