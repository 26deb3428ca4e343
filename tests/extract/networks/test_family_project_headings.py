"""A page of the municipality's own projects gives each one a heading naming its programme in brackets, often with
the project's years ('GreenPaths (Interreg North-West Europe, 2024-2027)'), and a paragraph on the project right
under it: the municipality takes part in that programme through the project. A paragraph saying the project was
refused, is only planned or is not taken part in, and a programme named in a running sentence's bracket without
any participation, are no membership."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    (
        "nl",
        "Zoersel",
        "Europese projecten\n\nGroene Kempen (Interreg Vlaanderen-Nederland, 2023-2026)\nSamen met Baarle-Nassau "
        "legt Zoersel nieuwe wandelpaden aan langs de grens.\n",
        "Interreg",
    ),
    (
        "nl",
        "Houten",
        "Projecten\n\nJeugd zonder grenzen (Erasmus+)\nJongeren uit Houten gaan op uitwisseling naar Polen.\n\n"
        "Fietsstad Houten\nDe gemeente investeert in fietsenstallingen.\n",
        "Erasmus+",
    ),
    (
        "da",
        "Vordingborg",
        "EU-projekter\n\nKystliv (Interreg Deutschland-Danmark, 2025-2028)\nProjektet styrker turismen på begge "
        "sider af Østersøen. Vordingborg Kommune leder arbejdspakken om formidling.\n",
        "Interreg",
    ),
    (
        "nb",
        "Steinkjer",
        "Prosjekter\n\nGrønne fjorder (Interreg Sverige-Norge, 2024-2027)\nKommunen samarbeider med Östersund om "
        "klimatilpasning.\n\nUng i Europa (Erasmus+, 2025-2026)\nElever fra Steinkjer møter elever i Spania.\n",
        {"Interreg", "Erasmus+"},
    ),
    (
        "nn",
        "Voss",
        "EU-prosjekt\n\nFjellmat (LIFE, 2024-2028)\nVoss herad prøver ut nye metodar for beiteskog saman med "
        "bønder i Austria.\n",
        "LIFE",
    ),
]

NOT_HELD = [
    (
        "nl",
        "Zoersel",
        "Europese projecten\n\nSlimme verlichting (Horizon Europe, 2025-2028)\nDe kandidatuur werd niet weerhouden. "
        "Zoersel neemt niet deel.\n",
        "Horizon Europe",
    ),
    (
        "da",
        "Vordingborg",
        "EU-projekter\n\nGrøn havn (Interreg Deutschland-Danmark)\nKommunen overvejer at søge om deltagelse i "
        "projektet næste år.\n",
        "Interreg",
    ),
    (
        "nb",
        "Steinkjer",
        "Skolen har tidligere hatt utveksling (Erasmus+) med en skole i Tyskland, men det ble avsluttet.\n",
        "Erasmus+",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), HELD)
def test_a_project_heading_names_the_programme_the_municipality_takes_part_in(language, town, text, expected):
    expected = {expected} if isinstance(expected, str) else expected
    assert expected <= networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), NOT_HELD)
def test_a_refused_or_planned_project_or_a_bracket_in_running_text_is_no_participation(language, town, text, network):
    assert network not in networks(text, language, town)
