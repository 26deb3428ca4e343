"""Minutes number their cases with slashed references ('GR/2026/122 Reglement ...', 'RMB/2026/14 ...') and may
carry a 'Status:' field for the meeting itself ('Status: vergadering afgerond'): a case postponed under such a
reference is the meeting's decision, and the meeting's own status is no action. A tracker's action under a code
with a status keeps its row. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

MINUTES = [
    ("nl", "Gemeenteraad Ranst\nZitting van 19 oktober 2026\n\nGR/2026/121  Samenwerkingsovereenkomst Interreg\n"
     "Goedgekeurd\nStemming: 20 ja, 4 nee\n\nGR/2026/122  Reglement op het plaatsen van terrassen\nUitgesteld\n"
     "Het agendapunt wordt uitgesteld naar de zitting van november.\n"),
    ("nl", "Gemeenteraad Lier\nZitting van 5 mei 2026\n\nRMB/2026/14  Aankoop grond Kesselsesteenweg\n"
     "Uitgesteld\nHet punt wordt uitgesteld naar de volgende zitting.\n"),
    ("nl", "Gemeenteraad Borsele · Vergadering 25 juni 2026 · Stemmingsuitslagen\n"
     "Home > Vergaderingen > Gemeenteraad > donderdag 25 juni 2026 > Stemmingen\n\nVergadering: Gemeenteraad\n"
     "Datum: donderdag 25 juni 2026\nAanwezige leden: 19 van 19\nVoorzitter: burgemeester · Griffier: H. Dekker\n"
     "Status: vergadering afgerond, uitslagen definitief\n\nStemmingsuitslagen\n\n"
     "7. Voorjaarsnota 2026\n   Besluit: Aangenomen\n   Stemverhouding: 15 voor, 4 tegen\n"),
    ("da", "Byrådet\nReferat\nMøde: Byrådet\nDato: 23. juni 2026\nStatus: Mødet er afsluttet\n\n"
     "Sag 45/26 Lokalplan 112\nBeslutning: Godkendt.\n"),
    ("nb", "Kommunestyret\nMøteprotokoll\nMøtedato: 23.04.2026\nStatus: Møtet er avsluttet\n\n"
     "PS 31/26 Reguleringsplan for Nyby\nVedtak: Enstemmig vedtatt.\n"),
]


@pytest.mark.parametrize(("language", "text"), MINUTES)
def test_a_slashed_case_reference_and_the_meetings_own_status_name_no_action(language: str, text: str) -> None:
    assert rows(text, language) == []


def test_a_tracker_code_with_a_status_keeps_its_row() -> None:
    text = "Opvolging meerjarenplan 2026\n\nActie AP/1.2  Nieuwe fietsbrug\nStatus: afgerond\n"
    found = rows(text, "nl")
    assert len(found) == 1 and found[0][1].endswith("Nieuwe fietsbrug") and found[0][2] == "completed"
