"""Money: a figure with a currency symbol, code or word ("$12 million", "EUR 1.5m", "3 million dollars",
"9 billion shekels", "108.79 JPY", "164p"); and ``figure``, which gives every reader its figure with the currency
symbol before it and a scale abbreviation after it ("$2.7m", "25k"). Currencies are data: currencies.yaml."""

from __future__ import annotations

import re

from factcheck.extract.hedges import HEDGE_WORDS
from factcheck.extract.numbers import Number
from factcheck.extract.readers.figure import NOTHING, Figure, Reading, per
from factcheck.lexicon.words import alternation, table, words
from factcheck.units import CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, CURRENCY_WORDS

_PREFIXED = {written.upper(): code for written, code in table("currencies", "prefixed").items()}
_FOLDED: dict[str, str] = dict(table("currencies", "folded"))  # type: ignore[arg-type]
_DOLLAR_COUNTRIES = {country.lower(): code for country, code in table("currencies", "dollar_countries").items()}
_CODES = alternation(CURRENCY_CODES)
# "US$", "HK$", "C$": a country's letters before the dollar ("$US", "$A" after it); "RM", "Rs.": no dollar.
_DOLLAR_LETTERS = alternation(w[:-1] for w in table("currencies", "prefixed") if w.endswith("$"))
_OTHER_PREFIXES = alternation(w for w in table("currencies", "prefixed") if "$" not in w)
_SYMBOL = re.compile(
    rf"(?:(?<![A-Za-z]){_DOLLAR_LETTERS}\s?\$|\$\s?US|\$A|"
    rf"{alternation(CURRENCY_SYMBOLS)}|\b(?:{_CODES}|{_OTHER_PREFIXES})\s?"
    rf"|(?<![A-Za-z]){alternation(_FOLDED)})\s?$"
)
# "PS" also names consoles ("PS5"), so it is money only against a figure written as money is: "PS2.7m",
# "PS21,700", "PS8.1bn".
_FOLDED_POUNDS = re.compile(r"PS(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion)\b)")
_SCALES = {a: float(f) for a, f in table("scales", "abbreviations").items()}  # type: ignore[arg-type]
_SURE_SCALES = frozenset(words("scales", "sure"))
_ATTACHED_SCALE = re.compile(
    "^(?P<s>" + "|".join(f"[{a}{a.upper()}]" if len(a) == 1 else a for a in sorted(_SCALES, key=len, reverse=True))
    + r")\b")
_SPACED_SCALE = re.compile(r"\s(?P<s>B|bn|mn|mln)(?=\s+[a-z]{3,})")  # "about 8 B people", "$2.1 bn deal"
_LENGTH_CONTEXT = re.compile(rf"^\s*(?:/|per\b|{alternation(words('quantities', 'length_after'))}"
                             r"|of\s+(?:rain|snow|water))")
_CURRENCY_WORD = re.compile(rf"^\s+(?:(?P<country>{alternation(_DOLLAR_COUNTRIES)})\s+)?"
                            rf"(?P<w>{alternation(CURRENCY_WORDS)})\b", re.IGNORECASE)
# a word of money just before, with at most its "of" and a hedge between: "fined 400,000", "costs of about 400,000"
_POUNDS_CUE = re.compile(rf"\b(?:{alternation(words('currencies', 'pounds_after'))})(?:\s+of)?"
                         rf"(?:\s+{HEDGE_WORDS})?\s+$", re.IGNORECASE)
_ALSO_WORDS = frozenset(words("currencies", "also_words"))
_PLAIN_WORD_BELOW = 1000
_CODE_AFTER = re.compile(rf"^\s?({_CODES})\b")
_PENCE = re.compile(r"p\b(?!\.?m\b)")
_POUNDS = re.compile(r"\s+pounds\b(?!\s+of\b)")


def figure(text: str, number: Number) -> Figure:
    """``number`` with the currency symbol written before it and the scale abbreviation after it: "$2.7m",
    "EUR 1.5m", "25k fans", "about 8 B people"; but "a 2m wall" is two metres and keeps its 2."""
    symbol = _SYMBOL.search(text[: number.start][-6:])
    written = symbol.group(0) if symbol else None
    if written is not None and written.strip() == "PS" and not _folded_pounds(text, number):
        written = None
    value, step, end = number.value, number.step, number.end
    if not number.words:
        after = text[end:]
        scale = _ATTACHED_SCALE.match(after) or _SPACED_SCALE.match(after)
        letter = scale.group("s").lower() if scale else ""
        if scale and (written or letter in _SURE_SCALES or scale.group("s") == "M" or scale.re is _SPACED_SCALE
                      or (letter == "m" and _million_follows(text, number.end + scale.end()))):
            factor = _SCALES[letter]
            value, step, end = value * factor, step * factor, end + scale.end()
    return Figure(text, number, value, step, end, written)


def _folded_pounds(text: str, number: Number) -> bool:
    return text[: number.start].endswith("PS") and bool(_FOLDED_POUNDS.match(text, number.start - 2))


def _million_follows(text: str, position: int) -> bool:
    """"1.2m tons", "2.7m combined sales": an attached m is a million when a plural noun follows it within a few
    words; "a 2m wall", "4m deep" are metres."""
    rest = text[position : position + 60]
    if _LENGTH_CONTEXT.match(rest):
        return False
    return bool(re.match(r"\s+(?:of\b|people\b|(?:[a-z]+\s+){0,4}[a-z]{3,}s\b)", rest))


def console(figure: Figure) -> Reading:
    """"PS5", "the PS4 Pro": "PS" against a figure not written as money is a console, and the figure no quantity
    (but "PS2.7m" and "PS21,700" are pounds, as a feed folded to ASCII writes £)."""
    symbol = _SYMBOL.search(figure.before[-6:])
    if symbol and symbol.group(0).strip() == "PS" and figure.before.endswith("PS") and not _folded_pounds(
            figure.text, figure.number):
        return NOTHING
    return None


def code_after(figure: Figure) -> Reading:
    """An ISO code after the figure: "108.79 JPY", "5,000 EUR a month" (a symbol before it reads first)."""
    code = _CODE_AFTER.match(figure.after)
    if not code or figure.symbol:
        return None
    name = CURRENCY_NAMES.get(code.group(1), code.group(1).lower())
    return per(figure.text, figure.quantity("money", figure.end + code.end(), code.group(1), name))


def pence(figure: Figure) -> Reading:
    """Pence written against the figure: "a stamp now costs 164p" (but "5pm" is a time)."""
    if _PENCE.match(figure.after) and not figure.number.words and not figure.symbol:
        return figure.quantity("money", figure.end + 1, "GBX", "penny")
    return None


def pounds(figure: Figure) -> Reading:
    """Pounds after a scale word, or after a word of money, are money: "3 million pounds", "fined 400,000 pounds"
    (but "3 pounds of rice", "weighing 300 pounds" weigh)."""
    if figure.symbol or not _POUNDS.match(figure.after):
        return None
    if figure.number.scale > 1 or _POUNDS_CUE.search(figure.before[-50:]):
        return figure.quantity("money", figure.end + 7, "GBP", "pound sterling")
    return None


def money(figure: Figure) -> Reading:
    """A currency symbol or code before the figure, or a currency word after it: "$12 million", "EUR 1.5m",
    "3 million dollars", "12 million Canadian dollars", "9 billion shekels ($2.4 billion) a year"."""
    word = _CURRENCY_WORD.match(figure.after)
    if word and not figure.symbol and word.group("w").lower() in _ALSO_WORDS and figure.number.scale == 1 and (
            figure.value < _PLAIN_WORD_BELOW):
        word = None  # "All 12 won their seats": the verb, not 12 South Korean won
    if not figure.symbol and not word:
        return None
    start, end = figure.number.start - (len(figure.symbol) if figure.symbol else 0), figure.end
    if word:
        end += word.end()
        code = CURRENCY_WORDS[word.group("w").lower()]
        if code == "USD" and word.group("country"):
            code = _DOLLAR_COUNTRIES[re.sub(r"\s+", " ", word.group("country").lower())]
    else:
        written = re.sub(r"\s", "", figure.symbol or "").upper()
        code = _PREFIXED.get(written) or CURRENCY_SYMBOLS.get(written) or _FOLDED.get(written) or written
    name = CURRENCY_NAMES.get(code, code.lower())
    return per(figure.text, figure.quantity("money", end, code, name, start=start))
