"""Interval arithmetic shared by the rule kinds: overlap with open and closed ends, and how editors read
an interval ("more than 31,000", "[31,000, 32,000)"); the significant digits of a figure, by which a slipped point
is told ("23" and "230")."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.units import SECONDS

if TYPE_CHECKING:
    from factcheck.facts import Fact


@dataclass(frozen=True, slots=True)
class Interval:
    low: float  # -inf when unbounded
    high: float  # +inf when unbounded
    low_closed: bool
    high_closed: bool

    @classmethod
    def of(cls, low: float | None, high: float | None, closed: str | None) -> Interval:
        closed = closed or "both"
        return cls(
            -math.inf if low is None or _nan(low) else float(low),
            math.inf if high is None or _nan(high) else float(high),
            closed in ("both", "left"),
            closed in ("both", "right"),
        )

    @property
    def is_point(self) -> bool:
        return self.low == self.high

    def widened(self, absolute: float, relative: float) -> Interval:
        margin_low = absolute + relative * abs(self.low) if math.isfinite(self.low) else 0.0
        margin_high = absolute + relative * abs(self.high) if math.isfinite(self.high) else 0.0
        if margin_low == 0 and margin_high == 0:
            return self
        return Interval(self.low - margin_low, self.high + margin_high, True, True)

    def text(self, unit: str | None = None) -> str:
        def number(x: float) -> str:
            if not math.isfinite(x):
                return "unbounded"
            return f"{x:,.0f}" if x == int(x) and abs(x) >= 1000 else f"{x:,.6g}"

        suffix = f" {unit}" if unit else ""
        if self.is_point:
            return number(self.low) + suffix
        left = "[" if self.low_closed and math.isfinite(self.low) else "("
        right = "]" if self.high_closed and math.isfinite(self.high) else ")"
        return f"{left}{number(self.low)}, {number(self.high)}{right}{suffix}"


def told(interval: Interval, fact: Fact, unit: str | None) -> str:
    """An interval of ``fact`` as an editor reads it: a span in the unit its writer used ("30 hours", "[5.5, 6.5]
    hours", "[1, 2) days"), not in the seconds it is compared in; any other figure in ``unit``."""
    stated = fact.stated_unit
    if fact.unit != "s" or stated not in SECONDS:
        return interval.text(unit)
    factor = SECONDS[stated]
    shown = Interval(interval.low / factor, interval.high / factor, interval.low_closed, interval.high_closed)
    one = shown.is_point and shown.low == 1
    return shown.text(stated if one else "centuries" if stated == "century" else stated + "s")


def _nan(x: float) -> bool:
    return isinstance(x, float) and math.isnan(x)


def overlap(a: Interval, b: Interval) -> str:
    """'yes' when some value satisfies both, 'no' when none does, and 'point' when the only shared value is
    a boundary of two ranges (e.g. "more than a million" (1M, 2M] and "millions" [2M, 10M)): a writer who
    hedges does not mean exactly that boundary, so rules treat it as a disagreement too."""
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low < high:
        return "yes"
    if low > high:
        return "no"
    inside_a = (a.low < low or a.low_closed) and (a.high > low or a.high_closed)
    inside_b = (b.low < low or b.low_closed) and (b.high > low or b.high_closed)
    if not (inside_a and inside_b):
        return "no"
    return "yes" if a.is_point or b.is_point else "point"


def below(later: Interval, earlier: Interval) -> bool:
    """True when every value of ``later`` is smaller than every value of ``earlier``."""
    if later.high < earlier.low:
        return True
    return later.high == earlier.low and not (later.high_closed and earlier.low_closed)


def significant_digits(value: float) -> tuple[int, ...]:
    """The digits of a figure without its point and its trailing zeros: 230 -> (2, 3), 0.23 -> (2, 3), 20 -> (2,)."""
    return Decimal(repr(value)).normalize().as_tuple().digits


def written_digits(fact: Fact) -> tuple[int, ...]:
    """The significant digits of a figure as written, in its own unit: "2,000 feet" -> (2,), whatever its 609.6
    metres; none for a figure that states no number."""
    stated = fact.stated_value
    return significant_digits(stated) if isinstance(stated, float) and stated else ()


def bounds(source: Interval, draft: Interval) -> bool:
    """Whether a source's interval bounds a draft's on every side the draft's is bounded, near where the draft bounds
    it. "At least three" does not bound "ten", nor does "as many as 20"; "about 300" bounds "300", "nearly 32,000"
    bounds "more than 31,000"; "at least $160 million" does not bound "at least $1,600 million" (a bound a tenth of
    the draft's one says nothing of it), while "nearly 1,000" bounds "990"."""
    # One side only ("at least $1,600 million"): the source's bound there must be near it. Both sides: any bounds do
    # ("nearly 1,000", read from nothing up to 1,000, bounds "990").
    one_sided = math.isfinite(draft.low) != math.isfinite(draft.high)
    low = not math.isfinite(draft.low) or (math.isfinite(source.low) and not (
        one_sided and draft.low > 0 and source.low < draft.low / _NEAR))
    high = not math.isfinite(draft.high) or (math.isfinite(source.high) and not (
        one_sided and draft.high > 0 and source.high > draft.high * _NEAR))
    return low and high


_NEAR = 2.0  # a source's bound this many times looser than a draft's own bounds it no more
