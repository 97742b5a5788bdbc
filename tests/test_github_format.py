"""`factcheck check --format github`: GitHub Actions workflow commands, one per spot (a file's line at one level)
with the messages of the findings there, and every piece of article text escaped."""

from __future__ import annotations

from pathlib import Path

from factcheck.findings import Finding
from factcheck.report.github import annotation, escape_data, escape_property
from tests.conftest import ROOT, run_cli
from tests.test_sarif import COURIER, POST, write_bridges, write_story


def github(capsys, *args: str) -> tuple[int, list[str]]:
    code, out, _ = run_cli(capsys, "check", *args, "--format", "github")
    return code, out.splitlines()


def test_one_annotation_per_finding_with_file_and_line(tmp_path: Path, capsys, monkeypatch) -> None:
    write_story(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, lines = github(capsys, ".")
    assert code == 1
    assert lines == [
        "::error file=courier.md,line=7,col=28,endLine=7,endColumn=39,title=damage::"
        'Cost of the damage: "$12 million" (Café Courier, 2025-04-15) against "$1.2 million" (Hill Post, '
        "2025-04-15): [11,500,000, 12,500,000] USD and [1,150,000, 1,250,000] USD do not overlap; likely cause: "
        "a factor of 10: a scale word or a decimal point may have slipped; also at post.md:5:38"
    ]


def test_examples(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    code, lines = github(capsys, "examples")
    assert code == 1 and len(lines) == 4  # one annotation per disagreement, not per pair of sources
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] + ["::warning"] * 3
    assert lines[0].startswith("::error file=examples/04_draft.md,line=")  # at the figure that stands alone
    assert all(",title=" in line and "::" in line[2:] for line in lines)


def test_escaping_of_hostile_text(tmp_path: Path, capsys, monkeypatch) -> None:
    # A source name that tries to end the command and start another, in a file whose name has ":" and ",".
    hostile = COURIER.replace("source: Café Courier", 'source: "100% Courier, Inc.\\r\\n::error::pwned"')
    (tmp_path / "a:b,c.md").write_text(hostile, encoding="utf-8")
    (tmp_path / "post.md").write_text(POST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, lines = github(capsys, ".")
    assert code == 1 and len(lines) == 1  # one command: the newline did not end it
    [line] = lines
    assert line.startswith("::error file=a%3Ab%2Cc.md,line=7,col=28,endLine=7,endColumn=39,title=damage::")
    assert '(100%25 Courier, Inc.%0D%0A::error::pwned, 2025-04-15)' in line


def test_escape_rules() -> None:
    assert escape_data("50% off\r\nnext::line, a") == "50%25 off%0D%0Anext::line, a"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert escape_data("%0A") == "%250A"  # text that looks escaped already stays literal


def test_accepted_is_a_notice_and_notes_need_show_info(tmp_path: Path, capsys) -> None:
    write_story(tmp_path / "story")
    (tmp_path / "accepted.yaml").write_text("accepted:\n  - key: damage\n    note: insured loss only\n",
                                            encoding="utf-8")
    code, [line] = github(capsys, str(tmp_path / "story"), "--accepted", str(tmp_path / "accepted.yaml"))
    assert code == 0
    assert line.startswith("::notice file=") and line.endswith("; accepted: insured loss only")
    write_bridges(tmp_path / "bridge")
    code, lines = github(capsys, str(tmp_path / "bridge"))
    assert code == 0 and lines == []
    code, [line] = github(capsys, str(tmp_path / "bridge"), "--show-info")
    assert code == 0 and line.startswith("::notice file=") and ",title=auto::possibly the same figure" in line


def test_a_finding_without_location_still_annotates() -> None:
    finding = Finding("F1", "range-x", "range-x", "warning", "too big: 9", ("d:1",), "too big: 9")
    assert annotation([(finding, [])]) == "::warning title=range-x::too big: 9"


QUAKES = "A magnitude 12.5 earthquake struck the coast on Monday, then a magnitude 11.5 quake.\n"
QUAKE_FIRST = 'Magnitude of the earthquake: "12.5" (Wire, 2025-04-15): 12.5 magnitude is above 10 magnitude, the ' \
              "highest plausible value"
QUAKE_SECOND = QUAKE_FIRST.replace("12.5", "11.5")


def write_quakes(folder: Path, story: str) -> None:
    """Two impossible magnitudes on one line of ``story``: two error findings at one spot, and another source."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / story).write_text(f"---\npublished: 2025-04-15\nsource: Wire\n---\n{QUAKES}", encoding="utf-8")


def write_quake_source(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "post.md").write_text("---\npublished: 2025-04-15\nsource: Post\n---\n"
                                    "A magnitude 7.1 earthquake struck the coast on Monday.\n", encoding="utf-8")


def spots(lines: list[str]) -> list[tuple[str, str, str]]:
    """(level, file, line) of each annotation."""
    return [(line.split(" ", 1)[0], *line.split(" ", 1)[1].split(",")[:2]) for line in lines]


def test_findings_at_one_line_share_one_annotation_in_a_folder_check(tmp_path: Path, capsys, monkeypatch) -> None:
    write_quakes(tmp_path, "wire.md")
    write_quake_source(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, lines = github(capsys, ".")
    assert code == 1
    # One error annotation for the line, spanning both figures, with both messages one per line (%0A) ...
    assert lines[0] == ("::error file=wire.md,line=5,col=13,endLine=5,endColumn=78,title=magnitude::"
                        f"{QUAKE_FIRST}%0A{QUAKE_SECOND}")
    # ... and the disagreement with the other source, a warning placed at its figure, is another annotation.
    assert spots(lines) == [("::error", "file=wire.md", "line=5"), ("::warning", "file=post.md", "line=5")]
    assert lines[1].endswith("7.1 magnitude and 12.5 magnitude do not overlap; also at wire.md:5:13")


def test_one_figure_in_two_findings_of_one_level_is_one_annotation(tmp_path: Path, capsys, monkeypatch) -> None:
    # "12.5" is impossible (an error) and disagrees with "7.1"; a pack that makes the `magnitude` rule an error
    # puts both errors at one spot, the figure "12.5".
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a-wire.md").write_text("---\npublished: 2025-04-15\nsource: Wire\n---\n"
                                                 "A magnitude 12.5 earthquake struck the coast on Monday.\n",
                                                 encoding="utf-8")
    write_quake_source(tmp_path / "docs")
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "quakes.yaml").write_text(
        "rules:\n  - {id: magnitude, kind: range, description: Magnitude of the earthquake, severity: error,\n"
        "     match: {kinds: [measure], units: [magnitude], words: [magnitude, earthquake]}, params: {max: 10}}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, lines = github(capsys, "docs")
    assert code == 1 and spots(lines) == [("::error", "file=docs/a-wire.md", "line=5"),
                                          ("::warning", "file=docs/a-wire.md", "line=5")]
    code, lines = github(capsys, "docs", "--rules", "pack")
    assert code == 1
    assert lines == ["::error file=docs/a-wire.md,line=5,col=13,endLine=5,endColumn=17,title=magnitude::"
                     f"{QUAKE_FIRST}%0A"
                     'Magnitude of the earthquake: "12.5" (Wire, 2025-04-15) against "7.1" (Post, 2025-04-15): '
                     "12.5 magnitude and 7.1 magnitude do not overlap; also at docs/post.md:5:13"]


def test_findings_at_one_line_share_one_annotation_in_a_draft_check(tmp_path: Path, capsys, monkeypatch) -> None:
    write_quakes(tmp_path, "draft.md")
    write_quake_source(tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    code, lines = github(capsys, "draft.md", "--against", "sources")
    assert code == 1
    # The warning against the source contradicts a draft figure, so it fails the check: an error, on the same spot.
    assert lines[0].startswith("::error file=draft.md,line=5,col=13,endLine=5,endColumn=78,title=magnitude::"
                               f"{QUAKE_FIRST}%0A{QUAKE_SECOND}%0A")
    assert spots(lines) == [("::error", "file=draft.md", "line=5")]
    assert lines[0].endswith("; also at sources/post.md:5:13")


def test_one_text_at_one_spot_is_said_once_and_rules_are_listed_once(tmp_path: Path) -> None:
    from factcheck.report.locations import Location, Region

    here = Location("d:1", "d", "story.md", Region(3, 5, 3, 9), "12")
    there = Location("d:2", "d", "story.md", Region(3, 20, 3, 24), "13")
    first = Finding("F1", "killed", "killed", "error", "too few: 12", ("d:1",), "too few: 12")
    same = Finding("F2", "killed", "killed", "error", "too few: 12", ("d:1",), "too few: 12")
    other = Finding("F3", "injured", "injured", "error", "too many: 13", ("d:2",), "too many: 13")
    assert annotation([(first, [here]), (same, [here]), (other, [there])]) == (
        "::error file=story.md,line=3,col=5,endLine=3,endColumn=24,title=killed%2C injured::too few: 12%0Atoo many: 13"
    )


def test_output_file(tmp_path: Path, capsys) -> None:
    write_story(tmp_path / "story")
    target = tmp_path / "annotations.txt"
    code, out, err = run_cli(capsys, "check", str(tmp_path / "story"), "--format", "github", "--output", str(target))
    assert code == 1 and out == "" and f"wrote {target}" in err
    assert target.read_text(encoding="utf-8").startswith("::error file=")
