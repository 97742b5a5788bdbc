"""Every code block of README.md and docs/*.md runs here, so that an example can never crash again.

How a block runs depends on its language:

- ``python``: saved as a script in a fresh working folder and run with this Python, as a reader runs it (a script
  that starts Dask workers without ``if __name__ == "__main__":`` fails here as it fails for them);
- ``sh``: command by command; ``factcheck ...`` through ``factcheck.cli.main`` in this process, a few file commands
  (mkdir, cp, ...) through bash; each must exit 0, or with the code a marker gives;
- ``text`` (or no language) that shows ``$ factcheck ...`` and its output: the commands run, and every shown line
  that is not part of a table (a title, the summary line, "factcheck: wrote ...") must be in the real output;
- ``yaml``: parsed, and loaded as what it is (a rule file, an accepted-disagreements file, a pack's lexicon);
- ``markdown``: read as a document, without an error.

The working folder holds links to the repository's examples/, rules/ and tests/, with ../shared/data beside it, so
paths read as they do from the repository root. Markers are HTML comments on the lines just before a fence:

    <!-- docs-test: skip (why) -->   not run; the reason is required
    <!-- docs-test: exit N -->       the exit code of the block's factcheck commands (default 0)
    <!-- docs-test: file PATH -->    a file the page's other blocks use: written before each of them runs
    <!-- docs-test: slow -->         takes more than a few seconds (Dask): marked slow
"""

from __future__ import annotations

import contextlib
import glob
import io
import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from factcheck.accepted import load_accepted
from factcheck.cli import main
from factcheck.documents import read_documents
from factcheck.lexicon import load_lexicon
from factcheck.rules.loader import load_rules
from tests.conftest import ROOT, SHARED_DATA

README = ROOT / "README.md"
PAGES = (README, *sorted((ROOT / "docs").glob("*.md")))
LINKED = ("examples", "rules", "tests")  # reachable from the working folder, as from the repository root
FILE_COMMANDS = {"mkdir", "cp", "mv", "rm", "cat", "ls", "echo", "printf", "touch", "head"}
FACTCHECK = ("factcheck", ".venv/bin/factcheck")
MARKER = re.compile(r"<!--\s*docs-test:\s*(.*?)\s*-->")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)")
TABLE_CHARS = re.compile(r"^[\u2500-\u257f]")  # rich's box drawing: table rows vary with the terminal's width


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # of the opening fence, from 1
    lang: str
    text: str
    markers: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    def marker(self, word: str) -> str | None:
        """The rest of the marker that starts with ``word`` ("" when it is alone), or None."""
        for marker in self.markers:
            head, _, rest = marker.partition(" ")
            if head == word:
                return rest.strip()
        return None


def page_blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page, with the markers just above each."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    number = 0
    while number < len(lines):
        opening = FENCE.match(lines[number])
        if not opening:
            number += 1
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        end = number + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        body = [line[min(indent, len(line) - len(line.lstrip(" "))) :] for line in lines[number + 1 : end]]
        markers: list[str] = []
        above = number - 1
        while above >= 0 and MARKER.fullmatch(lines[above].strip()):
            markers.insert(0, MARKER.fullmatch(lines[above].strip())[1])
            above -= 1
        found.append(Block(page, number + 1, opening["lang"].lower(), "\n".join(body) + "\n", tuple(markers)))
        number = end + 1
    return found


BLOCKS = [block for page in PAGES for block in page_blocks(page)]
RUN = [block for block in BLOCKS if block.marker("skip") is None]


def _param(block: Block) -> object:
    marks = [pytest.mark.slow] if block.marker("slow") is not None else []
    return pytest.param(block, id=block.name, marks=marks)


# The working folder


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that reads like the repository root: examples/, rules/, tests/ and ../shared/data."""
    work = tmp_path / "work"
    work.mkdir()
    for name in LINKED:
        (work / name).symlink_to(ROOT / name, target_is_directory=True)
    if SHARED_DATA.is_dir():
        (tmp_path / "shared").mkdir()
        (tmp_path / "shared" / "data").symlink_to(SHARED_DATA, target_is_directory=True)
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # a batch's cache stays out of the home folder
    return work


def write_files(page: Path, work: Path) -> None:
    """The page's ``file`` blocks, where the other blocks expect them."""
    for block in page_blocks(page):
        target = block.marker("file")
        if target:
            (work / target).parent.mkdir(parents=True, exist_ok=True)
            (work / target).write_text(block.text, encoding="utf-8")


# Running commands


def run_factcheck(words: list[str]) -> tuple[int, str]:
    """factcheck.cli.main in this process: its exit code and what it wrote on standard output and error."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = main(words[1:])
        except SystemExit as stop:  # argparse's usage errors
            code = stop.code if isinstance(stop.code, int) else 2
    return code, out.getvalue()


def expand(words: list[str]) -> list[str]:
    """The shell's globs, against the working folder."""
    expanded: list[str] = []
    for word in words:
        matches = sorted(glob.glob(word)) if any(c in word for c in "*?[") else []
        expanded.extend(matches or [word])
    return expanded


def commands(text: str) -> list[list[str]]:
    """The commands of a shell block: comments dropped, continued lines joined, `a && b` split."""
    joined = re.sub(r"\\\n", " ", text)
    found: list[list[str]] = []
    for line in joined.splitlines():
        words = shlex.split(line, comments=True)
        while words:
            cut = words.index("&&") if "&&" in words else len(words)
            found.append(words[:cut])
            words = words[cut + 1 :]
    return [c for c in found if c]


def run_command(words: list[str], block: Block) -> tuple[int, str]:
    if words[0] in FACTCHECK:
        return run_factcheck(expand(words))
    assert words[0] in FILE_COMMANDS, (
        f"{block.name}: `{words[0]}` cannot run in a test: mark the block <!-- docs-test: skip (why) -->"
    )
    done = subprocess.run(shlex.join(expand(words)), shell=True, executable="/bin/bash", capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, f"{block.name}: `{shlex.join(words)}` failed: {done.stderr}"
    return 0, done.stdout + done.stderr


def expected_exit(block: Block) -> int:
    value = block.marker("exit")
    return int(value) if value else 0


def normal(line: str) -> str:
    return " ".join(line.split())


def shown_lines(block: Block) -> tuple[list[str], list[str]]:
    """An output block's commands (the `$ ` lines) and the lines of output it shows that can be checked: not
    table rows, which wrap with the terminal's width, nor elisions ("..."), nor blank lines."""
    shown_commands = [line[2:] for line in block.text.splitlines() if line.startswith("$ ")]
    output = [normal(line) for line in block.text.splitlines()
              if not line.startswith("$ ") and line.strip() and not TABLE_CHARS.match(line.strip())
              and not line.strip().startswith("...")]
    return shown_commands, output


# The checks, by kind of block


def check_shell(block: Block) -> None:
    for words in commands(block.text):
        code, output = run_command(words, block)
        if words[0] in FACTCHECK:
            assert code == expected_exit(block), f"{block.name}: `{shlex.join(words)}` exited {code}:\n{output}"


def check_output(block: Block) -> None:
    shown_commands, shown = shown_lines(block)
    assert shown_commands, f"{block.name}: no `$ command` to run: mark the block <!-- docs-test: skip (why) -->"
    printed = ""
    for command in shown_commands:
        for words in commands(command):
            code, output = run_command(words, block)
            printed += output
            if words[0] in FACTCHECK:
                assert code == expected_exit(block), f"{block.name}: `{command}` exited {code}:\n{output}"
    real = {normal(line) for line in printed.splitlines()}
    missing = [line for line in shown if line not in real]
    assert not missing, f"{block.name}: shown but not printed: {missing}\n--- printed:\n{printed}"


def check_python(block: Block, work: Path) -> None:
    script = work / "docs_example.py"
    script.write_text(block.text, encoding="utf-8")
    done = subprocess.run([sys.executable, script.name], cwd=work, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == expected_exit(block), f"{block.name}:\n{done.stdout}\n{done.stderr}"


def check_yaml(block: Block, work: Path) -> None:
    data = yaml.safe_load(block.text)
    assert data, f"{block.name}: empty YAML"
    folder = work / "docs-pack"
    folder.mkdir(exist_ok=True)
    if isinstance(data, dict) and "rules" in data:
        path = folder / "rules.yaml"
        path.write_text(block.text, encoding="utf-8")
        assert load_rules([path])
    elif isinstance(data, dict) and "accepted" in data:
        path = folder / "accepted.yaml"
        path.write_text(block.text, encoding="utf-8")
        assert load_accepted(path)
    elif isinstance(data, dict) and set(data) <= {"things", "predicates", "sources"}:
        (folder / "lexicon.yaml").write_text(block.text, encoding="utf-8")
        load_lexicon([folder])


def check_markdown(block: Block, work: Path) -> None:
    target = work / (block.marker("file") or "docs_example.md")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(block.text, encoding="utf-8")
    reading = read_documents([target])
    assert not reading.errors, f"{block.name}: {[str(e) for e in reading.errors]}"


def check_json_lines(block: Block) -> None:
    for line in block.text.splitlines():
        assert isinstance(json.loads(line), dict), f"{block.name}: {line}"


@pytest.mark.parametrize("block", [_param(b) for b in RUN])
def test_block_runs(block: Block, workdir: Path, request: pytest.FixtureRequest) -> None:
    if "../shared/data" in block.text:
        request.getfixturevalue("shared_data")  # skipped locally without the data, a failure in CI
    write_files(block.page, workdir)
    if block.lang == "python":
        check_python(block, workdir)
    elif block.lang in ("sh", "bash", "shell"):
        check_shell(block)
    elif block.lang in ("text", "") and "\n$ " in "\n" + block.text:
        check_output(block)
    elif block.lang == "yaml":
        check_yaml(block, workdir)
    elif block.lang in ("markdown", "md"):
        check_markdown(block, workdir)
    elif block.lang == "jsonl":
        check_json_lines(block)
    elif block.marker("file") is None:
        pytest.fail(f"{block.name}: no way to run a ```{block.lang} block: mark it <!-- docs-test: skip (why) -->")


# The markers, the first two commands and the links


def test_every_skip_marker_gives_its_reason() -> None:
    for block in BLOCKS:
        reason = block.marker("skip")
        assert reason is None or re.fullmatch(r"\(.{10,}\)", reason), f"{block.name}: skip needs a (reason)"


def test_every_marker_is_known_and_stands_above_a_block() -> None:
    above = {(block.page, block.line - 1 - i) for block in BLOCKS for i in range(len(block.markers))}
    for page in PAGES:
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            found = MARKER.search(line)
            if found:
                assert (page, number) in above, f"{page.name}:{number}: a marker with no code block under it"
                assert found[1].split(" ")[0] in ("skip", "exit", "file", "slow"), f"{page.name}:{number}"


def _ci_lines() -> list[str]:
    return [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]


def test_the_first_command_installs_as_ci_does_and_runs_the_demo() -> None:
    first = page_blocks(README)[0]
    assert first.lang == "sh" and first.marker("skip")
    venv, pip, demo = (part.strip() for part in first.text.strip().split("&&"))
    ci = _ci_lines()
    assert venv in ci
    [ci_pip] = [line for line in ci if line.startswith(".venv/bin/pip install")]
    quiet = ("--quiet", "--disable-pip-version-check")  # CI's log, not the install
    assert shlex.split(pip) == [word for word in shlex.split(ci_pip) if word not in quiet]
    assert demo.startswith(".venv/bin/factcheck check examples")


def test_the_second_command_is_the_test_suite_ci_runs() -> None:
    second = page_blocks(README)[1]
    assert second.lang == "sh" and second.marker("skip")
    assert second.text.strip() == ".venv/bin/python -m pytest"
    assert second.text.strip() in _ci_lines()


def test_the_demo_command_writes_the_report_the_readme_names(workdir: Path) -> None:
    first = page_blocks(README)[0]
    demo = first.text.strip().split("&&")[-1].strip()
    text = README.read_text(encoding="utf-8")
    after = text[text.index(demo) + len(demo) : text.index(page_blocks(README)[1].text.strip())]
    [named] = re.findall(r"`(reports/[^`]+\.html)`", after)
    code, output = run_factcheck(shlex.split(demo))
    assert code == 0, output
    assert (workdir / named).is_file(), f"the README names {named}; factcheck printed:\n{output}"
    assert f"factcheck: wrote {named}" in output


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_link_between_pages_leads_somewhere() -> None:
    anchors = {}
    for page in (*PAGES, ROOT / "rules" / "README.md", ROOT / "bench" / "README.md"):
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
        anchors[page.resolve()] = {_anchor(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}
    for page in PAGES:
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue  # a web address
            path, _, anchor = target.partition("#")
            file = (page.parent / path).resolve() if path else page.resolve()
            assert file.exists(), f"{page.name}: link to {target}: no such file"
            if anchor:
                assert anchor in anchors.get(file, set()), f"{page.name}: link to {target}: no such heading"


def test_the_first_screen_says_what_matters() -> None:
    """What it does, the two commands, and what a note, a warning and an error mean for the exit code, in the
    README's first 45 lines; then the contents."""
    first_screen = "\n".join(README.read_text(encoding="utf-8").splitlines()[:45])
    for words in ("python3 -m venv .venv", ".venv/bin/python -m pytest", "note", "warning", "error",
                  "--fail-on", "Exit code"):
        assert words in first_screen, words
    assert "## Contents" in README.read_text(encoding="utf-8")[:6000]
