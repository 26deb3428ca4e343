"""A project list item naming the programme first, before a colon, then the project's quoted name, its text running
on in the same line ('▸ Interreg Vlaanderen-Nederland: "Groene Grens" (2024-2027). Partners: ... Budget ..., waarvan
Hulst ... beheert.'): the issuer's own project under that programme, when the item names the issuer, as under a
programme-first heading. An item that does not name the issuer (a school's project) or says the project is only
applied for stays no participation."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    (
        "nl",
        "Hulst",
        "Europese projecten\n"
        '▸ Interreg Vlaanderen-Nederland: "Groene Grens" (2024-2027). Partners: Sint-Gillis-Waas en de provincie. '
        "Budget: 2 miljoen euro, waarvan Hulst 300.000 euro beheert.\n",
        {"Interreg"},
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n"
        "• Interreg Deutschland-Danmark: »Grænsestier« (2023-2026). Tønder Kommune leder projektet sammen med "
        "Amt Südtondern.\n",
        {"Interreg"},
    ),
    (
        "nb",
        "Halden",
        "EU-prosjekter\n"
        "- Interreg Sverige-Norge: «Grønn grense» (2024–2027). Halden kommune er prosjekteier og samarbeider med "
        "Strömstad.\n",
        {"Interreg"},
    ),
    (
        "nn",
        "Lærdal",
        "EU-prosjekt\n"
        "- LEADER Sogn: «Stølsvegar» (2025–2027). Lærdal kommune er prosjekteigar og har med seg to grendelag.\n",
        {"LEADER"},
    ),
    (
        "nl",
        "Maasmechelen",
        "Lopende projecten\n"
        "▸ LIFE: 'Maasvallei Natuurlijk' (2024-2028). Maasmechelen voert het project uit met Natuurpunt.\n",
        {"LIFE"},
    ),
]

NOT_HELD = [
    (  # a school's project: the item does not name the issuer
        "da",
        "Tønder",
        "EU-projekter\n• Erasmus+: »Skolebro« (2024-2026). Gymnasiet udveksler elever med en skole i Gdańsk.\n",
        set(),
    ),
    (  # only applied for
        "nb",
        "Halden",
        "EU-prosjekter\n- Interreg Sverige-Norge: «Grensehavn» (2027–2029). Halden kommune har søkt, men søknaden er "
        "ikke behandlet ennå.\n",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), HELD + NOT_HELD)
def test_a_programme_item_with_a_quoted_project_is_the_issuers_participation(language, town, text, expected):
    assert networks(text, language, town) == expected
