"""A neighbouring municipality across the border with an agreement named in its own sentence ('Met buurgemeente
Essen (B) sloot Roosendaal een samenwerkingsovereenkomst') is a partner; neighbours only named as the issuer's
surroundings, or neighbours at home, are not."""

from __future__ import annotations

import pytest

AGREED = [
    (
        "nl",
        "Roosendaal",
        "Met buurgemeente Essen (België) sloot Roosendaal in 2018 een samenwerkingsovereenkomst.",
        {"Essen": ("cooperation_agreement", 2018)},
    ),
    (
        "nl",
        "Winterswijk",
        "Met buurgemeente Bocholt sloot Winterswijk in 2019 een samenwerkingsovereenkomst.",
        {"Bocholt": ("cooperation_agreement", 2019)},
    ),
    (
        "da",
        "Tønder",
        "Med nabokommunen Niebüll i Tyskland indgik Tønder i 2020 en samarbejdsaftale om brandvæsen.",
        {"Niebüll": ("cooperation_agreement", 2020)},
    ),
    (
        "nb",
        "Halden",
        "Med nabokommunen Strömstad i Sverige inngikk Halden i 2017 en samarbeidsavtale om turisme.",
        {"Strömstad": ("cooperation_agreement", 2017)},
    ),
    (
        "nl",
        "Maastricht",
        "Met buurstad Lanaken (België) tekende Maastricht in 2021 een intentieverklaring.",
        {"Lanaken": ("intention_agreement", 2021)},
    ),
]

NOT_PARTNERS = [
    ("nl", "Roosendaal", "De buurgemeenten Bergen op Zoom en Essen werken samen aan fietspaden.", {}),
    (
        "nl",
        "Roosendaal",
        "Samen met de buurgemeenten Rucphen en Halderberge sloot Roosendaal een samenwerkingsovereenkomst.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), AGREED)
def test_a_neighbour_abroad_with_an_agreement_is_a_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_PARTNERS)
def test_neighbours_named_as_surroundings_or_at_home_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
