"""Cross-border bodies (AEBR border regions, Euregios, the Nordic cross-border committees) are bodies a municipality
is a party to, coded as organisations like the EGTCs (Eurometropolis); a town that is only near the border region,
or a region named as the programme's area, is no row."""

from __future__ import annotations

import pytest

BODIES = [
    (
        "da",
        "Aabenraa",
        "Aabenraa Kommune er medlem af Region Sønderjylland-Schleswig sammen med de tyske kredse.",
        "Region Sønderjylland-Schleswig",
    ),
    (
        "nl",
        "Enschede",
        "Enschede is sinds de oprichting lid van de EUREGIO en neemt deel aan de Euregioraad.",
        "EUREGIO",
    ),
    (
        "nl",
        "Nijmegen",
        "De gemeente is lid van de Euregio Rijn-Waal en zit in het bestuur van de vereniging.",
        "Euregio Rijn-Waal",
    ),
    (
        "nb",
        "Halden",
        "Halden kommune er medlem av Svinesundskomiteen, det svensk-norske grensesamarbeidet.",
        "Svinesundskommittén",
    ),
    (
        "nb",
        "Tromsø",
        "Kommunen deltar i Nordkalottrådet sammen med kommuner i Sverige og Finland.",
        "Grenseregionen Nordkalotten",
    ),
    (
        "nl",
        "Maastricht",
        "Maastricht neemt deel aan de Euregio Maas-Rijn via het Euregionaal Forum.",
        "Euregio Maas-Rijn",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), BODIES)
def test_a_cross_border_body_is_an_organisation(rows, language, town, text, name):
    assert rows(text, language, town)[name].kind == "organisation"


LOOKALIKES = [
    (
        "nl",
        "Venlo",
        "Volgens cijfers van de Euregio Rijn-Maas-Noord pendelen dagelijks 9.000 mensen over de grens.",
        "Euregio Rhein-Maas-Nord",
    ),
    (
        "da",
        "Tønder",
        "Turisterne kommer fra hele Region Sønderjylland-Schleswig, viser en optælling fra museet.",
        "Region Sønderjylland-Schleswig",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), LOOKALIKES)
def test_a_border_region_named_in_passing_is_no_row(rows, language, town, text, name):
    assert name not in rows(text, language, town)
