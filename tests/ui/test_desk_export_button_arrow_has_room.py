"""The media desk's Export button draws its menu arrow apart from its word, in every
language: a tool button's arrow sat in its corner touching "Export"/"Exporter"'s last letter."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui
GAP = 3
"""Blank pixel columns wanted between the word and the arrow."""


def _inked_runs(button: Any) -> list[tuple[int, int]]:
    """(first, last) column of each run of columns holding a dark pixel: letters, arrow."""
    image = button.grab().toImage()
    frame = 4  # the button's own border is dark too
    inked = [any(image.pixelColor(x, y).lightness() < 110
                 for y in range(frame, image.height() - frame))
             for x in range(frame, image.width() - frame)]
    runs: list[tuple[int, int]] = []
    for x, dark in enumerate(inked):
        if dark and runs and runs[-1][1] == x - 1:
            runs[-1] = (runs[-1][0], x)
        elif dark:
            runs.append((x, x))
    return runs


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_export_arrow_stands_apart_from_its_word(qtbot: QtBot, window: Any,
                                                    language: str) -> None:
    from desktop.ui.main_window import INQUIRIES

    window.translations.apply(language)
    window.resize(800, 560)
    window.show_view(INQUIRIES)
    button = window.stack.currentWidget().export_button
    qtbot.waitUntil(button.isVisible)
    assert button.menu() is not None and len(button.menu().actions()) == 2
    runs = _inked_runs(button)
    assert len(runs) >= 2, runs
    (_, word_end), (arrow_start, _) = runs[-2], runs[-1]
    assert arrow_start - word_end - 1 >= GAP, runs
