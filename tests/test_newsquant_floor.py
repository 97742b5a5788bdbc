"""Regression floor on NewsQuant (../shared/data/newsquant), scored as the CQE paper does (bench/newsquant.py).
The floors sit a little under the figures achieved on 2026-11-21 (value F1 94.3, value+unit F1 83.0), so a
change that loses accuracy fails CI."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # whole gold sets of ../shared/data

_SPEC = importlib.util.spec_from_file_location("bench_newsquant", ROOT / "bench" / "newsquant.py")
assert _SPEC and _SPEC.loader
newsquant = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(newsquant)

FLOORS = {"value": 94.0, "value+unit": 87.5}


def test_newsquant_floor(shared_data: Path) -> None:
    data = json.loads((shared_data / "newsquant" / "NewsQuant.json").read_text(encoding="utf-8"))
    scores = newsquant.score(data)
    for kind, floor in FLOORS.items():
        assert scores[kind][2] >= floor, f"NewsQuant {kind} F1 {scores[kind][2]} fell below {floor}"


def test_recognizers_text_sets_score(shared_data: Path) -> None:
    floors = {"age-model": 95.0, "currency-model": 79.0, "dimension-model": 84.0, "temperature-model": 95.0}
    for name, floor in floors.items():
        data = json.loads((shared_data / "newsquant" / f"{name}.json").read_text(encoding="utf-8"))
        assert newsquant.score(data)["value"][2] >= floor, name
