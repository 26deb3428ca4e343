"""A declaration or agreement of intent signed with a municipality of the issuer's own country ('hensigtserklæring
med Aarhus Kommune om turisme') is an intention_agreement partnership like one abroad; a cooperation agreement or
shared service at home stays local government, and so does any tie in a sentence about a municipal merger
('intensjonsavtale om kommunesammenslåing')."""

from __future__ import annotations

import pytest

DECLARED = [
    (
        "da",
        "Billund",
        "I 2025 underskrev borgmesteren en hensigtserklæring med Aarhus Kommune og\n"
        "Haderslev Kommune om fælles indsats for turismen.",
        {"Aarhus": ("intention_agreement", 2025), "Haderslev": ("intention_agreement", 2025)},
    ),
    (
        "da",
        "Tønder",
        "Intentionserklæringen med Esbjerg Kommune fra 2021 skal styrke turismen i Vadehavet.",
        {"Esbjerg": ("intention_agreement", 2021)},
    ),
    (
        "nn",
        "Aure",
        "Kommunen skreiv i 2023 under ei intensjonsavtale med Kristiansund kommune om næringsutvikling.",
        {"Kristiansund": ("intention_agreement", 2023)},
    ),
    (
        "nb",
        "Vardø",
        "I 2024 inngikk kommunen en intensjonsavtale med Tromsø kommune om arktisk reiseliv.",
        {"Tromsø": ("intention_agreement", 2024)},
    ),
    (
        "nl",
        "Vaals",
        "In 2025 tekende de gemeente een intentieverklaring met de gemeente Venlo over grensregionaal toerisme.",
        {"Venlo": ("intention_agreement", 2025)},
    ),
]

# Declared intentions with a home-country municipality that earlier rounds read as local government.
EARLIER = [
    ("nb", "Bodø", "Bodø kommune har inngått en intensjonsavtale om samarbeid med Tromsø kommune.", {"Tromsø": None}),
    (
        "nb",
        "Hamar",
        "I 2021 signerte Hamar en intensjonsavtale om tettere samarbeid med Lillehammer.",
        {"Lillehammer": 2021},
    ),
    (
        "nb",
        "Alta",
        "Alta kommune inngikk en intensjonsavtale om næringssamarbeid med Hammerfest.",
        {"Hammerfest": None},
    ),
    ("da", "Esbjerg", "Esbjerg underskrev i 2020 en intentionsaftale om samarbejde med Odense.", {"Odense": 2020}),
    (
        "nn",
        "Voss",
        "Voss herad har skrive under ei intensjonsavtale om samarbeid med Bergen kommune.",
        {"Bergen": None},
    ),
    ("nn", "Ørsta", "Ørsta inngjekk i 2018 ei intensjonsavtale om samarbeid med Ålesund.", {"Ålesund": 2018}),
    (
        "nl",
        "Zwolle",
        "Zwolle tekende een intentieverklaring over samenwerking met de gemeente Groningen.",
        {"Groningen": None},
    ),
    ("nl", "Lier", "Lier ondertekende in 2019 een intentieverklaring over samenwerking met Leuven.", {"Leuven": 2019}),
    ("nb", "Bergen", "Bergen kommune har en intensjonsavtale med Rauma kommune om reiseliv.", {"Rauma": None}),
]

LOCAL_GOVERNMENT = [
    (
        "nb",
        "Andøy",
        "Kommunestyret vedtok i 2025 intensjonsavtalen om kommunesammenslåing med Bodø kommune.",
        {},
    ),
    (
        "nb",
        "Andøy",
        "Kommunen har inngått en intensjonsavtale om sammenslåing med Tromsø kommune.",
        {},
    ),
    (
        "nl",
        "Vaals",
        "De raad stemde in met de intentieverklaring over een gemeentefusie met de gemeente Venlo.",
        {},
    ),
    (
        "da",
        "Billund",
        "Billund Kommune indgik i 2024 en samarbejdsaftale med Aarhus Kommune om affaldshåndtering.",
        {},
    ),
    ("nb", "Hamar", "Hamar har en intensjonsavtale med Løten om en felles kommune fra 2024.", {}),
    ("nn", "Voss", "Voss har ein intensjonsavtale med Ulvik om samanslåing av kommunane.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DECLARED)
def test_a_declared_intention_with_a_home_country_municipality_is_a_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LOCAL_GOVERNMENT)
def test_a_merger_or_a_home_country_service_agreement_is_no_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), EARLIER)
def test_an_intention_read_earlier_as_local_government_is_a_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == {city: ("intention_agreement", year) for city, year in expected.items()}
