"""The extractor meets its quality targets on labelled releases (a behaviour, not timing).

``corpus`` is what the extractor was built on; ``blind`` and ``holdout`` to ``holdout9`` were each
written before reading the extractor (or its latest fixes) and then tuned on, so each must meet
the targets alone (``holdout8`` scored 0.778 on phones and e-mails when written, from contact text
hard-wrapped onto the next line; ``holdout9``, hard-wrapped e-mailed releases, contacts F1 0.968
with titles at 0.933 and datelines at 0.875). ``holdout10`` (country offices' everyday shapes:
scraped pages with menus and footers, wrapped e-mails, vertical blocks, "Media contacts:" lists)
was written after the ``holdout9`` fixes and not tuned on: contacts F1 0.917 (recall 0.846),
every contact field 1.000, datelines 0.875 when written (a French "… contacter X," wrapped before
the title; a Russian vertical block under "Контакты для СМИ:"; a "Ciudad, fecha.-" dateline). It
is held to the targets pooled with every other folder, where one small folder cannot hide a
general regression, plus a weaker guard of its own.
Labels follow ``tests/data/releases/LABELLING.md``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "releases"
TUNED = ("corpus", "blind", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
         "holdout6", "holdout7", "holdout8", "holdout9", "realshapes", "realshapes2", "realshapes3",
         "realshapes4", "realshapes5", "realshapes6", "realshapes7", "realshapes9",
         "realshapes10",
         "realshapes11",
         "realshapes12",
         "realshapes13",
         "realshapes15",
         "realshapes16",
         "realshapes17",
         "realshapes18",
         "realshapes14",
         "morelanguages")
FRESH = ("holdout10",)


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
    holdout2 = _labelled(DATA / "holdout2")
    assert len(holdout2) >= 25
    assert {".txt", ".html", ".eml"} <= {p.suffix for p in holdout2}
    assert len(_labelled(DATA / "holdout3")) >= 10
    holdout4 = _labelled(DATA / "holdout4")
    assert len(holdout4) >= 30
    assert {".txt", ".html", ".eml"} <= {p.suffix for p in holdout4}
    assert len(_labelled(DATA / "holdout5")) >= 10
    holdout6 = _labelled(DATA / "holdout6")
    assert len(holdout6) >= 25
    assert {".txt", ".html", ".eml"} <= {p.suffix for p in holdout6}
    assert len(_labelled(DATA / "holdout7")) >= 10
    holdout8 = _labelled(DATA / "holdout8")
    assert len(holdout8) >= 10
    assert {".txt", ".html", ".eml"} <= {p.suffix for p in holdout8}
    holdout9 = _labelled(DATA / "holdout9")
    assert len(holdout9) >= 8
    assert {".txt", ".eml"} <= {p.suffix for p in holdout9}
    holdout10 = _labelled(DATA / "holdout10")
    assert len(holdout10) >= 8
    assert {".txt", ".html", ".eml"} <= {p.suffix for p in holdout10}


def test_benchmark_scores_every_labelled_folder() -> None:
    benchmark = _benchmark()
    names = {p.name for p in (*benchmark.TUNED_CORPORA, *benchmark.FRESH_CORPORA)}
    assert names == set(TUNED) | set(FRESH)


@pytest.mark.parametrize("folder", TUNED)
def test_each_tuned_folder_meets_targets(folder: str) -> None:
    _assert_targets(_benchmark().evaluate(DATA / folder))


def test_fresh_folder_finds_most_contacts_exactly() -> None:
    """Below the targets but not far: a guard against a fix that breaks unseen releases."""
    result = _benchmark().evaluate([DATA / name for name in FRESH])
    assert result["contacts"]["f1"] >= 0.9, result["mistakes"]
    for field in ("title", "office", "country", "phones", "emails"):
        assert result["fields"][field] >= 0.9, (field, result["mistakes"])


def test_targets_hold_on_all_labelled_releases_together() -> None:
    _assert_targets(_benchmark().evaluate([DATA / name for name in (*TUNED, *FRESH)]))
