"""Refusals are codes with parameters, said in the app's language; form and service read
numbers in the same country (issue 11, point 5)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.domain import refusals
from desktop.domain.errors import InputError
from desktop.domain.phones import check_phone
from desktop.services import contacts
from desktop.ui import refusals as ui_refusals
from desktop.ui import settings
from desktop.ui.i18n import Translations
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


def test_the_app_and_the_command_line_know_the_same_codes() -> None:
    assert ui_refusals.TEMPLATES == refusals.ENGLISH
    assert ui_refusals.HINTS == refusals.HINTS


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_code_is_translated(translations: Translations, language: str) -> None:
    translations.apply(language)
    texts = [*ui_refusals.TEMPLATES.values(), *ui_refusals.HINTS.values(),
             *ui_refusals.FIELDS.values(), *ui_refusals.ENTITIES.values(), *ui_refusals.EXTRA]
    missing = [t for t in texts if QCoreApplication.translate("Refusal", t) == t]
    assert not missing


def test_a_refusal_carries_its_code_and_parameters() -> None:
    check = check_phone("+992 48 701 02")
    assert check.code == "phone.wrong_length"
    assert check.params == {"region": "TJ", "calling_code": 992, "lengths": "9",
                            "digits": 7}
    with pytest.raises(InputError) as error:
        check.require_valid()
    problem = error.value.problems[0]
    assert problem.code == "phone.wrong_length" and problem.params["region"] == "TJ"
    assert "not a valid number for Tajikistan (TJ)" in str(error.value)  # English stays


def test_the_form_says_why_in_french(qtbot: QtBot, window: Any,
                                     translations: Translations) -> None:
    translations.apply("fr")
    dialog = window.new_contact()
    qtbot.keyClicks(dialog.phones.edits()[0], "+992 48 701 02")
    error = dialog.findChild(QLabel, "phoneError0")
    assert "numéro non valide pour Tadjikistan (TJ)" in error.text()
    assert "celui-ci en a 7" in error.text() and "digits" not in error.text()
    dialog.reject()


def test_a_duplicate_in_spanish_has_no_command_line_words(qtbot: QtBot, window: Any,
                                                          translations: Translations) -> None:
    add_people(window.db)
    translations.apply("es")
    with pytest.raises(InputError) as error:
        contacts.add_contact(window.db, contacts.ContactDraft(
            name="Línea compartida", phones=("+992 48 701 02 22",)))
    shown = ui_refusals.error_text(error.value) or ""
    assert "ya pertenece al contacto" in shown and "--allow-duplicate" not in shown
    assert "--allow-duplicate" in str(error.value)  # the command line still says how


def test_form_and_service_read_numbers_in_the_same_country(qtbot: QtBot, window: Any) -> None:
    previous = settings.DEFAULT_COUNTRY.get()
    settings.DEFAULT_COUNTRY.set("CO")
    try:
        record = contacts.add_contact(window.db, contacts.ContactDraft(name="Sin País"))
        dialog = window.open_contact_dialog(record)
        dialog.phones.edits()[0].setText("601 639 7777") if dialog.phones.edits() else \
            dialog.phones.add_row("601 639 7777")
        enabled = dialog.save_button.isEnabled()
        try:
            contacts.update_contact(window.db, record.id, dialog.changes())
            accepted = True
        except InputError:
            accepted = False
        assert enabled == accepted
        dialog.reject()
    finally:
        settings.DEFAULT_COUNTRY.set(previous)
