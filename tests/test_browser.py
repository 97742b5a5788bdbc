"""The HTML report in a real browser: Debian's Chromium, driven by Playwright (the ``chromium`` fixture in
conftest.py installs it when missing). Pages are opened from file:// URLs; screenshots go to pytest's
tmp_path, never into the repository."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright

from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.slow  # a real Chromium (installed with apt-get when missing)

EXAMPLES = str(ROOT / "examples")
# Nothing of the browser's own reaches out: no updates, no sync, no QUIC, no first-run pages.
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), args=LAUNCH_ARGS, headless=True)
        yield launched
        launched.close()


class Visit:
    """A page with everything it asked for and everything that went wrong in it recorded."""

    def __init__(self, browser: Browser, width: int = 1280, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page: Page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, report: Path) -> Page:
        self.page.goto(report.as_uri())
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    opened = Visit(browser)
    yield opened
    opened.close()


def _report(capsys: pytest.CaptureFixture[str], target: Path, *paths: str) -> Path:
    code, _, err = run_cli(capsys, "check", *paths, "--format", "html", "--output", str(target), "--fail-on", "never")
    assert code == 0 and f"wrote {target}" in err
    return target


def _no_horizontal_scroll(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_demo_report_summary_sections_filter_search_sort(visit: Visit, tmp_path: Path, capsys) -> None:
    report = _report(capsys, tmp_path / "demo.html", EXAMPLES)
    page = visit.open(report)

    # Summary first, as traffic lights: the demo has one thing in error (the damage), three in warning.
    lights = page.locator("#summary .lights")
    expect(lights).to_be_visible()
    expect(page.locator("[data-light=error] b")).to_have_text("1")
    expect(page.locator("[data-light=warning] b")).to_have_text("3")
    expect(page.locator("[data-light=accepted] b")).to_have_text("0")
    expect(page.locator("[data-light=agree] b")).to_have_text("12")
    expect(page.locator("#controls")).to_be_visible()  # the script ran under the page's own policy

    # One section per key, with its status, and the figure highlighted in each source's sentence.
    damage = page.locator("#key-damage")
    expect(damage).to_be_visible()
    expect(damage.locator("h3")).to_contain_text("Cost of the damage")
    expect(damage.locator("h3 .badge")).to_have_text("disagree · error")
    expect(damage.locator("mark", has_text="$12 million").first).to_be_visible()
    expect(damage.locator("mark", has_text="estimated $1.2 million")).to_be_visible()
    page.screenshot(path=tmp_path / "demo-desktop.png", full_page=True)

    # The severity filter: unticking errors hides the error rows and the section in error, nothing else.
    errors = page.locator("#findings tr[data-status=error]")
    warnings = page.locator("#findings tr[data-status=warning]")
    expect(errors).to_have_count(1)  # one finding per disagreement
    page.get_by_label("errors").uncheck()
    for row in errors.all():
        expect(row).to_be_hidden()
    expect(damage).to_be_hidden()
    expect(warnings.first).to_be_visible()
    expect(page.locator("#key-evacuated")).to_be_visible()
    expect(page.locator("#findings-shown")).to_have_text("3 of 4")
    page.get_by_label("errors").check()
    expect(errors.first).to_be_visible()
    expect(damage).to_be_visible()

    # The search box: only findings and sections that mention the words stay.
    page.get_by_label("Search figures").fill("evacuated 3,500")
    expect(page.locator("#findings tbody tr:not(.off)")).to_have_count(1)
    expect(errors.first).to_be_hidden()
    expect(page.locator("#key-evacuated")).to_be_visible()
    expect(damage).to_be_hidden()
    page.get_by_label("Search figures").fill("no such words anywhere")
    expect(page.locator("#findings-none")).to_be_visible()
    expect(page.locator("#keys-none")).to_be_visible()
    page.get_by_label("Search figures").fill("")
    expect(damage).to_be_visible()

    # Sortable tables: the damage table by source, then by how the figure reads (the draft's is the smallest).
    sources = damage.locator("tbody tr td:first-child")
    expect(sources.first).to_have_text("The Valley Courier")
    damage.get_by_role("button", name="source").click()
    expect(sources).to_have_text(
        ["Esk Valley Herald (reporter's draft)", "Northern Wire", "The River Times", "The Valley Courier"]
    )
    damage.get_by_role("button", name="reads as").click()
    expect(damage.locator("tbody tr").first).to_contain_text("estimated $1.2 million")
    damage.get_by_role("button", name="reads as").click()
    expect(damage.locator("th[aria-sort=descending]")).to_have_text("reads as")
    expect(damage.locator("tbody tr").last).to_contain_text("estimated $1.2 million")

    # Paper: no controls, and whatever the filter hid is printed.
    page.get_by_label("errors").uncheck()
    page.emulate_media(media="print")
    expect(page.locator("#controls")).to_be_hidden()
    expect(damage).to_be_visible()
    expect(errors.first).to_be_visible()
    page.emulate_media(media="screen")

    assert visit.errors == [] and visit.dialogs == []
    assert {url.split(":", 1)[0] for url in visit.requests} == {"file"}  # the page itself and nothing else


def test_demo_report_fits_a_phone(browser: Browser, tmp_path: Path, capsys) -> None:
    report = _report(capsys, tmp_path / "demo.html", EXAMPLES)
    phone = Visit(browser, width=375, height=812)
    try:
        page = phone.open(report)
        expect(page.locator("#summary .lights")).to_be_visible()
        expect(page.locator("#key-damage mark").first).to_be_visible()
        assert _no_horizontal_scroll(page), "the report scrolls sideways at 375 px"
        page.screenshot(path=tmp_path / "demo-phone.png", full_page=True)
    finally:
        phone.close()


def test_figures_sort_as_numbers(visit: Visit, tmp_path: Path, capsys) -> None:
    for name, source, day, figure in (("a", "First Paper", 15, "900"), ("b", "Second Paper", 16, "2,000")):
        (tmp_path / f"{name}.md").write_text(
            f"---\nsource: {source}\npublished: 2025-04-{day}\n---\nRescuers said {figure} people were rescued "
            "from the flood.\n",
            encoding="utf-8",
        )
    page = visit.open(_report(capsys, tmp_path / "report.html", str(tmp_path / "a.md"), str(tmp_path / "b.md")))
    rescued = page.locator("#key-rescued")
    figures = rescued.locator("tbody td.figure")
    rescued.get_by_role("button", name="figure").click()
    expect(figures).to_have_text(["2,000", "900"])  # as text, "2" comes before "9"
    rescued.get_by_role("button", name="reads as").click()
    expect(figures).to_have_text(["900", "2,000"])  # as numbers
    rescued.get_by_role("button", name="reads as").click()
    expect(figures).to_have_text(["2,000", "900"])


HOSTILE_A = """---
title: "<script>window.__pwned=3</script>Flood <b>update"
source: "Wire <img src=x onerror=\\"window.__pwned=4\\">"
published: 2025-04-15
---
<script>window.__pwned=1</script> About 2,000 residents were evacuated <img src=x onerror="window.__pwned=2"> from
the valley. <!-- hidden --> </style> <div><b> The council met.
"""
HOSTILE_B = """---
title: Flood <!-- hidden --> </div></table> update
source: Other Paper</td>
published: 2025-04-15
---
More than 3,500 residents were evacuated <iframe src="javascript:window.__pwned=5"></iframe> from the valley, the
council said. <script>alert(1)</script>
"""


def _hostile_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(HOSTILE_A, encoding="utf-8")
    (folder / "b.md").write_text(HOSTILE_B, encoding="utf-8")
    return _report(capsys, tmp_path / "hostile.html", str(folder))


def _nothing_ran(visit: Visit, page: Page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert visit.dialogs == []
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.querySelectorAll('iframe, embed, object').length") == 0
    assert page.evaluate("document.scripts.length") == 1  # ours
    assert {url.split(":", 1)[0] for url in visit.requests} == {"file"}
    assert len(visit.requests) == 1  # no image, frame or anything else was fetched


def test_hostile_article_shows_as_text_and_runs_nothing(visit: Visit, tmp_path: Path, capsys) -> None:
    page = visit.open(_hostile_report(tmp_path, capsys))
    expect(page.locator("#key-evacuated")).to_be_visible()
    expect(page.locator("#key-evacuated mark", has_text="More than 3,500")).to_be_visible()
    text = page.inner_text("body")
    for literal in (
        "<script>window.__pwned=1</script>",
        '<img src=x onerror="window.__pwned=2">',
        "</style>",
        "<div><b>",
        "<script>alert(1)</script>",
        "Other Paper</td>",
        "Flood <!-- hidden --> </div></table> update",
    ):
        assert literal in text, literal
    # The comment in an article's body is never read (factcheck blanks HTML comments before extraction); the one
    # in the title above shows as text.
    assert text.count("hidden") == 1
    _nothing_ran(visit, page)
    expect(page.locator("#controls")).to_be_visible()  # our own script did run, and unbalanced tags broke nothing
    expect(page.locator("#sources tbody tr")).to_have_count(2)
    page.screenshot(path=tmp_path / "hostile.png", full_page=True)


def test_policy_stops_markup_that_escaped_escaping(visit: Visit, tmp_path: Path, capsys) -> None:
    """Were escaping ever to fail, the page's Content-Security-Policy still runs only our own script."""
    report = _hostile_report(tmp_path, capsys)
    page_text = report.read_text(encoding="utf-8")
    injected = (
        "<script>window.__pwned=1;alert(1)</script><img src=x onerror=\"window.__pwned=2\">"
        "<div onmouseover=\"window.__pwned=3\" id=trap>trap</div><style>body{display:none}</style>"
    )
    report.write_text(page_text.replace("<body>", "<body>" + injected, 1), encoding="utf-8")
    page = visit.open(report)
    page.hover("#trap")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert visit.dialogs == []
    expect(page.locator("#summary")).to_be_visible()  # the injected stylesheet did not apply
    expect(page.locator("#controls")).to_be_visible()  # ours still ran
    assert any("Content Security Policy" in error for error in visit.errors)  # the browser says why
