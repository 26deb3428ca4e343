"""A project named after a network word in one sentence ('er medlem av nettverket X, og deltar i Interreg Aurora
gjennom prosjektet «Y» sammen med Luleå kommun og Oulu') makes its towns the project's partners, not fellow members
of the network; and a project title above the sentence, however long ('GrensPark Kempen~Broek – "Water Verbindt"
(Interreg Vlaanderen-Nederland, 2024-2027)'), names the project a neighbouring municipality takes part in. Towns
named with the network itself, and a neighbour in local cooperation under a title about no project, stay no
partners."""

from __future__ import annotations

import pytest

PROJECT_PARTNERS = [
    (
        "nb",
        "Vardø",
        "Vardø kommune er medlem av nettverket Sunne kommuner, og deltar i Interreg Aurora gjennom prosjektet «Kystarv»"
        " sammen med Luleå kommun og Oulu.",
        {"Luleå": ("project_partner", None), "Oulu": ("project_partner", None)},
    ),
    (
        "da",
        "Tønder",
        "Kommunen er medlem af netværket Grænsebyer og deltager i Interreg-projektet «Grøn Grænse» sammen med Husum og"
        " Niebüll.",
        {"Husum": ("project_partner", None), "Niebüll": ("project_partner", None)},
    ),
    (
        "nl",
        "Lochem",
        "Lochem is lid van het netwerk Hanzesteden en werkt in het Interreg-project 'Groene Grens' samen met Kleve en"
        " Emmerich am Rhein.",
        {"Kleve": ("project_partner", None), "Emmerich": ("project_partner", None)},
    ),
    (
        "nn",
        "Vinje",
        "Vinje er med i nettverket Fjellkommunar, og deltek i Interreg-prosjektet «Fjellvegen» saman med Åre og"
        " Östersund.",
        {"Åre": ("project_partner", None), "Östersund": ("project_partner", None)},
    ),
    (
        "nl",
        "Hamont-Achel",
        'Europese projecten\nGrensPark Kempen~Broek – "Water Verbindt" (Interreg Vlaanderen-Nederland, 2024-2027)\n'
        "Samen met de Nederlandse gemeente Weert en met de stad Bree herstelt Hamont-Achel natte natuur langs de beek.",
        {"Weert": ("project_partner", None), "Bree": ("project_partner", None)},
    ),
]

NOT_PROJECT_PARTNERS = [
    (
        "da",
        "Tønder",
        "Kommunen er medlem af netværket Grænsebyer, hvor også Husum og Niebüll er med; netværket har et projektkontor"
        " i Flensburg.",
        {},
    ),
    (
        "nb",
        "Vardø",
        "Vardø kommune er medlem av nettverket Sunne kommuner sammen med Alta og Hammerfest, og deltar også i"
        " prosjektet «Kystarv».",
        {},
    ),
    (
        "nl",
        "Hamont-Achel",
        "Samenwerking in de regio\nOverleg met de buurgemeenten over de brandweerzone en de politie in Noord-Limburg\n"
        "Samen met de stad Bree organiseert Hamont-Achel een gezamenlijke brandweeroefening.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PROJECT_PARTNERS)
def test_towns_of_a_project_named_beside_a_network_or_in_a_long_title_are_its_partners(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_PROJECT_PARTNERS)
def test_fellow_members_and_local_cooperation_stay_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
