"""Hedges and vague magnitudes, turned into the interval of values a sentence allows.

Semantics (``s`` is the rounding step of the figure as written, see numbers.step_of):

=============================================  =====================  ===============================
written                                        hedge                  interval
=============================================  =====================  ===============================
"32,000"                                       none                   [32,000, 32,000]
"more than / over / above 31,000"             ``over``               (31,000, 31,000 + s]
"nearly / almost / close to 32,000"           ``nearly``             [32,000 - s, 32,000)
"about / around / roughly / some 15,000"      ``about``              [15,000 - s/2, 15,000 + s/2]
"at least 120", "120 or more"                 ``at_least``           [120, unbounded)
"up to / at most / as many as 120"            ``at_most``            (unbounded, 120]
"fewer than / less than / under 120"          ``under``              (unbounded, 120)
"between 5 and 6", "5 to 6", "5-6"            ``range``              [5, 6]
"dozens / hundreds / thousands / millions"    ``vague``              [2u, 10u) with u = 12, 100 ...
=============================================  =====================  ===============================
"""

from __future__ import annotations

import math
import re

from factcheck.lexicon.words import alternation, table

_BEFORE: dict[str, tuple[str, ...]] = dict(table("hedges", "before"))  # type: ignore[arg-type]
_AFTER: dict[str, tuple[str, ...]] = dict(table("hedges", "after"))  # type: ignore[arg-type]


_TILDE = re.compile(r"~\s?$")
HEDGE_WORDS = alternation(w for ws in _BEFORE.values() for w in ws)  # the hedges written before a figure
_AFTER_WORDS = alternation(w for ws in _AFTER.values() for w in ws)
_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<hedge>{HEDGE_WORDS})\s+(?:(?:a|an|the)\s+(?=[\d$€£]))?$", re.IGNORECASE)
_AFTER_RE = re.compile(rf"^(?:\s+|-)(?P<hedge>{_AFTER_WORDS})\b|^\+", re.IGNORECASE)
_HEDGE_OF = {w.lower(): h for h, ws in (*_BEFORE.items(), *_AFTER.items()) for w in ws}

VAGUE_UNITS = {word: float(unit) for word, unit in table("hedges", "vague").items()}  # type: ignore[arg-type]
# Every vague magnitude of the table, "scores" only before "of" ("scores of people"; "the scores" of a match).
VAGUE = re.compile(
    rf"\b{alternation(phrase for phrase in VAGUE_UNITS if phrase != 'scores')}\b|\bscores(?=\s+of\b)", re.IGNORECASE
)


_BELOW = table("hedges", "quantified_below")
_QUANTIFIERS = {w: (float(low), float(_BELOW[w])) for w, low in table("hedges", "quantified_from").items()}  # type: ignore[arg-type, index]
_QUANTIFIED_UNITS = {w: float(u) for w, u in table("hedges", "quantified_units").items()}  # type: ignore[arg-type]
# "several hundred residents", "a few thousand people", "a couple of dozen homes"
_UNIT_WORD = alternation(_QUANTIFIED_UNITS)
QUANTIFIED = re.compile(rf"\b(?P<q>{alternation(_QUANTIFIERS)})\s+(?P<u>{_UNIT_WORD}(?:\s+{_UNIT_WORD})*)\b(?!-)",
                        re.IGNORECASE)


def quantified_interval(match: re.Match[str]) -> tuple[float, float, str]:
    """The interval a QUANTIFIED match allows: "several hundred" is [300, 1000), "several hundred thousand"
    [300,000, 1,000,000)."""
    low, high = _QUANTIFIERS[re.sub(r"\s+", " ", match.group("q").lower())]
    unit = math.prod(_QUANTIFIED_UNITS[word] for word in match.group("u").lower().split())
    return low * unit, high * unit, "left"


def hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge written just before position ``start`` and where it begins."""
    window = max(0, start - 40)
    if _TILDE.search(text[window:start]):
        return "about", start - len(_TILDE.search(text[window:start]).group(0))
    match = _BEFORE_RE.search(text[window:start])
    if not match:
        return None, start
    return _HEDGE_OF[re.sub(r"\s+", " ", match.group("hedge").lower())], window + match.start()


def hedge_after(text: str, end: int) -> tuple[str | None, int]:
    match = _AFTER_RE.match(text[end : end + 20])
    if not match:
        return None, end
    if match.group(0) == "+":
        return "at_least", end + 1
    return _HEDGE_OF[re.sub(r"\s+", " ", match.group("hedge").lower())], end + match.end()


def interval(hedge: str | None, value: float, step: float) -> tuple[float | None, float | None, str]:
    """(low, high, closed) for a figure with its hedge; ``None`` means unbounded."""
    if hedge == "over":
        return value, value + step, "right"
    if hedge == "nearly":
        return value - step, value, "left"
    if hedge == "about":
        return value - step / 2, value + step / 2, "both"
    if hedge == "at_least":
        return value, None, "left"
    if hedge == "at_most":
        return None, value, "right"
    if hedge == "under":
        return None, value, "neither"
    return value, value, "both"


def vague_interval(phrase: str) -> tuple[float, float, str]:
    unit = VAGUE_UNITS[re.sub(r"\s+", " ", phrase.lower())]
    return 2 * unit, 10 * unit, "left"
