"""Screenshots of the HTML report, as an editor sees it in Chromium: the demo and the five seed articles (the
summary, the findings and the first key sections: the rest repeats the layout, and for the seeds quotes the
articles at length), on a
desktop and on a phone 375 px wide, into docs/screenshots/. Also checks that neither page scrolls sideways on
the phone. Needs Debian's chromium (`apt-get install chromium`; the browser tests install it) and Playwright
(in the test extra); nothing is downloaded.

    .venv/bin/python bench/screenshots.py [--data ../shared/data] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

import factcheck
from factcheck.report.html import render

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SIZES = {"desktop": (1280, 900), "phone": (375, 812)}
SECTIONS = {"demo": 2, "seeds": 3}  # key sections kept in each screenshot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=os.path.relpath(ROOT.parent / "shared" / "data", ROOT))
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    os.chdir(ROOT)  # the sources table shows paths as given: relative ones read the same on every machine
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    reports = {"demo": ["examples"], "seeds": [str(Path(args.data) / "seeds")]}
    wide = False
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for name, paths in reports.items():
            page_file = Path(folder) / f"{name}.html"
            page_file.write_text(render(factcheck.check(paths)), encoding="utf-8")
            for size, (width, height) in SIZES.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                page.goto(page_file.as_uri())
                target = out / f"{name}-{size}.png"
                clip = _top(page, SECTIONS[name])
                page.screenshot(path=target, full_page=True, clip=clip)
                scrolls = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
                wide = wide or scrolls
                print(f"{target}  {width} px wide{', SCROLLS SIDEWAYS' if scrolls else ''}")
                context.close()
        browser.close()
    return 1 if wide else 0


def _top(page: Page, sections: int) -> dict[str, float]:
    """The page from its top to the end of its n-th key section."""
    bottom = page.evaluate(
        "n => { const s = document.querySelectorAll('section.key'); const last = s[Math.min(n, s.length) - 1];"
        " return last ? last.getBoundingClientRect().bottom + window.scrollY + 16 : document.body.scrollHeight; }",
        sections,
    )
    width = page.evaluate("document.documentElement.clientWidth")
    return {"x": 0, "y": 0, "width": width, "height": bottom}


if __name__ == "__main__":
    sys.exit(main())
