"""A guard on the regular expressions of rule files: Python's engine backtracks, so a repeated group that itself holds
an unbounded repeat ("(\\w+\\s?)*dead", "(a+)+$") can take exponential time on an ordinary sentence that almost
matches. Such a pattern is refused when the rule file is loaded, with the fix, instead of hanging a run. The check
reads the parsed pattern (the standard library's own parser), so it sees through groups, alternations and
lookarounds. It refuses a few patterns that would in fact run fast; rewriting them without the nested repeat, with
an atomic group "(?>...)" or a possessive quantifier ("++", "*+") makes them pass."""

from __future__ import annotations

import re
import warnings

import regex

try:  # Python 3.11+
    from re import _constants as constants  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

_REPEATS = {constants.MAX_REPEAT, constants.MIN_REPEAT}
_UNBOUNDED = constants.MAXREPEAT


def nested_repeat(pattern: str) -> str | None:
    """The part of ``pattern`` that can backtrack without end, or None when it looks safe. The pattern must compile.
    Flagged: a repeated group whose only required part is itself an unbounded repeat ("(\\w+\\s?)*", "(a+)+"),
    since its text can be split between the two repeats in exponentially many ways. A group with a required
    delimiter ("(\\d+,)*", "(?:\\s[A-Z][a-z]+)*") splits one way only and passes."""
    return _scan(parser.parse(pattern))


def _scan(items: object) -> str | None:
    for op, argument in items:  # type: ignore[attr-defined]
        if op in _REPEATS:
            _, high, body = argument
            if (high == _UNBOUNDED or high > 1) and _only_a_repeat(body):
                return "a repeated group whose only required part is itself a repeat"
            found = _scan(body)
        elif op is constants.SUBPATTERN:
            found = _scan(argument[-1])
        elif op is constants.BRANCH:
            found = next((f for f in map(_scan, argument[1]) if f), None)
        elif op in (constants.ASSERT, constants.ASSERT_NOT):
            found = _scan(argument[1])
        else:
            found = None  # atomic groups and possessive repeats never backtrack; the rest holds no repeat
        if found:
            return found
    return None


def _only_a_repeat(body: parser.SubPattern) -> bool:
    """Everything the body requires is one unbounded repeat (or a group that is only that)."""
    required = [item for item in body if _least(body, item) > 0]
    if len(required) != 1:
        return False
    op, argument = required[0]
    if op in _REPEATS:
        return bool(argument[1] == _UNBOUNDED)
    if op is constants.SUBPATTERN:
        return _only_a_repeat(argument[-1])
    if op is constants.BRANCH:
        return any(_only_a_repeat(branch) for branch in argument[1])
    return False


def _least(body: parser.SubPattern, item: tuple[object, object]) -> int:
    return int(parser.SubPattern(body.state, [item]).getwidth()[0])


def compile_guarded(pattern: str) -> re.Pattern[str]:
    """The compiled pattern; ValueError naming the danger for a pattern that can backtrack without end. It must
    compile in both engines: the standard one reads it here, the ``regex`` engine searches with it (align.py, under
    a time limit)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # "possible nested set": a note for us, not for the user
        compiled = re.compile(pattern)
        regex.compile(pattern)
        danger = nested_repeat(pattern)
    if danger:
        raise ValueError(f"{danger} can take exponential time on a sentence that almost matches; write it without "
                         "the inner repeat, or make the group atomic: (?>...)")
    return compiled
