"""A municipality 'party to' a cross-border or regional body ('Kommunen er en af de danske parter i ...', 'er part i
samarbeidet', 'har sete i rådet') is a member, as in a list item headed by the body's name. A party to a case or a
seat in an unnamed council is no network."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

PARTIES = [
    (
        "da",
        "Haderslev",
        "Medlemskaber\n- Region Sønderjylland-Schleswig: Kommunen er en af de danske parter i det "
        "dansk-tyske\n  grænsesamarbejde og har en plads i Regionalforsamlingen.\n",
        "Region Sønderjylland-Schleswig",
    ),
    (
        "da",
        "Aabenraa",
        "Aabenraa Kommune er part i Region Sønderjylland-Schleswig sammen med tre andre kommuner.",
        "Region Sønderjylland-Schleswig",
    ),
    (
        "nb",
        "Halden",
        "Medlemskap\n- Svinesundskomiteen: Kommunen er en av partene i det svensk-norske "
        "grensesamarbeidet og har sete i styret.\n",
        "Svinesundskommittén",
    ),
    (
        "nn",
        "Kautokeino",
        "Kommunen er ein av partane i Nordkalottrådet saman med kommunar i Sverige og Finland.",
        "Grenseregionen Nordkalotten",
    ),
    (
        "da",
        "Helsingør",
        "Helsingør Kommune har sæde i Greater Copenhagen og deltager i arbejdsgrupperne.",
        "Greater Copenhagen",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), PARTIES)
def test_a_party_to_a_body_is_a_member(language, town, text, name):
    assert name in networks(text, language, town)


NOT_PARTIES = [
    (
        "da",
        "Haderslev",
        "Notater\n- Region Sønderjylland-Schleswig: Regionen er ikke part i sagen om "
        "grænsekontrol, oplyser ministeriet til avisen.\n",
        "Region Sønderjylland-Schleswig",
    ),
    (
        "nb",
        "Halden",
        "Svinesundskomiteen har sete i Strømstad, og der møttes partene i tvisten om fergen.",
        "Svinesundskommittén",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), NOT_PARTIES)
def test_a_party_to_a_case_or_a_seat_elsewhere_is_no_member(language, town, text, name):
    assert name not in networks(text, language, town)
