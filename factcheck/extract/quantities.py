"""Counts, percentages, money and physical measures.

Numbers, hedges, scale words, money, percentages and ranges follow our own news grammar; the unit after a
number is looked up in quantulum3's unit catalogue (see unitwords.py). quantulum3's parser itself is never
run: its known misreadings ("sixth" as 1/6, "a Rafah" as rand) cannot reach the table because it never
decides what a number is, and its cost no longer grows faster than the text.

A count's ``stated_unit`` is the noun phrase it counts, normalised ("9.3 million shipping containers" ->
"shipping container"), and its ``subject`` the head of that phrase ("container")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.cues import AGE_BEFORE, dates_an_event
from factcheck.extract.found import Found, Sentence
from factcheck.extract.hedges import VAGUE, hedge_after, hedge_before, interval, vague_interval
from factcheck.extract.lemmas import singular_noun, verb_form
from factcheck.extract.noun_phrase import counted_phrase
from factcheck.extract.numbers import FRACTION, Number, fraction_value, scan
from factcheck.extract.unitwords import UnitWord, unit_after
from factcheck.units import CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURES, SECONDS

_SYMBOL = re.compile(
    r"(?:(?<![A-Za-z])(?:US|HK|NZ|AU|A|C|S|R)\s?\$|\$\s?US|\$A|"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    + r"|\b(?:" + "|".join(sorted(CURRENCY_CODES)) + r"|RM|Rs\.?)\s?|(?<![A-Za-z])(?:PS|Y=))\s?$"
)
# £ and ¥ as a feed folded to ASCII writes them (unidecode's "PS" and "Y="). "PS" also names consoles ("PS5"), so
# it is money only against a figure written as money is: "PS2.7m", "PS21,700", "PS8.1bn".
_FOLDED = {"PS": "GBP", "Y=": "JPY"}
_FOLDED_POUNDS = re.compile(r"PS(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion)\b)")
_PREFIX_CODES = {"US$": "USD", "$US": "USD", "$A": "AUD", "AU$": "AUD", "HK$": "HKD", "NZ$": "NZD", "A$": "AUD",
                 "C$": "CAD", "S$": "SGD",
                 "R$": "BRL", "RM": "MYR", "RS": "INR", "RS.": "INR"}
_SPACED_SCALE = re.compile(r"\s(?P<s>B|bn|mn|mln)(?=\s+[a-z]{3,})")  # "about 8 B people", "$2.1 bn deal"
_ATTACHED_SCALE = re.compile(r"^(?P<s>[mM]|[bB]|bn|mn|mln|mil|[kK]|tn|trn)\b")
_LENGTH_CONTEXT = re.compile(r"^\s*(?:/|per\b|high|deep|long|wide|tall|above|below|away|from|of\s+(?:rain|snow|water))")
_CURRENCY_WORD = re.compile(r"^\s+(?:(?:U\.S\.|US|American|Canadian|Australian|Hong Kong|New Zealand|Singapore)\s+)?"
                            r"(?P<w>" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.I)
_CODE_AFTER = re.compile(r"^\s?(" + "|".join(sorted(CURRENCY_CODES)) + r")\b")
_PERCENT = re.compile(
    r"^(?:\s?%|\s?(?:percent|per\s?cent|pct|pc)\b)(?P<points>\s+points?\b)?|^\s+(?P<pp>percentage\s+points?|pp)\b",
    re.IGNORECASE)
_PER = re.compile(r"^(?:\s*\([^()]{1,40}\))?[\s-]*(?:per|a|an|/)[\s-]*"  # "(about $2.4 billion) a year", "a-year"
                  r"(?P<per>share|barrel|game|person|capita|head|night|gallon|litre|liter|"
                  r"ton|tonne|kilogram|kg|gram|ounce|square\s+(?:foot|feet|metre|meter)|sq\s?(?:ft|m)|day|week|"
                  r"month|year|hour|minute|second|century|mmbtu)\b(?!\s+(?:earlier|ago|later|before|after|on|from)\b)",
                  re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|-to-|and|or|through)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:between|from|of)\s+(?:about\s+|around\s+|up\s+to\s+)?$", re.IGNORECASE)
_AGE = re.compile(r"^(?:-|\s)(?:(?P<unit>year|month|week|day)s?)[-\s]old\b", re.IGNORECASE)
_MAGNITUDE = re.compile(r"(?:\bmagnitude[\s-]+$)|(?:^[\s-]+magnitude\b)", re.IGNORECASE)
# "two quakes, measuring 7.6 and 7.4", "a 6.1 quake": a magnitude without the word, where a quake is told.
_MEASURING = re.compile(r"\bmeasur(?:ing|ed)\s+(?:(?:about|around|some|nearly|at)\s+)?"
                        r"(?:\d+(?:\.\d+)?\s+(?:and|or|to)\s+)?$", re.IGNORECASE)
_QUAKE_AFTER = re.compile(r"^[\s-]+(?:earth)?quakes?\b|^[\s-]+(?:temblor|tremor|aftershock)s?\b", re.IGNORECASE)
_QUAKE = re.compile(r"\b(?:earth)?quakes?\b|\btemblors?\b|\btremors?\b|\baftershocks?\b|\bseismic\b",
                    re.IGNORECASE)
_SI_LETTER = re.compile(r"\s([WVA])\s+(?=[A-Za-z])")
_SI_LETTERS = {"W": ("watt", "power"), "V": ("volt", "electric potential"), "A": ("ampere", "current")}
_DEGREES = re.compile(r"\s?([CF])\b(?![.'’&-])")
_TEMPERATURE = re.compile(r"temperature|\bdegrees?\b|melting|boiling|freez|\b(?:high|low)s? of\b|°|\bheat|"
                          r"\bwarm|\bcold|\bhot\b|\bchill|weather|forecast", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)\s+"
                             r"(?:(?:new|used|old|older|more|other|additional)\s+)?$", re.IGNORECASE)
_PERSON_IS = re.compile(r"\b(?:who|he|she)\s+(?:is|was|will\s+be|turns|turned|would\s+have\s+been)\s+$",
                        re.IGNORECASE)
_AGE_ENDS = re.compile(r"\s*(?:[.,;]|$|\s+(?:by|when|in|on|at|this|next|and|but|years?\s+old)\b)")
_LIFE_EXPECTANCY = re.compile(r"\blife\s+expectancy\b[^.;]{0,40}\b(?:is|was|of|at|to|from)\s+"
                              r"(?:(?:around|about|nearly|almost|roughly|just)\s+)?$", re.IGNORECASE)
_BEFORE_NUMBER = re.compile(r"\b(?:the|its|their|his|her|our)\s+(top|bottom|previous|past|next|first|final|remaining|"
                            r"other)\s+$", re.IGNORECASE)
_ONE_OR = re.compile(r"\b(?:a|an|another|one)\s+(?P<noun>[a-z]+)\s+or\s+$", re.IGNORECASE)
_MEASURE_MODIFIER = re.compile(r"\s+\d+(?:\.\d+)?(?=\s?-?[a-zA-Z])")
_HYPHEN_RATE = re.compile(r"[\s-](?P<unit>[a-z]+?)s?-(?:a|per)-(?P<per>day|week|month|year)\b", re.IGNORECASE)
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:Route|Highway|Interstate|No|Nos|Number|number|Flight|flight|Room|room|Apt|Suite|Gate|Platform|"
    r"Channel|Article|Section|Chapter|Resolution|Page|page|pages|Line|Bus|Exit|Pier|Terminal|Level|level|Floor|"
    r"Track|Seat|Row|Precinct|District|Ward|Unit|Box|Ext|Model|model|Version|version|Windows|iPhone|Boeing|"
    r"Airbus|Proposition|Prop|Bill|bill|Amendment|Week|Day|Game|game|Stage|stage|Round|round|Act|Title|Code|code|"
    r"PO|Apollo|Class|class|Category|category|Phase|phase|Type|type|Grade|grade|Size|size|Step|step|Term|ISO|"
    r"S&P|S ?P|sp|Stoxx|FTSE|ASX|DAX|CAC|Nikkei|Fortune|Big|Top|Formula|Series|Watch|Galaxy|Pixel|Xbox|PlayStation|"
    r"Note|Mark|Mk|Tier|tier|Zone|zone|Lot|Block|Ch|Vol|vol|Issue|issue|Episode|episode|Season|season)"
    r"[.\s#-]*$"
)
_STREET_AFTER = re.compile(r"^(?:[-–]\d+)?\s+(?:\w+\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
                           r"Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Highway)\b|^\s+(?:Ave|Avenue|Rue|Via)\b")
_PHONE = re.compile(r"^[-.]\d{3,4}\b|^\)\s?\d{3}")
_SCORE = re.compile(r"^[-–](?P<other>\d{1,2})\b(?!\s*(?:%|percent|per\b))")
_NOT_A_COUNT_AFTER = re.compile(
    r"^(?:\s*:\d|\s+of\s+(?:them|those|these|us)\b|\s+another\b"
    r"|\s*(?:a\.m|p\.m|am|pm)\b|\.\d|/\d|(?:st|nd|rd|th)\b|[A-Za-z]+\d)", re.IGNORECASE)
_YEAR_CONTEXT = re.compile(r"\b(?:A\.?D\.?|B\.?C\.?|in|since|between|from|by|of|until|after|before)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class _Quantity:
    """A figure with its unit, before hedges: built for each number, then hedged and merged into ranges."""

    start: int
    end: int
    kind: str
    value: float
    step: float
    unit: str | None
    stated_unit: str | None
    subject: str | None
    number: Number
    bare: bool = False  # no unit of its own: may borrow the next figure's in a range ("5 to 6 percent")


def find(sentence: Sentence) -> list[Found]:
    text = sentence.text
    vague = [_vague(text, m) for m in VAGUE.finditer(text)]
    vague += [f for f in (_fraction(text, m) for m in FRACTION.finditer(text))
              if f is not None and not any(f.overlaps(v) for v in vague)]
    quantities = [q for n in scan(text.replace("μ", "µ")) if not _inside(n, vague) for q in [_quantity(text, n)] if q]
    return sorted(vague + _hedged(text, _ranges(text, _elliptic(text, quantities))), key=lambda f: f.start)


def _elliptic(text: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """"68,400 people ... and 95,800 who", "435 homes by open sale and 187 by tender", "84.75 cents, while the
    lowest is 74.07": a bare figure that follows another in the same clause list counts the same thing; so does
    the level a change reached ("rose 64.06 points to 4,577.10")."""
    result: list[_Quantity] = []
    for index, quantity in enumerate(quantities):
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        if quantity.bare and following is not None and not following.bare and (
                _RANGE_JOIN.match(text[quantity.end : following.start])):
            result.append(quantity)  # "eight or nine euros": the range that follows gives the unit
            continue
        # "68,400 people who ... for one to two years and 95,800 who": a span of time is a duration's, not a list's
        previous = next((q for q in reversed(result) if q.subject not in SECONDS), None)
        between = text[previous.end : quantity.start] if previous else ""
        points = next((q for q in reversed(result) if q.subject == "point"), None)
        priced = next((q for q in reversed(result) if q.kind == "money" and text.startswith(" (", q.end)), None)
        if quantity.bare and priced is not None and _MONEY_ASIDE.match(text, quantity.end):
            quantity = _like(text, quantity, priced)  # "2,435,000 yen ($22,480) for one and 2,380,000 ($21,972)"
        elif quantity.bare and points is not None and _LEVEL.search(text[max(0, quantity.start - 48) : quantity.start]):
            quantity = _like(text, quantity, points)  # "to 1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18"
        elif (quantity.bare and previous is not None and not previous.bare and previous.stated_unit
                and previous.kind != "measure"  # "1,500 kilometers south of Tehran, has a population of 100,000"
                and ((re.search(r"(?:\band|\bwhile|\bincluding|\bbut|,)\s", between) and len(between) < 80
                      and not re.match(r"\s*(?:-|–|to)\s*$", between))
                     or (previous.kind != "percent" and re.fullmatch(r"\s+(?:[a-z]+\s+){0,2}to\s+", between)
                         and _CHANGED.search(text[max(0, previous.start - 24) : previous.start])))):
            quantity = _like(text, quantity, previous)
        elif quantity.bare and previous is not None and not previous.bare and previous.kind != "measure" and (
                _SET_AGAINST.search(between) and len(between) < 60):
            quantity = _like(text, quantity, previous)  # "3.9 million headsets, up from 2.4 million"
        elif (quantity.bare and previous is not None and previous.kind == "measure"
              and re.fullmatch(r"\s+(?:[a-z]+\s+)?to\s+", between)
              and _FROM.search(text, 0, previous.number.start)):
            quantity = _like(text, quantity, previous)  # "from 21 mpg combined to 23", "from about 14-18 mpg to 24"
        result.append(quantity)
    return result


def _like(text: str, quantity: _Quantity, other: _Quantity) -> _Quantity:
    """A bare figure counting what ``other`` counts, in its unit."""
    like = replace(quantity, kind=other.kind, unit=other.unit, stated_unit=other.stated_unit, subject=other.subject,
                   bare=False)
    return _per(text, like) if "/" not in (other.unit or "") else like  # "an average of 20 per week"


_MONEY_ASIDE = re.compile(r"\s\((?:about |around |roughly )?(?:US|A|C|NZ|HK|S)?\s?[$€£¥]\s?\d")
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?(?:\d[\d,.]*\s*[-–]\s*)?$", re.IGNORECASE)
_SET_AGAINST = re.compile(r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)"
                          r"(?:\s+an?\s+average\s+of)?\s+$", re.IGNORECASE)
# The level a change reached: "lost 162.31 points, or 2.14%, to fall to 7,425.81"; "ended down 1% at 1,463.78"
_LEVEL = re.compile(r"\b(?:rose|fell|gained|lost|added|dropped|climbed|declined|slipped|jumped|slid|shed|edged|"
                    r"ended|closed|finished|up|down)\b(?:[^.;]|\.\d)*\b(?:to|at|close\s+of)\s+$", re.IGNORECASE)


_SUSPENDED_LIST = re.compile(r"^-(?:,?\s+[\w.]+-)*,?\s+(?:and|or|to)\s+[\w.]+-(?P<noun>[a-z]+)\b")
_CHANGED = re.compile(r"\b(?:rose|rise|risen|fell|fall|fallen|gained|lost|added|dropped|climbed|declined|slipped|"
                      r"jumped|slid|shed|up|down)\s+(?:by\s+)?$", re.IGNORECASE)


def _inside(number: Number, spans: list[Found]) -> bool:
    return any(f.start <= number.start < f.end for f in spans)


def _quantity(text: str, number: Number) -> _Quantity | None:
    before, after = text[: number.start], text[number.end :]
    value, step, end = number.value, number.step, number.end
    symbol = _SYMBOL.search(before[-6:])
    if symbol and symbol.group(0).strip() == "PS" and not (
            before.endswith("PS") and _FOLDED_POUNDS.match(text, number.start - 2)):
        if before.endswith("PS"):
            return None  # "PS5", "PS4": a console, not pounds
        symbol = None
    if not number.words:
        scale = _ATTACHED_SCALE.match(after) or _SPACED_SCALE.match(after)
        letter = scale.group("s").lower() if scale else ""
        if scale and (symbol or letter in ("k", "bn", "mn", "mln", "mil") or scale.group("s") == "M"
                      or scale.re is _SPACED_SCALE
                      or (letter == "m" and _million_follows(text, number.end + scale.end()))):
            factor = {"m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "k": 1e3, "tn": 1e12,
                      "trn": 1e12}[letter]
            value, step, end = value * factor, step * factor, end + scale.end()
            after = text[end:]
    # money: "$12 million", "EUR 1.5m", "3 million dollars", "9 billion shekels", "108.79 JPY", "164p"
    word = _CURRENCY_WORD.match(after)
    code_after = _CODE_AFTER.match(after)
    if code_after and not symbol:
        return _per(text, _Quantity(number.start, end + code_after.end(), "money", value, step, code_after.group(1),
                                    CURRENCY_NAMES.get(code_after.group(1), code_after.group(1).lower()), None,
                                    number))
    pence = re.match(r"p\b(?!\.?m\b)", after)
    if pence and not number.words and not symbol:
        return _Quantity(number.start, end + 1, "money", value, step, "GBX", "penny", None, number)
    if number.scale > 1 and not symbol and re.match(r"\s+pounds\b(?!\s+of\b)", after):
        return _Quantity(number.start, end + 7, "money", value, step, "GBP", "pound sterling", None, number)
    if symbol or word:
        start = number.start - (len(symbol.group(0)) if symbol else 0)
        if word:
            end += word.end()
            code = CURRENCY_WORDS[word.group("w").lower()]
            prefix = word.group(0).strip().split()[0].upper()
            code = {"CANADIAN": "CAD", "AUSTRALIAN": "AUD", "HONG": "HKD", "NEW": "NZD", "SINGAPORE": "SGD"}.get(
                prefix, code) if code == "USD" else code
        else:
            written = re.sub(r"\s", "", symbol.group(0)).upper() if symbol else ""
            code = _PREFIX_CODES.get(written) or CURRENCY_SYMBOLS.get(written) or _FOLDED.get(written) or written
        return _per(text, _Quantity(start, end, "money", value, step, code, CURRENCY_NAMES.get(code, code.lower()),
                                    None, number))
    percent = _PERCENT.match(after)
    if percent:
        points = percent.group("points") is not None or percent.group("pp") is not None
        return _per(text, _Quantity(number.start, end + percent.end(), "percent", value, step, "pp" if points else "%",
                                    "percentage point" if points else "percent", _subject(text, end + percent.end()),
                                    number))
    decimal = not float(value).is_integer() and 1.0 <= value < 10.0
    quake_magnitude = decimal and (_QUAKE_AFTER.match(after) or (
        _MEASURING.search(before[-40:]) and _QUAKE.search(text)))
    if _MAGNITUDE.search(before[-12:]) or _MAGNITUDE.match(after) or quake_magnitude:
        return _Quantity(number.start, end, "measure", value, step, "magnitude", "magnitude", None, number)
    age = _AGE.match(after)
    person = (re.search(r"\b[A-Z][A-Za-z'’.-]+,\s$", before) and re.match(r",", after)) or (
        _PERSON_IS.search(before[-24:]) and _AGE_ENDS.match(after))  # "Maria, who was 10.", "He will be 35 by"
    if not age and not number.words and person and 1 <= value <= 110 and value == int(value):
        return _Quantity(number.start, end, "measure", value, step, "year", "year of age", None, number)
    if age or AGE_BEFORE.search(before[-9:]):
        unit = (age.group("unit") if age else "year").lower()
        years = None if age else re.match(r"\s+(?:year|month)s?\b", after)  # "under the age of 5 years"
        unit = years.group(0).strip().lower().rstrip("s") if years else unit
        stop = end + (age.end() if age else years.end() if years else 0)
        return _Quantity(number.start, stop, "measure", value, step, unit, f"{unit} of age",
                         _subject(text, stop), number)
    if not number.words and re.fullmatch(r"[2-6]", text[number.start : end]) and re.match(r"G(?![A-Za-z])", after):
        return None  # "5G", "3G and 4G networks": a generation of mobile networks, not gauss
    si_letter = _SI_LETTER.match(after) if re.search(r"\b(?:a|an|the)\s+$", before) else None
    if si_letter:  # "a 5 W charger", "a 12 V battery": a symbol set apart, before the thing it measures
        name, entity = _SI_LETTERS[si_letter.group(1)]
        return _with_unit(text, number, value, step, UnitWord(end + 2, name, entity))
    degrees = _DEGREES.match(after)
    if degrees and _TEMPERATURE.search(text):  # "12 C melting point", "a high of 88 F"
        name = "degree Celsius" if degrees.group(1) == "C" else "degree fahrenheit"
        return _with_unit(text, number, value, step, UnitWord(end + degrees.end(), name, "temperature"))
    rate = _HYPHEN_RATE.match(after)  # "a 52,000 barrel-a-day refinery"
    found = unit_after(text[: end + rate.end("unit")], end) if rate else None
    if rate and found is not None and found.entity not in ("time", "currency", "dimensionless"):
        measure = _with_unit(text, number, value, step, replace(found, end=end + rate.end()))
        per = rate.group("per").lower()
        return measure and replace(measure, unit=f"{measure.unit}/{per}",
                                   stated_unit=f"{measure.stated_unit} per {per}")
    found = unit_after(text, end)
    if found is not None:
        return _with_unit(text, number, value, step, found)
    if _not_a_count(text, number):
        return None
    times = re.match(r"[\s-](?:times|fold)\b", after)
    if times:
        return _per(text, _Quantity(number.start, end + times.end(), "count", value, step, None, "time", None,
                                    number))
    suspended = re.match(r"-\s+(?:or|and|to)\s+\d", after)  # "a 7- or 8-inch screen"
    if suspended:
        following = unit_after(text, number.end + re.match(r"-\s+(?:or|and|to)\s+[\d.]+", after).end())
        if following is not None:
            return _with_unit(text, number, value, step, replace(following, end=end + 1))
    listed = _SUSPENDED_LIST.match(after)
    if listed:  # "four-, five- and six-cylinder engines": what the last of the list counts
        noun = counted_phrase(listed.group("noun"), 0)
        name = noun[1] if noun else listed.group("noun")
        return _Quantity(number.start, end + 1, "count", value, step, None, name, name, number)
    hyphen = re.match(r"-(?!(?:to|and|or)-)([a-z]+)\b", after)  # not "0-to-60-mph"
    if hyphen and value != int(value):
        return None  # "a 6.7-strength quake": a measure in words, not a count
    if hyphen:  # "a four-cylinder engine", "a 12-page document": the word after the hyphen is what is counted
        lemma = counted_phrase(hyphen.group(1), 0)
        noun = lemma[1] if lemma else hyphen.group(1)
        return _Quantity(number.start, end + hyphen.end(), "count", value, step, None, noun, noun, number)
    phrase = counted_phrase(text, end)
    paired = _ONE_OR.search(before) if phrase is None else None
    if paired:  # "another pick or two": the figure counts the noun it is paired with
        phrase = counted_phrase(text, paired.start("noun") - 1)
        phrase = phrase if phrase and phrase[1] not in SECONDS else None
    modifier = _MEASURE_MODIFIER.match(after) if phrase is None else None
    if modifier:  # "eight million 250ml bottles", "two 500-pound bombs": what is counted follows the measure
        inner = unit_after(text, end + modifier.end())
        phrase = counted_phrase(text, inner.end) if inner and inner.entity != "currency" else None
    if phrase is None:
        expectancy = _LIFE_EXPECTANCY.search(before[-60:])
        if expectancy and not number.words and 30 <= value <= 110:  # "life expectancy for men is around 73"
            return _Quantity(number.start, end, "measure", value, step, "year", "year of age", None, number)
        return _Quantity(number.start, end, "count", value, step, None, None, None, number, bare=True)
    written = text[end : phrase[2]].split()
    if (not number.words and value > 1 and all(w[0].isupper() for w in written) and not written[-1].endswith("s")
            and not _headline(text)):
        return None  # "787 Dreamliner", "11 Pro Max": a count of more than one names plural things; this is a model
    if value > 1 and len(written) > 1 and written[0].isalpha() and written[0].islower() and (
            phrase[1] == written[-1].lower() and singular_noun(written[0])):
        noun = written[0]  # "a 12 page document", "a 3 cylinder engine": "12-page" without its hyphen
        phrase = (noun, noun, phrase[2])
    before_number = _BEFORE_NUMBER.search(before)
    if before_number:  # "the top three seeds", "the previous two sessions"
        phrase = (f"{before_number.group(1).lower()} {phrase[0]}", phrase[1], phrase[2])
    counted = _Quantity(number.start, end, "count", value, step, None, phrase[0], phrase[1], number)
    return replace(_per(text, replace(counted, end=phrase[2])), end=end)  # a rate: "3,000 tests a day"


def _headline_verb(text: str, name: re.Match[str]) -> bool:
    """"Quake Kills 10; 80 Hurt": in a Title Case headline a capitalised verb before a figure is no name."""
    word = name.group(0).strip().lower()
    return _headline(text) and (verb_form(word) == "present" or word.endswith(("s", "ed")))


def _headline(text: str) -> bool:
    """Title Case ("Quake Kills 10; 80 Hurt"), where a capital says nothing of a name."""
    words = re.findall(r"\b[A-Za-z][a-z]*\b", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _with_unit(text: str, number: Number, value: float, step: float, found: UnitWord) -> _Quantity | None:
    if found.entity == "time":
        return None  # durations own time units (see durations.py)
    if found.entity == "currency":
        code = {v: k for k, v in CURRENCY_NAMES.items()}.get(found.name, found.name.upper())
        return _per(text, _Quantity(number.start, found.end, "money", value, step, code, found.name, None, number))
    if found.name == "percentage":
        return _Quantity(number.start, found.end, "percent", value, step, "%", "percent", None, number)
    if found.entity == "dimensionless":
        phrase = counted_phrase(text, found.end)
        return _Quantity(number.start, found.end, "count", value, step, None, found.name,
                         phrase[1] if phrase else None, number)
    conversion = MEASURES.get(found.name)
    unit = conversion.canonical if conversion else found.name
    return _per(text, _Quantity(number.start, found.end, "measure", value, step, unit, found.name,
                                _subject(text, found.end), number))


_PER_NAMES = {"sqm": "square metre", "sqft": "square foot", "squarefeet": "square foot", "squarefoot": "square foot",
              "squaremetre": "square metre", "squaremeter": "square metre", "kg": "kilogram", "liter": "litre",
              "mmbtu": "mega british thermal unit"}


def _per(text: str, quantity: _Quantity) -> _Quantity:
    """Rates: "$62 per share", "800,000 barrels a day", "$3,500 a month"."""
    per = _PER.match(text[quantity.end :])
    if not per:
        return quantity
    denominator = re.sub(r"\s+", " ", per.group("per").lower())
    denominator = _PER_NAMES.get(denominator.replace(" ", ""), denominator)
    # The rate's words belong to the figure, unless an aside stands between: "9 billion shekels ($2.4 billion)
    # a year" keeps its span, and so does a count, whose counted thing is not part of its span either.
    spoken = (quantity.kind == "count" and quantity.stated_unit != "time") or "(" in per.group(0)
    end = quantity.end if spoken else quantity.end + per.end()
    return replace(quantity, end=end, unit=f"{quantity.unit or ''}/{denominator}",
                   stated_unit=f"{quantity.stated_unit} per {denominator}")


def _subject(text: str, position: int) -> str | None:
    phrase = counted_phrase(text, position)
    return phrase[1] if phrase else None


def _counts_something(text: str, position: int) -> bool:
    """A plural noun or a unit follows ("1500 people", "2000 - 2500 Calories"): the figure is no year."""
    if re.match(r"\s*(?:-|–|to)\s*\d{4}\b(?![.,]?\d|\s*(?:million|billion))", text[position:]) or unit_after(
            text, position):
        return True
    phrase = counted_phrase(text, position)
    return bool(phrase and re.match(r"\s+[A-Za-z]+s\b|\s+people\b", text[position:]))


def _million_follows(text: str, position: int) -> bool:
    """"1.2m tons", "2.7m combined sales": an attached m is a million when a plural noun follows it within a few
    words; "a 2m wall", "4m deep" are metres."""
    rest = text[position : position + 60]
    if _LENGTH_CONTEXT.match(rest):
        return False
    return bool(re.match(r"\s+(?:of\b|people\b|(?:[a-z]+\s+){0,4}[a-z]{3,}s\b)", rest))


def _not_a_count(text: str, number: Number) -> bool:
    surface = text[number.start : number.end]
    before, after = text[: number.start], text[number.end :]
    if re.search(r"\d{3}[-.]$|\b0\d{2,4}\s$", before) or (not number.words and re.fullmatch(r"0\d+", surface)):
        return True  # a phone number's second part, or a code with a leading zero
    if not number.words and re.fullmatch(r"\d{4}", surface) and not _counts_something(text, number.end) and (
            re.fullmatch(r"1[89]\d\d|20\d\d", surface) or (_YEAR_CONTEXT.search(before[-8:]) and not re.search(
                r"\b(?:average|total|sum|maximum|minimum|tally|toll)\s+of\s+$", before[-16:]))):
        return True  # a year: "in 2019", "between A.D. 1000 and 1260"
    if not number.words and re.fullmatch(r"19\d\d|20\d\d", surface) and re.search(
            r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", before[-8:], re.IGNORECASE):
        return True  # a year that names a thing: "the 2007 convictions", "the 2004 tsunami" (counts take commas)
    if re.search(r"\b(?:A\.?D\.?|B\.?C\.?)\s+\d{3,4}\s+(?:and|to|-|–)\s+$", before):
        return True  # "between A.D. 1000 and 1260": the second year of a span
    if not number.words and dates_an_event(text, number.start, number.end):
        return True
    if number.words and surface.lower() in ("one", "a", "an") and not re.match(r"\s+[A-Za-z]+", after):
        return True
    if surface.lower() == "one" and (counted_phrase(text, number.end) is None or re.match(
            r"\s+(?:of|another|day|time|way|side|thing|point|or|who)\b", after)):
        return True
    if before.endswith("(") and after.startswith(")"):
        return True  # a shirt number or a reference: "Dak Prescott (4)"
    name = re.search(r"\b[A-Z][A-Za-z&]*\s+$", before)
    named = name and not _headline_verb(text, name)
    if not number.words and named and before[: name.start()].strip() and not re.search(
            r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|About|Some|Over|Nearly|Almost|"
            r"Around|More|At|Up|Only|Just|All|Another|Of|In|On|To|And|For|With|By|From|Than|Least|Top|Between|Under|"
            r"Roughly|Approximately|Exactly|Since|Until|After|Before|During|Each|Every|Those|These|Its|Their)\s+$",
            before[-12:]):
        return True  # "S&P 500", "Big 12", "Boeing 787", "Section 427": a name with a number
    score = _SCORE.match(after)
    if (score and re.fullmatch(r"\d{1,2}", surface) and float(score.group("other")) <= number.value
            and unit_after(text, number.end + score.end()) is None):
        return True  # a score: "2-0", "9-2", "89-89"
    earlier = re.search(r"\b(\d{1,2})[-–]$", before)
    if earlier and re.fullmatch(r"\d{1,2}", surface) and float(earlier.group(1)) >= number.value and (
            unit_after(text, number.end) is None and not _SCORE.match(after)):
        return True  # the second half of a score
    if re.match(r"[-–]\d", after) and re.fullmatch(r"\d{4,}", surface):
        return True  # a code: "ISO 3888-2"
    if re.match(r"\s+(?:ZIP|zip|postcode|post code|area code)\b", after):
        return True
    if not number.words and re.match(r"\s+[A-Z][a-z]*\b(?!\s+of\b)", after) and _COUNTED_BEFORE.search(before):
        return True  # "two new 737 Max jets", "three 787 Dreamliners": a model named inside a counted phrase
    return bool(_IDENTIFIER_BEFORE.search(before[-16:]) or _STREET_AFTER.match(after) or _PHONE.match(after)
                or _NOT_A_COUNT_AFTER.match(after) or re.search(r"[#№]\s*$", before))


def _ranges(text: str, quantities: list[_Quantity]) -> list[_Quantity | tuple[_Quantity, _Quantity]]:
    """Merge "between 5 and 6 percent", "from $800,000 to $1.3 million", "5-10W", "three or four years"."""
    merged: list[_Quantity | tuple[_Quantity, _Quantity]] = []
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


def _joinable(text: str, first: _Quantity, second: _Quantity) -> bool:
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
    if (re.search(r"\bby\s+$", before) or _CHANGED.search(before)) and not first.bare:
        return False  # "increased by $43.6 billion to $419.2 billion": a change and a level, not a range
    from_ = opened is not None and opened.group(0).lower().startswith("from")
    rate = first.kind == second.kind and (second.unit or "").startswith(f"{first.unit}/")  # "$48,000 to $90,000 a year"
    aged = second.bare and (first.stated_unit or "").endswith(" of age")  # "men aged 18 to 34"
    same = (first.kind, first.unit) == (second.kind, second.unit) or rate or first.bare or (
        second.bare and (from_ or aged))
    if not same:
        return False
    ascending = first.value * _borrowed_scale(first, second) <= second.value
    return ascending or (opened is not None and opened.group(0).lower().startswith("from"))


_BORROW_JOIN = re.compile(r"^\s+(?:or|of(?:\s+the)?)\s+$", re.IGNORECASE)
_POINTS_JOIN = re.compile(r"^,?\s+(?:up|down)\s+$", re.IGNORECASE)  # "(16369.03 up 58.06 points)"


def _borrowed(first: _Quantity, second: _Quantity) -> _Quantity:
    """A bare figure with the unit (and the scale word) of the figure it is set against."""
    scale = _borrowed_scale(first, second)
    return replace(first, kind=second.kind, value=first.value * scale, step=first.step * scale, unit=second.unit,
                   stated_unit=second.stated_unit, subject=second.subject, bare=False)


def _borrowed_scale(first: _Quantity, second: _Quantity) -> float:
    """"5 to 6 million", "$10 to $15 billion": the first figure takes the second's scale word."""
    scale = second.number.scale
    if first.number.scale == 1 and scale > 1 and (first.bare or first.number.value < 1000) and (
            first.number.value * scale <= second.number.value):
        return scale  # but "$200 to $4 million" keeps its $200
    return 1.0


def _hedged(text: str, items: list[_Quantity | tuple[_Quantity, _Quantity]]) -> list[Found]:
    found: list[Found] = []
    for item in items:
        if isinstance(item, tuple):
            found.append(_range_fact(text, *item))
        else:
            found.append(_fact(text, item))
    return found


def _fact(text: str, q: _Quantity) -> Found:
    hedge, start = hedge_before(text, q.start)
    if text[max(0, q.number.start - 4) : q.number.start].lower() == "sub-":
        hedge, start = "under", q.number.start - 4
    after_hedge, after_end = hedge_after(text, q.end)
    hedge = hedge or after_hedge
    low, high, closed = interval(hedge, q.value, q.step)
    value, low, high = _convert(q, q.value), _convert(q, low), _convert(q, high)
    end = after_end if after_hedge else q.end
    subject = q.subject
    if after_hedge and q.kind == "count" and q.bare:
        phrase = counted_phrase(text, after_end)  # "120 or more survivors"
        subject, stated_unit = (phrase[1], phrase[0]) if phrase else (None, q.stated_unit)
        q = replace(q, stated_unit=stated_unit)
    return Found(q.kind, min(start, q.start), end, value, low, high, closed, q.unit, q.value, q.stated_unit, hedge,
                 subject)


def _range_fact(text: str, first: _Quantity, second: _Quantity) -> Found:
    scale = _borrowed_scale(first, second)
    a, b = first.value * scale, second.value
    opened = _RANGE_OPEN.search(text[: first.start])
    start = opened.start() if opened else first.start
    unit_of = first if second.bare and not first.bare else second  # "from 208 pounds to 193"
    low, high = _convert(unit_of, min(a, b)), _convert(unit_of, max(a, b))
    return Found(unit_of.kind, start, second.end, None, low, high, "both", unit_of.unit, None, unit_of.stated_unit,
                 "range", unit_of.subject)


def _convert(q: _Quantity, value: float | None) -> float | None:
    if value is None or q.kind != "measure":
        return value
    conversion = MEASURES.get(q.stated_unit or "")
    return conversion(value) if conversion else value


def _fraction(text: str, match: re.Match[str]) -> Found | None:
    """"two-thirds of voters", "a third of the crew", "half the condos", "one in five adults": a share, stated
    as a fraction and kept as a percentage; "1/2 pound", "1/16 of a US pint": a measure."""
    share = fraction_value(match)
    hedge, start = hedge_before(text, match.start())
    if match.group("num3"):
        of_a = _OF_A.match(text, match.end())
        found = unit_after(text, of_a.end() - 1 if of_a else match.end())
        if found is not None and found.entity not in ("currency", "dimensionless", "time"):
            low, high, closed = interval(hedge, share, 0.0)
            conversion = MEASURES.get(found.name)
            unit = conversion.canonical if conversion else found.name
            return Found("measure", start if hedge else match.start(), found.end,
                         *((conversion(v) if conversion and v is not None else v) for v in (share, low, high)),
                         closed, unit, share,
                         found.name, hedge, None)
        if not of_a and not re.match(r"\s+of\b", text[match.end() :]):
            return None  # "3/4 time": without "of", a numeric fraction is a share of nothing
    low, high, closed = interval(hedge, share * 100, 5.0)
    phrase = counted_phrase(text, match.end())
    return Found("percent", start if hedge else match.start(), match.end(), share * 100, low, high, closed, "%", share,
                 "fraction", hedge, phrase[1] if phrase else None)


_OF_A = re.compile(r"\s+of\s+an?\s+(?:(?:US|U\.S\.|imperial|British)\s+)?")


def _vague(text: str, match: re.Match[str]) -> Found:
    """"dozens of people", "millions watched", "tens of millions of dollars"."""
    low, high, closed = vague_interval(match.group(0))
    hedge, start = hedge_before(text, match.start())
    money = re.match(r"\s+of\s+(?P<w>dollars|euros|pounds|yen|yuan|shekels|rupees)\b", text[match.end() :], re.I)
    if money:
        code = CURRENCY_WORDS[money.group("w").lower()]
        return Found("money", start if hedge else match.start(), match.end() + money.end(), None, low, high, closed,
                     code, None, CURRENCY_NAMES.get(code), "vague", None)
    phrase = counted_phrase(text, match.end())
    return Found("count", start if hedge else match.start(), match.end(), None, low, high, closed, None, None,
                 phrase[0] if phrase else None, "vague", phrase[1] if phrase else None)
