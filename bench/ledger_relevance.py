"""How the ledger's relevance floor (factcheck/ledger/retrieve.py) sorts what a search finds, on ECB+.

    PYTHONPATH=$PWD .venv/bin/python bench/ledger_relevance.py [--data ../shared/data/ecbplus]

For each of bench/ledger.py's 86 drafts, the stories its search finds (at most 20, the draft itself left out, in the
draft's window as `stories_about` sets it) are sorted into the draft's event, the topic's other event (`_ecb` and
`_ecbplus` of one topic) and other topics, with each story's search score over the fifth best's. Three ledgers:

1. all 982 articles (what bench/ledger.py fills; the draft's own article is found and left out, not removed);
2. small: only the draft's cluster and its sibling (about 25 stories), searched without a window;
3. medium: the same with 50 and then 150 articles of other topics drawn at random (seeded by the cluster's name).

It prints, for floors of 0.2 to 0.5, how many stories past the fifth each floor would drop, by kind: the floor is
worth having where it drops other events and topics and not the event. Figures in bench/README.md (ledger).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ledger import CASES, DATA, _sibling, pick_draft, read_corpus  # noqa: E402

from factcheck.documents import Document  # noqa: E402
from factcheck.ledger import open_ledger  # noqa: E402
from factcheck.ledger.retrieve import DEFAULT_WINDOW_DAYS, SURE, query_terms  # noqa: E402

FLOORS = (0.2, 0.3, 0.4, 0.5)
Row = tuple[str, float]  # kind, score over the fifth best's (stories past the fifth only)


def rows_of(documents: Sequence[Document], drafts: Sequence[tuple[str, Document]], kind_of: dict[str, str],
            windowed: bool) -> list[Row]:
    """The stories past the fifth that each draft's search finds in a fresh ledger of ``documents``."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder, open_ledger(Path(folder) / "l.sqlite", create=True) as ledger:
        ledger.add(list(documents))
        for cluster, draft in drafts:
            since = until = None
            if windowed and draft.published is not None:
                until, since = draft.published, draft.published - dt.timedelta(days=DEFAULT_WINDOW_DAYS)
            found = [s for s in ledger.find(query_terms(draft), since, until, 21) if s.document.id != draft.id][:20]
            if len(found) <= SURE:
                continue
            fifth = found[SURE - 1].relevance
            sibling = _sibling(cluster)
            for story in found[SURE:]:
                theirs = kind_of[story.document.id]
                kind = "event" if theirs == cluster else "other event" if theirs == sibling else "other topic"
                rows.append((kind, story.relevance / fifth))
    return rows


def table(name: str, rows: list[Row]) -> str:
    total = Counter(kind for kind, _ in rows)
    lines = [f"### {name}", "", "| floor | " + " | ".join(f"{k} dropped (of {total[k]})" for k in sorted(total)) + " |",
             "|---|" + "---:|" * len(total)]
    for floor in FLOORS:
        dropped = Counter(kind for kind, score in rows if score < floor)
        lines.append(f"| {floor} | " + " | ".join(str(dropped[k]) for k in sorted(total)) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    corpus = read_corpus(args.data, None)
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    kind_of = {d.id: cluster for cluster, documents in corpus.items() for d in documents}
    drafts = []
    for cluster in sorted(corpus):
        draft = pick_draft(cluster, corpus[cluster], cases)
        if draft is not None:
            drafts.append((cluster, next(d for d in corpus[cluster] if d.id == draft.doc)))
    everything = [d for documents in corpus.values() for d in documents]
    print(table("All 982 articles, the draft's window", rows_of(everything, drafts, kind_of, True)))
    for extra in (0, 50, 150):
        rows: list[Row] = []
        for cluster, draft in drafts:
            own = [*corpus[cluster], *corpus.get(_sibling(cluster), [])]
            others = [d for d in everything if d not in own]
            chosen = random.Random(cluster).sample(others, extra)
            rows += rows_of([d for d in [*own, *chosen] if d.id != draft.id], [(cluster, draft)], kind_of, False)
        print(table(f"The cluster and its sibling, {extra} other articles, no window", rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
