"""`factcheck check --format github`: GitHub Actions workflow commands, one per finding, with file and line,
and every piece of article text escaped."""

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
    assert annotation(finding, []) == "::warning title=range-x::too big: 9"


def test_output_file(tmp_path: Path, capsys) -> None:
    write_story(tmp_path / "story")
    target = tmp_path / "annotations.txt"
    code, out, err = run_cli(capsys, "check", str(tmp_path / "story"), "--format", "github", "--output", str(target))
    assert code == 1 and out == "" and f"wrote {target}" in err
    assert target.read_text(encoding="utf-8").startswith("::error file=")
