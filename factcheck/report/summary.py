"""Counts every report shows first."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.findings import Finding
from factcheck.result import Result
from factcheck.rules.intervals import Interval


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    facts: int
    keys: int
    compared_keys: int
    disagreeing_keys: int
    errors: int
    warnings: int
    infos: int


def summarize(result: Result) -> Summary:
    facts = result.facts
    keyed = facts[facts["key"].notna()]
    per_key = keyed.groupby("key")["doc"].nunique()
    severities = [f.severity for f in result.findings]
    return Summary(
        documents=len(result.documents),
        facts=len(facts),
        keys=int(per_key.size),
        compared_keys=int((per_key > 1).sum()),
        disagreeing_keys=len({f.key for f in result.findings if f.severity != "info"}),
        errors=severities.count("error"),
        warnings=severities.count("warning"),
        infos=severities.count("info"),
    )


def _plain(text: str) -> str:
    return text


def counted(number: int, noun: str) -> str:
    """"1 error", "3 errors", "1,204 facts"."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def headline(summary: Summary, error: Callable[[str], str] = _plain, warning: Callable[[str], str] = _plain) -> str:
    """The counts every report opens or closes with; ``error`` and ``warning`` mark up their counts."""
    return (f"{counted(summary.documents, 'document')}, {counted(summary.facts, 'fact')}, "
            f"{counted(summary.compared_keys, 'figure')} reported by more than one source: "
            f"{error(counted(summary.errors, 'error'))}, {warning(counted(summary.warnings, 'warning'))}, "
            f"{counted(summary.infos, 'note')}")


@dataclass(frozen=True, slots=True)
class Quote:
    """One side of a finding, ready to print."""

    fact_id: str
    doc: str
    source: str
    published: str
    surface: str
    sentence: str
    offset: int  # where the surface starts inside the sentence
    interval: str


def quotes(result: Result, wanted: Iterable[str] | None = None) -> dict[str, Quote]:
    """The facts ``wanted`` (default: every fact that a finding names), by fact id."""
    wanted = set(wanted) if wanted is not None else {i for finding in result.findings for i in finding.facts}
    by_doc = {d.id: d for d in result.documents}
    rows = result.facts[result.facts["id"].isin(wanted)]
    found: dict[str, Quote] = {}
    for row in rows.itertuples(index=False):
        document = by_doc[row.doc]
        found[row.id] = Quote(
            row.id,
            row.doc,
            document.source or document.id,
            document.published.isoformat() if document.published else "date unknown",
            row.surface,
            row.sentence,
            row.start - row.sentence_start,
            Interval.of(row.low, row.high, row.closed).text() if row.kind not in ("date", "time") else str(row.value),
        )
    return found


def sides(finding: Finding, quoted: Mapping[str, Quote]) -> list[list[Quote]]:
    """The quotes of each side of a finding, the side that stands alone first (one fact a side for a finding
    without sides, as a single figure checked on its own)."""
    groups = finding.sides or tuple((i,) for i in finding.facts)
    return [found for found in ([quoted[i] for i in group if i in quoted] for group in groups) if found]


def shown(findings: Sequence[Finding], show_info: bool) -> list[Finding]:
    """The findings a report lists: notes (severity info) only when asked for with --show-info."""
    return [f for f in findings if show_info or f.severity != "info"]


def message_text(finding: Finding) -> str:
    """The finding's message with its explanation, for formats that carry one line of text per finding. The
    default message templates end with the explanation already; a custom one may leave it out."""
    if finding.explanation in finding.message:
        return finding.message
    return f"{finding.message}: {finding.explanation}"


KEY_STATUSES = ("error", "warning", "accepted", "agree")


def key_statuses(result: Result) -> dict[str, str]:
    """Each thing counted or dated that more than one source reports, or that a finding names, with its
    status, worst first: ``error`` or ``warning`` when an open finding of that severity names it,
    ``accepted`` when an editor has accepted every disagreement about it, else ``agree``. Notes (severity
    info) are no disagreement."""
    keyed = result.facts[result.facts["key"].notna()]
    per_key = keyed.groupby("key")["doc"].nunique()
    statuses = {str(key): "agree" for key, sources in per_key.items() if sources > 1}
    for finding in result.findings:
        statuses.setdefault(finding.key, "agree")
        if finding.severity == "info":
            continue
        status = "accepted" if finding.accepted is not None else finding.severity
        if KEY_STATUSES.index(status) < KEY_STATUSES.index(statuses[finding.key]):
            statuses[finding.key] = status
    return dict(sorted(statuses.items(), key=lambda item: (KEY_STATUSES.index(item[1]), item[0])))
