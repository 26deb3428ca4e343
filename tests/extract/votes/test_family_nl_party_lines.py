"""Family: who voted against, on the lines under a result (nl, NL and BE).

Under a counted result the minutes name the sides: "Tegen: VVD (5), GroenLinks (4) en SP (2).",
"Stemden tegen: N-VA (7), Vlaams Belang (2).", "Neen-stemmen (8): Jan Peeters (N-VA), ...", or in the
result itself "verworpen met 5 stemmen voor (PVV, JA21) en 34 tegen". A motion line ending in
"aangehouden" is postponed. All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nRaadsvergadering van dinsdag 12 maart 2024\n\nAgendapunt 6. Nota grondbeleid\n\n"


@pytest.mark.parametrize(
    ("lines", "against"),
    [
        (
            "Besluit: aangenomen met 20 stemmen voor en 11 tegen.\nTegen: VVD (5), GroenLinks (4) en SP (2).\n",
            {"VVD": 5, "GroenLinks": 4, "SP": 2},
        ),
        (
            "Het voorstel wordt aangenomen met 27 stemmen voor, 9 tegen en 2 onthoudingen.\n"
            "Stemden voor: Vooruit, Groen, CD&V.\nStemden tegen: N-VA (7), Vlaams Belang (2).\n"
            "Onthielden zich: Open VLD (2).\n",
            {"N-VA": 7, "Vlaams Belang": 2},
        ),
        (
            "Stemming:\nJa-stemmen (20): de leden van Vooruit en Groen.\n"
            "Neen-stemmen (3): Jan Peeters (N-VA), Els Maes (N-VA), Tom Wouters (Vlaams Belang).\n"
            "Het voorstel is goedgekeurd.\n",
            {"N-VA": 2, "Vlaams Belang": 1},
        ),
        (
            "Besluit: verworpen met 12 stemmen voor en 19 tegen.\nTegen: CDA (6), VVD (7), D66 (4), PvdA (2).\n",
            {"CDA": 6, "VVD": 7, "D66": 4, "PvdA": 2},
        ),
        (
            "Het raadsvoorstel is aangenomen.\n"
            "Tegenstemmen (4): de leden Bos (PVV), Kok (PVV), Mol (SP), Ruiter (SP).\n",
            {"PVV": 2, "SP": 2},
        ),
    ],
)
def test_the_parties_against_are_read_from_the_lines_under_the_result(lines, against):
    rows = votes(HEAD + lines, "nl")
    assert len(rows) == 1
    assert json.loads(rows[0].against_parties) == against
    assert rows[0].unanimous is False


@pytest.mark.parametrize(
    ("line", "subject", "outcome", "votes_for", "votes_against"),
    [
        (
            "Amendement A2 (PVV) 'Geen nieuwe parkeerplaatsen': verworpen met 5 stemmen voor (PVV, JA21) en 34 tegen.",
            "Amendement A2 (PVV) Geen nieuwe parkeerplaatsen",
            "rejected",
            5,
            34,
        ),
        (
            "Motie M1 (SP) 'Huurstop': aangenomen met 22 stemmen voor (SP, GroenLinks, PvdA, D66) en 15 tegen.",
            "Motie M1 (SP) Huurstop",
            "adopted",
            22,
            15,
        ),
        (
            "Motie M4 (Stadspartij) 'Onderzoek erfpacht': aangehouden.",
            "Motie M4 (Stadspartij) Onderzoek erfpacht",
            "postponed",
            None,
            None,
        ),
        (
            "Motie M6 (CDA) 'Veilige fietsroutes': aangehouden tot de volgende vergadering.",
            "Motie M6 (CDA) Veilige fietsroutes",
            "postponed",
            None,
            None,
        ),
        (
            "Amendement A3 (D66) 'Groene daken': van de agenda gehaald.",
            "Amendement A3 (D66) Groene daken",
            "postponed",
            None,
            None,
        ),
    ],
)
def test_a_motion_line_with_its_result(line, subject, outcome, votes_for, votes_against):
    (row,) = votes(HEAD + line + "\n", "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == (subject, outcome, votes_for, votes_against)


@pytest.mark.parametrize(
    "line",
    [
        "Motie M3 (D66) 'Woningdelen stimuleren': ingetrokken.",
        "Tegen: de komst van een windpark spreekt de fractie zich al jaren uit.",
    ],
)
def test_a_withdrawn_motion_or_a_colon_sentence_is_no_row(line):
    assert votes(HEAD + line + "\n", "nl") == []
