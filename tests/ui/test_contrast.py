"""Every piece of text on the contacts page reaches WCAG AA (4.5:1) in the light and dark
themes, measured on the rendered pixels (issue 11, point 4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.theme import apply_theme, contrast
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    style = qapp.style().name()
    yield
    qapp.setStyle(style)
    qapp.setPalette(QPalette())


def text_contrast(image: QImage, rect: QRect) -> float:
    """The contrast between the commonest colour in ``rect`` (the background) and the pixel
    farthest from it (the core of the glyphs)."""
    colours: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            colours[image.pixel(x, y)] += 1
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(rgb)) for rgb in colours)


def readable_labels(window: Any) -> list[QLabel]:
    page = window.contacts
    labels = [label for label in page.findChildren(QLabel)
              if label.isVisible() and label.text().strip() and label.width() > 4]
    return [*labels, window.counts_label]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_all_text_on_the_card_reaches_aa(qtbot: QtBot, window: Any, themed: None,
                                         theme: str) -> None:
    add_people(window.db)
    window.refresh()
    apply_theme(theme)
    window.resize(1400, 900)
    window.contacts.table.selectRow(0)
    qtbot.wait(50)
    image = window.grab().toImage()
    low = []
    for label in readable_labels(window):
        top_left = label.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, label.size()).intersected(image.rect())
        if rect.isEmpty():
            continue
        ratio = text_contrast(image, rect)
        if ratio < 4.5:
            low.append(f"{label.objectName() or label.text()[:20]}: {ratio:.1f}")
    assert not low


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_empty_card_hint_reaches_aa(qtbot: QtBot, window: Any, themed: None,
                                        theme: str) -> None:
    apply_theme(theme)
    window.resize(1400, 900)
    qtbot.wait(50)  # the theme's palette reaches every widget
    card = window.contacts.card
    card.show_contact(None)
    hint = card.findChild(QLabel, "cardEmpty")
    qtbot.waitUntil(hint.isVisible, timeout=2000)
    qtbot.wait(20)
    image = window.grab().toImage()
    rect = QRect(hint.mapTo(window, QPoint(0, 0)), hint.size()).intersected(image.rect())
    assert text_contrast(image, rect) >= 4.5
