"""Family (nb, nn): a vote page numbers its votes with a mark alone ("#2", "2 ·", "3.", "4)") and heads each with
what it votes on; where that head names the recommendation ("Innstillingen punkt 1-3", "Formannskapet si
innstilling", "Kommunedirektørens forslag til vedtak"), the recommendation as written is the vote's subject, not
the case title. A numbered line that is a decision's own sentence, a member's proposal heading or a head that
tells the outcome itself is no such head.
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
            "VOTERINGER\n\n#1  Innstillingen punkt 1 og 2\n    Resultat: Vedtatt     For: 31  Mot: 4\n\n"
            "#2  Innstillingen punkt 3\n    Resultat: Falt     For: 12  Mot: 23\n",
            [("Innstillingen punkt 1 og 2", "adopted", 31, 4), ("Innstillingen punkt 3", "rejected", 12, 23)],
        ),
        (
            "nn",
            "VOTERINGAR\n\n1 · Tilleggsframlegg frå Senterpartiet\n    «Kommunen skal greie ut ny ferjekai.»\n"
            "    Resultat: Fall          For: 9     Mot: 18\n\n"
            "2 · Formannskapet si innstilling\n    Resultat: Vedteke       For: 21     Mot: 6\n",
            [
                ("Kommunen skal greie ut ny ferjekai.", "rejected", 9, 18),
                ("Formannskapet si innstilling", "adopted", 21, 6),
            ],
        ),
        (
            "nb",
            "Voteringer i saken\n\n2. Kommunedirektørens forslag til vedtak\nResultat: Vedtatt    For: 19    Mot: 8\n",
            [("Kommunedirektørens forslag til vedtak", "adopted", 19, 8)],
        ),
        (
            "nn",
            "Røystingar\n\n3) Innstillinga frå plan- og miljøutvalet\nResultat: Vedteke    For: 25    Mot: 2\n",
            [("Innstillinga frå plan- og miljøutvalet", "adopted", 25, 2)],
        ),
        (
            "nb",
            "Voteringer (2)\n\n#1 Hovedutvalgets innstilling, punkt 2-4\nResultat: Vedtatt    For: 40    Mot: 3\n\n"
            "#2 Tilleggsforslag fra Per Aas (V)\n«Ordningen evalueres etter ett år.»\n"
            "Resultat: Vedtatt    For: 43    Mot: 0\n",
            [
                ("Hovedutvalgets innstilling, punkt 2-4", "adopted", 40, 3),
                ("Ordningen evalueres etter ett år.", "adopted", 43, 0),
            ],
        ),
        (
            "nn",
            "#1  Tilrådinga punkt 1-5\n    Resultat: Vedteke     For: 17  Mot: 0\n",
            [("Tilrådinga punkt 1-5", "adopted", 17, 0)],
        ),
    ],
)
def test_a_numbered_head_naming_the_recommendation_is_the_subject(language: str, body: str, expected: list) -> None:
    assert _rows(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Vedtak:\n1. Kommunestyret vedtar planen.\n2. Innstillingen punkt 3 utgår.\n",
            [
                ("Kommunestyret vedtar planen", "adopted", None, None),
                ("Innstillingen punkt 3 utgår", "adopted", None, None),
            ],
        ),
        (
            "nn",
            "2 · Tilleggsframlegg frå Ap\n    «Kommunen skal byggje gangveg til skulen.»\n"
            "    Resultat: Fall          For: 8     Mot: 19\n",
            [("Kommunen skal byggje gangveg til skulen.", "rejected", 8, 19)],
        ),
    ],
)
def test_numbered_lines_that_are_no_recommendation_heads(language: str, body: str, expected: list) -> None:
    assert _rows(language, body) == expected
