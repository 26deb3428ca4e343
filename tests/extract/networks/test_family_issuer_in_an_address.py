"""Family: a contact line names the issuer only inside an e-mail or web address ('europa@veere.nl',
'www.skive.dk/eu', 'post@voss.kommune.no'): an address is no statement that the municipality takes part, so an
information point or network named in that line ('terecht bij Europe Direct Zeeland') is no row. The name written on
its own still counts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Skive", "nb": "Bodø", "nn": "Voss", "nl": "Veere"}

ADDRESS_ONLY = [
    ("nl", "Voor vragen over subsidies kunt u terecht bij Europe Direct Zeeland of via europa@veere.nl."),
    ("nl", "Meer over Eurocities leest u op www.veere.nl/eurocities."),
    ("da", "Spørgsmål om Europe Direct kan sendes til eu@skive.dk."),
    ("da", "Læs om ICLEI på https://www.skive.dk/iclei."),
    ("nb", "Spørsmål om Europe Direct kan sendes til postmottak@bodo.kommune.no eller eu@bodø.kommune.no."),
    ("nn", "Les meir om ICLEI på www.voss.herad.no/iclei eller skriv til post@voss.herad.no."),
]

NAMED = [
    ("nl", "Veere is lid van Eurocities; vragen via europa@veere.nl.", {"Eurocities"}),
    ("da", "Skive Kommune deltager i ICLEI. Kontakt: eu@skive.dk.", {"ICLEI"}),
    ("nb", "Bodø er med i Eurocities, se www.bodo.kommune.no.", {"Eurocities"}),
]


@pytest.mark.parametrize(("language", "text"), ADDRESS_ONLY)
def test_the_issuers_name_inside_an_address_is_no_participation(language, text):
    assert networks(text, language, TOWNS[language]) == set()


@pytest.mark.parametrize(("language", "text", "expected"), NAMED)
def test_the_issuers_name_written_on_its_own_still_counts(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected
