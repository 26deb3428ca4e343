"""A town named like an everyday word ('Visé', 'Peer', 'Mark', 'Vik') is a place where a town noun stands right
before it, alone or after a nationality word ('Met de Belgische stad Visé hebben we sinds 2016 een
samenwerkingsovereenkomst', 'byen Mark'): the noun names a place as a nationality word does. Without such a noun,
and without a country, a list or a cue next to it, the everyday word stays no town."""

from __future__ import annotations

import pytest

NAMED = [
    (
        "nl",
        "Eijsden-Margraten",
        "Met de Belgische stad Visé hebben we sinds 2016 een samenwerkingsovereenkomst over toerisme en brandweer.",
        "Visé",
    ),
    (
        "nl",
        "Lommel",
        "Met de gemeente Peer hebben we in 2020 een intentieverklaring over fietspaden getekend.",
        "Peer",
    ),
    (
        "nl",
        "Maastricht",
        "Sinds 2019 hebben we met de stad Visé een samenwerkingsovereenkomst over de Maasoevers.",
        "Visé",
    ),
    (
        "da",
        "Tønder",
        "Tønder har siden 2012 en venskabsaftale med den svenske by Vara; desuden samarbejder vi med byen Mark.",
        "Mark",
    ),
    (
        "nb",
        "Halden",
        "Kommunen har siden 2010 en samarbeidsavtale med den svenske kommunen Mark om grensehandel.",
        "Mark",
    ),
]

PLAIN_WORDS = [
    ("nl", "Lommel", "Wij hebben een samenwerkingsovereenkomst met Genk; de peer is het symbool van de streek."),
    ("da", "Tønder", "Vi har en venskabsaftale med Flensborg, og der kommer mark og skov med i projektet."),
]


@pytest.mark.parametrize(("language", "town", "text", "city"), NAMED)
def test_a_common_word_town_after_a_town_noun_is_a_partner(rows, language, town, text, city):
    assert city in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text"), PLAIN_WORDS)
def test_the_everyday_word_without_a_town_noun_is_no_town(rows, language, town, text):
    assert not {"Peer", "Mark"} & set(rows(text, language, town))
