""""Show the first page" of a long sheet takes seconds (thousands of people): while the page is
drawn the preview shows a busy cursor and says so, instead of an empty pane and no button;
the cursor comes back when the page (or a refusal) arrives."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


class HeldTaskRunner(InlineTaskRunner):
    """Runs tasks at once, or, while ``held``, keeps them until ``release``: the moment
    between pressing the button and the page coming back, without a clock."""

    held = False

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[Any] = []

    def _start(self, job: Any) -> None:
        if self.held:
            self.jobs.append(job)
        else:
            job.run()

    def release(self) -> None:
        self.held = False
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            job.run()


def test_the_preview_is_busy_while_the_long_sheet_is_drawn(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.dialogs import sheet_preview

    monkeypatch.setattr(sheet_preview, "PREVIEW_LIMIT", 1)
    add_people(db)
    tasks = HeldTaskRunner()
    dialog = ExportDialog(db, tasks, ExportContext())
    qtbot.addWidget(dialog)
    dialog.set_scope("all")
    dialog.set_format("pdf")
    dialog.refresh_preview()
    box = dialog.preview_box
    assert not dialog.preview_button.isHidden()
    assert not box.testAttribute(Qt.WidgetAttribute.WA_SetCursor)
    tasks.held = True
    dialog.preview_button.click()
    assert box.cursor().shape() == Qt.CursorShape.BusyCursor
    assert dialog.preview_note.text() == "Drawing the first page…"
    tasks.release()
    assert dialog.preview is not None
    assert dialog.preview_note.text() == "2 contacts on 1 page."
    assert not box.testAttribute(Qt.WidgetAttribute.WA_SetCursor)
