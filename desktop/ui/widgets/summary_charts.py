"""Bar charts and figure tiles drawn with QPainter: the summary's pictures at no install cost.

Measured (README, "The media desk"): QtCharts needs the PySide6-Addons wheel (hundreds of MB
more) and matplotlib adds about a second of import; these widgets import nothing beyond
QtWidgets. Every bar carries its number as text and every chart its data as an accessible
description, so nothing is said by colour or shape alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui import override


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    second: float = 0.0
    """A second, stacked part (e.g. answered late beside on time); 0 when unused."""


def _plain(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _accent(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def _second_colour(palette: QPalette) -> QColor:
    """The stacked part: a hatched, darker tone, told apart by pattern as well as colour."""
    base = palette.color(QPalette.ColorRole.WindowText)
    colour = QColor(base)
    colour.setAlpha(150)
    return colour


class BarChart(QWidget):
    """Horizontal bars (label, bar, number) or vertical columns over time (weeks)."""

    ROW = 22
    MAX_BARS = 12

    def __init__(self, vertical: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vertical = vertical
        self._bars: list[Bar] = []
        self._legend: tuple[str, str] | None = None
        self.value_text: Callable[[Bar], str] = lambda bar: _plain(bar.value + bar.second)
        self.empty_text = ""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # readers reach the description
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar], legend: tuple[str, str] | None = None) -> None:
        """Show ``bars`` (the largest ``MAX_BARS`` when horizontal); ``legend`` names the two
        stacked parts when ``second`` is used."""
        self._bars = list(bars) if self._vertical else list(bars)[:self.MAX_BARS]
        self._legend = legend
        self.setAccessibleDescription("; ".join(f"{b.label}: {self.value_text(b)}"
                                                for b in self._bars) or self.empty_text)
        self.setMinimumHeight(self.sizeHint().height())  # every bar shown, none squeezed
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    @override
    def sizeHint(self) -> QSize:
        legend = self.ROW if self._legend else 0
        if self._vertical:
            return QSize(320, 170 + legend)
        return QSize(320, max(1, len(self._bars)) * self.ROW + 8 + legend)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self._legend:
            self._paint_legend(painter, area)
            area.setTop(area.top() + self.ROW)
        if not self._bars or not any(b.value + b.second for b in self._bars):
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        elif self._vertical:
            self._paint_columns(painter, area)
        else:
            self._paint_rows(painter, area)
        painter.end()

    def _paint_legend(self, painter: QPainter, area: QRectF) -> None:
        assert self._legend is not None
        x = area.left()
        metrics = QFontMetrics(self.font())
        for index, text in enumerate(self._legend):
            box = QRectF(x, area.top() + 5, 12, 12)
            self._fill(painter, box, second=index == 1)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x + 16, area.top(), area.width(), self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += 16 + metrics.horizontalAdvance(text) + 18

    def _fill(self, painter: QPainter, rect: QRectF, second: bool) -> None:
        palette = self.palette()
        if second:
            painter.fillRect(rect, _second_colour(palette))
            painter.fillRect(rect, Qt.BrushStyle.BDiagPattern)
        else:
            painter.fillRect(rect, _accent(palette))

    def _paint_rows(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        label_width = min(area.width() * 0.38,
                          max(metrics.horizontalAdvance(b.label) for b in self._bars) + 16)
        value_width = max(metrics.horizontalAdvance(self.value_text(b)) for b in self._bars) + 8
        bar_width = max(10.0, area.width() - label_width - value_width)
        top_value = max(b.value + b.second for b in self._bars) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for row, bar in enumerate(self._bars):
            y = area.top() + row * self.ROW
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                       int(label_width - 6))
            painter.drawText(QRectF(area.left(), y, label_width - 8, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            x = area.left() + label_width
            first = bar_width * bar.value / top_value
            second = bar_width * bar.second / top_value
            self._fill(painter, QRectF(x, y + 4, first, self.ROW - 8), second=False)
            if second:
                self._fill(painter, QRectF(x + first, y + 4, second, self.ROW - 8), second=True)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + first + second + 4, y, value_width, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter, self.value_text(bar))

    def _paint_columns(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        text_height = metrics.height() + 2
        plot = area.adjusted(0, text_height, 0, -text_height)
        top_value = max(b.value + b.second for b in self._bars) or 1
        slot = plot.width() / len(self._bars)
        width = max(2.0, min(36.0, slot * 0.7))
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        label_every = max(1, int(len(self._bars) / max(1, plot.width() // 70)) + 0)
        for index, bar in enumerate(self._bars):
            x = plot.left() + index * slot + (slot - width) / 2
            first = plot.height() * bar.value / top_value
            second = plot.height() * bar.second / top_value
            self._fill(painter, QRectF(x, plot.bottom() - first, width, first), second=False)
            if second:
                self._fill(painter, QRectF(x, plot.bottom() - first - second, width, second),
                           second=True)
            painter.setPen(text_colour)
            if bar.value + bar.second:
                painter.drawText(QRectF(x - 10, plot.bottom() - first - second - text_height,
                                        width + 20, text_height),
                                 Qt.AlignmentFlag.AlignCenter, self.value_text(bar))
            if index % label_every == 0:
                painter.drawText(QRectF(x - 30, plot.bottom() + 2, width + 60, text_height),
                                 Qt.AlignmentFlag.AlignCenter, bar.label)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())


class FigureTile(QWidget):
    """One big number with its caption ("3" / "overdue now")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_label = QLabel()
        self.value_label.setObjectName("figureValue")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_figure(self, value: str, caption: str) -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")
