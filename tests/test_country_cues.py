"""Country of a Dutch-language text whose municipality is unknown: Flemish institutions and parties make it
Belgian on their own; Dutch ones, or a mere mention of Flanders, keep it Dutch."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import country


@pytest.mark.parametrize(
    "text",
    [
        "Het verzoekschrift werd afgetoetst aan artikel 304 van het Decreet Lokaal Bestuur.",
        "De fracties van Open VLD en Groen vragen het punt bij hoogdringendheid toe te voegen.",
        "Het schepencollege keurt de nota goed in zitting van 12/03/2023.",
        "Conform het gemeentedecreet beslist de raad over de rekening.",
        "Namens N-VA stelde raadslid Peeters een vraag aan de schepen.",
        "De CD&V-fractie onthoudt zich bij de stemming.",
        "Het Agentschap Binnenlands Bestuur keurde het meerjarenplan goed.",
    ],
)
def test_one_flemish_institution_or_party_makes_a_dutch_text_belgian(text: str):
    assert country(text, "nl") == "BE"


@pytest.mark.parametrize(
    "text",
    [
        "Het college van burgemeester en wethouders stelt de raad voor het plan vast te stellen.",
        "De VVD en D66 stemden voor, de PVV stemde tegen.",
        "Volgens artikel 169 van de Gemeentewet informeert het college de raad.",
        "De griffier maakt de besluitenlijst op.",
        "Het schepencollege van Gent werd genoemd door de wethouder van Utrecht, die met GroenLinks en het CDA sprak.",
        "Een bezoek aan Vlaanderen stond op het programma van de raad.",
    ],
)
def test_dutch_institutions_or_a_trip_to_flanders_keep_a_dutch_text_dutch(text: str):
    assert country(text, "nl") == "NL"
