"""A denial of the twin type only, beside another relation stated in the same sentence or in the next one opening
on the cooperation ('Samarbeidet er ikke en vennskapsbyavtale, men en samarbeidsavtale'), tells which relation it
is: the town keeps that one. A denial of any agreement, or of the twin type with nothing else stated, still leaves
no partner."""

from __future__ import annotations

import pytest

KEPT = [
    (
        "nb",
        "Alta",
        "• Rovaniemi kommune i Finland: samarbeidsavtale inngått i 2019 om turisme. Dette er ikke en "
        "vennskapsbyavtale.",
        {"Rovaniemi": ("cooperation_agreement", 2019)},
    ),
    (
        "nb",
        "Askøy",
        "Kommunestyret sa ja til et treårig samarbeid med Gdynia om lærlinger. Samarbeidet er ikke en "
        "vennskapsbyavtale, men en samarbeidsavtale mellom de to kommunene.",
        {"Gdynia": ("cooperation_agreement", None)},
    ),
    (
        "da",
        "Vordingborg",
        "Kommunen indgik i 2021 en samarbejdsaftale med Rostock om havne; der er ikke tale om en venskabsbyaftale.",
        {"Rostock": ("cooperation_agreement", 2021)},
    ),
    (
        "nn",
        "Sauda",
        "Sauda skreiv under ei intensjonsavtale med Tórshavn. Avtala er ikkje ei vennskapsavtale.",
        {"Tórshavn": ("intention_agreement", None)},
    ),
    (
        "nl",
        "Venlo",
        "Met Krefeld sloot de gemeente in 2020 een samenwerkingsovereenkomst; het is geen stedenband.",
        {"Krefeld": ("cooperation_agreement", 2020)},
    ),
    (
        "da",
        "Sønderborg",
        "Kommunen arbejder sammen med Flensburg om sygehuse. Samarbejdet er ikke en venskabsbyaftale, "
        "men en samarbejdsaftale.",
        {"Flensburg": ("cooperation_agreement", None)},
    ),
]

DENIED = [
    ("nb", "Alta", "Kommunen har kontakt med Kiruna, men det finnes ingen avtale.", {}),
    ("nl", "Hulst", "Er is met Zelzate geen stedenband; de gemeenten werken samen in de politiezone.", {}),
    ("nb", "Vadsø", "Vi har ikke en vennskapsbyavtale med Tartu, men vurderer en samarbeidsavtale.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), KEPT)
def test_a_town_denied_only_the_twin_type_keeps_the_relation_stated(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DENIED)
def test_a_denied_or_only_considered_relation_gives_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
