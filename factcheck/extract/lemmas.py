"""What a word is, from lemminflect's tables: its lemmas, its parts of speech, whether it is a past or present verb
form, a plural or a singular noun, a comparative adjective."""

from __future__ import annotations

import bisect
import gzip
import importlib
import importlib.util
from functools import cache, lru_cache
from pathlib import Path

from factcheck.lexicon.words import words as listed

# Plural as written, with no ending to tell it ("412 police", "300 cattle"): lemminflect gives each as its own lemma.
_UNMARKED_PLURALS = frozenset(listed("people", "collective") + listed("people", "collective_other"))
# Verbs whose past is their plain form ("put", "set", "cut", "cast"), and the forms of "be": shared by the tense, the
# noun phrase and the frames readers.
UNCHANGED_PAST = frozenset(listed("clauses", "unchanged_past"))
BE_FORMS = frozenset(listed("grammar", "be_forms"))
_NOUNS_TOO = frozenset(listed("grammar", "nouns_too"))  # "four assists": nouns the tables know only as verbs


@cache
def _table() -> tuple[list[str], list[str], dict[str, dict[str, tuple[str, ...]]]]:
    """lemminflect's lemma table (word,category,lemma/lemma lines, sorted by word) and its overrides, read as
    they are published in the package. lemminflect's own reader parses all 80,000 lines into dictionaries
    (0.15 s, a tenth of a run over 150 articles) and importing the package loads numpy for its inflection model;
    here the lines are only split, found by bisection and parsed when a word is looked up."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("lemminflect is not installed")
    resources = Path(next(iter(spec.submodule_search_locations))) / "resources"
    with gzip.open(resources / "lemma_lu.csv.gz", "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    keys = [line[: line.index(",")] for line in lines]
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (resources / "lemma_overrides.csv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, upos, lemma = line.strip().split(",")
            overrides.setdefault(word, {})[upos] = (lemma.lower(),)
    return keys, lines, overrides


@lru_cache(maxsize=65536)
def _known(lower: str) -> dict[str, tuple[str, ...]]:
    """Part of speech -> lemmas of a lower-case word in the table, as lemminflect.getAllLemmas gives them."""
    keys, lines, overrides = _table()
    found: dict[str, tuple[str, ...]] = {}
    at = bisect.bisect_left(keys, lower)
    while at < len(keys) and keys[at] == lower:
        _, category, forms = lines[at].split(",")
        found["AUX" if category == "modal" else category.upper()] = tuple(forms.lower().split("/"))
        at += 1
    found.update(overrides.get(lower, {}))
    return found


def _lemma(lower: str, upos: str) -> tuple[str, ...]:
    """lemminflect.getLemma for a lower-case word: the table's lemmas, else its model's guess."""
    if upos in (known := _known(lower)):
        return known[upos]
    # Only words outside the table need lemminflect's model (and numpy), so the package is imported here.
    lemminflect = importlib.import_module("lemminflect")
    return next(iter(lemminflect.getAllLemmasOOV(lower, upos).values()), ())


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma of ``word`` (any part of speech), lower-cased, the word itself included."""
    lower = word.lower().replace("’", "'")
    found = {lower}
    for forms in _known(lower).values():
        found.update(forms)
    return frozenset(found)


@lru_cache(maxsize=65536)
def part_of_speech(word: str) -> frozenset[str]:
    """The parts of speech a word can be ("NOUN", "VERB", "ADJ", ...): "games" is a noun or a verb."""
    if word.lower() in _NOUNS_TOO:
        return frozenset({"NOUN", "VERB"})
    known = frozenset(_known(word.lower()))
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
    for lemma in _known(lower).get("VERB", ()):
        if lower == lemma or lower.endswith("ing"):
            return None
        if lower in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
            return "present"
        return "past"
    return None


def plural_noun(word: str) -> bool:
    """A noun in a plural form ("games", "vehicles")."""
    return "NOUN" in part_of_speech(word) and noun_lemma(word) != word


def unmarked_plural(word: str) -> bool:
    """A plural noun whose form does not tell it: "people", "police", "staff", "cattle"."""
    return word in _UNMARKED_PLURALS


def singular_noun(word: str) -> bool:
    """A noun in its singular form ("page", "cylinder"), not an adjective only, not a plural."""
    return "NOUN" in part_of_speech(word) and noun_lemma(word) == word and not unmarked_plural(word)


@lru_cache(maxsize=65536)
def comparative(word: str) -> bool:
    """"cheaper", "bigger", "older": a comparative adjective, which a figure measures but never counts."""
    pos = part_of_speech(word)
    if "NOUN" in pos or "ADJ" not in pos or not word.endswith("er"):
        return False
    return _lemma(word.lower(), "ADJ")[0] != word.lower()


@lru_cache(maxsize=65536)
def adjective_lemma(word: str) -> str:
    """"smaller" -> "small"; nouns used as modifiers keep their form."""
    if "ADJ" not in part_of_speech(word) or "NOUN" in part_of_speech(word):
        return word
    lemma = _lemma(word.lower(), "ADJ")
    return lemma[0] if lemma else word


@lru_cache(maxsize=65536)
def noun_lemma(word: str, proper: bool = False) -> str:
    """Singular, lower case: "containers" -> "container", "Americans" -> "american"; unknown names keep their
    form ("Hamas" is not the plural of "Hama")."""
    lower = word.lower()
    known = bool(_known(lower))
    if proper and not known:
        return lower[:-1] if lower.endswith("ans") else lower  # demonyms: "Americans" -> "american"
    lemma = _lemma(lower, "NOUN")
    return lemma[0].lower() if lemma else lower


@lru_cache(maxsize=65536)
def unknown_word(word: str) -> bool:
    """A word no English table knows, nor its singular: most often a name ("Hansbrough", "Klitschko", "Williams"),
    not a plural outside the tables ("survivors", "insurgents")."""
    lower = word.lower()
    return lower.isalpha() and not _known(lower) and not (lower.endswith("s") and _known(lower[:-1]))


# Endings that make a noun of a verb, and what the verb ends in instead: "deliberation" -> "deliberate",
# "consultation" -> "consult", "examination" -> "examine", "discussion" -> "discuss", "treatment" -> "treat",
# "closure" -> "close", "arrival" -> "arrive", "resistance" -> "resist".
_NOMINAL_ENDINGS = (("ation", ("ate", "", "e")), ("ition", ("", "e")), ("ution", ("ute", "e")), ("ion", ("", "e")),
                    ("ment", ("",)), ("ure", ("e",)), ("al", ("e", "")), ("ance", ("", "e")), ("ence", ("", "e")))


@lru_cache(maxsize=4096)
def verb_of_noun(word: str) -> str | None:
    """The verb a noun of an action is made from, as lemminflect's tables know it: "deliberation" -> "deliberate",
    "negotiations" -> "negotiate", "fighting" -> "fight", "questioning" -> "question"; None for a noun that is
    no verb's ("surgery", "war") or is the verb itself ("rain", "play")."""
    lower = word.lower()
    nouns = _known(lower).get("NOUN", ()) or (lower,)
    for noun in nouns:
        if noun.endswith("ing") and (verbs := [v for v in _known(noun).get("VERB", ()) if v != noun]):
            return verbs[0]  # a gerund: "fighting"
        for ending, replacements in _NOMINAL_ENDINGS:
            if noun.endswith(ending) and len(noun) > len(ending) + 2:
                stem = noun[: -len(ending)]
                verb = next((stem + r for r in replacements if stem + r in _known(stem + r).get("VERB", ())), None)
                if verb is not None:
                    return verb
    return None
