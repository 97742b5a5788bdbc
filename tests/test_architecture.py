"""The house's structural limits (issue 17): small functions, packages whose imports go one way, and word lists
kept as data in factcheck/lexicon/ rather than written out inside regular expressions."""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sre
    import sre_parse

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
SOURCES = sorted(PACKAGE.rglob("*.py"))
LONGEST_FUNCTION = 60  # lines
WIDEST_ALTERNATION = 5  # literal words; a longer list belongs in factcheck/lexicon/*.yaml


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


@pytest.mark.parametrize("path", SOURCES, ids=_name)
def test_no_function_is_longer_than_sixty_lines(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
            for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION]
    assert long == []


def _literal_word(branch: list) -> bool:
    text = "".join(chr(value) if op is sre.LITERAL else "\0" for op, value in branch)
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", text))


def _widest(parsed: list) -> int:
    """The most literal words among the alternatives of one alternation, at any depth."""
    widest = 0
    for op, value in parsed:
        if op is sre.BRANCH:
            widest = max(widest, sum(_literal_word(list(branch)) for branch in value[1]),
                         *(_widest(branch) for branch in value[1]))
        elif op is sre.SUBPATTERN:
            widest = max(widest, _widest(value[-1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            widest = max(widest, _widest(value[2]))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            widest = max(widest, _widest(value[1]))
    return widest


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string constant that is not a docstring, and every f-string with its placeholders as a group."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            found.append((node.lineno, "".join(part.value if isinstance(part, ast.Constant) else r"\d"
                                               for part in node.values if isinstance(part, (ast.Constant,
                                                                                            ast.FormattedValue)))))
    return [(line, text) for line, text in found if "|" in text]


def _width(text: str) -> int:
    for flags in (0, re.VERBOSE):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return _widest(list(sre_parse.parse(text, flags)))
        except Exception:  # not a pattern (or not in this mode): nothing to measure
            continue
    return 0


@pytest.mark.parametrize("path", SOURCES, ids=_name)
def test_no_regular_expression_writes_out_a_word_list(path: Path) -> None:
    wide = [f"line {line}: {width} words in {text[:60]!r}" for line, text in _strings(ast.parse(path.read_text(
        encoding="utf-8"))) for width in (_width(text),) if width > WIDEST_ALTERNATION]
    assert wide == []


def test_the_width_of_an_alternation_is_measured() -> None:
    assert _width(r"\b(?:about|around|nearly)\b") == 3
    assert _width(r"(?i:in|since|during|until|till|by|from)\s+") == 7
    assert _width(r"\b(?:[ECMP][SD]?T|GMT|UTC)\b") == 2
    assert _width(r"\d|today|tonight|yesterday|tomorrow|last|next") == 6


def _unit(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0].removesuffix(".py")


def _imports() -> dict[str, set[str]]:
    """Which top-level parts of factcheck (a package or a module) each one imports, at any depth of its files."""
    found: dict[str, set[str]] = {}
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level
                     else [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            for name in names:
                parts = name.split(".")
                if parts[0] == "factcheck" and len(parts) > 1 and parts[1] != _unit(path):
                    found.setdefault(_unit(path), set()).add(parts[1])
    return found


def test_no_import_cycle_between_packages() -> None:
    imports = _imports()
    packages = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}

    def reaches(start: str, goal: str) -> bool:
        seen, waiting = set(), [start]
        while waiting:
            unit = waiting.pop()
            if unit == goal:
                return True
            if unit not in seen:
                seen.add(unit)
                waiting.extend(imports.get(unit, ()))
        return False

    cycles = sorted(f"{a} -> {b} -> ... -> {a}" for a in packages for b in imports.get(a, ())
                    if b in packages and reaches(b, a))
    assert cycles == []
