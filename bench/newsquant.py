"""Score factcheck's quantity extraction on NewsQuant and the four Recognizers-Text sets, with the scoring of
the CQE paper (Almasian et al., EMNLP 2023), and print our figures beside the published tables.

    .venv/bin/python bench/newsquant.py [--data ../shared/data/newsquant] [--errors FILE]

Scoring, as in the paper's evaluation script (re-implemented here): per sentence, each gold quantity is matched
against the predictions in order of normalised unit; a value matches by numpy.isclose (ranges "a-b" need a
predicted range); a value match counts once per gold quantity up to the number of gold quantities of the
sentence; value+unit also needs the normalised unit name to be equal, and consumes the prediction. Micro P/R/F1.

Only what NewsQuant annotates is predicted: counts, percentages, money, measures and durations (not dates, years,
times, ordinals, or durations written without a numeral, such as "for years" or "in a decade"). Our stated units
are already the paper's unit names for money and measures (quantulum3's
vocabulary); a few are translated ("degree Celsius" -> "celsius", "time" -> "count"); for counts the unit is the counted
noun phrase, as the paper defines it. Two conventions differ and are translated: the paper writes a range in
the order of the text, and a vague plural ("dozens") as [u, 10u] where ours is [2u, 10u).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.extract import extract_sentence  # noqa: E402
from factcheck.extract.found import Found, Sentence  # noqa: E402
from factcheck.extract.numbers import NUMBER_WORDS, scan  # noqa: E402
from factcheck.units import SECONDS, conversion_of  # noqa: E402

_NUMERAL = re.compile(r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"|half)\b", re.IGNORECASE)
SETS = ("NewsQuant", "age-model", "currency-model", "dimension-model", "temperature-model")
_KINDS = {"count", "percent", "money", "measure", "duration"}
_UNIT_NAMES = {"degree Celsius": "celsius", "degree fahrenheit": "fahrenheit", "percent": "percentage",
               "percent per year": "percentage per year",
               "degree angle": "degree", "time": "count", "times": "count", "tonne": "metric ton",
               "short ton": "ton", "parts-per-million": "part per million",
               "metric horsepower": "horsepower"}  # the paper names PS horsepower


def predict(text: str) -> list[dict]:
    """Our facts in the paper's format: {"value": float or (low, high), "normalized_unit": str}."""
    return [{"value": _value(f, text), "normalized_unit": _unit(f)}
            for f in extract_sentence(Sentence(text, 0, None))
            if f.kind in _KINDS and not (f.kind == "duration" and not _NUMERAL.search(text[f.start : f.end]))]


def _value(fact: Found, text: str) -> float | tuple[float, float]:
    if fact.hedge == "vague":
        # The paper's convention for "dozens", "millions": [u, 10u]; ours is [2u, 10u) (see README).
        return (fact.high / 10, fact.high)  # type: ignore[operator]
    if fact.hedge == "range":
        # The paper keeps a range in the order written ("from 4.8 to 4.7 percent" -> (4.8, 4.7)).
        low, high = _stated(fact, fact.low), _stated(fact, fact.high)
        surface = text[fact.start : fact.end]
        first = scan(surface)[0].value
        reverse = np.isclose(first, high) and not np.isclose(first, low)
        return (high, low) if reverse else (low, high)
    return float(fact.stated_value if fact.stated_value is not None else fact.value)  # type: ignore[arg-type]


def _stated(fact: Found, value: float | None) -> float:
    """A canonical bound back in the unit as written (ranges of measures are stored converted)."""
    if fact.kind == "duration" and value is not None:
        return value / SECONDS[fact.stated_unit or "second"]
    conversion = conversion_of(fact.stated_unit, fact.unit) if fact.kind == "measure" else None
    if conversion is None or value is None:
        return float(value)  # type: ignore[arg-type]
    return value / conversion.factor - conversion.offset


def _unit(fact: Found) -> str:
    if fact.kind == "percent" and fact.stated_unit == "fraction":
        return "percentage"
    name = fact.stated_unit or "-"
    if name.startswith("time per "):
        name = "count" + name.removeprefix("time")  # "78,000 times a minute": the paper's count per minute
    if fact.kind == "count":  # the paper's noun phrases drop stop words: "Kia and Hyundai vehicles" -> "kia hyundai"
        name = " ".join(w for w in name.split() if w not in ("and", "or", "of", "the", "a", "an"))
    return _UNIT_NAMES.get(name, name).lower()


def _decode(quantity: dict) -> float | tuple[float, float]:
    value = quantity["value"]
    if isinstance(value, str) and "E" not in value and not value.startswith("-") and "-" in value:
        low, high = value.split("-")
        return (float(low), float(high))
    if isinstance(value, tuple):
        return (float(value[0]), float(value[1]))
    return float(value)


def _values_match(gold: object, model: object) -> bool:
    if isinstance(gold, tuple) != isinstance(model, tuple):
        return False
    if isinstance(gold, tuple):
        return bool(np.isclose(gold[0], model[0]) and np.isclose(gold[1], model[1]))  # type: ignore[index]
    return bool(np.isclose(gold, model))


def score(data: list[dict], errors: list[dict] | None = None) -> dict[str, tuple[float, float, float]]:
    total_gold = total_model = value_hits = unit_hits = 0
    for item in data:
        tags = sorted(predict(item["text"]), key=lambda d: d["normalized_unit"])
        gold = sorted(item["quantities"], key=lambda d: d["normalized_unit"])
        total_gold += len(gold)
        total_model += len(tags)
        budget = len(gold)
        missed = []
        for quantity in gold:
            gold_value, gold_unit = _decode(quantity), quantity["normalized_unit"].lower()
            found_unit = False
            for tag in tags:
                if _values_match(gold_value, _decode(tag)):
                    if budget > 0:
                        value_hits += 1
                        budget -= 1
                    if tag["normalized_unit"] == gold_unit:
                        unit_hits += 1
                        tags.remove(tag)
                        tags.sort(key=lambda d: d["normalized_unit"])
                        found_unit = True
                        break
            if not found_unit:
                missed.append(quantity)
        if errors is not None and (missed or tags):
            errors.append({"text": item["text"], "missed": missed, "extra_or_wrong_unit": tags})
    return {"value": _prf(value_hits, total_gold, total_model), "value+unit": _prf(unit_hits, total_gold, total_model)}


def _prf(hits: int, gold: int, model: int) -> tuple[float, float, float]:
    p = hits / model if model else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p * 100, 1), round(r * 100, 1), round(f * 100, 1)


def _published(folder: Path, name: str) -> list[tuple[str, str, str, str, str]]:
    path = folder / f"published_scores_{name}.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return [(r[4], r[5], r[1], r[2], r[3]) for r in rows]  # model, type, P, R, F1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "newsquant")
    parser.add_argument("--errors", type=Path, help="write the sentences with misses or extra predictions here")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "newsquant.json")
    args = parser.parse_args()
    results: dict[str, dict] = {}
    errors: list[dict] = []
    for name in SETS:
        data = json.loads((args.data / f"{name}.json").read_text(encoding="utf-8"))
        ours = score(data, errors if name == "NewsQuant" else None)
        results[name] = {"sentences": len(data), "quantities": sum(len(d["quantities"]) for d in data),
                         **{kind: dict(zip("PRF", prf, strict=True)) for kind, prf in ours.items()}}
        print(f"\n### {name} ({results[name]['sentences']} sentences, {results[name]['quantities']} quantities)\n")
        print("| system | type | P | R | F1 |\n|---|---|---|---|---|")
        for kind, (p, r, f) in ours.items():
            print(f"| **factcheck** | {kind} | **{p}** | **{r}** | **{f}** |")
        for model, kind, p, r, f in _published(args.data, name):
            if kind in ("value", "value+unit"):
                print(f"| {model} (published) | {kind} | {p} | {r} | {f} |")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        args.errors.write_text(json.dumps(errors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
