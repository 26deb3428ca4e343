"""Family: an outcome told with the manner of voting before it (nl).

"Uitslag: Bij acclamatie aangenomen", "Resultaat: bij handopsteken aangenomen", "Bij acclamatie vastgesteld.":
the manner names nothing; the row is the item's, adopted, about its title (acclamation is no count and no
stated unanimity: unanimous stays unknown). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = [
    "Stemmingsuitslagen raadsvergadering Veldhuizen\ndonderdag 26 februari 2026\n\n",
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Oudewater-Noord, 12 maart 2026\n\n",
]
ITEM = "Agendapunt 8 - Raadsvoorstel Benoeming leden Jongerenraad\n"


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(
    "line",
    [
        "Uitslag: Bij acclamatie aangenomen",
        "Uitslag: bij handopsteken aangenomen",
        "Resultaat: bij acclamatie aangenomen.",
        "Bij acclamatie aangenomen.",
        "Besluit: bij acclamatie vastgesteld.",
        "Uitslag: met handopsteken goedgekeurd",
    ],
)
def test_a_manner_before_the_outcome_names_nothing(head, line):
    (row,) = votes(head + ITEM + line + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("8", "Raadsvoorstel Benoeming leden Jongerenraad", "adopted")
    assert (row.unanimous, row.votes_for, row.votes_against) == (None, None, None)


@pytest.mark.parametrize(
    "line",
    [
        "De voorzitter stelt voor de kandidaten bij acclamatie te benoemen.",
        "Bij acclamatie wordt de vergadering geopend.",
        "Stemming bij handopsteken is toegestaan volgens artikel 31 van het reglement van orde.",
    ],
)
def test_a_manner_without_an_outcome_is_no_row(line):
    assert votes(HEADS[0] + ITEM + line + "\n", "nl") == []
