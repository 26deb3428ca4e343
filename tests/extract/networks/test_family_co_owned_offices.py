"""Regional EU offices and similar bodies are owned by their member municipalities: 'kommunen er medejer af Syddansk
EU-kontor', 'Lier er medeier i Osloregionens Europakontor', 'de gemeente is mede-eigenaar van ...'. Co-owning the
office is taking part in it. A co-owner that is another body, or a co-ownership that is only considered or negated,
stays no membership."""

from __future__ import annotations

import pytest

CO_OWNERS = [
    ("da", "Vejle", "Vejle Kommune er medejer af Syddansk EU-kontor i Bruxelles.", "South Denmark European Office"),
    (
        "da",
        "Hjørring",
        "Sammen med de andre nordjyske kommuner er Hjørring medejer af Nordjyllands EU-kontor.",
        "North Denmark EU Office",
    ),
    (
        "da",
        "Odder",
        "Kommunen har siden 2016 været medejer af Midtjyllands EU-kontor og betaler et årligt bidrag.",
        "Central Denmark EU Office",
    ),
    ("da", "Sorø", "Sorø Kommune er som medejer repræsenteret i Sjællands EU-kontor.", "Zealand Denmark EU Office"),
    (
        "da",
        "Ærø",
        "Medlemskaber\n  • SDEO: kommunen er medejer af kontoret sammen med de øvrige syddanske kommuner.\n",
        "South Denmark European Office",
    ),
    (
        "nb",
        "Lier",
        "Lier er medeier i Osloregionens Europakontor sammen med 60 andre kommuner.",
        "Oslo Region European Office",
    ),
    (
        "nb",
        "Sola",
        "Kommunen ble medeier av Stavangerregionens Europakontor i 2010.",
        "Stavanger Region European Office",
    ),
    (
        "nb",
        "Tromsø",
        "Tromsø kommune er en av medeierne i Nord-Norges Europakontor i Brussel.",
        "North Norway European Office",
    ),
    (
        "nb",
        "Hamar",
        "Medlemskap\n- Innlandet Europakontor: kommunen er medeier sammen med fylkeskommunen og de andre kommunene "
        "i regionen.\n",
        "Innlandet European Office",
    ),
    ("nb", "Grimstad", "Grimstad er medeier av Sørlandets Europakontor.", "South Norway European Office"),
    ("nn", "Voss", "Voss er medeigar i Vestlandets Europakontor saman med fylkeskommunen.", "West Norway Office"),
    ("nn", "Stord", "Kommunen vart medeigar av Vest-Noregs Brusselkontor i 2015.", "West Norway Office"),
    (
        "nn",
        "Levanger",
        "Levanger kommune er ein av medeigarane i Trøndelags Europakontor.",
        "Trøndelag European Office",
    ),
    (
        "nn",
        "Lom",
        "Lom er medeigar av Innlandet Europakontor og får hjelp til EU-søknader.",
        "Innlandet European Office",
    ),
    (
        "nn",
        "Vik",
        "Medlemskap\n- Vest-Noregs Brusselkontor: kommunen er medeigar saman med dei andre kommunane i fylket.\n",
        "West Norway Office",
    ),
    (
        "nl",
        "Assen",
        "Assen is mede-eigenaar van het Samenwerkingsverband Noord-Nederland.",
        "Samenwerkingsverband Noord-Nederland",
    ),
    ("nl", "Emmen", "De gemeente Emmen werd in 2019 mede-eigenaar van SNN.", "Samenwerkingsverband Noord-Nederland"),
    ("nl", "Delft", "Delft is samen met andere gemeenten mede-eigenaar van Regio Randstad.", "Regio Randstad"),
    (
        "nl",
        "Venlo",
        "Als mede-eigenaar van Zuid-Nederland Brussel heeft Venlo een stem in het bestuur.",
        "Zuid-Nederland Brussel",
    ),
    (
        "nl",
        "Zwolle",
        "Netwerken\n- Oost-Nederland Brussel: de gemeente is mede-eigenaar van het kantoor samen met de provincies.\n",
        "Oost-Nederland Brussel",
    ),
]

NOT_CO_OWNERS = [
    ("da", "Vejle", "Region Syddanmark er medejer af Syddansk EU-kontor.", "South Denmark European Office"),
    ("nb", "Lier", "Lier vurderer å bli medeier i Osloregionens Europakontor.", "Oslo Region European Office"),
    ("nl", "Delft", "Delft is geen mede-eigenaar van Regio Randstad.", "Regio Randstad"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), CO_OWNERS)
def test_co_owning_an_office_is_taking_part(rows, language, town, text, name):
    assert name in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), NOT_CO_OWNERS)
def test_another_co_owner_or_a_considered_or_negated_one_is_not(rows, language, town, text, name):
    assert name not in rows(text, language, town)
