"""Drafts of our own, each with wrong, outdated, right and unsupported figures, checked against their sources as an
editor would run it (`factcheck check DRAFT --against SOURCES`): every wrong or outdated figure fails the run at the
default --fail-on, every right figure a source states is backed. The expected status of each figure was written with
the draft, before factcheck ran on it (tests/drafts/*/expected.yaml); where factcheck says otherwise today, the file
says what and why, and the test pins that too, so that a change in either direction shows.

Three stories are fictional, with sources of our own (tests/drafts/<story>/sources); the fourth is the seed story,
checked against the five seed articles in ../shared/data/seeds. The same table is read from the JSON report and
from the HTML report in headless Chromium."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from factcheck.draft import FAILING
from tests.conftest import ROOT, SHARED_DATA, run_cli
from tests.test_browser import browser  # noqa: F401  (the browser tests' Chromium, launched once a module)

DRAFTS = ROOT / "tests" / "drafts"
STORIES = ("velmora_quake", "harlow_strike", "pine_ridge_fire")


@dataclass(frozen=True)
class Case:
    name: str
    draft: Path
    sources: Path
    expected: Path

    def figures(self) -> list[dict]:
        return yaml.safe_load(self.expected.read_text(encoding="utf-8"))["figures"]


def cases() -> list[Case]:
    found = [Case(s, DRAFTS / s / "draft.md", DRAFTS / s / "sources", DRAFTS / s / "expected.yaml") for s in STORIES]
    return [*found, Case("rafah_review", DRAFTS / "rafah_review.md", SHARED_DATA / "seeds",
                         DRAFTS / "rafah_review.yaml")]


def today(figure: dict) -> str:
    """What factcheck is expected to say of the figure: the editor's status, unless a known miss is written down."""
    return figure.get("factcheck", figure["status"])


def statuses(report: dict, draft: Path) -> dict[tuple[str, int], list[str]]:
    """(surface, line) -> the statuses of the draft's figures written so at that line."""
    text = draft.read_text(encoding="utf-8")
    facts = {f["id"]: f for f in report["facts"]}
    found: dict[tuple[str, int], list[str]] = {}
    for figure in report["draft"]["figures"]:
        fact = facts[figure["fact"]]
        found.setdefault((fact["surface"], text.count("\n", 0, fact["start"]) + 1), []).append(figure["status"])
    return found


@pytest.fixture(params=cases(), ids=lambda case: case.name)
def case(request: pytest.FixtureRequest, shared_data: Path) -> Case:
    return request.param


def test_every_figure_has_the_status_an_editor_expects(capsys, case: Case) -> None:
    code, out, err = run_cli(capsys, "check", str(case.draft), "--against", str(case.sources), "--format", "json")
    found = statuses(json.loads(out), case.draft)
    expected = case.figures()
    assert {(f["surface"], f["line"]): [today(f)] for f in expected} == {
        (f["surface"], f["line"]): found.get((f["surface"], f["line"])) for f in expected}, err
    # Every wrong or outdated figure fails the run at the default --fail-on, and is failing as expected: no known
    # miss among them; no other figure of the draft fails.
    failing = [f for f in expected if f["status"] in FAILING["error"]]
    assert failing and all(today(f) == f["status"] for f in failing)
    assert code == 1
    listed = {(f["surface"], f["line"]) for f in expected}
    assert not [(place, s) for place, found_statuses in found.items() if place not in listed
                for s in found_statuses if s in FAILING["warning"]]


def test_a_draft_with_the_wrong_figures_corrected_passes(capsys, case: Case, tmp_path: Path) -> None:
    """The same draft with its wrong and outdated figures replaced by what the sources say exits 0."""
    text = case.draft.read_text(encoding="utf-8")
    lines = text.split("\n")
    for figure in case.figures():
        if figure["status"] in FAILING["error"]:
            lines[figure["line"] - 1] = lines[figure["line"] - 1].replace(figure["surface"], figure["fix"], 1)
    draft = tmp_path / case.draft.name
    draft.write_text("\n".join(lines), encoding="utf-8")
    code, out, err = run_cli(capsys, "check", str(draft), "--against", str(case.sources), "--format", "json")
    still = [s for statuses_ in statuses(json.loads(out), draft).values() for s in statuses_ if s in FAILING["error"]]
    assert (code, still) == (0, []), err


@pytest.mark.slow
def test_the_html_report_shows_the_same_statuses(capsys, case: Case, tmp_path: Path, browser: object) -> None:  # noqa: F811
    report = tmp_path / "draft.html"
    run_cli(capsys, "check", str(case.draft), "--against", str(case.sources), "--format", "html", "--output",
            str(report))
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(report.as_uri())
    rows = page.eval_on_selector_all(
        "tr[data-figure-status]",
        "rows => rows.map(r => [r.dataset.figureStatus, r.querySelector(\"td[data-label='line']\").innerText,"
        " r.querySelector(\"td[data-label='the draft says'] .quote\").innerText])")
    shown: dict[tuple[str, int], list[str]] = {}
    for status, line, quote in rows:
        shown.setdefault((quote.strip("“”"), int(line.removeprefix("line "))), []).append(status)
    listed = [f for f in case.figures() if today(f) != "unchecked"]
    assert {(f["surface"], f["line"]): [today(f)] for f in listed} == {
        (f["surface"], f["line"]): shown.get((f["surface"], f["line"])) for f in listed}
    assert page.title().startswith("Draft check: ")
    page.close()
