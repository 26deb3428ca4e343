"""A committee's recommendation names the council as the body it recommends to ('anbefaler byrådet at godkende
medlemskab af X', 'tilrår kommunestyret å melde ... inn i X', 'Saka vert avgjort av kommunestyret'): the joining
is referred up, no membership yet. A membership the same lines state as held ('er i forvejen medlem af Y', 'der
begge kommuner er medlemmer') is no referral's object and stays a row. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

REFERRED = [
    (
        "da",
        "Punkt 5. Medlemskab af ICLEI\nIndstilling\nDirektionen indstiller, at udvalget anbefaler byrådet at "
        "godkende medlemskab af ICLEI.\nBeslutning\nAnbefales.\n",
        "ICLEI",
    ),
    (
        "nn",
        "Sak 7/26 Innmelding i Cittaslow\nSaka vert avgjort av kommunestyret. Formannskapet tilrår "
        "kommunestyret å melde Ulvik inn i Cittaslow.\nSamrøystes vedteke.\n",
        "Cittaslow",
    ),
    (
        "nb",
        "Sak 12/26 Medlemskap i Eurocities\nFormannskapet anbefaler bystyret å melde kommunen inn i "
        "Eurocities.\nEnstemmig.\n",
        "Eurocities",
    ),
    (
        "nb",
        "Sak 12/26 Medlemskap i Eurocities\nSaken avgjøres av bystyret.\nFormannskapet anbefaler at kommunen "
        "melder seg inn i Eurocities.\n",
        "Eurocities",
    ),
]

HELD = [
    (
        "da",
        "Punkt 6. Medlemskab af ICLEI\nKommunen er i forvejen medlem af Energy Cities.\nUdvalget anbefaler "
        "byrådet at godkende medlemskab af ICLEI.\n",
        "Energy Cities",
    ),
    (
        "nb",
        "Sak 14/26 Intensjonsavtale med Strömstad\nHalden og Strömstad samarbeider allerede gjennom "
        "Svinesundskommittén, der begge kommuner er medlemmer.\nFormannskapet anbefaler bystyret å inngå avtalen.\n",
        "Svinesundskommittén",
    ),
]


@pytest.mark.parametrize(("language", "text", "network"), REFERRED)
def test_a_joining_recommended_to_the_named_council_is_no_row(language: str, text: str, network: str) -> None:
    assert network not in networks(text, language, "Ulvik")


@pytest.mark.parametrize(("language", "text", "network"), HELD)
def test_a_membership_held_beside_a_referral_is_kept(language: str, text: str, network: str) -> None:
    assert network in networks(text, language, "Ulvik")
