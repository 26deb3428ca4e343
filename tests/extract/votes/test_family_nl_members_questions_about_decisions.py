"""Family: a member's question that mentions a decision or a postponement (nl, NL and BE).

"Raadslid Els Wouters (Groen) vraagt waarom de heraanleg van het plein opnieuw is uitgesteld.", "Mevrouw De
Boer (PvdA) vraagt wanneer het fietsplan wordt vastgesteld.": a reported question, not a decision of the
meeting; the item's own vote below it is the row, about the item's title. A chair's question that carries
the consent ("De voorzitter vraagt of de raad kan instemmen met het voorstel.") stays a decision
(test_family_nl_procedural, consent). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "be": "Gemeente Lindeveld\nNotulen gemeenteraad\nZitting van dinsdag 24 maart 2026\n\n",
    "nl": "Besluitenlijst gemeenteraad Vennebroek\nvergadering van donderdag 16 april 2026\n\n",
}


@pytest.mark.parametrize(
    ("head", "question"),
    [
        ("be", "Raadslid Els Wouters (Groen) vraagt waarom de heraanleg van het dorpsplein opnieuw is uitgesteld."),
        ("be", "Raadslid Tom Peeters (Vlaams Belang) vraagt wanneer het mobiliteitsplan wordt goedgekeurd."),
        ("nl", "Mevrouw De Boer (PvdA) vraagt waarom de renovatie van het zwembad is verdaagd."),
        ("nl", "De heer Kok (SP) vroeg hoeveel woningen er sinds de vaststelling van het plan zijn goedgekeurd."),
        ("be", "Raadslid An Claes (N-VA) vraagt of het reglement niet beter wordt uitgesteld\ntot na de zomer."),
        ("nl", "De fractie van GroenLinks vraagt welke projecten door het college zijn uitgesteld."),
    ],
)
def test_a_members_question_naming_a_decision_is_no_row(head, question):
    item = "4. Budgetwijziging 2026 nr. 1\n"
    vote = "Stemming: goedgekeurd met 17 stemmen voor en 6 stemmen tegen.\n"
    assert outcomes(HEAD[head] + item + question + "\n" + vote, "nl") == [("adopted", "Budgetwijziging 2026 nr. 1")]
    assert outcomes(HEAD[head] + item + question + "\n", "nl") == []


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("Het punt wordt op vraag van raadslid Wouters (Groen) verdaagd naar de volgende zitting.", "postponed"),
        ("Op vraag van de indiener wordt het voorstel aangehouden.", "postponed"),
    ],
)
def test_a_decision_taken_at_someones_request_stays_a_row(decision, outcome):
    rows = outcomes(HEAD["be"] + "4. Budgetwijziging 2026 nr. 1\n" + decision + "\n", "nl")
    assert [o for o, _ in rows] == [outcome]
