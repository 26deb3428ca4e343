"""Family: tracker records laid out as aligned columns without colons ("Status      Afgedaan", "Tiltak  Ny
gangbru"): a run of lines that each open with a field label and its value reads as "Label: value" fields, one
record per item; labels and values never become titles. The precision side: a status table with a header row,
and a lone line opening with a field word, stay what they are. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RECORDS = [
    (
        "nl",
        "Nr.        M-2026-01\nOnderwerp  Meer bomen in de wijk Kloosterveld\nType       Motie\n"
        "Status     Afgedaan\nStand      De bomen zijn in maart geplant.\n\n"
        "Nr.        M-2026-02\nOnderwerp  Onderzoek naar een tweede sporthal\nType       Motie\n"
        "Status     Loopt\nStand      Het onderzoek is gegund.\n",
        [("M-2026-01", "Meer bomen in de wijk Kloosterveld", "completed"),
         ("M-2026-02", "Onderzoek naar een tweede sporthal", "in_progress")],
    ),
    (
        "da",
        "Nr.          B-12\nTitel        Ny legeplads ved skolen\nAnsvarlig    Teknik og Miljø\n"
        "Status       Afsluttet\n\nNr.          B-13\nTitel        Cykelsti langs åen\n"
        "Ansvarlig    Teknik og Miljø\nStatus       I gang\n",
        [("B-12", "Ny legeplads ved skolen", "completed"), ("B-13", "Cykelsti langs åen", "in_progress")],
    ),
    (
        "nb",
        "Saksnr.     21/104\nTittel      Ny gangbru over elva\nStatus      Fullført\n"
        "Kommentar   Brua ble åpnet i juni.\n\nSaksnr.     21/118\nTittel      Sykkelhotell ved stasjonen\n"
        "Status      Ikke startet\nKommentar   Venter på midler.\n",
        [("21/104", "Ny gangbru over elva", "completed"), ("21/118", "Sykkelhotell ved stasjonen", "not_started")],
    ),
    (
        "nn",
        "Sak         31/26\nTittel      Ny lysløype på Vik\nStatus      Ferdig\n\n"
        "Sak         32/26\nTittel      Nytt tak på skulen\nStatus      Utsett\n",
        [("31/26", "Ny lysløype på Vik", "completed"), ("32/26", "Nytt tak på skulen", "paused")],
    ),
    (
        "nl",
        "Toezegging     T-2026-04\nOmschrijving   Informatieavond over de Markt\nStatus         In uitvoering\n\n"
        "Toezegging     T-2026-07\nOmschrijving   Evaluatie van het subsidiebeleid\nStatus         Vervallen\n",
        [("T-2026-04", "Informatieavond over de Markt", "in_progress"),
         ("T-2026-07", "Evaluatie van het subsidiebeleid", "cancelled")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECORDS)
def test_aligned_label_and_value_lines_read_as_one_record_per_item(language, text, expected):
    assert rows(text, language) == expected


def test_a_status_table_with_a_header_row_stays_a_table():
    text = "Nr.\tTiltak\tStatus\n1\tNy gangbru\tFullført\n2\tSykkelhotell\tIkke startet\n"
    assert rows(text, "nb") == [("1", "Ny gangbru", "completed"), ("2", "Sykkelhotell", "not_started")]


def test_a_lone_line_opening_with_a_field_word_is_no_record():
    text = "Status Quo i sentrum er ikke godt nok, mener formannskapet.\n\nKommunen arbeider videre med planen.\n"
    assert rows(text, "nb") == []
