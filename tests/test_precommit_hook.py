"""The pre-commit hook definition at the repository root names a console script that exists and runs."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import yaml

from factcheck.cli import main
from tests.conftest import ROOT
from tests.test_sarif import write_story

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_hook_definition() -> None:
    [hook] = HOOKS
    assert {"id", "name", "entry", "language"} <= set(hook)  # what pre-commit requires of a hook
    assert hook["id"] == "factcheck" and hook["language"] == "python"
    assert hook["entry"] == "factcheck check"
    assert hook["pass_filenames"] is True and hook["require_serial"] is True
    assert "args" not in hook  # the terminal table, for the person committing
    files = re.compile(hook["files"])
    assert [bool(files.search(name)) for name in ("stories/flood/draft.md", "wire.txt", "tool.py", "a.md.bak")] == [
        True, True, False, False]


def test_entry_is_a_console_script() -> None:
    script = HOOKS[0]["entry"].split()[0]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts[script] == "factcheck.cli:main"
    [installed] = entry_points(group="console_scripts", name=script)
    assert installed.load() is main


def test_entry_runs_on_file_names_as_pre_commit_passes_them(tmp_path: Path, capsys) -> None:
    write_story(tmp_path)
    arguments = HOOKS[0]["entry"].split()[1:]
    assert main([*arguments, str(tmp_path / "courier.md"), str(tmp_path / "post.md")]) == 1
    assert "Disagreements between sources" in capsys.readouterr().out
    assert main([*arguments, str(tmp_path / "courier.md")]) == 0  # one document: nothing to disagree with
