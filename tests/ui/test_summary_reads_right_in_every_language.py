"""The desk's summary in the app's language at 800×600: its period list shows its whole
choice (it read "Últimas 12 s"), the period is written as the language writes dates ("8 sept
2026 al 30 nov 2026", not "2026-09-08 al 2026-11-30") and each week's bar is labelled with
the language's short day ("7/9", "07/09"), not "09-07"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.i18n import Translations
from desktop.ui.main_window import narrow_combo_boxes
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.summary_panel import SummaryPanel

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("language", "since", "week"), [("es", "8 sept 2026", "7/9"),
                                                         ("fr", "8 sept. 2026", "07/09")])
def test_the_summary_shows_its_period_whole_and_dates_the_languages_way(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, language: str,
        since: str, week: str) -> None:
    translations.apply(language)
    panel = SummaryPanel(sqlite_db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(panel)
    narrow_combo_boxes(panel)  # as the window does when it shows the desk
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("12w"))
    panel.resize(740, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    QApplication.processEvents()
    combo = panel.period_combo
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    assert room >= combo.fontMetrics().horizontalAdvance(combo.currentText()), (
        room, combo.currentText())
    assert since in panel.range_label.text() and "2026-" not in panel.range_label.text()
    labels = [bar.label for bar in panel.weeks_chart._bars]
    assert week in labels and not any("-" in label for label in labels), labels
