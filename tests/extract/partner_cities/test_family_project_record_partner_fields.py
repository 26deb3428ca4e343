"""A project record's partner field lists its towns as the partners write them: each with a municipality word and a
bracketed country code ('Uddevalla kommun (SE), Hjørring Kommune (DK)'), in either order; every town of the field is a
project partner, not only the first. A 'Horisont Europa' programme line makes the record a project in Norwegian and
Danish as 'Horizon' does. A field line under a wrapped partner field ('... og fire andre partnere' / 'Tema: ...') opens
a field of its own: its label is no town the cue above names."""

from __future__ import annotations

import pytest

FIELDS = [
    (
        "nb",
        "Skien",
        "BlueHarbour (2023–2026)\nProgram:  Interreg Nordsjøprogrammet\n"
        "Partnere: Uddevalla kommun (SE), Hjørring Kommune (DK),\n"
        "          Skien kommune (NO), Telemark fylkeskommune\n"
        "Tema:     Klimatilpasning i havnebyer.\n",
        {"Uddevalla": "project_partner", "Hjørring": "project_partner"},
    ),
    (
        "da",
        "Næstved",
        "Projekt: CoastAdapt (2024-2027)\nProgram: Interreg Øresund-Kattegat-Skagerrak\n"
        "Partnere: Varbergs kommun (Sverige), Larvik kommune (Norge), Næstved Kommune\n"
        "Indhold: Kystsikring og fælles risikovurdering.\n",
        {"Varberg": "project_partner", "Larvik": "project_partner"},
    ),
    (
        "nn",
        "Voss",
        "FjellTurisme (2025–2028)\nProgram: Interreg Aurora\n"
        "Partnarar: Åre kommun (SE), Kuusamo kaupunki (FI), Voss herad (NO)\nTema: Berekraftig reiseliv.\n",
        {"Åre": "project_partner", "Kuusamo": "project_partner"},
    ),
    (
        "nl",
        "Roosendaal",
        "Project: WaterWise (2025-2028)\nProgramma: Interreg North Sea\n"
        "Projectpartners: gemeente Esbjerg (DK), Stadt Emden (DE), gemeente Roosendaal\nThema: Regenwater.\n",
        {"Esbjerg": "project_partner", "Emden": "project_partner"},
    ),
    (
        "nb",
        "Larvik",
        "Prosjekt: SmartWater (2024–2027)\nProgram: Horisont Europa\n"
        "Partnere: Pärnu linn (EE), Larvik kommune og to universiteter\nTema: Overvann.\n",
        {"Pärnu": "project_partner"},
    ),
    (
        "da",
        "Hjørring",
        "Projektet GreenPorts (2024-2026) under Interreg har disse partnere: Strömstads kommun (SE), "
        "Sandefjord kommune (NO) og Hjørring Kommune.",
        {"Strömstad": "project_partner", "Sandefjord": "project_partner"},
    ),
]

NOT_PARTNERS = [
    (  # a field label under a wrapped partner field
        "nb",
        "Porsgrunn",
        "Prosjekt: CleanRiver (2025–2028)\nProgram: Horisont Europa\n"
        "Partnere: Universitetet i Sørøst-Norge og fire andre\n          partnere\nTema: Vannkvalitet.\n",
        {},
    ),
    (  # the issuer in its own project's field
        "da",
        "Næstved",
        "Projekt: BlueTowns\nProgram: Interreg\nPartnere: Næstved Kommune (DK), Region Sjælland\n",
        {},
    ),
    (  # towns with codes on a study trip: no cue, no partners
        "da",
        "Thisted",
        "Udvalget besøgte Lysekil kommun (SE), Strömstad kommun (SE) på en studietur om havne.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "municipality", "text", "expected"), FIELDS + NOT_PARTNERS)
def test_every_town_of_a_project_partner_field_is_a_project_partner(rows, language, municipality, text, expected):
    found = {city: relation for city, (relation, _) in rows(text, language, municipality).items()}
    assert found == expected
