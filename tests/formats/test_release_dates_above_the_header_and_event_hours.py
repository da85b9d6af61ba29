"""A newsroom header's date line over "For immediate release" dates the release however far
above the headline it stands; a date alone on its line with the hour under it ("11:00 Uhr")
is an advised event's, not the release's. Text and people are invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text


def test_date_over_an_immediate_release_line_dates_the_release() -> None:
    text = (
        "Oficina de Prensa\n\nComunicado de Prensa\n\nMartes, 9 de febrero de 2027\n"
        "Para publicación inmediata\nLucía Ferrer, Oficial de Prensa\nprensa@agencia.example\n"
        "Comunicado de Prensa AGENCIA\n\n"
        "Informe de la directora de la Agencia sobre los pagos de asistencia\n\n"
        "Versión para imprimir\n\n«Quiero ofrecer una actualización importante sobre los pagos "
        "de asistencia que la Agencia procesa esta semana para millones de beneficiarios.»\n"
    )
    assert parse_release_text(text, "t.txt").published_on == date(2027, 2, 9)


def test_a_date_with_the_hour_on_the_next_line_is_the_events() -> None:
    text = (
        "Einladung zur Pressekonferenz „Brunnen für alle“\n\n"
        "Der Verein Brunnenhilfe eröffnet im Mai seine Kampagne zum Wasser in Ostafrika. In mehr "
        "als hundert Veranstaltungen berichten Partner aus Kenia über ihre Arbeit vor Ort.\n\n"
        "Wir laden Sie herzlich zur Pressekonferenz ein. Die Pressekonferenz findet statt am:\n\n"
        "Donnerstag, den 6. Mai 2027\n11:00 Uhr\nim Rathaus,\nMarktplatz 1, Kassel\n"
    )
    assert parse_release_text(text, "t.txt").published_on is None
