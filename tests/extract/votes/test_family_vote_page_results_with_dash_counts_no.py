"""Family (nb, nn): a vote page's result field gives the counts after the outcome joined by a dash alone
("Resultat: Falt  6 - 11", "Resultat: Vedteke 14 - 3 (samrøystes)"), and prints no blank line between a
proposal's quoted words and its result; its labelled counts may stand one narrow gap apart ("For: 35  Mot: 0").
The dash counts are the vote's for and against, and the proposal's words end at its result field, so a
postponement proposal that fell is a rejected row of its own and the votes below it keep theirs. A dash in a
date or a case number is no count.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Votering 1 av 2\nUtsettelsesforslag fra Liv Berg (Sp):\n«Saken utsettes til neste møte.»\n"
            "Resultat: Falt  9 - 24\n\nVotering 2 av 2\nTilleggsforslag fra Ole Strand (V):\n"
            "«Kommunen søker om statlige midler.»\nResultat: Vedtatt  33 - 0 (enstemmig)\n",
            [
                ("Saken utsettes til neste møte.", "rejected", 9, 24),
                ("Kommunen søker om statlige midler.", "adopted", 33, 0),
            ],
        ),
        (
            "nn",
            "Røysting 1 av 2\nUtsetjingsframlegg frå Siv Nes (KrF):\n«Saka vert utsett til hausten.»\n"
            "Resultat: Fall  5 - 20\n\nRøysting 2 av 2\nFormannskapet si innstilling\nResultat: Vedteke  20 - 5\n",
            [("Saka vert utsett til hausten.", "rejected", 5, 20), ("Formannskapet si innstilling", "adopted", 20, 5)],
        ),
        (
            "nb",
            "Utsettelsesforslag fra Tor Vik (H):\n«Saken sendes tilbake til administrasjonen.»\nResultat: Falt\n"
            "Tilleggsforslag fra Eva Lund (SV):\n«Det lages en årlig rapport.»\nResultat: Vedtatt\n",
            [
                ("Saken sendes tilbake til administrasjonen.", "rejected", None, None),
                ("Det lages en årlig rapport.", "adopted", None, None),
            ],
        ),
        (
            "nn",
            "Tilleggsframlegg frå Are Dal (Sp):\n«Kommunen skal kartleggje vassforsyninga.»\n"
            "Resultat: Vedteke 14 - 3\n",
            [("Kommunen skal kartleggje vassforsyninga.", "adopted", 14, 3)],
        ),
        (
            "nb",
            "Votering 1\nFormannskapets innstilling\nResultat: Vedtatt     For: 27  Mot: 0\n",
            [("Formannskapets innstilling", "adopted", 27, 0)],
        ),
        (
            "nn",
            "Røysting 1\nFormannskapet si innstilling\nResultat: Vedteke     For: 19  Mot: 4\n",
            [("Formannskapet si innstilling", "adopted", 19, 4)],
        ),
    ],
)
def test_dash_counts_and_proposal_words_ending_at_the_result(language: str, body: str, expected: list) -> None:
    assert _rows(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("nb", "Resultat: Vedtatt 12.03.2025 - 14.03.2025\n", [("Budsjett 2024", "adopted", None, None)]),
        ("nn", "Resultat: Vedteke, sjå sak 12/24 - 13/24\n", [("Budsjett 2024", "adopted", None, None)]),
    ],
)
def test_dates_and_case_numbers_joined_by_a_dash_are_no_counts(language: str, body: str, expected: list) -> None:
    assert _rows(language, body) == expected
