"""A project page may head each project with its programme first and the project's name after a dash or colon
('3.2 Horizon Europe - «ArcticHubs 2»'), the paragraph under it saying the municipality takes part: a participation
in that programme. When the paragraph speaks only of a school, a company or another body, or says the project
was refused, the programme is no row."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    (
        "nb",
        "Senja",
        "3 EU-prosjekter\n3.2 Horizon Europe - «ArcticHubs 2»\n    Kommunen deltar som pilotkommune, "
        "koordinert av et universitet.\n",
        "Horizon Europe",
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n\nInterreg Deutschland-Danmark – Grænsens Vand\nTønder Kommune er lead partner "
        "i arbejdet med klimasikring af marsken.\n",
        "Interreg",
    ),
    (
        "nl",
        "Venlo",
        "Europese projecten\n\n2.1 Interreg Deutschland-Nederland: Grenzeloos Groen\nDe gemeente "
        "ontwikkelt samen met Nettetal een natuurgebied.\n",
        "Interreg",
    ),
    (
        "nn",
        "Stord",
        "Prosjekt\n\nErasmus+ - Unge i Europa\nKommunen tek imot ungdomar frå tre land kvar vår.\n",
        "Erasmus+",
    ),
    (
        "nl",
        "Gent",
        "Projecten\n\nLIFE - Klimaatrobuuste pleinen\nDe stad Gent legt met dit geld tien groene pleinen aan.\n",
        "LIFE",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), HELD)
def test_a_programme_first_heading_over_the_issuers_project_is_a_row(language, town, text, name):
    assert name in networks(text, language, town)


NOT_HELD = [
    (
        "nb",
        "Senja",
        "3 EU-prosjekter\n3.3 Erasmus+ - skolepartnerskap\n    Silsand ungdomsskole har et "
        "partnerskap med en skole i Tórshavn.\n",
        "Erasmus+",
    ),
    (
        "da",
        "Tønder",
        "EU-projekter\n\nInterreg Deutschland-Danmark – Grænsens Vand\nAnsøgningen blev ikke "
        "imødekommet, og kommunen deltager ikke.\n",
        "Interreg",
    ),
    (
        "nl",
        "Venlo",
        "Nieuws\n\nHorizon Europe: nieuwe oproep\nBedrijven kunnen tot mei een voorstel indienen.\n",
        "Horizon Europe",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), NOT_HELD)
def test_a_programme_first_heading_over_another_bodys_project_is_no_row(language, town, text, name):
    assert name not in networks(text, language, town)
