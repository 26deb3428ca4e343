"""The issuer and one other municipality of its own country named as a pair ('Andøy og Bodø har en
intensjonsavtale', 'ordførerne i Vardø og Bodø') are two parties, not a town and its district: the other
municipality keeps the relation the sentence gives it. A pair with a district of the issuer, and a list of
the issuer's own towns, stay the issuer's own places."""

from __future__ import annotations

import pytest

PAIRS = [
    ("nb", "Andøy", "Høsten 2025 undertegnet ordførerne i Andøy og Tromsø en intensjonsavtale om romfart.", "Tromsø"),
    ("nb", "Vardø", "Vardø og Bodø har en intensjonsavtale om samarbeid om havbruk.", "Bodø"),
    ("nn", "Aurland", "Aurland og Voss har sidan 2019 vore vennskapskommunar.", "Voss"),
    ("da", "Læsø", "Læsø og Samsø underskrev i 2024 en hensigtserklæring om grøn omstilling.", "Samsø"),
    (
        "nl",
        "Hamont-Achel",
        "Hamont-Achel en Tongeren hebben sinds 2025 een intentieverklaring over toerisme.",
        "Tongeren",
    ),
    ("nl", "Lommel", "Lommel en Bree zijn sinds 2025 zustersteden.", "Bree"),
]

OWN = [
    ("nb", "Bodø", "Bodø og Saltstraumen har en intensjonsavtale med Luleå om reiseliv.", "Saltstraumen"),
    ("nl", "Zwolle", "Zwolle, Stadshagen en Berkum hebben een stedenband met Lünen.", "Stadshagen"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city"), PAIRS)
def test_the_issuer_paired_with_another_municipality_names_a_partner(rows, language, issuer, text, city):
    assert city in rows(text, language, issuer)


@pytest.mark.parametrize(("language", "issuer", "text", "city"), OWN)
def test_the_issuers_own_towns_in_a_pair_are_no_partners(rows, language, issuer, text, city):
    assert city not in rows(text, language, issuer)
