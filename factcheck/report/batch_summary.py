"""The summary of a batch: ``summary.json`` for programs, ``summary.md`` for people, and the line the command
ends with. Problems are listed up to a few dozen; every one of them is in ``errors.parquet``."""

from __future__ import annotations

import json

from factcheck.batch.model import SEVERITIES, BatchSummary, Problem
from factcheck.report.markdown import escape
from factcheck.report.summary import counted

SCHEMA = "factcheck-batch/1"
FILES = ("documents.parquet", "facts.parquet", "findings.parquet", "errors.parquet")


def render_json(summary: BatchSummary) -> str:
    payload = {
        "schema": SCHEMA,
        "corpus": summary.corpus,
        "output": summary.output,
        "files": list(FILES),
        "runner": summary.runner,
        "clusters": summary.clusters,
        "failed_clusters": summary.failed_clusters,
        "documents": summary.documents,
        "facts": summary.facts,
        "findings": {**dict(zip(SEVERITIES, summary.severities, strict=True)), "accepted": summary.accepted},
        "errors": summary.errors,
        "warnings": summary.warnings,
        "problems": [_problem_record(p) for p in summary.problems],
        "cache": {"folder": summary.cache, "documents_extracted": summary.extracted,
                  "documents_from_cache": summary.facts_cached, "clusters_from_cache": summary.clusters_cached},
        "ledger": {"location": summary.ledger, "documents_stored": summary.ledger_stored,
                   "documents_already_there": summary.ledger_unchanged} if summary.ledger else None,
        "seconds": round(summary.seconds, 3),
        "documents_per_second": round(summary.documents_per_second, 1),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_markdown(summary: BatchSummary) -> str:
    error, warning, info = summary.severities
    lines = [
        "# factcheck batch",
        "",
        f"Corpus `{summary.corpus}`, checked {summary.runner} in {summary.seconds:,.1f} s "
        f"({summary.documents_per_second:,.1f} documents per second).",
        "",
        "| | |",
        "|---|---:|",
        f"| clusters | {summary.clusters:,} |",
        f"| clusters that failed | {summary.failed_clusters:,} |",
        f"| documents checked | {summary.documents:,} |",
        f"| facts | {summary.facts:,} |",
        f"| findings: errors | {error:,} |",
        f"| findings: warnings | {warning:,} |",
        f"| findings: notes | {info:,} |",
        f"| findings an editor accepted | {summary.accepted:,} |",
        f"| input errors (documents, lines or clusters not checked) | {summary.errors:,} |",
        f"| input warnings | {summary.warnings:,} |",
        f"| documents extracted | {summary.extracted:,} |",
        f"| documents whose facts came from the cache | {summary.facts_cached:,} |",
        f"| clusters whose rows came from the cache | {summary.clusters_cached:,} |",
        f"| cache | {_cache(summary)} |",
        *([f"| ledger | `{summary.ledger}` |", f"| documents stored in the ledger | {summary.ledger_stored:,} |",
           f"| documents the ledger held already | {summary.ledger_unchanged:,} |"] if summary.ledger else []),
        "",
        "Tables in this folder: " + ", ".join(f"`{name}`" for name in FILES) + ".",
    ]
    if summary.problems:
        shown = len(summary.problems)
        total = summary.errors + summary.warnings
        lines += ["", "## Problems" + (f" (the first {shown} of {total:,}; all are in `errors.parquet`)"
                                       if shown < total else ""), ""]
        lines += [f"- {p.level}: {escape(problem_line(p))}" for p in summary.problems]
    return "\n".join(lines) + "\n"


def headline(summary: BatchSummary) -> str:
    error, warning, info = summary.severities
    return (f"{counted(summary.clusters, 'cluster')}, {counted(summary.documents, 'document')}, "
            f"{counted(summary.facts, 'fact')}: {counted(error, 'error')}, {counted(warning, 'warning')}, "
            f"{counted(info, 'note')}; {counted(summary.errors, 'input error')}; "
            f"{summary.seconds:,.1f} s, {summary.documents_per_second:,.1f} documents/s")


def ledger_line(summary: BatchSummary) -> str | None:
    """``ledger ledger.sqlite: 982 documents stored, 0 already there``; None without a ledger."""
    if summary.ledger is None:
        return None
    return (f"ledger {summary.ledger}: {counted(summary.ledger_stored, 'document')} stored, "
            f"{summary.ledger_unchanged:,} already there")


def problem_line(problem: Problem) -> str:
    """``cluster t01: corpus.jsonl:12: no 'text'``."""
    where = [f"cluster {problem.cluster}"] if problem.cluster else []
    where += [problem.path] if problem.path else []
    return ": ".join([*where, problem.message])


def _cache(summary: BatchSummary) -> str:
    return "off" if summary.cache is None else f"`{summary.cache}`"


def _problem_record(problem: Problem) -> dict[str, str | None]:
    return {"level": problem.level, "cluster": problem.cluster, "document": problem.document, "path": problem.path,
            "message": problem.message}
