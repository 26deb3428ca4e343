"""Family (precision): in minutes and decision lists, the meeting's own numbered cases ("5. Verkoop van
een perceel - Uitgesteld naar september", "4  Retributiereglement - aanpassing", an overview row "16  Forslag
om gratis parkering  Forkastet") are what the meeting decided, not a plan's actions, whatever the case's
text says happened to it. Items a case's text lists under an intro with their status stay actions.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions

MINUTES = [
    (
        "nl",
        "Besluitenlijst gemeenteraad\nZitting van 3 maart 2026\n\n1. 2026_GR_00031 - Goedkeuring verslag\n"
        "   Goedgekeurd met eenparigheid van stemmen.\n2. 2026_GR_00032 - Verkoop van de oude pastorie\n"
        "   Uitgesteld naar de gemeenteraad van mei.\n3. 2026_GR_00033 - Straatnaam nieuwe verkaveling\n"
        "   Afgevoerd van de agenda.\n",
    ),
    (
        "nl",
        "Besluitenlijst gemeenteraad\n\n4  Parkeerreglement centrum - aanpassing\n   Het punt wordt uitgesteld tot "
        "de zitting van juni.\n\n5  Deelname aan het project Grensbos - goedkeuring\n   Eenparig goedgekeurd.\n"
        "   (Het project loopt van 2026 tot 2028.)\n\n6  Mondelinge vragen\n   Er worden twee vragen gesteld.\n",
    ),
    (
        "da",
        "Beslutningsprotokol\nØkonomiudvalget 12. marts 2026\n\n  Nr.  Sag                               Beslutning\n"
        "  21   Forslag om gratis busser          Forkastet\n  22   Salg af grund i Nørreby           Udsat\n\n"
        "21. Forslag om gratis busser\nBeslutning: Forslaget blev forkastet med 2 stemmer for og 5 imod.\n",
    ),
    (
        "da",
        "Beslutningsprotokol\nByrådet 4. maj 2026\n\n7. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "8. Køb af ejendom (Lukket)\nBeslutning: Lukket punkt.\n",
    ),
    (
        "nb",
        "Møteprotokoll\nFormannskapet 2. juni 2026\n\n14. Ny brannstasjon - lokalisering\nVedtak: Saken utsettes "
        "til neste møte.\n\n15. Salg av tomt på Berg\nSaken er ferdig behandlet og vedtatt.\n",
    ),
]


def _rows(text: str, language: str) -> list[tuple[str, str]]:
    doc = document_from_text(text, language=language, municipality="Testkommune", doc_type="case_protocol")
    return [(r.title, r.status) for r in actions.extract(doc)]


@pytest.mark.parametrize(("language", "text"), MINUTES)
def test_a_numbered_case_of_the_meeting_is_no_action(language, text):
    assert _rows(text, language) == []


def test_numbered_items_listed_under_a_case_intro_stay_actions():
    text = (
        "Referat\nTeknik- og Miljøudvalget 6. maj 2026\n\n9. Status på klimahandleplanen\nAdministrationen giver "
        "status på tre indsatser:\n1. Solceller på skolerne - Afsluttet i marts 2026.\n2. Elbiler i hjemmeplejen - "
        "I gang.\n3. Lokal fødevarestrategi - Opgivet.\nBeslutning: Taget til efterretning.\n"
    )
    assert [status for _, status in _rows(text, "da")] == ["completed", "in_progress", "cancelled"]


def test_stages_listed_under_a_case_stay_actions():
    text = (
        "Møteprotokoll\nFormannskapet 2. juni 2026\n\n17. Status for flomsikring\nKommunedirektøren orienterer om "
        "tre etapper:\n  Etappe 1, Sentrum: Ferdigstilt i mai 2026.\n  Etappe 2, Elvebakken: Arbeidet er i gang.\n"
        "Vedtak: Orienteringen tas til orientering.\n"
    )
    assert [status for _, status in _rows(text, "nb")] == ["completed", "in_progress"]
