"""A twin-town sign ('venskabsbyskiltet', 'vennskapsbyskilta') stands at a road into one of the issuer's own towns:
the sign names no tie, so the town where it stands is no partner, while the twins named elsewhere on the page and a
sentence that names a twin next to its sign stay partners."""

from __future__ import annotations

import pytest

_TOWNS = "Mora i Sverige, Haapsalu i Estland og Kołobrzeg i Polen.\n\n"
_LEAD = {
    "da": "Venskabsbyer\n\nKommunen har tre venskabsbyer: " + _TOWNS,
    "nb": "Vennskapsbyer\n\nKommunen har tre vennskapsbyer: " + _TOWNS,
    "nn": "Vennskapsbyar\n\nKommunen har tre vennskapsbyar: " + _TOWNS,
}
_TWINS = {"Mora", "Haapsalu", "Kołobrzeg"}

SIGNS = [
    ("da", "Gribskov", "Ved indkørslen til Helsinge fra Frederiksborgvej står venskabsbyskiltet med byernes våben.\n"),
    ("da", "Odsherred", "Venskabsbyskiltene blev sat op ved indfaldsvejene til Nykøbing Sjælland i 2019.\n"),
    ("da", "Vejen", "I Rødding står et nyt venskabsbyskilt ved rundkørslen.\n"),
    ("nb", "Kongsberg", "Ved innkjøringen til Hokksund står vennskapsbyskiltet med alle byenes våpen.\n"),
    ("nn", "Sunnfjord", "Vennskapsbyskilta står ved innkøyrsla til Førde frå Naustdal.\n"),
]


@pytest.mark.parametrize(("language", "issuer", "sentence"), SIGNS)
def test_the_town_where_the_sign_stands_is_no_partner(rows, language, issuer, sentence):
    assert set(rows(_LEAD[language] + sentence, language, issuer)) == _TWINS


def test_a_twin_named_beside_its_sign_stays_a_partner(rows):
    text = "Venskabsbyer\n\nVenskabsbyen Viljandi i Estland fik i 2022 et venskabsbyskilt ved rådhuset.\n"
    assert set(rows(text, "da", "Gribskov")) == {"Viljandi"}


def test_a_twin_cooperation_compound_still_names_the_tie(rows):
    text = "Venskabsbyer\n\nVenskabsbysamarbejdet med Viljandi i Estland begyndte i 1992.\n"
    assert rows(text, "da", "Gribskov") == {"Viljandi": ("twin", 1992)}
