"""The registry of rule kinds: name -> module with PARAMS, FACT_KINDS and judge(a, b, params) for pairs of
facts and/or check(side, params) for one fact on its own. A kind that judges pairs also says when two facts
state one figure, agrees(a, b, params): a source backs a draft's figure only then."""

from __future__ import annotations

from types import ModuleType

from factcheck.rules import agree, cumulative, exact, part_of_total, record, same_date
from factcheck.rules import range as range_kind  # the module's name would shadow the builtin here

KINDS: dict[str, ModuleType] = {
    "agree": agree,
    "cumulative": cumulative,
    "exact": exact,
    "same-date": same_date,
    "range": range_kind,
    "part-of-total": part_of_total,
    "record": record,
}
