"""Family: a sentence naming another body as the member and denying that the issuer is ("der er det Møre og
Romsdal fylkeskommune som er medlem, ikkje kommunen", "In de Euregio Maas-Rijn is het de provincie die lid is,
niet de gemeente"): the network is no row. Look-alikes: the issuer's own membership in the sentence before
still counts, and a denial in another sentence ("Projektet ledes af regionen, ikke kommunen.") leaves it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.networks import extract


def _networks(text: str, language: str) -> list[str]:
    doc = document_from_text(f"Internasjonalt samarbeid\n\n{text}\n", language=language, municipality="Testby")
    return [row.network for row in extract(doc)]


ANOTHER_BODY = [
    (
        "nn",
        "Conference of Peripheral Maritime Regions (CPMR) er eit nettverk for regionar; der er det Møre og "
        "Romsdal fylkeskommune som er medlem, ikkje kommunen.",
    ),
    ("nn", "I Eurocities er det Vestland fylkeskommune som deltek, ikkje kommunen."),
    ("nb", "Det er Nordland fylkeskommune som er medlem av CPMR, ikke kommunen."),
    ("nb", "I Eurocities er det Viken fylkeskommune som deltar, ikke selve kommunen."),
    ("da", "I CPMR er det Region Syddanmark, der er medlem, ikke kommunen."),
    ("da", "Medlem af Eurocities er Region Midtjylland og ikke kommunen selv."),
    ("nl", "In de Euregio Maas-Rijn is het de provincie die lid is, niet de gemeente."),
    ("nl", "Lid van Energy Cities is de provincie Limburg, niet de stad."),
]


@pytest.mark.parametrize(("language", "sentence"), ANOTHER_BODY)
def test_a_network_another_body_holds_instead_of_the_issuer_is_no_row(language, sentence):
    assert _networks(sentence, language) == []


OWN = [
    ("da", "Kommunen er medlem af ICLEI. I CPMR er det Region Syddanmark, der er medlem, ikke kommunen.", ["ICLEI"]),
    ("nb", "Kommunen er medlem av ICLEI. I CPMR er det fylkeskommunen som er medlem, ikke kommunen.", ["ICLEI"]),
    ("nn", "Kommunen er medlem av ICLEI. I CPMR er det fylkeskommunen som er medlem, ikkje kommunen.", ["ICLEI"]),
    (
        "nl",
        "De gemeente is lid van ICLEI. In de Euregio Maas-Rijn is het de provincie die lid is, niet de gemeente.",
        ["ICLEI"],
    ),
    ("da", "Kommunen er medlem af Eurocities. Projektet ledes af regionen, ikke kommunen.", ["Eurocities"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWN)
def test_the_issuers_own_membership_beside_such_a_sentence_still_counts(language, text, expected):
    assert _networks(text, language) == expected


OWN_LIST_AFTER = [
    ("nl", "De CPMR is een netwerk van regio's: de provincie is er lid van, niet de stad.\nDe stad zelf is lid van:"),
    ("da", "CPMR er et netværk for regioner: regionen er medlem, ikke kommunen.\nKommunen er selv medlem af:"),
    ("nb", "CPMR er et nettverk for regioner: fylkeskommunen er medlem, ikke kommunen.\nKommunen er selv medlem av:"),
    (
        "nn",
        "CPMR er eit nettverk for regionar: fylkeskommunen er medlem, ikkje kommunen.\nKommunen er sjølv medlem av:",
    ),
]


@pytest.mark.parametrize(("language", "lead"), OWN_LIST_AFTER)
def test_the_issuers_own_list_after_such_a_sentence_still_counts(language, lead):
    assert _networks(f"{lead}\n  - Eurocities\n  - ICLEI", language) == ["Eurocities", "ICLEI"]
