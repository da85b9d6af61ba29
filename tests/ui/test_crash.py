"""No silent crash: an unhandled exception is logged and shown with its traceback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.errors import DatabaseError
from desktop.ui import crash

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QMessageBox]]:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    previous = sys.excepthook
    crash.install(interactive=True)
    yield boxes
    sys.excepthook = previous


def _raise(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_a_bug_is_shown_with_its_traceback(shown: list[QMessageBox]) -> None:
    _raise(ZeroDivisionError("boom"))
    assert len(shown) == 1
    assert "bug in Press Desk" in shown[0].text()
    assert "ZeroDivisionError: boom" in shown[0].detailedText()


def test_an_environment_fault_is_shown_plainly(shown: list[QMessageBox]) -> None:
    _raise(DatabaseError("Cannot open the database: server closed the connection"))
    assert shown[0].text() == "Cannot open the database: server closed the connection"
    assert shown[0].detailedText() == ""
