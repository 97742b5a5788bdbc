"""Aligned facts -> findings. For every key, every pair of facts from different documents is judged by the
rule kind that owns the key; a pair that cannot both hold becomes a finding. No I/O, no formatting."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from types import MappingProxyType, ModuleType

import pandas as pd

from factcheck.align import AUTO
from factcheck.documents import Document
from factcheck.facts import frame_facts
from factcheck.findings import Finding
from factcheck.rules.kinds import KINDS
from factcheck.rules.loader import DEFAULT_MESSAGE
from factcheck.rules.model import Rule, Side

# Keys no rule claims are compared by the natural kind for the fact, never above info.
_AUTO_KIND = {"ordinal": "exact", "date": "same-date"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def compare(facts: pd.DataFrame, documents: Sequence[Document], rules: Sequence[Rule]) -> tuple[Finding, ...]:
    by_doc = {d.id: d for d in documents}
    by_rule = {r.id: r for r in rules}
    keyed = facts[facts["key"].notna()]
    drafts: list[tuple[str, str, str, str, tuple[str, ...], str]] = []
    for key, group in keyed.groupby("key", sort=True):
        members = frame_facts(group)
        rule = by_rule.get(str(key).split(":")[0])
        kind = KINDS[rule.kind] if rule else KINDS[_AUTO_KIND.get(members[0].kind, "agree")]
        params = rule.params if rule else _defaults(kind)
        reported: set[tuple[str, str]] = set()
        for a, b in itertools.combinations(members, 2):
            pair = (a.doc, b.doc)
            if a.doc == b.doc or pair in reported or _family(a.kind) != _family(b.kind):
                continue
            side_a, side_b = _side(a, by_doc), _side(b, by_doc)
            verdict = kind.judge(side_a, side_b, params)
            if verdict is None:
                continue
            reported.add(pair)
            severity = rule.severity if rule else "info"
            if not verdict.sure and severity == "error":
                severity = "warning"
            why = verdict.why
            drafts.append(
                (
                    rule.id if rule else "auto",
                    str(key),
                    severity,
                    _message(rule, str(key), side_a, side_b, why),
                    (a.id, b.id),
                    why,
                )
            )
    drafts.sort(key=lambda d: (SEVERITY_ORDER[d[2]], d[1], d[4]))
    return tuple(Finding(f"F{i}", *draft) for i, draft in enumerate(drafts, start=1))


def _family(kind: str) -> str:
    """Dates and times name moments and compare with each other ("Monday night" and "April 14")."""
    return "moment" if kind in ("date", "time") else kind


def _defaults(kind: ModuleType) -> Mapping[str, object]:
    return MappingProxyType({name: default for name, (_, default) in kind.PARAMS.items()})


def _side(fact: object, by_doc: Mapping[str, Document]) -> Side:
    document = by_doc[fact.doc]  # type: ignore[attr-defined]
    return Side(fact, document.source or document.id, document.published)  # type: ignore[arg-type]


def _message(rule: Rule | None, key: str, a: Side, b: Side, why: str) -> str:
    description = rule.description if rule else f"possibly the same figure ({key.removeprefix(AUTO)})"
    fields = {
        "a": a.fact.surface,
        "b": b.fact.surface,
        "a_source": a.source,
        "b_source": b.source,
        "a_date": str(a.published or "date unknown"),
        "b_date": str(b.published or "date unknown"),
        "a_interval": a.interval.text(),
        "b_interval": b.interval.text(),
        "why": why,
        "rule": rule.id if rule else "auto",
        "key": key,
        "description": description,
    }
    return ((rule.message if rule else None) or DEFAULT_MESSAGE).format_map(fields)
