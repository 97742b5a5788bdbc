"""Hostile input, round two: each failure an independent probe found, reproduced, and what factcheck does now.
A YAML text that lies (an impossible date, an alias bomb, nesting without end), a number no float holds, a date past
the calendar's end, a JSON line nested 100,000 deep, and writes to what is not a regular file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import factcheck
from tests.conftest import run_cli

STORY = "The quake killed 12 people on Tuesday, officials said.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_line(err: str, *names: object) -> str:
    assert "Traceback" not in err and "internal error" not in err, err
    [line] = [line for line in err.splitlines() if line.startswith("factcheck: error:")]
    for name in names:
        assert str(name) in line, line
    return line


def _laughs(key: str) -> str:
    """Nine levels of nine aliases: 387 bytes that expand to 9**9 strings."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    lines.append(f"{key}: *a9")
    return "\n".join(lines) + "\n"


# YAML: impossible dates, aliases and nesting are one line naming the file (exit 2, or 3 for rules).


@pytest.mark.parametrize(("front", "problem"), [
    ("published: 2023-02-29", "'2023-02-29' at line 2 is not a date the calendar has"),
    ("published: 0000-00-00", "'0000-00-00' at line 2 is not a date the calendar has"),
    (_laughs("published").rstrip("\n"), "uses an alias (*a0) at line 3"),
    ("published: " + "[" * 5000 + "]" * 5000, "nested too deeply"),
], ids=["29 February 2023", "0000-00-00", "billion laughs", "nested 5000 deep"])
def test_front_matter_that_lies_is_one_input_error(capsys: pytest.CaptureFixture[str], tmp_path: Path, front: str,
                                                   problem: str) -> None:
    bad = write(tmp_path / "docs" / "bad.md", f"---\n{front}\n---\n{STORY}")
    write(tmp_path / "docs" / "good.md", f"---\npublished: 2023-03-01\n---\n{STORY}")
    code, _, err = run_cli(capsys, "check", str(bad))
    assert code == 2
    assert problem in error_line(err, bad)


def test_a_manifest_with_an_impossible_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "docs" / "story.md", STORY)
    manifest = write(tmp_path / "docs" / "manifest.yaml", "documents:\n  - {file: story.md, published: 2023-02-29}\n")
    code, _, err = run_cli(capsys, "check", str(tmp_path / "docs"))
    assert code == 2
    assert "'2023-02-29' at line 2 is not a date the calendar has" in error_line(err, manifest)


@pytest.mark.parametrize(("text", "problem"), [
    ("rules:\n  - id: x\n    kind: agree\n    description: 2023-02-29\n", "is not a date the calendar has"),
    (_laughs("rules"), "uses an alias"),
], ids=["impossible date", "billion laughs"])
def test_a_rule_file_that_lies_is_one_rule_error(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str,
                                                 problem: str) -> None:
    doc = write(tmp_path / "story.md", STORY)
    rules = write(tmp_path / "pack" / "rules.yaml", text)
    code, _, err = run_cli(capsys, "check", str(doc), "--rules", str(tmp_path / "pack"))
    assert code == 3
    assert problem in error_line(err, rules)


def test_an_accepted_file_with_an_impossible_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "story.md", STORY)
    accepted = write(tmp_path / "accepted.yaml", "accepted:\n  - {key: killed, note: 2023-02-30}\n")
    code, _, err = run_cli(capsys, "check", str(doc), "--accepted", str(accepted))
    assert code == 3
    assert "not a date the calendar has" in error_line(err, accepted)


def test_a_long_wrong_value_is_quoted_short(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.md", "---\npublished: [" + ", ".join(["lol"] * 5000) + "]\n---\n" + STORY)
    code, _, err = run_cli(capsys, "check", str(bad))
    assert code == 2 and len(error_line(err, bad)) < 300


# Numbers and dates past what a float or the calendar holds: that figure is left, the run goes on.


def test_a_number_of_320_digits_is_no_figure_and_the_rest_is_read(tmp_path: Path) -> None:
    write(tmp_path / "story.md", f"The firm lost {'9' * 320} dollars. The quake killed 12 people.\n")
    result = factcheck.check([tmp_path])
    assert list(result.facts.surface) == ["12"]


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_a_relative_date_past_the_calendar_s_end_stays_unresolved(tmp_path: Path, published: str) -> None:
    write(tmp_path / "story.md", f"---\npublished: {published}\n---\nThe summit is next week. Yesterday it rained.\n")
    result = factcheck.check([tmp_path])
    assert set(result.facts.surface) == {"next week", "Yesterday"}


def test_a_json_line_nested_100000_deep_is_one_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"cluster": "a", "id": "d1", "text": "The quake killed 12 people."}),
             '{"cluster": "a", "id": "d2", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
             json.dumps({"cluster": "a", "id": "d3", "text": "The quake killed 14 people."})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "batch", str(corpus), "--output", str(tmp_path / "out"), "--workers", "0",
                           "--no-cache")
    assert "corpus.jsonl:2: JSON nested too deeply to read" in err and "Traceback" not in err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["documents"] == 2 and code == 2


# Writes: only a regular file is replaced; a device or a pipe is written through; standard output whole or an error.


def _report(capsys: pytest.CaptureFixture[str], output: Path) -> tuple[int, str]:
    examples = Path(__file__).parent.parent / "examples"
    code, _, err = run_cli(capsys, "check", str(examples), "--format", "json", "--fail-on", "never",
                           "--output", str(output))
    return code, err


def test_a_fifo_is_written_through_not_replaced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _ = _report(capsys, fifo)
    reader.join(timeout=60)
    assert code == 0 and stat.S_ISFIFO(fifo.lstat().st_mode)
    assert json.loads(received[0])["schema"] == "factcheck/2"


@pytest.mark.skipif(not stat.S_ISCHR(os.stat(os.devnull).st_mode), reason="this machine's /dev/null is no device")
def test_dev_null_stays_a_device(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _report(capsys, Path(os.devnull))
    assert code == 0 and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_read_only_file_and_a_folder_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    kept = write(tmp_path / "kept.json", "an earlier report\n")
    kept.chmod(0o444)
    code, err = _report(capsys, kept)
    assert code == 2 and "is read-only" in error_line(err, kept)
    assert kept.read_text(encoding="utf-8") == "an earlier report\n"
    code, err = _report(capsys, tmp_path)
    assert code == 2 and "is not a regular file" in error_line(err, tmp_path)


def test_a_symlink_is_followed_and_stays_a_link(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = write(tmp_path / "reports" / "real.json", "old\n")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, _ = _report(capsys, link)
    assert code == 0 and link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "factcheck/2"


@pytest.mark.slow  # a factcheck process of its own
def test_a_report_cut_short_on_standard_output_is_an_error() -> None:
    examples = Path(__file__).parent.parent / "examples"
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run([sys.executable, "-m", "factcheck", "check", str(examples), "--format", "json",
                               "--fail-on", "never"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
    assert done.returncode == 2
    assert "standard output: the report could not be written whole" in error_line(done.stderr)


def test_temporary_files_a_killed_run_left_are_cleaned_up(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    stale = write(tmp_path / ".report.json.k1ll3d.tmp", "{")
    fresh = write(tmp_path / ".report.json.runn1ng.tmp", "{")
    hour_ago = time.time() - 7200
    os.utime(stale, (hour_ago, hour_ago))
    code, _ = _report(capsys, report)
    assert code == 0 and not stale.exists() and fresh.exists()


# A rule's regular expression cannot hang a run: a pattern that can backtrack without end is refused on load.


@pytest.mark.parametrize("pattern", [r"(\w+\s?)*dead", r"(a+)+$", r"(?:(?:\d+))*x"])
def test_a_rule_pattern_that_can_backtrack_without_end_is_refused(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path, pattern: str) -> None:
    doc = write(tmp_path / "story.md", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 12 people were killed, police say\n")
    rule = {"rules": [{"id": "slow", "kind": "agree", "description": "Slow", "severity": "warning",
                       "match": {"kinds": ["count"], "pattern": pattern}}]}
    rules = write(tmp_path / "pack" / "rules.yaml", json.dumps(rule))
    code, _, err = run_cli(capsys, "check", str(doc), "--rules", str(tmp_path / "pack"))
    assert code == 3
    assert "exponential time" in error_line(err, rules, "match.pattern")


@pytest.mark.slow  # waits out the one-second limit
@pytest.mark.parametrize("pattern", [r"(a|aa)*dead", r"((a|aa))*dead"])
def test_a_rule_pattern_the_guard_cannot_tell_is_stopped_by_a_time_limit(capsys: pytest.CaptureFixture[str],
                                                                         tmp_path: Path, pattern: str) -> None:
    # Found by bench/fuzz.py: exponential on "aaa...a" with no "dead", yet no group repeats an unbounded one alone.
    doc = write(tmp_path / "story.md", "a" * 60 + " 12 people were found dead, police say\n")
    rule = {"rules": [{"id": "slow", "kind": "agree", "description": "Slow", "severity": "warning",
                       "match": {"kinds": ["count"], "pattern": pattern}}]}
    rules = write(tmp_path / "pack" / "rules.yaml", json.dumps(rule))
    started = time.monotonic()
    code, out, err = run_cli(capsys, "check", str(doc), "--rules", str(tmp_path / "pack"), "--format", "json")
    assert time.monotonic() - started < 30
    assert code == 3 and out == ""  # no partial report
    assert "searched one sentence for over 1 s" in error_line(err, rules, "slow", "match.pattern")


@pytest.mark.parametrize("pattern", [r"(\d+,)*\d+ of", r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)* said", r"(?:\w+\s){0,3}dead",
                                     r"(?>\w+\s?)*dead", r"\bkill(?:ed|ing)?\b"])
def test_ordinary_rule_patterns_pass_the_guard(pattern: str) -> None:
    from factcheck.rules.regex_guard import nested_repeat

    assert nested_repeat(pattern) is None


# The local Dask cluster of a batch run: TLS with a certificate made for the run, so no other local user gets in.


@pytest.mark.slow  # a Dask cluster, and two clients that must time out
def test_a_local_batch_cluster_lets_in_only_the_run_s_own_client() -> None:
    from distributed import Client
    from distributed.security import Security

    from factcheck.batch.schedule import runner

    with runner(1, None) as where:
        address = where.client.scheduler.address  # type: ignore[attr-defined]
        assert address.startswith("tls://127.0.0.1:")
        assert where.client.run(os.getpid)  # type: ignore[attr-defined]  # the run's own client works
        with pytest.raises((OSError, TimeoutError)):  # a certificate of its own, not the run's
            Client(address, security=Security.temporary(), timeout=3)
        with pytest.raises((OSError, TimeoutError)):  # plain TCP
            Client(address.replace("tls://", "tcp://"), timeout=3)


# Degraded: an output encoding that cannot hold a character; a manifest that names one file twice.


@pytest.mark.slow  # a factcheck process of its own
def test_an_output_encoding_without_the_report_s_characters_is_no_crash() -> None:
    examples = Path(__file__).parent.parent / "examples"
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", str(examples)], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "latin-1"}, timeout=300)
    assert done.returncode == 1, done.stderr  # the demo's error-level finding, not an internal error (70)
    assert b"internal error" not in done.stderr and b"1 error, 3 warnings" in done.stderr + done.stdout


def test_a_manifest_naming_a_file_twice_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "docs" / "a.md", STORY)
    manifest = write(tmp_path / "docs" / "manifest.yaml", "documents:\n  - {file: a.md, published: 2024-01-01}\n"
                                                          "  - {file: a.md, published: 2024-02-01}\n")
    code, _, err = run_cli(capsys, "check", str(tmp_path / "docs"))
    assert code == 2
    assert "documents[2]: names a.md a second time" in error_line(err, manifest)


def test_one_figure_in_two_groupings_is_no_disagreement(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\npublished: 2024-07-31\n---\nOfficials said 1,40,000 people were displaced.\n")
    write(tmp_path / "b.md", "---\npublished: 2024-07-31\n---\nOfficials said 140,000 people were displaced.\n")
    assert factcheck.check([tmp_path]).findings == ()


def test_a_sentence_with_no_full_stop_is_cut_at_a_word_boundary_and_read(tmp_path: Path) -> None:
    from factcheck.extract import sentences

    clause = "the river rose two metres at the old bridge and residents waited in the town hall for news, "
    text = clause * 60  # 5,640 characters, no full stop
    pieces = list(sentences.split(text))
    assert len(pieces) > 1 and all(end - start <= sentences.LONGEST for start, end in pieces)
    assert all(text[start - 1] == " " for start, _ in pieces[1:])  # never inside a word
    result = factcheck.check([write(tmp_path / "story.txt", text)])
    facts = result.facts
    assert len(facts) == 60 and set(facts.surface) == {"two metres"}
    assert all(text[row.start:row.end] == row.surface for row in facts.itertuples())
    assert max(len(s) for s in facts.sentence) <= sentences.LONGEST  # no fact repeats the whole run-on text


@pytest.mark.parametrize("unit", ["1 ", "1,", "March 3, 2024 ", "قتل ١٢ شخصا و ٣٥٠٠ نزحوا "])
def test_a_table_or_a_list_of_numbers_is_not_read_and_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                                 unit: str) -> None:
    write(tmp_path / "docs" / "list.txt", unit * (20_000 // len(unit)))
    write(tmp_path / "docs" / "story.txt", STORY)
    code, out, err = run_cli(capsys, "check", str(tmp_path / "docs"), "--format", "json", "--fail-on", "never")
    assert code == 0, err
    report = json.loads(out)
    assert [f["surface"] for f in report["facts"] if f["doc"] == "story"] == ["12", "Tuesday"]
    assert len([f for f in report["facts"] if f["doc"] == "list"]) <= 20  # the tail shorter than a passage is read
    [line] = [line for line in err.splitlines() if "list.txt" in line]
    assert line.startswith("factcheck: warning:") and "not read" in line and "from line 1" in line


def test_a_sentence_of_ordinary_length_dense_with_figures_is_read_in_full(tmp_path: Path) -> None:
    from factcheck.extract import sentences

    sentence = ("Homes from $750,000 to $1 million stayed 70 days on the market; $1 million to $1.25 million, 99 days; "
                "$1.25 million to $1.5 million, 108 days; $1.5 million to $2 million, 121 days; and above $2 million, "
                "160 days, against 64, 87, 95, 110 and 151 days in 2023, the board said.")
    assert len(sentence) < sentences.LONGEST and len(list(sentences.split(sentence))) == 1
    result = factcheck.check([write(tmp_path / "story.txt", sentence + "\n")])
    assert {"70 days", "99 days", "108 days", "121 days", "160 days", "151 days", "2023"} <= set(
        result.facts.surface)
    assert result.reading.warnings == ()


@pytest.mark.parametrize("output", ["table", "markdown", "github"])
def test_a_bidi_override_reorders_nothing_in_a_report(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      output: str) -> None:
    # "\u202ePA\u202c" shows as "AP" on screen: a source name (or a figure) that reads other than the file says.
    write(tmp_path / "docs" / "a.md", "---\nsource: \"Wire \u202ePA\u202c\"\n---\nThe quake killed 21 people on "
                                      "Tuesday, officials said.\n")
    write(tmp_path / "docs" / "b.md", "The quake killed 34 people on Tuesday, officials said.\n")
    code, out, err = run_cli(capsys, "check", str(tmp_path / "docs"), "--format", output, "--fail-on", "never",
                             "--show-info")
    assert code == 0, err
    assert not any(c in out for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), repr(out)
    if output != "github":
        assert "RLO" in out


def test_a_symlink_loop_or_a_broken_link_in_a_folder_is_named(capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs / "story.md", STORY)
    (docs / "loop.md").symlink_to("loop.md")
    (docs / "gone.txt").symlink_to("nowhere.txt")
    code, out, err = run_cli(capsys, "check", str(docs), "--format", "json")
    assert code == 2
    assert {f["doc"] for f in json.loads(out)["facts"]} == {"story"}  # the other document is still checked
    problems = [line for line in err.splitlines() if line.startswith("factcheck: error:")]
    assert any("loop.md" in line and "symbolic links" in line for line in problems), err
    assert any("gone.txt" in line and "No such file" in line for line in problems), err


def test_a_symlink_loop_named_directly_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "loop.md").symlink_to("loop.md")
    code, _, err = run_cli(capsys, "check", str(tmp_path / "loop.md"))
    assert code == 2
    assert "loop.md" in error_line(err) and "loops or points nowhere" in error_line(err)


def test_every_pair_of_documents_sharing_an_id_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for folder in ("one", "two"):
        write(tmp_path / folder / "a.md", STORY)
        write(tmp_path / folder / "b.txt", STORY)
    code, _, err = run_cli(capsys, "check", str(tmp_path / "one"), str(tmp_path / "two"))
    assert code == 2
    line = error_line(err, "'a'", "'b'")
    assert str(tmp_path / "one" / "a.md") in line and str(tmp_path / "two" / "b.txt") in line


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Zurich has 32'000 more residents than in 2020.", "32'000", 32000.0),
    ("Zurich has 1’250’000 residents.", "1’250’000", 1250000.0),
    ("Die Stadt hat 1.250.000 Einwohner und 32.000 Autos.", "32.000", 32000.0),  # the text shows the convention
    ("La ciudad tiene 32.000 autos, un 3,5 por ciento más.", "32.000", 32000.0),
    ("The rate rose to 32.000 percent, from 1,200 basis points.", "32.000 percent", 32.0),  # English: a decimal
    ("About ½ million people fled the city.", "About ½ million", 500000.0),
    ("The march lasted 1½ hours.", "1½ hours", 5400.0),
    ("He was sentenced to 2 1/2 years in prison.", "2 1/2 years", 2.5 * 365.2425 * 86400),  # was read as 2
    ("The storm dropped 3-1/2 inches of rain.", "3-1/2 inches", 0.0889),
])
def test_number_writings_of_other_countries(tmp_path: Path, text: str, surface: str, value: float) -> None:
    facts = factcheck.check([write(tmp_path / "story.txt", text + "\n")]).facts
    row = facts[facts.surface == surface]
    assert len(row) == 1, list(facts.surface)
    assert row.iloc[0].value == pytest.approx(value)
    assert text[row.iloc[0].start:row.iloc[0].end] == surface  # offsets point into the text as written


def test_a_vulgar_fraction_of_a_group_is_a_share(tmp_path: Path) -> None:
    facts = factcheck.check([write(tmp_path / "story.txt", "Officials said ¾ of voters backed the plan.\n")]).facts
    [row] = facts.itertuples()
    assert (row.surface, row.kind, row.value) == ("¾", "percent", 75.0)


# A review of the changes above found these; each read wrong before its fix.


def test_an_ip_address_is_no_sign_of_dot_grouping(tmp_path: Path) -> None:
    text = "Servers at 172.217.164.110 went down; yields hit 4.125 percent and she scored 14.733.\n"
    facts = factcheck.check([write(tmp_path / "story.txt", text)]).facts
    assert dict(zip(facts.surface, facts.value, strict=True)) == {"4.125 percent": 4.125, "14.733": 14.733}


def test_a_vulgar_fraction_after_a_space_belongs_to_its_figure(tmp_path: Path) -> None:
    facts = factcheck.check([write(tmp_path / "story.txt", "The march lasted 1 ½ hours.\n")]).facts
    assert list(zip(facts.surface, facts.value, strict=True)) == [("1 ½ hours", 5400.0)]


def test_a_long_sentence_is_cut_at_a_clause_and_never_between_a_figure_and_its_scale_word() -> None:
    from factcheck.extract import sentences

    text = "In the district the turnout was high and the count ran late into the night " * 7 + (
        "and it cost $1.5 million, and more") + " word" * 80
    pieces = [text[a:b] for a, b in sentences.split(text)]
    assert len(pieces) > 1 and pieces[0].endswith("$1.5 million,")


def test_a_figure_grouped_in_thousands_counts_once_in_a_crowded_passage() -> None:
    from factcheck.extract import sentences

    # 14 figures in 650 characters: prose, though its digit runs number 42.
    passage = ", ".join(f"the ward of Kensington North gave Smith {n},234,567 votes" for n in range(1, 15))
    assert sentences.crowded(passage) == 0


def test_a_sum_in_parentheses_that_goes_on_is_no_conversion(tmp_path: Path) -> None:
    from factcheck.facts import frame_facts
    from factcheck.judge.matching import eligible
    from factcheck.lexicon import default_lexicon

    text = "Damage was estimated at $5 million ($2 million of it to the church), officials said.\n"
    facts = frame_facts(factcheck.check([write(tmp_path / "story.txt", text)]).facts)
    assert [f.surface for f in facts if eligible(f, default_lexicon())] == ["$5 million", "$2 million"]


def test_a_weekday_against_a_written_date_weeks_later_is_still_compared(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\npublished: 2024-03-01\n---\nThe quake struck on Tuesday, killing 12 people.\n")
    write(tmp_path / "b.md", "---\npublished: 2024-03-20\n---\nThe quake struck on Feb. 26, killing 12 people.\n")
    findings = factcheck.check([tmp_path]).findings
    assert [f.key for f in findings] == ["event-date:strike"]  # Tuesday is Feb. 27


def test_libyaml_reads_what_the_guarded_parser_reads_and_hands_it_aliases() -> None:
    """The fast parser (libyaml) composes a tree that shares an aliased node: found there, the text goes to the
    guarded parser, which refuses it with its line; a text with no alias reads the same either way."""
    import yaml

    from factcheck import yamltext

    text = "words: [a, b]\nwhen: 2024-03-01\nnote: 'S&P 500 * 2'\n"
    fast = yaml.load(text, Loader=yamltext._FastLoader)  # a safe loader
    assert fast == yamltext._Loader(text).get_single_data() == yamltext._parse(text, 1)
    loader = yamltext._FastLoader("a: &x [1, 2]\nb: *x\n")
    try:
        assert yamltext._aliased(loader.get_single_node())
    finally:
        loader.dispose()
    with pytest.raises(yamltext.YamlError, match=r"uses an alias \(\*x\) at line 2"):
        yamltext._parse("a: &x [1, 2]\nb: *x\n", 1)
