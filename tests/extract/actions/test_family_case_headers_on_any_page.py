"""A meeting portal's case page whatever type the page was given (its case title may name a plan, so the page
reads as a programme or a report): the case header ("Arkivsak 24/330 · Saksbehandler: ... · Status: Behandlet")
gives the case's handling status beside its case officer. The meeting is done with the case; no plan's action is
reported. A tracker record with a person in charge and a work status stays an action. Documents written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions
from tests.extract.actions.helpers import rows, text_of

CASE_HEADERS = [
    (
        "nb",
        "programme",
        text_of(
            "Sak 31/26 Handlingsplan for trafikksikkerhet 2026–2029",
            "Arkivsak 24/330 · Saksbehandler: Knut Lie · Status: Behandlet",
            "",
            "Sammendrag",
            "Planen inneholder 22 tiltak for tryggere skoleveier.",
        ),
    ),
    (
        "nb",
        "report",
        text_of(
            "Sak 7/26  Årsrapport for energiledelse 2025",
            "Arkivsak: 25/1102      Saksbehandler: Miljøenheten",
            "Status: Ferdigbehandlet",
            "",
            "VOTERINGER",
            "Innstillingen ble enstemmig vedtatt.",
        ),
    ),
    (
        "nn",
        "programme",
        text_of(
            "22/26 Tiltaksplan for friluftsliv 2026–2030",
            "Arkivsak 25/77 | Sakshandsamar: Åse Rønneberg | Status: Ferdighandsama",
            "Kommunestyret slutta seg til planen.",
        ),
    ),
    (
        "da",
        "programme",
        text_of(
            "Punkt 14 Handleplan for klimatilpasning 2026-2030",
            "Sagsnr. 26/4410 · Sagsbehandler: Mette Dahl · Status: Færdigbehandlet",
            "Byrådet godkendte handleplanen.",
        ),
    ),
    (
        "nl",
        "report",
        text_of(
            "Agendapunt 9 Uitvoeringsprogramma Wonen 2026",
            "Zaaknummer: Z/26/118822",
            "Behandelaar: J. de Groot",
            "Status: Afgehandeld",
            "Stemmingen",
            "Het voorstel is aangenomen met 21 stemmen voor en 6 tegen.",
        ),
    ),
]


@pytest.mark.parametrize(("language", "doc_type", "text"), CASE_HEADERS)
def test_a_case_header_is_no_action_on_any_page(language, doc_type, text):
    doc = document_from_text(text, language=language, municipality="Testkommune", doc_type=doc_type)
    assert actions.extract(doc) == []


def test_a_tracker_record_with_a_case_officer_and_a_work_status_stays():
    text = text_of(
        "Oppfølging av politiske vedtak 2026",
        "Sak: 45/25",
        "Tittel: Ny gang- og sykkelvei til Bråten skole",
        "Saksbehandler: Kari Moe",
        "Status: Pågår",
    )
    assert rows(text, "nb") == [("45/25", "Ny gang- og sykkelvei til Bråten skole", "in_progress")]


def test_a_motion_tracker_without_a_case_officer_keeps_a_handled_status():
    text = text_of(
        "Moties en toezeggingen 2026",
        "Nummer: M-2026-04",
        "Onderwerp: Meer groen op schoolpleinen",
        "Portefeuillehouder: wethouder Smit",
        "Status: Afgehandeld",
    )
    assert [r[:2] for r in rows(text, "nl")] == [("M-2026-04", "Meer groen op schoolpleinen")]
