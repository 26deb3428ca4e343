"""A partner fronted before the agreement it is party to ('Met Bocholt sloot de stad in 2019 een
samenwerkingsovereenkomst', 'Med Flensborg indgik kommunen en samarbejdsaftale'): the opening preposition governs
the town, and the agreement named later in the sentence types the relation. A fronted 'met'/'med' whose sentence
names an agreement with someone else, or no agreement at all, names no partner."""

from __future__ import annotations

import pytest

FRONTED = [
    (
        "nl",
        "Winterswijk",
        "Met de stad Bocholt is in 2019 een samenwerkingsovereenkomst gesloten.",
        {"Bocholt": ("cooperation_agreement", 2019)},
    ),
    (
        "nl",
        "Diksmuide",
        "Met Duinkerke sloot de stad een samenwerkingsovereenkomst over de brandweer.",
        {"Dunkirk": ("cooperation_agreement", None)},
    ),
    (
        "nl",
        "Hof van Twente",
        "Met Ahaus ondertekende de gemeente in 2021 een intentieverklaring over toerisme.",
        {"Ahaus": ("intention_agreement", 2021)},
    ),
    (
        "da",
        "Tønder",
        "Med Niebüll indgik kommunen i 2020 en samarbejdsaftale om redningsberedskab.",
        {"Niebüll": ("cooperation_agreement", 2020)},
    ),
    (
        "nb",
        "Halden",
        "Med Strömstad inngikk kommunen i 2022 en samarbeidsavtale om brannvesen.",
        {"Strömstad": ("cooperation_agreement", 2022)},
    ),
    (
        "nn",
        "Sauda",
        "Med Mosfellsbær signerte kommunen i 2024 ei samarbeidsavtale om kultur.",
        {"Mosfellsbær": ("cooperation_agreement", 2024)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), FRONTED)
def test_a_fronted_partner_takes_the_agreement_named_after_it(rows, language, town, text, expected):
    assert rows(text, language, town) == expected


NOT_PARTNERS = [
    ("nl", "Winterswijk", "Met Bocholt als voorbeeld werkt de gemeente aan een nieuw akkoord met de provincie."),
    ("da", "Tønder", "Med Hamborg som forbillede vil kommunen lave en aftale med regionen om kollektiv trafik."),
    ("nb", "Halden", "Med Göteborg i sikte reiste ordføreren videre etter møtet."),
]


@pytest.mark.parametrize(("language", "town", "text"), NOT_PARTNERS)
def test_a_fronted_town_with_no_agreement_of_its_own_is_no_partner(rows, language, town, text):
    assert rows(text, language, town) == {}
