"""A news item or minutes say the municipality will not go on with a membership ('kommunen går ikke videre med et
medlemskab af X', 'de gemeente gaat niet verder met een lidmaatschap van X'): the negation stands on the verb whose
object is the membership noun, a few words before it, so it denies the membership as 'ikke medlem af X' does. A
negation in another clause joined by a coordinator ('deltager ikke i A og har medlemskab af X') or cut off by a comma
denies nothing. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

DENIED = [
    ("nn", "Rådmannen sa at Fjordheim ikkje går vidare med eit medlemskap i Eurocities.\n", "Eurocities"),
    ("nb", "Rådmannen opplyste at kommunen likevel ikke går videre med en søknad om medlemskap i ICLEI.\n", "ICLEI"),
    ("da", "Borgmesteren oplyste, at kommunen ikke går videre med et medlemskab af Energy Cities.\n", "Energy Cities"),
    ("nl", "De burgemeester zei dat de gemeente niet verder gaat met een lidmaatschap van Eurotowns.\n", "Eurotowns"),
    ("da", "Udvalget ønsker ikke at forlænge kommunens medlemskab af Cittaslow efter 2026.\n", "Cittaslow"),
    ("nb", "Formannskapet vil ikke prioritere et medlemskap i Eurocities i denne perioden.\n", "Eurocities"),
]

HELD = [
    ("da", "Kommunen deltager ikke i arbejdsgruppen og har medlemskab af Eurocities.\n", "Eurocities"),
    ("da", "Der er ingen tvivl om, at medlemskabet af Energy Cities har styrket klimaarbejdet.\n", "Energy Cities"),
    ("nl", "De gemeente neemt niet deel aan de werkgroep en heeft een lidmaatschap van Eurocities.\n", "Eurocities"),
    ("nb", "Kommunen søker ikke nye tilskudd i år, men har medlemskap i ICLEI.\n", "ICLEI"),
]


@pytest.mark.parametrize(("language", "text", "network"), DENIED)
def test_a_negated_verb_denies_the_membership_it_governs(language: str, text: str, network: str) -> None:
    assert network not in networks(text, language, "Hol")


@pytest.mark.parametrize(("language", "text", "network"), HELD)
def test_a_negation_in_another_clause_denies_nothing(language: str, text: str, network: str) -> None:
    assert network in networks(text, language, "Hol")
