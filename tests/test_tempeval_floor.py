"""Regression floors on TempEval-3 platinum and MEANTIME (../shared/data), scored the TempEval-3 Task A way by
bench/tempeval.py. Achieved on 2026-11-21: te3-platinum relaxed F1 91.3, strict 82.3, value 84.5 (HeidelTime:
90.30, 81.34, 77.61); MEANTIME (punctuation re-attached) value F1 80.7."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # whole gold sets of ../shared/data

_SPEC = importlib.util.spec_from_file_location("bench_tempeval", ROOT / "bench" / "tempeval.py")
assert _SPEC and _SPEC.loader
tempeval = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_tempeval"] = tempeval  # its dataclasses look their module up
_SPEC.loader.exec_module(tempeval)


def test_tempeval3_floor(shared_data: Path) -> None:
    figures = tempeval.score_te3(shared_data / "te3-platinum")
    assert figures["value"]["F1"] >= 83.0, figures["value"]
    assert figures["relaxed"]["F1"] >= 89.5, figures["relaxed"]
    assert figures["strict"]["F1"] >= 81.0, figures["strict"]


def test_meantime_floor(shared_data: Path) -> None:
    figures = tempeval.score_meantime(shared_data / "meantime", detokenize=True)
    assert figures["value"]["F1"] >= 79.0, figures["value"]
