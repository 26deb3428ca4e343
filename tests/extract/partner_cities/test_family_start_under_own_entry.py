"""A page of partners gives each one an entry heading ('Sysmä, Finland') and a paragraph under it. A sentence there
that names the partner and tells how the tie started ('Sysmä kom med i den nordiske kjeda i 1986', 'Kontakten med
Hella starta i 1991') is about that relation even without a relation word: its year is the start year. A renewal
or an ending under the entry is no start."""

from __future__ import annotations

import pytest

STARTED = [
    (
        "nn",
        "Seljord",
        "Vennskapskommunar\n\nSunne, Sverige\nSeljord og Sunne vart vennskapskommunar i 1984.\n\nSysmä, Finland\n"
        "Sysmä kom med i den nordiske kjeda i 1986. Avtalen vart fornya i 2016.\n",
        "Sysmä",
        1986,
    ),
    (
        "nn",
        "Seljord",
        "Vennskapskommunar\n\nSunne, Sverige\nSeljord og Sunne vart vennskapskommunar i 1984.\n\nHella, Island\n"
        "Kontakten med Hella starta i 1991, men vart avslutta i 2019 etter ønske frå islandsk side.\n",
        "Hella",
        1991,
    ),
    (
        "nb",
        "Kongsvinger",
        "Vennskapsbyer\n\nArvika, Sverige\nKongsvinger og Arvika har en avtale fra 1976.\n\nLohja, Finland\n"
        "Lohja kom med i kjeden i 1981, og skolene har utveksling hvert år.\n",
        "Lohja",
        1981,
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\nSkövde, Sverige\nAftalen med Skövde er fra 1950.\n\nPrenzlau, Tyskland\n"
        "Kontakten til Prenzlau begyndte i 1991 efter murens fald.\n",
        "Prenzlau",
        1991,
    ),
    (
        "nl",
        "Tielt",
        "Zustersteden\n\nGrandvilliers, Frankrijk\nDe verbroedering met Grandvilliers dateert van 1968.\n\n"
        "Bad Wildungen, Duitsland\nHet contact met Bad Wildungen begon in 1992 met een uitwisseling van de "
        "brandweer.\n",
        "Bad Wildungen",
        1992,
    ),
]

NO_START = [
    (
        "nn",
        "Seljord",
        "Vennskapskommunar\n\nSunne, Sverige\nSeljord og Sunne vart vennskapskommunar i 1984.\n\nSysmä, Finland\n"
        "Samarbeidet med Sysmä vart fornya i 2016.\n",
        "Sysmä",
    ),
    (
        "nb",
        "Kongsvinger",
        "Vennskapsbyer\n\nArvika, Sverige\nKongsvinger og Arvika har en avtale fra 1976.\n\nLohja, Finland\n"
        "Kontakten med Lohja ble avsluttet i 2019.\n",
        "Lohja",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city", "year"), STARTED)
def test_a_start_told_under_the_partners_own_entry_is_its_start_year(rows, language, issuer, text, city, year):
    assert rows(text, language, issuer)[city][1] == year


@pytest.mark.parametrize(("language", "issuer", "text", "city"), NO_START)
def test_a_renewal_or_an_ending_under_the_entry_is_no_start(rows, language, issuer, text, city):
    assert rows(text, language, issuer)[city][1] is None
