"""A network word inside a project's quoted title ('Erasmus+-prosjektet «Nordic Youth Network» saman med Umeå og
Vaasa', 'het project "Grensnetwerk Zorg"') names the project, not a network the sentence's towns are fellow members
of: they stay the project's partners. A quoted network the issuer is a member of, with no project word before the
quote, still makes its towns fellow members."""

from __future__ import annotations

import pytest

PROJECT_PARTNERS = [
    (
        "nn",
        "Stryn",
        "Stryn deltok i Erasmus+-prosjektet «Nordic Youth Network» saman med Umeå i Sverige og Vaasa i Finland.",
        {"Umeå": ("project_partner", None), "Vaasa": ("project_partner", None)},
    ),
    (
        "da",
        "Haderslev",
        'Kommunen var partner i Interreg-projektet "Green Harbour Network" sammen med Kiel og Gdańsk frem til 2024.',
        {"Kiel": ("project_partner", None), "Gdańsk": ("project_partner", None)},
    ),
    (
        "nb",
        "Alta",
        "Gjennom prosjektet «Arctic Schools Network» samarbeider Alta med Kiruna og Rovaniemi om lærerutveksling.",
        {"Kiruna": ("project_partner", None), "Rovaniemi": ("project_partner", None)},
    ),
    (
        "nl",
        "Ieper",
        'Via het Erasmus+-project "European Heritage Network" werkt Ieper samen met Arras en Canterbury.',
        {"Arras": ("project_partner", None), "Canterbury": ("project_partner", None)},
    ),
    (
        "nl",
        "Lochem",
        "Lochem neemt sinds vorig jaar deel aan het Interreg-project 'Grensnetwerk Zorg', samen met Kleve en Goch.",
        {"Kleve": ("project_partner", None), "Goch": ("project_partner", None)},
    ),
    (
        "nb",
        "Bodø",
        "Bodø var med i prosjektet “Nordic Food Network” (Nordplus) sammen med Luleå og Oulu.",
        {"Luleå": ("project_partner", None), "Oulu": ("project_partner", None)},
    ),
]

FELLOW_MEMBERS = [
    (
        "nn",
        "Stryn",
        "Stryn er medlem av «Nordic Youth Network» saman med Umeå og Vaasa.",
        {},
    ),
    (
        "da",
        "Haderslev",
        "Kommunen deltager i projektet Grøn Havn og er med i netværket Green Harbours sammen med Kiel og Gdańsk.",
        {},
    ),
    (
        "nl",
        "Ieper",
        'Ieper is lid van het "European Heritage Network", waarin ook Arras en Canterbury zitten.',
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PROJECT_PARTNERS)
def test_towns_of_a_project_named_like_a_network_are_its_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), FELLOW_MEMBERS)
def test_towns_of_a_quoted_network_stay_fellow_members(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
