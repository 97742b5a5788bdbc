"""Compare `factcheck check --format json` between two versions of the code, on the seeds, the demo and all
86 ECB+ clusters, and list every difference.

    python bench/compare_outputs.py                    # HEAD against the working tree
    python bench/compare_outputs.py --base main~3      # an older commit against the working tree
    python bench/compare_outputs.py --base A --head B  # two commits

Each version is checked out (``git worktree``) into a temporary folder and run in one Python process with that
folder first on ``sys.path``, through the command line's own entry point (``factcheck.cli.main``), so both sides
run exactly `factcheck check TARGET --format json`. Facts are matched by document, span and kind; findings by
their key and the spans on each side. A fact or a finding present on one side only, or a field that changed, is
one line of the listing. Exit 0 when the outputs are the same, 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"

# Run inside the checked-out version: every target's JSON into OUT/<name>.json, errors as they come.
_RUNNER = """
import contextlib, io, sys
from pathlib import Path
from factcheck.cli import main
out = Path(sys.argv[1])
for spec in sys.argv[2:]:
    name, target = spec.split("=", 1)
    with contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", target, "--format", "json", "--fail-on", "never",
                     "--output", str(out / (name + ".json"))])
    if code not in (0, 1):
        print(f"{name}: exit {code}", file=sys.stderr)
"""

# Fields that say where or when a run happened, not what it found.
_VOLATILE = {"path"}


def targets() -> dict[str, Path]:
    found = {"seeds": DATA / "seeds", "demo": ROOT / "examples"}
    found.update((folder.name, folder) for folder in sorted((DATA / "ecbplus").glob("ecbplus_*")) if folder.is_dir())
    return found


def run(tree: Path, out: Path, chosen: Mapping[str, Path]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    specs = [f"{name}={path}" for name, path in chosen.items()]
    subprocess.run([sys.executable, "-c", _RUNNER, str(out), *specs], cwd=tree, check=True,
                   env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})


def checkout(rev: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(into), rev], check=True,
                   capture_output=True)
    return into


def _facts(data: Mapping) -> dict[tuple, dict]:
    return {(f["doc"], f["start"], f["end"], f["kind"]): f for f in data.get("facts", [])}


def _spans(data: Mapping) -> dict[str, tuple]:
    return {f["id"]: (f["doc"], f["start"], f["end"]) for f in data.get("facts", [])}


def _findings(data: Mapping) -> dict[tuple, dict]:
    spans = _spans(data)
    found = {}
    for finding in data.get("findings", []):
        sides = tuple(sorted(tuple(sorted(spans[i] for i in side)) for side in finding.get("sides") or
                             [finding["facts"]]))
        found[(finding["key"], sides)] = finding
    return found


def _changed(old: Mapping, new: Mapping, ignore: set[str]) -> list[str]:
    return [f"{field}: {old.get(field)!r} -> {new.get(field)!r}" for field in sorted(set(old) | set(new))
            if field not in ignore | _VOLATILE and old.get(field) != new.get(field)]


def differences(name: str, old: Mapping, new: Mapping) -> Iterator[str]:
    """One line per fact or finding that differs between two outputs of one target."""
    for label, pick, ignore in (("fact", _facts, {"id"}), ("finding", _findings, {"id", "facts", "sides"})):
        before, after = pick(old), pick(new)
        for key in sorted(before.keys() - after.keys(), key=repr):
            yield f"{name}: {label} gone: {_describe(label, before[key])}"
        for key in sorted(after.keys() - before.keys(), key=repr):
            yield f"{name}: {label} new: {_describe(label, after[key])}"
        for key in sorted(before.keys() & after.keys(), key=repr):
            changes = _changed(before[key], after[key], ignore)
            if changes:
                yield f"{name}: {label} changed: {_describe(label, after[key])}: {'; '.join(changes)}"
    for field in ("documents",):
        if [_stable(d) for d in old.get(field, [])] != [_stable(d) for d in new.get(field, [])]:
            yield f"{name}: {field} changed"


def _stable(record: Mapping) -> dict:
    return {k: v for k, v in record.items() if k not in _VOLATILE}


def _describe(label: str, record: Mapping) -> str:
    if label == "fact":
        return f"{record['doc']} {record['kind']} «{record['surface']}» at {record['start']}"
    return f"[{record['severity']}] {record['key']}: {record['message'][:160]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="the version before (a commit; default HEAD)")
    parser.add_argument("--head", default=None, help="the version after (a commit; default the working tree)")
    parser.add_argument("--only", nargs="*", default=None, help="target names to compare (default: all)")
    args = parser.parse_args(argv)
    chosen = targets()
    if args.only:
        chosen = {name: path for name, path in chosen.items() if name in args.only}
    with tempfile.TemporaryDirectory(prefix="fc-compare-") as tmp:
        work = Path(tmp)
        trees = {"base": checkout(args.base, work / "base"),
                 "head": checkout(args.head, work / "head") if args.head else ROOT}
        try:
            for side, tree in trees.items():
                run(tree, work / f"out-{side}", chosen)
            lines, same = [], 0
            for name in chosen:
                old, new = (_load(work / f"out-{side}" / f"{name}.json") for side in ("base", "head"))
                found = list(differences(name, old, new))
                lines.extend(found)
                same += not found
        finally:
            for tree in trees.values():
                if tree != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                                   capture_output=True)
    for line in lines:
        print(line)
    head = args.head or "the working tree"
    print(f"{len(chosen)} targets: {same} unchanged, {len(chosen) - same} with differences "
          f"({len(lines)} lines), {args.base} against {head}")
    return 1 if lines else 0


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


if __name__ == "__main__":
    sys.exit(main())
