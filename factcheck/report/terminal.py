"""The terminal report: a rich table of findings and a summary. Every piece of article text (and file name) goes
through ``escape``: "[/]" in a source's name would otherwise end a style, or stop the report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.markup import escape as escape_markup
from rich.table import Table

from factcheck.facts import Fact
from factcheck.report.controls import visible
from factcheck.report.review import DraftView, draft_views, review_headline
from factcheck.report.summary import Quote, counted, headline, quotes, shown, sides, summarize
from factcheck.result import Result

_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}
_STATUS_STYLE = {"contradicted": "bold red", "disputed": "yellow", "outdated": "bold red", "accepted": "cyan",
                 "unsupported": "dim", "backed": "green"}
_QUOTES_SHOWN = 3  # sources quoted against a figure; the rest are counted
_BACKING_SHOWN = 2


def _console(stream: TextIO) -> Console:
    # A pipe or a file gets a width that keeps quotes readable, not the 80 columns rich assumes.
    terminal = hasattr(stream, "isatty") and stream.isatty()
    return Console(file=stream, highlight=False, width=None if terminal else 140)


def escape(text: str) -> str:
    """Text for a rich console: its markup escaped, its control characters shown (see report.controls)."""
    return escape_markup(visible(text))


def print_findings(result: Result, stream: TextIO, show_info: bool = False) -> None:
    console = _console(stream)
    summary = summarize(result)
    listed = shown(result.findings, show_info)
    quoted = quotes(result)
    if listed:
        table = Table(title="Disagreements between sources", show_lines=True, expand=True)
        table.add_column("", no_wrap=True)
        table.add_column("what", ratio=1)
        table.add_column("one side says", ratio=2)
        table.add_column("the other side says", ratio=2)
        table.add_column("why", ratio=2)
        for finding in listed:
            groups = sides(finding, quoted)
            cells = [_quotes(groups[0], _QUOTES_SHOWN) if groups else "",
                     "\n[dim]against[/dim]\n".join(_quotes(group, _QUOTES_SHOWN) for group in groups[1:])]
            table.add_row(f"[{_STYLE[finding.severity]}]{finding.severity}[/]", escape(finding.key), *cells,
                          escape(finding.explanation))
        console.print(table)
    else:
        console.print("[green]No disagreements between sources.[/green]")
    console.print(
        headline(summary, lambda text: f"[bold red]{text}[/]", lambda text: f"[yellow]{text}[/]")
        + ("" if show_info or not summary.infos else " (shown with --show-info)")
    )


def print_review(result: Result, stream: TextIO, show_info: bool = False) -> None:
    """Each draft's figures: what the draft says, what the sources say, and the status."""
    console = _console(stream)
    for view in draft_views(result):
        _print_view(console, view)
    notes = [f for f in result.findings if f.severity == "info"]
    if notes and not show_info:
        console.print(f"{len(notes)} note(s) on guessed keys not shown (shown with --show-info)")
    elif notes:
        quoted = quotes(result)
        for finding in notes:
            sides = ", ".join(f'"{escape(quoted[i].surface)}" ({escape(quoted[i].source)})' for i in finding.facts)
            console.print(f"[dim]note[/dim] {escape(finding.key)}: {sides}: {escape(finding.explanation)}")


def _print_view(console: Console, view: DraftView) -> None:
    document = view.document
    table = Table(
        title=f"Draft {escape(document.path)}, {escape(view.dated)}, against {counted(view.sources, 'source')}",
        show_lines=True,
        expand=True,
    )
    table.add_column("status", no_wrap=True)
    table.add_column("what", ratio=2, overflow="fold")
    table.add_column("the draft says", ratio=2)
    table.add_column("the sources say", ratio=3)
    table.add_column("why", ratio=3)
    for row in view.checked:
        status = f"[{_STATUS_STYLE[row.status]}]{row.status}[/]"
        if row.severity:
            status += f"\n[dim]{row.severity}[/dim]"
        sources = _quotes(row.backing, _BACKING_SHOWN)
        if row.against:
            sources = _quotes(row.against, _QUOTES_SHOWN) + (f"\n[dim]stated by[/dim]\n{sources}" if sources else "")
        table.add_row(status, escape(row.key or ""), f'"{escape(row.surface)}"\n[dim]line {row.line}[/dim]', sources,
                      escape(row.why))
    if view.checked:
        console.print(table)
    else:
        console.print(f"Draft {escape(document.path)}: no figure that a source could state")
    if view.unchecked:
        listed = ", ".join(f'"{escape(r.surface)}" (line {r.line})' for r in view.unchecked)
        console.print(f"[dim]Not checked, factcheck cannot tell what they are about: {listed}[/dim]")
    console.print(review_headline(view, lambda text: f"[bold red]{text}[/]", lambda text: f"[yellow]{text}[/]"))


def _quotes(found: Sequence[Quote], limit: int) -> str:
    shown = [f'"{escape(q.surface)}"\n[dim]{escape(q.source)}, {q.published}[/dim]' for q in found[:limit]]
    more = len(found) - limit
    return "\n".join(shown) + (f"\n[dim]and {more} more[/dim]" if more > 0 else "")


def print_facts(facts: Sequence[Fact], stream: TextIO) -> None:
    console = _console(stream)
    table = Table(title=f"{len(facts)} facts", expand=True)
    columns = ("doc", "kind", "surface", "value", "low", "high", "unit", "hedge", "subject")
    for column in columns:
        table.add_column(column, overflow="fold")
    for fact in facts:
        table.add_row(*("" if getattr(fact, c) is None else escape(str(getattr(fact, c))) for c in columns))
    console.print(table)
