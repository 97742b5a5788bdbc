"""The HTML report's stylesheet and script (files in ``assets/``, inlined into every page) and the
Content-Security-Policy that allows exactly those two and nothing else."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Assets:
    style: str
    script: str
    policy: str  # the Content-Security-Policy for a page that inlines ``style`` and ``script``


@cache
def assets() -> Assets:
    folder = files("factcheck.report") / "assets"
    # A browser hashes an inline block after its parser has turned CRLF into LF: a checkout with Windows line
    # endings must hash the same text.
    style = (folder / "report.css").read_text(encoding="utf-8").replace("\r\n", "\n")
    script = (folder / "report.js").read_text(encoding="utf-8").replace("\r\n", "\n")
    for name, text, tag in (("report.css", style, "</style"), ("report.js", script, "</script")):
        if tag in text.lower():
            raise ValueError(f"{name} contains '{tag}', which would end its inline block early")
    # Nothing is fetched (default-src 'none'), and only our own blocks run or apply, by hash: an article's
    # <script>, onerror= or <style> that slipped past escaping would still do nothing.
    policy = "; ".join(
        (
            "default-src 'none'",
            f"style-src '{_sha256(style)}'",
            f"script-src '{_sha256(script)}'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    return Assets(style, script, policy)


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
