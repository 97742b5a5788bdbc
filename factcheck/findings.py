"""The Finding record: a minimal set of facts that cannot all be true, with the rule that says so."""

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
