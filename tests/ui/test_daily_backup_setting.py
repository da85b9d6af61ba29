"""The daily backup's length in Settings is the one the app keeps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.ui import settings

pytestmark = pytest.mark.gui


def test_days_of_daily_backups_are_set_in_settings(isolated_home: Path, window: Any) -> None:
    assert settings.BACKUP_KEEP_DAYS.get() == 14
    dialog = window.open_settings()
    assert dialog.backup_spin.value() == 14
    dialog.backup_spin.setValue(0)  # "No daily backups"
    dialog.accept()
    assert settings.BACKUP_KEEP_DAYS.get() == 0
