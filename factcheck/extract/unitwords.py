"""Units after a number, looked up in quantulum3's catalogue of unit names, surfaces and symbols (its best
part), without running its parser: "5kW", "10 km/h", "35 degrees Celsius", "40,000 acres", "9 billion shekels"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factcheck.lexicon.words import table, words

# Words that are units in the catalogue but mostly plain English in news ("5in", "3m", "2h" only when written against
# the number), the plain reading of a word the catalogue reads several ways, and the surfaces news uses that the
# catalogue lacks: data, in lexicon/measures.yaml.
_AMBIGUOUS = frozenset(words("measures", "ambiguous"))
_DIMENSIONS = frozenset(words("measures", "dimension_adjectives"))
_TOKEN = re.compile(r"[^\s,;:()\[\]]+")
_PLAIN_PREFERENCE: dict[str, str] = dict(table("measures", "plain"))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class UnitWord:
    end: int  # where the unit's text ends in the sentence
    name: str  # quantulum3's unit name ("kilometre per hour")
    entity: str  # quantulum3's entity ("speed", "currency", "dimensionless")


# quantulum3's SI prefixes (its quantulum3.load.METRIC_PREFIXES), kept here so that reading the catalogue does
# not import quantulum3's loader, whose pluralisation pulls in `inflect` and costs two seconds at start-up.
_PREFIXES = {"Y": "yotta", "Z": "zetta", "E": "exa", "P": "peta", "T": "tera", "G": "giga", "M": "mega", "k": "kilo",
             "h": "hecto", "da": "deca", "d": "deci", "c": "centi", "m": "milli", "µ": "micro", "n": "nano",
             "p": "pico", "f": "femto", "a": "atto", "z": "zepto", "y": "yocto"}  # fmt: skip


@cache
def _catalogue() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], int]:
    """quantulum3's unit catalogue (its units.json), read directly: surface -> (name, entity) in lower case,
    plurals included, and symbol -> (name, entity), case kept; prefixed units derived as quantulum3 does."""
    package = resources.files("quantulum3")
    raw: dict[str, dict] = {}
    for path in (package / "units.json", package / "_lang" / "en_US" / "units.json"):
        for name, unit in json.loads(path.read_text(encoding="utf-8")).items():
            for prefixed_name, prefixed in _with_prefixes(name, unit):
                raw.setdefault(prefixed_name, {}).update(prefixed)
    surface_choices: dict[str, dict[str, str]] = {}
    symbol_choices: dict[str, dict[str, str]] = {}
    for name, unit in raw.items():
        entity = unit.get("entity", "dimensionless")
        for surface in unit.get("surfaces", []):
            for form in (surface, *_plurals(surface)):
                surface_choices.setdefault(form.lower(), {})[name] = entity
        for symbol in unit.get("symbols", []):
            symbol_choices.setdefault(symbol, {})[name] = entity
    surfaces: dict[str, tuple[str, str]] = {}
    for surface, choices in surface_choices.items():
        preferred = _PLAIN_PREFERENCE.get(surface)
        name = preferred if preferred in choices else sorted(choices)[0]
        surfaces[surface] = (name, choices[name])
    symbols: dict[str, tuple[str, str]] = {}
    for symbol, choices in symbol_choices.items():
        name = min(choices, key=lambda n: (len(n), n))  # the plainest reading: "kt" is a knot before a kiloton
        symbols[symbol] = (name, choices[name])
    longest = max(len(s.split()) for s in surfaces)
    return surfaces, symbols, min(longest, 4)


def _with_prefixes(name: str, unit: dict) -> list[tuple[str, dict]]:
    found = [(name, unit)]
    for prefix in unit.get("prefixes", []):
        if prefix in _PREFIXES:
            word = _PREFIXES[prefix]
            found.append((word + name, {"surfaces": [word + s for s in unit.get("surfaces", [])],
                                        "entity": unit["entity"], "symbols": [prefix + s for s in unit["symbols"]]}))
    return found


def _plurals(surface: str) -> tuple[str, ...]:
    """"mile per hour" -> "miles per hour", "degree Celsius" -> "degrees Celsius", "square foot" -> "square feet"."""
    words = surface.split(" ")
    head = words.index("per") - 1 if "per" in words else len(words) - 1
    forms = {_plural_word(words, head)}
    if len(words) > 1:
        forms.add(_plural_word(words, 0))
    return tuple(forms)


def _plural_word(words: list[str], index: int) -> str:
    word = words[index]
    plural = _noun_plural(word) if word.isalpha() else word + "s"
    return " ".join([*words[:index], plural, *words[index + 1 :]])


def _noun_plural(word: str) -> str:
    """English plurals of unit words ("inch" -> "inches", "century" -> "centuries", "foot" -> "feet")."""
    if word == "foot":
        return "feet"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_SUPPLEMENT: dict[str, tuple[str, str]] = dict(table("measures", "supplement"))  # type: ignore[arg-type]


# Capitalised abbreviations that name other things than the unit their letters spell.
_ACRONYMS = frozenset(words("measures", "acronyms"))


_Catalogue = dict[str, tuple[str, str]]


def _ratio(raw: str, surfaces: _Catalogue, symbols: _Catalogue) -> tuple[str, str] | None:
    top, _, bottom = raw.partition("/")
    numerator = symbols.get(top) or surfaces.get(top.lower()) or _SUPPLEMENT.get(top.lower())
    denominator = symbols.get(bottom) or surfaces.get(bottom.lower()) or _SUPPLEMENT.get(bottom.lower())
    if numerator is None or denominator is None:
        return None
    return f"{numerator[0]} per {denominator[0]}", f"{numerator[1]} per {denominator[1]}"


@cache
def _lower_symbols() -> dict[str, tuple[str, str]]:
    symbols = _catalogue()[1]
    lowered: dict[str, tuple[str, str]] = {}
    for symbol, found in symbols.items():
        if len(symbol) >= 2 and symbol.lower() not in _AMBIGUOUS:
            lowered.setdefault(symbol.lower(), found)
    return lowered


def _symbols_lower(_: object) -> dict[str, tuple[str, str]]:
    return _lower_symbols()


def unit_after(text: str, position: int) -> UnitWord | None:
    """The longest unit written right after ``text[:position]`` (after one space or a hyphen at most)."""
    surfaces, symbols, longest = _catalogue()
    attached = (position < len(text) and text[position].isalpha()) or text[position:position + 1] in "°%$€£\"'″”"
    start = position
    if not attached:
        if text[position:position + 1] not in (" ", "-", "\u00a0"):
            return None
        start = position + 1
    tokens = [m for m in _TOKEN.finditer(text, start, min(len(text), start + 60))]
    if not tokens or tokens[0].start() != start:
        return None
    for count in range(min(longest, len(tokens)), 0, -1):
        last = tokens[count - 1]
        if any(tokens[i + 1].start() - tokens[i].end() != 1 for i in range(count - 1)):
            continue
        raw = text[start:last.end()].rstrip(".-")
        if count == 1 and raw.rpartition("-")[2].lower() in _DIMENSIONS:
            raw = raw.rpartition("-")[0]  # "1.2-mile-wide": the unit before the dimension
        end = start + len(raw)
        found = _SUPPLEMENT.get(raw.lower()) or symbols.get(raw) or surfaces.get(raw.lower())
        if found is None and count == 1 and (attached or len(raw) >= 3 or (
                raw.isupper() and raw not in _ACRONYMS)):
            found = _symbols_lower(symbols).get(raw.lower())  # "2.4Ghz", "49.55 HZ", "784 HP"
        if found is None and count == 1 and "/" in raw:
            found = _ratio(raw, surfaces, symbols)  # "10 kV/cm", "1.3 A/cm2"
        if found is None and len(raw) > 4 and raw.lower().endswith("s"):
            found = surfaces.get(raw.lower()[:-1])  # "gigapascals"
        if found is None:
            continue
        if (raw.lower() in _AMBIGUOUS or (len(raw) == 1 and raw.isalpha())) and not attached:
            continue
        return UnitWord(end, *found)
    return None
