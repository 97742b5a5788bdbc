"""Regression floor on real news: the warnings and errors on the hand-labelled ECB+ clusters (`bench/gold/realnews/`,
the 25 the rules were written on; `heldout/`, six more read while rules were written; `sealed/` and `sealed2/`, 6 and
16 no rule was written on; `dev2/`, 16 labelled in the tenth session and developed on after their first score;
`dev3/`, the last 17, labelled at the end of the tenth session; texts in ../shared/data/ecbplus), scored as
`bench/realnews.py` scores them. The floors sit at the figures of 2026-12-06 (tenth session), so a change that loses
a true finding or adds a false one fails CI."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # 25 clusters of ../shared/data

_SPEC = importlib.util.spec_from_file_location("bench_realnews", ROOT / "bench" / "realnews.py")
assert _SPEC and _SPEC.loader
realnews = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(realnews)

# set: (labelled disagreements a true finding names, warning and error findings that span no labelled
# disagreement, genuine or debatable)
FLOORS = {"realnews": (15, 1), "heldout": (8, 0), "sealed": (0, 0), "sealed2": (6, 1), "dev2": (6, 2), "dev3": (0, 0)}


@pytest.mark.parametrize(("gold", "floor"), FLOORS.items())
def test_real_news_floor(shared_data: Path, gold: str, floor: tuple[int, int]) -> None:
    data = shared_data / "ecbplus"
    labels = [realnews.load(path, data) for path in sorted((realnews.GOLD.parent / gold).glob("*.yaml"))]
    assert labels, f"no labels in bench/gold/{gold}"
    found, false = floor
    results = [realnews.score_cluster(cluster, data) for cluster in labels]
    _, figures = realnews._table(results)
    assert figures["found"] >= found, f"{figures['found']} of {figures['genuine']} labelled disagreements found"
    assert figures["false"] <= false, f"{figures['false']} false warnings or errors"


_TOPICS = importlib.util.spec_from_file_location("bench_meantime_topics", ROOT / "bench" / "meantime_topics.py")
assert _TOPICS and _TOPICS.loader
meantime_topics = importlib.util.module_from_spec(_TOPICS)
_TOPICS.loader.exec_module(meantime_topics)


def test_stories_of_many_events_raise_no_warning(shared_data: Path, tmp_path: Path) -> None:
    # MEANTIME's four topic folders (120 Wikinews articles of many events, 2005-2013): stories of different events
    # cannot contradict each other; 4 false warnings on 2026-12-07 (twenty-fifth session) before its fixes, 0 after
    output = tmp_path / "topics.json"
    assert meantime_topics.main(["--data", str(shared_data / "meantime"), "--output", str(output)]) == 0
    totals = json.loads(output.read_text(encoding="utf-8"))["totals"]
    assert totals["error"] + totals["warning"] == 0, totals
