"""Every one of the 86 ECB+ clusters of real news goes through the whole check without a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, cli_json

CLUSTERS = sorted(p.name for p in (SHARED_DATA / "ecbplus").glob("ecbplus_*") if p.is_dir())


def test_all_86_clusters_are_there(shared_data: Path) -> None:
    assert len(CLUSTERS) == 86


@pytest.mark.slow  # 86 clusters of real news, one after the other
@pytest.mark.parametrize("cluster", CLUSTERS)
def test_cluster_checks_cleanly(cluster: str, shared_data: Path) -> None:
    folder = shared_data / "ecbplus" / cluster
    code, report = cli_json("check", str(folder))
    assert code in (0, 1)
    documents = len(list(folder.glob("*.txt")))
    assert len(report["documents"]) == documents
    for fact in report["facts"]:
        assert fact["surface"] in fact["sentence"]
        low, high = fact["low"], fact["high"]
        if low is not None and high is not None:
            assert low <= high, fact
