"""The Finding record: one disagreement between sources about one figure, with the rule that says so. Its facts
fall into ``sides``: the mentions on one side can all hold together, mentions on two sides cannot."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    rule: str
    key: str
    severity: str  # error | warning | info
    message: str
    facts: tuple[str, ...]
    explanation: str  # why the facts cannot all hold, in an editor's words
    accepted: str | None = None  # an editor's note when the disagreement is known and accepted
    sides: tuple[tuple[str, ...], ...] = ()  # fact ids, one tuple per side, the side that stands alone first
