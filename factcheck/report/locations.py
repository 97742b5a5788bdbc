"""Where the figures of findings stand in their files, as line and column, for the CI formats (SARIF, GitHub
annotations).

Fact offsets count Python characters (code points) into ``Document.text``, the whole decoded file. Columns are
counted in UTF-16 code units, SARIF's default ``columnKind`` and what GitHub's and most editors' JavaScript
counts: a character outside the Basic Multilingual Plane (an emoji) before a figure moves its column by two.
A line ends at "\\n" (and so at "\\r\\n"), SARIF's default newline sequences; characters that
``str.splitlines`` also breaks at (form feed, U+2028) end no line for an editor or for GitHub.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.result import Result


@dataclass(frozen=True, slots=True)
class Region:
    """1-based lines and columns; ``end_column`` is the column just after the last character, as in SARIF."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Location:
    fact: str
    doc: str
    path: str  # forward slashes; relative to the current directory when the file is under it
    region: Region
    snippet: str


class LineIndex:
    """Line starts of one text, found once, so that placing many facts costs a binary search each."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of the character at ``offset``, both 1-based, the column in UTF-16 code units."""
        line = bisect.bisect_right(self._starts, offset)
        before = self._text[self._starts[line - 1] : offset]
        return line, len(before) + sum(ord(c) > 0xFFFF for c in before) + 1

    def region(self, start: int, end: int) -> Region:
        return Region(*self.position(start), *self.position(end))


def relative_path(path: str) -> str:
    """The path with forward slashes, relative to the current directory when the file lies under it (CI tools
    resolve paths against the repository root, where they run), else absolute."""
    absolute = Path(os.path.abspath(path))
    cwd = Path.cwd()
    for base, target in ((cwd, absolute), (cwd.resolve(), absolute.resolve())):  # a symlinked folder
        if target.is_relative_to(base):
            return target.relative_to(base).as_posix()
    return absolute.as_posix()


def fact_locations(result: Result, wanted: Iterable[str] | None = None) -> dict[str, Location]:
    """The facts ``wanted`` (default: every fact that a finding names), by fact id, placed in their files."""
    wanted = set(wanted) if wanted is not None else {fact_id for finding in result.findings
                                                       for fact_id in finding.facts}
    by_doc = {d.id: d for d in result.documents}
    rows = result.facts[result.facts["id"].isin(wanted)]
    files: dict[str, tuple[LineIndex, str]] = {}
    found: dict[str, Location] = {}
    for row in rows[["id", "doc", "start", "end", "surface"]].itertuples(index=False):
        if row.doc not in files:
            document = by_doc[row.doc]
            files[row.doc] = LineIndex(document.text), relative_path(document.path)
        lines, path = files[row.doc]
        found[row.id] = Location(row.id, row.doc, path, lines.region(int(row.start), int(row.end)), row.surface)
    return found
