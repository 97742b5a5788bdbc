"""YAML as factcheck reads it (front matter, manifests, rule packs, word lists, accepted disagreements): PyYAML's safe
loader (libyaml's parser where PyYAML has it, the pure-Python one to word a problem), with three guards. Aliases
are refused: a few hundred bytes of nested aliases ("billion laughs") expand to gigabytes. A date the calendar does
not have (2023-02-29, 0000-00-00) is a problem of the file, not a crash. Text larger than ``MAX_CHARACTERS`` or
nested deeper than Python can walk is refused. Each such problem is one YamlError whose message says what is wrong
and where; the caller names the file. A syntax error stays PyYAML's YAMLError, with its mark, which each caller
words in its own way."""

from __future__ import annotations

import pickle
from functools import lru_cache

import yaml
from yaml.constructor import SafeConstructor

MAX_CHARACTERS = 1_000_000  # a rule pack or a front matter; far more is no hand-written YAML


class YamlError(ValueError):
    """What is wrong with a YAML text, in a few words ("not valid YAML at line 3")."""


class _Loader(yaml.SafeLoader):
    first_line = 1  # the line of the file the text starts on (front matter starts on line 2)

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlError(f"uses an alias (*{event.anchor}) at line {event.start_mark.line + self.first_line}; "
                            "write the value out instead")
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


def _timestamp(loader: _Loader, node: yaml.ScalarNode) -> object:
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        raise YamlError(f"'{node.value}' at line {node.start_mark.line + loader.first_line} is not a date the "
                        "calendar has") from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(text: str, first_line: int = 1) -> object:
    """The data of a YAML text; a YamlError for the guards above, PyYAML's YAMLError for a syntax error. A text read
    before gives a fresh copy of what it gave then: PyYAML's parser is pure Python, and every check reads the
    default rule pack and word lists again (most of a small check's time)."""
    if len(text) > MAX_CHARACTERS:
        raise YamlError(f"is {len(text):,} characters long, more than the {MAX_CHARACTERS:,} a YAML text may have")
    if len(text) > _REMEMBERED_CHARACTERS:
        return _parse(text, first_line)
    return pickle.loads(_parsed(text, first_line))


_REMEMBERED_CHARACTERS = 100_000  # texts up to this size are remembered (a rule file, a front matter)


@lru_cache(maxsize=256)
def _parsed(text: str, first_line: int) -> bytes:
    """A text's data, pickled, so that each caller gets a copy of its own to change. A text that fails is not
    remembered (lru_cache keeps no exception): it meets the guards again each time."""
    return pickle.dumps(_parse(text, first_line), pickle.HIGHEST_PROTOCOL)


class _FastLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """libyaml's parser: the word lists and the rule pack every run reads in a tenth of the time the pure-Python
    parser takes (a quarter of a small check's start). It cannot refuse an alias as it meets one; ``_aliased``
    finds one in the tree it composed, which shares the node (composing expands nothing)."""

    first_line = 1


_FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _aliased(root: yaml.Node) -> bool:
    """A node reached twice: an alias (``*name``) of an anchored node."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return False


def _parse(text: str, first_line: int) -> object:
    loader = _FastLoader(text)
    try:
        root = loader.get_single_node()
        if root is None or "*" not in text or not _aliased(root):  # an alias is written with its "*"
            return None if root is None else loader.construct_document(root)
    except (yaml.YAMLError, YamlError, RecursionError):
        pass  # the guarded parser below words the problem, with its line
    finally:
        loader.dispose()
    loader = _Loader(text)
    loader.first_line = first_line
    try:
        return loader.get_single_data()
    except RecursionError:
        raise YamlError("is nested too deeply to read") from None
    finally:
        loader.dispose()
