"""A draft's figures as every report shows them: one row per figure, with its status, what the sources say and
why, most urgent first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from factcheck.documents import Document
from factcheck.draft import ASSUMED_TODAY, STATUSES
from factcheck.report.summary import Quote, counted, quotes
from factcheck.result import Result

_SEVERITY_ORDER = ("error", "warning", "info")
_WHY = {"disputed": "the sources disagree: "}
_NOTED = "a source may tell it otherwise (a note, too unsure to fail the run): "


@dataclass(frozen=True, slots=True)
class FigureRow:
    fact: str
    status: str
    severity: str | None  # of the most severe finding that decides the status (none for backed, unsupported)
    key: str | None
    surface: str
    line: int  # in the draft file as read, front matter included
    against: tuple[Quote, ...]  # the other side of its findings
    backing: tuple[Quote, ...]  # sources that state the same figure
    why: str


@dataclass(frozen=True, slots=True)
class DraftView:
    document: Document
    sources: int
    rows: tuple[FigureRow, ...]  # every figure of the draft, most urgent first, then in text order
    errors: int  # open (not accepted) findings involving the draft
    warnings: int

    @property
    def checked(self) -> tuple[FigureRow, ...]:
        return tuple(r for r in self.rows if r.status != "unchecked")

    @property
    def unchecked(self) -> tuple[FigureRow, ...]:
        return tuple(r for r in self.rows if r.status == "unchecked")

    @property
    def dated(self) -> str:
        """The draft's date as the reports state it, and where it came from."""
        if self.document.published_from == ASSUMED_TODAY:
            return f"{self.document.published} (no date given: read as published today)"
        return f"{self.document.published or 'date unknown'} ({self.document.published_from or 'no date found'})"


def draft_views(result: Result) -> list[DraftView]:
    """One view per draft; empty when the result is not a draft check."""
    if result.review is None:
        return []
    figures = result.review.figures
    quoted = quotes(result, {i for f in figures for i in (f.fact, *f.against, *f.backing)})
    findings = {f.id: f for f in result.findings}
    starts = dict(zip(result.facts["id"], result.facts["start"], strict=True))
    views = []
    for document in result.documents:
        if document.id not in result.review.drafts:
            continue
        rows = []
        for figure in (f for f in figures if f.draft == document.id):
            about = [findings[i] for i in figure.findings]
            deciding = [f for f in about if f.accepted is None] or about
            worst = min(deciding, key=lambda f: _SEVERITY_ORDER.index(f.severity), default=None)
            own = quoted[figure.fact]
            if figure.status == "accepted":
                why = f"accepted: {figure.note}"
            elif figure.status == "unsupported" and worst is not None:
                why = f"no source states this figure; {_NOTED}{worst.explanation}"
                worst = None  # a note beside it, not what decides its status
            elif worst is not None:
                why = _WHY.get(figure.status, "") + worst.explanation
            elif figure.status == "backed":
                why = f"stated by {counted(len({quoted[i].doc for i in figure.backing}), 'source')}"
            elif figure.status == "unsupported":
                why = "no source states this figure"
            else:
                why = "not compared: factcheck cannot tell what it is about"
            rows.append(FigureRow(
                figure.fact, figure.status, worst.severity if worst else None, figure.key, own.surface,
                document.text.count("\n", 0, int(starts[figure.fact])) + 1,
                _distinct(quoted[i] for i in figure.against), _distinct(quoted[i] for i in figure.backing), why,
            ))
        rows.sort(key=lambda r: (STATUSES.index(r.status), _SEVERITY_ORDER.index(r.severity or "info")))
        own_findings = [f for f in result.findings if f.accepted is None
                        and any(i in {r.fact for r in rows} for i in f.facts)]
        views.append(DraftView(
            document, len(result.review.sources), tuple(rows),
            sum(f.severity == "error" for f in own_findings), sum(f.severity == "warning" for f in own_findings),
        ))
    return views


def _plain(text: str) -> str:
    return text


def review_headline(view: DraftView, error: Callable[[str], str] = _plain,
                    warning: Callable[[str], str] = _plain) -> str:
    """"9 figures checked: 2 contradicted, 1 outdated, 6 backed; 4 not checked; disagreements: 2 errors,
    1 warning"."""
    statuses = [r.status for r in view.checked]
    parts = ", ".join(f"{statuses.count(s)} {s}" for s in STATUSES if statuses.count(s))
    unchecked = f"; {len(view.unchecked)} not checked" if view.unchecked else ""
    return (f"{counted(len(statuses), 'figure')} checked" + (f": {parts}" if parts else "") + unchecked
            + f"; disagreements: {error(counted(view.errors, 'error'))}, "
            f"{warning(counted(view.warnings, 'warning'))}")


def _distinct(found: Iterable[Quote]) -> tuple[Quote, ...]:
    """One quote per document and figure as written: a story that repeats "more than a million" says it once."""
    seen: dict[tuple[str, str], Quote] = {}
    for quote in found:
        seen.setdefault((quote.doc, quote.surface), quote)
    return tuple(seen.values())
