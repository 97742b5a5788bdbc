"""Counts, percentages, money and physical measures.

Numbers, hedges, scale words, money, percentages and ranges follow our own news grammar; the unit after a
number is looked up in quantulum3's unit catalogue (see unitwords.py). quantulum3's parser itself is never
run: its known misreadings ("sixth" as 1/6, "a Rafah" as rand) cannot reach the table because it never
decides what a number is, and its cost no longer grows faster than the text.

What one number is (money, a percentage, an age, a measure, a count, or no quantity at all) is decided by the
readers in their order (readers/__init__.py); this module gathers what they read into facts: vague magnitudes
and fractions, bare figures that borrow the unit of a figure beside them, ranges, and hedges.

A count's ``stated_unit`` is the noun phrase it counts, normalised ("9.3 million shipping containers" ->
"shipping container"), and its ``subject`` the head of that phrase ("container")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from factcheck.extract.cues import AGE_DECADE, DAY_OF_MONTH
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import (
    QUANTIFIED,
    VAGUE,
    hedge_after,
    hedge_before,
    interval,
    quantified_interval,
    vague_interval,
)
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import CHANGED, SCALES, Number, fraction_value, fractions, scan
from factcheck.extract.readers import read
from factcheck.extract.readers.figure import Quantity, per
from factcheck.extract.readers.measures import BASIS_POINT
from factcheck.extract.unitwords import unit_after
from factcheck.lexicon.words import alternation, table, words
from factcheck.units import CURRENCY_NAMES, MEASURES, SECONDS, Conversion, conversion_of

_ROUGH = alternation(words("quantities", "rough"))
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|-to-|and|or|through)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(rf"\b(?:between|from|of)\s+(?:{alternation(words('quantities', 'range_hedges'))}\s+)?$",
                         re.IGNORECASE)
_MONEY_ASIDE = re.compile(rf"\s\((?:{_ROUGH} )?{alternation(words('currencies', 'aside_dollars'))}?\s?[$€£¥]\s?\d")
_FROM = re.compile(rf"\bfrom\s+(?:{_ROUGH}\s+)?(?:\d[\d,.]*\s*[-–]\s*)?$", re.IGNORECASE)
_SET_AGAINST = re.compile(r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)"
                          r"(?:\s+an?\s+average\s+of)?\s+$", re.IGNORECASE)
# The level a change reached: "lost 162.31 points, or 2.14%, to fall to 7,425.81"; "ended down 1% at 1,463.78"
_LEVEL = re.compile(rf"\b{alternation(words('quantities', 'levels'))}\b(?:[^.;]|\.\d)*\b(?:to|at|close\s+of)\s+$",
                    re.IGNORECASE)
_VAGUE_CURRENCIES: dict[str, str] = dict(table("currencies", "vague"))  # type: ignore[arg-type]
_QUANTIFIED_MONEY = re.compile(rf"\s+(?P<w>{alternation(table('currencies', 'vague'))})\b(?!\s+of\b)",
                               re.IGNORECASE)  # not "several hundred pounds of cocaine"
_VAGUE_MONEY = re.compile(rf"\s+of\s+(?P<w>{alternation(table('currencies', 'vague'))})\b", re.IGNORECASE)


_DECADE_PARTS = {None: (0, 10), "early": (0, 4), "mid": (3, 7), "late": (6, 10)}


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    vague = [_vague(text, m) for m in VAGUE.finditer(text)] + [_age_decade(m) for m in AGE_DECADE.finditer(text)]
    vague += [_vague(text, m, quantified_interval(m)) for m in QUANTIFIED.finditer(text)]
    vague += [f for f in (_fraction(text, m) for m in fractions(text))
              if f is not None and not any(f.overlaps(v) for v in vague)]
    shares = (_point_share(m) for m in _POINT_SHARE.finditer(text))
    vague += [f for f in shares if not any(f.overlaps(v) for v in vague)]
    quantities = [q for n in scan(text.replace("μ", "µ")) if not _inside(n, vague) for q in [read(text, n)[1]] if q]
    found = sorted(vague + _hedged(text, _ranges(text, _elliptic(text, quantities))), key=lambda f: f.start)
    return _rate_baselines(text, _below_zero(text, _poll_points(text, found)))


def _rate_baselines(text: str, found: list[Found]) -> list[Found]:
    """"raised its forecast to $4.50 a share from $4.20", "$1.12 a share, up from 98 cents": the figure a rate
    changed from is of that rate too."""
    result = list(found)
    for i in range(1, len(result)):
        rate, baseline = result[i - 1], result[i]
        between = text[rate.end : baseline.start]
        if (rate.unit and "/" in rate.unit and baseline.unit == rate.unit.split("/")[0] and len(between) < 60
                and (_FROM.search(between) or _SET_AGAINST.search(between))):  # "to $4.50 a share from $4.20"
            per = rate.unit.split("/", 1)[1]
            result[i] = replace(baseline, unit=rate.unit, stated_unit=f"{baseline.stated_unit} per {per}")
    return result


def _below(value: float | None, conversion: Conversion) -> float | None:
    """A converted temperature's figure as written, set below zero and converted again."""
    return None if value is None else conversion(-(value / conversion.factor - conversion.offset))


_BELOW_ZERO = re.compile(r"\s+below\s+zero\b", re.IGNORECASE)


def _below_zero(text: str, found: list[Found]) -> list[Found]:
    """"15 degrees below zero": minus 15 degrees, one figure (not 15 degrees and a count below zero)."""
    result: list[Found] = []
    swallowed = -1  # where the last "below zero" ends
    for fact in found:
        if fact.start < swallowed:
            continue  # the "zero" of "below zero", now inside the figure before it
        conversion = MEASURES.get(fact.stated_unit or "") if fact.kind == "measure" else None
        below = _BELOW_ZERO.match(text, fact.end) if conversion and conversion.canonical in ("°C", "deg") else None
        if below and conversion and fact.value is not None:
            # the figure as written below zero, then converted ("15 degrees Fahrenheit below zero" is -26.1 °C)
            fact = replace(fact, end=below.end(), value=_below(fact.value, conversion),
                           low=_below(fact.high, conversion), high=_below(fact.low, conversion),
                           stated_value=-(fact.stated_value or 0.0))
            swallowed = below.end()
        result.append(fact)
    return result


_TO_LEVEL = re.compile(r"\s+points?\s+(?:to|from)\s+$", re.IGNORECASE)  # "fell 8 points to 39 percent"
_RESTATED = re.compile(r"\s+of\s+[^,;]{1,40},\s+or\s+(?:[a-z]+\s+)?", re.IGNORECASE)  # "12% of homes, or roughly "
_MARGIN_OF_ERROR = re.compile(r"\bmargins?\s+of\s+(?:sampling\s+)?error\b", re.IGNORECASE)
_SHARES_AFTER = re.compile(r"\s+points?,\s+$", re.IGNORECASE)


def _poll_points(text: str, found: list[Found]) -> list[Found]:
    """"fell 8 points to 39 percent", "leads by 5 points, 48 percent to 43 percent": points of a percentage, a
    change in percentage points (not a team's points: "won by 12 points, shooting 45 percent")."""
    result = list(found)
    for i, fact in enumerate(found):
        if fact.kind == "count" and fact.stated_unit == "point" and _MARGIN_OF_ERROR.search(
                text, max(0, fact.start - 50), fact.start):
            # "a margin of error of plus or minus 3.1 points": a poll's, in percentage points
            result[i] = replace(fact, kind="percent", unit="pp", stated_unit="percentage point", subject=None)
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        if (after is None or fact.kind != "count" or fact.stated_unit != "point" or after.kind != "percent"
                or after.unit != "%"):
            continue
        between = text[fact.end : after.start]
        shares = (_SHARES_AFTER.fullmatch(between) and i + 2 < len(found) and found[i + 2].kind == "percent"
                  and re.fullmatch(r"\s+to\s+", text[after.end : found[i + 2].start]))
        if _TO_LEVEL.fullmatch(between) or shares:
            result[i] = replace(fact, kind="percent", unit="pp", stated_unit="percentage point", subject=None)
    return result


def _inside(number: Number, spans: list[Found]) -> bool:
    return any(f.start <= number.start < f.end for f in spans)


def _elliptic(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"68,400 people ... and 95,800 who", "435 homes by open sale and 187 by tender", "84.75 cents, while the
    lowest is 74.07": a bare figure that follows another in the same clause list counts the same thing; so does
    the level a change reached ("rose 64.06 points to 4,577.10"). ELLIPSES says which earlier figure it is."""
    result: list[Quantity] = []
    for index, quantity in enumerate(quantities):
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        opens_range = following is not None and not following.bare and _RANGE_JOIN.match(
            text[quantity.end : following.start])  # "eight or nine euros": the range that follows gives the unit
        if quantity.bare and not opens_range:
            other = next((o for rule in ELLIPSES.values() if (o := rule(text, quantity, result))), None)
            if other is not None and other.unit == "%" and (quantity.value > 100 or _RESTATED.fullmatch(
                    text, other.end, quantity.start)):
                other = None  # "12% of homes, or roughly 3,000" / "or 80": how many, no share
            quantity = _like(text, quantity, other) if other is not None else quantity
        result.append(quantity)
    return result


def _money_aside(text: str, quantity: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """"2,435,000 yen ($22,480) for one and 2,380,000 ($21,972)": a bare figure with a price in brackets after it
    is in the currency of the last figure so written."""
    if not _MONEY_ASIDE.match(text, quantity.end):
        return None
    return next((q for q in reversed(earlier) if q.kind == "money" and text.startswith(" (", q.end)), None)


def _level_of_points(text: str, quantity: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """"rose 64.06 points to 4,577.10", "to 1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18": the
    level a change reached is in the points of the last figure in points."""
    points = next((q for q in reversed(earlier) if q.subject == "point"), None)
    if points is None or not _LEVEL.search(text[max(0, quantity.start - 48) : quantity.start]):
        return None
    return points


def _clause_list(text: str, quantity: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """"68,400 people ... and 95,800 who", "435 homes by open sale and 187 by tender", "rose by 40 people to 212":
    a bare figure in the same list of clauses as a count counts the same thing (not after a measure: "1,500
    kilometers south of Tehran, has a population of 100,000")."""
    previous = _last(earlier)
    if previous is None or previous.bare or not previous.stated_unit or previous.kind == "measure":
        return None
    between = text[previous.end : quantity.start]
    listed = (re.search(r"(?:\band|\bwhile|\bincluding|\bbut|,)\s", between) and len(between) < 80
              and not re.match(r"\s*(?:-|–|to)\s*$", between))
    changed = (previous.kind != "percent" and re.fullmatch(r"\s+(?:[a-z]+\s+){0,2}to\s+", between)
               and CHANGED.search(text[max(0, previous.start - 24) : previous.start]))
    return previous if listed or changed else None


def _set_against(text: str, quantity: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """"3.9 million headsets, up from 2.4 million", "compared with 80": a figure set against a count."""
    previous = _last(earlier)
    if previous is None or previous.bare or previous.kind == "measure":
        return None
    between = text[previous.end : quantity.start]
    return previous if _SET_AGAINST.search(between) and len(between) < 60 else None


def _measure_from_to(text: str, quantity: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """"from 21 mpg combined to 23", "from about 14-18 mpg to 24": the end of a change of a measure."""
    previous = _last(earlier)
    if previous is None or previous.kind != "measure":
        return None
    between = text[previous.end : quantity.start]
    if re.fullmatch(r"\s+(?:[a-z]+\s+)?to\s+", between) and _FROM.search(text, 0, previous.number.start):
        return previous
    return None


def _last(earlier: list[Quantity]) -> Quantity | None:
    """The last figure before that is no span of time: a duration is no item of a list ("68,400 people who ...
    for one to two years and 95,800 who")."""
    return next((q for q in reversed(earlier) if q.subject not in SECONDS), None)


# Which earlier figure a bare figure counts like: the first rule that names one wins.
ELLIPSES: dict[str, Callable[[str, Quantity, list[Quantity]], Quantity | None]] = {
    "money aside": _money_aside,  # before the others: the bracketed price outweighs a list's count
    "level of points": _level_of_points,  # before the clause list: "to 1,333.18" is points even after a percent
    "clause list": _clause_list,
    "set against": _set_against,
    "measure from to": _measure_from_to,
}


def _like(text: str, quantity: Quantity, other: Quantity) -> Quantity:
    """A bare figure counting what ``other`` counts, in its unit."""
    like = replace(quantity, kind=other.kind, unit=other.unit, stated_unit=other.stated_unit, subject=other.subject,
                   bare=False)
    return per(text, like) if "/" not in (other.unit or "") else like  # "an average of 20 per week"


def _ranges(text: str, quantities: list[Quantity]) -> list[Quantity | tuple[Quantity, Quantity]]:
    """Merge "between 5 and 6 percent", "from $800,000 to $1.3 million", "5-10W", "three or four years"."""
    merged: list[Quantity | tuple[Quantity, Quantity]] = []
    i = 0
    while i < len(quantities):
        first = quantities[i]
        second = quantities[i + 1] if i + 1 < len(quantities) else None
        if second is not None and _joinable(text, first, second):
            merged.append((first, second))
            i += 2
            continue
        joiner = text[first.end : second.start] if second is not None else ""
        if second is not None and first.bare and not second.bare and (
                _BORROW_JOIN.match(joiner) or (second.subject == "point" and _POINTS_JOIN.match(joiner))):
            first = _borrowed(first, second)  # "about 8 or $9", "280 million of the 1.5 billion shekels"
        merged.append(first)
        i += 1
    return merged


def _joinable(text: str, first: Quantity, second: Quantity) -> bool:
    joiner = text[first.end : second.start]
    if not _RANGE_JOIN.match(joiner):
        return False
    word = joiner.strip().lower()
    if word == "or" and not (first.number.words and second.number.words):
        return False  # "three or four years" is a range; "25k or 40k cheaper" are two figures
    opened = _RANGE_OPEN.search(text[: first.start])
    if word == "and" and not (opened and opened.group(0).lower().startswith("between")):
        return False
    before = text[max(0, first.start - 24) : first.start]  # the words just before: "rose by", "fell"
    if (re.search(r"\bby\s+$", before) or CHANGED.search(before)) and (
            not first.bare or second.value > _LEVEL_RATIO * first.value):
        # "increased by $43.6 billion to $419.2 billion", "the toll rose by 12 to 45": a change and a level, not a
        # range ("rose by 5 to 6 percent" is one)
        return False
    if DAY_OF_MONTH.search(before):
        return False  # "sentenced on Jan. 5 to 25 years": the day of a date, then the figure
    from_ = opened is not None and opened.group(0).lower().startswith("from")
    rate = first.kind == second.kind and (second.unit or "").startswith(f"{first.unit}/")  # "$48,000 to $90,000 a year"
    aged = second.bare and (first.stated_unit or "").endswith(" of age")  # "men aged 18 to 34"
    same = (first.kind, first.unit) == (second.kind, second.unit) or rate or first.bare or (
        second.bare and (from_ or aged))
    if not same:
        return False
    ascending = first.value * _borrowed_scale(first, second) <= second.value
    return ascending or (opened is not None and opened.group(0).lower().startswith("from"))


_PLUS_JOINED = re.compile(r"-plus\b", re.IGNORECASE)
_LEVEL_RATIO = 2  # a level more than this many times the change: "rose by 12 to 45", not "by 5 to 10"


_BORROW_JOIN = re.compile(r"^\s+(?:or|of(?:\s+the)?)\s+$", re.IGNORECASE)
_POINTS_JOIN = re.compile(r"^,?\s+(?:up|down)\s+$", re.IGNORECASE)  # "(16369.03 up 58.06 points)"


def _borrowed(first: Quantity, second: Quantity) -> Quantity:
    """A bare figure with the unit (and the scale word) of the figure it is set against."""
    scale = _borrowed_scale(first, second)
    return replace(first, kind=second.kind, value=first.value * scale, step=first.step * scale, unit=second.unit,
                   stated_unit=second.stated_unit, subject=second.subject, bare=False)


def _borrowed_scale(first: Quantity, second: Quantity) -> float:
    """"5 to 6 million", "$10 to $15 billion": the first figure takes the second's scale word."""
    scale = second.number.scale
    if first.number.scale == 1 and scale > 1 and (first.bare or first.number.value < 1000) and (
            first.number.value * scale <= second.number.value):
        return scale  # but "$200 to $4 million" keeps its $200
    return 1.0


def _hedged(text: str, items: list[Quantity | tuple[Quantity, Quantity]]) -> list[Found]:
    found: list[Found] = []
    for item in items:
        if isinstance(item, tuple):
            found.append(_range_fact(text, *item))
        else:
            found.append(_fact(text, item))
    return found


def _fact(text: str, q: Quantity) -> Found:
    hedge, start = hedge_before(text, q.start)
    if text[max(0, q.number.start - 4) : q.number.start].lower() == "sub-":
        hedge, start = "under", q.number.start - 4
    after_hedge, after_end = hedge_after(text, q.end)
    if not after_hedge and _PLUS_JOINED.match(text, q.number.end, q.end):
        after_hedge, after_end = "at_least", q.end  # "1,000-plus residents": a thousand or more
    hedge = hedge or after_hedge
    low, high, closed = interval(hedge, q.value, q.step)
    value, low, high = _convert(q, q.value), _convert(q, low), _convert(q, high)
    end = after_end if after_hedge else q.end
    subject = q.subject
    if after_hedge and q.kind == "count" and q.bare:
        phrase = counted_phrase(text, after_end)  # "120 or more survivors"
        subject, stated_unit = (phrase[1], phrase[0]) if phrase else (None, q.stated_unit)
        q = replace(q, stated_unit=stated_unit)
    return Found(q.kind, min(start, q.start), end, value, low, high, closed, _unit(q), q.value, q.stated_unit, hedge,
                 subject)


def _range_fact(text: str, first: Quantity, second: Quantity) -> Found:
    scale = _borrowed_scale(first, second)
    a, b = first.value * scale, second.value
    opened = _RANGE_OPEN.search(text[: first.start])
    start = opened.start() if opened else first.start
    unit_of = first if second.bare and not first.bare else second  # "from 208 pounds to 193"
    low, high = _convert(unit_of, min(a, b)), _convert(unit_of, max(a, b))
    return Found(unit_of.kind, start, second.end, None, low, high, "both", _unit(unit_of), None,
                 unit_of.stated_unit, "range", unit_of.subject)


def _convert(q: Quantity, value: float | None) -> float | None:
    if value is not None and q.kind == "percent" and q.stated_unit == BASIS_POINT:
        return value / 100  # "50 basis points": 0.5 percentage points, as written 50
    if value is not None and q.kind == "money" and _minor(q.unit):
        return value / 100  # "92 cents a share": $0.92 a share, as written 92 cents
    if value is None or q.kind != "measure":
        return value
    conversion = conversion_of(q.stated_unit, q.unit)  # a rate as its unit: "10 km a day" is 10,000 m a day
    return conversion(value) if conversion else value


_MINOR: dict[str, str] = dict(table("currencies", "minor"))  # type: ignore[arg-type]  # a hundredth of a currency


def _minor(unit: str | None) -> str | None:
    """The currency a minor unit is a hundredth of ("USX", cents: "USD"), for a unit or a rate of one."""
    return _MINOR.get((unit or "").split("/", 1)[0])


def _unit(q: Quantity) -> str | None:
    """The unit a quantity is kept in: a minor currency's major one ("USX/share" -> "USD/share")."""
    major = _minor(q.unit) if q.kind == "money" else None
    return major + (q.unit or "")[3:] if major else q.unit


# A share of a percentage point: "half a percentage point", "a quarter-point cut", "half-point" (rates, polls).
_POINT_SHARE = re.compile(r"\b(?P<half>half)\s+an?\s+percentage[\s-]points?\b"
                          r"|\b(?:an?\s+)?(?P<den>quarter|half)[\s-](?:percentage[\s-])?point\b", re.IGNORECASE)
_OF_A_POINT = re.compile(r"\s+of\s+an?\s+percentage[\s-]points?\b", re.IGNORECASE)


def _point_share(match: re.Match[str]) -> Found:
    """"half a percentage point", "a quarter-point": a change in percentage points, 0.5 and 0.25."""
    share = 0.25 if (match.group("den") or "").lower() == "quarter" else 0.5
    return Found("percent", match.start(), match.end(), share, share, share, "both", "pp", share, "percentage point",
                 None, None)


def _fraction(text: str, match: re.Match[str]) -> Found | None:
    """"two-thirds of voters", "a third of the crew", "half the condos", "one in five adults": a share, stated
    as a fraction and kept as a percentage; "1/2 pound", "1/16 of a US pint": a measure."""
    share = fraction_value(match)
    hedge, start = hedge_before(text, match.start())
    of_a = _OF_A.match(text, match.end())
    if of_a or match.group("num3"):
        # "1/2 pound", "three-quarters of a mile", "half a metre": a share of a unit is a measure
        found = unit_after(text, of_a.end() - 1 if of_a else match.end())
        if found is not None and found.entity not in ("currency", "dimensionless", "time"):
            low, high, closed = interval(hedge, share, share * _SHARE_STEP)
            conversion = MEASURES.get(found.name)
            unit = conversion.canonical if conversion else found.name
            return Found("measure", start if hedge else match.start(), found.end,
                         *((conversion(v) if conversion and v is not None else v) for v in (share, low, high)),
                         closed, unit, share,
                         found.name, hedge, None)
        scale = _OF_A_SCALE.match(text, match.end())
        if scale:  # "a quarter of a million people": 250,000, a count
            value = share * SCALES[scale.group(1).lower()]
            low, high, closed = interval(hedge, value, value * _SHARE_STEP)
            phrase = counted_phrase(text, scale.end())
            return Found("count", start if hedge else match.start(), scale.end(), value, low, high, closed, None,
                         value, phrase[0] if phrase else None, hedge, phrase[1] if phrase else None)
    if match.group("half") and re.match(r"\s+an?\b", text[match.end() :]) and not _OF_A_POINT.match(text, match.end()):
        return None  # "half a day" (durations), "half a million" (a number): no share of anything
    if match.group("num3") and not of_a and not re.match(r"\s+of\b", text[match.end() :]):
        return None  # "3/4 time": without "of", a numeric fraction is a share of nothing
    point = _OF_A_POINT.match(text, match.end())
    if point:  # "a quarter of a percentage point": a change of 0.25 points, not a share of 25%
        low, high, closed = interval(hedge, share, 0.0)
        return Found("percent", start if hedge else match.start(), point.end(), share, low, high, closed, "pp", share,
                     "percentage point", hedge, None)
    low, high, closed = interval(hedge, share * 100, 5.0)
    phrase = counted_phrase(text, match.end())
    return Found("percent", start if hedge else match.start(), match.end(), share * 100, low, high, closed, "%", share,
                 "fraction", hedge, phrase[1] if phrase else None)


_SHARE_STEP = 0.1  # a share of a unit is told to a tenth of itself: "about half a mile" is 0.475 to 0.525 miles
_OF_A = re.compile(r"\s+(?:of\s+)?an?\s+(?:(?:US|U\.S\.|imperial|British)\s+)?")
_OF_A_SCALE = re.compile(rf"\s+of\s+an?\s+({alternation(SCALES)})\b", re.IGNORECASE)


def _age_decade(match: re.Match[str]) -> Found:
    """"in his 40s": an age from 40 to 49 (early: 40 to 43, mid: 43 to 46, late: 46 to 49, "mid-to-late": 43 to
    49), in years of age."""
    decade = int(match.group("d")) * 10
    first = _DECADE_PARTS[match.group("part") and match.group("part").lower()][0]
    last = _DECADE_PARTS[(match.group("to") or match.group("part") or "").lower() or None][1]
    start = match.start("part") if match.group("part") else match.start("d")
    return Found("measure", start, match.end(), None, decade + first, decade + last, "left", "year", None,
                 "year of age", "range", None)


def _vague(text: str, match: re.Match[str], allowed: tuple[float, float, str] | None = None) -> Found:
    """"dozens of people", "millions watched", "tens of millions of dollars"; "several hundred residents" (with the
    interval ``allowed``, from the quantifier)."""
    low, high, closed = allowed or vague_interval(match.group(0))
    hedge, start = hedge_before(text, match.start())
    money = (_QUANTIFIED_MONEY if allowed else _VAGUE_MONEY).match(text[match.end() :])
    if money:
        code = _VAGUE_CURRENCIES[money.group("w").lower()]
        return Found("money", start if hedge else match.start(), match.end() + money.end(), None, low, high, closed,
                     code, None, CURRENCY_NAMES.get(code), "vague", None)
    phrase = counted_phrase(text, match.end())
    return Found("count", start if hedge else match.start(), match.end(), None, low, high, closed, None, None,
                 phrase[0] if phrase else None, "vague", phrase[1] if phrase else None)
