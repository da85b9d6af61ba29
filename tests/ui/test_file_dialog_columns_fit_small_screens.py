"""File → Import's and Export → Choose…'s file dialog on an 800×600 screen: Qt's own dialog
opened 630 px wide and cut its Size, Type and Date columns ("11....KiB", "doc...PDF",
"29 11 2…6 21:53" in French); it now takes the window's width and those columns are as wide as
what they hold."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QTreeView
from pytestqt.qtbot import QtBot

from desktop.ui.file_dialogs import open_file_names, save_file_name
from desktop.ui.i18n import Translations

pytestmark = pytest.mark.gui


def _cut_columns(qtbot: QtBot, window: QMainWindow, opens: Callable[[], object]) -> list[str]:
    """Open a dialog through ``opens``; the columns narrower than what they hold."""
    cut: list[str] = []
    sizes: list[int] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read)
            return
        sizes.append(dialog.width())
        tree = dialog.findChild(QTreeView)
        assert tree is not None
        model, root = tree.model(), tree.rootIndex()

        def listed() -> bool:
            return model.rowCount(root) >= 2

        qtbot.waitUntil(listed)
        qtbot.wait(50)
        header = tree.header()
        for column in range(1, header.count()):
            if header.isSectionHidden(column):
                continue
            needed = max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            if header.sectionSize(column) < needed:
                cut.append(f"{model.headerData(column, header.orientation())}: "
                           f"{header.sectionSize(column)} < {needed}")
        dialog.reject()

    QTimer.singleShot(0, read)
    opens()
    assert sizes and sizes[0] <= window.width()
    return cut


@pytest.fixture
def narrow_columns_remembered(
        qapp: QApplication, tmp_path: Path, qt_user_settings: Path) -> Iterator[None]:
    """Qt's file dialog restores its columns from the user's QtProject settings (kept here in
    a scratch folder, not in ~/.config): remember them narrow, as a person who once dragged
    them, or Qt's defaults on a small screen, leaves them. Afterwards Qt's settings go back to
    the session's scratch folder (tests/ui/conftest.py), never to the real ~/.config."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    dialog = QFileDialog(None, "", str(tmp_path), "*")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    tree = dialog.findChild(QTreeView)
    assert tree is not None
    for column, width in ((0, 255), (1, 40), (2, 40), (3, 60)):
        tree.header().resizeSection(column, width)
    del tree
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    yield
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(qt_user_settings))


@pytest.fixture
def small_window(qtbot: QtBot, tmp_path: Path, narrow_columns_remembered: None) -> QMainWindow:
    (tmp_path / "communique_de_presse.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 11_000)
    (tmp_path / "note.txt").write_text("x" * 354, encoding="utf-8")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 560)
    window.show()
    return window


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_open_dialog_shows_size_type_and_date_whole(
        qtbot: QtBot, small_window: QMainWindow, translations: Translations, tmp_path: Path,
        language: str) -> None:
    translations.apply(language)
    assert _cut_columns(qtbot, small_window, lambda: open_file_names(
        small_window, "Importer", str(tmp_path), "Tout (*)")) == []


def test_the_save_dialog_shows_size_type_and_date_whole(
        qtbot: QtBot, small_window: QMainWindow, translations: Translations,
        tmp_path: Path) -> None:
    translations.apply("fr")
    assert _cut_columns(qtbot, small_window, lambda: save_file_name(
        small_window, "Exporter", str(tmp_path / "contacts.csv"), "Tout (*)")) == []
