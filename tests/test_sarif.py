"""`factcheck check --format sarif`: valid SARIF 2.1.0 (checked against the OASIS schema, vendored in
tests/data), figures placed at the right line and column, accepted findings suppressed, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, run_cli

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# Two short reports of an invented flood. The first has front matter, a body of several lines, and before its
# figure a non-ASCII letter (ë, one UTF-16 unit) and an emoji outside the BMP (🌊, two UTF-16 units).
COURIER = (
    "---\ntitle: Flood\nsource: Café Courier\npublished: 2025-04-15\n---\n"
    "MARLOW — Water rose overnight.\n"
    "Zoë 🌊 said damage came to $12 million, officials said.\n"
)
POST = (
    "---\nsource: Hill Post\npublished: 2025-04-15\n---\n"
    "The flood caused damage estimated at $1.2 million, officials said.\n"
)


def validate(log: dict) -> None:
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)


def sarif(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code, out, _ = run_cli(capsys, "check", *args, "--format", "sarif")
    return code, json.loads(out)


def write_story(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "courier.md").write_text(COURIER, encoding="utf-8")
    (folder / "post.md").write_text(POST, encoding="utf-8")


def write_bridges(folder: Path) -> None:
    """A weekday that no publication date ties to a week, against a date of another weekday: no rule claims the
    opening, and the weekday may be of another week, so their finding is a note (severity info)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, day in (("one", "Friday"), ("two", "March 3, 2025")):
        (folder / f"{name}.md").write_text(f"The new bridge over the river opened on {day}.\n", encoding="utf-8")


def regions(log: dict) -> list[tuple[str, dict]]:
    return [
        (place["physicalLocation"]["artifactLocation"]["uri"], place["physicalLocation"]["region"])
        for result in log["runs"][0]["results"]
        for place in result["locations"]
    ]


def test_vendored_schema_is_the_oasis_sarif_2_1_0_schema() -> None:
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert SCHEMA["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    validator = jsonschema.validators.validator_for(SCHEMA)
    validator.check_schema(SCHEMA)
    minimal = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]}
    validate(minimal)
    located = {"message": {"text": "m"}, "locations": [{"physicalLocation": {
        "artifactLocation": {"uri": "a.md"}, "region": {"startLine": 1}}}]}
    validate({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [located]}]})
    broken = [
        {"runs": []},  # no version
        {"version": "2.0.0", "runs": []},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]},  # a driver needs a name
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"level": "fatal",
                                                                                        "message": {"text": "m"}}]}]},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
            {"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]},
        {"version": "2.1.0", "runs": [], "extra": 1},  # unknown property
    ]
    for log in broken:
        with pytest.raises(jsonschema.ValidationError):
            validate(log)


def test_examples_as_sarif_are_valid_and_placed(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    code, log = sarif(capsys, "examples")
    assert code == 1  # the demo has error-level findings: exit codes are the same for every format
    validate(log)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("factcheck", "0.1.0")
    assert [r["id"] for r in driver["rules"]] == ["damage", "evacuated", "event-date", "occurrences"]
    assert driver["rules"][0] == {
        "id": "damage",
        "shortDescription": {"text": "Cost of the damage"},
        "defaultConfiguration": {"level": "error"},
    }
    assert run["columnKind"] == "utf16CodeUnits"
    results = run["results"]
    assert [r["level"] for r in results] == ["error"] + ["warning"] * 3  # one result per disagreement
    assert all(driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    first = results[0]
    assert first["message"]["text"].startswith('Cost of the damage: Esk Valley Herald (reporter\'s draft), 2025-04-16 '
                                               'alone says "estimated $1.2 million"; two sources say "$12 million"')
    # The side that stands alone first, then the sources against it.
    assert [p["physicalLocation"]["artifactLocation"]["uri"] for p in first["locations"]] == [
        "examples/04_draft.md",
        "examples/01_valley-courier.md",
        "examples/03_river-times.md",
    ]
    # Every region, read back from its file by line and column, is the figure it quotes.
    for uri, region in regions(log):
        line = (ROOT / uri).read_text(encoding="utf-8").split("\n")[region["startLine"] - 1]
        units = line.encode("utf-16-le")
        assert region["endLine"] == region["startLine"]
        quoted = units[(region["startColumn"] - 1) * 2 : (region["endColumn"] - 1) * 2].decode("utf-16-le")
        assert quoted == region["snippet"]["text"]


def test_line_and_column_after_front_matter_and_non_ascii(tmp_path: Path, capsys, monkeypatch) -> None:
    write_story(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, log = sarif(capsys, "courier.md", "post.md")
    assert code == 1
    validate(log)
    assert regions(log) == [
        # "Zoë 🌊 said damage came to " is 26 code points and 27 UTF-16 units: the figure starts at column 28.
        ("courier.md", {"startLine": 7, "startColumn": 28, "endLine": 7, "endColumn": 39,
                        "snippet": {"text": "$12 million"}}),
        ("post.md", {"startLine": 5, "startColumn": 38, "endLine": 5, "endColumn": 50,
                     "snippet": {"text": "$1.2 million"}}),
    ]


def test_accepted_finding_is_suppressed_with_its_note(tmp_path: Path, capsys, monkeypatch) -> None:
    write_story(tmp_path / "story")
    note = "The Post's figure is the insured loss only; the Courier's stands."
    (tmp_path / "accepted.yaml").write_text(f"accepted:\n  - key: damage\n    note: \"{note}\"\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, log = sarif(capsys, "story", "--accepted", "accepted.yaml")
    assert code == 0  # accepted: reported, but no longer failing
    validate(log)
    [result] = log["runs"][0]["results"]
    assert result["level"] == "error" and result["ruleId"] == "damage"
    assert result["suppressions"] == [{"kind": "external", "justification": note}]
    assert [uri for uri, _ in regions(log)] == ["story/courier.md", "story/post.md"]


def test_uri_is_percent_encoded_and_absolute_outside_the_current_directory(tmp_path: Path, capsys,
                                                                           monkeypatch) -> None:
    folder = tmp_path / "news room"
    folder.mkdir()
    (folder / "café.md").write_text(COURIER, encoding="utf-8")
    (folder / "post.md").write_text(POST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, log = sarif(capsys, "news room")
    validate(log)
    assert [uri for uri, _ in regions(log)] == ["news%20room/caf%C3%A9.md", "news%20room/post.md"]
    monkeypatch.chdir(ROOT)  # the documents are outside it now
    _, log = sarif(capsys, str(folder))
    assert [uri for uri, _ in regions(log)] == [(folder / "café.md").as_uri(), (folder / "post.md").as_uri()]


def test_notes_only_with_show_info(tmp_path: Path, capsys) -> None:
    write_bridges(tmp_path)
    code, log = sarif(capsys, str(tmp_path))
    assert code == 0 and log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []
    validate(log)
    code, log = sarif(capsys, str(tmp_path), "--show-info")
    assert code == 0
    validate(log)
    [result] = log["runs"][0]["results"]
    assert (result["ruleId"], result["level"]) == ("auto", "note")
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"] == {"level": "note"}


def test_fingerprints_are_stable_across_edits_and_distinct_per_pair(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    _, log = sarif(capsys, "examples")
    prints = [r["partialFingerprints"]["factcheckFinding/v1"] for r in log["runs"][0]["results"]]
    assert len(set(prints)) == len(prints)  # F1 and F2 quote the same two figures, from different papers
    _, again = sarif(capsys, "examples")
    assert [r["partialFingerprints"] for r in again["runs"][0]["results"]] == [
        r["partialFingerprints"] for r in log["runs"][0]["results"]
    ]
    write_story(tmp_path)
    _, before = sarif(capsys, str(tmp_path))
    courier = tmp_path / "courier.md"
    courier.write_text(COURIER.replace("MARLOW —", "MARLOW —\nA new line above the figure.\n"), encoding="utf-8")
    _, after = sarif(capsys, str(tmp_path))
    assert regions(after)[0][1]["startLine"] == regions(before)[0][1]["startLine"] + 2
    assert after["runs"][0]["results"][0]["partialFingerprints"] == before["runs"][0]["results"][0][
        "partialFingerprints"]


def test_output_file_and_exit_codes(tmp_path: Path, capsys) -> None:
    write_story(tmp_path / "story")
    target = tmp_path / "out" / "factcheck.sarif"
    code, out, err = run_cli(capsys, "check", str(tmp_path / "story"), "--format", "sarif", "--output", str(target))
    assert code == 1 and out == "" and f"wrote {target}" in err
    validate(json.loads(target.read_text(encoding="utf-8")))
    code, _, _ = run_cli(capsys, "check", str(tmp_path / "story"), "--format", "sarif", "--fail-on", "never")
    assert code == 0
    (tmp_path / "story" / "empty.md").write_text("", encoding="utf-8")
    code, out, err = run_cli(capsys, "check", str(tmp_path / "story"), "--format", "sarif")
    assert code == 2 and "empty file" in err
    validate(json.loads(out))  # the readable documents are still reported
    (tmp_path / "bad.yaml").write_text("rules:\n  - id: x\n    kind: nonsense\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(tmp_path / "story"), "--format", "sarif", "--rules",
                           str(tmp_path / "bad.yaml"))
    assert code == 3 and out == ""
