"""Meeting-portal vote tabs (nb, nn) on a proposal to postpone the case or on a proposal its mover withdrew:
the tab's opening line names the proposal ("Votering 2 <gap> Utsettelsesforslag fra Ap", "Votering 3: Tilleggsframlegg
frå SV"), the result field below says what became of it. A postponement proposal carried puts the case off
(postponed, not adopted); a proposal withdrawn ("Resultat: Trekt") was never voted on and is no row. Look-alikes:
a postponement proposal that fell is rejected, a recommendation put off stays a row, and a proposal
carried that names no postponement stays adopted."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = {
    "nb": "Os kommune  >  Politikk  >  Kommunestyret 18.06.2026  >  Voteringer\n\n"
    "Utvalg: Kommunestyret\nMøte: Torsdag 18. juni 2026 kl. 10:00, Kommunestyresalen\n\n",
    "nn": "Fyresdal kommune  >  Politikk  >  Kommunestyret 24.09.2026  >  Voteringar\n\n"
    "Utval: Kommunestyret\nMøte: Torsdag 24. september 2026 kl. 09:00, Heradshuset\n\n",
}
_GAP = " " * 30


def _rows(language: str, body: str) -> list[tuple]:
    return [cells[1:5] for cells in vote_cells(_HEAD[language] + body, language)]


POSTPONED = [
    (
        "nb",
        f"Sak 51/26  Ny gravplass på Tolga\n\nVotering 1{_GAP}Utsettelsesforslag fra Ap\n"
        "Resultat: Vedtatt                          For: 12   Mot: 5\n",
        [("Utsettelsesforslag fra Ap", "postponed", 12, 5)],
    ),
    (
        "nn",
        "Sak 62/26  Reglement for godtgjering\n\nRøysting 1: Utsetjingsframlegg frå ordføraren\n"
        "Resultat: Vedteke\tFor: 15\tMot: 2\n",
        [("Utsetjingsframlegg frå ordføraren", "postponed", 15, 2)],
    ),
    (
        "nn",
        f"Sak 63/26  Skulestruktur\n\nRøysting 1{_GAP}Utsetjingsframlegg frå Sp\n"
        f"Resultat: Vedteke{_GAP}For: 10   Mot: 7\n",
        [("Utsetjingsframlegg frå Sp", "postponed", 10, 7)],
    ),
]

WITHDRAWN = [
    (
        "nn",
        f"Sak 64/26  Kommunal planstrategi\n\nRøysting 1{_GAP}Innstillinga\n"
        f"Resultat: Vedteke{_GAP}For: 17   Mot: 0\n\nRøysting 2{_GAP}Tilleggsframlegg frå SV\nResultat: Trekt\n",
        [("Innstillinga", "adopted", 17, 0)],
    ),
    (
        "nb",
        f"Sak 52/26  Budsjettjustering\n\nVotering 1{_GAP}Endringsforslag fra FrP\nResultat: Trukket\n\n"
        f"Votering 2{_GAP}Formannskapets innstilling\nResultat: Vedtatt                For: 20   Mot: 5\n",
        [("Formannskapets innstilling", "adopted", 20, 5)],
    ),
    (
        "nb",
        "Sak 53/26  Kulturplan\n\nVotering 1: Forslag fra Venstre\nResultat: Trukket\n\n"
        "Votering 2: Innstillingen\nResultat: Enstemmig vedtatt\n",
        [("Innstillingen", "adopted", None, 0)],
    ),
]

LOOK_ALIKES = [
    (  # a postponement proposal that fell: rejected
        "nb",
        f"Sak 54/26  Ny idrettshall\n\nVotering 1{_GAP}Utsettelsesforslag fra H\n"
        "Resultat: Falt                             For: 6   Mot: 19\n",
        [("Utsettelsesforslag fra H", "rejected", 6, 19)],
    ),
    (  # a proposal carried that names no postponement: adopted
        "nn",
        f"Sak 65/26  Budsjett\n\nRøysting 1{_GAP}Tilleggsframlegg frå Ap\nResultat: Vedteke{_GAP}For: 14   Mot: 3\n",
        [("Tilleggsframlegg frå Ap", "adopted", 14, 3)],
    ),
]


@pytest.mark.parametrize(("language", "body", "rows"), POSTPONED + WITHDRAWN + LOOK_ALIKES)
def test_what_became_of_the_proposal_decides_the_row(language, body, rows):
    assert _rows(language, body) == rows


def test_a_recommendation_put_off_stays_a_row():
    body = f"Sak 66/26  Sal av tomt\n\nRøysting 1{_GAP}Innstillinga\nResultat: Utsett\n"
    assert [r[:2] for r in _rows("nn", body)] == [("Innstillinga", "postponed")]
