"""The version of a piece of factcheck: a digest of everything its results depend on, so that a cached result is
never served after the code that made it has changed.

``fingerprint("factcheck.extract")`` names the extractor (the fact cache), ``fingerprint("factcheck.batch.worker")``
the whole check of a cluster (the cluster cache). A digest covers the source of the module and of every
factcheck module it imports, directly or not (found by reading their import statements, so a module added later
is covered without anyone bumping a number), the package's version, the versions of the libraries whose code or
data shape the results (quantulum3's unit catalogue, dateparser, lemminflect's tables, pandas, pyarrow) and
Python's minor version (its regular expressions and Unicode tables)."""

from __future__ import annotations

import ast
import hashlib
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

_LIBRARIES = ("quantulum3", "dateparser", "lemminflect", "pandas", "pyarrow")
_PACKAGE = Path(__file__).resolve().parent


@cache
def fingerprint(module: str) -> str:
    """Hex digest naming ``module`` as installed here; computed once per process (each worker computes its own,
    so a worker running other code than the client caches under another name)."""
    digest = hashlib.sha256()
    digest.update(f"python {sys.version_info.major}.{sys.version_info.minor}\n".encode())
    for library in _LIBRARIES:
        digest.update(f"{library} {metadata.version(library)}\n".encode())
    for path in sorted(source_files(module)):
        digest.update(f"{path.relative_to(_PACKAGE.parent).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def source_files(module: str) -> set[Path]:
    """The files of ``module`` and of every factcheck module it imports, with their packages' ``__init__.py``
    (Python runs those first) and the YAML data files beside them."""
    seen: set[str] = set()
    waiting = [module]
    while waiting:
        name = waiting.pop()
        if name in seen or _file_of(name) is None:
            continue
        seen.add(name)
        parts = name.split(".")
        waiting.extend(".".join(parts[:i]) for i in range(1, len(parts)))
        waiting.extend(_imports(_file_of(name), name))  # type: ignore[arg-type]
    files = {path for path in map(_file_of, seen) if path is not None}
    # A package's data (the lexicon's word lists) is part of what it does: a changed list is another check.
    return files | {data for path in files if path.name == "__init__.py" for data in path.parent.glob("*.yaml")}


def _file_of(module: str) -> Path | None:
    parts = module.split(".")
    if parts[0] != "factcheck":
        return None
    base = _PACKAGE.joinpath(*parts[1:])
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


@cache  # both fingerprints read most of the same files
def _imports(path: Path, module: str) -> tuple[str, ...]:
    """Every factcheck module named by an import statement of ``path``, at any depth of the file (imports inside
    functions count too: they run when extraction calls them), except under ``if TYPE_CHECKING:``, which never
    runs (the package's ``__init__`` names its whole public API there)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[str] = []
    for node in _runnable(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.append(base)
            found.extend(f"{base}.{alias.name}" for alias in node.names)  # `from factcheck.extract import dates`
    return tuple(name for name in found if name.split(".")[0] == "factcheck")


def _runnable(tree: ast.AST) -> list[ast.AST]:
    nodes: list[ast.AST] = []
    waiting = [tree]
    while waiting:
        node = waiting.pop()
        nodes.append(node)
        if isinstance(node, ast.If) and _names_type_checking(node.test):
            waiting.extend(node.orelse)
            continue
        waiting.extend(ast.iter_child_nodes(node))
    return nodes


def _names_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
