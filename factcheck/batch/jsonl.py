"""The documents of one cluster of a JSON Lines corpus, from its lines. A line holds one JSON object with ``id``,
``cluster`` and ``text``, and optionally ``source``, ``published`` (YYYY-MM-DD) and ``title``; any other key is
refused, as in manifests and rule files (a misspelt ``publised`` would otherwise drop the date unseen). Every
problem names the file and the line."""

from __future__ import annotations

import json

from factcheck.batch.model import JsonlCluster, Problem
from factcheck.documents import Document, document_from_record
from factcheck.errors import InputError

KEYS = ("id", "cluster", "text", "source", "published", "title")


def read_lines(task: JsonlCluster) -> tuple[list[Document], list[Problem]]:
    documents: list[Document] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for number, raw in task.lines:
        where = f"{task.file}:{number}"
        try:
            doc_id, text, fields, warning = _parse(raw, where)
        except InputError as error:
            problems.append(Problem("error", task.cluster, None, where, error.problem))
            continue
        if doc_id in first_line:
            problems.append(Problem("error", task.cluster, doc_id, where,
                                    f"the id '{doc_id}' is already used by line {first_line[doc_id]}"))
            continue
        try:
            documents.append(document_from_record(doc_id, where, text, fields))
        except InputError as error:
            problems.append(Problem("error", task.cluster, doc_id, where, error.problem))
            continue
        first_line[doc_id] = number
        if warning:
            problems.append(Problem("warning", task.cluster, doc_id, where, warning))
    return documents, problems


def _parse(raw: bytes, where: str) -> tuple[str, str, dict[str, object], str | None]:
    """(id, text, metadata fields, warning) of one line; InputError naming the problem."""
    try:
        record = json.loads(raw)
    except ValueError as error:  # the index pass let it through, so the file changed since
        raise InputError(where, f"not valid JSON ({error})") from None
    except RecursionError:
        raise InputError(where, "JSON nested too deeply to read") from None
    if not isinstance(record, dict):
        raise InputError(where, "not a JSON object")
    unknown = sorted(str(k) for k in record if k not in KEYS)
    if unknown:
        raise InputError(where, f"unknown key '{unknown[0]}' (a line holds {', '.join(KEYS)})")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or not str(doc_id).strip():
        raise InputError(where, "no 'id' (a non-empty string)")
    if "text" not in record:
        raise InputError(where, "no 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(where, "'text' must be a string")
    warning = None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate escaped in the JSON ("\ud800")
        text = text.encode("utf-8", "replace").decode("utf-8")
        warning = (f"'text' is not valid Unicode (first bad character at {error.start}); read with replacement "
                   "characters")
    fields = {key: record.get(key) for key in ("source", "published", "title")}
    return str(doc_id), text, fields, warning
