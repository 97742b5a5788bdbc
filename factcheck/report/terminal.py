"""The terminal report: a rich table of findings and a summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table

from factcheck.facts import Fact
from factcheck.pipeline import Result
from factcheck.report.summary import headline, quotes, shown, summarize

_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def _console(stream: TextIO) -> Console:
    # A pipe or a file gets a width that keeps quotes readable, not the 80 columns rich assumes.
    terminal = hasattr(stream, "isatty") and stream.isatty()
    return Console(file=stream, highlight=False, width=None if terminal else 140)


def print_findings(result: Result, stream: TextIO, show_info: bool = False) -> None:
    console = _console(stream)
    summary = summarize(result)
    listed = shown(result.findings, show_info)
    quoted = quotes(result)
    if listed:
        table = Table(title="Disagreements between sources", show_lines=True, expand=True)
        table.add_column("", no_wrap=True)
        table.add_column("what", ratio=1)
        table.add_column("one source says", ratio=2)
        table.add_column("another says", ratio=2)
        table.add_column("why", ratio=2)
        for finding in listed:
            sides = [quoted[i] for i in finding.facts if i in quoted]
            cells = [f'"{q.surface}"\n[dim]{q.source}, {q.published}[/dim]' for q in sides]
            why = finding.explanation
            table.add_row(
                f"[{_STYLE[finding.severity]}]{finding.severity}[/]", finding.key, *([*cells, "", ""])[:2], why
            )
        console.print(table)
    else:
        console.print("[green]No disagreements between sources.[/green]")
    console.print(
        headline(summary, lambda text: f"[bold red]{text}[/]", lambda text: f"[yellow]{text}[/]")
        + ("" if show_info or not summary.infos else " (shown with --show-info)")
    )


def print_facts(facts: Sequence[Fact], stream: TextIO) -> None:
    console = _console(stream)
    table = Table(title=f"{len(facts)} facts", expand=True)
    columns = ("doc", "kind", "surface", "value", "low", "high", "unit", "hedge", "subject")
    for column in columns:
        table.add_column(column, overflow="fold")
    for fact in facts:
        table.add_row(*("" if getattr(fact, c) is None else str(getattr(fact, c)) for c in columns))
    console.print(table)
