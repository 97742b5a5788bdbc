"""Control characters in text a report shows. Article text and front matter can hold them (YAML's "\\e" is an
escape character): printed raw, ESC sequences clear a terminal, retitle its window or forge a link, and GitHub's
log viewer reads them too. Shown as the Unicode picture of the character instead ("␛"), so an editor still sees
that something was there. The bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
reorder what follows them on screen ("Trojan Source"): a figure could read "21" where the file says "12". They are
shown by name ("[RLO]") and reorder nothing."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_BIDI = {0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO", 0x2066: "LRI", 0x2067: "RLI",
         0x2068: "FSI", 0x2069: "PDI"}


def visible(text: str) -> str:
    """``text`` with every control character but tab and line feed replaced by its picture (U+2400...)."""
    return _CONTROL.sub(_picture, text)


def one_line(text: str) -> str:
    """``text`` on one line: every control character, line breaks included, replaced by its picture. For error
    and warning lines, whose file names and YAML problems come from outside."""
    return _ANY_CONTROL.sub(_picture, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _BIDI:
        return f"[{_BIDI[code]}]"
    if code in (0x2028, 0x2029):
        return "\u2424"  # the line and paragraph separators: the picture of a new line
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"  # DEL has a picture; C1 controls have none
