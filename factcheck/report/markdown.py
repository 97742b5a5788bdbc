"""The Markdown report, for pull-request comments and CMS notes. Article text is escaped so that it cannot
add links, images, HTML or table cells."""

from __future__ import annotations

import re

from factcheck.report.controls import visible
from factcheck.report.review import DraftView, draft_views, review_headline
from factcheck.report.summary import Quote, counted, headline, quotes, sides, summarize
from factcheck.result import Result

_SPECIAL = re.compile(r"([\\`*_\[\]#!|<>~])")
_ICON = {"error": "🔴 error", "warning": "🟠 warning", "info": "⚪ note"}
_STATUS_ICON = {"contradicted": "🔴 contradicted", "disputed": "🟡 disputed", "outdated": "🟠 outdated",
                "accepted": "🔵 accepted", "unsupported": "⚪ unsupported", "backed": "🟢 backed"}


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", visible(" ".join(text.split())))


def _bold(text: str) -> str:
    return f"**{text}**"


def render(result: Result) -> str:
    views = draft_views(result)
    title = (f"# Draft check: {escape(views[0].document.title or views[0].document.id)}" if len(views) == 1
             else "# factcheck report")
    lines = [title, "", *(_drafts(views) if views else _findings(result))]
    lines += ["", "## Documents" if views else "## Sources", ""]
    for document in result.documents:
        published = document.published.isoformat() if document.published else "date unknown"
        lines.append(
            f"- **{escape(document.id)}**: {escape(document.source or 'source unknown')}, {published}"
            f" ({escape(document.published_from or 'no date found')})"
        )
    return "\n".join(lines) + "\n"


def _findings(result: Result) -> list[str]:
    lines = [headline(summarize(result), _bold, _bold) + ".", ""]
    if not result.findings:
        return [*lines, "No disagreements between sources."]
    quoted = quotes(result)
    lines += ["| | what | one side says | the other side says | why |", "|---|---|---|---|---|"]
    for finding in result.findings:
        groups = sides(finding, quoted)
        cells = ["; ".join(f"“{escape(q.surface)}” ({escape(q.source)}, {q.published})" for q in group)
                 for group in groups[:1]] + [" against ".join(
                     "; ".join(f"“{escape(q.surface)}” ({escape(q.source)}, {q.published})" for q in group)
                     for group in groups[1:])] + ["", ""]
        why = escape(finding.explanation)
        lines.append(f"| {_ICON[finding.severity]} | {escape(finding.key)} | {cells[0]} | {cells[1]} | {why} |")
    return lines


def _drafts(views: list[DraftView]) -> list[str]:
    lines: list[str] = []
    for view in views:
        document = view.document
        lines += [
            *([""] if lines else []),
            f"## Draft {escape(document.path)}",
            "",
            f"{escape(document.title or document.id)}, {escape(view.dated)}; checked against "
            f"{counted(view.sources, 'source')}: {review_headline(view, _bold, _bold)}.",
            "",
        ]
        if view.checked:
            lines += ["| status | what | the draft says | the sources say | why |", "|---|---|---|---|---|"]
        for row in view.checked:
            status = _STATUS_ICON[row.status] + (f" ({row.severity})" if row.severity else "")
            sources = "; ".join(_quote(q) for q in row.against)
            if row.backing:
                backing = "; ".join(_quote(q) for q in row.backing)
                sources = f"{sources}; stated by {backing}" if sources else backing
            lines.append(f"| {status} | {escape(row.key or '')} | “{escape(row.surface)}” (line {row.line}) "
                         f"| {sources} | {escape(row.why)} |")
        if view.unchecked:
            listed = ", ".join(f"“{escape(r.surface)}” (line {r.line})" for r in view.unchecked)
            lines += ["", f"Not checked, factcheck cannot tell what they are about: {listed}."]
    return lines


def _quote(quote: Quote) -> str:
    return f"“{escape(quote.surface)}” ({escape(quote.source)}, {quote.published})"
