"""The closing line of a decision list that says in which later meeting the list was approved ('Aldus vastgesteld in
de openbare vergadering van de gemeenteraad van Testby op donderdag 21 mei 2026.') is a sign-off, no decision of
the meeting it records, with or without 'Aldus' and whichever words name the council before the date.

Look-alike: a decision line under an item ('Besluit: vastgesteld.') stays that item's decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = (
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testby\ngehouden op donderdag 16 april 2026\n\n"
    "Agendapunt 4. Verordening marktgelden 2026\nBesluit: vastgesteld.\n\n"
)
OWN = [("adopted", "Verordening marktgelden 2026")]

CLOSINGS = {
    "aldus, council named": (
        "Aldus vastgesteld in de openbare vergadering van de gemeenteraad van Testby op donderdag 21 mei 2026."
    ),
    "aldus, date only": "Aldus vastgesteld in de openbare vergadering van 21 mei 2026.",
    "no aldus": "Vastgesteld in de raadsvergadering van 21 mei 2026.",
    "zitting": "Aldus vastgesteld in de zitting van de raad van 21 mei 2026,",
    "lower case": "aldus vastgesteld in de vergadering van de raad van Testby op 21 mei 2026",
}


@pytest.mark.parametrize("closing", CLOSINGS.values(), ids=CLOSINGS.keys())
def test_a_closing_approval_line_is_no_decision(closing):
    assert outcomes(HEAD + closing + "\n\nDe griffier,          De voorzitter,\n", "nl") == OWN
