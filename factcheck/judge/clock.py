"""Times of day compared as a reader compares them: "about 3 p.m." allows a quarter of an hour either way, a time
on the half hour ten minutes, one on five minutes five; "1:00 a.m." and "1:30 a.m." for one arrest disagree,
"3:30 a.m." and "3:33 a.m." for one fire do not. Times in different zones are not compared."""

from __future__ import annotations

import re

from factcheck.facts import Fact
from factcheck.lexicon.words import alternation, words
from factcheck.rules.model import Verdict

_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
_ZONE = re.compile(rf"\b({alternation([*words('grammar', 'time_zones'), 'local'])})\b", re.IGNORECASE)
_HEDGE = re.compile(rf"\b{alternation(words('judging', 'clock_hedges'))}\b", re.IGNORECASE)


def minutes(fact: Fact) -> int | None:
    value = fact.value if isinstance(fact.value, str) else fact.timex
    found = _CLOCK.search(value) if isinstance(value, str) else None
    return int(found.group(1)) * 60 + int(found.group(2)) if found else None


def slack(fact: Fact) -> int:
    """How many minutes either way the time allows, from its hedge and its roundness."""
    at = minutes(fact) or 0
    before = fact.sentence[max(0, fact.start - fact.sentence_start - 25) : fact.start - fact.sentence_start]
    if fact.hedge or _HEDGE.search(before) or _HEDGE.search(fact.surface):
        return 15
    if at % 30 == 0:
        return 10
    return 5 if at % 5 == 0 else 2


def clock_verdict(a: Fact, b: Fact) -> Verdict | None:
    x, y = minutes(a), minutes(b)
    if x is None or y is None:
        return None
    zones = {m.group(1).lower() for f in (a, b) for m in _ZONE.finditer(f.sentence)}
    if len(zones) > 1:
        return None  # "3 p.m. (1200 GMT)": two zones, one moment
    gap = min(abs(x - y), 24 * 60 - abs(x - y))
    allowed = max(slack(a), slack(b))
    if gap <= allowed:
        return None
    return Verdict(f"{x // 60:02d}:{x % 60:02d} and {y // 60:02d}:{y % 60:02d} are {gap} minutes apart, more than "
                   f"the {allowed} minutes either wording allows")
