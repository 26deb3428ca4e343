"""A partner fronted before the cooperation verb ('Met Duinkerke werkt de stad samen in het project ...', 'Med
Flensburg samarbejder kommunen om ...'): the opening preposition governs the town as 'samen met' would. A fronted
'met'/'med' without a cooperation verb ('Met Lübeck als gastheer ...') names no partner."""

from __future__ import annotations

import pytest

FRONTED = [
    (
        "nl",
        "Diksmuide",
        "Met Duinkerke werkt de stad samen in het Interreg-project Polderwater rond wateroverlast.",
        {"Dunkirk": ("project_partner", None)},
    ),
    (
        "nl",
        "Zwolle",
        "Ook met Lübeck werkt de gemeente samen in het Interreg-project Hanzewegen.",
        {"Lübeck": ("project_partner", None)},
    ),
    (
        "nl",
        "Enschede",
        "Met Tartu werkte Enschede tot 2020 samen aan het project Slimme Straten.",
        {"Tartu": ("project_partner", None)},
    ),
    (
        "da",
        "Tønder",
        "Med Flensburg samarbejder kommunen i projektet Grænseløs Mobilitet.",
        {"Flensburg": ("project_partner", None)},
    ),
    (
        "nb",
        "Halden",
        "Med Strömstad samarbeider kommunen i prosjektet Grensetjenesten.",
        {"Strömstad": ("project_partner", None)},
    ),
    (
        "nn",
        "Vang",
        "Med Bolzano samarbeidde kommunen i prosjektet Alpine Stiar frå 2021.",
        {"Bolzano": ("project_partner", 2021)},
    ),
]

NOT_FRONTED = [
    ("nl", "Zwolle", "Met Lübeck als gastheer werd de conferentie over de Hanze gehouden.", {}),
    ("da", "Tønder", "Med Flensburg som vært holdt vi konferencen om grænsen.", {}),
    ("nb", "Halden", "Med Strömstad i ryggen kjørte vi videre mot Göteborg og samarbeidsmøtet.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), FRONTED)
def test_a_partner_fronted_before_the_cooperation_verb_is_governed_by_the_preposition(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_FRONTED)
def test_a_fronted_town_without_a_cooperation_verb_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
