"""``cumulative``: a running total (a death toll, people rescued) may grow between reports but never
shrink. A later, larger figure is an update, not a conflict; a later, smaller one is a conflict; figures
published the same day (or on unknown days) that differ are only a note: the total may have grown in between,
though not into its own digits a power of ten up ("89", then "890": a slip, a warning).

Anti-pattern: "the death toll rose to seven" on Wednesday, "five people were killed" on Thursday.
Fine: "at least four people were killed" on Tuesday, "the death toll rose to seven" on Wednesday."""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.rules import agree
from factcheck.rules.intervals import below, significant_digits, written_digits
from factcheck.rules.model import Side, Verdict

PARAMS = {"tolerance": (float, 0.0), "tolerance_abs": (float, 0.0)}
FACT_KINDS = ("count", "money", "measure")


def judge(a: Side, b: Side, params: Mapping[str, object]) -> Verdict | None:
    if a.fact.unit != b.fact.unit:
        return None
    if a.published is None or b.published is None:
        verdict = agree.judge(a, b, params)  # without dates, growth cannot be told from disagreement
        if verdict and slipped(a, b):
            # "230 arrested" against "23 arrested": the same digits a power of ten apart are a slip, not growth
            return Verdict(verdict.why + "; the same digits a power of ten apart: a slip, not a total that grew",
                           severity="warning")
        return (
            Verdict(verdict.why + "; a publication date is unknown, so the total may have changed", sure=False)
            if verdict
            else None
        )
    if a.published == b.published:
        # Reports of one day: the total may have grown between them, in either order (1, then 3, then 5 dead),
        # but not into its own digits a power of ten up ("89" in the morning, "890" by night: a slip).
        verdict = agree.judge(a, b, params)
        if verdict and slipped(a, b):
            return Verdict(verdict.why + "; reported the same day with the same digits a power of ten apart: a slip, "
                           "not a total that grew", severity="warning")
        return Verdict(verdict.why + "; reported the same day, so the total may have grown in between",
                       sure=False) if verdict else None
    earlier, later = (a, b) if a.published < b.published else (b, a)
    relative, absolute = float(params["tolerance"]), float(params["tolerance_abs"])  # type: ignore[arg-type]
    if below(later.interval.widened(absolute, relative), earlier.interval.widened(absolute, relative)):
        return Verdict(
            f"a later report gives a smaller total: {later.interval.text()} ({later.published}) is "
            f"below {earlier.interval.text()} ({earlier.published}); a running total can grow but not "
            "shrink"
        )
    return None


# An earlier, smaller total is consistent with a later, larger one but does not state it: two totals state one
# figure only when they agree as figures of one day do.
agrees = agree.agrees


def slipped(a: Side, b: Side) -> bool:
    """Two stated totals of the same digits, two significant ones at least, a power of ten apart ("89", "890"); the
    digits as written, in one unit: "2,000 acres" and "20,000 acres" burned are one digit each (a fire that grew),
    whatever digits their square metres have."""
    x, y = a.fact.value, b.fact.value
    if not (isinstance(x, float) and isinstance(y, float)) or x <= 0 or y <= 0 or x == y:
        return False
    written = written_digits(a.fact), written_digits(b.fact)
    first, second = written if a.fact.stated_unit == b.fact.stated_unit and all(written) else (
        significant_digits(x), significant_digits(y))
    return first == second and len(first) >= 2
