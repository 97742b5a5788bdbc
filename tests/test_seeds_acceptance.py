"""Acceptance of the end-to-end issue on the five seed articles: `factcheck check ../shared/data/seeds
--format json` from the repository root."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, cli_json

AP_1, HILL, TOI, AP_2, ANADOLU = (
    "000_7ae2bd4e3bd63abc",
    "001_d83e9b355770aa0a",
    "002_5834a0bedcd0b27a",
    "003_df33fb40418aaaaa",
    "004_3a1a4e80164071cf",
)


@pytest.fixture(scope="module")
def report(shared_data: Path) -> dict:
    code, data = cli_json("check", str(shared_data / "seeds"))
    return {**data, "exit": code}


def facts(report: dict, doc: str, **fields: object) -> list[dict]:
    return [f for f in report["facts"] if f["doc"] == doc and all(f[k] == v for k, v in fields.items())]


def fact_by_id(report: dict, fact_id: str) -> dict:
    return next(f for f in report["facts"] if f["id"] == fact_id)


def test_contract_shape(report: dict) -> None:
    assert report["schema"] == "factcheck/2"
    assert {d["id"] for d in report["documents"]} == {AP_1, HILL, TOI, AP_2, ANADOLU}
    for field in (
        "id",
        "doc",
        "kind",
        "surface",
        "start",
        "end",
        "sentence",
        "value",
        "low",
        "high",
        "unit",
        "stated_value",
        "stated_unit",
        "hedge",
        "key",
    ):
        assert field in report["facts"][0]
    for field in ("id", "rule", "key", "severity", "message", "facts", "sides"):
        assert field in report["findings"][0]


def test_publication_dates_come_from_the_manifest(report: dict) -> None:
    documents = {d["id"]: d for d in report["documents"]}
    assert documents[AP_1]["published"] == "2024-03-21"
    assert documents[AP_2]["published"] == "2024-03-22"
    assert documents[HILL]["source"] == "Nexstar Media (The Hill)"
    assert {d["published_from"] for d in documents.values()} == {"manifest"}


def test_spans_point_into_the_file_as_read(report: dict, shared_data: Path) -> None:
    for document in report["documents"]:
        text = Path(document["path"]).read_text(encoding="utf-8")
        for fact in facts(report, document["id"]):
            assert text[fact["start"] : fact["end"]] == fact["surface"]
            assert fact["surface"] in fact["sentence"]


def test_hedged_death_tolls(report: dict) -> None:
    [more_than] = facts(report, HILL, kind="count", surface="more than 31,000")
    assert (more_than["value"], more_than["low"], more_than["high"], more_than["hedge"]) == (
        31000,
        31000,
        32000,
        "over",
    )
    for doc in (AP_2, ANADOLU):
        [nearly] = facts(report, doc, kind="count", surface="nearly 32,000")
        assert (nearly["low"], nearly["high"], nearly["hedge"]) == (31000, 32000, "nearly")
        assert nearly["key"] == "killed"


def test_scale_words_and_percentages(report: dict) -> None:
    [million] = facts(report, ANADOLU, kind="count", surface="nearly 1.4 million")
    assert (million["value"], million["stated_value"], million["low"], million["high"]) == (
        1400000,
        1400000,
        1300000,
        1400000,
    )
    [share] = facts(report, ANADOLU, kind="percent", surface="About 85%")
    assert (share["value"], share["unit"]) == (85, "%")
    hundred = facts(report, TOI, kind="percent", surface="One hundred percent")
    assert [f["value"] for f in hundred] == [100, 100]


def test_ordinals(report: dict) -> None:
    for doc in (AP_1, HILL, AP_2):
        [sixth] = facts(report, doc, kind="ordinal", surface="sixth")
        assert sixth["value"] == 6 and sixth["key"] == "trips"


def test_durations(report: dict) -> None:
    for doc in (AP_1, AP_2):
        [call] = [f for f in facts(report, doc, kind="duration") if f["surface"].endswith("45-minute")]
        assert call["surface"].endswith("45-minute")
        assert (call["value"], call["unit"], call["stated_value"], call["stated_unit"]) == (2700, "s", 45, "minute")


@pytest.mark.parametrize(
    ("doc", "surface", "value"),
    [
        (AP_1, "Thursday", "2024-03-21"),
        (AP_2, "today", "2024-03-22"),
        (AP_1, "Friday", "2024-03-22"),
        (HILL, "Monday", "2024-03-18"),
        (AP_1, "Oct. 7", "2023-10-07"),
        (HILL, "Oct. 7", "2023-10-07"),
        (ANADOLU, "Oct. 7", "2023-10-07"),
        (AP_1, "next week", "2024-W13"),
    ],
)
def test_dates(report: dict, doc: str, surface: str, value: str) -> None:
    found = facts(report, doc, kind="date", surface=surface)
    assert found and {f["value"] for f in found} == {value}


def test_no_junk(report: dict) -> None:
    for fact in report["facts"]:
        if fact["kind"] == "count":
            assert fact["value"] is None or fact["value"] >= 1, fact  # nothing like 1/6
            assert not (1900 <= (fact["value"] or 0) <= 2100 and fact["hedge"] is None), fact  # no years
            assert "Oct" not in fact["surface"]
        assert fact["unit"] not in ("ZAR", "arcminute", "minute of arc", "south african rand"), fact
        if fact["kind"] in ("money", "measure"):
            assert any(c.isdigit() for c in fact["surface"]), fact
    assert not any(f["kind"] == "money" for f in report["facts"])


def test_millions_sheltering_in_rafah_is_flagged(report: dict) -> None:
    [millions] = facts(report, HILL, surface="millions")
    flagged = [f for f in report["findings"] if millions["id"] in f["facts"] and f["severity"] in ("warning", "error")]
    others = {fact_by_id(report, i)["surface"] for f in flagged for i in f["facts"] if i != millions["id"]}
    assert {"more than a million", "nearly 1.4 million"} <= others
    assert all("millions" in f["message"] for f in flagged)


def test_hedged_tolls_that_can_both_hold_are_not_flagged(report: dict) -> None:
    toll_ids = {f["id"] for f in report["facts"] if f["key"] == "killed"}
    assert len(toll_ids) == 3
    assert not [f for f in report["findings"] if set(f["facts"]) & toll_ids and f["severity"] != "info"]


def test_the_same_ap_story_edited_twice_raises_nothing(report: dict) -> None:
    for finding in report["findings"]:
        docs = {fact_by_id(report, i)["doc"] for i in finding["facts"]}
        if docs == {AP_1, AP_2}:
            assert finding["severity"] == "info", finding


def test_exit_code_is_zero_without_error_findings(report: dict) -> None:
    assert not [f for f in report["findings"] if f["severity"] == "error"]
    assert report["exit"] == 0


@pytest.mark.slow  # a factcheck process of its own
def test_console_script_runs_from_the_repository_root(shared_data: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(shared_data / "seeds"), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "\"schema\": \"factcheck/2\"" in done.stdout
