"""Counts, percentages, money and physical measures.

Numbers, hedges, scale words, money and percentages follow our own news grammar; quantulum3 is asked only
about sentences where a unit word follows a number, and only for what it does well: physical units.
Its known misreadings never reach the table because it never decides what is a number."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from factcheck.extract.context import subject_after
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import VAGUE, hedge_after, hedge_before, interval, vague_interval
from factcheck.extract.numbers import Number, scan
from factcheck.units import CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURES

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _quantulum

_SYMBOL = re.compile(
    r"(?:"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    + r"|\b(?:"
    + "|".join(sorted(CURRENCY_CODES))
    + r")\s?)$"
)
_MONEY_SCALE = re.compile(r"^(?:\s*(?:m|mn|mln)\b)", re.IGNORECASE)
_CURRENCY_WORD = re.compile(
    r"^\s+(?:(?:U\.S\.|US|Canadian|Australian|Hong Kong)\s+)?(?P<w>" + "|".join(CURRENCY_WORDS) + r")\b", re.IGNORECASE
)
_PERCENT = re.compile(
    r"^(?:\s?%|\s+(?:percent|per\s+cent|pct)\b(?P<pp1>\s+points?)?|\s+percentage\s+points?\b"
    r"(?P<pp2>))",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|to|and)\s*$", re.IGNORECASE)
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:Route|Highway|Interstate|I|No|Nos|Number|number|Flight|flight|Room|room|Apt|Suite|Gate|Platform|"
    r"Channel|Article|Section|Chapter|Resolution|Page|page|pages|Line|Bus|Exit|Pier|Terminal|Level|Floor|Track|"
    r"Seat|Precinct|District|Ward|Unit|Box|Ext|Ext\.|Model|Version|version|Windows|iPhone|Boeing|Airbus|A|F|"
    r"Proposition|Prop|Bill|bill|Amendment|Week|week|Day|day|Game|game|Stage|Round|round|Act|Title|Code|code|"
    r"PO|P\.O\.|Apollo|Class|Category)[.\s#-]*$"
)
_STREET_AFTER = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Highway)\b"
)
_PHONE = re.compile(r"^[-.]\d{3,4}\b")
_MAGNITUDE = re.compile(r"(?:\bmagnitude[\s-]+$)|(?:^[\s-]+magnitude\b)", re.IGNORECASE)
_AGE = re.compile(r"^-year(?:s)?-old\b|^\s+years?\s+old\b", re.IGNORECASE)
_NOT_A_COUNT_AFTER = re.compile(
    r"^(?:\s*:\d|\s+of\s+(?:the|them|those|these|us|its|his|her|their)\b|\s+another\b"
    r"|\s+(?:a\.m|p\.m)\b|\.\d|/\d)",
    re.IGNORECASE,
)
_UNIT_HINT = re.compile(
    r"\d\s?(?:°|(?:km|mi|miles?|m|metres?|meters?|feet|foot|ft|inch|inches|in|yards?|acres?|hectares?|ha|kg|"
    r"kilo(?:gram)?s?|grams?|g|tonnes?|tons?|pounds?|lbs?|lb|ounces?|oz|litres?|liters?|gallons?|barrels?|mph|"
    r"km/h|kph|knots?|degrees?|mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|kilomet(?:re|er)s?|square|sq|"
    r"cubic)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Figure:
    start: int
    end: int
    value: float
    step: float
    words: bool
    upper: Number | None = None  # the second figure of a range


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    found: list[Found] = [_vague(text, m) for m in VAGUE.finditer(text)]
    measures = _measures(text) if _UNIT_HINT.search(text) else []
    for figure in _figures(text):
        fact = _classify(text, figure, measures)
        if fact is not None and not any(fact.overlaps(f) for f in found):
            found.append(fact)
    return found


def _figures(text: str) -> list[_Figure]:
    numbers = scan(text)
    figures: list[_Figure] = []
    i = 0
    while i < len(numbers):
        number = numbers[i]
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt and _RANGE_JOIN.match(text[number.end : nxt.start]) and nxt.value > number.value:
            joiner = text[number.end : nxt.start].strip().lower()
            between = re.search(r"\b(?:between|from)\s+$", text[: number.start], re.IGNORECASE)
            if joiner != "and" or between:
                start = between.start() if between else number.start
                scale = nxt.scale if number.scale == 1 and nxt.scale > 1 else 1
                figures.append(
                    _Figure(start, nxt.end, number.value * scale, number.step * scale, number.words, upper=nxt)
                )
                i += 2
                continue
        figures.append(_Figure(number.start, number.end, number.value, number.step, number.words))
        i += 1
    return figures


def _classify(text: str, figure: _Figure, measures: list[tuple[int, int, str, str]]) -> Found | None:
    before, after = text[: figure.start], text[figure.end :]
    end = figure.end
    symbol = _SYMBOL.search(before[-5:])
    currency_word = _CURRENCY_WORD.match(after)
    percent = _PERCENT.match(after)
    if symbol or currency_word:
        start = figure.start - (len(symbol.group(0)) if symbol else 0)
        value, step = figure.value, figure.step
        scale = _MONEY_SCALE.match(after) if symbol else None
        if scale:
            value, step, end = value * 1e6, step * 1e6, end + scale.end()
        if currency_word:
            end += currency_word.end()
            code = CURRENCY_WORDS[currency_word.group("w").lower()]
            stated_unit = currency_word.group("w").lower()
        else:
            written = symbol.group(0).strip()
            code = CURRENCY_SYMBOLS.get(written, written)
            stated_unit = written
        return _figure_fact(text, "money", figure, start, end, value, step, code, stated_unit)
    if percent:
        points = percent.group("pp1") is not None or percent.group("pp2") is not None
        return _figure_fact(
            text,
            "percent",
            figure,
            figure.start,
            end + percent.end(),
            figure.value,
            figure.step,
            "pp" if points else "%",
            "percentage point" if points else "percent",
        )
    if _MAGNITUDE.search(before[-12:]) or _MAGNITUDE.match(after):
        return _figure_fact(
            text, "measure", figure, figure.start, end, figure.value, figure.step, "magnitude", "magnitude"
        )
    age = _AGE.match(after)
    if age:
        return _figure_fact(
            text, "measure", figure, figure.start, end + age.end(), figure.value, figure.step, "year", "year of age"
        )
    for start, stop, unit_name, _surface in measures:
        if start <= figure.start < stop:
            conversion = MEASURES[unit_name]
            return _figure_fact(
                text,
                "measure",
                figure,
                figure.start,
                max(stop, end),
                figure.value,
                figure.step,
                conversion.canonical,
                unit_name,
                convert=conversion,
            )
    if _not_a_count(text, figure):
        return None
    return _figure_fact(text, "count", figure, figure.start, end, figure.value, figure.step, None, None)


def _not_a_count(text: str, figure: _Figure) -> bool:
    surface = text[figure.start : figure.end]
    before, after = text[: figure.start], text[figure.end :]
    if figure.upper is None and not figure.words and re.fullmatch(r"(?:1[89]|20)\d\d|0\d+", surface):
        return True  # a year, or a code with a leading zero
    if figure.words and surface.lower() in ("one", "a", "an") and not re.match(r"\s+[a-z]+", after):
        return True
    if surface.lower() == "one" and re.match(r"\s+(?:of|another|day|time|way|side|thing|point)\b", after):
        return True
    return bool(
        _IDENTIFIER_BEFORE.search(before[-16:])
        or _STREET_AFTER.match(after)
        or _PHONE.match(after)
        or _NOT_A_COUNT_AFTER.match(after)
        or re.search(r"[#№]\s*$", before)
    )


def _figure_fact(
    text: str,
    kind: str,
    figure: _Figure,
    start: int,
    end: int,
    value: float,
    step: float,
    unit: str | None,
    stated_unit: str | None,
    convert: object = None,
) -> Found:
    hedge, hedge_start = hedge_before(text, start)
    after_hedge, after_end = hedge_after(text, end)
    hedge = hedge or after_hedge
    if figure.upper is not None:
        hedge = "range"
        scale = value / figure.value if figure.value else 1.0
        low, high, closed = value, figure.upper.value * (scale if figure.upper.scale == 1 else 1.0), "both"
    else:
        low, high, closed = interval(hedge, value, step)
    stated = value
    if convert is not None:
        value, low, high = (None if v is None else convert(v) for v in (value, low, high))  # type: ignore[operator]
    return Found(
        kind,
        min(start, hedge_start),
        max(end, after_end if after_hedge else end),
        value,
        low,
        high,
        closed,
        unit,
        stated,
        stated_unit,
        hedge,
        subject_after(text, end),
    )


def _vague(text: str, match: re.Match[str]) -> Found:
    low, high, closed = vague_interval(match.group(0))
    hedge, start = hedge_before(text, match.start())
    return Found(
        "count",
        start if hedge else match.start(),
        match.end(),
        None,
        low,
        high,
        closed,
        None,
        None,
        None,
        "vague",
        subject_after(text, match.end()),
    )


def _measures(text: str) -> list[tuple[int, int, str, str]]:
    """Spans of physical measures that quantulum3 finds, for units we can convert."""
    try:
        quantities = _quantulum.parse(text)
    except Exception:  # quantulum3 raises on some odd inputs; a sentence without measures is the safe answer
        return []
    return [(q.span[0], q.span[1], q.unit.name, q.surface) for q in quantities if q.unit.name in MEASURES]
