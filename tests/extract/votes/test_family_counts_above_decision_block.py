"""Family: counts between an item's motivation and its decision block belong to the block (nl, nb).

Flemish notulen often write an item as its title, a motivation or procedure paragraph ("Het college stelt
... voor.", "De gemeenteraad gaat over tot geheime stemming."), a count line ("Stemming: met 23 stemmen voor
en 6 stemmen tegen", "Uitslag: 19 stemmen ja, 8 stemmen neen") and then the decision block ("Besluit: De
gemeenteraad keurt ... goed."). The counts are the vote on that decision: the row's subject is the block's
decision sentence (or the item title for a passive appointment, or for articles under a lone 'Besluit' label),
never the paragraph above the counts.
All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Heuvelland\nNotulen gemeenteraad\nZitting van donderdag 19 maart 2026\n\n"


@pytest.mark.parametrize(
    ("item", "subject", "counts"),
    [
        (
            "4. Samenwerking met de intercommunale voor afvalbeheer\n"
            "Het college stelt voor de samenwerking met zes jaar te verlengen.\n"
            "Stemming: met 21 stemmen voor en 4 stemmen tegen (Vlaams Belang)\n"
            "Besluit: De gemeenteraad keurt de verlenging van de samenwerking goed.\n",
            "De gemeenteraad keurt de verlenging van de samenwerking goed",
            (21, 4),
        ),
        (
            "7. Retributiereglement op het gebruik van de fuifzaal\n"
            "De tarieven worden aangepast aan de index.\nDe jeugdraad gaf gunstig advies.\n"
            "Stemming: met 17 stemmen voor, 5 stemmen tegen en 3 onthoudingen\n"
            "Besluit\nArtikel 1. De gemeenteraad stelt het retributiereglement vast.\n",
            "Retributiereglement op het gebruik van de fuifzaal",
            (17, 5),
        ),
        (
            "2. Aanduiding van een vertegenwoordiger in de politieraad\n"
            "De gemeenteraad gaat over tot geheime stemming.\n"
            "Uitslag: 18 stemmen ja, 7 stemmen neen, 1 blanco.\n"
            "Besluit: Mevrouw Eva Claes wordt aangeduid als vertegenwoordiger.\n",
            "Aanduiding van een vertegenwoordiger in de politieraad",
            (18, 7),
        ),
        (
            "11. Verkoop van de pastorie in Loker\n"
            "Het schattingsverslag bepaalt de minimumprijs op 310.000 euro. Er kwamen drie biedingen binnen.\n"
            "Stemming: 20 stemmen voor, 6 stemmen tegen.\n"
            "Besluit: De verkoop van de pastorie aan de hoogste bieder wordt goedgekeurd.\n",
            "De verkoop van de pastorie aan de hoogste bieder wordt goedgekeurd",
            (20, 6),
        ),
        (
            "5. Meerjarenplan 2026-2031 – aanpassing 2\n"
            "Raadslid Tom Dehaene (Groen) vraagt meer middelen voor fietspaden.\n"
            "Stemming: met 19 stemmen voor en 8 stemmen tegen\n"
            "Beslissing: De gemeenteraad keurt de aanpassing van het meerjarenplan goed.\n",
            "De gemeenteraad keurt de aanpassing van het meerjarenplan goed",
            (19, 8),
        ),
    ],
)
def test_counts_above_a_decision_block_vote_on_that_decision(item, subject, counts):
    (row,) = votes(HEAD + item, "nl")
    assert (row.subject, (row.votes_for, row.votes_against), row.outcome) == (subject, counts, "adopted")


def test_a_decision_sentence_written_above_its_counts_stays_the_subject():
    item = (
        "3. Reglement op de buurtbudgetten\n"
        "Besluit: De gemeenteraad keurt het reglement op de buurtbudgetten goed.\n"
        "Stemming: met 22 stemmen voor en 5 stemmen tegen\n"
    )
    (row,) = votes(HEAD + item, "nl")
    assert (row.subject, row.votes_for, row.votes_against) == (
        "De gemeenteraad keurt het reglement op de buurtbudgetten goed.",
        22,
        5,
    )


def test_a_motivation_paragraph_without_a_decision_block_still_gives_its_counts_a_row():
    item = (
        "6. Subsidie voor het jeugdhuis\n"
        "Het jeugdhuis vraagt een bijkomende subsidie van 12.000 euro.\n"
        "Stemming: met 24 stemmen voor en 3 stemmen tegen\n"
    )
    (row,) = votes(HEAD + item, "nl")
    assert (row.case_number, row.votes_for, row.votes_against) == ("6", 24, 3)
