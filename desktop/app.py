"""GUI start-up: logging, QApplication, translators, the window shown first, then the data.

The window paints before the database is opened (and upgraded) on a worker thread, so start-up
feels like a bare Qt window whatever the directory's size or the server's distance. The first
frame is the search field over the empty results; the moment it is painted the database starts
opening (and the first page loads as soon as it is open) while the rest of the window (actions
and shortcuts, menus, sidebar, status bar, icons) is built on the GUI thread.

``PRESSDESK_TRACE_STARTUP=1`` prints to stderr when each start-up step ends (milliseconds since
this module was imported).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_ID, APP_NAME, __version__, paths

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

PROBE_ENV = "PRESSDESK_STARTUP_PROBE"
"""Set by benchmarks/startup.py: print when the window painted and the first page showed."""
TRACE_ENV = "PRESSDESK_TRACE_STARTUP"
"""Set to print a timestamped trace of start-up to stderr."""

_IMPORTED = time.perf_counter()
_TRACING = bool(os.environ.get(TRACE_ENV))


def trace(step: str) -> None:
    """With ``PRESSDESK_TRACE_STARTUP`` set: when ``step`` ended, in ms since this import."""
    if _TRACING:
        sys.stderr.write(f"pressdesk start-up: {(time.perf_counter() - _IMPORTED) * 1000:7.1f} ms"
                         f"  {step}\n")


def files_to_open(arguments: list[str]) -> list[Path]:
    """``pressdesk FILE…`` ("Open with Press Desk"): the files to preview for import, or ``[]``
    when ``arguments`` are not all existing files or folders (then they are a command line).

    A command's name wins over a file of the same name in the current folder.
    """
    if not arguments or any(a.startswith("-") or not Path(a).exists() for a in arguments):
        return []
    from desktop.cli import build_parser  # only when every argument names a file

    names = {name for action in build_parser()._actions
             if isinstance(action, argparse._SubParsersAction) for name in action.choices}
    return [] if arguments[0] in names else [Path(a) for a in arguments]


MAX_THREADS = 4
"""Background threads: the first page, a search, a card, a count at once is plenty, and each
thread may hold a database connection."""


def _drop_source_cache() -> None:
    """Free the source text PySide6 reads into ``linecache`` for every module imported after it.

    PySide6's import hook (its ``__feature__`` support) calls ``inspect.getsource`` on each new
    module to see whether it uses PySide6, and linecache keeps the text: about 14 MiB once
    SQLAlchemy and Alembic are in. Tracebacks read the files again when they need them.
    """
    import linecache

    linecache.clearcache()


GC_THRESHOLDS = (7000, 20, 10)
"""Young-generation thresholds once the window is up (CPython's are 700, 10, 10): a search
makes tens of thousands of short-lived objects, and at 700 most of them were traced once or
twice before dying."""


def settle_memory() -> None:
    """Once the window and its first page are up: start-up's objects out of the collector's way.

    Everything alive now (Qt wrappers, SQLAlchemy's mappers and compiled statements, the
    modules) lives as long as the process. ``gc.freeze`` moves it to a generation the collector
    never traces, so a full collection (which came every ten or so searches) walks only what
    was made since, instead of stopping every thread for 200-250 ms on a loaded machine. No
    collection first: at this point one finds no garbage (0 unreachable of ~100,000 objects in
    the typing benchmark's window) and would itself freeze the window for 0.2-0.5 s; freezing
    takes microseconds. The benchmark calls this too.
    """
    import gc

    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _configure_logging() -> None:
    logging.basicConfig(
        filename=paths.log_dir() / "pressdesk.log", level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _peak_rss_mib() -> float:
    """This process's peak RSS. Linux: VmHWM, since ru_maxrss survives fork+exec from a big
    parent (the benchmark that generated the directory)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024


def _install_probe(window: MainWindow) -> None:
    """Report wall-clock times of first paint and first page to stdout, then quit."""
    import json

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import override

    marks: dict[str, float] = {}

    class PaintWatch(QObject):
        @override
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = time.time()
            return False

    watch = PaintWatch(window)
    window.installEventFilter(watch)

    def first_page() -> None:
        if "first_page" in marks:
            return
        window.contacts.table.viewport().repaint()
        marks["first_page"] = time.time()
        marks["peak_rss_mib"] = _peak_rss_mib()
        marks["rows"] = window.contacts.model.rowCount()
        print(json.dumps(marks), flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.contacts.model.loaded.connect(first_page)


def run_app(args: argparse.Namespace) -> int:
    """Open the desktop window, then the chosen database, and run until the window closes."""
    trace("run_app")
    _configure_logging()
    from PySide6.QtCore import Qt, QThread, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    trace("Qt imported")
    # Only what the first frame needs; the rest of the window is imported after it is painted.
    from desktop.ui import crash, settings
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.theme import apply_theme

    trace("UI modules imported")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Press Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    screenshot = getattr(args, "screenshot", None)
    crash.install(interactive=not screenshot)
    translations = Translations()
    translations.apply(settings.LANGUAGE.get())  # before the first frame: it shows words
    apply_theme(settings.THEME.get())  # and colours
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(min(MAX_THREADS, max(2, QThread.idealThreadCount())))
    tasks = TaskRunner(app, pool)
    trace("QApplication, language and theme")
    window = MainWindow(tasks, translations, deferred=True)
    trace("first frame's widgets built")
    if os.environ.get(PROBE_ENV):
        _install_probe(window)
    if _TRACING:
        window.contacts.model.loaded.connect(lambda: trace("first page shown"))
    window.show()
    trace("window shown")
    status = {"code": 0}

    def open_db(url: str | None = None) -> object:
        from desktop.services.database import open_database
        from desktop.ui.connection import database_url

        db = open_database(url or database_url(getattr(args, "db", None)))
        _drop_source_cache()
        return db

    def opened(db: object) -> None:
        trace("database open")
        window.set_database(db)  # type: ignore[arg-type]  # starts loading the first page
        if getattr(args, "demo", False):
            window.load_demo()
        files = getattr(args, "files", None)
        if files:  # "Open with Press Desk": the same preview as a drop on the window
            window.complete_ui()
            window.imports.import_paths(list(files))
        if not screenshot and not os.environ.get(PROBE_ENV):
            _daily_backup(db)

    def _daily_backup(db: object) -> None:
        """Once a day, a copy of the local database (off the GUI thread; see services.backups)."""
        from desktop.services.backups import daily_backup_quietly

        keep = settings.BACKUP_KEEP_DAYS.get()
        tasks.run(lambda: daily_backup_quietly(db, keep),  # type: ignore[arg-type]
                  lambda _result: None, lambda _error, _details: None, key="daily-backup")

    def failed(error: BaseException, details: str) -> None:
        from desktop.ui.crash import plain_message

        logging.getLogger(__name__).error("cannot open the database: %s", details)
        if screenshot:
            status["code"] = 1
            sys.stderr.write(f"pressdesk: {error}\n")
            app.quit()
            return
        _offer_a_way_on(plain_message(error) or str(error))

    def _offer_a_way_on(reason: str) -> None:
        """Not the end: correct Settings (then try again), use this computer's database, or
        quit."""
        from desktop.ui.open_failed import LOCAL, SETTINGS, OpenFailedDialog

        def chosen(choice: str) -> None:
            if choice == SETTINGS:
                dialog = window.open_settings()
                dialog.accepted.connect(lambda: tasks.run(open_db, opened, failed,
                                                          key="open-database"))
                dialog.rejected.connect(lambda: _offer_a_way_on(reason))
            elif choice == LOCAL:
                local = paths.default_database_url()
                tasks.run(lambda: open_db(local), opened, failed, key="open-database")
            else:
                status["code"] = 1
                app.quit()

        box = OpenFailedDialog(reason, chosen, window)  # the window keeps it until closed
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    started = {"open": False}

    def painted() -> None:
        """The first frame is on screen: the database first (the first page waits on it),
        then, while it opens, the rest of the window."""
        if started["open"]:
            return
        started["open"] = True
        trace("first paint")
        _drop_source_cache()
        tasks.run(open_db, opened, failed, key="open-database")
        from desktop.ui.icons import app_icon

        window.complete_ui()
        app.setWindowIcon(app_icon())
        trace("rest of the window built")

    window.firstPainted.connect(painted)

    def settled() -> None:
        settle_memory()
        trace("memory settled")

    def settle() -> None:
        window.contacts.model.loaded.disconnect(settle)
        QTimer.singleShot(0, settled)  # after the first page is painted

    window.contacts.model.loaded.connect(settle)
    QTimer.singleShot(1000, painted)  # in case the window is never painted (minimised)
    if screenshot:
        from desktop.ui import screenshot as shots

        def shoot() -> None:
            if status["code"] == 0:
                status["code"] = shots.take(window, Path(screenshot),
                                            getattr(args, "view", None),
                                            getattr(args, "query", None))
            app.quit()

        QTimer.singleShot(0, shoot)
    code = app.exec()
    tasks.wait()
    if window.db is not None:
        window.db.dispose()
    return status["code"] or int(code)
