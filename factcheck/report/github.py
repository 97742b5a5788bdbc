"""GitHub Actions workflow commands: one annotation line per spot, a file's line at one level
(``::error file=...,line=...::message``). Findings that meet at one spot (two figures on one line, one figure in
two findings) share its annotation, their messages one per line, instead of stacking repeats on one line of the
diff. Article text can hold anything, so every value is escaped as the Actions runner expects; otherwise a
newline in a quote would end the command and a "::" or "," in a file name would split its properties."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.draft import failing_findings
from factcheck.findings import Finding
from factcheck.report.controls import visible
from factcheck.report.locations import Location, fact_locations
from factcheck.report.summary import message_text, shown
from factcheck.result import Result

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}

Placed = tuple[Finding, Sequence[Location]]  # a finding and where its figures stand; it is placed at the first


def render(result: Result, show_info: bool = False) -> str:
    located = fact_locations(result)
    failing = failing_findings(result.review)
    spots: dict[object, list[Placed]] = {}
    for number, finding in enumerate(shown(result.findings, show_info)):
        places = [located[i] for i in finding.facts if i in located]
        # A finding with no place in a file stands alone: it has no line to share.
        spot = (places[0].path, places[0].region.start_line, command(finding, failing)) if places else number
        spots.setdefault(spot, []).append((finding, places))
    return "".join(annotation(placed, failing) + "\n" for placed in spots.values())


def command(finding: Finding, failing: frozenset[str] = frozenset()) -> str:
    """The annotation's level: the finding's severity; an error where it fails a draft's check (a contradicted or
    outdated figure, whatever the rule's severity); a notice once accepted, as it no longer fails the run."""
    if finding.accepted is not None:
        return "notice"
    return "error" if finding.id in failing else COMMANDS[finding.severity]


def annotation(placed: Sequence[Placed], failing: frozenset[str] = frozenset()) -> str:
    """One command for the findings placed at one spot (all at one file's line and level, or one without a place)."""
    messages = dict.fromkeys(_message(finding, places) for finding, places in placed)  # one text, said once
    heads = [places[0].region for _, places in placed if places]
    properties: dict[str, object] = {}
    if heads:
        first, last = min(heads, key=lambda r: r.start_column), max(heads, key=lambda r: (r.end_line, r.end_column))
        properties = {
            "file": placed[0][1][0].path,
            "line": first.start_line,
            "col": first.start_column,
            "endLine": last.end_line,
            "endColumn": last.end_column,
        }
    properties["title"] = ", ".join(dict.fromkeys(finding.rule for finding, _ in placed))
    listed = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    text = "\n".join(messages)  # GitHub shows each finding's message on a line of its own
    return f"::{command(placed[0][0], failing)} {listed}::{escape_data(text)}"


def _message(finding: Finding, places: Sequence[Location]) -> str:
    message = message_text(finding)
    if len(places) > 1:  # the annotation stands at one figure; say where the others are
        message += "; also at " + ", ".join(
            f"{p.path}:{p.region.start_line}:{p.region.start_column}" for p in places[1:]
        )
    if finding.accepted is not None:
        message += f"; accepted: {finding.accepted}"
    return message


def escape_data(text: str) -> str:
    # Line breaks are the runner's to decode; other control characters would reach the log viewer raw.
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
