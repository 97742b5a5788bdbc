"""Bad input and the documented exit codes: every problem is one line on standard error, starting
``factcheck: error:`` (or ``factcheck: warning:``) and naming the offending file and the problem; never a
traceback. Exit codes: 0 no error-level finding, 1 at least one, 2 usage or input error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

GOOD = "Police said 12 people were arrested after the protest in the city centre.\n"


def write(path: Path, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8, or raw bytes) to ``path``, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def one_line(err: str, prefix: str, *names: object) -> str:
    """The single line of ``err``: it starts with ``prefix`` and mentions every one of ``names``."""
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected exactly one line on stderr, got {len(lines)}:\n{err}"
    line = lines[0]
    assert line.startswith(prefix), line
    for name in names:
        assert str(name) in line, f"{name!r} not named in: {line}"
    return line


def one_error(err: str, *names: object) -> str:
    return one_line(err, "factcheck: error: ", *names)


def check_json(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, dict, str]:
    """Run ``factcheck check ARGS --format json``; (exit code, parsed standard output, standard error)."""
    code, out, err = run_cli(capsys, "check", *map(str, args), "--format", "json")
    return code, json.loads(out), err


def documents(report: dict) -> dict[str, dict]:
    return {d["id"]: d for d in report["documents"]}


# Paths and folders


def test_missing_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    code, _, err = run_cli(capsys, "check", str(missing))
    assert code == 2
    assert "no such file" in one_error(err, missing)


def test_empty_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "  \n\n")
    code, _, err = run_cli(capsys, "check", str(empty))
    assert code == 2
    assert "empty file" in one_error(err, empty)


def test_folder_without_documents(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    write(folder / "notes.rst", GOOD)
    write(folder / "scan.pdf", b"%PDF-1.4\n")
    code, _, err = run_cli(capsys, "check", str(folder))
    assert code == 2
    assert "no .txt or .md" in one_error(err, folder)


def test_pdf_named_directly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = write(tmp_path / "report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    code, _, err = run_cli(capsys, "check", str(pdf))
    assert code == 2
    assert "not a .txt or .md" in one_error(err, pdf)


def test_same_stem_in_two_folders(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "x.txt", GOOD)
    second = write(tmp_path / "b" / "x.md", "Officials said 9 people were arrested.\n")
    code, _, err = run_cli(capsys, "check", str(tmp_path / "a"), str(tmp_path / "b"))
    assert code == 2
    assert "'x'" in one_error(err, first, second)


def test_binary_file_beside_a_good_document(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "good.txt", GOOD)
    png = write(tmp_path / "picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(64))
    code, report, err = check_json(capsys, tmp_path)
    assert code == 2
    assert "binary" in one_error(err, png)
    assert set(documents(report)) == {"good"}
    assert any(f["doc"] == "good" and f["kind"] == "count" and f["value"] == 12 for f in report["facts"])


# Front matter


def test_malformed_front_matter(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "story.md", "---\ntitle: [unclosed\n---\nText.\n")
    code, _, err = run_cli(capsys, "check", str(doc))
    assert code == 2
    assert "front matter" in one_error(err, doc)


def test_front_matter_never_closed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "story.md", "---\ntitle: A story\npublished: 2024-03-21\n\n" + GOOD)
    code, _, err = run_cli(capsys, "check", str(doc))
    assert code == 2
    assert "never closed" in one_error(err, doc)


def test_front_matter_with_a_bad_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "story.md", "---\npublished: not-a-date\n---\n" + GOOD)
    code, _, err = run_cli(capsys, "check", str(doc))
    assert code == 2
    line = one_error(err, doc)
    assert "published" in line
    assert "not-a-date" in line


# Encodings


def test_latin1_file_is_read_with_a_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "cafe.txt", "Caf\xe9 owners said 12 people were hurt.\n".encode("latin-1"))
    code, report, err = check_json(capsys, doc)
    assert code in (0, 1)
    assert "not valid UTF-8" in one_line(err, "factcheck: warning: ", doc)
    assert set(documents(report)) == {"cafe"}
    assert any(f["kind"] == "count" and f["value"] == 12 for f in report["facts"])


def test_utf16_file_with_bom(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "wide.txt", "Rescuers said 37 people were hurt in the blast.\n".encode("utf-16"))
    code, report, err = check_json(capsys, doc)
    assert code in (0, 1)
    assert err == ""
    counts = [f for f in report["facts"] if f["doc"] == "wide" and f["kind"] == "count"]
    assert [(f["surface"], f["value"]) for f in counts] == [("37", 37)]


# Manifests


def test_manifest_names_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "story.txt", GOOD)
    manifest = write(
        tmp_path / "manifest.yaml", "documents:\n  - file: story.txt\n    published: 2024-03-21\n  - file: ghost.txt\n"
    )
    code, report, err = check_json(capsys, tmp_path)
    assert code == 2
    assert "does not exist" in one_error(err, manifest, "ghost.txt")
    assert documents(report)["story"]["published"] == "2024-03-21"


def test_manifest_of_the_wrong_type(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "story.txt", GOOD)
    manifest = write(tmp_path / "manifest.yaml", "documents: 5\n")
    code, _, err = run_cli(capsys, "check", str(tmp_path))
    assert code == 2
    assert "documents" in one_error(err, manifest)


# --published


def test_published_for_an_unknown_document(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "story.txt", GOOD)
    code, _, err = run_cli(capsys, "check", str(doc), "--published", "nosuchdoc=2024-01-01")
    assert code == 2
    one_error(err, "--published", "nosuchdoc")


def test_published_with_an_impossible_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "x.txt", GOOD)
    code, _, err = run_cli(capsys, "check", str(doc), "--published", "x=2024-13-45")
    assert code == 2
    one_error(err, "--published", "2024-13-45")


# Publication dates


def test_metadata_precedence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--published beats front matter, which beats the manifest, which beats a date line in the text."""
    front = "---\npublished: 2024-03-02\n---\n"
    write(tmp_path / "cli.md", front + GOOD)
    write(tmp_path / "front.md", front + GOOD)
    write(tmp_path / "manifest.txt", "date 2024-03-04\n\n" + GOOD)
    write(
        tmp_path / "manifest.yaml",
        "documents:\n"
        + "".join(f"  - file: {name}\n    published: 2024-03-03\n" for name in ("cli.md", "front.md", "manifest.txt")),
    )
    code, report, err = check_json(capsys, tmp_path, "--published", "cli=2024-03-01")
    assert code in (0, 1), err
    assert err == ""
    dates = {d["id"]: (d["published"], d["published_from"]) for d in report["documents"]}
    assert dates == {
        "cli": ("2024-03-01", "command line"),
        "front": ("2024-03-02", "front matter"),
        "manifest": ("2024-03-03", "manifest"),
    }


def test_no_metadata_and_no_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "bare.txt", "Police said on Thursday that 12 people were arrested.\n")
    code, report, err = check_json(capsys, doc)
    assert code in (0, 1), err
    [document] = report["documents"]
    assert (document["published"], document["published_from"]) == (None, None)
    [thursday] = [f for f in report["facts"] if f["surface"] == "Thursday"]
    assert thursday["kind"] == "date"
    assert thursday["value"] is None
    assert thursday["low"] is None and thursday["high"] is None


def test_date_line_in_the_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "dated.txt", "date 2024-03-22\n\n" + GOOD)
    code, report, err = check_json(capsys, doc)
    assert code in (0, 1), err
    [document] = report["documents"]
    assert (document["published"], document["published_from"]) == ("2024-03-22", "text: date line")


def test_a_date_in_running_prose_is_no_publication_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Found in ECB+: a profile's opening paragraph gave its subject's birth date as the article's date.
    prose = write(tmp_path / "prose.txt", "Tributes poured in for the actress.\n"
                  "She was born Mary Anne Lee in Dover, Delaware on April 22, 1931, the youngest of six.\n\n" + GOOD)
    dateline = write(tmp_path / "dateline.txt", "Tuesday, May 24, 2005 | 8:20 am\n\n" + GOOD)
    labelled = write(tmp_path / "labelled.txt", "By Ann Smith, staff writer, posted in Local News on "
                     "Wednesday, September 18, 2013.\n\n" + GOOD)
    code, report, err = check_json(capsys, prose, dateline, labelled)
    assert code in (0, 1), err
    dates = {d["id"]: (d["published"], d["published_from"]) for d in report["documents"]}
    assert dates == {
        "prose": (None, None),
        "dateline": ("2005-05-24", "text: dateline or caption"),
        "labelled": ("2013-09-18", "text: dateline or caption"),
    }
