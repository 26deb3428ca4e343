"""A project's heading that names its programme in brackets is often an item of a numbered or bulleted list, or
quotes the project's name ('1. Grenzeloos Zorgen (Interreg ..., 2024-2027)', '"Fietsroute" (LEADER, ...)'), and a
bulleted item may carry its paragraph on its own line after a colon ('- Landschapspark (Interreg ...): samen met
...'): the municipality takes part in that programme through the project. The item's paragraph saying the project
was refused or is only considered, or a bracket of years only, is no participation; the next item's words are not
read as this item's."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    (
        "nl",
        "Winterswijk",
        "Europese projecten\n\n1. Zorg over de grens (Interreg Deutschland-Nederland, 2024-2027)\n"
        "   Samen met Vreden werkt de gemeente aan een gedeelde thuiszorgpool.\n"
        "2. Dorpskracht (provinciale subsidie)\n   Kleine initiatieven krijgen steun.\n",
        "Interreg",
    ),
    (
        "nl",
        "Zele",
        "EUROPESE PROJECTEN\n- Scheldeoevers (Interreg Vlaanderen-Nederland): samen met de gemeente Reimerswaal\n"
        "  werken we aan fietsverbindingen langs de rivier. Looptijd 2024-2027.\n"
        "- Sportdag: een jaarlijkse dag voor alle scholen.\n",
        "Interreg",
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n\n• Grænseløs natur (Interreg Deutschland-Danmark, 2025-2027): kommunen genopretter vådområder "
        "sammen med Kreis Nordfriesland.\n",
        "Interreg",
    ),
    (
        "nb",
        "Alta",
        "Prosjekter\n\n«Ung i nord» (Erasmus+, 2025-2026)\nElever fra Alta besøker skoler i Finland og Sverige.\n",
        "Erasmus+",
    ),
    (
        "nn",
        "Stryn",
        "EU-prosjekt\n\n2) Breliv (LIFE, 2024-2028)\nStryn kommune prøver ut nye tiltak mot erosjon saman med "
        "grunneigarar.\n",
        "LIFE",
    ),
]

NOT_HELD = [
    (
        "nl",
        "Zele",
        "EUROPESE PROJECTEN\n- Slimme straatverlichting (Horizon Europe): de kandidatuur werd niet weerhouden.\n"
        "- Sportdag: een jaarlijkse dag voor alle scholen.\n",
        "Horizon Europe",
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n\n1. Grøn havn (Interreg Deutschland-Danmark)\n   Kommunen overvejer at søge om deltagelse "
        "i projektet næste år.\n",
        "Interreg",
    ),
]

NEXT_ITEM = (
    "Europese projecten\n- Erfgoedroute (Interreg Vlaanderen-Nederland): samen met Sluis maken we een fietsroute.\n"
    "- Oude plannen: het project met Horizon Europe werd niet weerhouden.\n"
)


@pytest.mark.parametrize(("language", "town", "text", "expected"), HELD)
def test_a_numbered_bulleted_or_quoted_project_heading_names_the_programme_taken_part_in(
    language, town, text, expected
):
    assert expected in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), NOT_HELD)
def test_a_refused_or_considered_project_item_is_no_participation(language, town, text, network):
    assert network not in networks(text, language, town)


def test_the_next_items_refusal_is_not_read_as_this_items():
    assert "Interreg" in networks(NEXT_ITEM, "nl", "Middelburg")
