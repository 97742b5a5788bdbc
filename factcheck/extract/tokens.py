"""A sentence's words with their character offsets, and the function words every reader of them skips."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A model's designation is one word: "AK-47", "T-72", "F-16s", "COVID-19" ("14 AK-47 rifles" counts rifles).
_WORD = re.compile(r"[A-Z][A-Za-z]*-\d+(?:[A-Za-z]+\b)?|[A-Za-z][A-Za-z'’\-.]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")

STOPWORDS = frozenset(
    """
a an the of in on at to from by for with and or but nor as than that which who whom whose this these those its
it their his her our your my is are was were be been being has have had do does did will would shall should
can could may might must not no yet so if then there here when where while since until after before during
about into onto over under up down out off per via also still just only even more most less least much many
such some any each every all both either neither other another same own very too again already now
they them we you he she him me i who what whom whilst against among across behind beyond near toward towards
upon without within despite except like unlike versus amid
""".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word or a number as written ("Hyundai", "U.S", "32,000"), a closing full stop cut off, and where it
    stands."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@lru_cache(maxsize=4096)
def sentence_tokens(sentence: str) -> tuple[Token, ...]:
    """The tokens of a sentence, computed once: alignment, frames and the judge all read every figure's sentence."""
    return tuple(tokens(sentence))


def tokens(text: str) -> list[Token]:
    """The words and numbers of ``text`` in order: "Gaza's 2.3 million" -> "Gaza's", "2.3", "million"."""
    return [
        Token(m.group().rstrip("."), m.start(), m.start() + len(m.group().rstrip("."))) for m in _WORD.finditer(text)
    ]
