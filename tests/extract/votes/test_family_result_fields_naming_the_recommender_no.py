"""A result field whose value is a sentence about a recommendation or proposal named by who made it
("Resultat: Formannskapet si innstilling er vedteken.", "Resultat: Kommunedirektørens forslag ble enstemmig vedtatt.").
The value names what was decided before its outcome, so the field records the vote as a field opening with
the outcome does ("Resultat: Vedtatt"); it is no header to blank. Looks-alike: a field naming a recommendation
with no outcome ("Resultat: Formannskapets innstilling til kommunestyret") records nothing. All texts are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nb": "Bystyret\nMøtedato: 03.11.2026\n\nSak 91/26  Handlingsprogram 2027–2030\n\n",
    "nn": "Heradsstyret\nMøtedato: 12.11.2026\n\nSak 63/26  Gebyrregulativ 2027\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(_HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (
            "nb",
            "Votering 1\nResultat: Formannskapets innstilling ble vedtatt.\n",
            [("Formannskapets innstilling", "adopted", None, None)],
        ),
        (
            "nb",
            "Resultat: Kommunedirektørens forslag ble enstemmig vedtatt.\n",
            [("Kommunedirektørens forslag", "adopted", None, 0)],
        ),
        (
            "nn",
            "Røysting 1 - alternativ røysting\nResultat: Formannskapet si innstilling er vedteken.\n",
            [("Formannskapet si innstilling", "adopted", None, None)],
        ),
        (
            "nn",
            "Resultat: Utvalet si tilråding vart samrøystes vedteken.\n",
            [("Utvalet si tilråding", "adopted", None, 0)],
        ),
        (
            "nn",
            "Røysting 2\nResultat: Kommunedirektøren sitt framlegg vart vedteke med 14 mot 11 røyster.\n",
            [("Kommunedirektøren sitt framlegg", "adopted", 14, 11)],
        ),
        ("nb", "Resultat: Formannskapets innstilling til bystyret\n", []),
    ],
)
def test_result_field_naming_the_recommender(language: str, body: str, rows: list[tuple]) -> None:
    assert _rows(language, body) == rows
