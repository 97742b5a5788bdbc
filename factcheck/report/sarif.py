"""SARIF 2.1.0, the format code-scanning services read (GitHub's upload-sarif among them): one run, one result
per finding, located at every figure the finding quotes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import quote

from factcheck import __version__
from factcheck.draft import failing_findings
from factcheck.findings import Finding
from factcheck.report.locations import Location, fact_locations
from factcheck.report.summary import message_text, shown
from factcheck.result import Result

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factcheckFinding/v1"
# Findings on keys no rule claims carry the rule id "auto"; it has no rule file to describe it.
_AUTO_DESCRIPTION = "Possibly the same figure (a key no rule claims, guessed from kind, unit and counted thing)"


def render(result: Result, show_info: bool = False) -> str:
    findings = shown(result.findings, show_info)
    located = fact_locations(result)
    failing = failing_findings(result.review)  # a warning that fails a draft's check is an error there
    rule_ids = sorted({f.rule for f in findings})
    rule_index = {rule_id: number for number, rule_id in enumerate(rule_ids)}
    run = {
        "tool": {"driver": {"name": "factcheck", "version": __version__, "rules": _rules(result, rule_ids)}},
        "columnKind": "utf16CodeUnits",  # what report/locations.py counts; stated, though it is the default
        "results": [
            _result(f, rule_index[f.rule], [located[i] for i in f.facts if i in located], f.id in failing)
            for f in findings
        ],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rules(result: Result, rule_ids: list[str]) -> list[dict[str, object]]:
    by_id = {r.id: (r.description, r.severity) for r in result.rules}
    descriptors = []
    for rule_id in rule_ids:
        description, severity = by_id.get(rule_id, (_AUTO_DESCRIPTION, "info"))
        descriptors.append(
            {
                "id": rule_id,
                "shortDescription": {"text": plain_message(description)},
                "defaultConfiguration": {"level": LEVELS[severity]},
            }
        )
    return descriptors


def _result(finding: Finding, rule_index: int, places: list[Location], fails: bool = False) -> dict[str, object]:
    result: dict[str, object] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": "error" if fails else LEVELS[finding.severity],
        "message": {"text": plain_message(message_text(finding))},
        "locations": [_location(place) for place in places],
        "partialFingerprints": {FINGERPRINT: fingerprint(finding, places)},
        "properties": {"key": finding.key},  # what an accepted-disagreements entry names
    }
    if finding.accepted is not None:
        result["suppressions"] = [{"kind": "external", "justification": finding.accepted}]
    return result


def plain_message(text: str) -> str:
    """A plain-text SARIF message: "[text](target)" in one is an embedded link (SARIF 2.1.0, 3.11.6), which code
    scanning shows as a link, so the backslashes and square brackets of article text are escaped with a backslash
    ("[click](javascript:...)" stays text)."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _location(place: Location) -> dict[str, object]:
    region = place.region
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(place.path)},
            "region": {
                "startLine": region.start_line,
                "startColumn": region.start_column,
                "endLine": region.end_line,
                "endColumn": region.end_column,
                "snippet": {"text": place.snippet},
            },
        }
    }


def _uri(path: str) -> str:
    # A relative reference, percent-encoded ("news/café report.md" -> "news/caf%C3%A9%20report.md"); a file
    # outside the current directory gets an absolute file: URI.
    return Path(path).as_uri() if Path(path).is_absolute() else quote(path)


def fingerprint(finding: Finding, places: list[Location]) -> str:
    """The same disagreement gets the same fingerprint run after run, so code scanning keeps one alert for it:
    rule, key, and each figure as written with its document, but no offsets, which move whenever text above the
    figure is edited. The document ids keep apart two pairs of papers that print the same two figures."""
    figures = sorted(f"{place.doc}\x1f{place.snippet}" for place in places)
    text = "\x1e".join([finding.rule, finding.key, *figures])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
