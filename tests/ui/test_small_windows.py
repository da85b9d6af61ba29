"""From 800×600 up nothing the user reads is cut: the results' columns show their contents
(the least useful hidden first), the card's text wraps without a sideways scrollbar, and the
empty state's sentence is whole (issue 11, point 3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.ui.models.contacts_model import NAME, PHONE
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
SIZES = [(800, 600), (1024, 640), (1400, 900)]


def _settle(qtbot: QtBot, window: Any, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.wait(50)


def _cut_labels(widget: Any) -> list[str]:
    cut = []
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                cut.append(f"{label.objectName()}: {label.text()[:40]!r} needs {needed} px "
                           f"high, has {label.height()}")
        elif label.sizeHint().width() > label.width() + 1:
            cut.append(f"{label.objectName()}: {label.text()[:40]!r} needs "
                       f"{label.sizeHint().width()} px, has {label.width()}")
    return cut


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_card_is_whole_and_never_scrolls_sideways(qtbot: QtBot, window: Any,
                                                      width: int, height: int) -> None:
    add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(1)  # a mobile: Call, Copy and WhatsApp on one line
    _settle(qtbot, window, width, height)
    window.contacts.splitter.setSizes([10_000, 1])  # the results dragged as wide as they go
    qtbot.wait(20)
    card = window.contacts.card
    scroll = card.findChild(QScrollArea, "contactCardScroll")
    assert not scroll.horizontalScrollBar().isVisible()
    assert card.width() >= card.findChild(QLabel, "cardName").minimumSizeHint().width()
    body = scroll.widget()
    assert body.width() <= scroll.viewport().width()
    buttons = [b for b in card.findChildren(type(card.first_action())) if b.isVisible()]
    for button in buttons:
        right = button.mapTo(body, button.rect().topRight()).x()
        assert right <= scroll.viewport().width(), button.objectName()
    assert not _cut_labels(card)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_results_show_whole_names_and_numbers(qtbot: QtBot, window: Any,
                                                   width: int, height: int) -> None:
    add_people(window.db)
    window.refresh()
    _settle(qtbot, window, width, height)
    table = window.contacts.table
    header = table.horizontalHeader()
    for column in (NAME, PHONE):
        assert not header.isSectionHidden(column)
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    for column in shown:  # what is shown is whole, header included
        assert header.sectionSize(column) >= min(table.sizeHintForColumn(column),
                                                 header.sectionSizeHint(column)), column
    assert header.length() <= table.viewport().width() + 1  # no sideways scrolling


def test_the_empty_state_sentence_is_whole_at_800_by_600(qtbot: QtBot, window: Any) -> None:
    _settle(qtbot, window, 800, 600)
    label = window.contacts.empty_label
    assert label.isVisible()
    assert label.heightForWidth(label.width()) <= label.height()
    assert label.width() <= window.contacts.table.viewport().width()
    assert label.alignment() & Qt.AlignmentFlag.AlignHCenter


SCREEN = (800, 600)
FREE = (800, 560)  # what a desktop leaves of an 800×600 screen under a panel


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_view_fits_an_800_by_600_screen(qtbot: QtBot, window: Any,
                                              language: str) -> None:
    """Each view's least width fits beside the sidebar (icons only when narrow), so the
    window never opens or grows wider than the screen."""
    from desktop.ui.main_window import INQUIRIES

    window.translations.apply(language)
    _settle(qtbot, window, *FREE)
    for view in range(INQUIRIES + 1):
        window.show_view(view)
        for combo in window.stack.currentWidget().findChildren(QComboBox):
            combo.addItem("Organisation internationale pour les migrations — Tadjikistan")
        qtbot.wait(10)
        least = window.minimumSizeHint()
        assert least.width() <= FREE[0] and least.height() <= FREE[1], (view, least)
        assert window.width() <= FREE[0], view
    items = [window.navigation.item(r) for r in range(window.navigation.count())]
    assert all(item.data(Qt.ItemDataRole.AccessibleTextRole) for item in items)
    window.resize(1400, 900)  # room again: the names come back
    qtbot.waitUntil(lambda: all(item.text() for item in items))


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[None]:
    """Text at 125 %, as many people set it on a small laptop screen."""
    font = qapp.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.25)
    qapp.setFont(larger)
    yield
    qapp.setFont(font)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_settings_fit_an_800_by_600_screen_with_larger_text_and_a_long_answer(
        qtbot: QtBot, window: Any, language: str, larger_text: None) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog
    from desktop.ui.i18n import sorted_countries

    window.translations.apply(language)
    dialog = SettingsDialog(window.tasks, list(sorted_countries(language)), window)
    qtbot.addWidget(dialog)
    dialog.test_result.setText("Cannot connect: the server at db.example.org:5432 refused "
                               "the password for user press_officer. " * 4)
    dialog.show()
    qtbot.waitExposed(dialog)
    natural = dialog.layout().sizeHint()  # what the dialog asks for, whatever the screen
    assert natural.width() <= SCREEN[0] and natural.height() <= FREE[1], natural
    least = dialog.minimumSizeHint()
    assert least.width() <= SCREEN[0] and least.height() <= FREE[1], least
    assert dialog.buttons.isVisible()


def test_the_keyboard_entering_a_long_card_keeps_the_name_in_view(qtbot: QtBot,
                                                                   window: Any) -> None:
    """Enter on a result puts the keyboard on the card's first button; the scroll area used to
    scroll just far enough for the button, cutting the person's name at the top."""
    add_people(window.db)
    window.refresh()
    _settle(qtbot, window, *FREE)
    view = window.contacts
    view.table.selectRow(0)
    card = view.card
    scroll = card.findChild(QScrollArea, "contactCardScroll")
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)  # the card scrolls here
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    view.table.setFocus()
    view.show_card_and_focus()
    assert QApplication.focusWidget() is card.first_action()
    assert scroll.verticalScrollBar().value() == 0
