"""Explanations of findings, exact, on short texts written for the tests."""

from __future__ import annotations

from pathlib import Path

from factcheck.pipeline import check

RULES = Path(__file__).parents[1] / "rules"


def _explanations(tmp_path: Path, *texts: str) -> list[str]:
    for number, text in enumerate(texts):
        (tmp_path / f"doc{number}.md").write_text(f"---\npublished: 2025-04-15\n---\n{text}\n", encoding="utf-8")
    return [f.explanation for f in check([tmp_path], [RULES]).findings if f.severity != "info"]


def test_a_slipped_scale_word_is_named(tmp_path: Path) -> None:
    assert _explanations(tmp_path, "The storm caused $12 million of damage in the valley.",
                         "The storm caused $1.2 million of damage in the valley.") == [
        "[11,500,000, 12,500,000] USD and [1,150,000, 1,250,000] USD do not overlap; likely cause: a factor of 10: "
        "a scale word or a decimal point may have slipped"]


def test_counts_of_persons_and_people_are_not_called_different_units(tmp_path: Path) -> None:
    # (not "left 70 persons homeless": people who fled or lost their homes are a running total, which may grow)
    assert _explanations(tmp_path, "The quake killed 10 persons and forced 70 persons to evacuate the island.",
                         "The quake killed 10 people and forced 80 people to evacuate the island.") == [
        "70 and 80 do not overlap"]
