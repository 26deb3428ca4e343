"""A paragraph that counts its own decision by a bare reference ('Het voorstel werd goedgekeurd met 17 stemmen voor en
6 tegen.') under a headline of its own: the count is that paragraph's decision, not a restatement of the decision in
the paragraph above the headline. News columns (dated or not) report one decision per headed paragraph; the count of
the second never moves up to the first, whose row would otherwise swallow the second.

Look-alike: the same bare reference in the same paragraph as the decision it counts ('De raad stemde in met X. Het
voorstel werd aangenomen met ...') stays one row with the count.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "INFOBLAD TESTDORP  –  juli 2026\n\nNIEUWS UIT DE GEMEENTERAAD VAN 29 JUNI 2026\n\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "NIEUWE SPEELTUIN IN HET PARK\nDe gemeenteraad keurde het ontwerp van de speeltuin goed.\n",
            "BELASTING OP TWEEDE VERBLIJVEN OMHOOG\nHet reglement wordt aangepast. Het voorstel werd goedgekeurd met "
            "17 stemmen voor en 6 tegen.\n",
        ),
        (
            "Nieuwe fietsbrug over de Leie\nDe gemeenteraad keurde het ontwerp van de fietsbrug goed.\n",
            "Hogere toelage voor de muziekschool\nDe muziekschool krijgt 10.000 euro meer. Het voorstel werd "
            "goedgekeurd met 20 stemmen voor en 3 tegen.\n",
        ),
        (
            "Meer groen op de schoolpleinen\nDe raad stemde in met het plan voor groene schoolpleinen.\n",
            "Parkeren bij het station\nDe parkeerregels veranderen. Het raadsvoorstel werd aangenomen met 15 stemmen "
            "voor en 8 tegen.\n",
        ),
        (
            "Jeugdhuis krijgt nieuw dak\nDe gemeenteraad keurde de renovatie van het jeugdhuis goed.\n",
            "Reglement markten\nEr komt een wekelijkse avondmarkt. Dit voorstel werd goedgekeurd met 18 "
            "stemmen voor en 5 tegen.\n",
        ),
        (
            "Kunstgrasveld voor de voetbalclub\nDe raad keurde de aanleg van het kunstgrasveld goed.\n",
            "Subsidie voor buurtfeesten\nBuurten krijgen tot 400 euro steun. Het voorstel werd aangenomen met 21 "
            "stemmen voor en 2 tegen.\n",
        ),
    ],
)
def test_a_count_under_its_own_headline_stays_its_paragraphs(first: str, second: str) -> None:
    rows = votes(HEAD + first + "\n" + second, "nl")
    counted = [(r.votes_for, r.votes_against) for r in rows]
    assert len(rows) == 2
    assert counted[0] == (None, None)
    assert counted[1][1] is not None


def test_a_count_in_the_same_paragraph_counts_the_decision_it_restates() -> None:
    text = HEAD + (
        "Nieuwe speeltuin in het park\nDe raad stemde in met het ontwerp van de speeltuin. Het voorstel werd "
        "aangenomen met 19 stemmen voor en 4 tegen.\n"
    )
    assert [(r.votes_for, r.votes_against) for r in votes(text, "nl")] == [(19, 4)]
