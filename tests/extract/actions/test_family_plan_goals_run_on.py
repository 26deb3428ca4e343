"""A plan's numbered item run onto its goal sentence when a page was unwrapped (snippets written for
these tests): "Tiltak nr. 1: Ny gang- og sykkelveg til Moa Kommunen skal bygge ...", "Actie 2: Meer
leerwerkplekken De gemeente wil ..." - the title ends where the goal sentence begins; a goal states no
status, so the item's status is unknown.

Look-alikes: an item whose title is itself worded as a goal ("Tiltak 7: Vi vil ha flere lærlinger")
keeps it whole, and a vision heading run onto its statement names no action.
"""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RUN_ON_GOALS = [
    (
        "da",
        "Handleplan 2025-2028\n"
        "\n"
        "Handling 1: Ny cykelsti langs Åvej Vi vil skabe en tryg skolevej for børnene i Vestby.\n"
        "Handling 2: Flere lærepladser Kommunen skal tilbyde 20 nye lærepladser.\n",
        [("1", "Ny cykelsti langs Åvej", "unknown"), ("2", "Flere lærepladser", "unknown")],
    ),
    (
        "da",
        "Indsatser 2025\n"
        "\n"
        "Indsats 3 Grønne skolegårde Byrådet vil omdanne tre skolegårde til grønne læringsrum.\n"
        "Indsats 4 Mere kollektiv trafik Vi prioriterer flere afgange om aftenen.\n",
        [("3", "Grønne skolegårde", "unknown"), ("4", "Mere kollektiv trafik", "unknown")],
    ),
    (
        "da",
        "Klimahandleplan\n"
        "\n"
        "Handling 5 – Solceller på Nordskolen Kommunen ønsker at dække skolens elforbrug med egen strøm.\n"
        "Handling 6 – Elbiler i hjemmeplejen Vi sikrer, at alle nye biler er elbiler.\n",
        [("5", "Solceller på Nordskolen", "unknown"), ("6", "Elbiler i hjemmeplejen", "unknown")],
    ),
    (
        "nb",
        "Handlingsplan 2025-2028\n"
        "\n"
        "Tiltak nr. 1: Ny gang- og sykkelveg til Moa Kommunen skal bygge en trygg skoleveg.\n"
        "Tiltak nr. 2: Flere lærlingplasser Vi vil ha 20 lærlinger innen 2028.\n",
        [("1", "Ny gang- og sykkelveg til Moa", "unknown"), ("2", "Flere lærlingplasser", "unknown")],
    ),
    (
        "nb",
        "Tiltak 2025\n"
        "\n"
        "Tiltak 3 Grønne skolegårder Kommunestyret vil gjøre tre skolegårder om til grønne læringsrom.\n"
        "Tiltak 4 Mer kollektivtrafikk Vi prioriterer flere avganger om kvelden.\n",
        [("3", "Grønne skolegårder", "unknown"), ("4", "Mer kollektivtrafikk", "unknown")],
    ),
    (
        "nb",
        "Klimaplan\n"
        "\n"
        "Tiltak 5 – Solceller på Nordby skole Kommunen ønsker å dekke skolens strømbehov med egen produksjon.\n"
        "Tiltak 6 – Elbiler i hjemmetjenesten Vi sikrer at alle nye biler er elbiler.\n",
        [("5", "Solceller på Nordby skole", "unknown"), ("6", "Elbiler i hjemmetjenesten", "unknown")],
    ),
    (
        "nn",
        "Handlingsplan 2025-2028\n"
        "\n"
        "Tiltak nr. 1: Ny gang- og sykkelveg til Nes Kommunen skal byggje ein trygg skuleveg.\n"
        "Tiltak nr. 2: Fleire lærlingplassar Vi vil ha 20 lærlingar innan 2028.\n",
        [("1", "Ny gang- og sykkelveg til Nes", "unknown"), ("2", "Fleire lærlingplassar", "unknown")],
    ),
    (
        "nn",
        "Tiltak 2025\n"
        "\n"
        "Tiltak 3 Grøne skuleplassar Kommunestyret vil gjere tre skuleplassar om til grøne læringsrom.\n"
        "Tiltak 4 Meir kollektivtrafikk Vi prioriterer fleire avgangar om kvelden.\n",
        [("3", "Grøne skuleplassar", "unknown"), ("4", "Meir kollektivtrafikk", "unknown")],
    ),
    (
        "nn",
        "Klimaplan\n"
        "\n"
        "Tiltak 5 – Solceller på Nordby skule Kommunen ønskjer å dekkje straumbehovet til skulen "
        "med eigen produksjon.\n"
        "Tiltak 6 – Elbilar i heimetenesta Vi sikrar at alle nye bilar er elbilar.\n",
        [("5", "Solceller på Nordby skule", "unknown"), ("6", "Elbilar i heimetenesta", "unknown")],
    ),
    (
        "nl",
        "Uitvoeringsprogramma 2025-2028\n"
        "\n"
        "Actie 1: Nieuw fietspad langs de dijk Wij willen een veilige schoolroute voor alle kinderen.\n"
        "Actie 2: Meer leerwerkplekken De gemeente wil 20 nieuwe leerwerkplekken bieden.\n",
        [("1", "Nieuw fietspad langs de dijk", "unknown"), ("2", "Meer leerwerkplekken", "unknown")],
    ),
    (
        "nl",
        "Acties 2025\n"
        "\n"
        "Actie 3 Groene schoolpleinen Het college wil drie schoolpleinen vergroenen.\n"
        "Actie 4 Meer openbaar vervoer We investeren in extra busritten in de avond.\n",
        [("3", "Groene schoolpleinen", "unknown"), ("4", "Meer openbaar vervoer", "unknown")],
    ),
    (
        "nl",
        "Klimaatplan\n"
        "\n"
        "Maatregel 5 – Zonnepanelen op De Regenboog De gemeente streeft naar eigen stroom voor de school.\n"
        "Maatregel 6 – Elektrische auto's voor de thuiszorg Wij zorgen dat alle nieuwe auto's elektrisch zijn.\n",
        [("5", "Zonnepanelen op De Regenboog", "unknown"), ("6", "Elektrische auto's voor de thuiszorg", "unknown")],
    ),
]

NOT_SPLIT = [
    (
        "da",
        "Handleplan\n\nHandling 7: Vi vil have flere lærepladser\nHandling 8: Kommunen skal være CO2-neutral i 2030\n",
        [("7", "Vi vil have flere lærepladser", "unknown"), ("8", "Kommunen skal være CO2-neutral i 2030", "unknown")],
    ),
    (
        "nb",
        "Handlingsplan\n\nTiltak 7: Vi vil ha flere lærlinger\nTiltak 8: Kommunen skal være klimanøytral i 2030\n",
        [("7", "Vi vil ha flere lærlinger", "unknown"), ("8", "Kommunen skal være klimanøytral i 2030", "unknown")],
    ),
    (
        "nn",
        "Handlingsplan\n\nTiltak 7: Vi vil ha fleire lærlingar\nTiltak 8: Kommunen skal vere klimanøytral i 2030\n",
        [("7", "Vi vil ha fleire lærlingar", "unknown"), ("8", "Kommunen skal vere klimanøytral i 2030", "unknown")],
    ),
    (
        "nl",
        "Actieplan\n"
        "\n"
        "Actie 7: Wij willen meer leerwerkplekken\n"
        "Actie 8: De gemeente wil in 2030 klimaatneutraal zijn\n",
        [
            ("7", "Wij willen meer leerwerkplekken", "unknown"),
            ("8", "De gemeente wil in 2030 klimaatneutraal zijn", "unknown"),
        ],
    ),
    (
        "nb",
        "Om kommunen\n\nVisjon og verdier Kommunen skal være et godt sted å bo for alle.\n",
        [],
    ),
    (
        "nl",
        "Over de gemeente\n\nVisie en waarden De gemeente wil een fijne plek zijn om te wonen.\n",
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RUN_ON_GOALS)
def test_a_plan_item_run_onto_its_goal_sentence_keeps_its_title(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NOT_SPLIT)
def test_goal_worded_titles_stay_whole_and_a_vision_names_no_action(language, text, expected):
    assert rows(text, language) == expected
