"""Score factcheck's dates, times and durations on TempEval-3 platinum and MEANTIME, the TempEval-3 Task A way
(time expressions: extent and value), and print our figures beside the published tables.

    .venv/bin/python bench/tempeval.py [--data ../shared/data] [--errors FILE] [--json bench/results/tempeval.json]

Documents:
- TempEval-3 platinum (te3-platinum/*.tml, 20 articles, 138 gold TIMEX3): the raw text is the content of <TEXT> with
  every tag stripped (XML entities decoded); the gold TIMEX3 keep their character offsets in that text. The
  document creation time (<DCT><TIMEX3 functionInDocument="CREATION_TIME">) is the publication date.
- MEANTIME (meantime/corpus_*/*.xml, 120 Wikinews articles, NewsReader CAT XML): the text is rebuilt from the
  <token> elements, tokens of one sentence joined by single spaces and sentences by "\\n" ("March 01 , 2008":
  spacing around punctuation is the tokeniser's, not the article's). A gold TIMEX3 spans from its first to its
  last anchored token; TIMEX3 without token anchors (empty, non-textual) are not gold. The DCT is the value of
  the TIMEX3 with functionInDocument="CREATION_TIME"; it is anchored to the dateline under the headline and
  stays gold like any other mention. Two articles have no CREATION_TIME: their DCT is the full-date TIMEX3 of
  the dateline (sentence 1); one writes it 03-02-2009 (read day-month-year, as its dateline says February 03).
  MEANTIME annotates time expressions only in the headline, the dateline and the first four sentences
  (tokeniser sentences 0-5; no TIMEX3 of the 120 articles lies further): the whole article is extracted, but
  system TIMEX3 after sentence 5 are not scored (scored, they would be ~350 false "spurious" ones).
  A second run re-attaches punctuation (no space before , . ; : % ) 's n't, none after ( $ US$, `` '' as curly
  quotes) to show what is only an artefact of the spacing; the --errors file holds that run's MEANTIME errors.

System: each sentence of factcheck.extract.sentences.split(text) goes through extract_sentence with the DCT as
publication date; facts of kind date, time and duration are the system TIMEX3 (types DATE, TIME, DURATION; SET
is never produced). Values: f.value for dates and times (None: no value); a duration's period is built from
stated_value and stated_unit (P3D, PT45M, P2.5Y; a decade is P10Y and a century P100Y, as the gold mostly writes
"a decade"; a range, stated_value None, is PX + the unit letter, PXY).

Scoring, as in the TempEval-3 toolkit (re-implemented here), micro-averaged over all documents:
- relaxed span: a system and a gold TIMEX3 match when their extents share a character; each gold and each system
  TIMEX3 matches at most once, pairs taken greedily by largest overlap. P = matches / system, R = matches / gold.
- strict span: identical extent (exact character offsets, no trimming of "the" or of whitespace).
- value: the attribute F1 of TempEval-3: value accuracy over relaxed matches times relaxed P and R, i.e.
  value P = (relaxed matches with equal value strings) / system, value R = (same) / gold. Type accuracy is the
  share of relaxed matches with the gold type.
- per type: recall over gold TIMEX3 of that gold type, precision over system TIMEX3 of that system type.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract import extract_sentence, sentences  # noqa: E402
from factcheck.extract.found import Found, Sentence  # noqa: E402

TYPES = ("DATE", "TIME", "DURATION", "SET")
_KINDS = {"date": "DATE", "time": "TIME", "duration": "DURATION"}
_PERIOD = {"second": ("T", 1, "S"), "minute": ("T", 1, "M"), "hour": ("T", 1, "H"), "day": ("", 1, "D"),
           "week": ("", 1, "W"), "month": ("", 1, "M"), "year": ("", 1, "Y"), "decade": ("", 10, "Y"),
           "century": ("", 100, "Y")}
# Published TempEval-3 Task A figures (relaxed F1, strict F1, value F1), from ../shared/data/README.md.
PUBLISHED = (("HeidelTime (best published)", 90.30, 81.34, 77.61), ("SUTime (published)", None, None, 67.38),
             ("ClearTK (published)", None, None, 64.66),
             ("dateparser search_dates, DCT as base (measured here)", 68.9, 16.7, 35.6))


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    text: str


@dataclass(frozen=True)
class Doc:
    name: str
    group: str
    text: str
    dct: dt.date
    gold: tuple[Timex, ...]
    scored_until: int | None = None  # system TIMEX3 starting here or later are outside the annotated part


# --- reading the corpora ---------------------------------------------------------------------------------------


def te3_documents(folder: Path) -> list[Doc]:
    docs = []
    for path in sorted(folder.glob("*.tml")):
        root = ET.parse(path).getroot()
        dct = next(t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
        body = root.find("TEXT")
        assert body is not None, path
        parts: list[str] = []
        spans: list[tuple[int, int, ET.Element]] = []
        _strip_tags(body, parts, spans)
        text = "".join(parts)
        gold = tuple(Timex(s, e, t.get("type", ""), t.get("value"), text[s:e]) for s, e, t in spans)
        docs.append(Doc(path.stem, "te3-platinum", text, _date(dct.get("value", "")), gold))
    return docs


def _strip_tags(element: ET.Element, parts: list[str], spans: list[tuple[int, int, ET.Element]]) -> None:
    """Append the text of ``element`` (tags stripped) to ``parts``, and the offsets of each TIMEX3 to ``spans``."""
    parts.append(element.text or "")
    for child in element:
        start = sum(map(len, parts))
        _strip_tags(child, parts, spans)
        if child.tag == "TIMEX3":
            spans.append((start, sum(map(len, parts)), child))
        parts.append(child.tail or "")


def meantime_documents(folder: Path, detokenize: bool = False) -> list[Doc]:
    """MEANTIME articles; ``detokenize`` glues punctuation back ("March 01, 2008", "company's", "$40 billion")
    instead of joining every token with a space."""
    docs = []
    for path in sorted(folder.glob("corpus_*/*.xml")):
        root = ET.parse(path).getroot()
        pieces: list[str] = []
        offsets: dict[str, tuple[int, int]] = {}
        sentence_of: dict[str, str] = {}
        length, previous, scored_until = 0, None, None
        for token in root.iter("token"):
            word = token.text or ""
            if detokenize:
                word = _QUOTES.get(word, word)
            if previous is not None and token.get("sentence") != previous:
                if previous == _LAST_ANNOTATED_SENTENCE:
                    scored_until = length
                pieces.append("\n")
                length += 1
            elif previous is not None and not (detokenize and _glued(pieces[-1], word)):
                pieces.append(" ")
                length += 1
            offsets[token.get("t_id", "")] = (length, length + len(word))
            sentence_of[token.get("t_id", "")] = token.get("sentence", "")
            pieces.append(word)
            length += len(word)
            previous = token.get("sentence")
        text = "".join(pieces)
        gold, dct_value, dateline = [], None, None
        markables = root.find("Markables")
        for timex in markables.iter("TIMEX3") if markables is not None else ():
            anchors = [a.get("t_id", "") for a in timex.iter("token_anchor")]
            if timex.get("functionInDocument") == "CREATION_TIME":
                dct_value = timex.get("value")
            if not anchors:
                continue
            start, end = min(offsets[a][0] for a in anchors), max(offsets[a][1] for a in anchors)
            gold.append(Timex(start, end, timex.get("type", ""), timex.get("value"), text[start:end]))
            if sentence_of[anchors[0]] == "1" and len(timex.get("value") or "") == 10:
                dateline = dateline or timex.get("value")
        dct_value = dct_value or dateline
        assert dct_value, path
        gold.sort(key=lambda t: (t.start, t.end))
        docs.append(Doc(path.stem, path.parent.name, text, _date(dct_value), tuple(gold), scored_until))
    return docs


# MEANTIME marks time expressions in the headline, the dateline and the first four sentences only (tokeniser
# sentences 0-5: no TIMEX3 of the 120 articles lies further); system TIMEX3 after them are not scored.
_LAST_ANNOTATED_SENTENCE = "5"
_QUOTES = {"``": "\u201c", "''": "\u201d", "`": "\u2018"}
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}\u201d\u2019]|\.\.\.|'(?:s|re|ve|ll|d|m)?|n't)$", re.IGNORECASE)
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{$#\u201c\u2018£€]|[A-Z]{1,3}\$)$")


def _glued(previous: str, word: str) -> bool:
    return bool(_NO_SPACE_BEFORE.match(word) or _NO_SPACE_AFTER.match(previous))


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:  # one MEANTIME DCT is written 03-02-2009 (its dateline: February 03, 2009)
        day, month, year = map(int, value.split("-"))
        return dt.date(year, month, day)


# --- the system ------------------------------------------------------------------------------------------------


def predict(text: str, dct: dt.date) -> list[Timex]:
    """factcheck's dates, times and durations of ``text`` as TIMEX3 (document offsets)."""
    found = []
    for s, e in sentences.split(text):
        for f in extract_sentence(Sentence(text[s:e], s, dct)):
            if f.kind in _KINDS:
                found.append(Timex(s + f.start, s + f.end, _KINDS[f.kind], _value(f), text[s + f.start : s + f.end]))
    return found


def _value(fact: Found) -> str | None:
    if fact.timex:  # factcheck's own TIMEX3 value (dates, times, and durations' periods)
        return fact.timex
    if fact.kind != "duration":
        return fact.value if isinstance(fact.value, str) else None
    prefix, factor, letter = _PERIOD.get(fact.stated_unit or "", ("", 1, "X"))
    if fact.stated_value is None:
        return f"P{prefix}X{letter}"
    amount = fact.stated_value * factor
    number = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"P{prefix}{number}{letter}"


# --- scoring ---------------------------------------------------------------------------------------------------

_ERROR_KINDS = ("missed", "spurious", "value_mismatch", "type_mismatch", "extent_mismatch")


def _match(gold: tuple[Timex, ...], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Relaxed one-to-one alignment: pairs that share a character, greedily by largest overlap."""
    pairs = []
    for g in gold:
        for s in system:
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((-overlap, g.start, s.start, g, s))
    pairs.sort(key=lambda p: p[:3])
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matched = []
    for _, _, _, g, s in pairs:
        if id(g) in used_gold or id(s) in used_system:
            continue
        used_gold.add(id(g))
        used_system.add(id(s))
        matched.append((g, s))
    return sorted(matched, key=lambda p: p[0].start)


def _score_documents(docs: list[Doc], errors: list[dict] | None = None) -> dict:
    overall: Counter[str] = Counter()
    by_group: dict[str, Counter[str]] = {}
    recall_side = {t: Counter() for t in TYPES}  # by gold type
    precision_side = {t: Counter() for t in TYPES}  # by system type
    for doc in docs:
        system = [s for s in predict(doc.text, doc.dct) if doc.scored_until is None or s.start < doc.scored_until]
        matched = _match(doc.gold, system)
        counts: Counter[str] = Counter(gold=len(doc.gold), system=len(system))
        for g in doc.gold:
            recall_side.setdefault(g.type, Counter())["gold"] += 1
        for s in system:
            precision_side[s.type]["system"] += 1
        for g, s in matched:
            hit = {"relaxed": 1, "strict": int((g.start, g.end) == (s.start, s.end)),
                   "value": int(g.value == s.value), "type": int(g.type == s.type)}
            counts.update(hit)
            recall_side.setdefault(g.type, Counter()).update(hit)
            precision_side[s.type].update({k: v for k, v in hit.items() if k != "type"})
        overall.update(counts)
        by_group.setdefault(doc.group, Counter()).update(counts)
        if errors is not None:
            errors.append(_errors(doc, system, matched))
    result = {"documents": len(docs), **_figures(overall)}
    result["types"] = {t: _type_figures(recall_side.get(t, Counter()), precision_side.get(t, Counter()))
                       for t in TYPES}
    if len(by_group) > 1:
        result["corpora"] = {name: {"documents": sum(d.group == name for d in docs), **_figures(c)}
                             for name, c in sorted(by_group.items())}
    return result


def _figures(c: Counter[str]) -> dict:
    out: dict = {"gold": c["gold"], "system": c["system"]}
    for name in ("relaxed", "strict", "value"):
        out[name] = _prf(c[name], c["gold"], c["system"])
    out["value_accuracy"] = _pct(c["value"], c["relaxed"])
    out["type_accuracy"] = _pct(c["type"], c["relaxed"])
    return out


def _type_figures(recall_side: Counter[str], precision_side: Counter[str]) -> dict:
    out: dict = {"gold": recall_side["gold"], "system": precision_side["system"]}
    for name in ("relaxed", "strict", "value"):
        p = _pct(precision_side[name], precision_side["system"])
        r = _pct(recall_side[name], recall_side["gold"])
        f = round(2 * p * r / (p + r), 1) if p is not None and r is not None and p + r else None
        out[name] = {"P": p, "R": r, "F1": f}
    out["value_accuracy"] = _pct(recall_side["value"], recall_side["relaxed"])
    out["type_accuracy"] = _pct(recall_side["type"], recall_side["relaxed"])
    return out


def _prf(hits: int, gold: int, system: int) -> dict:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p * 100, 2), "R": round(r * 100, 2), "F1": round(f * 100, 2)}


def _pct(hits: int, total: int) -> float | None:
    return round(hits / total * 100, 1) if total else None


def _errors(doc: Doc, system: list[Timex], matched: list[tuple[Timex, Timex]]) -> dict:
    matched_gold = {id(g) for g, _ in matched}
    matched_system = {id(s) for _, s in matched}

    def context(t: Timex) -> str:
        left = doc.text[max(0, t.start - 70) : t.start].split("\n")[-1]
        right = doc.text[t.end : t.end + 70].split("\n")[0]
        return f"{left}[{t.text}]{right}"

    def item(t: Timex) -> dict:
        return {"text": t.text, "type": t.type, "value": t.value, "context": context(t)}

    return {
        "document": doc.name, "corpus": doc.group, "dct": doc.dct.isoformat(),
        "missed": [item(g) for g in doc.gold if id(g) not in matched_gold],
        "spurious": [item(s) for s in system if id(s) not in matched_system],
        "value_mismatch": [
            {"gold": g.text, "system": s.text, "gold_type": g.type, "system_type": s.type, "gold_value": g.value,
             "system_value": s.value, "context": context(g)}
            for g, s in matched if g.value != s.value
        ],
        "type_mismatch": [{"gold": g.text, "system": s.text, "gold_type": g.type, "system_type": s.type,
                           "context": context(g)} for g, s in matched if g.type != s.type],
        "extent_mismatch": [{"gold": g.text, "system": s.text, "context": context(g)}
                            for g, s in matched if (g.start, g.end) != (s.start, s.end)],
    }


def score_te3(folder: Path | str, errors: list[dict] | None = None) -> dict:
    """TempEval-3 Task A figures of factcheck on the .tml files of ``folder``."""
    return _score_documents(te3_documents(Path(folder)), errors)


def score_meantime(folder: Path | str, errors: list[dict] | None = None, detokenize: bool = False) -> dict:
    """The same figures on MEANTIME (``folder`` holds corpus_*/*.xml), with a breakdown per corpus."""
    return _score_documents(meantime_documents(Path(folder), detokenize), errors)


# --- report ----------------------------------------------------------------------------------------------------


def _table(name: str, result: dict, published: bool, extra: dict[str, dict] | None = None) -> str:
    lines = [f"\n### {name} ({result['documents']} documents, {result['gold']} gold TIMEX3, "
             f"{result['system']} system)\n",
             "| system | relaxed P | relaxed R | relaxed F1 | strict P | strict R | strict F1 | value P | value R "
             "| value F1 | type acc. |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    row: list[object] = []
    for k in ("relaxed", "strict", "value"):
        row += [result[k]["P"], result[k]["R"], f"**{result[k]['F1']}**"]
    lines.append("| **factcheck** | " + " | ".join(map(str, row)) + f" | {result['type_accuracy']} |")
    if published:
        for system, relaxed, strict, value in PUBLISHED:
            cells = ["", "", _cell(relaxed), "", "", _cell(strict), "", "", _cell(value), ""]
            lines.append(f"| {system} | " + " | ".join(cells) + " |")
    rows = {**{f"factcheck, {k}": v for k, v in (extra or {}).items()},
            **{f"factcheck, {k}": v for k, v in result.get("corpora", {}).items()}}
    for label, figures in rows.items():
        row = []
        for k in ("relaxed", "strict", "value"):
            row += [figures[k]["P"], figures[k]["R"], figures[k]["F1"]]
        lines.append(f"| {label} ({figures['documents']} docs, {figures['gold']} gold) | "
                     + " | ".join(map(str, row)) + f" | {figures['type_accuracy']} |")
    lines += ["", "Per type: P over system TIMEX3 of that type, R over gold TIMEX3 of that type.", "",
              "| type | gold | system | relaxed P | relaxed R | relaxed F1 | strict F1 | value P | value R | value F1 "
              "| value acc. | type acc. |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for t, f in result["types"].items():
        cells = [f["gold"], f["system"], f["relaxed"]["P"], f["relaxed"]["R"], f["relaxed"]["F1"], f["strict"]["F1"],
                 f["value"]["P"], f["value"]["R"], f["value"]["F1"], f["value_accuracy"], f["type_accuracy"]]
        lines.append(f"| {t} | " + " | ".join("–" if c is None else str(c) for c in cells) + " |")
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "" if value is None else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--errors", type=Path, help="write missed, spurious and wrongly valued TIMEX3 here (JSON)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "tempeval.json")
    args = parser.parse_args()
    errors: dict[str, list[dict]] = {"te3-platinum": [], "meantime": []}
    results: dict[str, dict | float] = {}
    began = time.perf_counter()
    results["te3-platinum"] = score_te3(args.data / "te3-platinum", errors["te3-platinum"])
    results["meantime"] = score_meantime(args.data / "meantime")
    # The errors come from the detokenised text: with spaced tokens most extent errors are only "March 01 , 2008"
    # read as "March 01" (the comma after a space), which no article prints.
    results["meantime-detokenized"] = score_meantime(args.data / "meantime", errors["meantime"], detokenize=True)
    results["seconds"] = round(time.perf_counter() - began, 1)
    print(_table("TempEval-3 platinum, Task A (time expressions)", results["te3-platinum"], published=True))
    print(_table("MEANTIME English (Wikinews; headline, dateline and first four sentences)", results["meantime"],
                 published=False, extra={"punctuation re-attached": results["meantime-detokenized"]}))
    print(f"\n{results['seconds']} s (reading, extraction and scoring: te3-platinum once, MEANTIME twice)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        kept = {("meantime-detokenized" if name == "meantime" else name):
                [d for d in docs if any(d[k] for k in _ERROR_KINDS)] for name, docs in errors.items()}
        args.errors.write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
