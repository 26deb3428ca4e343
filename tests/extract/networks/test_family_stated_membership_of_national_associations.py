"""A national association of municipalities (VNG, VVSG) is a row, as an organisation, where a sentence states the
municipality's membership itself ('is lid van de VNG', 'Het lidmaatschap van de VVSG blijft behouden') or the
page's own table of memberships lists it (a cell's bar glued to the name included). Every municipality works with
it, so nothing else makes it one: not the association advising or supporting the municipality, not a participation
cue in the sentence before, not a negated membership ('dat is geen lidmaatschap'), not a person's board seat, and
not where the text says it is no network ('de VNG is geen internationaal netwerk', 'Dat zijn geen internationale
netwerken'). A heading right after the membership sentence ('Geen lid, wel betrokken') is the next part of the
page, not a remark that denies it."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

MEMBERS = [
    ("Zeist", "De gemeente is lid van de VNG.", "VNG"),
    (
        "Lommel",
        "Lommel is, zoals alle Vlaamse gemeenten, lid van de Vereniging van Vlaamse Steden en Gemeenten.",
        "VVSG",
    ),
    ("Genk", "Artikel 2. Het lidmaatschap van de VVSG wordt verlengd voor de duur van de legislatuur.", "VVSG"),
    ("Venray", "Sinds jaar en dag is Venray aangesloten bij de Vereniging van Nederlandse Gemeenten (VNG).", "VNG"),
    (
        "Dalfsen",
        "Lidmaatschappen\n- Vereniging van Nederlandse Gemeenten (VNG)\n  Zoals alle gemeenten is Dalfsen lid van de "
        "VNG.\n\nGeen lid, wel betrokken\n- De regio Zwolle is een samenwerking van gemeenten.\n",
        "VNG",
    ),
    ("Zeist", "De gemeente is lid van ICLEI, VNG en Energy Cities.", "VNG"),
    (
        "Hoorn",
        "| Lidmaatschap / netwerk | Soort | Bijdrage |\n|---|---|---|\n| Vereniging van Nederlandse Gemeenten| koepel "
        "| € 70.000 |\n| Klimaatverbond Nederland | netwerk | € 6.000 |\n",
        "VNG",
    ),
]

NOT_MEMBERS = [
    ("Zeist", "VNG International begeleidt de gemeente bij de projectadministratie; dat is geen lidmaatschap."),
    ("Torhout", "De gemeente neemt deel aan een Europees project. De VVSG gaf advies over de opmaak van het charter."),
    ("Zwevegem", "De VVSG biedt ondersteuning bij de opmaak van het klimaatplan."),
    (
        "Breda",
        "De gemeente is, zoals alle gemeenten, lid van de VNG en werkt in de regio samen met Tilburg. Dat zijn geen "
        "internationale netwerken.",
    ),
    ("Venlo", "Venlo is lid van de VNG, zoals alle Nederlandse gemeenten; de VNG is geen internationaal netwerk."),
    ("Assen", "De stedenband wordt gedragen door de Stichting Stedenband en de Vereniging van Nederlandse Gemeenten."),
]


@pytest.mark.parametrize(("town", "text", "network"), MEMBERS)
def test_a_stated_membership_of_a_national_association_is_a_row(town, text, network):
    assert network in networks(text, "nl", town)


@pytest.mark.parametrize(("town", "text"), NOT_MEMBERS)
def test_advice_support_a_negated_membership_or_no_network_is_no_row(town, text):
    assert not {"VNG", "VVSG"} & networks(text, "nl", town)


def test_the_other_networks_of_the_sentence_stay():
    found = networks("De gemeente is lid van de VVSG en van Mayors for Peace.", "nl", "Lier")
    assert {"VVSG", "Mayors for Peace"} <= found
