"""A decision list set out as a table whose decision cell records an election ("Kari Nes (Sp) vart
samrøystes vald.", "Ola Dahl (H) ble valgt.") records an adopted decision about the item, as "Vedtatt" does;
a cell that only reports who spoke or that nothing was voted on records none."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nn": "Kommunestyret\nMøtedato: 11.06.2026\n\n| Sak | Tittel | Vedtak / røysting |\n|---|---|---|\n",
    "nb": "Kommunestyret\nMøtedato: 11.06.2026\n\n| Sak | Tittel | Vedtak / votering |\n|---|---|---|\n",
    "da": "Byrådet\nMødedato: 11.06.2026\n\n| Nr. | Sag | Beslutning |\n|---|---|---|\n",
}

ELECTIONS = [
    ("nn", "| 34/26 | Val av nytt medlem til kontrollutvalet | Lise Haugland (KrF) vart samrøystes vald. |", True),
    ("nn", "| 35/26 | Val av varamedlem til eldrerådet | Per Olav Nes vart vald. |", None),
    ("nn", "| 36/26 | Val av leiar i klagenemnda | Kari Vik (Sp) vart attvald samrøystes. |", True),
    ("nb", "| 40/26 | Valg av nytt medlem til kontrollutvalget | Ola Dahl (H) ble enstemmig valgt. |", True),
    ("nb", "| 41/26 | Valg av meddommere 2027 | Anne Berg (Ap) ble valgt. |", None),
    ("da", "| 12 | Valg af nyt medlem til Folkeoplysningsudvalget | Signe Holt (Ø) blev valgt. |", None),
]


@pytest.mark.parametrize(("language", "row", "unanimous"), ELECTIONS)
def test_an_election_in_a_decision_cell_is_an_adopted_decision(language, row, unanimous):
    found = votes(HEAD[language] + row + "\n", language)
    case, title = (cell.strip() for cell in row.split("|")[1:3])
    assert [(r.case_number, r.subject, r.outcome, r.unanimous) for r in found] == [(case, title, "adopted", unanimous)]


@pytest.mark.parametrize(
    ("language", "row"),
    [
        ("nn", "| 37/26 | Interpellasjon frå Nils Tveit (SV) | Svar frå ordføraren. Inga røysting. |"),
        ("nb", "| 42/26 | Valg av nytt medlem til styret | Valget ble utsatt. |"),
        ("nb", "| 43/26 | Orientering fra ordføreren | Ordføreren orienterte om valgt trasé. |"),
    ],
)
def test_a_cell_without_an_election_or_outcome_is_no_adoption(language, row):
    assert [r.outcome for r in votes(HEAD[language] + row + "\n", language)] in ([], ["postponed"])
