"""How the command line is used: a user's rule pack adds to the default pack, usage errors name the fix and show a
call that works, a lone document gets a hint, every report written to a file says where, and an html report is
named after what was checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.rules.loader import default_rules_dir
from tests.conftest import ROOT, run_cli

EXAMPLES = ROOT / "examples"
DRAFT = EXAMPLES / "04_draft.md"
CHECK_EXAMPLE = ("factcheck check: example: factcheck check DRAFT.md --against SOURCES/  (or, to compare documents: "
                 "factcheck check FOLDER/)")
UNRELATED = """rules:
  - id: goals
    kind: exact
    description: Goals scored
    match: {kinds: [count], words: [goal]}
    severity: error
"""
KILLED_AS_WARNING = """rules:
  - id: killed
    kind: cumulative
    description: People killed (our desk's rule)
    match: {kinds: [count], counts: people, words: [kill, killed, die, dead, death toll]}
    severity: warning
"""


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    """Run a command line argparse or factcheck refuses: exit code 2 and nothing on standard output; the lines
    of standard error."""
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    captured = capsys.readouterr()
    assert stopped.value.code == 2 and captured.out == ""
    return captured.err.splitlines()


def pack(folder: Path, text: str, name: str = "rules.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def findings(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[tuple[str, str, str]]]:
    code, out, _ = run_cli(capsys, "check", *args, "--format", "json")
    return code, [(f["rule"], f["key"], f["severity"]) for f in json.loads(out)["findings"]]


def write_tolls(folder: Path) -> Path:
    """Two reports of one flood, the later with fewer dead: the default `killed` rule makes that an error."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "early.md").write_text("---\npublished: 2025-04-15\nsource: Morning Post\n---\n"
                                     "Seven people were killed in the flood.\n", encoding="utf-8")
    (folder / "late.md").write_text("---\npublished: 2025-04-16\nsource: Evening Star\n---\n"
                                    "Five people were killed in the flood.\n", encoding="utf-8")
    return folder


# --rules adds to the default pack; --no-default-rules replaces it


def test_a_users_pack_adds_to_the_default_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    mine = pack(tmp_path / "my-pack", UNRELATED)
    code, plain = findings(capsys, str(EXAMPLES))
    assert code == 1 and [severity for *_, severity in plain] == ["error", "warning", "warning", "warning"]
    assert findings(capsys, str(EXAMPLES), "--rules", str(mine)) == (code, plain)
    code, out, _ = run_cli(capsys, "check", str(EXAMPLES), "--rules", str(mine))
    assert code == 1 and "1 error, 3 warnings, 0 notes" in out
    code, alone = findings(capsys, str(EXAMPLES), "--rules", str(mine), "--no-default-rules")
    assert code == 0 and {rule for rule, *_ in alone} == {"auto"}  # no rule of the default pack: damage is no error


def test_a_draft_check_keeps_the_default_pack_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    mine = pack(tmp_path / "my-pack", UNRELATED)
    plain = findings(capsys, str(DRAFT), "--against", str(EXAMPLES))
    assert plain[0] == 1 and plain[1]
    assert findings(capsys, str(DRAFT), "--against", str(EXAMPLES), "--rules", str(mine)) == plain


def test_a_users_rule_replaces_the_default_rule_of_its_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    docs = write_tolls(tmp_path / "docs")
    mine = pack(tmp_path / "my-pack", KILLED_AS_WARNING)
    assert findings(capsys, str(docs)) == (1, [("killed", "killed", "error")])
    assert findings(capsys, str(docs), "--rules", str(mine)) == (0, [("killed", "killed", "warning")])
    code, out, _ = run_cli(capsys, "rules", "--rules", str(mine))
    listed = [[*line.split()[:3], line.rsplit("(", 1)[1]] for line in out.splitlines()]
    assert code == 0 and [line for line in listed if line[0] == "killed"] == [
        ["killed", "cumulative", "warning", f"{mine / 'rules.yaml'})"]]
    assert {line[0] for line in listed} >= {"killed", "injured", "damage", "event-date"}  # the rest of the default pack


def test_two_rules_of_one_id_in_the_users_own_packs_are_still_an_error(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    first, second = pack(tmp_path / "a", UNRELATED), pack(tmp_path / "b", UNRELATED)
    code, out, err = run_cli(capsys, "rules", "--rules", str(first), "--rules", str(second))
    assert code == 3 and out == ""
    assert err == (f"factcheck: error: {second / 'rules.yaml'}: rule 'goals': key 'id': rule id is already defined in "
                   f"{first / 'rules.yaml'}\n")


def test_naming_the_default_pack_again_reads_it_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, plain, _ = run_cli(capsys, "rules")
    code_again, again, _ = run_cli(capsys, "rules", "--rules", str(default_rules_dir()))
    assert code == code_again == 0 and again == plain


def test_rules_lists_the_default_pack_and_the_users(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    mine = pack(tmp_path / "my-pack", UNRELATED)
    _, default, _ = run_cli(capsys, "rules")
    code, both, _ = run_cli(capsys, "rules", "--rules", str(mine))
    assert code == 0 and sorted(both.splitlines()) == sorted([*default.splitlines(), both.splitlines()[0]])
    assert both.splitlines()[0].split()[0] == "goals"  # the user's rules first: on a tie for a figure, theirs wins
    code, only, _ = run_cli(capsys, "rules", "--rules", str(mine), "--no-default-rules")
    assert code == 0 and [line.split()[0] for line in only.splitlines()] == ["goals"]


def test_a_users_rule_claims_a_figure_a_default_rule_fits_as_well(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    docs = write_tolls(tmp_path / "docs")
    mine = pack(tmp_path / "my-pack", KILLED_AS_WARNING.replace("id: killed", "id: flood-deaths"))
    assert findings(capsys, str(docs), "--rules", str(mine)) == (0, [("flood-deaths", "flood-deaths", "warning")])


def test_a_packs_word_lists_are_read_beside_the_default_pack(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    for name, thing in (("a", "40 bungalows"), ("b", "70 homes")):
        pack(tmp_path / "docs", f"---\npublished: 2025-04-15\n---\nThe flood destroyed {thing} in the valley, "
                                "officials said.\n", f"{name}.md")
    words = pack(tmp_path / "words", "things:\n  classes:\n    homes: {members: [bungalow], within: structures}\n",
                 "lexicon.yaml")
    assert findings(capsys, str(tmp_path / "docs")) == (0, [])
    code, found = findings(capsys, str(tmp_path / "docs"), "--rules", str(words))  # a pack of word lists alone
    assert code == 0 and [rule for rule, *_ in found] == ["buildings-destroyed"]  # a default rule, the pack's words


def test_batch_adds_a_users_pack_to_the_default_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "corpus" / "story")
    mine = pack(tmp_path / "my-pack", UNRELATED)

    def severities(output: str, *args: str) -> dict:
        assert main(["batch", str(tmp_path / "corpus"), "--output", str(tmp_path / output), "--workers", "0",
                     "--no-cache", *args]) == 0
        capsys.readouterr()
        return json.loads((tmp_path / output / "summary.json").read_text(encoding="utf-8"))["findings"]

    default = severities("default")
    assert (default["error"], default["warning"]) == (1, 3)
    assert severities("added", "--rules", str(mine)) == default
    assert severities("alone", "--rules", str(mine), "--no-default-rules")["error"] == 0


@pytest.mark.parametrize("command", [["check", str(EXAMPLES)], ["rules"], ["batch", str(EXAMPLES), "--output", "x"]])
def test_no_default_rules_needs_rules(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    lines = usage_error(capsys, *command, "--no-default-rules")
    assert lines[0].startswith(f"usage: factcheck {command[0]} ")
    assert [line for line in lines if ": error: " in line] == [
        f"factcheck {command[0]}: error: --no-default-rules needs --rules DIR: the rules to use instead of the "
        "default pack"]


def test_help_says_rules_add_to_the_default_pack(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert f"added to the default pack ({default_rules_dir()})" in text
    assert "A rule with the id of a default rule replaces it" in text
    assert "--no-default-rules use only the --rules given, without the default pack" in text


# Usage errors name the fix and show a call that works


def test_sources_before_the_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lines = usage_error(capsys, "check", "--against", str(EXAMPLES), str(tmp_path / "draft.md"))
    assert lines == [
        "usage: factcheck check [options] PATH... [--against SOURCE...]",
        "factcheck check: error: no PATH before --against, which takes every path after it as a source; put the "
        "draft first: factcheck check DRAFT --against SOURCE...",
        CHECK_EXAMPLE,
    ]
    assert usage_error(capsys, "check", "--against", str(EXAMPLES))[1:] == lines[1:]


def test_the_draft_before_against_works_with_options_between(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", "--format", "json", str(DRAFT), "--against", str(EXAMPLES))
    assert code == 1 and json.loads(out)["findings"]


@pytest.mark.parametrize(("args", "problem"), [
    ([], "the following arguments are required: PATH"),
    ([str(EXAMPLES), "--format", "pdf"], "argument --format: invalid choice: 'pdf' (choose from 'table', 'json', "
                                         "'markdown', 'html', 'csv', 'sarif', 'github')"),
    ([str(EXAMPLES), "--colour"], "unrecognized arguments: --colour"),
    ([str(EXAMPLES), "--fail-on"], "argument --fail-on: expected one argument"),
])
def test_every_usage_error_of_check_shows_a_call_that_works(capsys: pytest.CaptureFixture[str], args: list[str],
                                                            problem: str) -> None:
    assert usage_error(capsys, "check", *args) == [
        "usage: factcheck check [options] PATH... [--against SOURCE...]", f"factcheck check: error: {problem}",
        CHECK_EXAMPLE]


# One document alone: a hint


def test_one_document_alone_gets_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    lone = EXAMPLES / "01_valley-courier.md"
    code, out, err = run_cli(capsys, "check", str(lone))
    assert code == 0 and "0 errors" in out
    assert err == (f"factcheck: hint: {lone} is the only document: there is no other to compare it with; to check a "
                   "draft against its sources, run factcheck check DRAFT --against SOURCE...\n")
    code, out, err = run_cli(capsys, "check", str(lone), "--format", "json")
    assert code == 0 and json.loads(out)["documents"] and err.startswith("factcheck: hint: ")


def test_no_hint_when_there_is_something_to_compare(capsys: pytest.CaptureFixture[str]) -> None:
    for args in ([str(EXAMPLES)], [str(DRAFT), "--against", str(EXAMPLES)]):
        _, _, err = run_cli(capsys, "check", *args)
        assert "hint" not in err


# Reports written to a file say where


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "html", "csv", "sarif", "github"])
def test_check_says_where_it_wrote(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "out" / f"report.{fmt}"
    code, out, err = run_cli(capsys, "check", str(EXAMPLES), "--format", fmt, "--output", str(target))
    assert code == 1 and out == "" and target.stat().st_size > 0
    assert err.splitlines()[0] == f"factcheck: wrote {target}"
    code, out, err = run_cli(capsys, "check", str(DRAFT), "--against", str(EXAMPLES), "--format", fmt, "--output",
                             str(target))
    assert code == 1 and out == "" and err.splitlines()[0] == f"factcheck: wrote {target}"


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "parquet"])
def test_extract_says_where_it_wrote(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"facts.{fmt}"
    code, out, err = run_cli(capsys, "extract", str(EXAMPLES), "--format", fmt, "--output", str(target))
    assert code == 0 and out == "" and target.stat().st_size > 0
    assert err == f"factcheck: wrote {target}\n"


def test_default_files_say_where_they_went(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "extract", str(EXAMPLES), "--format", "parquet")
    assert code == 0 and out == "" and err == "factcheck: wrote reports/facts.parquet\n"
    assert (tmp_path / "reports" / "facts.parquet").is_file()
    code, out, err = run_cli(capsys, "check", str(EXAMPLES), "--format", "html")
    assert code == 1 and out == "" and err.splitlines()[0] == "factcheck: wrote reports/examples.html"


# An html report is named after what was checked


@pytest.mark.parametrize(("args", "name"), [
    (["story"], "story.html"),
    (["story/"], "story.html"),
    (["story/01_valley-courier.md"], "01_valley-courier.html"),
    (["story/04_draft.md", "--against", "story"], "04_draft.html"),
    (["story/04_draft.md", "story/03_river-times.md", "--against", "story"], "factcheck-report.html"),
    (["story/01_valley-courier.md", "story/02_northern-wire.md"], "factcheck-report.html"),
])
def test_the_html_report_is_named_after_what_was_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, args: list[str],
                                                         name: str) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "work" / "story")
    monkeypatch.chdir(tmp_path / "work")
    code, _, err = run_cli(capsys, "check", *args, "--format", "html", "--fail-on", "never")
    assert code == 0 and err.splitlines()[0] == f"factcheck: wrote reports/{name}"
    assert [p.name for p in (tmp_path / "work" / "reports").iterdir()] == [name]
    assert (tmp_path / "work" / "reports" / name).read_text(encoding="utf-8").startswith("<!doctype html>")


def test_the_current_folder_names_the_report_by_its_name(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "flood")
    monkeypatch.chdir(tmp_path / "flood")
    code, _, err = run_cli(capsys, "check", ".", "--format", "html")
    assert code == 1 and err.splitlines()[0] == "factcheck: wrote reports/flood.html"
    assert (tmp_path / "flood" / "reports" / "flood.html").is_file()


def test_checking_another_story_keeps_the_last_report(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "flood")
    write_tolls(tmp_path / "tolls")
    monkeypatch.chdir(tmp_path)
    run_cli(capsys, "check", "flood", "--format", "html")
    run_cli(capsys, "check", "tolls", "--format", "html")
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["flood.html", "tolls.html"]
