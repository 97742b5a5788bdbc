"""The ledger (factcheck/ledger/): documents and their facts kept in an SQLite file or a PostgreSQL database, found
again for a draft's event, and `factcheck check DRAFT --against-ledger`. The tests of what a ledger does run on both
stores (the `location` fixture); the PostgreSQL ones are slow (a server for the session, tests/conftest.py). The
stories are fictional, written for these tests: a ferry that sank on a lake (three reports and an older story about
the same ferry line), and a mill fire in another town."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from factcheck.documents import read_documents
from factcheck.ledger import open_ledger, query_terms, stories_about
from factcheck.ledger.migrations import APPLICATION_ID, LATEST
from factcheck.ledger.postgres import shown_url
from factcheck.ledger.postgres_migrations import LATEST as LATEST_POSTGRES
from factcheck.ledger.sqlite import SqliteLedger
from factcheck.ledger.store import Stats, Stored
from factcheck.report.ledger import stories_lines
from tests.conftest import ROOT, run_cli

STORIES = {
    "ferry_wire": ("2025-04-11", "Varnholm Courier", "Ferry Aurora Belle sinks on Lake Varnholm", (
        "The passenger ferry Aurora Belle sank on Lake Varnholm on Thursday evening after striking rocks near "
        "Tesselby harbour. Ostmark Ferries said 12 people died and 40 passengers were rescued by fishing boats. "
        "The ferry carried 52 people when it left Tesselby.")),
    "ferry_local": ("2025-04-12", "Tesselby Herald", "Divers search the wreck of the Aurora Belle", (
        "Divers searched the wreck of the Aurora Belle in Lake Varnholm on Friday. Ostmark Ferries confirmed that "
        "12 people died in the sinking near Tesselby harbour, and that 40 passengers survived. The captain of "
        "the ferry was questioned by the Varnholm police.")),
    "ferry_follow": ("2025-04-13", "Northern Lakes Review", "Questions for Ostmark Ferries after the Aurora Belle "
                     "sinking", (
        "Families of the victims of the Aurora Belle asked Ostmark Ferries why the ferry sailed in fog. Twelve "
        "people died when the ferry sank on Lake Varnholm near Tesselby, and 40 were rescued. The company said "
        "the ferry was inspected in March.")),
    "ferry_old": ("2024-11-02", "Varnholm Courier", "Ostmark Ferries adds a second ferry on Lake Varnholm", (
        "Ostmark Ferries will run the Aurora Belle beside its older ferry on Lake Varnholm from Tesselby harbour. "
        "The company said the ferry carries up to 60 passengers and that 14 crew members were hired.")),
    "mill_fire": ("2025-04-12", "Kellbridge Post", "Fire destroys the Dunmore textile mill", (
        "A fire destroyed the Dunmore textile mill in Kellbridge on Friday. Three workers were killed and 25 were "
        "treated for smoke, the fire brigade said. The mill employed 300 people.")),
}
DRAFT = """---
title: Aurora Belle ferry sinking on Lake Varnholm
source: Our desk (draft)
published: 2025-04-14
---

The ferry Aurora Belle sank on Lake Varnholm near Tesselby harbour, and Ostmark Ferries says 10 people died.
Some 40 passengers were rescued by fishing boats. The ferry carried 62 people when it left Tesselby.
"""
FERRY_EVENT = {"ferry_wire", "ferry_local", "ferry_follow"}


def write_stories(folder: Path, names: object = STORIES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:  # type: ignore[attr-defined]
        published, source, title, text = STORIES[name]
        (folder / f"{name}.md").write_text(f"---\ntitle: {title}\nsource: {source}\npublished: {published}\n---\n\n"
                                           f"{text}\n", encoding="utf-8")
    return folder


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    return write_stories(tmp_path / "stories")


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft" / "ferry_draft.md"
    path.parent.mkdir()
    path.write_text(DRAFT, encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.slow)])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where an empty ledger can be made: an SQLite file that does not exist yet, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "l.sqlite")
    return request.getfixturevalue("postgres_database")


def execute(location: str, statement: str) -> list[tuple]:
    """Run one SQL statement on a ledger's database behind its back (the tables' names are the same in both
    stores); the rows it returns."""
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True, options="-c search_path=factcheck,public") as db:
            cursor = db.execute(statement)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []
    with contextlib.closing(sqlite3.connect(location)) as db, db:
        return db.execute(statement).fetchall()


def documents(folder: Path) -> list:
    return list(read_documents([folder]).documents)


def test_add_stats_remove(location: str, stories: Path) -> None:
    with open_ledger(location, create=True) as ledger:
        added = ledger.add(documents(stories))
        assert sorted(added.added) == sorted(STORIES) and not added.replaced
        stats = ledger.stats()
        assert stats.documents == 5 and stats.facts > 10
        assert (str(stats.first), str(stats.last)) == ("2024-11-02", "2025-04-13")
        assert stats.size and stats.size > 0
        assert ledger.remove(["mill_fire", "no_such_story"]) == ("mill_fire",)
        assert ledger.stats().documents == 4


def test_adding_the_same_article_twice_stores_it_once(tmp_path: Path, location: str, stories: Path) -> None:
    with open_ledger(location, create=True) as ledger:
        ledger.add(documents(stories))
        facts = ledger.stats().facts
        again = ledger.add(documents(stories))
        assert sorted(again.unchanged) == sorted(STORIES) and not again.added
        copy = write_stories(tmp_path / "copy", ["mill_fire"])
        (copy / "mill_fire.md").rename(copy / "mill_fire_copy.md")  # the same content under another id
        twin = ledger.add(documents(copy))
        assert twin.duplicates == (("mill_fire_copy", "mill_fire"),)
        assert (ledger.stats().documents, ledger.stats().facts) == (5, facts)


def test_the_same_id_with_new_text_replaces_it(location: str, stories: Path) -> None:
    with open_ledger(location, create=True) as ledger:
        ledger.add(documents(stories))
        story = stories / "mill_fire.md"
        story.write_text(story.read_text(encoding="utf-8").replace("Three workers", "Four workers"), encoding="utf-8")
        added = ledger.add(documents(stories))
        assert added.replaced == ("mill_fire",) and len(added.unchanged) == 4
        assert ledger.stats().documents == 5
        draft = dataclasses.replace(documents(stories)[0], id="probe", text="Dunmore mill fire in Kellbridge",
                                    body_start=0, title=None)
        (found,) = [s for s in stories_about(ledger, draft, None) if s.document.id == "mill_fire"]
        assert "Four workers" in found.document.text
        assert any(f.surface == "Four" for f in found.facts) and not any(f.surface == "Three" for f in found.facts)


def test_facts_of_an_older_extractor_are_read_again(location: str, stories: Path) -> None:
    """A ledger filled by an older factcheck: its stored facts are not trusted. A search reads the story again (in
    memory), and adding the same story again replaces its facts."""
    path = location
    with open_ledger(path, create=True) as ledger:
        ledger.add([d for d in documents(stories) if d.id == "mill_fire"])
    execute(path, "UPDATE documents SET extractor = 'an older factcheck'")
    execute(path, "UPDATE facts SET surface = 'stale' WHERE surface = 'Three'")
    probe = dataclasses.replace(documents(stories)[0], id="probe", text="Dunmore mill fire in Kellbridge",
                                body_start=0, title=None)
    with open_ledger(path) as ledger:
        (found,) = [s for s in stories_about(ledger, probe, None) if s.document.id == "mill_fire"]
        assert any(f.surface == "Three" for f in found.facts) and not any(f.surface == "stale" for f in found.facts)
        assert ledger.add([d for d in documents(stories) if d.id == "mill_fire"]).replaced == ("mill_fire",)
        assert ledger.add([d for d in documents(stories) if d.id == "mill_fire"]).unchanged == ("mill_fire",)
    assert execute(path, "SELECT count(*) FROM facts WHERE surface = 'stale'") == [(0,)]


def test_a_search_finds_the_draft_s_event_within_the_window(location: str, stories: Path, draft: Path) -> None:
    (document,) = read_documents([draft]).documents
    assert {"aurora", "belle", "varnholm", "tesselby", "ostmark"} <= set(query_terms(document))
    assert not {"said", "says", "10", "the"} & set(query_terms(document))
    with open_ledger(location, create=True) as ledger:
        ledger.add(documents(stories))
        assert {s.document.id for s in stories_about(ledger, document)} == FERRY_EVENT
        # ferry_old (five months before) is about the same ferry line: a window that long takes it too
        wide = {s.document.id for s in stories_about(ledger, document, window_days=200)}
        assert wide == FERRY_EVENT | {"ferry_old"}
        # nothing after the draft's date: a draft dated the day of the first report sees only that one
        early = dataclasses.replace(document, published=document.published.replace(day=11))
        assert {s.document.id for s in stories_about(ledger, early)} == {"ferry_wire"}
        found = stories_about(ledger, document)
        assert all(s.facts and s.facts[0].doc == s.document.id for s in found)


def test_a_search_gives_each_story_its_relevance(location: str, stories: Path, draft: Path) -> None:
    (document,) = read_documents([draft]).documents
    with open_ledger(location, create=True) as ledger:
        ledger.add(documents(stories))
        found = ledger.find(query_terms(document), None, None, 10)
    relevance = [s.relevance for s in found]
    assert relevance[0] == 1.0 and all(0 < r <= 1 for r in relevance)
    assert relevance == sorted(relevance, reverse=True)


class _Found:
    """A ledger of ``documents`` stories whose search finds these, with these relevances, best first."""

    def __init__(self, found: list[Stored], documents: int) -> None:
        self.found, self.documents = found, documents

    def find(self, terms: object, since: object, until: object, limit: int) -> list[Stored]:
        return self.found[:limit]

    def stats(self) -> Stats:
        return Stats("fake", self.documents, 0, 0, None, None, 0)


def test_below_the_five_best_a_story_that_matches_little_is_left_out(draft: Path) -> None:
    (document,) = read_documents([draft]).documents

    def story(name: str, relevance: float) -> Stored:
        return Stored(dataclasses.replace(document, id=name), (), name, relevance)

    # the draft itself, stored, and a wire story's reprints match far better than the rest: the fifth best is the
    # measure; a story below three tenths of it is left out
    found = [story(document.id, 1.0), story("wire", 0.9), story("reprint", 0.9),
             *(story(f"sure{n}", 0.1 - n * 0.01) for n in range(3)), story("alike", 0.03), story("faint", 0.02)]
    kept = [s.document.id for s in stories_about(_Found(found, 1000), document)]  # type: ignore[arg-type]
    assert kept == ["wire", "reprint", "sure0", "sure1", "sure2", "alike"]  # 0.02 is less than 0.3 x 0.08
    # in a small ledger, bm25 weighs the words of the event at nothing: every story found is used
    small = [s.document.id for s in stories_about(_Found(found, 40), document)]  # type: ignore[arg-type]
    assert small == ["wire", "reprint", "sure0", "sure1", "sure2", "alike", "faint"]
    # five found: all used, however faint; a sixth is measured against the fifth
    def kept_of(stories: list[Stored]) -> list[str]:
        return [s.document.id for s in stories_about(_Found(stories, 1000), document)]  # type: ignore[arg-type]

    assert kept_of([*found[:5], story("faint", 0.001)]) == ["wire", "reprint", "sure0", "sure1", "faint"]
    assert kept_of([*found[:6], story("faint", 0.001)]) == ["wire", "reprint", "sure0", "sure1", "sure2"]


def statuses(report: dict) -> dict[str, str]:
    facts = {f["id"]: f["surface"] for f in report["facts"]}
    return {facts[figure["fact"]]: figure["status"] for figure in report["draft"]["figures"]}


def test_check_against_the_ledger_gives_the_statuses_of_against(
        location: str, stories: Path, draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = location
    assert run_cli(capsys, "ledger", "add", str(stories), "--ledger", ledger)[0] == 0
    sources = [str(stories / f"{name}.md") for name in sorted(FERRY_EVENT)]
    code, out, _ = run_cli(capsys, "check", str(draft), "--against", *sources, "--format", "json")
    code_ledger, out_ledger, err = run_cli(capsys, "check", str(draft), "--against-ledger", "--ledger", ledger,
                                           "--format", "json")
    assert (code, code_ledger) == (1, 1)
    assert statuses(json.loads(out_ledger)) == statuses(json.loads(out))
    # a death toll below the sources' of the days before: out of date; the rescued backed; "The ferry carried 62
    # people when it left Tesselby" against the wire's "52 people", told in the same words: contradicted
    assert statuses(json.loads(out)) == {"10": "outdated", "Some 40": "backed", "62": "contradicted"}
    assert "3 stories from the ledger" in err and "ferry_wire  Varnholm Courier, 2025-04-11" in err
    assert "mill_fire" not in err and "ferry_old" not in err


def test_ledger_commands(tmp_path: Path, location: str, stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = location.replace("l.sqlite", "sub/l.sqlite")  # an SQLite ledger's folder is made too
    code, _, err = run_cli(capsys, "ledger", "add", str(stories), "--ledger", ledger)
    assert code == 0 and "5 added, 0 replaced" in err
    code, out, _ = run_cli(capsys, "ledger", "stats", "--ledger", ledger)
    assert code == 0 and "documents:  5" in out and "2024-11-02 to 2025-04-13" in out
    code, _, err = run_cli(capsys, "ledger", "remove", "mill_fire", "nothing", "--ledger", ledger)
    assert code == 0 and "nothing: not in the ledger" in err and "1 removed" in err


def test_the_default_ledger_is_in_the_user_s_data_folder(
        tmp_path: Path, stories: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert run_cli(capsys, "ledger", "add", str(stories))[0] == 0
    assert (tmp_path / "data" / "factcheck" / "ledger.sqlite").is_file()
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    code, _, err = run_cli(capsys, "ledger", "stats")
    assert code == 2 and str(tmp_path / "home" / ".local" / "share" / "factcheck" / "ledger.sqlite") in err


def _foreign(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE accounts (name TEXT)")


def _newer(path: Path) -> None:
    SqliteLedger(path, create=True).close()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("INSERT INTO schema_version(version) VALUES (?)", (LATEST + 1,))


def _corrupt(path: Path) -> None:
    SqliteLedger(path, create=True).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree: the schema is unreadable
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("make", "says"), [
    (lambda p: p.write_text("not a database\n" * 100, encoding="utf-8"), "not a factcheck ledger"),
    (_foreign, "is an SQLite database, but not a factcheck ledger"),
    (_newer, f"written by a newer factcheck (ledger schema {LATEST + 1}"),
    (_corrupt, "a damaged ledger"),
    (lambda p: None, "no ledger here"),
    (lambda p: p.mkdir(), "is a folder"),
], ids=["text", "foreign", "newer", "corrupt", "missing", "folder"])
def test_a_bad_ledger_is_one_line_and_exit_2(tmp_path: Path, draft: Path, make: object, says: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.sqlite"
    make(path)  # type: ignore[operator]
    before = path.read_bytes() if path.is_file() else None
    for command in (["ledger", "stats"], ["ledger", "remove", "x"], ["check", str(draft), "--against-ledger"]):
        code, _, err = run_cli(capsys, *command, "--ledger", str(path))
        assert code == 2, (command, err)
        assert err.count("\n") == 1 and says in err and str(path) in err and "Traceback" not in err
    if before is not None:
        assert path.read_bytes() == before  # never rewritten


def _postgres_foreign(url: str) -> None:
    execute(url, "CREATE TABLE accounts (name text)")


def _postgres_schema_of_another(url: str) -> None:
    execute(url, "CREATE SCHEMA factcheck")


def _postgres_newer(url: str) -> None:
    open_ledger(url, create=True).close()
    execute(url, f"INSERT INTO schema_version(version) VALUES ({LATEST_POSTGRES + 1})")


@pytest.mark.slow
@pytest.mark.parametrize(("make", "says"), [
    (_postgres_foreign, "is a PostgreSQL database, but not a factcheck ledger"),
    (_postgres_schema_of_another, "has a schema 'factcheck', but it is not a factcheck ledger's"),
    (_postgres_newer, f"written by a newer factcheck (ledger schema {LATEST_POSTGRES + 1}"),
    (lambda url: None, "no ledger here"),
    (lambda url: "postgresql://factcheck:wrong-secret@127.0.0.1:{port}/postgres", "password authentication failed"),
    (lambda url: "postgresql://factcheck:wrong-secret@127.0.0.1:{free}/postgres", "cannot connect"),
    (lambda url: url.rsplit("/", 1)[0] + "/no_such_database", 'database "no_such_database" does not exist'),
    (lambda url: "postgresql://factcheck:wrong-secret@127.0.0.1:notaport/x", "cannot connect"),
], ids=["foreign", "schema-of-another", "newer", "empty", "bad-password", "no-server", "no-database", "bad-url"])
def test_a_bad_postgres_ledger_is_one_line_and_exit_2(postgres_database: str, draft: Path, make: object, says: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever is wrong, one line naming the ledger with its password hidden, and nothing written."""
    url = make(postgres_database) or postgres_database  # type: ignore[operator]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    url = url.format(port=postgres_database.split(":")[3].split("/")[0], free=free)
    before = _tables(postgres_database)
    for command in (["ledger", "stats"], ["ledger", "remove", "x"], ["check", str(draft), "--against-ledger"]):
        code, _, err = run_cli(capsys, *command, "--ledger", url)
        assert code == 2, (command, err)
        assert err.count("\n") == 1 and says in err and "Traceback" not in err, err
        assert shown_url(url) in err and "secret" not in err
    assert _tables(postgres_database) == before  # never written into


def _tables(url: str) -> list[tuple]:
    return execute(url, "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN "
                   "('pg_catalog', 'information_schema') ORDER BY 1, 2")


def test_a_postgres_url_s_password_is_hidden() -> None:
    assert shown_url("postgresql://ed:s3cret@db.example:5432/news?sslmode=require&password=x") == \
        "postgresql://ed:***@db.example:5432/news?sslmode=require&password=***"
    assert shown_url("postgres://db.example/news") == "postgres://db.example/news"


def test_a_new_ledger_records_its_schema(tmp_path: Path) -> None:
    SqliteLedger(tmp_path / "l.sqlite", create=True).close()
    with sqlite3.connect(tmp_path / "l.sqlite") as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_no_story_in_the_window_is_an_input_error(location: str, stories: Path, draft: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    ledger = location
    run_cli(capsys, "ledger", "add", str(stories / "mill_fire.md"), "--ledger", ledger)
    code, _, err = run_cli(capsys, "check", str(draft), "--against-ledger", "--ledger", ledger)
    assert code == 2 and "holds no story about the draft's event within 30 days" in err


def test_two_writers_at_once_both_succeed(tmp_path: Path, location: str, stories: Path) -> None:
    path = location
    many = tmp_path / "many"
    many.mkdir()
    for n in range(40):
        (many / f"story_{n}.md").write_text(f"---\npublished: 2025-04-{1 + n % 28:02d}\n---\nStory {n}: the town of "
                                            f"Brask{n} counted {n + 3} new buses.\n", encoding="utf-8")
    errors: list[BaseException] = []

    def add(folder: Path) -> None:
        try:
            with open_ledger(path, create=True) as ledger:
                ledger.add(documents(folder))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=add, args=(folder,)) for folder in (stories, many, stories, many)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_ledger(path) as ledger:
        assert ledger.stats().documents == 45


def _count(location: str) -> int:
    """How many documents the ledger holds so far (0 while it is being made)."""
    if location.startswith("postgresql://"):
        import psycopg

        try:
            return execute(location, "SELECT count(*) FROM documents")[0][0]
        except psycopg.Error:
            return 0
    try:
        with sqlite3.connect(f"file:{location}?mode=ro", uri=True, timeout=10) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_during_add_leaves_a_whole_ledger(tmp_path: Path, location: str) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(500):
        (folder / f"article_{n:03d}.md").write_text(
            f"---\npublished: 2025-03-{1 + n % 28:02d}\nsource: Wire {n % 7}\n---\n\nThe council of Marrow{n} voted "
            f"on Tuesday to spend {n + 10} million crowns on {n % 9 + 2} new bridges. About {n * 3 + 40} residents "
            f"attended, and {n % 5 + 1} councillors voted against.\n", encoding="utf-8")
    path = location
    command = [sys.executable, "-m", "factcheck", "ledger", "add", str(folder), "--ledger", path]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(path) < 50 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the add ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 50 <= _count(path) < 500
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert execute(path, "SELECT count(*), count(DISTINCT id), count(DISTINCT digest) FROM documents") == \
        [(500, 500, 500)]
    assert execute(path, "SELECT count(*) FROM facts WHERE document NOT IN (SELECT rowid FROM documents)") == [(0,)]
    if path.startswith("postgresql://"):
        return  # PostgreSQL keeps its own files whole; the rest checks SQLite's file and full-text index
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("INSERT INTO search(search) VALUES ('integrity-check')").fetchall() == []


# `factcheck batch CORPUS --ledger`: an archive's clusters checked, and their documents stored as CLUSTER/ID.


def test_a_batch_fills_the_ledger_once(tmp_path: Path, location: str, draft: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    write_stories(corpus / "ferry", FERRY_EVENT | {"ferry_old"})
    write_stories(corpus / "mill", ["mill_fire"])
    # A file nobody can read: its cluster's other story is stored all the same.
    (corpus / "mill" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    args = ("batch", str(corpus), "--output", str(tmp_path / "out"), "--workers", "0", "--no-cache",
            "--ledger", location)
    code, _, err = run_cli(capsys, *args)
    assert code == 2 and "ledger" in err and "5 documents stored, 0 already there" in err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["ledger"]["documents_stored"] == 5
    with open_ledger(location) as ledger:
        assert ledger.stats().documents == 5
        [stored] = [s for s in ledger.find(["dunmore"], None, None, 5)]
        assert stored.document.id == "mill/mill_fire" and stored.facts
    code, _, err = run_cli(capsys, *args)  # the same archive again: nothing stored twice
    assert "0 documents stored, 5 already there" in err
    # The ledger a batch filled checks a draft as one `ledger add` filled.
    code, out, err = run_cli(capsys, "check", str(draft), "--against-ledger", "--ledger", location,
                             "--format", "json")
    assert code == 1 and "ferry/ferry_wire" in err and "mill/mill_fire" not in err
    assert statuses(json.loads(out))["10"] == "outdated"


def test_a_batch_whose_ledger_cannot_be_opened_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_stories(tmp_path / "corpus" / "ferry", ["ferry_wire"]).parent
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_bytes(b"not a database at all" * 100)
    code, _, err = run_cli(capsys, "batch", str(corpus), "--output", str(tmp_path / "out"), "--workers", "0",
                           "--ledger", str(foreign))
    assert code == 2 and err.count("\n") == 1 and str(foreign) in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


OTHER_FERRY = ("2025-04-10", "Varnholm Courier", "Ferry Nordlys sinks on Lake Varnholm", (
    "The passenger ferry Nordlys sank on Lake Varnholm near Tesselby harbour on Wednesday. Ostmark Ferries said 20 "
    "people died and 9 passengers were rescued by fishing boats. The ferry carried 15 people when it left Tesselby."))


def test_a_story_of_another_event_in_the_same_words_is_set_aside(
        location: str, stories: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # another sinking on the same lake, a day earlier: the search finds it by its words; it states none of the
    # draft's figures and contradicts two that the ferry's reports state (the day and the toll), so it is set aside.
    # Judged with them, its "20 people died" made the draft's right "12" an out-of-date toll (an error).
    (stories / "ferry_nordlys.md").write_text(
        "---\ntitle: {2}\nsource: {1}\npublished: {0}\n---\n\n{3}\n".format(*OTHER_FERRY), encoding="utf-8")
    draft = tmp_path / "ferry_right.md"
    draft.write_text("---\npublished: 2025-04-14\n---\n\nThe ferry Aurora Belle sank on Lake Varnholm near Tesselby "
                     "harbour on Thursday evening, and Ostmark Ferries says 12 people died. Some 40 passengers were "
                     "rescued by fishing boats.\n", encoding="utf-8")
    assert run_cli(capsys, "ledger", "add", str(stories), "--ledger", location)[0] == 0
    code, out, err = run_cli(capsys, "check", str(draft), "--against-ledger", "--ledger", location,
                             "--format", "json")
    sources = [str(stories / f"{name}.md") for name in sorted(FERRY_EVENT)]
    _, out_files, _ = run_cli(capsys, "check", str(draft), "--against", *sources, "--format", "json")
    assert code == 0 and statuses(json.loads(out)) == statuses(json.loads(out_files))
    assert statuses(json.loads(out))["12"] == statuses(json.loads(out))["Some 40"] == "backed"
    assert "3 stories from the ledger" in err
    assert "1 set aside as another event's" in err and "ferry_nordlys  Varnholm Courier, 2025-04-10" in err


def test_other_events_state_none_of_the_draft_s_figures_and_contradict_two_others_state() -> None:
    from factcheck.ledger.events import other_events

    doc_of = {f"{doc}:{n}": doc for doc in "dabce" for n in range(1, 5)}
    # d:1, d:2 and d:4 are stated by e; d:3 by no story. a contradicts d:1 and d:2; b only d:1; c contradicts d:1 and
    # d:2 but states d:4; d:3 is a figure no story states: a story that contradicts it and d:1 catches a mistake.
    backing = {"d:1": ("e:1",), "d:2": ("e:2",), "d:3": (), "d:4": ("e:4", "c:4")}
    sides = [(("d:1",), ("a:1", "b:1", "c:1")), (("d:2",), ("a:2", "c:2")), (("d:3",), ("e:3", "b:3"))]
    assert other_events(backing, sides, doc_of, frozenset({"d"})) == {"a"}


def test_one_story_from_the_ledger_is_one_story(stories: Path) -> None:
    (wire,) = read_documents([stories / "ferry_wire.md"]).documents
    lines = stories_lines([wire], (), "l.sqlite", 30)
    assert lines[0] == "1 story from the ledger l.sqlite (published within 30 days before the draft):"
    assert lines[1] == "  ferry_wire  Varnholm Courier, 2025-04-11: Ferry Aurora Belle sinks on Lake Varnholm"
