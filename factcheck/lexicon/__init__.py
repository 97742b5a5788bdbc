"""Word knowledge as data: the predicates and things of `predicates.yaml` and `things.yaml`, loaded and validated
once; every problem is one RuleError naming the file and key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from factcheck.errors import RuleError
from factcheck.yamltext import YamlError, load_yaml

_PREDICATE_KEYS = {"light", "classes"}
_THING_KEYS = {"classes", "sequences", "qualifiers", "owned", "inanimate"}
_CLASS_KEYS = {"members", "within"}


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: frames cache their readings per lexicon
class Lexicon:
    """``predicates``: lemma phrase -> class; ``things``: lemma -> class; ``within``: class -> the class that holds
    it; ``light``: verbs that govern no figure; ``sequences``: thing classes numbered in a sequence;
    ``qualifiers``: words that make another thing of a figure ("career points"); ``owned``: things compared only
    between figures of one named owner; ``inanimate``: things that are never people."""

    predicates: Mapping[tuple[str, ...], str]
    things: Mapping[str, str]
    within: Mapping[str, str]
    light: frozenset[str]
    sequences: frozenset[str]
    qualifiers: frozenset[str]
    owned: frozenset[str] = frozenset()
    inanimate: frozenset[str] = frozenset()  # things that are never people ("bomb", "count", "village")
    longest: int = field(default=1)
    starts: frozenset[str] = frozenset()  # the first words of the predicate phrases
    digest: str = ""  # of the word lists it was made from: a batch cache sees a pack's changed list

    def predicate(self, words: tuple[str, ...]) -> str | None:
        return self.predicates.get(words)

    def thing(self, lemma: str | None) -> str | None:
        """The class of a thing, or the lemma itself when no class names it."""
        if lemma is None:
            return None
        return self.things.get(lemma, lemma)

    def counts_people(self, subject: str) -> bool:
        """Whether a count of ``subject`` may count people: not a thing that is never people ("bombs", "counts of
        murder"), nor a member of a class outside people ("buildings", "points")."""
        if subject in self.inanimate:
            return False
        found: str | None = self.things.get(subject)
        if found is None:
            return True  # a noun the lexicon does not know: "inmates", "rioters", "schoolgirls"
        while found is not None and found != "people":
            found = self.within.get(found)
        return found == "people"

    def owned_thing(self, thing: str | None) -> bool:
        """A thing that belongs to someone ("career points" too): compared only between figures of one owner."""
        return thing is not None and (thing.split()[-1] in self.owned or self.things.get(thing.split()[-1], "")
                                      in self.owned)

    def related(self, a: str, b: str) -> bool:
        """One thing class lies within the other (homes and structures)."""
        return self.within.get(a) == b or self.within.get(b) == a


def _strings(path: Path | str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(path, "must be a list of words", key=key)
    return [v.strip().lower() for v in value]


def _read(path: Path | str, text: str) -> dict:
    try:
        data = load_yaml(text)
    except YamlError as error:
        raise RuleError(path, str(error)) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise RuleError(path, f"not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise RuleError(path, "a lexicon file is a mapping")
    return data


def _merge(sources: Iterable[tuple[str, Mapping[str, object], Mapping[str, object]]]) -> Lexicon:
    predicates: dict[tuple[str, ...], str] = {}
    things: dict[str, str] = {}
    within: dict[str, str] = {}
    light: set[str] = set()
    sequences: set[str] = set()
    qualifiers: set[str] = set()
    owned: set[str] = set()
    inanimate: set[str] = set()
    for path, verbs, nouns in sources:
        unknown = set(verbs) - _PREDICATE_KEYS
        if unknown:
            raise RuleError(path, f"unknown key '{sorted(unknown)[0]}' (known: {', '.join(sorted(_PREDICATE_KEYS))})",
                            key="predicates")
        light.update(_strings(path, "predicates.light", verbs.get("light", [])))
        classes = verbs.get("classes", {})
        if not isinstance(classes, dict):
            raise RuleError(path, "must map class names to lists of words", key="predicates.classes")
        for name, members in classes.items():
            for phrase in _strings(path, f"predicates.classes.{name}", members):
                predicates[tuple(phrase.split())] = str(name)
        unknown = set(nouns) - _THING_KEYS
        if unknown:
            raise RuleError(path, f"unknown key '{sorted(unknown)[0]}' (known: {', '.join(sorted(_THING_KEYS))})",
                            key="things")
        sequences.update(_strings(path, "things.sequences", nouns.get("sequences", [])))
        qualifiers.update(_strings(path, "things.qualifiers", nouns.get("qualifiers", [])))
        owned.update(_strings(path, "things.owned", nouns.get("owned", [])))
        inanimate.update(_strings(path, "things.inanimate", nouns.get("inanimate", [])))
        classes = nouns.get("classes", {})
        if not isinstance(classes, dict):
            raise RuleError(path, "must map class names to {members, within}", key="things.classes")
        for name, entry in classes.items():
            where = f"things.classes.{name}"
            if not isinstance(entry, dict) or set(entry) - _CLASS_KEYS or "members" not in entry:
                raise RuleError(path, "must be a mapping with 'members' (and 'within')", key=where)
            for member in _strings(path, f"{where}.members", entry["members"]):
                things[member] = str(name)
            if entry.get("within") is not None:
                within[str(name)] = str(entry["within"])
    for name, outer in within.items():
        if outer not in set(things.values()):
            raise RuleError(_paths(sources), f"class '{name}' lies within '{outer}', which no class names",
                            key=f"things.classes.{name}.within")
    return Lexicon(predicates, things, within, frozenset(light), frozenset(sequences), frozenset(qualifiers),
                   frozenset(owned), frozenset(inanimate), max((len(p) for p in predicates), default=1),
                   frozenset(p[0] for p in predicates),
                   hashlib.sha256(repr([(v, n) for _, v, n in sources]).encode()).hexdigest())


def _paths(sources: Iterable[tuple[str, Mapping[str, object], Mapping[str, object]]]) -> str:
    return ", ".join(path for path, _, _ in sources)


def _shipped() -> list[tuple[str, Mapping[str, object], Mapping[str, object]]]:
    folder = resources.files("factcheck") / "lexicon"
    verbs = _read("factcheck/lexicon/predicates.yaml", (folder / "predicates.yaml").read_text(encoding="utf-8"))
    nouns = _read("factcheck/lexicon/things.yaml", (folder / "things.yaml").read_text(encoding="utf-8"))
    return [("factcheck/lexicon", verbs, nouns)]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return _merge(_shipped())


PACK_FILE = "lexicon.yaml"  # a rule pack's own word knowledge, beside its rule files
_PACK_KEYS = {"predicates", "things"}


def load_lexicon(rule_paths: Iterable[str | Path] | None = None) -> Lexicon:
    """The shipped lexicon, extended by the ``lexicon.yaml`` of each rule pack folder given (its ``predicates``
    and ``things`` have the shape of the shipped files; a word a pack lists takes the pack's class). Validated
    here, once; a problem is a RuleError naming the pack's file."""
    sources = _shipped()
    for raw in rule_paths or ():
        path = Path(raw) / PACK_FILE
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise RuleError(path, f"cannot be read ({error.__class__.__name__})") from None
        data = _read(str(path), text)
        unknown = set(data) - _PACK_KEYS
        if unknown:
            raise RuleError(path, f"unknown key '{sorted(unknown)[0]}' (known: predicates, things)")
        verbs, nouns = data.get("predicates") or {}, data.get("things") or {}
        for key, part in (("predicates", verbs), ("things", nouns)):
            if not isinstance(part, dict):
                raise RuleError(path, "must be a mapping", key=key)
        sources.append((str(path), verbs, nouns))
    return default_lexicon() if len(sources) == 1 else _merge(sources)
