"""The extractor meets its quality targets on the labelled corpus (a behaviour, not timing)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extraction_quality", ROOT / "benchmarks" / "extraction_quality.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_is_large_and_varied_enough() -> None:
    corpus = ROOT / "tests" / "data" / "releases" / "corpus"
    files = [
        p for p in corpus.iterdir()
        if p.suffix != ".json" and (corpus / f"{p.name}.json").exists()
    ]
    suffixes = {p.suffix for p in files}
    assert len(files) >= 30
    assert {".txt", ".html", ".eml", ".docx"} <= suffixes


def test_contact_f1_and_field_accuracy_meet_targets() -> None:
    result = _benchmark().evaluate()
    assert result["contacts"]["f1"] >= 0.95, result["mistakes"]
    for field, score in result["fields"].items():
        assert score >= 0.9, (field, result["mistakes"])
