"""Family (nb, nn): a vote-result page prints a vote's counts as two cells on one line with no colons, the
label before each number ("For  7    Mot  2", "FOR 19  MOT 8  Avholdende 2", "For 9 / Mot 0 (enstemmig)"),
under or beside the vote's result field. Both numbers are the vote's counts. A line that goes on after the
second number, a year after "For", and "for 5 mot 3" inside a sentence are no count cells.
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
            "Votering 1 av 1\nForslag:   Formannskapets innstilling\n"
            "Resultat:  Vedtatt\n           For  25    Mot  10\n",
            ("Formannskapets innstilling", "adopted", 25, 10),
        ),
        ("nb", "Resultat: Falt\nFor 4   Mot 13\n", ("Budsjett 2024", "rejected", 4, 13)),
        (
            "nb",
            "Votering\nInnstillingen ble vedtatt.\nFOR  19    MOT  8    Avholdende  2\n",
            ("Innstillingen", "adopted", 19, 8),
        ),
        ("nb", "Vedtak: Innstillingen vedtatt.\n  For 9  Mot 0  (enstemmig)\n", ("Innstillingen", "adopted", 9, 0)),
        (
            "nb",
            "Avstemning 2\nForslag:   Tilleggsforslag fra Ola Nes (V)\nResultat:  Falt\n  For 5 / Mot 30\n",
            ("Tilleggsforslag fra Ola Nes (V)", "rejected", 5, 30),
        ),
        (
            "nn",
            "Røysting 1 av 2\nFramlegg:  Formannskapet si innstilling\n"
            "Resultat:  Vedteke\n           For  15    Mot  6\n",
            ("Formannskapet si innstilling", "adopted", 15, 6),
        ),
        ("nn", "Resultat: Fall\nFor 3   Mot 14\n", ("Budsjett 2024", "rejected", 3, 14)),
        ("nn", "Innstillinga vart vedteken.\nFOR  11    MOT  4\n", ("Innstillinga", "adopted", 11, 4)),
        (
            "nn",
            "Vedtak: Tilrådinga vart vedteken.\n   For 7    Mot 0    (samrøystes)\n",
            ("Tilrådinga", "adopted", 7, 0),
        ),
        (
            "nn",
            "Røysting\nFramlegget frå Kari Li (SV) fall.\n   For 2 | Mot 9\n",
            ("Framlegget frå Kari Li (SV)", "rejected", 2, 9),
        ),
    ],
)
def test_two_count_cells_on_one_line_are_the_votes_for_and_against(language: str, body: str, expected: tuple) -> None:
    assert _rows(language, body) == [expected]


def test_each_vote_on_a_result_page_keeps_its_own_cells() -> None:
    body = (
        "Votering 1 av 2\nForslag:   Kommunedirektørens innstilling\n"
        "Resultat:  Vedtatt\n           For  7    Mot  2\n\n"
        "Votering 2 av 2\nForslag:   Tilleggsforslag fra Kåre Vik (SV)\n"
        "Resultat:  Vedtatt\n           For  9    Mot  0\n"
    )
    assert [(s, f, a) for s, _, f, a in _rows("nb", body)] == [
        ("Kommunedirektørens innstilling", 7, 2),
        ("Tilleggsforslag fra Kåre Vik (SV)", 9, 0),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Vedtak: Innstillingen ble enstemmig vedtatt.\nFor 2027    Mot 2030: se handlingsplanen.\n",
        "Behandling:\nDet ble pekt på at midlene\n"
        "for 5 mot 3 år siden var høyere.\nInnstillingen ble enstemmig vedtatt.\n",
        "Vedtak: Innstillingen ble enstemmig vedtatt.\nFor 3   Mot 2 av tiltakene er det satt av midler.\n",
    ],
)
def test_lines_that_only_look_like_count_cells_count_nothing(body: str) -> None:
    assert _rows("nb", body) == [("Innstillingen", "adopted", None, 0)]
