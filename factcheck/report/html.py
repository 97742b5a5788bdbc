"""The HTML report: one self-contained file (no scripts from elsewhere, no external assets). Every piece
of article text goes through ``html.escape``."""

from __future__ import annotations

from html import escape

import pandas as pd

from factcheck.pipeline import Result
from factcheck.report.summary import quotes, summarize
from factcheck.rules.intervals import Interval

_CSS = """
:root{--red:#b3261e;--amber:#a15c00;--green:#1e6b34;--grey:#5f6368;--line:#dadce0}
*{box-sizing:border-box}body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;
max-width:72rem;padding:1rem;color:#202124}h1{font-size:1.6rem;margin:.2rem 0}h2{margin-top:2rem;font-size:1.25rem}
.lights{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}.light{border:1px solid var(--line);border-radius:.5rem;
padding:.5rem .9rem;min-width:8rem}.light b{display:block;font-size:1.5rem}.error b{color:var(--red)}
.warning b{color:var(--amber)}.ok b{color:var(--green)}.info b{color:var(--grey)}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.4rem;
text-align:left;vertical-align:top}th{font-size:.85rem;color:var(--grey)}mark{background:#fde293;padding:0 .1rem}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem}.sev.error{color:var(--red)}
.sev.warning{color:var(--amber)}.sev.info{color:var(--grey)}section.key{border-top:2px solid var(--line)}
.why{color:#3c4043}.muted{color:var(--grey);font-size:.9rem}
@media (max-width:40rem){th:nth-child(3),td:nth-child(3){display:none}body{padding:.5rem}}
@media print{.light{border-color:#000}a{color:inherit}section.key{break-inside:avoid}}
"""


def render(result: Result) -> str:
    summary = summarize(result)
    agreeing = summary.compared_keys - summary.disagreeing_keys
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        "<title>factcheck report</title><style>",
        _CSS,
        "</style></head><body>",
        "<h1>factcheck report</h1>",
        f"<p class='muted'>{summary.documents} documents, {summary.facts} facts, {summary.keys} things counted "
        f"or dated, {summary.compared_keys} reported by more than one source.</p>",
        "<div class='lights'>",
        f"<div class='light error'><b>{summary.errors}</b>errors</div>",
        f"<div class='light warning'><b>{summary.warnings}</b>warnings</div>",
        f"<div class='light ok'><b>{agreeing}</b>figures that agree</div>",
        f"<div class='light info'><b>{summary.infos}</b>notes</div>",
        "</div>",
        _findings(result),
        _keys(result),
        _sources(result),
        "</body></html>\n",
    ]
    return "".join(parts)


def _findings(result: Result) -> str:
    if not result.findings:
        return "<h2>Findings</h2><p>No disagreements between sources.</p>"
    quoted = quotes(result)
    rows = []
    for finding in result.findings:
        sides = [quoted[i] for i in finding.facts if i in quoted]
        cells = "".join(
            f"<td>“{escape(q.surface)}”<br><span class='muted'>{escape(q.source)}, {escape(q.published)}</span></td>"
            for q in sides
        )
        rows.append(
            f"<tr class='finding {finding.severity}'><td><span class='sev {finding.severity}'>"
            f"{finding.severity}</span></td><td><a href='#{_anchor(finding.key)}'>{escape(finding.key)}</a>"
            f"</td>{cells}<td class='why'>{escape(finding.explanation)}</td></tr>"
        )
    return (
        "<h2>Findings</h2><table><thead><tr><th></th><th>what</th><th>one source says</th><th>another says"
        "</th><th>why</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _keys(result: Result) -> str:
    facts = result.facts[result.facts["key"].notna()]
    docs_per_key = facts.groupby("key")["doc"].nunique()
    by_doc = {d.id: d for d in result.documents}
    by_key: dict[str, list[str]] = {}
    for finding in result.findings:
        by_key.setdefault(finding.key, []).append(
            f"<li><span class='sev {finding.severity}'>{finding.severity}</span> {escape(finding.message)}</li>"
        )
    sections = ["<h2>Figures reported by more than one source</h2>"]
    for key in sorted(k for k, n in docs_per_key.items() if n > 1):
        rows = []
        for row in facts[facts["key"] == key].itertuples(index=False):
            document = by_doc[row.doc]
            shown = (
                str(row.value)
                if row.kind in ("date", "time")
                else Interval.of(row.low, row.high, row.closed).text(None if pd.isna(row.unit) else row.unit)
            )
            local = row.start - row.sentence_start
            sentence = (
                escape(row.sentence[:local])
                + "<mark>"
                + escape(row.surface)
                + "</mark>"
                + escape(row.sentence[local + len(row.surface) :])
            )
            published = document.published.isoformat() if document.published else "date unknown"
            rows.append(
                f"<tr><td>{escape(document.source or document.id)}<br><span class='muted'>{published}</span>"
                f"</td><td>{escape(row.surface)}</td><td>{escape(shown)}</td><td>{sentence}</td></tr>"
            )
        findings = "<ul>" + "".join(by_key[key]) + "</ul>" if key in by_key else "<p class='muted'>All agree.</p>"
        sections.append(
            f"<section class='key' id='{_anchor(key)}'><h3>{escape(key)}</h3><table><thead><tr>"
            "<th>source</th><th>figure</th><th>value</th><th>sentence</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table>"
            + findings
            + "</section>"
        )
    return "".join(sections)


def _sources(result: Result) -> str:
    items = []
    for document in result.documents:
        published = document.published.isoformat() if document.published else "publication date unknown"
        items.append(
            f"<li><b>{escape(document.id)}</b>: {escape(document.source or 'source unknown')}, {published}"
            f" <span class='muted'>({escape(document.published_from or 'no date found')}; "
            f"{escape(document.path)})</span><br>{escape(document.title or '')}</li>"
        )
    return "<h2>Sources</h2><ul>" + "".join(items) + "</ul>"


def _anchor(key: str) -> str:
    return "key-" + "".join(c if c.isalnum() else "-" for c in key)
