"""factcheck: find the figures and dates in several reports of one event and flag where they disagree.

>>> import factcheck
>>> result = factcheck.check(["examples/"])
>>> result.facts            # the facts table (pandas)
>>> result.findings         # disagreements between sources
>>> factcheck.check_draft(["draft.md"], ["sources/"]).review   # a draft's figures: backed, contradicted, ...
>>> factcheck.check_documents(documents, factcheck.load_rules())  # documents already read, or made in memory
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["COLUMNS", "Document", "Fact", "Finding", "Result", "__version__", "check", "check_documents", "check_draft",
           "extract", "load_rules", "read_documents"]

# The public API, imported on first use (PEP 562) so that the command line starts without pandas.
_API = {"Document": "factcheck.documents", "read_documents": "factcheck.documents", "extract": "factcheck.extract",
        "COLUMNS": "factcheck.facts", "Fact": "factcheck.facts", "Finding": "factcheck.findings",
        "Result": "factcheck.result", "check": "factcheck.pipeline", "check_draft": "factcheck.pipeline",
        "check_documents": "factcheck.pipeline", "load_rules": "factcheck.rules.loader"}

if TYPE_CHECKING:
    from factcheck.documents import Document, read_documents
    from factcheck.extract import extract
    from factcheck.facts import COLUMNS, Fact
    from factcheck.findings import Finding
    from factcheck.pipeline import check, check_documents, check_draft
    from factcheck.result import Result
    from factcheck.rules.loader import load_rules


def __getattr__(name: str) -> object:
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
