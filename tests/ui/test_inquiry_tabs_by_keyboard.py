"""Alt+J and Alt+U (the Journalists and Summary tabs' underlined letters) switch the media
desk's tabs from wherever the keyboard is in the window, in every language (issue 11,
point 4). They are window shortcuts: Qt delivers them only to the active window, which a
test must make active (``activateWindow``) as a person's click does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import INQUIRIES

pytestmark = pytest.mark.gui


def _alt(qtbot: QtBot, key: Qt.Key) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, Qt.KeyboardModifier.AltModifier)


def _mnemonic_key(text: str) -> Qt.Key:
    sequence = QKeySequence.mnemonic(text)
    assert not sequence.isEmpty(), text
    return sequence[0].key()


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_tabs_underlined_letters_switch_tabs(qtbot: QtBot, window: Any,
                                                 language: str) -> None:
    window.translations.apply(language)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_view(INQUIRIES)
    view = window.stack.currentWidget()
    view.status_filter.setFocus()  # a combo box on the Desk tab
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.status_filter)
    journalists, summary, desk = (_mnemonic_key(view.tabs.tabText(i)) for i in (2, 1, 0))
    if language == "en":
        assert (journalists, summary) == (Qt.Key.Key_J, Qt.Key.Key_U)
    _alt(qtbot, journalists)
    assert view.tabs.currentWidget() is view.journalists
    assert view.journalists.isAncestorOf(QApplication.focusWidget())  # typing goes there
    _alt(qtbot, summary)  # from the journalist search field
    assert view.tabs.currentWidget() is view.summary
    _alt(qtbot, desk)
    assert view.tabs.currentIndex() == 0


def test_each_underlined_letter_means_one_thing_on_the_desk(window: Any) -> None:
    """An Alt+letter shared by two widgets of the window only moves between them."""
    window.show_view(INQUIRIES)
    view = window.stack.currentWidget()
    texts = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    texts += [w.text() for w in view.findChildren(QWidget)
              if hasattr(w, "text") and callable(w.text) and w.isVisibleTo(window)
              and isinstance(w.text(), str) and "&" in w.text()]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts]
    keys = [k for k in keys if k]
    assert len(keys) == len(set(keys)), sorted(keys)
