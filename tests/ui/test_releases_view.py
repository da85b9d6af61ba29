"""The releases pane: paged model, plain-text reader that fetches nothing, contact links."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import releases
from desktop.services.database import Database
from desktop.ui.models.releases_model import RELEASE_ID_ROLE, TITLE, ReleasesModel
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.releases_view import ReleasesView

pytestmark = pytest.mark.gui
SAMPLES = Path(__file__).resolve().parent.parent / "data" / "releases"
SAMPLE_NAMES = ("colombia_integration_es.txt", "ethiopia_drought_en.txt",
                "nepal_labour_en.html", "niger_transit_fr.txt",
                "tajikistan_almaty_process_fr.txt")


def import_samples(db: Database) -> releases.ImportReport:
    report = releases.import_releases(db, [SAMPLES / name for name in SAMPLE_NAMES])
    assert not report.errors
    return report


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> ReleasesView:
    import_samples(db)
    widget = ReleasesView(db, InlineTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    return widget


def test_model_pages_and_passes_the_model_tester(qtmodeltester: object, db: Database) -> None:
    import_samples(db)
    model = ReleasesModel(db, InlineTaskRunner(), page_size=2)
    model.refresh()
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # Newest first: the only dated sample (Nepal, 2 May 2025) leads, undated ones follow.
    assert model.index(0, TITLE).data().startswith("Nepal")
    ids = [model.index(row, 0).data(RELEASE_ID_ROLE) for row in range(5)]
    assert len(set(ids)) == 5


def test_empty_database_shows_the_empty_state(qtbot: QtBot, db: Database) -> None:
    widget = ReleasesView(db, InlineTaskRunner())
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty_label
    assert "No releases yet" in widget.empty_label.text()


def test_selecting_a_row_shows_the_release_as_plain_text(view: ReleasesView) -> None:
    row = next(r for r in range(view.model.rowCount())
               if view.model.index(r, TITLE).data().startswith("Le Tadjikistan"))
    view.table.selectRow(row)
    text = view.reader.toPlainText()
    assert text.startswith("Le Tadjikistan prend les devants")
    assert "Douchanbé" in text and "Language: French" in text
    assert "Abdulfattoh Shafiev" in text and "media contact" in text
    assert "Cristina Tranca" in text and "not in the directory" in text


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web_server() -> Iterator[str]:
    _Counter.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_reader_never_renders_html_nor_loads_remote_resources(
        qtbot: QtBot, db: Database, tmp_path: Path, web_server: str) -> None:
    hostile = tmp_path / "hostile_en.txt"
    hostile.write_text(
        "Hostile release with markup\n\n"
        f'Geneva – Read <b>this</b> <img src="{web_server}/pixel.png"> and '
        f'<a href="{web_server}/page">that</a> <script>alert(1)</script>.\n\n'
        "For more information, please contact John Doe, IOM Kenya, Tel: +254 20 422 1000, "
        "Email: jdoe@iom.int\n", encoding="utf-8")
    page = tmp_path / "tracked_en.html"
    page.write_text(
        f"<html><head><title>Tracked release</title>"
        f'<link rel="stylesheet" href="{web_server}/style.css"></head><body><article>'
        f"<h1>Tracked release about water</h1>"
        f'<p>Nairobi – IOM trucks water. <img src="{web_server}/tracker.png"></p>'
        f"<p>More text so the article is long enough to be read as the main content of the "
        f"page, with several sentences about water trucking in dry areas.</p>"
        f"<p>For more information, please contact Jane Roe, IOM Kenya, Tel: +254 20 422 1000, "
        f"Email: jroe@iom.int</p></article></body></html>", encoding="utf-8")
    report = releases.import_releases(db, [hostile, page])
    assert not report.errors, report.errors
    widget = ReleasesView(db, InlineTaskRunner())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    for outcome in report.releases:
        assert outcome.release_id is not None
        widget.open_release(outcome.release_id)
        qtbot.wait(50)
        document = widget.reader.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fmt = iterator.fragment().charFormat()
                assert not fmt.isImageFormat()
                assert not fmt.isAnchor() or fmt.anchorHref().startswith("contact:")
                iterator += 1
            block = block.next()
    widget.open_release(report.releases[0].release_id or 0)
    assert '<img src="' in widget.reader.toPlainText()  # the markup shown as the text it is
    assert "<script>" in widget.reader.toPlainText()
    resource = widget.reader.loadResource(int(QTextDocument.ResourceType.ImageResource),
                                          QUrl(f"{web_server}/pixel.png"))
    assert resource is None
    widget.reader.anchorClicked.emit(QUrl(f"{web_server}/page"))  # not a contact: ignored
    qtbot.wait(200)
    QApplication.processEvents()
    assert _Counter.hits == []


def test_clicking_a_contact_emits_contact_activated(qtbot: QtBot, view: ReleasesView) -> None:
    view.show()
    qtbot.waitExposed(view)
    detail = next(r for r in releases.list_releases(view._db)
                  if r.title.startswith("Le Tadjikistan"))
    view.open_release(detail.id)
    links = view.contact_links()
    assert [name for _, name in links] == ["Abdulfattoh Shafiev"]
    contact_id = links[0][0]
    start = view.reader.toPlainText().index("Abdulfattoh Shafiev")
    cursor = QTextCursor(view.reader.document())
    cursor.setPosition(start + 3)
    view.reader.setTextCursor(cursor)
    point = view.reader.cursorRect(cursor).center()
    with qtbot.waitSignal(view.contactActivated, timeout=2000) as signal:
        qtbot.mouseClick(view.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [contact_id]


def test_open_release_selects_its_row_and_survives_refresh(view: ReleasesView) -> None:
    summary = releases.list_releases(view._db)[2]
    view.open_release(summary.id)
    assert view.table.currentIndex().row() == 2
    view.refresh()
    current = view.current_release()
    assert current is not None and current.id == summary.id
    assert view.table.currentIndex().data(RELEASE_ID_ROLE) == summary.id


def test_language_change_retranslates_without_losing_the_release(view: ReleasesView) -> None:
    view.table.selectRow(0)
    before = view.reader.toPlainText()
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.reader.toPlainText() == before
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_pages_arrive_from_a_real_thread_pool(qtbot: QtBot, db: Database) -> None:
    from desktop.ui.tasks import TaskRunner

    import_samples(db)
    tasks = TaskRunner()
    model = ReleasesModel(db, tasks, page_size=3)
    with qtbot.waitSignal(model.pageLoaded, timeout=10000):
        model.refresh()
    assert model.rowCount() == 3 and model.canFetchMore()
    with qtbot.waitSignal(model.pageLoaded, timeout=10000):
        model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    tasks.wait()


def test_titles_are_readable_in_an_800_by_600_window(qtbot: QtBot, view: ReleasesView) -> None:
    """Beside the reader the title column was cut to "…"; narrow, the reader goes below."""
    view.resize(740, 520)  # what an 800×600 window leaves beside the sidebar's icons
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)
    header = view.table.horizontalHeader()
    assert header.sectionSize(TITLE) >= 250
    assert header.length() <= view.table.viewport().width() + 1  # no sideways scrolling
