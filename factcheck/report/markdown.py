"""The Markdown report, for pull-request comments and CMS notes. Article text is escaped so that it cannot
add links, images, HTML or table cells."""

from __future__ import annotations

import re

from factcheck.pipeline import Result
from factcheck.report.summary import headline, quotes, summarize

_SPECIAL = re.compile(r"([\\`*_\[\]#!|<>~])")
_ICON = {"error": "🔴 error", "warning": "🟠 warning", "info": "⚪ note"}


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _bold(text: str) -> str:
    return f"**{text}**"


def render(result: Result) -> str:
    summary = summarize(result)
    lines = [
        "# factcheck report",
        "",
        headline(summary, _bold, _bold) + ".",
        "",
    ]
    quoted = quotes(result)
    if result.findings:
        lines += ["| | what | one source says | another says | why |", "|---|---|---|---|---|"]
        for finding in result.findings:
            sides = [quoted[i] for i in finding.facts if i in quoted]
            cells = [f"“{escape(q.surface)}” ({escape(q.source)}, {q.published})" for q in sides] + ["", ""]
            why = escape(finding.explanation)
            lines.append(f"| {_ICON[finding.severity]} | {escape(finding.key)} | {cells[0]} | {cells[1]} | {why} |")
    else:
        lines.append("No disagreements between sources.")
    lines += ["", "## Sources", ""]
    for document in result.documents:
        published = document.published.isoformat() if document.published else "date unknown"
        lines.append(
            f"- **{escape(document.id)}**: {escape(document.source or 'source unknown')}, {published}"
            f" ({escape(document.published_from or 'no date found')})"
        )
    return "\n".join(lines) + "\n"
