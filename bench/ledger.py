"""Ledger benchmark: all ECB+ articles in one SQLite ledger, then one draft per cluster checked --against-ledger.

    PYTHONPATH=$PWD .venv/bin/python bench/ledger.py [--data ../shared/data/ecbplus] [--window DAYS] [--clusters N]

1. **Add.** Every article of ``DATA/*/`` (982 in ECB+, dated by the cluster's meta.json where it knows the date,
   else as factcheck infers it) is added to a fresh ledger with ``factcheck.ledger``: the time (extraction
   included) and the file's size.
2. **Drafts.** For each cluster, one article with one figure changed. Where ``results/perturb_cases.json`` (the
   perturbation benchmark's drawn cases) holds a case of the cluster whose change no partner can accept, its first
   such case is used: the changed figure is then one another article of the cluster states about the same thing
   (its *partners*), so a check can catch it. Otherwise the first figure of the cluster's first article to which one
   of ``bench/perturb.py``'s changes applies is changed (no source need state it: such drafts count for retrieval
   only).
3. **Check.** The article is removed from the ledger and its draft is written to a file of the same name and checked
   with ``factcheck.pipeline.check_draft_ledger`` (what ``factcheck check DRAFT --against-ledger`` runs), dated as
   its article; an undated draft is searched without a window and checked undated, as of its own time, as its
   sources are (``undated=True``; a draft is otherwise dated today, and an ECB+ article of 2008 dated today reads
   its "May 13" as this year's). Then the article is added back.
   - *recall*: of the cluster's other articles, the share among the stories retrieved (used, or set aside as another
     event's; at most 20: the denominator is min(others, 20)); also of those published by the draft's date (a later
     one is in no ledger when the draft is written, and the search admits none), and of those the window admits.
     ``_ecb`` and ``_ecbplus`` clusters of one topic are two events: the other's articles count as wrong
     (``sibling``), as do other topics' (``other``). Stories set aside are counted by event.
   - *contradicted*: whether the draft figure at the changed span has the status contradicted, beside the same draft
     checked ``--against`` the cluster's other articles (files), to tell a retrieval miss from a judging one.
   - *time*: the whole check per draft (reading the draft, retrieval, extraction of the draft, judging).

Writes ``results/ledger.json`` and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from perturb import SEED, changes, clusters, meta_dates, read_partners  # noqa: E402

from factcheck.documents import Document, read_documents  # noqa: E402
from factcheck.draft import FigureStatus  # noqa: E402
from factcheck.extract import extract_document  # noqa: E402
from factcheck.ledger import DEFAULT_WINDOW_DAYS, Ledger, open_ledger  # noqa: E402
from factcheck.pipeline import check_draft, check_draft_ledger  # noqa: E402
from factcheck.result import Result  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ecbplus"
RESULTS = ROOT / "bench" / "results"
CASES = RESULTS / "perturb_cases.json"
READ = read_partners()  # readers' labels: does another article state the drafted figure about the same thing?


@dataclasses.dataclass(frozen=True, slots=True)
class Draft:
    """One cluster's draft: the article it was made from, the changed span in the draft, whether a source states
    the original figure about the same thing (a perturbation case with partners)."""

    cluster: str
    doc: str
    start: int
    end: int
    old: str
    new: str
    partnered: bool
    fact: str | None = None  # the perturbation case's fact id, which readers labelled (bench/gold/partners.yaml)


def read_corpus(data: Path, limit: int | None) -> dict[str, list[Document]]:
    """Each cluster's articles, dated by its meta.json where it knows the date."""
    found = {}
    for folder in clusters(data)[:limit]:
        found[folder.name] = list(read_documents([folder], meta_dates(folder)).documents)
    return found


def pick_draft(cluster: str, documents: list[Document], cases: list[dict]) -> Draft | None:
    """The perturbation case of the cluster, else the first change that applies to its first articles."""
    texts = {d.id: d.text for d in documents}
    for case in cases:
        if case["cluster"] == cluster and case["skip"] is None and case["doc"] in texts:
            end = case["start"] + len(case["new_text"])
            return Draft(cluster, case["doc"], case["start"], end, case["surface"], case["new_text"], True,
                         case["fact"])
    for document in documents:
        for fact in extract_document(document):
            found = changes(fact, document.text, random.Random(SEED))
            for alternatives in found.values():
                change = alternatives[0]
                return Draft(cluster, document.id, fact.start, fact.start + len(change.new), fact.surface, change.new,
                             False)
    return None


def draft_text(draft: Draft, original: Document) -> str:
    end = draft.start + len(draft.old)
    assert original.text[draft.start:end] == draft.old, (draft, original.text[draft.start:end])
    return original.text[:draft.start] + draft.new + original.text[end:]


def status_at(result: Result, draft: Draft) -> str | None:
    """The status of the draft figure that overlaps the changed span."""
    figure = figure_at(result, draft)
    return figure.status if figure else None


def noted_at(result: Result, draft: Draft) -> bool:
    """Whether the changed figure is unsupported and shown with a source's figure that a note pairs it with."""
    figure = figure_at(result, draft)
    return figure is not None and figure.status == "unsupported" and bool(figure.against)


def figure_at(result: Result, draft: Draft) -> FigureStatus | None:
    assert result.review is not None
    facts = result.facts.set_index("id")
    for figure in result.review.figures:
        start, end = facts.at[figure.fact, "start"], facts.at[figure.fact, "end"]
        if start < draft.end and draft.start < end:
            return figure
    return None


def unchanged_statuses(result: Result, draft: Draft) -> dict[str, int]:
    """How many of the draft's other figures, as their article states them, end in each status."""
    assert result.review is not None
    facts = result.facts.set_index("id")
    spans = {figure.fact: (facts.at[figure.fact, "start"], facts.at[figure.fact, "end"])
             for figure in result.review.figures}
    return dict(Counter(figure.status + (" with a note" if figure.status == "unsupported" and figure.against else "")
                        for figure in result.review.figures
                        if not (spans[figure.fact][0] < draft.end and draft.start < spans[figure.fact][1])))


def run_draft(ledger: Ledger, draft: Draft, corpus: dict[str, list[Document]], folder: Path,
              window: int) -> dict:
    documents = {d.id: d for d in corpus[draft.cluster]}
    original = documents[draft.doc]
    path = folder / Path(original.path).name
    path.write_text(draft_text(draft, original), encoding="utf-8")
    published = {original.id: original.published} if original.published else {}
    ledger.remove([original.id])
    try:
        started = time.perf_counter()
        # An article of unknown date is checked as of its own time, undated as its sources are: dated today, its
        # "May 13" would be this year's and its figures another moment's than theirs.
        result = check_draft_ledger([path], ledger, window if original.published else None, published=published,
                                    undated=original.published is None)
        seconds = time.perf_counter() - started
    finally:
        ledger.add([original])
    # Retrieved: the stories used and those set aside as another event's (factcheck/ledger/events.py).
    used = [d.id for d in result.documents if d.id != original.id]
    aside = [d.id for d in result.set_aside]
    retrieved = used + aside
    others = [d for d in documents if d != original.id]
    eligible = [d for d in others if _in_window(documents[d], original, window)]
    # The articles a newsroom's ledger could hold when the draft is written: not those published after it.
    existing = [d for d in others if not _later(documents[d], original)]
    sibling = _sibling(draft.cluster)
    siblings = {d.id for d in corpus.get(sibling, ())}
    sources = [Path(documents[d].path) for d in others]
    against = check_draft([path], sources, published=published, undated=original.published is None) if sources else None
    return {
        "cluster": draft.cluster, "doc": draft.doc, "change": f"{draft.old} -> {draft.new}",
        "partnered": draft.partnered, "read_same": READ.get(draft.fact or "") == "same",
        "dated": original.published is not None, "others": len(others), "used": len(used),
        "found": len(set(retrieved) & set(others)), "sibling": len(set(retrieved) & siblings),
        "other": len(set(retrieved) - set(others) - siblings),
        "set_aside": len(aside), "set_aside_of_the_event": len(set(aside) & set(others)),
        "used_of_the_event": len(set(used) & set(others)),
        "recall": len(set(retrieved) & set(others)) / min(len(others), 20) if others else None,
        "existing": len(existing),
        "recall_existing": len(set(retrieved) & set(existing)) / min(len(existing), 20) if existing else None,
        "in_window": len(eligible),
        "recall_in_window": len(set(retrieved) & set(eligible)) / min(len(eligible), 20) if eligible else None,
        "status": status_at(result, draft), "status_against_cluster": status_at(against, draft) if against else None,
        "noted": noted_at(result, draft),
        "unchanged": unchanged_statuses(result, draft),
        "seconds": round(seconds, 3),
    }


def _in_window(story: Document, draft: Document, window: int) -> bool:
    """Whether the window admits the story: undated, or published at most ``window`` days before the draft."""
    if story.published is None or draft.published is None:
        return True
    return 0 <= (draft.published - story.published).days <= window


def _later(story: Document, draft: Document) -> bool:
    """Published after the draft: no ledger holds it when the draft is checked."""
    return story.published is not None and draft.published is not None and story.published > draft.published


def _sibling(cluster: str) -> str:
    return cluster.removesuffix("plus") if cluster.endswith("_ecbplus") else cluster + "plus"


def summary(rows: list[dict], add: dict) -> dict:
    scored = [r for r in rows if r["recall"] is not None]
    partnered = [r for r in rows if r["partnered"]]
    times = sorted(r["seconds"] for r in rows)
    return {
        **add,
        "drafts": len(rows),
        "recall_mean": round(statistics.mean(r["recall"] for r in scored), 3),
        "drafts_with_full_recall": sum(r["recall"] == 1 for r in scored),
        "recall_dated_drafts": round(statistics.mean(r["recall"] for r in scored if r["dated"]), 3),
        "recall_undated_drafts": round(statistics.mean(r["recall"] for r in scored if not r["dated"]), 3),
        "recall_existing_mean": round(statistics.mean(r["recall_existing"] for r in rows
                                                      if r["recall_existing"] is not None), 3),
        "others_published_after_the_draft": sum(r["others"] - r["existing"] for r in rows),
        "recall_in_window_mean": round(statistics.mean(r["recall_in_window"] for r in rows
                                                       if r["recall_in_window"] is not None), 3),
        "others_outside_window": sum(r["others"] - r["in_window"] for r in rows),
        "stories_used_mean": round(statistics.mean(r["used"] for r in rows), 1),
        "set_aside": sum(r["set_aside"] for r in rows),
        "set_aside_of_the_event": sum(r["set_aside_of_the_event"] for r in rows),
        "drafts_with_stories_set_aside": sum(r["set_aside"] > 0 for r in rows),
        "retrieved_of_the_event": sum(r["found"] for r in rows),
        "retrieved_not_of_the_event": sum(r["sibling"] + r["other"] for r in rows),
        "retrieved_mean": round(statistics.mean(r["found"] + r["sibling"] + r["other"] for r in rows), 2),
        "sibling_event_stories_mean": round(statistics.mean(r["sibling"] for r in rows), 2),
        "other_topic_stories_mean": round(statistics.mean(r["other"] for r in rows), 2),
        "partnered_drafts": len(partnered),
        "contradicted_against_ledger": sum(r["status"] == "contradicted" for r in partnered),
        "contradicted_against_cluster": sum(r["status_against_cluster"] == "contradicted" for r in partnered),
        "read_same_drafts": sum(r["read_same"] for r in rows),
        "read_same_contradicted_against_ledger": sum(r["read_same"] and r["status"] == "contradicted" for r in rows),
        "read_same_contradicted_against_cluster": sum(r["read_same"] and r["status_against_cluster"] == "contradicted"
                                                      for r in rows),
        "read_same_unsupported_with_a_note": sum(r["read_same"] and r["noted"] for r in rows),
        "read_same_unsupported": sum(r["read_same"] and r["status"] == "unsupported" for r in rows),
        "unchanged_figures": dict(sum((Counter(r["unchanged"]) for r in rows), Counter()).most_common()),
        "seconds_per_draft_median": round(statistics.median(times), 3),
        "seconds_per_draft_max": round(times[-1], 3),
    }


def markdown(s: dict) -> str:
    share = s["contradicted_against_ledger"] / s["partnered_drafts"] if s["partnered_drafts"] else 0.0
    cluster = s["contradicted_against_cluster"] / s["partnered_drafts"] if s["partnered_drafts"] else 0.0
    read = s["read_same_contradicted_against_ledger"] / s["read_same_drafts"] if s["read_same_drafts"] else 0.0
    rows = [
        ("articles added to a fresh ledger", f"{s['documents']:,} in {s['add_seconds']:.0f} s "
         f"({s['documents'] / s['add_seconds']:.1f}/s), {s['facts']:,} facts"),
        ("ledger file", f"{s['size_bytes'] / 2**20:.1f} MiB"),
        ("drafts (one per cluster)", f"{s['drafts']}"),
        ("retrieval recall of the cluster's other articles (mean)", f"{s['recall_mean']:.3f} "
         f"(dated drafts {s['recall_dated_drafts']:.3f}, undated {s['recall_undated_drafts']:.3f}); "
         f"complete for {s['drafts_with_full_recall']} drafts"),
        ("the same, of the articles published by the draft's date (mean)", f"{s['recall_existing_mean']:.3f} "
         f"({s['others_published_after_the_draft']} articles of the drafts' clusters are dated after the draft: no "
         "ledger holds them when it is checked)"),
        ("the same, of the articles the window admits (mean)", f"{s['recall_in_window_mean']:.3f} "
         f"({s['others_outside_window']} articles of the drafts' clusters are dated after the draft or more than "
         f"{s['window_days']} days before it)"),
        ("stories retrieved per draft (mean)", f"{s['retrieved_mean']} (of the other event of the topic: "
         f"{s['sibling_event_stories_mean']}, of other topics: {s['other_topic_stories_mean']})"),
        ("stories set aside as another event's (state none of the draft's figures, contradict two or more)",
         f"{s['set_aside']} in {s['drafts_with_stories_set_aside']} drafts: "
         f"{s['set_aside'] - s['set_aside_of_the_event']} of the {s['retrieved_not_of_the_event']} retrieved of "
         f"other events, {s['set_aside_of_the_event']} of the {s['retrieved_of_the_event']} of the draft's event; "
         f"stories used per draft (mean) {s['stories_used_mean']}"),
        ("changed figure contradicted, drafts whose figure a source states",
         f"{s['contradicted_against_ledger']} of {s['partnered_drafts']} ({share:.0%}); --against the cluster's "
         f"files: {s['contradicted_against_cluster']} ({cluster:.0%})"),
        ("the same, drafts whose figure readers found another article states about the same thing "
         "(`bench/gold/partners.yaml`)",
         f"{s['read_same_contradicted_against_ledger']} of {s['read_same_drafts']} ({read:.0%}); --against the "
         f"cluster's files: {s['read_same_contradicted_against_cluster']}"),
        ("the same drafts whose changed figure is unsupported against the ledger, and shown with a source's figure "
         "that a note pairs it with (which does not fail the run)",
         f"{s['read_same_unsupported_with_a_note']} of {s['read_same_unsupported']}"),
        ("the drafts' other figures, as their articles state them: statuses against the ledger (a 'contradicted' or "
         "'disputed' one is the article's own disagreement with other stories, or a false alarm; 'with a note': "
         "unsupported, shown with a source's figure a note pairs it with)",
         ", ".join(f"{status} {n:,}" for status, n in s["unchanged_figures"].items())),
        ("time per draft check --against-ledger", f"median {s['seconds_per_draft_median']:.2f} s, "
         f"max {s['seconds_per_draft_max']:.2f} s"),
    ]
    return "\n".join(["| measure | figure |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])


def machine_info() -> dict:
    return {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "cpu_count": os.cpu_count(),
            "python": platform.python_version(), "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--window", type=int, default=DEFAULT_WINDOW_DAYS)
    parser.add_argument("--clusters", type=int, default=None, help="only the first N clusters (a quick run)")
    args = parser.parse_args(argv)
    corpus = read_corpus(args.data, args.clusters)
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    with tempfile.TemporaryDirectory() as tmp:
        ledger = open_ledger(Path(tmp) / "ledger.sqlite", create=True)
        started = time.perf_counter()
        ledger.add([d for documents in corpus.values() for d in documents])
        seconds = round(time.perf_counter() - started, 1)
        ledger.close()  # the last connection to close folds the write-ahead log into the file: the size at rest
        ledger = open_ledger(Path(tmp) / "ledger.sqlite")
        stats = ledger.stats()
        add = {"documents": stats.documents, "facts": stats.facts, "add_seconds": seconds, "size_bytes": stats.size,
               "window_days": args.window}
        rows = []
        for cluster, documents in corpus.items():
            draft = pick_draft(cluster, documents, cases)
            if draft is not None:
                rows.append(run_draft(ledger, draft, corpus, Path(tmp), args.window))
                print(json.dumps(rows[-1]), file=sys.stderr)
        ledger.close()
    result = summary(rows, add)
    RESULTS.mkdir(exist_ok=True)
    if args.clusters is None:
        (RESULTS / "ledger.json").write_text(json.dumps({"machine": machine_info(), "summary": result, "drafts": rows},
                                                        indent=1) + "\n", encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
