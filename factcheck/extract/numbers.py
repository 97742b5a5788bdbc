"""Numbers as news writes them: digits with separators, scale words and number words, with the
rounding step the writer's precision implies ("31,000" is precise to the thousand)."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.lexicon.words import alternation, table, words

_SMALL = {w: i for i, w in enumerate(("zero", *words("grammar", "number_words"), *words("quantities", "teens")))}
_TENS = {w: 10 * i for i, w in enumerate(words("grammar", "tens_words"), 2)}
SCALES = {word: float(factor) for word, factor in table("scales", "words").items()}  # type: ignore[arg-type]
_ABBREVIATED_SCALES = {a: float(factor) for a, factor in table("scales", "abbreviations").items()}  # type: ignore[arg-type]
FRACTIONS = {word: int(d) for word, d in table("quantities", "fractions").items()}  # type: ignore[call-overload]
# Vulgar fractions, alone or after a whole number ("½ million", "1½ hours"), with the step each writes to.
VULGAR = {"½": (1 / 2, 1 / 2), "⅓": (1 / 3, 1 / 3), "⅔": (2 / 3, 1 / 3), "¼": (1 / 4, 1 / 4), "¾": (3 / 4, 1 / 4),
          "⅕": (1 / 5, 1 / 5), "⅖": (2 / 5, 1 / 5), "⅗": (3 / 5, 1 / 5), "⅘": (4 / 5, 1 / 5), "⅙": (1 / 6, 1 / 6),
          "⅚": (5 / 6, 1 / 6), "⅛": (1 / 8, 1 / 8), "⅜": (3 / 8, 1 / 8), "⅝": (5 / 8, 1 / 8), "⅞": (7 / 8, 1 / 8)}
_VULGAR = "[" + "".join(VULGAR) + "]"
NUMBER_WORDS = frozenset(_SMALL) | frozenset(_TENS) | frozenset(SCALES) | {"dozen"}

_WORD = alternation(NUMBER_WORDS)
_SCALE_WORD = alternation(SCALES)
_ATTACHED_SCALE = alternation(words("scales", "attached"))
_AFTER_A = alternation((*words("scales", "after_a"), "dozen"))
# Not inside a word or a code ("COVID-19", "F-16", "G7", "10:38"), but "sub-7", "minus-5" and a currency written
# against the figure ("USD10m", "RM79", "$US55,931,000", "$A82") are figures, as are the ASCII transliterations of
# £ and ¥ that wire feeds folded to ASCII carry ("PS2.7m", "Y=590 billion"; currencies.yaml, `attached`).
_CURRENCY_BEFORE = "|".join(rf"(?<={re.escape(code)})" for code in words("currencies", "attached"))
_DIGITS = (
    rf"(?:(?<![\w.,/:%])|{_CURRENCY_BEFORE})(?:(?<![A-Za-z]-)|(?<=sub-)|(?<=minus-)|(?<=minus\s)|(?<=\d-to-))(?P<sign>-(?=\d))?"
    r"(?:\d{1,3}(?:\u066c\d{3})+(?:\u066b\d+)?|\d+\u066b\d+"  # Arabic separators: "١٢٬٥٠٠", "٣٫٥"
    r"|\d{1,2},(?:\d{2},)+\d{3}(?:\.\d+)?(?![\d,])"  # South Asian grouping: "1,40,000", "12,34,56,789"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d,])"
    rf"|(?:\d{{1,3}}[\u00a0\u202f ]?)?{_VULGAR}"
    r"|\d{1,3}[ -]\d{1,2}/(?:2|3|4|8|16)(?![\d/])"  # a whole number and a fraction: "2 1/2 years", "2-1/2"
    r"|\d+(?:\.\d+)?|\.\d+)(?![\d])"
)
# "two and a half years", "2 and a half million", "two-and-a-half-hour"; "a year and a half" (durations.py)
AND_A_HALF = r"[\s-]+and[\s-]+a[\s-]+half\b"
NUMBER = re.compile(
    rf"(?P<digits>{_DIGITS})(?P<sci>\s?[×xX]\s?10(?:\^|\*\*)?(?P<exp>[−\-]?\d{{1,3}}))?(?P<half>{AND_A_HALF})?"
    rf"(?P<scale>(?:(?:\s*|-){_SCALE_WORD}\b)+|{_ATTACHED_SCALE}\b)?"
    rf"|(?P<words>\b(?:(?:half\s+)?an?\s+(?={_AFTER_A}\b))?"
    rf"{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD}|{AND_A_HALF})*\b)",
    re.IGNORECASE,
)
_FRACTION_WORD = alternation(FRACTIONS)
_SMALL_WORD = alternation(words("grammar", "number_words"))
_AFTER_CHANGE = alternation(words("quantities", "after_a_change"))  # what may follow a change by a share
# A share: "two-thirds of voters", "a third of the crew", "half the condos", "one in five adults", "1/16 of a pint".
FRACTION = re.compile(
    # (not the half of "a foot and a half of snow", a measure's)
    rf"(?:(?<!\band\s)|(?!an?[\s-]half\b))\b(?P<num>{_SMALL_WORD}|a|an)[\s-](?P<den>{_FRACTION_WORD})(?=\s+(?:of|the)\b)"
    # a change by a share: "rose by a third last year", "cut by one-fifth, to"; not "by a third party"
    rf"|(?<=\bby\s)(?P<num4>a|an|one)[\s-](?P<den4>{_FRACTION_WORD})(?=\s*(?:[.,;:)]|$)|\s+{_AFTER_CHANGE}\b)"
    # a fraction written with its hyphen is one whatever follows: "Two-thirds voted", "fell by two-thirds"
    rf"|\b(?P<num5>{_SMALL_WORD})-(?P<den5>{_FRACTION_WORD})\b(?!-)"
    rf"|(?<!first\s)(?<!second\s)(?<!the\s)(?<!a\s)\b(?P<half>half)(?=\s+(?:of|the|an?)\b)"
    rf"|\b(?P<num2>{_SMALL_WORD}|\d{{1,2}})\s+(?:out\s+of|in)\s+(?P<den2>{_SMALL_WORD}|\d{{1,3}})(?=\s+[a-z])"
    rf"|(?<![\d/])(?P<num3>\d{{1,2}})\s?[/⁄](?P<den3>2|3|4|5|8|10|16|32|64|100|128)(?![\d/])(?=\s+(?:of\b|[a-z]))"
    rf"|(?<![\d\w])(?P<vulgar>{_VULGAR})(?=\s+(?:of|the)\b)",
    re.IGNORECASE,
)


_LARGEST = 1e30  # beyond this a "figure" is a string of digits (a hash, a test of the reader), not a quantity


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float
    stated: float  # the figure before a scale word: 1.4 for "1.4 million"
    scale: float
    step: float  # the rounding step the writing implies: 100,000 for "1.4 million"
    words: bool  # written in words ("seventeen", "a million")


def scan(text: str) -> list[Number]:
    """Every number written in ``text``, left to right, with the times a word counts ("twice")."""
    found: list[Number] = []
    for match in NUMBER.finditer(text):
        number = _digits(match) if match.group("digits") else _words(match)
        if number:
            found.append(number)
    times = [Number(m.start(), m.end(), float(v), float(v), 1.0, 1.0, words=True)
             for m in _TIMES_WORD.finditer(text) for v in (TIMES_WORDS[m.group().lower()],)]
    return sorted(found + times, key=lambda n: n.start) if times else found


TIMES_WORDS: dict[str, int] = dict(table("quantities", "times_words"))  # type: ignore[arg-type]
_TIMES_WORD = re.compile(rf"\b{alternation(TIMES_WORDS)}\b", re.IGNORECASE)


def _digits(match: re.Match[str]) -> Number | None:
    raw = match.group("digits")
    plain = re.sub(r"[,\u00a0\u202f \-\u066c]", "", raw).replace("\u066b", ".")
    fraction = VULGAR.get(plain[-1:])
    if fraction is not None:  # "1½": one and a half
        plain = repr(float(plain[:-1] or 0) + fraction[0])
    if match.group("half"):  # "2 and a half": to the half
        fraction = (0.5, 0.5)
        plain = repr(float(plain) + 0.5)
    mixed = re.fullmatch(r"(\d+)[ -](\d+)/(\d+)", raw)
    if mixed:  # "2 1/2": two and a half, to the half
        whole, numerator, denominator = (int(g) for g in mixed.groups())
        fraction = (numerator / denominator, 1 / denominator)
        plain = repr(whole + fraction[0])
    before = match.string[max(0, match.start() - 6) : match.start()].lower()
    negative = (bool(match.group("sign")) or before.endswith(("minus ", "minus-"))) and not _PLUS_OR_MINUS.search(
        match.string, 0, match.start())  # "plus or minus 3 points": a margin, no figure below zero
    stated = -float(plain) if negative else float(plain)
    if match.group("sci"):  # "1.99×10−30"
        stated *= 10.0 ** int(match.group("exp").replace("−", "-"))
    scale = 1.0
    for word in re.split(r"[\s-]+", (match.group("scale") or "").strip(" -\t\n\u00a0").lower()):
        if word:
            scale *= SCALES.get(word) or _ABBREVIATED_SCALES.get(word, 1.0)
    if not (math.isfinite(stated * scale) and math.isfinite(float(plain))) or abs(stated * scale) > _LARGEST:
        return None  # 309 digits and more: no figure a story states, and no float holds it; the run goes on
    step = step_of(plain)
    if fraction is not None:  # "1½ hours" to the half hour; "½ million" to the hundred thousand, as in words
        step = fraction[1] if scale == 1.0 else step_of_value(abs(stated * scale)) / scale
    return Number(match.start(), match.end(), _scaled(stated, scale), stated, scale, _scaled(step, scale),
                  words=False)


_PLUS_OR_MINUS = re.compile(r"\bplus[\s-]+or[\s-]+minus[\s-]?$|\bplus/minus\s?$", re.IGNORECASE)


def _scaled(figure: float, scale: float) -> float:
    """A figure times its scale word, as exact as its digits: "$4.1 billion" is 4,100,000,000 like "$4,100 million"
    (4.1 * 1e9 in binary floating point is 4,099,999,999.9999995, which a rule of no tolerance told apart)."""
    if scale == 1.0:
        return figure
    return float(Decimal(repr(figure)) * Decimal(repr(scale)))


def _words(match: re.Match[str]) -> Number | None:
    text = match.group("words").lower()
    and_a_half = re.search(AND_A_HALF, text)
    if and_a_half:  # "two and a half million": two and a half, then its scale
        text = text[: and_a_half.start()] + " andahalf" + text[and_a_half.end() :]
    parts = re.split(r"[\s-]+", text)
    half = parts[0] == "half"
    if half:
        parts = parts[1:]
    if len(parts) == 1 and (parts[0] in SCALES or parts[0] == "dozen"):
        return None  # "billion-dollar", "thousand-year-old": a scale word alone is no figure
    total, current, seen = 0.0, 0.0, False
    for part in parts:
        if part == "andahalf":
            current += 0.5
        elif part in ("a", "an"):
            current = 1.0
        elif part == "and":
            continue
        elif part in _SMALL:
            current += _SMALL[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part == "dozen":
            current = (current or 1.0) * 12
        elif part == "hundred":
            current = (current or 1.0) * 100
        else:
            total += (current or 1.0) * SCALES[part]
            current = 0.0
        seen = True
    if not seen:
        return None
    value = (total + current) * (0.5 if half else 1.0)
    scale = SCALES.get(parts[-1], 1.0) if parts[-1] != "hundred" else 1.0
    step = 0.5 * scale if and_a_half else step_of_value(value)  # "two and a half million": to the half million
    if parts[-1] == "dozen":  # "more than a dozen" is more than 12, not 12 and a bit: (12, 18]; half a dozen: (6, 9]
        step = 3.0 if half else 6 * step_of_value(value / 12)
    return Number(match.start(), match.end(), value, value / scale, scale, step, words=True)


# Figures grouped with apostrophes ("32'000", Swiss and Liechtenstein usage) or, where a text's other figures show
# it ("1.250.000"; "3,5" with "32.000"), with dots and a decimal comma. ``grouped`` rewrites them, character for
# character, into the grouping the reader knows: a narrow no-break space, and a decimal point.
_APOSTROPHE_GROUPED = re.compile(r"(?<![\d'’.,])\d{1,3}(?:['’]\d{3})+(?![\d'’]|[.,]\d)")
_DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
_DOTS_ONLY = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d]|[.,]\d)")  # "1.250.000": no decimal has two dots
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d]|[.,]\d)")
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d])")


def grouped(text: str) -> str:
    """``text`` with apostrophe grouping, and dot grouping where the text shows that convention, rewritten into the
    grouping ``NUMBER`` reads; the same length, so every offset still points into the original."""
    if "'" in text or "’" in text:
        text = _APOSTROPHE_GROUPED.sub(lambda m: re.sub("['’]", "\u202f", m.group()), text)
    if "." in text and (any(not _address(m.group()) for m in _DOTS_ONLY.finditer(text)) or (
            _DECIMAL_COMMA.search(text) and _DOT_GROUPED.search(text) and not _COMMA_GROUPED.search(text))):
        text = _DOT_GROUPED.sub(lambda m: m.group() if _address(m.group()) else m.group().replace(".", "\u202f"), text)
        text = _DECIMAL_COMMA.sub(lambda m: m.group().replace(",", "."), text)
    return text


def _address(written: str) -> bool:
    """An IPv4 address ("172.217.164.110"), not a figure grouped with dots."""
    parts = written.split(".")
    return len(parts) == 4 and all(int(part) <= 255 for part in parts)


def step_of(plain: str) -> float:
    """The rounding step of a figure as written: "31000" -> 1000, "1.4" -> 0.1, "45" -> 1."""
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    return step_of_value(float(plain))


def step_of_value(value: float) -> float:
    """The rounding step of a whole figure: its last non-zero digit's place ("32000" -> 1000)."""
    if value <= 0 or value != int(value):
        return 1.0
    digits = str(int(value))
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


# A change before a figure: "rose 12", "increased by $43.6 billion", "cut by a third" (quantities.py, fractions)
CHANGED = re.compile(rf"\b{alternation(words('quantities', 'changes'))}\s+(?:by\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)  # the quantity and the ordinal readers ask of the same sentence
def fractions(text: str) -> tuple[re.Match[str], ...]:
    """The shares of ``text`` (FRACTION matches), a share after "by" only after a change ("rose by a third", not
    "followed by a third in the evening")."""
    return tuple(match for match in FRACTION.finditer(text)
                 if not (match.group("num4") and "-" not in match.group(0)  # "one-third": a share, whatever before
                         and not CHANGED.search(text, 0, match.start())))


def fraction_value(match: re.Match[str]) -> float:
    """The share a FRACTION match names: "two-thirds" -> 0.667, "one in five" -> 0.2, "1/16" -> 0.0625."""
    if match.group("half"):
        return 0.5
    if match.group("vulgar"):
        return VULGAR[match.group("vulgar")][0]
    if match.group("num3"):
        return int(match.group("num3")) / int(match.group("den3"))

    def number(word: str) -> int:
        return int(word) if word.isdigit() else {"a": 1, "an": 1}.get(word.lower()) or _SMALL[word.lower()]

    if match.group("num2"):
        return number(match.group("num2")) / number(match.group("den2"))
    if match.group("num4"):
        return number(match.group("num4")) / FRACTIONS[match.group("den4").lower()]
    if match.group("num5"):
        return number(match.group("num5")) / FRACTIONS[match.group("den5").lower()]
    return number(match.group("num")) / FRACTIONS[match.group("den").lower()]


def is_integer(value: float) -> bool:
    return math.isfinite(value) and value == int(value)


# The NUMBER pattern without its named groups, to embed (more than once) in other patterns.
NUMBER_TEXT = re.sub(r"\(\?P<\w+>", "(?:", NUMBER.pattern)
