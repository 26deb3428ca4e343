"""A proposal field whose wording stands in quotes ('Voorstel: "De gemeenteraad beslist ..."', 'Ontwerpbesluit: “...”')
is what the meeting was asked to decide, not its decision: the vote and the decision below it ('Stemming: 4 voor,
25 tegen' / 'Het voorstel wordt verworpen.') give the item's one row, about the quoted wording. The quote may wrap
over lines. A quoted decision under a decision label, or a quote after any other label, is not a proposal's wording.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Testegem\nNotulen gemeenteraad\nZitting van 23 februari 2026\n\n"

PROPOSED = [
    (
        "4. Toegevoegd punt van raadslid Jan Peeters (Groen): gratis parkeren\n"
        'Voorstel: "De gemeenteraad beslist het parkeren op zaterdag in de blauwe zone\n'
        'gratis te maken vanaf 1 april 2026."\n'
        "Stemming: met 4 stemmen voor en 25 stemmen tegen\nBesluit\nHet voorstel wordt verworpen.\n",
        ("rejected", 4, 25, "De gemeenteraad beslist het parkeren op zaterdag"),
    ),
    (
        "6. Aanvullend agendapunt van raadslid Els Wouters (Vlaams Belang)\n"
        'Ontwerpbesluit: "De gemeenteraad beslist het centrum autovrij te maken op zondag."\n'
        "Stemming: 6 stemmen voor, 20 stemmen tegen\nHet ontwerpbesluit wordt verworpen.\n",
        ("rejected", 6, 20, "De gemeenteraad beslist het centrum autovrij te maken"),
    ),
    (
        "3. Voorstel van raadslid Sofie Maes (N-VA): speelstraten\n"
        "Voorstel: “De gemeenteraad keurt het reglement op de speelstraten goed en beslist\n"
        "om in juli in elke wijk een speelstraat in te richten.”\n"
        "Stemming: 13 stemmen voor, 13 stemmen tegen\nBesluit: het voorstel wordt niet aangenomen.\n",
        ("rejected", 13, 13, "De gemeenteraad keurt het reglement op de speelstraten goed"),
    ),
    (
        "7. Verordening op de straatnaamgeving\n"
        'Voorgesteld besluit: "De raad besluit de verordening straatnaamgeving vast te stellen."\n'
        "Besluit: aangenomen met 21 stemmen voor en 2 stemmen tegen.\n",
        ("adopted", 21, 2, None),
    ),
    (
        "5. Toegevoegd punt: bankjes in het park\n"
        'Voorstel: "De gemeenteraad beslist tien nieuwe bankjes te plaatsen."\n'
        "Stemming: eenparig\nBesluit: het voorstel wordt goedgekeurd.\n",
        ("adopted", None, 0, "De gemeenteraad beslist tien nieuwe bankjes te plaatsen"),
    ),
]


@pytest.mark.parametrize(("item", "expected"), PROPOSED)
def test_the_quoted_wording_of_a_proposal_field_is_voted_on_not_decided(item, expected):
    rows = votes(HEAD + item, "nl")
    assert len(rows) == 1
    outcome, yes, no, subject = expected
    assert (rows[0].outcome, rows[0].votes_for, rows[0].votes_against) == (outcome, yes, no)
    if subject:
        assert rows[0].subject.startswith(subject)


def test_a_quoted_decision_under_a_decision_label_is_the_decision():
    item = '2. Retributiereglement sporthal\nBesluit: "De gemeenteraad keurt het reglement goed."\n'
    assert [r.outcome for r in votes(HEAD + item, "nl")] == ["adopted"]


def test_a_quote_after_another_label_is_no_proposal():
    item = (
        "2. Retributiereglement sporthal\n"
        'Toelichting: "de tarieven stijgen met de index."\n'
        "Besluit: De gemeenteraad keurt het gewijzigde reglement goed met 18 stemmen voor en 6 tegen.\n"
    )
    rows = votes(HEAD + item, "nl")
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("adopted", 18, 6)]
