"""The extractor meets its quality targets on labelled releases (a behaviour, not timing).

``corpus`` is what the extractor was built on; ``blind`` was written before reading the
extractor and ``holdout`` after the fixes the blind set prompted, without tuning on it. Each of
corpus and blind must meet the targets alone; holdout is small (10 releases), so it counts in
the pooled figure and must keep contact F1 on its own.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "releases"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extraction_quality", ROOT / "benchmarks" / "extraction_quality.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assert_targets(result: dict[str, Any]) -> None:
    assert result["contacts"]["f1"] >= 0.95, result["mistakes"]
    for field, score in result["fields"].items():
        assert score >= 0.9, (field, result["mistakes"])


def _labelled(folder: Path) -> list[Path]:
    return [
        p for p in folder.iterdir()
        if p.suffix != ".json" and (folder / f"{p.name}.json").exists()
    ]


def test_corpus_is_large_and_varied_enough() -> None:
    files = _labelled(DATA / "corpus")
    assert len(files) >= 30
    assert {".txt", ".html", ".eml", ".docx"} <= {p.suffix for p in files}


def test_blind_and_holdout_sets_are_there() -> None:
    blind = _labelled(DATA / "blind")
    assert len(blind) >= 30
    assert {".txt", ".html", ".eml"} <= {p.suffix for p in blind}
    assert len(_labelled(DATA / "holdout")) >= 10


@pytest.mark.parametrize("folder", ["corpus", "blind"])
def test_contact_f1_and_field_accuracy_meet_targets(folder: str) -> None:
    _assert_targets(_benchmark().evaluate(DATA / folder))


def test_targets_hold_on_all_labelled_releases_together() -> None:
    benchmark = _benchmark()
    _assert_targets(benchmark.evaluate([DATA / "corpus", DATA / "blind", DATA / "holdout"]))
    assert benchmark.evaluate(DATA / "holdout")["contacts"]["f1"] >= 0.95
