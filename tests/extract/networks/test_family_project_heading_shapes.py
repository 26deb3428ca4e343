"""A project's heading names the programme it runs under in brackets ('▸ RivierPark 2.0 (Interreg
Vlaanderen-Nederland, 2024-2027)'), the paragraph under it on the municipality's own project: a participation in
that programme, however the heading is marked (any common bullet shape), whatever the project's name holds (a
version number), whatever follows the bracket on its line (a dash naming partners, or the paragraph itself where a
page lost its line break). A heading whose paragraph says the project was refused or is only considered, or a
bracket that holds no programme, gives no row. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    (
        "nl",
        "Bree",
        "Europese projecten\n\n▸ Grenspark 2.0 (Interreg Vlaanderen-Nederland, 2025-2028)\n"
        "Samen met Weert legt Bree nieuwe wandelpaden aan langs de Abeek.\n",
        "Interreg",
    ),
    (
        "nl",
        "Peer",
        "Projecten\n\n➤ Fietsknooppunt 3.1 (LEADER Noord-Limburg)\n"
        "Peer verbindt de fietsroutes met die van Hamont-Achel. De stad is projectleider.\n",
        "LEADER",
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n\n◆ Marsk 2.0 (Interreg Deutschland-Danmark, 2024-2027) – med Husum og Niebüll\n"
        "Kommunen udvikler cykelruter langs digerne.\n",
        "Interreg",
    ),
    (
        "nb",
        "Vardø",
        "Prosjekter\n\n‣ Havn 2.0 (Interreg Aurora, 2025-2027)\n"
        "Vardø kommune utvikler ny havnelogistikk sammen med Kiruna.\n",
        "Interreg",
    ),
    (
        "nn",
        "Voss",
        "Prosjekt\n\n▸ Fjellgard 1.5 (LEADER Hordaland, 2024-2026) Kommunen leier arbeidet med nye turstigar.\n",
        "LEADER",
    ),
    (
        "nl",
        "Maaseik",
        "Afgelopen projecten\n\n▸ Groene Maas (Interreg Euregio "
            "Maas-Rijn, afgerond in 2022) – met Thorn en Stramproy.\n",
        "Interreg",
    ),
]

NOT_HELD = [
    (
        "nl",
        "Bree",
        "Projecten\n\n▸ Grenspark 2.0 (Interreg Vlaanderen-Nederland, 2025-2028)\n"
        "De aanvraag van Bree werd in maart afgewezen.\n",
        "Interreg",
    ),
    (
        "da",
        "Tønder",
        "Projekter\n\n◆ Marsk 2.0 (Interreg Deutschland-Danmark)\nKommunen overvejer at søge om midler i 2027.\n",
        "Interreg",
    ),
    (
        "nb",
        "Vardø",
        "Prosjekter\n\n▸ Havn 2.0 (2025-2027)\nVardø kommune utvikler ny havnelogistikk.\n",
        "Interreg",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), HELD)
def test_a_bracketed_programme_under_any_heading_shape_is_taken_part_in(
    language: str, town: str, text: str, network: str
) -> None:
    assert network in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), NOT_HELD)
def test_a_refused_or_considered_project_or_a_bracket_of_years_gives_no_programme(
    language: str, town: str, text: str, network: str
) -> None:
    assert network not in networks(text, language, town)
