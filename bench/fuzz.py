"""Fuzzing the extractors and the comparison with hypothesis, for a set time.

    .venv/bin/python bench/fuzz.py [--minutes 10] [--output bench/results/fuzz.json]

The properties and strategies are those of the CI property tests (tests/properties.py), run here far longer and
unseeded, so that every run tries new inputs:

- ``extract_document``: any Unicode text (or news copy with Unicode mixed in), with or without a publication date:
  no exception, every fact's span inside the text with its surface equal to the text there, ``low <= value <=
  high``;
- ``extract_sentence``: one sentence of any Unicode text: no exception, spans inside the sentence;
- ``compare_symmetric``: two reports of one story: comparing A with B gives the findings of B with A;
- ``compare_monotonic``: three dated reports: adding the third never removes a finding between the first two;
- ``number_formats``: figures written as other countries and scripts write them (apostrophe, dot, space and Arabic
  grouping, lakh and crore, decimal commas, Arabic-Indic and full-width digits, vulgar fractions, 400-digit
  strings): the properties of ``extract_document``;
- ``front_matter``: a document under any front matter (impossible dates, tags, aliases, broken YAML): read, or
  refused with one error naming the file;
- ``rule_regexes``: a rule whose ``pattern`` is any regular expression (nested quantifiers, backreferences, broken
  syntax): loaded or refused with one rule error naming the file, and run on ordinary sentences within 2 s each.

The targets take turns in rounds (a few hundred examples of extraction, a few dozen comparisons) until the time is
up. Every example run counts, shrinking included. A failure is recorded with hypothesis's falsifying example and
the run goes on. Prints the figures as Markdown and writes them, with the machine and versions, to the JSON file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import HypothesisException  # noqa: E402

from factcheck.extract import extract_sentence  # noqa: E402
from factcheck.extract.found import Sentence  # noqa: E402
from tests.properties import (  # noqa: E402
    check_front_matter,
    check_monotonic,
    check_rule_pattern,
    check_symmetric,
    dates,
    extract_and_check,
    front_matters,
    number_texts,
    rule_patterns,
    stories,
    texts,
)


def _sentence(text: str, published: dt.date | None) -> None:
    for found in extract_sentence(Sentence(text, 0, published)):
        assert 0 <= found.start < found.end <= len(text), found


# name -> (strategies, property, examples per round)
TARGETS: dict[str, tuple[tuple[st.SearchStrategy, ...], Callable[..., None], int]] = {
    "extract_document": ((texts, dates), extract_and_check, 400),
    "extract_sentence": ((st.text(), dates), _sentence, 400),
    "compare_symmetric": ((stories(2),), lambda docs: check_symmetric(*docs), 40),
    "compare_monotonic": ((stories(3, dated=True),), lambda docs: check_monotonic(*docs), 30),
    "number_formats": ((number_texts(), dates), extract_and_check, 200),
    "front_matter": ((front_matters(),), check_front_matter, 100),
    "rule_regexes": ((rule_patterns(),), check_rule_pattern, 100),
}


def _counting(check: Callable[..., None], tried: dict[str, int], name: str) -> Callable[[tuple], None]:
    def counted(args: tuple) -> None:
        tried[name] += 1
        check(*args)

    return counted


def run(minutes: float) -> dict:
    deadline = time.monotonic() + minutes * 60
    started = time.monotonic()
    tried = dict.fromkeys(TARGETS, 0)
    seconds = dict.fromkeys(TARGETS, 0.0)
    failures: list[dict] = []
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        for name, (strategies, check, examples) in TARGETS.items():
            if time.monotonic() >= deadline:
                break

            test = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                            suppress_health_check=list(HealthCheck), print_blob=True)(
                given(st.tuples(*strategies))(_counting(check, tried, name)))
            began = time.monotonic()
            try:
                test()
            except HypothesisException:
                raise  # a mistake in this script, not a failure of factcheck
            except Exception as error:  # a failure of a property: record it and go on
                failures.append({
                    "target": name,
                    "error": f"{type(error).__name__}: {error}"[:2000],
                    "notes": [str(n)[:2000] for n in getattr(error, "__notes__", [])],
                    "traceback": traceback.format_exc()[-4000:],
                })
                print(f"FAILURE in {name}: {failures[-1]['error'][:300]}", file=sys.stderr)
            seconds[name] += time.monotonic() - began
    elapsed = time.monotonic() - started
    return {
        "date": dt.date.today().isoformat(),
        "minutes_requested": minutes,
        "seconds": round(elapsed, 1),
        "rounds": rounds,
        "examples": sum(tried.values()),
        "failures": len(failures),
        "targets": {name: {"examples": tried[name], "seconds": round(seconds[name], 1),
                           "failures": sum(f["target"] == name for f in failures)} for name in TARGETS},
        "failure_details": failures,
        "machine": {"cores": os.cpu_count(), "processor": platform.processor() or platform.machine(),
                    "python": platform.python_version(), "load_average": list(os.getloadavg())},
        "versions": {name: metadata.version(name) for name in ("hypothesis", "quantulum3", "dateparser")},
        "factcheck_source": _source_digest(),
    }


def _source_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def markdown(result: dict) -> str:
    lines = [
        f"Fuzzing of {result['date']}: {result['seconds'] / 60:.1f} minutes, {result['machine']['cores']} cores, "
        f"hypothesis {result['versions']['hypothesis']}, factcheck source `{result['factcheck_source']}`.",
        "",
        "| target | examples | seconds | failures |",
        "|---|---:|---:|---:|",
    ]
    for name, figures in result["targets"].items():
        lines.append(f"| `{name}` | {figures['examples']:,} | {figures['seconds']:.0f} | {figures['failures']} |")
    lines.append(f"| **all** | **{result['examples']:,}** | {result['seconds']:.0f} | **{result['failures']}** |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "fuzz.json")
    args = parser.parse_args()
    result = run(args.minutes)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(result))
    print(f"examples tried: {result['examples']}, failures: {result['failures']}")
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
