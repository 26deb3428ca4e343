"""Family: a body named after the area it covers (Euregio, Euroregion, Eurometropool, Region, Grenseregionen) spoken
of as a place after a place preposition ("Venlo ligt midden in de Euregio Rijn-Maas-Noord", "samarbeider innenfor
Grenseregionen Nordkalotten", "et knudepunkt i Region Sønderjylland-Schleswig"): where the town lies or works, not a
membership, even where the town's name stands in the sentence. A membership word leading up to the preposition
("er medlem i", "deelnemer in de") or a membership stated without one keeps the row. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

PLACES = [
    ("da", "Sønderborg", "Sønderborg ligger midt i Region Sønderjylland-Schleswig, tæt på grænsen."),
    ("da", "Sønderborg", "Kommunen samarbejder med flere byer inden for Region Sønderjylland-Schleswig om turisme."),
    ("da", "Sønderborg", "Turismen i Sønderborg vokser, og byen er et knudepunkt i Region Sønderjylland-Schleswig."),
    (
        "da",
        "Sønderborg",
        "Pendlerne i Region Sønderjylland-Schleswig krydser grænsen hver dag, oplyser Sønderborg Kommune.",
    ),
    ("da", "Bornholm", "Mange virksomheder på Bornholm handler med kunder i Euroregion Baltic."),
    ("nb", "Alta", "Alta ligger midt i Grenseregionen Nordkalotten, der Norge grenser mot Sverige og Finland."),
    ("nb", "Alta", "Kommunen samarbeider med nabokommunene innenfor Grenseregionen Nordkalotten om reiseliv."),
    ("nb", "Alta", "Mange pendlere i Grenseregionen Nordkalotten krysser grensen hver dag, sier ordføreren i Alta."),
    ("nb", "Alta", "Alta er et knutepunkt i Grenseregionen Nordkalotten for handel og transport."),
    ("nb", "Alta", "Turismen i Grenseregionen Nordkalotten vokser, også i Alta kommune."),
    ("nn", "Karasjok", "Karasjok ligg midt i Grenseregionen Nordkalotten, der Noreg grensar mot Finland."),
    ("nn", "Karasjok", "Kommunen samarbeider med nabokommunane innanfor Grenseregionen Nordkalotten om reiseliv."),
    (
        "nn",
        "Karasjok",
        "Mange pendlarar i Grenseregionen Nordkalotten kryssar grensa kvar dag, seier ordføraren i Karasjok.",
    ),
    ("nn", "Karasjok", "Karasjok er eit knutepunkt i Grenseregionen Nordkalotten for handel og transport."),
    ("nn", "Karasjok", "Turismen i Grenseregionen Nordkalotten veks, også i Karasjok kommune."),
    ("nl", "Venlo", "Als grensstad ligt Venlo midden in de Euregio Rijn-Maas-Noord."),
    ("nl", "Venlo", "Samenwerking van Venlo met Nettetal en Viersen binnen de Euregio Rijn-Maas-Noord blijft bestaan."),
    ("nl", "Venlo", "Venlo werkt in de Euregio Rijn-Maas-Noord samen met Duitse buurgemeenten aan fietsroutes."),
    ("nl", "Venlo", "Veel inwoners van Venlo werken in de Euregio Rijn-Maas-Noord aan de andere kant van de grens."),
    ("nl", "Venlo", "In de Euregio Rijn-Maas-Noord wonen ruim twee miljoen mensen, ook in Venlo."),
]

MEMBERS = [
    (
        "da",
        "Sønderborg",
        "Kommunen er aktiv i Region Sønderjylland-Schleswig med to byrådsmedlemmer.",
        "Region Sønderjylland-Schleswig",
    ),
    (
        "da",
        "Sønderborg",
        "Sønderborg Kommune er medlem i Region Sønderjylland-Schleswig.",
        "Region Sønderjylland-Schleswig",
    ),
    ("da", "Bornholm", "Kommunen deltager i Euroregion Baltic gennem et medlem af bestyrelsen.", "Euroregion Baltic"),
    ("nb", "Alta", "Alta kommune er medlem i Grenseregionen Nordkalotten.", "Grenseregionen Nordkalotten"),
    ("nn", "Karasjok", "Karasjok kommune er medlem i Grenseregionen Nordkalotten.", "Grenseregionen Nordkalotten"),
    ("nl", "Venlo", "Venlo is lid van de Euregio Rijn-Maas-Noord.", "Euregio Rhein-Maas-Nord"),
    ("nl", "Venlo", "De gemeente is deelnemer in de Euregio Rijn-Maas-Noord.", "Euregio Rhein-Maas-Nord"),
]


@pytest.mark.parametrize(("language", "town", "text"), PLACES)
def test_an_area_body_after_a_place_preposition_is_where_the_town_lies_not_a_membership(language, town, text):
    assert networks(text, language, town) == set()


@pytest.mark.parametrize(("language", "town", "text", "name"), MEMBERS)
def test_a_membership_of_an_area_body_is_a_row(language, town, text, name):
    assert name in networks(text, language, town)
