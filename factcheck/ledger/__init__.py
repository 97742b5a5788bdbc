"""A ledger of what the newsroom published: documents with their facts, kept between runs, searched for the
stories about a draft's event (``factcheck ledger``, ``factcheck check DRAFT --against-ledger``).

``open_ledger`` is the one place that picks the storage for a location; everything else speaks to the ``Ledger``
interface (store.py)."""

from __future__ import annotations

from pathlib import Path

from factcheck.ledger.retrieve import DEFAULT_LIMIT, DEFAULT_WINDOW_DAYS, query_terms, stories_about
from factcheck.ledger.sqlite import SqliteLedger
from factcheck.ledger.store import Added, Ledger, Stats, Stored, content_digest, default_ledger_path

__all__ = ["DEFAULT_LIMIT", "DEFAULT_WINDOW_DAYS", "Added", "Ledger", "Stats", "Stored", "content_digest",
           "default_ledger_path", "open_ledger", "query_terms", "stories_about"]


def open_ledger(location: str | Path | None = None, create: bool = False) -> Ledger:
    """The ledger at ``location`` (default: ``default_ledger_path()``): a PostgreSQL database for a
    ``postgresql://`` (or ``postgres://``) URL, else an SQLite file. ``create``: make it when it does not exist
    (adding does; reading a ledger that is not there is an error)."""
    if isinstance(location, str) and location.startswith(("postgresql://", "postgres://")):
        from factcheck.ledger.postgres import PostgresLedger  # psycopg is loaded only for a PostgreSQL ledger

        return PostgresLedger(location, create)
    return SqliteLedger(location or default_ledger_path(), create)
