"""Bad input and the documented exit codes: every problem is one line on standard error, starting
``factcheck: error:`` (or ``factcheck: warning:``) and naming the offending file and the problem; never a
traceback. Exit codes: 0 no error-level finding, 1 at least one, 2 usage or input error."""

from __future__ import annotations

import json
import os
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


_HINT = "factcheck: hint: "  # one document alone: there is nothing to compare it with


def one_line(err: str, prefix: str, *names: object) -> str:
    """The single line of ``err``: it starts with ``prefix`` and mentions every one of ``names``."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if not line.startswith(_HINT)]
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


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(64)
# A YAML tag that an unsafe loader would run: it would create the file MARKER names (see the test).
PYTHON_TAG = "!!python/object/apply:os.system ['touch {marker}']"
# name -> (content, what the error line says); each stands beside a good document.
BAD_DOCUMENTS: dict[str, tuple[str | bytes, str]] = {
    "empty.txt": ("  \n\n", "empty file"),
    "picture.txt": (PNG, "binary file (PNG image)"),
    "nul.txt": (b"Police said 12 people\x00 were arrested.\n", "binary file (contains NUL bytes)"),
    "broken.md": ("---\ntitle: [unclosed\n---\n" + GOOD, "front matter is not valid YAML (line "),
    "open.md": ("---\ntitle: A story\n\n" + GOOD, "front matter starts with '---' but is never closed"),
    "typed.md": ("---\nsource: {name: Wire}\n---\n" + GOOD, "front matter: 'source' must be text"),
    "listed.md": ("---\n- title\n---\n" + GOOD, "front matter must be a mapping of keys to values"),
    "code.md": (f"---\ntitle: {PYTHON_TAG}\n---\n" + GOOD, "front matter is not valid YAML"),
    "only-front.md": ("---\ntitle: Nothing else\n---\n\n", "empty file (no text after the front matter)"),
    "comment.md": ("<!-- factcheck: accept -->\n" + GOOD, ""),  # an ordinary note outside a draft: no error
}


@pytest.mark.parametrize("name", BAD_DOCUMENTS)
def test_a_bad_document_beside_a_good_one(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    content, problem = BAD_DOCUMENTS[name]
    marker = tmp_path / "ran"
    write(tmp_path / "docs" / "good.txt", GOOD)
    bad = write(tmp_path / "docs" / name, content.replace("{marker}", str(marker)) if isinstance(content, str)
                else content)
    code, report, err = check_json(capsys, tmp_path / "docs")
    if not problem:
        assert (code, err) == (0, "")
        return
    assert code == 2
    assert problem in one_error(err, bad)
    assert set(documents(report)) == {"good"}  # the other document is still checked and reported
    assert any(f["doc"] == "good" and f["kind"] == "count" and f["value"] == 12 for f in report["facts"])
    assert not marker.exists()  # no YAML tag ran code


def test_an_unreadable_document_beside_a_good_one(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 stops no one running as root, as the tests here do: the refusal is simulated where factcheck
    reads the bytes. test_a_document_without_read_permission does it for real when not run as root."""
    write(tmp_path / "good.txt", GOOD)
    locked = write(tmp_path / "locked.txt", GOOD)
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, report, err = check_json(capsys, tmp_path)
    assert code == 2
    assert "permission denied" in one_error(err, locked)
    assert set(documents(report)) == {"good"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions; "
                    "test_an_unreadable_document_beside_a_good_one simulates the refusal")
def test_a_document_without_read_permission(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "good.txt", GOOD)
    locked = write(tmp_path / "locked.txt", GOOD)
    locked.chmod(0)
    try:
        code, report, err = check_json(capsys, tmp_path)
    finally:
        locked.chmod(0o644)
    assert code == 2 and "permission denied" in one_error(err, locked)
    assert set(documents(report)) == {"good"}


def test_a_document_too_large(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.documents.MAX_BYTES", 2 * 2**20)
    write(tmp_path / "good.txt", GOOD)
    huge = write(tmp_path / "huge.txt", GOOD * (3 * 2**20 // len(GOOD)))
    code, report, err = check_json(capsys, tmp_path)
    assert code == 2 and "file is too large (3 MB; the limit is 2 MB)" in one_error(err, huge)
    assert set(documents(report)) == {"good"}


def test_every_document_bad(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    png = write(tmp_path / "picture.txt", PNG)
    code, out, err = run_cli(capsys, "check", str(tmp_path), "--format", "json")
    assert code == 2 and out == ""
    assert err.splitlines() == [f"factcheck: error: {empty}: empty file",
                                f"factcheck: error: {png}: binary file (PNG image), not text"]


def test_a_file_name_with_a_line_break_stays_on_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "evil\nfactcheck: error: forged.txt", "")
    code, _, err = check_json(capsys, tmp_path)
    assert code == 2
    assert "empty file" in one_error(err, "evil\u240afactcheck: error: forged.txt")


# Front matter


def test_front_matter_with_a_bad_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = write(tmp_path / "story.md", "---\npublished: not-a-date\n---\n" + GOOD)
    code, _, err = run_cli(capsys, "check", str(doc))
    assert code == 2
    line = one_error(err, doc)
    assert "published" in line
    assert "not-a-date" in line


# Encodings


def test_latin1_file_is_read_as_windows_1252_with_a_warning(capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    doc = write(tmp_path / "cafe.txt", "Caf\xe9 owners said \u201ctwelve\u201d people \u2013 12 in all \u2013 were "
                "hurt.\n".encode("cp1252"))
    code, report, err = check_json(capsys, doc)
    assert code in (0, 1)
    assert "not valid UTF-8 (first bad byte at offset 3); read as Windows-1252 (Latin-1)" in one_line(
        err, "factcheck: warning: ", doc)
    assert documents(report)["cafe"]["title"].startswith("Caf\xe9 owners said \u201ctwelve")  # no replacement marks
    assert any(f["kind"] == "count" and f["value"] == 12 for f in report["facts"])


@pytest.mark.parametrize(("encoding", "warning"), [
    ("utf-16", None), ("utf-16-be", "read as UTF-16-BE"), ("utf-16-le", "read as UTF-16-LE"),
])
def test_utf16_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str, warning: str | None) -> None:
    """With a byte-order mark (Python's utf-16 writes one), or without: the NUL bytes of ASCII letters say which
    byte order, and that is no binary file."""
    doc = write(tmp_path / "wide.txt", "Rescuers said 37 people were hurt in the blast (一).\n".encode(encoding))
    code, report, err = check_json(capsys, doc)
    assert code in (0, 1)
    if warning:
        assert "UTF-16 text without a byte-order mark; " + warning in one_line(err, "factcheck: warning: ", doc)
    else:
        assert err.startswith(_HINT) and len(err.splitlines()) == 1
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


@pytest.mark.parametrize(("manifest", "problem"), [
    ("documents: 5\n", "must be a mapping with a 'documents' list"),
    ("- story.txt\n", "must be a mapping with a 'documents' list"),
    ("documents:\n  - story.txt\n", "documents[1]: each entry needs a 'file' name"),
    ("documents:\n  - file: 5\n", "documents[1]: each entry needs a 'file' name"),
    ("documents:\n  - file: story.txt\n    published: [2024]\n", "documents[1]: 'published' must be a date"),
    ("documents:\n  - file: story.txt\n    source: {name: x}\n", "documents[1]: 'source' must be text"),
    ("documents:\n  - file: story.txt\n    author: Ann\n", "documents[1]: unknown key 'author'"),
    ("documents: [\n", "not valid YAML (line 2)"),
    ("documents: !!python/object/apply:os.system ['touch {marker}']\n", "not valid YAML"),
])
def test_manifest_of_the_wrong_type(capsys: pytest.CaptureFixture[str], tmp_path: Path, manifest: str,
                                    problem: str) -> None:
    """A bad manifest, or a bad entry, is one error; the documents are still read, without its metadata."""
    write(tmp_path / "story.txt", GOOD)
    path = write(tmp_path / "manifest.yaml", manifest.replace("{marker}", str(tmp_path / "ran")))
    code, report, err = check_json(capsys, tmp_path)
    assert code == 2
    assert problem in one_error(err, path)
    assert set(documents(report)) == {"story"}
    assert not (tmp_path / "ran").exists()


def test_unreadable_manifest(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "story.txt", GOOD)
    manifest = write(tmp_path / "manifest.yaml", "documents: []\n")
    read_text = Path.read_text

    def refuse(self: Path, *args: object, **kwargs: object) -> str:
        if self.name == "manifest.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    code, report, err = check_json(capsys, tmp_path)
    assert code == 2 and "cannot be read (Permission denied)" in one_error(err, manifest)
    assert set(documents(report)) == {"story"}


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
