"""``exact``: ordinals and identifiers must be equal ("the sixth trip" against "the seventh trip")."""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.rules.model import Side, Verdict

PARAMS: dict[str, tuple[type, object]] = {}
FACT_KINDS = ("ordinal", "count")


def judge(a: Side, b: Side, params: Mapping[str, object]) -> Verdict | None:
    if a.fact.value == b.fact.value or a.fact.value is None or b.fact.value is None:
        return None
    x, y = float(a.fact.value), float(b.fact.value)  # type: ignore[arg-type]
    cause = " (off by one)" if abs(x - y) == 1 else ""
    return Verdict(f"{x:g} is not {y:g}{cause}")


def agrees(a: Side, b: Side, params: Mapping[str, object]) -> bool:
    return a.fact.value is not None and a.fact.value == b.fact.value
