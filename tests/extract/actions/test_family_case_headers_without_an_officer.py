"""Family: a meeting portal's case page whose header gives the meeting date or the case's file number instead of a
case officer ("Møtedato: 22.10.2026 · Arkivsak: 26/1411 · Status: Ferdig handsama"): the status is where the case
stands in the meeting's handling, so the case is no action, whatever type the page was given. A handling state may
be written in two words ("Ferdig behandlet"). Look-alikes: a tracker record beside a meeting date with a work status,
and a motion tracker's "Afgehandeld" without any case header field. Documents written for these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions
from tests.extract.actions.helpers import rows, text_of

CASE_PAGES = [
    (
        "nn",
        "strategy",
        text_of(
            "Heim  ›  Politikk  ›  Kommunestyret 14.05.2026  ›  Sak 27/26",
            "KS 27/26  Kommunedelplan for idrett og friluftsliv 2026-2030",
            "Møtedato: torsdag 14. mai 2026 · Arkivsak: 25/880 · Status: Ferdig handsama",
            "",
            "VEDTAK",
            "Kommunestyret vedtek planen slik han ligg føre.",
        ),
    ),
    (
        "nb",
        "programme",
        text_of(
            "PS 12/26 Handlingsprogram for folkehelse 2026-2029",
            "Møtedato: 03.03.2026 | Arkivsak: 25/2231 | Status: Ferdig behandlet",
            "Innstillingen ble enstemmig vedtatt.",
        ),
    ),
    (
        "nb",
        "report",
        text_of(
            "Sak 44/26  Årsrapport klimaplan 2025",
            "Saksnr.: 26/301",
            "Status: Behandlet",
            "Kommunestyret tok rapporten til orientering.",
        ),
    ),
    (
        "da",
        "programme",
        text_of(
            "Punkt 8 Handleplan for cykeltrafik 2026-2029",
            "Mødedato: 12.02.2026 · Sagsnr.: 26/118 · Status: Færdig behandlet",
            "Byrådet godkendte handleplanen.",
        ),
    ),
    (
        "nl",
        "report",
        text_of(
            "Agendapunt 6 Uitvoeringsagenda Klimaat 2026",
            "Vergaderdatum: 9 april 2026 · Status: Afgehandeld",
            "Het voorstel is zonder stemming aangenomen.",
        ),
    ),
]


@pytest.mark.parametrize(("language", "doc_type", "text"), CASE_PAGES)
def test_a_case_header_with_a_meeting_date_or_file_number_is_no_action(language, doc_type, text):
    doc = document_from_text(text, language=language, municipality="Testkommune", doc_type=doc_type)
    assert actions.extract(doc) == []


def test_a_tracker_record_beside_a_meeting_date_with_a_work_status_stays():
    text = text_of(
        "Oppfølging av politiske vedtak 2026",
        "Sak: 45/25",
        "Tittel: Ny gang- og sykkelvei til Bråten skole",
        "Møtedato: 12.03.2025",
        "Status: Pågår",
    )
    assert rows(text, "nb") == [("45/25", "Ny gang- og sykkelvei til Bråten skole", "in_progress")]
