"""The bundled fictional demo: exactly the planted disagreements are flagged, and the look-alikes are not."""

from __future__ import annotations

import pytest

from tests.conftest import cli_json


@pytest.fixture(scope="module")
def report() -> dict:
    code, data = cli_json("check", "examples")
    return {**data, "exit": code}


def test_planted_disagreements_and_nothing_else(report: dict) -> None:
    flagged = {(f["key"], f["severity"]) for f in report["findings"] if f["severity"] != "info"}
    assert flagged == {
        ("occurrences", "warning"),  # third vs fourth major flood in a decade
        ("evacuated", "warning"),  # about 2,000 vs more than 3,500
        ("event-date:give-way", "warning"),  # Monday night vs Sunday
        ("damage", "error"),  # $12 million vs $1.2 million
    }
    assert report["exit"] == 1


def test_look_alikes_are_not_flagged(report: dict) -> None:
    quiet = {"killed", "buildings-damaged", "buildings-destroyed", "water-level", "rainfall", "rescued"}
    keys = {f["key"] for f in report["facts"]}
    assert quiet <= keys
    assert not [f for f in report["findings"] if f["key"] in quiet]


def test_every_kind_of_fact_appears(report: dict) -> None:
    assert {f["kind"] for f in report["facts"]} >= {
        "count",
        "percent",
        "money",
        "measure",
        "duration",
        "ordinal",
        "date",
    }


def test_every_demo_file_says_it_is_fictional() -> None:
    from pathlib import Path

    for path in Path(__file__).resolve().parents[1].joinpath("examples").glob("*.md"):
        assert "fictional" in path.read_text(encoding="utf-8").lower(), path
