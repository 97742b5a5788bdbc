"""HTML comments in a document (``<!-- ... -->``): notes to the desk, invisible once Markdown is rendered, never
copy. Nothing inside them is read as a figure or a date, and a draft may carry instructions for factcheck in
them, one per comment:

    <!-- factcheck: accept killed "The ministry's figure; the desk has checked it." -->

marks the draft's disagreements about ``killed`` (a key, or a rule id for all of its keys) as accepted, with
the reason as the note. A comment that starts with ``factcheck:`` but does not read that way is an input error
naming the file and line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.errors import InputError

# An unclosed comment runs to the end of the document, as it does in HTML and Markdown.
_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.DOTALL)
_INSTRUCTION = re.compile(r"\s*factcheck\s*:", re.IGNORECASE)
_ACCEPT = re.compile(r"accept(?=\s|\Z)\s*(?P<key>[^\s\"“”]*)\s*", re.IGNORECASE)
_REASON = re.compile(r"\"(?P<plain>(?:\\.|[^\"\\])*)\"|“(?P<curly>[^”]*)”", re.DOTALL)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_FORM = '<!-- factcheck: accept KEY "reason" -->'


@dataclass(frozen=True, slots=True)
class Suppression:
    """An ``accept`` instruction found in a document: the key it covers, the reason, and where it stands."""

    key: str
    note: str
    path: str
    line: int


def blank_comments(text: str) -> str:
    """``text`` with every HTML comment replaced by spaces (line breaks kept), so that offsets still point
    into the text as read while nothing inside a comment is taken for copy."""
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def suppressions(text: str, path: str, start: int = 0) -> tuple[Suppression, ...]:
    """The ``factcheck: accept`` instructions in the comments of ``text[start:]`` (the body after front matter;
    line numbers count from the top of the file). Raises InputError for a ``factcheck:`` comment that does not
    read as one."""
    found: list[Suppression] = []
    for comment in _COMMENT.finditer(text, start):
        instruction = _INSTRUCTION.match(comment.group(1))
        if instruction is None:
            continue  # an ordinary note to the desk
        line = text.count("\n", 0, comment.start()) + 1
        if not comment.group(0).endswith("-->"):
            raise InputError(path, f"line {line}: factcheck comment is never closed with '-->'")
        key, note = _accept(comment.group(1)[instruction.end() :].strip(), path, line)
        found.append(Suppression(key, note, path, line))
    return tuple(found)


def _accept(body: str, path: str, line: int) -> tuple[str, str]:
    def bad(problem: str) -> InputError:
        return InputError(path, f"line {line}: malformed factcheck comment: {problem}; write {_FORM}")

    accept = _ACCEPT.match(body)
    if accept is None:
        word = body.split()[0] if body.split() else ""
        raise bad(f"unknown instruction '{word}'" if word else "no instruction")
    if not accept.group("key"):
        raise bad("no key after 'accept'")
    reason = _REASON.match(body, accept.end())
    if reason is None:
        raise bad("the reason must follow the key in double quotes")
    if body[reason.end() :].strip():
        raise bad(f"unexpected text after the reason: '{body[reason.end():].strip()}'")
    raw = reason.group("plain")
    note = _ESCAPE.sub(r"\1", raw) if raw is not None else reason.group("curly")
    if not note.strip():
        raise bad("the reason is empty")
    return accept.group("key"), " ".join(note.split())
