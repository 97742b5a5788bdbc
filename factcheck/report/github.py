"""GitHub Actions workflow commands: one annotation line per finding, placed at the first figure it quotes
(``::error file=...,line=...::message``). Article text can hold anything, so every value is escaped as the
Actions runner expects; otherwise a newline in a quote would end the command and a "::" or "," in a file
name would split its properties."""

from __future__ import annotations

from factcheck.findings import Finding
from factcheck.pipeline import Result
from factcheck.report.controls import visible
from factcheck.report.locations import Location, fact_locations
from factcheck.report.summary import message_text, shown

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(result: Result, show_info: bool = False) -> str:
    located = fact_locations(result)
    lines = [
        annotation(finding, [located[i] for i in finding.facts if i in located])
        for finding in shown(result.findings, show_info)
    ]
    return "".join(line + "\n" for line in lines)


def annotation(finding: Finding, places: list[Location]) -> str:
    # An accepted disagreement no longer fails the run; an error annotation would say it does.
    command = "notice" if finding.accepted is not None else COMMANDS[finding.severity]
    message = message_text(finding)
    if len(places) > 1:  # the annotation stands at one figure; say where the others are
        message += "; also at " + ", ".join(
            f"{p.path}:{p.region.start_line}:{p.region.start_column}" for p in places[1:]
        )
    if finding.accepted is not None:
        message += f"; accepted: {finding.accepted}"
    properties: dict[str, object] = {}
    if places:
        first = places[0]
        properties = {
            "file": first.path,
            "line": first.region.start_line,
            "col": first.region.start_column,
            "endLine": first.region.end_line,
            "endColumn": first.region.end_column,
        }
    properties["title"] = finding.rule
    listed = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{command} {listed}::{escape_data(message)}"


def escape_data(text: str) -> str:
    # Line breaks are the runner's to decode; other control characters would reach the log viewer raw.
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
