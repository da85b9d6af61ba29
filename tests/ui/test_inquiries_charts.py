"""The summary's charts: every bar carries its number, the data is readable without the
picture, and an empty period says so."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.summary_charts import Bar, BarChart, FigureTile

pytestmark = pytest.mark.gui


def _painted_pixels(chart: BarChart) -> int:
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = image.pixel(1, 1)
    return sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixel(x, y) != background)


def test_bars_say_their_numbers_to_screen_readers(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("OIM Tadjikistan", 4), Bar("IOM Ethiopia", 1, 2)])
    assert chart.accessibleDescription() == "OIM Tadjikistan: 4; IOM Ethiopia: 3"
    chart.resize(400, chart.sizeHint().height())
    assert _painted_pixels(chart) > 50


def test_an_empty_chart_says_so_and_draws_no_bars(qtbot: QtBot) -> None:
    chart = BarChart(vertical=True)
    qtbot.addWidget(chart)
    chart.empty_text = "Nothing in this period"
    chart.set_bars([])
    assert chart.accessibleDescription() == "Nothing in this period"
    chart.resize(300, 160)
    chart.grab()  # paints without dividing by zero


def test_long_lists_keep_the_largest_bars(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar(f"topic {n}", 20 - n) for n in range(20)])
    assert len(chart.bars()) == BarChart.MAX_BARS
    weeks = BarChart(vertical=True)
    qtbot.addWidget(weeks)
    weeks.set_bars([Bar(f"W{n}", n % 3) for n in range(52)])
    assert len(weeks.bars()) == 52  # every week of a year, labels thinned when drawn
    weeks.resize(500, 180)
    weeks.grab()


def test_figure_tile_names_its_number(qtbot: QtBot) -> None:
    tile = FigureTile()
    qtbot.addWidget(tile)
    tile.set_figure("3", "overdue now")
    assert tile.accessibleName() == "overdue now: 3"
