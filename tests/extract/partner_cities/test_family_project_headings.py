"""A page of the municipality's projects gives each project a heading naming it with its programme or project word
('GreenPaths (Interreg North-West Europe, 2024-2027)') and a paragraph under it that names the partners with a
cooperation phrase ('Samen met Zaanstad (Nederland) en Rijsel (Frankrijk) ontwikkelt Dilbeek ...'): the heading
says the cooperation is the project's, so the towns are project partners. A paragraph under such a heading that
only names a town as a place, and a cooperation under a heading on another topic, name no project partner."""

from __future__ import annotations

import pytest

UNDER_PROJECT = [
    (
        "nl",
        "Dilbeek",
        "Europese projecten\n\nGreenPaths (Interreg North-West Europe, 2024-2027)\nSamen met Zaanstad (Nederland) "
        "en Rijsel (Frankrijk) ontwikkelt Dilbeek groene fietsverbindingen.\n",
        {"Zaanstad": ("project_partner", None), "Lille": ("project_partner", None)},
    ),
    (
        "nl",
        "Maasmechelen",
        "Projecten\n\nGrenspark Maas (Interreg Vlaanderen-Nederland)\nDe gemeente werkt samen met Maastricht aan "
        "een wandelnetwerk langs de rivier.\n",
        {"Maastricht": ("project_partner", None)},
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n\nVadehavsstien (Interreg Deutschland-Danmark, 2024-2027)\nSammen med Husum udvikler "
        "kommunen en vandrerute langs kysten.\n",
        {"Husum": ("project_partner", None)},
    ),
    (
        "nb",
        "Halden",
        "EU-prosjekter\n\nGrenseløs handel (Interreg Sverige-Norge)\nKommunen samarbeider med Strömstad om felles "
        "markedsføring av handelen.\n",
        {"Strömstad": ("project_partner", None)},
    ),
    (
        "nn",
        "Voss",
        "Prosjekt\n\nFjellmat-prosjektet (2024-2027)\nSaman med Bolzano prøver kommunen ut nye former for "
        "stølsdrift.\n",
        {"Bolzano": ("project_partner", None)},
    ),
]

NOT_PARTNERS = [
    (
        "nl",
        "Dilbeek",
        "Europese projecten\n\nGreenPaths (Interreg North-West Europe, 2024-2027)\nDe slotconferentie vond plaats "
        "in Rijsel.\n",
        {},
    ),
    (
        "nl",
        "Dilbeek",
        "Sport en vrije tijd\n\nWielertoerisme\nSamen met Halluin organiseert Dilbeek een jaarlijkse wielertocht.\n",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), UNDER_PROJECT)
def test_a_cooperation_under_a_project_heading_names_project_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_PARTNERS)
def test_a_place_under_a_project_heading_or_a_cooperation_on_another_topic_is_no_project_partner(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected
