"""``record``: a team's or a fighter's win-loss record ("10-5", "52-3", "45-7-2") must be the same in stories of one
day. A record only grows: a later story may give more wins or losses (games played since), never fewer, and no
games turn "53-3" into "52-4". Where a publication date is unknown, a record that one more game or two could make
of the other is a guess, not sure."""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.rules.model import Side, Verdict

PARAMS: dict[str, tuple[type, object]] = {}
FACT_KINDS = ("record",)


def judge(a: Side, b: Side, params: Mapping[str, object]) -> Verdict | None:
    x, y = games(a.fact.value), games(b.fact.value)
    if x is None or y is None or x == y:
        return None
    written = f"{a.fact.value} is not {b.fact.value}"
    if not (_grown(x, y) or _grown(y, x)):
        return Verdict(f"{written}: no games played between them make one of the other")
    if a.published is None or b.published is None:
        return Verdict(f"{written} (a publication date is unknown, so games may have been played between them)",
                       sure=False)
    if a.published == b.published:
        return Verdict(written)
    later, earlier = (x, y) if a.published > b.published else (y, x)
    return None if _grown(later, earlier) else Verdict(f"{written}: the later story gives fewer games")


def agrees(a: Side, b: Side, params: Mapping[str, object]) -> bool:
    return a.fact.value is not None and games(a.fact.value) == games(b.fact.value)


def games(value: object) -> tuple[int, int, int] | None:
    """Wins, losses and draws of a record written "52-3" or "45-7-2"; None for anything else."""
    parts = str(value).split("-") if value is not None else []
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    wins, losses, *draws = (int(p) for p in parts)
    return wins, losses, draws[0] if draws else 0


def _grown(later: tuple[int, int, int], earlier: tuple[int, int, int]) -> bool:
    return all(x >= y for x, y in zip(later, earlier, strict=True))
