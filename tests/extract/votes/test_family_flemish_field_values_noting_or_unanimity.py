"""Flemish decision lists read in fields: an item's "Besluit:" field, then a "Stemresultaat:" field, then perhaps a
"Toelichting:" field after a blank line. Two shapes of it: the decision field giving the noting in one word
("Besluit: kennisgenomen", "aktegenomen": noted, the item's title the subject, the explanation below no part of it),
and a unanimity field below a decision with no vote of its own (put off, rejected, taken off the agenda): the
unanimity is that decision's vote, not a second, adopted decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente {town} - besluitenlijst gemeenteraad\nZitting van dinsdag 10 maart 2026\n\nOPENBARE ZITTING\n\n"


def _rows(text: str, language: str = "nl") -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.unanimous, r.votes_against) for r in votes(text, language)]


@pytest.mark.parametrize(
    ("town", "item", "title"),
    [
        (
            "Lille",
            "04  Jaarverslag 2025 van de bibliotheek\n    Besluit: kennisgenomen\n\n"
            "    Toelichting: het verslag telt veertig bladzijden.\n",
            "Jaarverslag 2025 van de bibliotheek",
        ),
        (
            "Dessel",
            "7. Rapport van de auditdienst over 2025\n   Besluit: aktegenomen\n",
            "Rapport van de auditdienst over 2025",
        ),
        (
            "Retie",
            "12  Opvolgingsrapportering meerjarenplan\n    Beslissing: kennisgenomen.\n"
            "    Toelichting: de raad stelt geen wijzigingen voor.\n",
            "Opvolgingsrapportering meerjarenplan",
        ),
        (
            "Beerse",
            "3. Verslag van de politieraad van 4 februari\n   Besluit: Kennisgenomen\n",
            "Verslag van de politieraad van 4 februari",
        ),
        (
            "Merksplas",
            "9. Evaluatie van het mobiliteitsplan\n   Besluit: kennisgenomen\n\n"
            "   Toelichting: de schepen licht de cijfers toe; 12 van de 15 maatregelen zijn uitgevoerd.\n",
            "Evaluatie van het mobiliteitsplan",
        ),
    ],
)
def test_a_decision_field_noting_in_one_word_is_noted_about_the_item(town, item, title):
    ((_, subject, outcome, *_),) = _rows(HEAD.format(town=town) + item)
    assert (subject, outcome) == (title, "noted")


@pytest.mark.parametrize(
    ("town", "item", "outcome"),
    [
        (
            "Mol",
            "3. Reglement op de sporthal\n   Besluit: het punt wordt uitgesteld tot een latere zitting.\n"
            "   Stemresultaat: eenparig.\n",
            "postponed",
        ),
        (
            "Balen",
            "6. Verkoop van een perceel aan de Kerkstraat\n   Besluit: verdaagd.\n   Stemming: eenparig\n",
            "postponed",
        ),
        (
            "Herselt",
            "11. Motie van raadslid Peeters over de schoolstraten\n   Besluit: verworpen.\n   Stemresultaat: unaniem\n",
            "rejected",
        ),
        (
            "Hulshout",
            "2  Retributiereglement markten\n   Besluit: aangehouden\n   Stemresultaat: met algemene stemmen\n",
            "postponed",
        ),
        (
            "Westerlo",
            "8. Aankoop van een brandweerwagen\n   Besluit: het punt wordt van de agenda gehaald.\n"
            "   Stemresultaat: eenparig.\n",
            "postponed",
        ),
    ],
)
def test_a_unanimity_field_below_a_voteless_decision_is_its_vote(town, item, outcome):
    ((_, _, found, unanimous, against),) = _rows(HEAD.format(town=town) + item)
    assert (found, unanimous, against) == (outcome, True, 0)


def test_a_noting_word_inside_an_explanation_is_no_outcome():
    text = HEAD.format(town="Kasterlee") + (
        "9  Jaarrekening 2025 van de kerkfabriek Sint-Jan\n   Besluit: goedgekeurd\n\n"
        "   Toelichting: de raad heeft kennisgenomen van het advies van de provincie.\n"
    )
    assert [row[2] for row in _rows(text)] == ["adopted"]


def test_unanimity_of_the_next_item_stays_with_that_item():
    text = HEAD.format(town="Grobbendonk") + (
        "1. Tarieven zwembad\n   Besluit: verdaagd.\n\n2. Reglement buurtfeesten\n   Besluit: goedgekeurd.\n"
        "   Stemresultaat: eenparig.\n"
    )
    assert [(r[0], r[2], r[3]) for r in _rows(text)] == [("1", "postponed", None), ("2", "adopted", True)]


def test_a_decision_sentence_below_a_postponement_is_a_decision_of_its_own():
    text = HEAD.format(town="Heist") + (
        "5. Motie over de kermis\n   Het amendement wordt verdaagd.\n"
        "   Het voorstel wordt met algemene stemmen aangenomen.\n"
    )
    assert [r[2] for r in _rows(text)] == ["postponed", "adopted"]
