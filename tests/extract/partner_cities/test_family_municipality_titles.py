"""A municipality's title written beside its name ('Malmø Stad', 'Stad Gent', 'Umeå Stad') is part of that name:
the title is no town of its own, though Norway has a municipality called Stad, and a list goes on past a title
before the next name ('og Stad Brugge'). Stad written as the place it is ('Stad kommune', 'i Stad og i Umeå',
'gemeente Stad') stays a town."""

from __future__ import annotations

import pytest

TITLED = [
    (
        "da",
        "Dragør",
        "Partnere i projektet KystLiv er Malmø Stad, Höganäs kommun og Frederikshavn Kommune.",
        {
            "Malmö": ("project_partner", None),
            "Höganäs": ("project_partner", None),
            "Frederikshavn": ("project_partner", None),
        },
    ),
    (
        "da",
        "Helsingør",
        "Helsingør har siden 1980 haft en venskabsbyaftale med Umeå Stad i Sverige.",
        {"Umeå": ("twin", 1980)},
    ),
    (
        "da",
        "Esbjerg",
        "I Interreg-projektet BlueCoast samarbejder Esbjerg med Stad Oostende og Stad Brugge.",
        {"Oostende": ("project_partner", None), "Bruges": ("project_partner", None)},
    ),
    (
        "da",
        "Roskilde",
        "Roskildes venskabsbyer er Stad Gent i Belgien og Umeå i Sverige.",
        {"Ghent": ("twin", None), "Umeå": ("twin", None)},
    ),
    (
        "da",
        "Vejle",
        "Vejle underskrev i 2019 en samarbejdsaftale med Stockholms Stad om klimatilpasning.",
        {"Stockholm": ("cooperation_agreement", 2019)},
    ),
    (
        "nb",
        "Bergen",
        "Prosjektpartnere i «Kyst 2030» er Göteborgs Stad, Lunds kommun og Aarhus Kommune.",
        {
            "Gothenburg": ("project_partner", None),
            "Lund": ("project_partner", None),
            "Aarhus": ("project_partner", None),
        },
    ),
    ("nb", "Hamar", "Hamar har siden 1975 vært vennskapsby med Stad Gent i Belgia.", {"Ghent": ("twin", 1975)}),
    (
        "nb",
        "Drammen",
        "Vennskapsbyene våre er Kolding Kommune, Umeå Stad og Stad Brugge.",
        {"Kolding": ("twin", None), "Umeå": ("twin", None), "Bruges": ("twin", None)},
    ),
    (
        "nb",
        "Bodø",
        "Bodø deltar i Interreg-prosjektet Arctic Ports sammen med Luleå Stad og Oulu.",
        {"Luleå": ("project_partner", None), "Oulu": ("project_partner", None)},
    ),
    (
        "nb",
        "Tromsø",
        "Tromsø inngikk i 2021 en samarbeidsavtale med Stad Oulu.",
        {"Oulu": ("cooperation_agreement", 2021)},
    ),
    ("nn", "Voss", "Vossa har sidan 1990 vore venskapsby med Umeå Stad i Sverige.", {"Umeå": ("twin", 1990)}),
    (
        "nn",
        "Førde",
        "Partnarar i prosjektet er Malmø Stad, Höganäs kommun og Kolding Kommune.",
        {
            "Malmö": ("project_partner", None),
            "Höganäs": ("project_partner", None),
            "Kolding": ("project_partner", None),
        },
    ),
    (
        "nn",
        "Ørsta",
        "Venskapskommunane våre er Stad Gent i Belgia og Kolding Kommune i Danmark.",
        {"Ghent": ("twin", None), "Kolding": ("twin", None)},
    ),
    (
        "nn",
        "Sogndal",
        "Sogndal inngjekk i 2018 ein samarbeidsavtale med Stockholms Stad.",
        {"Stockholm": ("cooperation_agreement", 2018)},
    ),
    (
        "nn",
        "Stryn",
        "Stryn har venskapsavtale med Luleå Stad og Stad Oostende.",
        {"Luleå": ("twin", None), "Oostende": ("twin", None)},
    ),
    (
        "nl",
        "Breda",
        "Partners in het Interreg-project Zeekust zijn Stad Gent, Stad Kortrijk en Göteborgs Stad.",
        {
            "Ghent": ("project_partner", None),
            "Kortrijk": ("project_partner", None),
            "Gothenburg": ("project_partner", None),
        },
    ),
    ("nl", "Delft", "Delft heeft sinds 1987 een stedenband met Stad Gent.", {"Ghent": ("twin", 1987)}),
    (
        "nl",
        "Venlo",
        "Venlo heeft een stedenband met Malmö Stad en met Stad Brugge in België.",
        {"Malmö": ("twin", None), "Bruges": ("twin", None)},
    ),
    (
        "nl",
        "Zwolle",
        "De zustersteden van Zwolle zijn Lünen, Umeå Stad en Oulu.",
        {"Lünen": ("twin", None), "Umeå": ("twin", None), "Oulu": ("twin", None)},
    ),
    (
        "nl",
        "Goes",
        "Goes sloot in 2022 een samenwerkingsovereenkomst met Stad Oostende.",
        {"Oostende": ("cooperation_agreement", 2022)},
    ),
]

NAMED_PLACE = [
    ("da", "Aabenraa", "Aabenraa har en venskabsbyaftale med Stad kommune i Norge.", {"Stad": ("twin", None)}),
    ("da", "Aabenraa", "Aabenraa har venskabsbyer i Stad og i Umeå.", {"Stad": ("twin", None), "Umeå": ("twin", None)}),
    ("nb", "Larvik", "Larvik har vennskapsavtale med Stad og Umeå.", {"Stad": ("twin", None), "Umeå": ("twin", None)}),
    ("nl", "Venlo", "Venlo heeft een stedenband met de Noorse gemeente Stad.", {"Stad": ("twin", None)}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TITLED)
def test_a_title_beside_a_name_is_part_of_it(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NAMED_PLACE)
def test_stad_named_as_a_place_stays_a_town(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
