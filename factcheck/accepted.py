"""Accepted disagreements: a YAML file where an editor marks a known disagreement with a note, e.g.

    accepted:
      - key: sheltering                  # the finding's key (or a rule id: every key of that rule)
        documents: [001_d83e9b355770aa0a] # optional: only findings that involve these documents
        surface: millions                # optional: only findings quoting this figure
        note: "The Hill's 'millions' is loose wording; AP's figure stands."

A matching finding keeps its severity but is reported as accepted, with the note, and no longer fails a run.
Validated when loaded, like rule files: an unknown key or a wrong type stops the run with exit 3."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.errors import RuleError
from factcheck.keys import Key
from factcheck.yamltext import YamlError, load_yaml

_KEYS = {"key", "documents", "surface", "note"}


@dataclass(frozen=True, slots=True)
class Acceptance:
    key: str
    note: str
    documents: tuple[str, ...] = ()
    surface: str | None = None

    def covers(self, key: str, documents: set[str], surfaces: set[str]) -> bool:
        if key != self.key and Key.parse(key).rule != self.key:
            return False
        if self.documents and not set(self.documents) & documents:
            return False
        return self.surface is None or self.surface in surfaces


def load_accepted(path: str | Path) -> tuple[Acceptance, ...]:
    source = Path(path)
    try:
        data = load_yaml(source.read_text(encoding="utf-8"))
    except YamlError as error:
        raise RuleError(source, str(error)) from None
    except OSError as error:
        raise RuleError(source, f"cannot be read ({error.strerror or error})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise RuleError(source, "not valid YAML" + (f" at line {mark.line + 1}" if mark else "")) from None
    if not isinstance(data, dict) or set(data) != {"accepted"} or not isinstance(data["accepted"], list):
        raise RuleError(source, "must be a mapping with one key, 'accepted', holding a list")
    found: list[Acceptance] = []
    for number, entry in enumerate(data["accepted"], start=1):
        where = f"accepted[{number}]"
        if not isinstance(entry, dict):
            raise RuleError(source, f"{where} must be a mapping")
        for key in entry:
            if key not in _KEYS:
                raise RuleError(source, f"{where}: unknown key (accepted: {', '.join(sorted(_KEYS))})", key=str(key))
        if not isinstance(entry.get("key"), str) or not isinstance(entry.get("note"), str) or not entry["note"].strip():
            raise RuleError(source, f"{where} needs a 'key' and a 'note', both text")
        documents = entry.get("documents", [])
        if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
            raise RuleError(source, f"{where}: must be a list of document ids", key="documents")
        surface = entry.get("surface")
        if surface is not None and not isinstance(surface, str):
            raise RuleError(source, f"{where}: must be text", key="surface")
        found.append(Acceptance(entry["key"], entry["note"].strip(), tuple(documents), surface))
    return tuple(found)
