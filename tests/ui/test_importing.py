"""Importing: drop filtering, the dry-run preview, Import writes, every Cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import contacts, releases
from desktop.services.database import Database
from desktop.ui.dialogs.import_dialog import ERROR_COLOR, ImportPreviewDialog
from desktop.ui.importing import ImportController
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui
SAMPLES = Path(__file__).resolve().parent.parent / "data" / "releases"
SAMPLE_PATHS = [SAMPLES / name for name in (
    "colombia_integration_es.txt", "ethiopia_drought_en.txt", "nepal_labour_en.html",
    "niger_transit_fr.txt", "tajikistan_almaty_process_fr.txt")]


@pytest.fixture
def controller(qtbot: QtBot, db: Database) -> ImportController:
    window = QWidget()
    qtbot.addWidget(window)
    return ImportController(db, InlineTaskRunner(), window)


def preview_of(controller: ImportController) -> ImportPreviewDialog:
    dialog = controller.preview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_paths_from_mime_keeps_local_release_and_contact_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.HTML", "c.vcf", "d.csv", "e.pdf", "f.png"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    for name in ("x.eml", "sub/y.docx", "z.jpg", "cards.vcf", ".hidden/h.txt", "w.htm"):
        (folder / name).write_text("x", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in
                  ("a.txt", "b.HTML", "c.vcf", "d.csv", "e.pdf", "f.png", "a.txt", "gone.txt")]
                 + [QUrl.fromLocalFile(str(folder)), QUrl("https://example.org/release.txt")])
    assert ImportController.paths_from_mime(mime) == [
        tmp_path / "a.txt", tmp_path / "b.HTML", tmp_path / "c.vcf", tmp_path / "d.csv",
        tmp_path / "e.pdf", folder / "sub" / "y.docx", folder / "w.htm", folder / "x.eml"]
    text_only = QMimeData()
    text_only.setText("/etc/passwd")
    assert ImportController.paths_from_mime(text_only) == []


def test_preview_lists_what_will_be_created_and_flagged_without_writing(
        controller: ImportController, db: Database) -> None:
    assert controller.start(SAMPLE_PATHS)
    dialog = preview_of(controller)
    assert releases.count_releases(db) == 0 and contacts.count_contacts(db) == 0
    files = dialog.items_of_kind("release")
    assert [item.text(0) for item in files] == [p.name for p in SAMPLE_PATHS]
    assert {item.text(1) for item in files} == {"New release"}
    people = {item.text(0): item.text(1) for item in dialog.items_of_kind("contact")}
    assert people["Abdulfattoh Shafiev — OIM Tadjikistan"] == "Create contact"
    assert people["Cristina Tranca"] == "Quoted, not in the directory"
    assert people["Valentina Rojas — OIM Colombia"] == "Create contact, flagged for review"
    flags = dialog.items_of_kind("flag")
    assert len(flags) == 1 and "+57 1 639 7777" in flags[0].text(2)
    parent = flags[0].parent()
    assert parent is not None and parent.text(0).startswith("Valentina Rojas")
    assert "5 new" in dialog.summary.text()
    assert dialog.import_button.isEnabled()


def test_import_writes_and_reports(qtbot: QtBot, controller: ImportController,
                                   db: Database) -> None:
    controller.start(SAMPLE_PATHS)
    with qtbot.waitSignal(controller.imported, timeout=5000) as signal:
        qtbot.mouseClick(preview_of(controller).import_button, Qt.MouseButton.LeftButton)
    report = signal.args[0]
    assert isinstance(report, releases.ImportReport) and not report.dry_run
    assert report.created == 5
    assert releases.count_releases(db) == 5 and contacts.count_contacts(db) == 6
    assert controller.message_box is not None
    assert "5 new" in controller.message_box.text()
    assert "6 created" in controller.message_box.text()
    assert not controller.busy and controller.preview_dialog is None


def test_cancel_in_the_preview_writes_nothing(qtbot: QtBot, controller: ImportController,
                                              db: Database) -> None:
    imported: list[object] = []
    controller.imported.connect(imported.append)
    controller.start(SAMPLE_PATHS)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        qtbot.mouseClick(preview_of(controller).cancel_button, Qt.MouseButton.LeftButton)
    assert imported == [] and not controller.busy
    assert releases.count_releases(db) == 0 and contacts.count_contacts(db) == 0


def test_cancel_during_the_import_writes_nothing(qtbot: QtBot, controller: ImportController,
                                                 db: Database) -> None:
    imported: list[object] = []
    controller.imported.connect(imported.append)
    controller.start(SAMPLE_PATHS)
    dialog = preview_of(controller)

    def cancel_midway(done: int, total: int, _name: str) -> None:
        if done == total // 2 + 1 and controller.progress_dialog is not None:
            button = controller.progress_dialog.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            button.click()

    controller.progressed.connect(cancel_midway)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported == []
    assert controller.message_box is not None
    assert "nothing was written" in controller.message_box.text()
    assert releases.count_releases(db) == 0 and contacts.count_contacts(db) == 0


def test_cancel_during_the_dry_run_shows_no_preview(
        qtbot: QtBot, controller: ImportController, db: Database) -> None:
    controller.progressed.connect(lambda done, _total, _name: controller.cancel())
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.start(SAMPLE_PATHS)
    assert controller.preview_dialog is None and not controller.busy
    assert releases.count_releases(db) == 0


def test_unreadable_files_are_shown_in_red_and_skipped(
        qtbot: QtBot, controller: ImportController, db: Database, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")
    controller.start([*SAMPLE_PATHS[:2], broken])
    dialog = preview_of(controller)
    errors = dialog.items_of_kind("error")
    assert [e.text(0) for e in errors] == ["broken.docx"] and errors[0].text(2)
    assert errors[0].foreground(2).color() == ERROR_COLOR
    assert "will be skipped" in dialog.summary.text()
    with qtbot.waitSignal(controller.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert releases.count_releases(db) == 2  # the readable files; the broken one skipped


def test_the_whole_flow_on_a_real_thread_pool(qtbot: QtBot, db: Database) -> None:
    """Work runs off the GUI thread; progress and results come back to it by signal."""
    from desktop.ui.tasks import TaskRunner

    window = QWidget()
    qtbot.addWidget(window)
    tasks = TaskRunner()
    controller = ImportController(db, tasks, window)
    seen: list[int] = []
    controller.progressed.connect(lambda done, _total, _name: seen.append(done))
    controller.start(SAMPLE_PATHS)
    qtbot.waitUntil(lambda: controller.preview_dialog is not None, timeout=10000)
    assert seen and seen[-1] == 10
    with qtbot.waitSignal(controller.imported, timeout=10000):
        preview_of(controller).accept()
    assert releases.count_releases(db) == 5
    tasks.wait()


def test_a_file_changed_after_the_preview_means_nothing_was_imported(
        qtbot: QtBot, controller: ImportController, db: Database, tmp_path: Path) -> None:
    copies = []
    for path in SAMPLE_PATHS[:2]:
        copy = tmp_path / path.name
        copy.write_bytes(path.read_bytes())
        copies.append(copy)
    imported: list[object] = []
    controller.imported.connect(imported.append)
    controller.start(copies)
    dialog = preview_of(controller)
    copies[1].unlink()  # gone between the preview and Import
    with qtbot.waitSignal(controller.finished, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported == []
    assert releases.count_releases(db) == 0
    box = controller.message_box
    assert box is not None and box.windowTitle() == "Import failed"
    assert box.text().startswith("Nothing was imported:") and copies[1].name in box.text()


def test_demo_data_with_errors_says_nothing_was_imported(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.import_commands import ImportCommands

    failed = releases.ImportReport(releases=(), dry_run=False, errors=(
        releases.FileProblem("/demo/niger_transit_fr.txt", "file not found"),))
    monkeypatch.setattr(releases, "load_demo", lambda _db, progress=None: failed)
    window = QWidget()
    qtbot.addWidget(window)
    shown: list[str] = []
    refreshed: list[bool] = []
    commands = ImportCommands(window, InlineTaskRunner(), lambda: refreshed.append(True),
                              lambda text, _msecs: shown.append(text))
    commands.set_database(db)
    commands.load_demo()
    assert refreshed == []
    assert shown[-1] == "Nothing was imported: niger_transit_fr.txt: file not found"


def test_the_file_dialog_and_a_drag_take_the_same_files(qtbot: QtBot, db: Database,
                                                        tmp_path: Path) -> None:
    from desktop.ui.import_commands import ImportCommands
    from desktop.ui.importing import IMPORT_SUFFIXES, file_dialog_filter

    assert ".text" in IMPORT_SUFFIXES and releases.RELEASE_SUFFIXES <= IMPORT_SUFFIXES
    assert "*.text" in file_dialog_filter("Releases", "All files")
    window = QWidget()
    qtbot.addWidget(window)
    commands = ImportCommands(window, InlineTaskRunner(), lambda: None, lambda *_a: None)
    commands.set_database(db)
    note = tmp_path / "release.text"
    note.write_text("x", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    assert commands.accepts(mime)
