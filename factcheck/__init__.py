"""factcheck: find the figures and dates in several reports of one event and flag where they disagree.

>>> import factcheck
>>> result = factcheck.check(["examples/"])
>>> result.facts            # the facts table (pandas)
>>> result.findings         # disagreements between sources
"""

from factcheck.documents import Document, read_documents
from factcheck.extract import extract
from factcheck.facts import COLUMNS, Fact
from factcheck.findings import Finding
from factcheck.pipeline import Result, check
from factcheck.rules.loader import load_rules

__version__ = "0.1.0"
__all__ = [
    "COLUMNS",
    "Document",
    "Fact",
    "Finding",
    "Result",
    "__version__",
    "check",
    "extract",
    "load_rules",
    "read_documents",
]
