"""The HTML report: one self-contained page (no network, no external assets) for an editor. Summary first,
as traffic lights; then the findings; then one section per thing counted or dated, a row per source with the
sentence and its figure highlighted; then the sources. A draft check opens instead with one table per draft: a
row per figure with its status, its line, and the sources behind or against it, quoted with their dates, and the
figures no source states listed. Every quote links to its file and line. Filter, search and sortable tables come
from a small inline script; the stylesheet has a phone layout and a print layout.

Every piece of article text goes through ``escape``, and the page's Content-Security-Policy runs only our own
script and stylesheet (see ``html_assets``): text that got past escaping still could not run."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd

from factcheck import __version__
from factcheck.draft import STATUSES
from factcheck.findings import Finding
from factcheck.keys import Key
from factcheck.report.html_assets import assets
from factcheck.report.locations import Location, fact_locations
from factcheck.report.review import DraftView, FigureRow, draft_views, review_headline
from factcheck.report.summary import (
    KEY_STATUSES,
    Quote,
    Summary,
    counted,
    headline,
    key_statuses,
    quotes,
    sides,
    summarize,
)
from factcheck.result import Result
from factcheck.rules.intervals import Interval

_STATUS_LABEL = {"error": "disagree · error", "warning": "disagree · warning", "accepted": "accepted", "agree": "agree"}
# What each box of the filter shows: notes (severity info) go with the agreeing figures, as neither needs work.
_FILTERS = (("error", "errors"), ("warning", "warnings"), ("accepted", "accepted"), ("agree info", "agree & notes"))
_RANK = {"error": 0, "warning": 1, "accepted": 2, "info": 3, "agree": 3}
_FIGURE_LABEL = {"contradicted": "contradicted", "disputed": "disputed", "outdated": "outdated",
                 "accepted": "accepted", "unsupported": "unsupported", "backed": "backed", "unchecked": "not checked"}
# The badge colour of each status: what fails the run is red or orange, what needs a look is grey.
_FIGURE_BADGE = {"contradicted": "error", "disputed": "warning", "outdated": "warning", "accepted": "accepted",
                 "unsupported": "info", "backed": "agree", "unchecked": "info"}


def render(result: Result) -> str:
    summary = summarize(result)
    statuses = key_statuses(result)
    anchors = _anchors(statuses)
    labels = {rule.id: rule.description for rule in result.rules}
    views = draft_views(result)
    places = fact_locations(result, _quoted_ids(result))
    page = assets()
    return "".join(
        (
            "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>",
            f"<meta http-equiv='Content-Security-Policy' content=\"{page.policy}\">",
            "<meta name='viewport' content='width=device-width,initial-scale=1'>",
            "<meta name='referrer' content='no-referrer'>",
            f"<title>{escape(_title(result, views))}</title><style>",
            page.style,
            "</style></head><body>",
            _draft_summary(views, _title(result, views)) if views else _summary(summary, statuses,
                                                                                  _title(result, views)),
            "".join(_draft(view, labels, places) for view in views),
            _controls(),
            _findings(result, anchors, labels, places),
            _keys(result, statuses, anchors, labels),
            _sources(result),
            f"<footer class='muted'>Written by factcheck {escape(__version__)}. This page loads nothing from the "
            "network.</footer>",
            "<script>",
            page.script,
            "</script></body></html>\n",
        )
    )


def _title(result: Result, views: list[DraftView]) -> str:
    """The page's title: the draft's title for a draft check, else the story's (the first document's with one)."""
    if views:
        named = views[0].document.title or views[0].document.id
        more = f" and {len(views) - 1} more drafts" if len(views) > 1 else ""
        return f"Draft check: {named}{more}"
    titled = next((d.title for d in result.documents if d.title), None)
    return f"factcheck report: {titled}" if titled else "factcheck report"


def _quoted_ids(result: Result) -> set[str]:
    figures = result.review.figures if result.review else ()
    return ({i for finding in result.findings for i in finding.facts}
            | {i for f in figures for i in (f.fact, *f.against, *f.backing)})


def _where(fact_id: str, places: Mapping[str, Location], text: str | None = None) -> str:
    """A link to the file of a fact, named with its line: "rafah.md:8" (the whole path on hover)."""
    place = places.get(fact_id)
    if place is None:
        return ""
    href = escape(Path(place.path).resolve().as_uri(), quote=True)
    shown = text or f"{Path(place.path).name}:{place.region.start_line}"
    return (f"<a class='where' href='{href}' title='{escape(place.path, quote=True)}, line "
            f"{place.region.start_line}'>{escape(shown)}</a>")


def _draft(view: DraftView, labels: Mapping[str, str], places: Mapping[str, Location]) -> str:
    document = view.document
    rows = "".join(_figure_row(row, labels, places) for row in view.checked)
    table = (
        "<table class='sortable cards draft'><thead><tr><th>status</th><th>line</th><th>what</th>"
        "<th>the draft says</th><th>the sources say</th><th>why</th></tr></thead><tbody>" + rows + "</tbody></table>"
        if view.checked else "<p>No figure of this draft could be checked.</p>"
    )
    unsupported = [r for r in view.rows if r.status == "unsupported"]
    listed = "".join(
        f"<li><span class='quote'>“{escape(r.surface)}”</span> {_where(r.fact, places)}</li>" for r in unsupported)
    unchecked = ", ".join(f"“{escape(r.surface)}” ({_where(r.fact, places)})" for r in view.unchecked)
    line = review_headline(view, lambda t: f"<span class='error'>{t}</span>",
                           lambda t: f"<span class='warning'>{t}</span>")
    return (
        f"<section class='draft' id='draft-{escape(document.id, quote=True)}'>"
        f"<h2>Draft: {escape(document.title or document.id)}</h2>"
        f"<p class='muted'><code>{escape(document.path)}</code>, {escape(view.dated)}; checked against "
        f"{counted(view.sources, 'source')}.</p><p class='headline'>{line}.</p>" + table
        + (f"<h3>Figures no source states ({len(unsupported)})</h3><ul class='unsupported'>{listed}</ul>"
           if unsupported else "")
        + (f"<p class='muted'>Not checked, factcheck cannot tell what they are about: {unchecked}.</p>"
           if unchecked else "")
        + "</section>"
    )


def _figure_row(row: FigureRow, labels: Mapping[str, str], places: Mapping[str, Location]) -> str:
    badge = f"<span class='badge {_FIGURE_BADGE[row.status]}'>{_FIGURE_LABEL[row.status]}</span>"
    severity = f" <span class='muted'>({escape(row.severity)})</span>" if row.severity else ""
    against = "<br>".join(_quote(q, places) for q in row.against)
    backing = "<br>".join(_quote(q, places) for q in row.backing)
    said = (f"<span class='muted'>against:</span><br>{against}" if against else "") + (
        ("<hr>" if against else "") + f"<span class='muted'>stated by:</span><br>{backing}" if backing else "")
    what = (escape(_label(row.key, labels)) if row.key and not row.key.startswith("auto:")
            else f"<span class='muted'>no rule{': ' + escape(row.key.rsplit(':', 1)[-1]) if row.key else ''}</span>")
    return (
        f"<tr data-figure-status='{row.status}' data-fact='{escape(row.fact, quote=True)}'>"
        f"<td data-label='status' data-sort='{STATUSES.index(row.status)}'>{badge}{severity}</td>"
        f"<td data-label='line' class='brief' data-sort='{row.line}'>"
        f"{_where(row.fact, places, f'line {row.line}') or row.line}</td>"
        f"<td data-label='what'>{what}</td>"
        f"<td data-label='the draft says' class='side'><span class='quote'>“{escape(row.surface)}”</span></td>"
        f"<td data-label='the sources say' class='side'>{said}</td>"
        f"<td data-label='why' class='why'>{escape(row.why)}</td></tr>"
    )


def _summary(summary: Summary, statuses: Mapping[str, str], title: str) -> str:
    counts = {status: sum(1 for s in statuses.values() if s == status) for status in KEY_STATUSES}
    lights = [
        _light("count", summary.facts, _plural(summary.facts, "fact", "facts"),
               "in " + counted(summary.documents, "document")),
        _light("count", summary.keys, _plural(summary.keys, "thing", "things") + " counted or dated",
               f"{len(statuses):,} by more than one source or flagged"),
        _light("error", counts["error"], "disagree", "error"),
        _light("warning", counts["warning"], "disagree", "warning"),
        _light("accepted", counts["accepted"], "accepted", "by an editor"),
        _light("agree", counts["agree"], "agree", "all sources"),
    ]
    line = headline(summary, lambda t: f"<span class='error'>{t}</span>", lambda t: f"<span class='warning'>{t}</span>")
    return (
        f"<header id='summary'><h1>{escape(title)}</h1>"
        f"<p class='headline'>{line}.</p>"
        "<ul class='lights' aria-label='Summary'>" + "".join(lights) + "</ul></header>"
    )


def _draft_summary(views: list[DraftView], title: str) -> str:
    """A draft check's lamps: its figures by status, what fails the run first."""
    rows = [row for view in views for row in view.rows]
    count = {status: sum(1 for r in rows if r.status == status) for status in STATUSES}
    lights = [
        _light("error", count["contradicted"], "contradicted", "a source says otherwise"),
        _light("warning", count["outdated"], "outdated", "a source gives a later total"),
        _light("warning", count["disputed"], "disputed", "the sources disagree"),
        _light("count", count["unsupported"], "unsupported", "no source states it"),
        _light("agree", count["backed"], "backed", "a source states it"),
        _light("accepted", count["accepted"], "accepted", "by an editor"),
    ]
    failing = count["contradicted"] + count["outdated"]
    verdict = (f"<span class='error'>{failing} {_plural(failing, 'figure fails', 'figures fail')} the check</span>"
               if failing else "no figure fails the check")
    return (
        f"<header id='summary'><h1>{escape(title)}</h1>"
        f"<p class='headline'>{counted(len(rows), 'figure')} of the draft: {verdict}.</p>"
        "<ul class='lights' aria-label='Summary'>" + "".join(lights) + "</ul></header>"
    )


def _light(kind: str, number: int, text: str, detail: str) -> str:
    dark = " dark" if number == 0 else ""  # an unlit lamp: nothing in this state
    return (
        f"<li class='light {kind}{dark}' data-light='{kind}'><i class='lamp' aria-hidden='true'></i>"
        f"<div><b>{number:,}</b>{text}<span>{escape(detail)}</span></div></li>"
    )


def _plural(number: int, one: str, many: str) -> str:
    return one if number == 1 else many


def _controls() -> str:
    boxes = "".join(
        f"<label><input type='checkbox' value='{value}' checked>{label}</label>" for value, label in _FILTERS
    )
    return (
        "<div class='controls' id='controls' hidden><fieldset><legend>Show</legend>" + boxes + "</fieldset>"
        "<input type='search' id='search' placeholder='Search figures, sources, sentences' "
        "aria-label='Search figures, sources and sentences'></div>"
    )


def _findings(result: Result, anchors: Mapping[str, str], labels: Mapping[str, str],
              places: Mapping[str, Location]) -> str:
    heading = "<h2>Findings <span class='muted shown' id='findings-shown'></span></h2>"
    if not result.findings:
        return heading + "<p>No disagreements between sources.</p>"
    quoted = quotes(result)
    rows = []
    for finding in result.findings:
        status = _row_status(finding)
        groups = sides(finding, quoted)
        one = "<br>".join(_quote(q, places) for q in groups[0]) if groups else ""
        others = "<hr>".join("<br>".join(_quote(q, places) for q in group) for group in groups[1:])
        note = f"<br><span class='note'>Accepted: {escape(finding.accepted)}</span>" if finding.accepted else ""
        rows.append(
            f"<tr data-status='{status}'>"
            f"<td data-label='severity' data-sort='{_RANK[status]}'>{_badges(finding)}</td>"
            f"<td data-label='what'><a href='#{anchors[finding.key]}'>{escape(_label(finding.key, labels))}</a></td>"
            f"<td data-label='one side says' class='side'>{one}</td>"
            f"<td data-label='the other side says' class='side'>{others}</td>"
            f"<td data-label='why' class='why'>{escape(finding.explanation)}{note}</td></tr>"
        )
    return (
        heading + "<table class='sortable cards' id='findings'><thead><tr><th>severity</th><th>what</th>"
        "<th>one side says</th><th>the other side says</th><th>why</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table><p class='none' id='findings-none' hidden>No finding matches the filter.</p>"
    )


def _quote(quote: Quote, places: Mapping[str, Location]) -> str:
    where = _where(quote.fact_id, places)
    return (
        f"<span class='quote'>“{escape(quote.surface)}”</span><br>"
        f"<span class='muted'>{escape(quote.source)}, <span class='date'>{escape(quote.published)}</span></span>"
        + (f"<br><span class='muted'>{where}</span>" if where else "")
    )


def _keys(result: Result, statuses: Mapping[str, str], anchors: Mapping[str, str], labels: Mapping[str, str]) -> str:
    facts = result.facts[result.facts["key"].notna()]
    by_doc = {d.id: d for d in result.documents}
    by_key: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_key.setdefault(finding.key, []).append(finding)
    sections = [
        "<h2>Things counted or dated <span class='muted shown' id='keys-shown'></span></h2>",
        "<p class='muted'>Each figure reported by more than one source, or flagged, with every source's sentence.</p>",
    ]
    for key, status in statuses.items():
        rows = []
        for row in facts[facts["key"] == key].itertuples(index=False):
            document = by_doc[row.doc]
            published = document.published.isoformat() if document.published else "date unknown"
            rows.append(
                f"<tr><td data-label='source' class='source brief plain'>{escape(document.source or document.id)}</td>"
                f"<td data-label='published' class='date brief plain'>{published}</td>"
                f"<td data-label='figure' class='figure brief plain'>{escape(row.surface)}</td>"
                f"<td data-label='reads as' class='reads brief' data-sort='{_sort_value(row)}'>"
                f"{escape(_shown(row))}</td>"
                f"<td data-label='sentence'>{_highlighted(row)}</td></tr>"
            )
        findings = (
            "<ul class='findings'>" + "".join(_finding_item(f) for f in by_key[key]) + "</ul>"
            if key in by_key
            else "<p class='muted'>All sources agree.</p>"
        )
        sections.append(
            f"<section class='key' id='{anchors[key]}' data-status='{status}'>"
            f"<h3><span class='badge {status}'>{_STATUS_LABEL[status]}</span> {escape(_label(key, labels))} "
            f"<code>{escape(key)}</code></h3>"
            "<table class='sortable cards'><thead><tr><th>source</th><th>published</th><th>figure</th>"
            "<th>reads as</th><th>sentence</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            + findings
            + "</section>"
        )
    sections.append("<p class='none' id='keys-none' hidden>Nothing matches the filter.</p>")
    return "".join(sections)


def _finding_item(finding: Finding) -> str:
    status = _row_status(finding)
    note = f"<br><span class='note'>Accepted: {escape(finding.accepted)}</span>" if finding.accepted else ""
    # The default message ends with the explanation, which has a line of its own here.
    said = finding.message.removesuffix(": " + finding.explanation)
    return (
        f"<li class='{status}'>{_badges(finding)} {escape(said)}<br>"
        f"<span class='why'>Why: {escape(finding.explanation)}</span>{note}</li>"
    )


def _sources(result: Result) -> str:
    rows = []
    for document in result.documents:
        published = document.published.isoformat() if document.published else "unknown"
        rows.append(
            f"<tr><td data-label='document'>{escape(document.id)}<br><code>{escape(document.path)}</code></td>"
            f"<td data-label='source'>{escape(document.source or 'source unknown')}</td>"
            f"<td data-label='published' class='date brief'>{published}</td>"
            f"<td data-label='date from' class='brief'>{escape(document.published_from or 'no date found')}</td>"
            f"<td data-label='title'>{escape(document.title or '')}</td></tr>"
        )
    return (
        "<h2>Sources</h2><table class='sortable cards' id='sources'><thead><tr><th>document</th><th>source</th>"
        "<th>published</th><th>date from</th><th>title</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _row_status(finding: Finding) -> str:
    if finding.severity == "info":
        return "info"
    return "accepted" if finding.accepted is not None else finding.severity


def _badges(finding: Finding) -> str:
    name = "note" if finding.severity == "info" else finding.severity
    badge = f"<span class='badge {finding.severity}'>{name}</span>"
    return badge + (" <span class='badge accepted'>accepted</span>" if finding.accepted is not None else "")


# ``row`` below is a row of the facts table (``DataFrame.itertuples``), whose fields are the Fact's.


def _highlighted(row: Any) -> str:
    """The fact's sentence, escaped, with the figure in <mark>."""
    local = row.start - row.sentence_start
    end = local + len(row.surface)
    return escape(row.sentence[:local]) + "<mark>" + escape(row.surface) + "</mark>" + escape(row.sentence[end:])


def _shown(row: Any) -> str:
    """How factcheck reads the figure: a date's TIMEX3 value, or the interval a hedged figure stands for."""
    if row.kind in ("date", "time"):
        return str(row.value)
    return Interval.of(row.low, row.high, row.closed).text(None if pd.isna(row.unit) else row.unit)


def _sort_value(row: Any) -> str:
    """A number to sort figures by (the low end of the interval, else its high end); dates sort as text."""
    if row.kind in ("date", "time"):
        return escape(str(row.value))
    interval = Interval.of(row.low, row.high, row.closed)
    for end in (interval.low, interval.high):
        if math.isfinite(end):
            return repr(end)
    return ""


def _label(key: str, labels: Mapping[str, str]) -> str:
    """The rule's description for a key, with what sets it apart from the rule's other keys
    ("event-date:give-way" -> "Date of the event (give way)", "magnitude@2004" -> "... (2004)"); else the key."""
    parts = Key.parse(key)
    if parts.rule not in labels:
        return key
    qualifiers = parts.qualifiers
    return labels[parts.rule] + (f" ({', '.join(q.replace('-', ' ') for q in qualifiers)})" if qualifiers else "")


def _anchors(keys: Iterable[str]) -> dict[str, str]:
    """An id per key, made of letters, digits and dashes, unique even where two keys differ only in punctuation."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        anchor = base = "key-" + "".join(c if c.isascii() and c.isalnum() else "-" for c in key)
        number = 1
        while anchor in taken:
            number += 1
            anchor = f"{base}-{number}"
        taken.add(anchor)
        found[key] = anchor
    return found
