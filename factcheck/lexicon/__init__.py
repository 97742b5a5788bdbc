"""Word knowledge as data: the predicates, things and source names of `predicates.yaml`, `things.yaml` and
`sources.yaml`, loaded and validated once; every problem is one RuleError naming the file and key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
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
_SOURCE_KEYS = {"aliases"}
_NAME_EDGES = " \t.,;:'\"’()"


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: frames cache their readings per lexicon
class Lexicon:
    """``predicates``: lemma phrase -> class; ``things``: lemma -> class; ``within``: class -> the class that holds
    it; ``light``: verbs that govern no figure; ``sequences``: thing classes numbered in a sequence;
    ``qualifiers``: words that make another thing of a figure ("career points"); ``owned``: things compared only
    between figures of one named owner; ``inanimate``: things that are never people; ``aliases``: a source's
    spellings -> the one name it is known by."""

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
    aliases: Mapping[str, str] = field(default_factory=dict)  # a source's spelling -> the name shown ("un" -> ...)

    def source(self, name: str) -> str:
        """One name for one source whatever its spelling: "the UN.", "U.N." and "United Nations" are
        "united nations"; a name the table does not list is itself, folded the same way."""
        folded = _fold(name)
        return self.aliases.get(folded, folded)

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


def _fold(name: str) -> str:
    """A name without case, a leading "the" or punctuation around it ("the UN." -> "un")."""
    folded = " ".join(name.lower().split()).strip(_NAME_EDGES)
    return folded.removeprefix("the ").strip(_NAME_EDGES)


def _aliases(path: Path | str, part: Mapping[str, object], into: dict[str, str]) -> None:
    """``aliases``: the name shown -> its other spellings. A spelling listed under two names is an error: which
    source it names would depend on the order the files were read in."""
    unknown = set(part) - _SOURCE_KEYS
    if unknown:
        raise RuleError(path, f"unknown key '{sorted(unknown)[0]}' (known: aliases)", key="sources")
    table = part.get("aliases", {})
    if not isinstance(table, dict):
        raise RuleError(path, "must map a source's name to a list of its other spellings", key="sources.aliases")
    own: dict[str, str] = {}
    for name, spellings in table.items():
        shown = _fold(str(name))
        for spelling in (shown, *map(_fold, _strings(path, f"sources.aliases.{name}", spellings))):
            if own.get(spelling, shown) != shown:
                raise RuleError(path, f"'{spelling}' is listed under both '{own[spelling]}' and '{shown}'",
                                key="sources.aliases")
            own[spelling] = shown
    into.update(own)  # a pack's table after the shipped one: its spelling takes the pack's name


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


_Source = tuple[str, Mapping[str, object], Mapping[str, object], Mapping[str, object]]  # path, verbs, nouns, names


def _merge(sources: Sequence[_Source]) -> Lexicon:
    predicates: dict[tuple[str, ...], str] = {}
    things: dict[str, str] = {}
    within: dict[str, str] = {}
    light: set[str] = set()
    sequences: set[str] = set()
    qualifiers: set[str] = set()
    owned: set[str] = set()
    inanimate: set[str] = set()
    aliases: dict[str, str] = {}
    for path, verbs, nouns, names in sources:
        _aliases(path, names, aliases)
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
                   hashlib.sha256(repr([(v, n, s) for _, v, n, s in sources]).encode()).hexdigest(), aliases)


def _paths(sources: Sequence[_Source]) -> str:
    return ", ".join(path for path, *_ in sources)


def _shipped() -> list[_Source]:
    folder = resources.files("factcheck") / "lexicon"
    verbs, nouns, names = (_read(f"factcheck/lexicon/{name}", (folder / name).read_text(encoding="utf-8"))
                           for name in ("predicates.yaml", "things.yaml", "sources.yaml"))
    return [("factcheck/lexicon", verbs, nouns, names)]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return _merge(_shipped())


PACK_FILE = "lexicon.yaml"  # a rule pack's own word knowledge, beside its rule files
_PACK_KEYS = {"predicates", "things", "sources"}


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
            raise RuleError(path, f"unknown key '{sorted(unknown)[0]}' (known: predicates, sources, things)")
        verbs, nouns, names = data.get("predicates") or {}, data.get("things") or {}, data.get("sources") or {}
        for key, part in (("predicates", verbs), ("things", nouns), ("sources", names)):
            if not isinstance(part, dict):
                raise RuleError(path, "must be a mapping", key=key)
        sources.append((str(path), verbs, nouns, names))
    return default_lexicon() if len(sources) == 1 else _merge(sources)
