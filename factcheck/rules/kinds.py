"""The registry of rule kinds: name -> module with PARAMS, FACT_KINDS and judge(a, b, params)."""

from __future__ import annotations

from types import ModuleType

from factcheck.rules import agree, cumulative, exact, same_date

KINDS: dict[str, ModuleType] = {
    "agree": agree,
    "cumulative": cumulative,
    "exact": exact,
    "same-date": same_date,
}
