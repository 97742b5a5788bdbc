"""Character offsets -> (line, column), shared by the SARIF and GitHub formats."""

from __future__ import annotations

from pathlib import Path

from factcheck.report.locations import LineIndex, Region, relative_path


def test_lines_and_utf16_columns() -> None:
    text = "ab\ncé 🌊 x\r\ny"
    lines = LineIndex(text)
    assert lines.position(0) == (1, 1)
    assert lines.position(2) == (1, 3)  # the newline itself closes line 1
    assert lines.position(3) == (2, 1)
    assert lines.position(text.index("🌊")) == (2, 4)  # é is one UTF-16 unit
    assert lines.position(text.index("x")) == (2, 7)  # 🌊 is two
    assert lines.position(text.index("y")) == (3, 1)  # "\r\n" ends a line once
    assert lines.position(len(text)) == (3, 2)
    assert lines.region(text.index("x"), text.index("x") + 1) == Region(2, 7, 2, 8)


def test_only_newlines_end_lines() -> None:
    # str.splitlines() would break at these; SARIF's default newline sequences and GitHub do not.
    text = "a\x0cb\u2028c\x1cd\re 5"
    assert LineIndex(text).position(text.index("5")) == (1, 11)


def test_region_across_lines() -> None:
    text = "one\ntwo\nthree"
    assert LineIndex(text).region(text.index("wo"), text.index("hr")) == Region(2, 2, 3, 2)


def test_relative_path(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "news").mkdir()
    monkeypatch.chdir(tmp_path)
    assert relative_path("news/a.md") == "news/a.md"
    assert relative_path(str(tmp_path / "news" / "a.md")) == "news/a.md"
    assert relative_path("./news/../news/a.md") == "news/a.md"
    monkeypatch.chdir(tmp_path / "news")
    assert relative_path(str(tmp_path / "b.md")) == (tmp_path / "b.md").as_posix()  # outside: absolute


def test_relative_path_through_a_symlinked_folder(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path / "real")
    assert relative_path(str(tmp_path / "link" / "a.md")) == "a.md"
