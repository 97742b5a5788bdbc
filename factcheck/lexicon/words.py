"""The word lists extraction reads with, as data: one YAML file per subject in this folder (``calendar.yaml``,
``hedges.yaml``, ...), each a mapping of list names to a list of words or phrases, or to a table (a word ->
a value, or a word -> its other spellings). Each file is read and validated once, the first time a list of it
is asked for; a problem is a RuleError naming the file and the list. Regular expressions are built from the
lists by ``alternation``, so a word is added in one place and every pattern that needs it sees it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources

import yaml

from factcheck.errors import RuleError
from factcheck.yamltext import YamlError, load_yaml

_Scalar = str | int | float


@cache
def _file(name: str) -> Mapping[str, object]:
    where = f"factcheck/lexicon/{name}.yaml"
    try:
        text = (resources.files("factcheck") / "lexicon" / f"{name}.yaml").read_text(encoding="utf-8")
        data = load_yaml(text)
    except (OSError, YamlError, yaml.YAMLError) as error:
        raise RuleError(where, f"cannot be read ({error})") from None
    if not isinstance(data, dict) or not data:
        raise RuleError(where, "a word-list file is a mapping of list names to lists or tables")
    for key, value in data.items():
        _check(where, str(key), value)
    return data


def _check(where: str, key: str, value: object) -> None:
    if isinstance(value, list):
        if any(isinstance(v, bool) for v in value):
            raise RuleError(where, "holds true or false: quote words YAML reads as such ('on', 'no', 'yes', 'off')",
                            key=key)
        if not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise RuleError(where, "must be a non-empty list of words", key=key)
        if len(set(value)) != len(value):
            twice = next(v for v in value if value.count(v) > 1)
            raise RuleError(where, f"lists '{twice}' twice", key=key)
        return
    if isinstance(value, dict) and value:
        for word, entry in value.items():
            if not isinstance(word, str) or not word.strip():
                raise RuleError(where, f"has a key that is not a word: {word!r}", key=key)
            if isinstance(entry, list):
                if not all(isinstance(v, str) and v.strip() for v in entry):
                    raise RuleError(where, "must list words only", key=f"{key}.{word}")
            elif not isinstance(entry, (str, int, float)) or isinstance(entry, bool):
                raise RuleError(where, "must be a word, a number or a list of words", key=f"{key}.{word}")
        return
    raise RuleError(where, "must be a non-empty list of words or a table", key=key)


def words(file: str, name: str) -> tuple[str, ...]:
    """A list of words or phrases, in the order the file gives them."""
    value = _file(file).get(name)
    if not isinstance(value, list):
        raise RuleError(f"factcheck/lexicon/{file}.yaml", "no such list", key=name)
    return tuple(value)


def table(file: str, name: str) -> Mapping[str, _Scalar | tuple[str, ...]]:
    """A table: each word with its value (a number, a word) or its other spellings (a tuple)."""
    value = _file(file).get(name)
    if not isinstance(value, dict):
        raise RuleError(f"factcheck/lexicon/{file}.yaml", "no such table", key=name)
    return {word: tuple(entry) if isinstance(entry, list) else entry for word, entry in value.items()}


def spellings(file: str, name: str) -> tuple[str, ...]:
    """Every word of a table of spellings: each key and each of its other spellings."""
    found: list[str] = []
    for word, entry in table(file, name).items():
        found.append(word)
        found.extend(entry if isinstance(entry, tuple) else ())
    return tuple(found)


def alternation(phrases: Iterable[str], *, plural: bool = False) -> str:
    """A non-capturing group matching any of ``phrases``: escaped, longest first (so "more than" is tried before
    "more"), a space matching any run of white space. ``plural``: each may take an "s"."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in unique)
    return f"(?:{body})" + ("s?" if plural else "")
