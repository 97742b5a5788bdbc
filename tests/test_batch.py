"""`factcheck batch`: a corpus of clusters (folders or JSON Lines) checked cluster by cluster, in this process or on
Dask workers, into Parquet tables and a summary; the fact and cluster caches; problems reported, never fatal."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from distributed import Worker
from rich.console import Console

import factcheck
from factcheck.batch import Job, open_corpus, run_batch
from factcheck.batch.cache import FactCache, default_cache_dir
from factcheck.batch.model import ClusterOutcome, FolderCluster
from factcheck.batch.schedule import InProcess, OnDask, runner
from factcheck.batch.tables import DOCUMENTS, FACTS, FINDINGS, PROBLEMS
from factcheck.cli import main
from factcheck.documents import read_documents
from factcheck.fingerprint import source_files
from factcheck.report.json_report import render
from factcheck.report.progress import BatchProgress
from factcheck.rules.loader import load_rules

TABLES = ("documents", "facts", "findings", "errors")

# Short stories written for these tests: a flood with evacuee counts that cannot both hold, a quake whose
# injured fall from one day's report to the next.
CLUSTERS = {
    "flood": {
        "courier.md": "---\nsource: The Valley Courier\npublished: 2025-04-15\n---\n# River bursts its banks\n\n"
        "At least four people were killed when the river burst its banks on Monday night, officials said.\n"
        "More than 1,200 homes were flooded and 3,000 people were evacuated from the lower town.\n",
        "herald.md": "---\nsource: Esk Valley Herald\npublished: 2025-04-16\n---\n# Flood toll rises to seven\n\n"
        "The death toll from the Marlow Vale flood rose to seven on Tuesday.\n"
        "About 1,250 homes were flooded and 30,000 people were evacuated, the council said.\n",
        "wire.txt": "Marlow Vale flood kills seven\n\nSeven people died after the river broke through the levee on "
        "Monday night. Nearly 1,300 homes were flooded.\n",
    },
    "quake": {
        "first.md": "---\nsource: Coastal Times\npublished: 2024-03-02\n---\n"
        "A magnitude 6.1 earthquake struck the coast on Friday, killing 12 people and injuring 45.\n",
        "second.md": "---\nsource: Harbour News\npublished: 2024-03-03\n---\n"
        "The magnitude 6.4 quake that hit the coast on Friday killed 12 people; 40 were injured.\n",
    },
}
ADDED = "Coast quake: 12 dead\n\nTwelve people were killed and 45 injured by Friday's magnitude 6.4 quake.\n"
ECB_CLUSTERS = ("ecbplus_t05_ecb", "ecbplus_t20_ecbplus", "ecbplus_t37_ecb")


def write_folder_corpus(root: Path, clusters: dict[str, dict[str, str]] = CLUSTERS) -> Path:
    for cluster, files in clusters.items():
        (root / cluster).mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (root / cluster / name).write_text(text, encoding="utf-8")
    (root / "README.txt").write_text("Files beside the cluster folders are not documents.\n", encoding="utf-8")
    return root


def jsonl_line(cluster: str, name: str, text: str, **fields: object) -> str:
    return json.dumps({"id": Path(name).stem, "cluster": cluster, "text": text, **fields}) + "\n"


def write_jsonl_corpus(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(lines), encoding="utf-8")
    return path


def batch(corpus: Path, output: Path, *args: str) -> int:
    return main(["batch", str(corpus), "--output", str(output), *args])


def tables(output: Path) -> dict[str, pa.Table]:
    return {name: pq.read_table(output / f"{name}.parquet") for name in TABLES}


def summary(output: Path) -> dict:
    return json.loads((output / "summary.json").read_text(encoding="utf-8"))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write_folder_corpus(tmp_path / "corpus")


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[str]:
    """One local Dask cluster of two worker processes for the module (it takes a few seconds to start). Its
    processes talk over 127.0.0.1, which the no_network fixture lets through."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:
        yield cluster.scheduler_address


# ---------------------------------------------------------------------------------------------- outputs


def test_folder_corpus_writes_the_contract_tables_and_a_summary(corpus: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert batch(corpus, out, "--workers", "0", "--no-cache") == 0
    written = tables(out)
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{t}.parquet" for t in TABLES), "summary.json",
                                                            "summary.md"])
    assert written["documents"].schema.equals(DOCUMENTS) and written["facts"].schema.equals(FACTS)
    assert written["findings"].schema.equals(FINDINGS) and written["errors"].schema.equals(PROBLEMS)
    # The JSON contract's columns, with the cluster in front.
    contract = json.loads(render(*_checked(corpus / "quake")))
    for name in ("documents", "facts", "findings"):
        assert written[name].column_names == ["cluster", *contract[name][0]], name
    assert written["documents"].column("cluster").to_pylist() == ["flood"] * 3 + ["quake"] * 2
    assert written["errors"].num_rows == 0
    report = summary(out)
    assert report["clusters"] == 2 and report["documents"] == 5 and report["failed_clusters"] == 0
    assert report["findings"]["error"] == 1 and report["findings"]["warning"] == 2
    assert report["cache"]["folder"] is None and report["cache"]["documents_extracted"] == 5
    markdown = (out / "summary.md").read_text(encoding="utf-8")
    assert "| clusters | 2 |" in markdown and "| findings: errors | 1 |" in markdown
    assert "2 clusters, 5 documents" in capsys.readouterr().err


def test_each_cluster_gets_the_rows_check_gives_its_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch(corpus, out, "--workers", "0", "--no-cache")
    rows = tables(out)
    for cluster in CLUSTERS:
        result = factcheck.check([corpus / cluster])
        facts = rows["facts"].filter(pa.compute.equal(rows["facts"]["cluster"], cluster)).to_pylist()
        assert [(f["id"], f["surface"], f["start"], f["key"]) for f in facts] == [
            (r.id, r.surface, r.start, r.key) for r in result.facts.itertuples()]
        findings = rows["findings"].filter(pa.compute.equal(rows["findings"]["cluster"], cluster)).to_pylist()
        assert [(f["id"], f["key"], f["severity"], f["message"], tuple(f["facts"])) for f in findings] == [
            (f.id, f.key, f.severity, f.message, f.facts) for f in result.findings]


def test_a_jsonl_corpus_gives_the_rows_of_the_same_clusters_as_folders(corpus: Path, tmp_path: Path) -> None:
    # Lines of one cluster need not be next to each other: here they alternate.
    lines = [jsonl_line(c, n, t) for c, files in CLUSTERS.items() for n, t in files.items()]
    jsonl = write_jsonl_corpus(tmp_path / "corpus.jsonl", [lines[0], lines[3], lines[1], lines[4], lines[2]])
    batch(corpus, tmp_path / "from-folders", "--workers", "0", "--no-cache")
    assert batch(jsonl, tmp_path / "from-lines", "--workers", "0", "--no-cache") == 0
    folders, from_lines = tables(tmp_path / "from-folders"), tables(tmp_path / "from-lines")
    assert from_lines["facts"].equals(folders["facts"])
    assert from_lines["findings"].equals(folders["findings"])
    assert from_lines["documents"].column("path").to_pylist() == [f"{jsonl}:{n}" for n in (1, 3, 5, 2, 4)]
    assert from_lines["documents"].drop_columns(["path"]).equals(folders["documents"].drop_columns(["path"]))


def test_jsonl_fields_give_source_title_and_publication_date(tmp_path: Path) -> None:
    jsonl = write_jsonl_corpus(tmp_path / "c.jsonl", [
        jsonl_line("flood", "a", "Seven people died on Monday.", source="Courier", published="2025-04-15",
                   title="Flood"),
        jsonl_line("flood", "b", "Six people died on Monday.", source=None, published=None),
    ])
    assert batch(jsonl, tmp_path / "out", "--workers", "0", "--no-cache") == 0
    documents = tables(tmp_path / "out")["documents"].to_pylist()
    assert (documents[0]["source"], documents[0]["title"], str(documents[0]["published"])) == (
        "Courier", "Flood", "2025-04-15")
    assert documents[0]["published_from"] == "manifest" and documents[1]["published"] is None


# ---------------------------------------------------------------------------------------------- problems


def test_a_bad_document_and_a_bad_cluster_are_reported_and_the_rest_is_checked(
        corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "flood" / "scan.txt").write_bytes(b"%PDF-1.7 binary")
    (corpus / "flood" / "blank.md").write_text("  \n", encoding="utf-8")
    (corpus / "empty").mkdir()  # a cluster with no documents at all
    out = tmp_path / "out"
    assert batch(corpus, out, "--workers", "0", "--no-cache") == 2
    problems = tables(out)["errors"].to_pylist()
    assert [(p["level"], p["cluster"], p["document"]) for p in problems] == [
        ("error", "empty", None), ("error", "flood", "blank"), ("error", "flood", "scan")]
    assert "no .txt or .md documents" in problems[0]["message"]
    assert problems[1]["message"] == "empty file" and problems[2]["message"] == "binary file (PDF), not text"
    report = summary(out)
    assert report["errors"] == 3 and report["failed_clusters"] == 1 and report["documents"] == 5
    assert tables(out)["documents"].num_rows == 5
    err = capsys.readouterr().err
    assert f"factcheck: error: cluster flood: {corpus / 'flood' / 'scan.txt'}: binary file (PDF), not text" in err
    assert "## Problems" in (out / "summary.md").read_text(encoding="utf-8")


def test_a_cluster_whose_check_raises_is_reported_and_the_batch_goes_on(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.batch.worker as worker

    real_check = worker.check_documents

    def check_documents(documents, *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(d.id == "first" for d in documents):
            raise ZeroDivisionError("a bug of ours")
        return real_check(documents, *args, **kwargs)

    monkeypatch.setattr(worker, "check_documents", check_documents)
    out = tmp_path / "out"
    assert batch(corpus, out, "--workers", "0", "--no-cache") == 2
    problems = tables(out)["errors"].to_pylist()
    assert [(p["cluster"], p["message"]) for p in problems] == [
        ("quake", "internal error: ZeroDivisionError: a bug of ours")]
    assert set(tables(out)["documents"].column("cluster").to_pylist()) == {"flood"}


class _Future:
    def __init__(self, run: Callable[[], ClusterOutcome]) -> None:
        self.result = run

    def release(self) -> None:
        pass


class _Client:
    """What OnDask asks of a Dask client, each task run when its result is asked for; a task of the cluster
    ``lost`` dies with its worker."""

    def __init__(self, lost: str | None = None) -> None:
        self.lost = lost

    def nthreads(self) -> dict[str, int]:
        return {"worker": 1}

    def scatter(self, job: Job, **options: object) -> Job:
        return job

    def submit(self, function: Callable, task: FolderCluster, job: Job, pure: bool) -> _Future:
        def run() -> ClusterOutcome:
            if task.cluster == self.lost:
                raise RuntimeError("worker died")  # what distributed raises as KilledWorker
            return function(task, job)

        return _Future(run)


def test_a_task_lost_with_its_worker_is_reported_and_the_batch_goes_on(corpus: Path, tmp_path: Path) -> None:
    on_dask = OnDask(lambda: _Client(lost="flood"), "fake")  # type: ignore[arg-type,return-value]
    outcomes = list(on_dask.map(open_corpus(corpus).tasks(), Job(load_rules(), cache=False)))
    assert [o.cluster for o in outcomes] == ["flood", "quake"]
    assert outcomes[0].documents is None and outcomes[0].problems[0].message == "task failed: RuntimeError: worker died"
    assert outcomes[1].document_count == 2


def test_jsonl_problems_name_the_file_and_the_line(tmp_path: Path) -> None:
    good = [jsonl_line("flood", n, t) for n, t in CLUSTERS["flood"].items()]
    jsonl = write_jsonl_corpus(tmp_path / "c.jsonl", [
        good[0],
        '{"id": "x", "cluster": "flood", "text": "unterminated\n',
        json.dumps({"id": "y", "cluster": "flood"}) + "\n",
        "\n",
        good[1],
        json.dumps({"id": "z", "cluster": "flood", "text": "Five died.", "url": "https://example.org"}) + "\n",
        json.dumps({"id": "courier", "cluster": "flood", "text": "Nine died."}) + "\n",
        json.dumps({"id": "w", "text": "No cluster."}) + "\n",
        json.dumps({"id": "v", "cluster": "flood", "text": "Four died.", "published": "last week"}) + "\n",
        good[2],
    ])
    out = tmp_path / "out"
    assert batch(jsonl, out, "--workers", "0", "--no-cache") == 2
    problems = [(p["path"], p["message"]) for p in tables(out)["errors"].to_pylist()]
    assert problems[0][1].startswith("not valid JSON (")
    assert problems[0][0] == f"{jsonl}:2"
    assert problems[1:] == [
        (f"{jsonl}:8", "no 'cluster' (a non-empty string)"),
        (f"{jsonl}:3", "no 'text'"),
        (f"{jsonl}:6", "unknown key 'url' (a line holds id, cluster, text, source, published, title)"),
        (f"{jsonl}:7", "the id 'courier' is already used by line 1"),
        (f"{jsonl}:9", "fields: 'published' must be a date written YYYY-MM-DD, not 'last week'"),
    ]
    assert tables(out)["documents"].column("id").to_pylist() == ["courier", "herald", "wire"]


def test_a_corpus_that_is_neither_folder_nor_jsonl_is_an_input_error(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert batch(tmp_path / "notes.txt", tmp_path / "out", "--workers", "0") == 2
    assert "not a folder of cluster folders nor a JSON Lines file" in capsys.readouterr().err
    (tmp_path / "flat").mkdir()
    (tmp_path / "flat" / "a.txt").write_text("Seven died.", encoding="utf-8")
    assert batch(tmp_path / "flat", tmp_path / "out", "--workers", "0") == 2
    assert "holds no cluster folders" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------------------------- exit codes


def test_exit_codes_follow_fail_on_and_rule_errors(corpus: Path, tmp_path: Path) -> None:
    assert batch(corpus, tmp_path / "a", "--workers", "0", "--no-cache") == 0  # never fails on findings by default
    assert batch(corpus, tmp_path / "b", "--workers", "0", "--no-cache", "--fail-on", "error") == 1
    assert batch(corpus, tmp_path / "c", "--workers", "0", "--no-cache", "--fail-on", "warning") == 1
    calm = write_folder_corpus(tmp_path / "calm", {"flood": CLUSTERS["flood"]})
    assert batch(calm, tmp_path / "d", "--workers", "0", "--no-cache", "--fail-on", "error") == 0
    bad_rules = tmp_path / "rules.yaml"
    bad_rules.write_text("rules:\n  - id: x\n    kind: nonsense\n", encoding="utf-8")
    assert batch(corpus, tmp_path / "e", "--workers", "0", "--rules", str(bad_rules)) == 3
    assert not (tmp_path / "e").exists()  # rules are validated before anything runs


# ---------------------------------------------------------------------------------------------- parallel


@pytest.mark.slow  # a Dask cluster of two worker processes
def test_a_dask_cluster_gives_exactly_the_tables_of_one_process(shared_data: Path, corpus: Path, tmp_path: Path,
                                                                dask_cluster: str) -> None:
    for name in ECB_CLUSTERS:
        (corpus / name).symlink_to(shared_data / "ecbplus" / name)
    batch(corpus, tmp_path / "one", "--workers", "0", "--no-cache")
    assert batch(corpus, tmp_path / "dask", "--scheduler", dask_cluster, "--no-cache") == 0
    one, spread = tables(tmp_path / "one"), tables(tmp_path / "dask")
    for name in TABLES:
        assert spread[name].equals(one[name]), name
    assert one["documents"].num_rows > 20 and one["findings"].num_rows > 10
    assert summary(tmp_path / "dask")["runner"] == f"scheduler {dask_cluster}"


@pytest.mark.slow  # a Dask cluster of two worker processes
def test_local_worker_processes_give_the_tables_of_one_process(corpus: Path, tmp_path: Path) -> None:
    batch(corpus, tmp_path / "one", "--workers", "0", "--no-cache")
    assert batch(corpus, tmp_path / "two", "--workers", "2", "--no-cache") == 0
    for name in TABLES:
        assert tables(tmp_path / "two")[name].equals(tables(tmp_path / "one")[name]), name
    assert summary(tmp_path / "two")["runner"] == "2 local worker processes"


@pytest.mark.slow  # a Dask cluster, and waits out a profile cycle
def test_local_workers_keep_no_profile_history() -> None:
    """Dask's statistical profiler keeps a call tree per second on each worker, the last 1,000: memory that grew
    with the length of a run (bench/batch.py, 860 against 8,600 clusters). Local workers run without it."""

    def profiler_state(dask_worker: Worker) -> tuple[bool, int]:
        import dask

        return dask.config.get("distributed.worker.profile.enabled"), len(dask_worker.profile_history)

    with runner(workers=1) as local:
        assert isinstance(local, OnDask)
        time.sleep(1.5)  # more than one profile cycle
        assert list(local.client.run(profiler_state).values()) == [(False, 0)]


# ---------------------------------------------------------------------------------------------- cache


def test_a_second_run_extracts_only_the_added_document(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    batch(corpus, tmp_path / "first", "--workers", "0", "--cache", str(cache))
    assert summary(tmp_path / "first")["cache"] == {"folder": str(cache), "documents_extracted": 5,
                                                    "documents_from_cache": 0, "clusters_from_cache": 0}
    (corpus / "quake" / "third.txt").write_text(ADDED, encoding="utf-8")
    batch(corpus, tmp_path / "second", "--workers", "0", "--cache", str(cache))
    assert summary(tmp_path / "second")["cache"] == {"folder": str(cache), "documents_extracted": 1,
                                                     "documents_from_cache": 2, "clusters_from_cache": 1}
    batch(corpus, tmp_path / "fresh", "--workers", "0", "--no-cache")
    for name in TABLES:
        assert tables(tmp_path / "second")[name].equals(tables(tmp_path / "fresh")[name]), name


def test_a_warm_cache_gives_the_tables_of_a_cold_run(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    batch(corpus, tmp_path / "cold", "--workers", "0", "--cache", str(cache))
    batch(corpus, tmp_path / "warm", "--workers", "0", "--cache", str(cache))
    assert summary(tmp_path / "warm")["cache"]["clusters_from_cache"] == 2
    for name in TABLES:
        assert tables(tmp_path / "warm")[name].equals(tables(tmp_path / "cold")[name]), name
    # Changed rules are another cluster entry, but the same facts: nothing is extracted again.
    rules = tmp_path / "rules"
    rules.mkdir()
    for pack in factcheck.rules.loader.default_rules_dir().glob("*.yaml"):
        (rules / pack.name).write_text(pack.read_text(encoding="utf-8").replace("severity: error",
                                                                                 "severity: warning"))
    batch(corpus, tmp_path / "rules-changed", "--workers", "0", "--cache", str(cache), "--rules", str(rules))
    assert summary(tmp_path / "rules-changed")["cache"]["clusters_from_cache"] == 0
    assert summary(tmp_path / "rules-changed")["cache"]["documents_extracted"] == 0
    assert summary(tmp_path / "rules-changed")["findings"]["error"] == 0


@pytest.mark.slow  # starts local Dask clusters twice
def test_clusters_the_cache_holds_are_answered_without_starting_workers(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    job = Job(load_rules(), cache_dir=str(cache))
    with runner(workers=2) as cold:
        run_batch(open_corpus(corpus), tmp_path / "cold", job, cold)
        assert isinstance(cold, OnDask) and cold.started
    with runner(workers=2) as warm:
        summary = run_batch(open_corpus(corpus), tmp_path / "warm", job, warm)
        assert isinstance(warm, OnDask) and not warm.started  # no Dask cluster was started
    assert summary.clusters_cached == 2 and summary.extracted == 0
    for name in TABLES:
        assert tables(tmp_path / "warm")[name].equals(tables(tmp_path / "cold")[name]), name
    # One changed cluster goes to a worker; the other is still answered by the cache, in corpus order.
    (corpus / "quake" / "third.txt").write_text(ADDED, encoding="utf-8")
    with runner(workers=2) as mixed:
        summary = run_batch(open_corpus(corpus), tmp_path / "mixed", job, mixed)
        assert isinstance(mixed, OnDask) and mixed.started
    assert (summary.clusters_cached, summary.extracted) == (1, 1)
    with runner(workers=0) as alone:
        run_batch(open_corpus(corpus), tmp_path / "fresh", dataclasses.replace(job, cache=False), alone)
    for name in TABLES:
        assert tables(tmp_path / "mixed")[name].equals(tables(tmp_path / "fresh")[name]), name


def test_the_client_stops_asking_a_cache_that_keeps_missing(corpus: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """On a cold run the client's lookups are wasted reading: after LOOKUP_MISSES misses in a row it leaves the
    cache to the workers."""
    import factcheck.batch.schedule as schedule

    asked: list[str] = []

    def counting(task: FolderCluster, job: Job) -> ClusterOutcome | None:
        asked.append(task.cluster)
        return None

    monkeypatch.setattr(schedule, "cached", counting)
    monkeypatch.setattr(schedule, "LOOKUP_MISSES", 1)
    job = Job(load_rules(), cache_dir=str(tmp_path / "cache"))
    outcomes = list(OnDask(_Client, "fake").map(open_corpus(corpus).tasks(), job))  # type: ignore[arg-type]
    assert [o.cluster for o in outcomes] == ["flood", "quake"] and asked == ["flood"]


@pytest.mark.slow  # two batches in processes of their own
def test_two_runs_at_once_can_share_a_cache(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    command = [sys.executable, "-m", "factcheck", "batch", str(corpus), "--workers", "0", "--cache", str(cache)]
    runs = [subprocess.Popen([*command, "--output", str(tmp_path / f"run{i}")], stderr=subprocess.PIPE)
            for i in (1, 2)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    for name in TABLES:
        assert tables(tmp_path / "run1")[name].equals(tables(tmp_path / "run2")[name]), name
    assert not list(cache.rglob("*.tmp"))
    batch(corpus, tmp_path / "after", "--workers", "0", "--cache", str(cache))
    assert summary(tmp_path / "after")["cache"]["clusters_from_cache"] == 2


def test_writers_of_one_entry_never_leave_half_of_it_to_a_reader(tmp_path: Path) -> None:
    document = read_documents([write_folder_corpus(tmp_path / "c") / "flood"]).documents[0]
    expected = factcheck.extract.extract_document(document)
    seen: list[object] = []

    def write() -> None:
        for _ in range(30):
            FactCache(tmp_path / "cache").facts(document)

    def read() -> None:
        for _ in range(60):
            seen.append(FactCache(tmp_path / "cache").facts(document))

    threads = [threading.Thread(target=f) for f in (write, write, read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(facts == expected for facts in seen)


def test_a_damaged_entry_is_a_miss_and_is_written_again(tmp_path: Path) -> None:
    document = read_documents([write_folder_corpus(tmp_path / "c") / "flood"]).documents[0]
    cache = FactCache(tmp_path / "cache")
    expected = cache.facts(document)
    (entry,) = cache.root.rglob("*.json")
    entry.write_bytes(entry.read_bytes()[:50])
    again = FactCache(tmp_path / "cache")
    assert again.facts(document) == expected and (again.hits, again.misses) == (0, 1)
    assert FactCache(tmp_path / "cache").facts(document) == expected
    assert json.loads(entry.read_bytes().partition(b"\n")[2])["facts"]


def test_a_flipped_bit_or_a_wrong_row_is_recomputed_and_named(tmp_path: Path) -> None:
    """Every entry carries its checksum: a bit flipped in a stored sentence ("hand" -> "hard") is caught, not
    returned; rows that parse but hold what no fact holds are recomputed, not a failure of every later run."""
    document = read_documents([write_folder_corpus(tmp_path / "c") / "flood"]).documents[0]
    expected = FactCache(tmp_path / "cache").facts(document)
    (entry,) = FactCache(tmp_path / "cache").root.rglob("*.json")
    sealed = entry.read_bytes()
    position = sealed.index(b"people")
    entry.write_bytes(sealed[:position] + bytes([sealed[position] ^ 1]) + sealed[position + 1 :])
    again = FactCache(tmp_path / "cache")
    assert again.facts(document) == expected and again.damaged == str(entry) and again.misses == 1
    _, _, body = entry.read_bytes().partition(b"\n")
    record = json.loads(body)
    record["facts"][0][0] = {"a": "mapping where a kind belongs"}
    body = json.dumps(record).encode("ascii")
    entry.write_bytes(b"factcheck-cache sha256 " + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)
    third = FactCache(tmp_path / "cache")
    assert third.facts(document) == expected and third.damaged == str(entry)


def test_the_same_text_in_two_clusters_is_one_entry_with_its_own_ids(tmp_path: Path) -> None:
    document = read_documents([write_folder_corpus(tmp_path / "c") / "flood"]).documents[0]
    cache = FactCache(tmp_path / "cache")
    first = cache.facts(document)
    renamed = cache.facts(dataclasses.replace(document, id="copy", path="elsewhere/copy.md"))
    assert (cache.hits, cache.misses) == (1, 1)
    assert [f.id for f in renamed] == [f"copy:{n}" for n in range(1, len(first) + 1)]
    assert [f.surface for f in renamed] == [f.surface for f in first]


def test_the_cache_is_under_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "factcheck"


@pytest.mark.slow  # a Python process each
@pytest.mark.parametrize("module", ["factcheck.extract", "factcheck.batch.worker"])
def test_the_fingerprint_covers_every_module_the_code_runs(module: str) -> None:
    """A change to any module extraction (or a cluster's check) imports names another cache folder."""
    loaded = subprocess.run(
        [sys.executable, "-c", f"import sys, {module}; print('\\n'.join(m.__file__ for n, m in sys.modules.items() "
         "if n.split('.')[0] == 'factcheck'))"],
        capture_output=True, text=True, check=True).stdout.split()
    assert {Path(f).resolve() for f in loaded} <= source_files(module)


# ---------------------------------------------------------------------------------------------- progress


def test_the_progress_bar_is_quiet_when_standard_error_is_not_a_terminal(
        corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch(corpus, tmp_path / "out", "--workers", "0", "--no-cache")
    err = capsys.readouterr().err
    assert all(line.startswith("factcheck: ") for line in err.splitlines())
    assert "documents/s" in err.splitlines()[-2] and "checking" not in err


def test_the_progress_bar_shows_clusters_rate_and_time_left_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    job = Job(load_rules(), cache=False)
    with BatchProgress(2, console) as progress:
        run_batch(open_corpus(corpus), tmp_path / "out", job, InProcess(), progress.advance)
    text = screen.getvalue()
    assert "2/2" in text and "clusters" in text and "documents/s" in text and "left" in text


# ---------------------------------------------------------------------------------------------- atomic output


def test_an_interrupted_run_leaves_the_previous_tables_whole(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch(corpus, out, "--workers", "0", "--no-cache")
    before = {name: (out / f"{name}.parquet").read_bytes() for name in TABLES}

    def interrupt(outcome: ClusterOutcome) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(open_corpus(corpus), out, Job(load_rules(), cache=False), InProcess(), interrupt)
    assert {name: (out / f"{name}.parquet").read_bytes() for name in TABLES} == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


def _checked(folder: Path) -> tuple[object, ...]:
    result = factcheck.check([folder])
    return result.documents, factcheck.facts.frame_facts(result.facts), result.findings


def test_an_interrupted_run_resumes_from_its_cache(corpus: Path, tmp_path: Path) -> None:
    """Interrupted after its first cluster, a run leaves that cluster in the cache: the next run takes it from
    there, checks only the other one, and writes the tables of an uninterrupted run."""
    cache = tmp_path / "cache"
    seen: list[str] = []

    def interrupt_after_the_first(outcome: ClusterOutcome) -> None:
        seen.append(outcome.cluster)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(open_corpus(corpus), tmp_path / "cut", Job(load_rules(), cache_dir=str(cache)), InProcess(),
                  interrupt_after_the_first)
    assert len(seen) == 1 and not (tmp_path / "cut" / "facts.parquet").exists()
    batch(corpus, tmp_path / "resumed", "--workers", "0", "--cache", str(cache))
    assert summary(tmp_path / "resumed")["cache"]["clusters_from_cache"] == 1
    batch(corpus, tmp_path / "whole", "--workers", "0", "--no-cache")
    for name in TABLES:
        assert tables(tmp_path / "resumed")[name].equals(tables(tmp_path / "whole")[name]), name


def test_a_pack_s_changed_word_list_is_another_check(tmp_path: Path) -> None:
    from factcheck.batch.cache import cluster_key
    from factcheck.lexicon import load_lexicon

    pack = tmp_path / "pack"
    pack.mkdir()
    documents = read_documents([Path(__file__).parent.parent / "examples"]).documents
    keys = []
    for members in ("[bungalow]", "[bungalow, chalet]"):
        (pack / "lexicon.yaml").write_text(f"things:\n  classes:\n    homes: {{members: {members}}}\n",
                                           encoding="utf-8")
        keys.append(cluster_key("c", documents, (), Job(load_rules(), lexicon=load_lexicon([pack]))))
    keys.append(cluster_key("c", documents, (), Job(load_rules())))
    keys.append(cluster_key("c", documents, (), Job(load_rules(), lexicon=load_lexicon())))
    assert len(set(keys[:3])) == 3 and keys[2] == keys[3]


def test_a_damaged_cluster_entry_is_recomputed_and_named_in_a_warning(corpus: Path, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    batch(corpus, tmp_path / "first", "--workers", "0", "--cache", str(cache))
    entries = sorted((cache / "clusters").rglob("*.bin"))
    assert entries
    sealed = entries[0].read_bytes()
    entries[0].write_bytes(sealed[:-20] + bytes([sealed[-20] ^ 0x10]) + sealed[-19:])
    capsys.readouterr()
    batch(corpus, tmp_path / "second", "--workers", "0", "--cache", str(cache))
    err = capsys.readouterr().err
    assert "cache entry damaged" in err and str(entries[0]) in err
    for name in TABLES:
        if name != "errors":  # the second run's errors table names the damaged entry
            assert tables(tmp_path / "first")[name].equals(tables(tmp_path / "second")[name]), name


def test_the_event_loop_s_tracebacks_stay_quiet_after_distributed_resets_its_logger() -> None:
    """A fresh clone's CI once printed distributed's cancel callback failing on Ctrl-C ("cannot access free variable
    'future'"): importing distributed after the batch silenced tornado's logger set its level and handlers again.
    The filter stays through such a reset."""
    import io
    import logging

    from factcheck.cli import quiet_event_loop

    quiet_event_loop()
    logger = logging.getLogger("tornado.application")
    saved = (logger.level, logger.handlers[:], logger.propagate)
    stream = io.StringIO()
    try:
        logger.setLevel(logging.ERROR)  # what distributed's logging set-up does when it is imported
        logger.handlers[:] = [logging.StreamHandler(stream)]
        logger.propagate = False
        logger.error("Exception in callback functools.partial(<function sync.<locals>.cancel>)")
    finally:
        logger.level, logger.handlers[:], logger.propagate = saved
    assert stream.getvalue() == ""


def _ignores_ctrl_c(pid: int) -> bool:
    """Whether a process ignores SIGINT now (Linux's /proc: the SigIgn mask)."""
    import signal

    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    ignored = next(int(line.split()[1], 16) for line in status.splitlines() if line.startswith("SigIgn:"))
    return bool(ignored & (1 << (signal.SIGINT - 1)))


def _group(pgid: int) -> list[int]:
    """The processes of a process group (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid:
                found.append(int(entry.name))
    return found


@pytest.mark.slow  # a batch in a process of its own, interrupted once its worker runs
def test_ctrl_c_stops_a_batch_with_one_line_not_the_workers_tracebacks(tmp_path: Path) -> None:
    import os
    import signal

    corpus = tmp_path / "corpus"
    # Enough clusters that the batch is still running when interrupted: 400 once took more than 8 s, and a
    # faster run finished before the Ctrl-C (exit 0).
    for number in range(4000):
        for story in ("a", "b", "c"):
            folder = corpus / f"cluster{number:04}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{story}.md").write_text(f"The quake killed {number} people on Tuesday, officials said.\n",
                                               encoding="utf-8")
    # As from a terminal: Ctrl-C taken, whatever this test inherits (a shell's background job, as `.ci/run &`
    # runs, starts with Ctrl-C ignored, and Python then never installs its handler).
    run = subprocess.Popen([sys.executable, "-m", "factcheck", "batch", str(corpus), "--output", str(tmp_path / "out"),
                            "--workers", "1", "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # A Ctrl-C in the seconds the local cluster takes to start is ignored (schedule.runner): wait until the start is
    # over (the batch, its nanny and the worker are three processes of the group, and the batch takes Ctrl-C
    # again), then a little more; on a loaded machine the start took more than the 8 s this test once waited, and
    # the batch ran to its end.
    deadline = time.monotonic() + 120
    while (len(_group(run.pid)) < 3 or _ignores_ctrl_c(run.pid)) and time.monotonic() < deadline and (
            run.poll() is None):
        time.sleep(0.2)
    time.sleep(2)  # the worker is running clusters
    assert run.poll() is None, "the batch ended before it could be interrupted"
    os.killpg(run.pid, signal.SIGINT)  # as a terminal's Ctrl-C: to the whole foreground process group
    _, err = run.communicate(timeout=120)
    # what the batch said, for a run that failed once in a full suite and never alone (exit 0 after the Ctrl-C)
    assert run.returncode == 130, f"exit {run.returncode}; stderr: {err.decode()[-2000:]!r}"
    assert err.decode().splitlines() == ["factcheck: interrupted"]


def test_a_batch_silences_dask_s_event_loop_tracebacks(tmp_path: Path, capsys) -> None:
    """On Ctrl-C, distributed's own cancel callback can fail in its event loop ("cannot access free variable
    'future'") and tornado logs the traceback after "factcheck: interrupted" (seen once in CI). A batch run owns
    its process's logging: that logger says nothing."""
    import logging

    from factcheck.cli import main

    folder = tmp_path / "corpus" / "one"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text("The quake killed 12 people on Tuesday.\n", encoding="utf-8")
    assert main(["batch", str(tmp_path / "corpus"), "--output", str(tmp_path / "out"), "--workers", "0",
                 "--no-cache"]) == 0
    assert not logging.getLogger("tornado.application").isEnabledFor(logging.CRITICAL)


def test_a_ctrl_c_python_drops_in_a_finalizer_still_stops_the_batch(capsys) -> None:
    """Python prints and drops a KeyboardInterrupt raised while an object's ``__del__`` runs (Dask's futures have
    one); a full-suite run of the Ctrl-C test above once saw the batch go on to its end and exit 0. The Ctrl-C is
    noted: the runner stops at its next cluster, and the dropped one prints nothing."""
    import os
    import signal

    from factcheck.batch.schedule import InProcess, Interrupts

    interrupts = Interrupts()
    ran: list[str] = []

    class Finalized:
        def __del__(self) -> None:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler runs here, inside __del__

    def tasks() -> Iterator[object]:
        for name in ("first", "second", "third"):
            ran.append(name)
            if name == "first":
                Finalized()  # made and finalized at once: its Ctrl-C is dropped by Python
            yield name

    with interrupts.noting(), pytest.raises(KeyboardInterrupt):
        for _ in InProcess(interrupts).map(tasks(), None):  # type: ignore[arg-type]
            pass
    assert ran == ["first"]
    assert capsys.readouterr().err == ""
