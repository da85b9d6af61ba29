"""The desk's summary for a period, as pictures: per week, time to answer, on time vs late,
overdue now, and by office, assignee and topic.

The figures come from ``summarize(since, until)`` in the services (the command line reports
the same); this panel only draws them (``widgets.summary_charts``: QPainter, no extra package).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.dates import medium_date, month_day
from desktop.ui.refusals import said
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.summary_charts import Bar, BarChart, FigureTile

PERIODS = (("4w", 28), ("12w", 84), ("52w", 364), ("custom", 0))


def duration_text(seconds: float | None) -> str:
    """A median time to answer in the unit people use for it."""
    if seconds is None:
        return "—"
    minutes = seconds / 60
    if minutes < 90:
        return QCoreApplication.translate("SummaryPanel", "%n min", None, round(minutes))
    hours = minutes / 60
    if hours < 48:
        return QCoreApplication.translate("SummaryPanel", "%n h", None, round(hours))
    return QCoreApplication.translate("SummaryPanel", "%n days", None, round(hours / 24))


class SummaryPanel(QWidget):
    """Figures and charts for the chosen period; ``refresh()`` asks the services again."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self._db, self._tasks = db, tasks
        self._clock = clock or (lambda: datetime.now(UTC))
        self.summary: Any = None
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("summaryPeriod")
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period_combo)
        self.since_edit = QDateEdit()
        self.since_edit.setObjectName("summarySince")
        self.until_edit = QDateEdit()
        self.until_edit.setObjectName("summaryUntil")
        local = self._clock().astimezone()
        today = QDate(local.year, local.month, local.day)
        for edit, day in ((self.since_edit, today.addDays(-83)), (self.until_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDate(day)
        self.range_label = QLabel()
        self.range_label.setObjectName("summaryRange")
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        top.addWidget(self.since_edit)
        top.addWidget(self.until_edit)
        top.addWidget(self.range_label, 1)

        self.total_tile = FigureTile()
        self.median_tile = FigureTile()
        self.on_time_tile = FigureTile()
        self.overdue_tile = FigureTile()
        tiles = QHBoxLayout()
        for tile in (self.total_tile, self.median_tile, self.on_time_tile, self.overdue_tile):
            tile.setObjectName("summaryTile")
            tiles.addWidget(tile, 1)

        self.weeks_chart = BarChart(vertical=True)
        self.weeks_chart.setObjectName("weeksChart")
        self.timeliness_chart = BarChart()
        self.timeliness_chart.setObjectName("timelinessChart")
        self.office_chart = BarChart()
        self.office_chart.setObjectName("officeChart")
        self.assignee_chart = BarChart()
        self.assignee_chart.setObjectName("assigneeChart")
        self.topic_chart = BarChart()
        self.topic_chart.setObjectName("topicChart")
        self._boxes: list[QGroupBox] = []
        grid = QGridLayout()
        placed = ((self.weeks_chart, 0, 0, 1, 2), (self.timeliness_chart, 1, 0, 1, 1),
                  (self.office_chart, 1, 1, 1, 1), (self.assignee_chart, 2, 0, 1, 1),
                  (self.topic_chart, 2, 1, 1, 1))
        for chart, row, column, rows, columns in placed:
            box = QGroupBox()
            inner = QVBoxLayout(box)
            inner.addWidget(chart)
            self._boxes.append(box)
            grid.addWidget(box, row, column, rows, columns)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        body_layout.addLayout(tiles)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate_ui()
        self.period_combo.setCurrentIndex(1)  # twelve weeks
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.since_edit.dateChanged.connect(self.refresh)
        self.until_edit.dateChanged.connect(self.refresh)
        self._update_custom()

    def period(self) -> tuple[datetime, datetime]:
        """[since, until) in UTC: whole days in the viewer's zone, ending today."""
        now = self._clock()
        zone = now.astimezone().tzinfo
        choice = self.period_combo.currentData()
        if choice == "custom":
            first = self.since_edit.date().toPython()
            last = self.until_edit.date().toPython()
        else:
            last = now.astimezone().date()
            days = dict(PERIODS).get(str(choice), 84)
            first = last - timedelta(days=days - 1)
        assert isinstance(first, date) and isinstance(last, date)
        since = datetime.combine(first, time(0), zone).astimezone(UTC)
        until = datetime.combine(last + timedelta(days=1), time(0), zone).astimezone(UTC)
        return since, until

    def _update_custom(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.since_edit.setVisible(custom)
        self.until_edit.setVisible(custom)

    def refresh(self) -> None:
        from desktop.services.inquiry_summary import summarize

        self._update_custom()
        db, (since, until), now = self._db, self.period(), self._clock()
        self._tasks.run(lambda: summarize(db, since, until, now=now), self.show_summary,
                        self._failed, key=f"summary-{id(self)}", owner=self)

    def _failed(self, error: BaseException, _details: str) -> None:
        self.range_label.setText(self.tr("The summary could not be made: {0}").format(said(error)))

    def show_summary(self, summary: Any) -> None:
        self.summary = summary
        since, until = self.period()
        last_day = (until - timedelta(seconds=1)).astimezone().date()
        self.range_label.setText(self.tr("{since} to {until}").format(
            since=medium_date(since.astimezone().date()), until=medium_date(last_day)))
        self.total_tile.set_figure(str(summary.total), self.tr("inquiries received"))
        median = duration_text(summary.median_answer_seconds)
        self.median_tile.set_figure(median, self.tr("median time to answer"))
        answered = summary.answered_on_time + summary.answered_late
        share = f"{round(100 * summary.answered_on_time / answered)} %" if answered else "—"
        self.on_time_tile.set_figure(share, self.tr("answered on time"))
        self.overdue_tile.set_figure(str(summary.overdue_now), self.tr("overdue now"))
        self.weeks_chart.set_bars([Bar(month_day(week), count)
                                   for week, count in summary.per_week])
        self.timeliness_chart.set_bars(
            [Bar(self.tr("On time"), summary.answered_on_time),
             Bar(self.tr("Late"), 0, summary.answered_late),
             Bar(self.tr("Open, overdue"), 0, summary.overdue_now)])
        for chart, rows in ((self.office_chart, summary.by_office),
                            (self.assignee_chart, summary.by_assignee),
                            (self.topic_chart, summary.by_topic)):
            chart.set_bars([Bar(name or self.tr("(none)"), count) for name, count in rows])

    def retranslate_ui(self) -> None:
        from desktop.ui.dates import edit_format

        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(edit_format(with_time=False))
        self.period_label.setText(self.tr("&Period"))
        self.period_combo.setAccessibleName(self.tr("Period"))
        current = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for code, text in (("4w", self.tr("Last 4 weeks")), ("12w", self.tr("Last 12 weeks")),
                           ("52w", self.tr("Last 52 weeks")), ("custom", self.tr("Dates…"))):
            self.period_combo.addItem(text, code)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current)))
        self.period_combo.blockSignals(False)
        # As long as its longest choice: the window's few-characters rule cut "Últimas 12 s"
        # at 800×600, and there is room for it beside the dates.
        self.period_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo.setMinimumContentsLength(max(
            len(self.period_combo.itemText(i)) for i in range(self.period_combo.count())) + 2)
        self.since_edit.setAccessibleName(self.tr("From"))
        self.until_edit.setAccessibleName(self.tr("To"))
        titles = (self.tr("Inquiries per week"), self.tr("On time, late, overdue"),
                  self.tr("By office"), self.tr("By assignee"), self.tr("By topic"))
        for box, title in zip(self._boxes, titles, strict=True):
            box.setTitle(title)
        for chart, title in zip((self.weeks_chart, self.timeliness_chart, self.office_chart,
                                 self.assignee_chart, self.topic_chart), titles, strict=True):
            chart.setAccessibleName(title)
            chart.empty_text = self.tr("Nothing in this period")
        if self.summary is not None:
            self.show_summary(self.summary)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
