"""Regression floor on real news: the warnings and errors on the 25 hand-labelled ECB+ clusters
(`bench/gold/realnews/`, texts in ../shared/data/ecbplus), scored as `bench/realnews.py` scores them. The floors sit
at the figures of 2026-12-06 (15 true of 16 judged, 15 of 36 labelled disagreements found), so a change that loses
a true finding or adds a false one fails CI."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # 25 clusters of ../shared/data

_SPEC = importlib.util.spec_from_file_location("bench_realnews", ROOT / "bench" / "realnews.py")
assert _SPEC and _SPEC.loader
realnews = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(realnews)

FOUND = 15  # labelled disagreements a true finding names
FALSE = 1  # warning and error findings that span no labelled disagreement, genuine or debatable


def test_real_news_floor(shared_data: Path) -> None:
    data = shared_data / "ecbplus"
    labels = [realnews.load(path, data) for path in sorted(realnews.GOLD.glob("*.yaml"))]
    results = [realnews.score_cluster(cluster, data) for cluster in labels]
    _, figures = realnews._table(results)
    assert figures["found"] >= FOUND, f"{figures['found']} of {figures['genuine']} labelled disagreements found"
    assert figures["false"] <= FALSE, f"{figures['false']} false warnings or errors"
