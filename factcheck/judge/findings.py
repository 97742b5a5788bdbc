"""Findings from judged groups: one finding per disagreement, its sides named in an editor's words ("The Hill
alone says 'millions'; four sources say ..."), with the severity the frames allow."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factcheck.align import AUTO
from factcheck.documents import Document
from factcheck.facts import Fact
from factcheck.frames import RAW, RESIDENTS, owners_match
from factcheck.judge.comparable import side
from factcheck.judge.groups import Judged
from factcheck.rules.loader import DEFAULT_MESSAGE
from factcheck.rules.model import Rule, Side, Verdict
from factcheck.rules.things import is_people

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_SINGLE_MESSAGE = '{description}: "{a}" ({a_source}, {a_date}): {why}'
# A finding before it is numbered: rule, key, severity, message, fact ids, explanation, sides.
Draft = tuple[str, str, str, str, tuple[str, ...], str, tuple[tuple[str, ...], ...]]


def severity_of(rule: Rule | None, verdict: Verdict, sure: bool) -> str:
    """The rule's severity (a warning for a figure no rule claims) where the frames match in full; a note where
    they leave the figure unsure or the verdict rests on a guess about a running total."""
    if not sure:
        return "info"
    if verdict.severity is not None:
        return verdict.severity  # a running total's digits slipped: a warning, whatever the rule's severity
    if not verdict.sure:
        return "info"  # a running total whose dates are unknown, a weekday with no date, two credited sources
    return rule.severity if rule else "warning"


def group_draft(rule: Rule | None, key: str, judged: Judged, sure: bool, by_doc: Mapping[str, Document]) -> Draft:
    verdict = judged.verdict
    severity = severity_of(rule, verdict, sure)
    a, b = (side(f, by_doc) for f in judged.pair)
    about = None if rule else _about(*judged.pair, sure=severity != "info")
    message = _message(rule, key, judged.sides, (a, b), verdict.why, by_doc, about)
    ids = tuple(f.id for group in judged.sides for f in group)
    sides = tuple(tuple(f.id for f in group) for group in judged.sides)
    return (rule.id if rule else "auto", key, severity, message, ids, verdict.why, sides)


def single_draft(rule: Rule, key: str, verdict: Verdict, fact: Side) -> Draft:
    """A figure impossible on its own (plausibility bounds, a part larger than its total)."""
    severity = verdict.severity or rule.severity
    message = _pair_message(rule, key, (fact,), verdict.why)
    return (rule.id, key, severity, message, (fact.fact.id,), verdict.why, ((fact.fact.id,),))


def description(rule: Rule | None, key: str) -> str:
    return rule.description if rule else f"possibly the same figure ({key.removeprefix(AUTO)})"


_KINDS = {"date": "Date", "time": "Time", "count": "Number", "money": "Sum", "percent": "Share", "measure": "Measure",
          "duration": "Length of time", "ordinal": "Place in order", "record": "Win-loss record"}


def _about(a: Fact, b: Fact, sure: bool) -> str | None:
    """What two figures no rule claims are about, as their frames name it, for a sure finding ("Richard Carter's
    points", "Number of other rifles", "Date (strike)"); none for a note, which stays "possibly the same figure"."""
    if not sure:
        return None
    thing = a.thing if a.thing and a.thing == b.thing and a.kind not in ("date", "time") else None
    predicate = a.predicate if a.predicate == b.predicate and a.predicate and not a.predicate.startswith(RAW) else None
    owner = max((a.owner, b.owner), key=len) if a.owner and b.owner and owners_match(a.owner, b.owner) else None
    if owner:
        written = next((found.group(0) for f in (a, b) if (found := re.search(re.escape(owner), f.sentence,
                                                                                 re.IGNORECASE))), None)
        owner = written if written and written[:1].isupper() else owner.title()  # "McDermott", not "Mcdermott"
    if a.kind == "count" and thing and predicate in _LEGAL and not is_people(thing):
        return f"Counts of {thing}"  # "two murder charges", "three counts of murder": not a number of murders
    if a.kind == "count" and predicate == RESIDENTS:
        return f"People living in {owner}" if owner else "People living there"  # not "Manokwari's people"
    if a.kind == "count" and thing:
        counted = _plural(thing)
        return f"{owner}'s {counted}" if owner else f"Number of {counted}"
    if thing == "age" and owner:
        return f"{owner}'s age"
    what = _KINDS.get(a.kind, "Figure")
    detail = thing or (predicate if a.kind in ("date", "time", "duration") else None)
    what = f"{what} ({detail})" if detail else what
    return f"{owner}'s {what[:1].lower()}{what[1:]}" if owner else what


_LEGAL = frozenset({"arrest", "convict", "acquit", "plead"})  # predicates.yaml: charged, convicted, acquitted, pleaded
_IRREGULAR = {"person": "people", "child": "children", "man": "men"}  # "woman", "policeman" end so too
_MODEL = re.compile(r"\b([a-z]{1,3})(\d{1,3})$")  # factcheck.frames writes a model's designation so: "ak47", "f16"


def _plural(noun: str) -> str:
    """A counted thing's lemma made plural for a heading ("country" -> "countries"; "points" stays; a model's
    designation written as news writes it: "ak47" -> "AK-47s")."""
    model = _MODEL.search(noun)
    if model is not None:
        return f"{noun[: model.start()]}{model.group(1).upper()}-{model.group(2)}s"
    if noun.endswith(("s", "people", "children", "police", "men")):
        return noun
    for single, plural in _IRREGULAR.items():
        if noun.endswith(single):
            return noun[: -len(single)] + plural
    if noun.endswith("fe"):
        return noun[:-2] + "ves"  # "wives", "lives"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("x", "ch", "sh")) else "s")


def _message(rule: Rule | None, key: str, sides: Sequence[Sequence[Fact]], pair: tuple[Side, Side], why: str,
             by_doc: Mapping[str, Document], about: str | None = None) -> str:
    """The finding's message, headed by its rule's description, else by ``about`` (what the frames name), else by
    its key."""
    if rule is not None and rule.message:
        return _pair_message(rule, key, pair, why)
    named = [_side_text(group, by_doc) for group in sides]
    sources = [{_source(f, by_doc) for f in group} for group in sides]
    text = (about or description(rule, key)) + ": "
    if len(sides) == 2 and len(sources[0]) == 1 and len(sources[1] - sources[0]) > 1:
        # a lone source that states the others' figure too, elsewhere in its story, is told once, not among them
        lone = next(iter(sources[0]))
        own = [f for f in sides[1] if _source(f, by_doc) == lone]
        quote, who = _side_text([f for f in sides[1] if f not in own], by_doc) if own else named[1]
        also = f" (and {_side_text(own, by_doc)[0]} elsewhere in the same story)" if own else ""
        many = count_sources(len(sources[1] - sources[0]))
        text += f"{named[0][1]} alone says {named[0][0]}{also}; {many} say {quote} ({who})"
    else:
        text += " against ".join(f"{quote} ({who})" for quote, who in named)
    return f"{text}: {why}"


def _side_text(group: Sequence[Fact], by_doc: Mapping[str, Document]) -> tuple[str, str]:
    quotes = list(dict.fromkeys(f'"{f.surface}"' for f in group))
    sources: dict[str, str] = {}
    for fact in group:
        document = by_doc[fact.doc]
        sources.setdefault(_source(fact, by_doc), str(document.published or "date unknown"))
    quote = " or ".join(quotes[:3]) + (" ..." if len(quotes) > 3 else "")
    who = ", ".join(f"{name}, {date}" if len(sources) == 1 else name for name, date in sources.items())
    return quote, who


def _source(fact: Fact, by_doc: Mapping[str, Document]) -> str:
    document = by_doc[fact.doc]
    return document.source or document.id


def count_sources(number: int) -> str:
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
    return f"{words.get(number, number)} sources"


def _pair_message(rule: Rule | None, key: str, sides: Sequence[Side], why: str) -> str:
    a, b = sides[0], sides[-1]
    fields = {
        "a": a.fact.surface, "b": b.fact.surface, "a_source": a.source, "b_source": b.source,
        "a_date": str(a.published or "date unknown"), "b_date": str(b.published or "date unknown"),
        "a_interval": a.interval.text(), "b_interval": b.interval.text(), "why": why,
        "rule": rule.id if rule else "auto", "key": key, "description": description(rule, key),
    }
    if len(sides) == 1:
        template = rule.message if rule and rule.message and "{b" not in rule.message else _SINGLE_MESSAGE
        return template.format_map(fields)
    return ((rule.message if rule else None) or DEFAULT_MESSAGE).format_map(fields)
