"""A key, read: the key of a fact or a finding names the rule that claims the figure, then what sets it apart from
that rule's other keys. "event-date:give-way" is the rule ``event-date`` about the word group "give way";
"magnitude@2004" the rule ``magnitude`` about a time other than the story's ("In 2004, a magnitude 9.1 quake...");
"auto:count:-:people" no rule (``auto``), a count without a unit, of people. Keys are made by factcheck.align; every
reader that needs their parts parses them here, once."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARTS = re.compile(r"[:@]")


@dataclass(frozen=True, slots=True)
class Key:
    rule: str  # a rule id, or "auto" for a figure no rule claims
    qualifiers: tuple[str, ...] = ()  # "give-way" of "event-date:give-way", "2004" of "magnitude@2004"

    @classmethod
    def parse(cls, text: str) -> Key:
        rule, *qualifiers = _PARTS.split(text)
        return cls(rule, tuple(qualifiers))
