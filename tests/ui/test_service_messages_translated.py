"""Offices, records changed or gone meanwhile, and Settings' connection test speak the app's
language: the services give codes and parameters, the command line keeps its English (issue
11, point 5). Each check fails if a French or Spanish app shows the English sentence."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.errors import ConflictError, InputError, NotFoundError
from desktop.services import offices
from desktop.ui.crash import plain_message
from desktop.ui.i18n import Translations
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


def _refusal(action: Any) -> BaseException:
    with pytest.raises((InputError, NotFoundError, ConflictError)) as caught:
        action()
    return caught.value


def _two_offices(db: Any) -> list[Any]:
    add_people(db)
    return sorted((s.office for s in offices.list_offices(db)), key=lambda o: o.id)


@pytest.mark.parametrize(("language", "said"), [
    ("fr", "porte déjà ce nom"), ("es", "ya tiene este nombre")])
def test_an_office_name_taken_is_refused_in_the_apps_language(
        window: Any, translations: Translations, language: str, said: str) -> None:
    first, second = _two_offices(window.db)
    error = _refusal(lambda: offices.update_office(
        window.db, second.id, offices.OfficeChanges(name=first.name)))
    assert "already has this name" in str(error)  # the command line's English
    translations.apply(language)
    shown = plain_message(error)
    assert shown is not None and said in shown and "already has this name" not in shown
    assert first.name in shown  # the value is named


@pytest.mark.parametrize(("changes", "english", "french"), [
    (offices.OfficeChanges(time_zone="Mars/Olympus"), "not an IANA time zone", "fuseau"),
    (offices.OfficeChanges(country="Atlantis"), "nor a country name", "code pays"),
    (offices.OfficeChanges(name="   "), "cannot be empty", "ne peut pas être vide"),
])
def test_office_refusals_in_french(window: Any, translations: Translations, changes: Any,
                                   english: str, french: str) -> None:
    office = _two_offices(window.db)[0]
    error = _refusal(lambda: offices.update_office(window.db, office.id, changes))
    assert english in str(error)
    translations.apply("fr")
    shown = plain_message(error) or ""
    assert french in shown and english not in shown


def test_a_record_changed_or_gone_meanwhile_is_said_in_french(
        window: Any, translations: Translations) -> None:
    office = _two_offices(window.db)[0]
    offices.update_office(window.db, office.id, offices.OfficeChanges(city="Douchanbé"))
    stale = _refusal(lambda: offices.update_office(
        window.db, office.id, offices.OfficeChanges(city="Khodjent"), if_version=office.version))
    gone = _refusal(lambda: offices.update_office(window.db, 99_999, offices.OfficeChanges()))
    translations.apply("fr")
    stale_text, gone_text = plain_message(stale) or "", plain_message(gone) or ""
    assert "rechargez" in stale_text and "Reload" not in stale_text
    assert stale_text.startswith("Bureau")
    assert "99999" in gone_text and "No office" not in gone_text and "bureau" in gone_text


@pytest.mark.parametrize(("language", "said"), [("fr", "injoignable"), ("es", "No se puede")])
def test_settings_connection_test_answers_in_the_apps_language(
        qtbot: QtBot, window: Any, translations: Translations, language: str,
        said: str) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    translations.apply(language)
    dialog = SettingsDialog(window.tasks, [], window)
    qtbot.addWidget(dialog)
    dialog.server_radio.setChecked(True)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)  # nothing listens there: refused at once
    dialog.user_edit.setText("press")
    dialog.password_edit.setText("s3cret-word")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    text = dialog.test_result.text()
    assert said in text and "cannot be reached" not in text
    assert "s3cret-word" not in text
