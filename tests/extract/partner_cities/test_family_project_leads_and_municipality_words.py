"""Two families of project partners a case text names.

After the issuer's own part in a project ('Kommunen er inviteret som partner i projektet X.'), the project's lead
on the next line ('Projektet ledes af Aberdeen', 'Prosjektet vert leia av Sundsvall', 'Het project wordt geleid door
Leuven') and its town partners ('øvrige bypartnere er Bergen og Groningen') are the project's partners, as 'partnere
er' already names them. A lead alone heads a consortium (tests/.../lookalikes.json); a meeting led by its chair, a
project led by a person or a department, names no town.

A town named like an everyday word ('Åre', 'Lier', 'Vik') written as a municipality ('Åre kommune', 'de gemeente
Lier') is a place, as its country or a nationality beside it makes it one; without the municipality word, away
from a cue, it stays an everyday word."""

from __future__ import annotations

import pytest

LEADS = [
    (
        "da",
        "Skive",
        "Skive er med i projektet BlueHarbour. Projektet ledes af Aberdeen, og de øvrige bypartnere er Bergen og "
        "Groningen.",
        {
            "Aberdeen": ("project_partner", None),
            "Bergen": ("project_partner", None),
            "Groningen": ("project_partner", None),
        },
    ),
    (
        "nb",
        "Steinkjer",
        "Steinkjer deltar i prosjektet «Grønn fjord». Prosjektet ledes av Östersund, og Krokom er også med.",
        {"Östersund": ("project_partner", None), "Krokom": ("project_partner", None)},
    ),
    (
        "nn",
        "Stryn",
        "Stryn deltek i Interreg-prosjektet «Fjellvegar». Prosjektet vert leia av Sundsvall.",
        {"Sundsvall": ("project_partner", None)},
    ),
    (
        "nl",
        "Boxtel",
        "Boxtel neemt deel aan het project Slimme Stations. Het project wordt geleid door Leuven.",
        {"Leuven": ("project_partner", None)},
    ),
    (
        "nl",
        "Boxtel",
        "Het project Slimme Stations staat onder leiding van Gent; Boxtel is projectpartner.",
        {"Ghent": ("project_partner", None)},
    ),
    (
        "da",
        "Thisted",
        "Thisted Kommune er partner i projektet Nordic Coast Walks.\nProjektet koordineres af Stavanger.",
        {"Stavanger": ("project_partner", None)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), LEADS)
def test_a_projects_lead_town_is_a_project_partner(rows, language, town, text, expected):
    assert rows(text, language, town) == expected


NO_LEADS = [
    ("da", "Aabenraa", "Projektet ledes af Plan og Byg. Mødet blev ledet af formanden."),
    ("da", "Thisted", "Projektet koordineres af Stavanger og omfatter 12 byer i Nordeuropa."),
    ("nb", "Rana", "Prosjektet ledes av kommunalsjef Kari Bodø og skal være ferdig i 2027."),
    ("nl", "Lochem", "De vergadering werd geleid door wethouder Jansen uit Zutphen."),
    ("nn", "Stryn", "Møtet vart leia av ordføraren. Han hadde vore i Bergen på konferanse."),
]


@pytest.mark.parametrize(("language", "town", "text"), NO_LEADS)
def test_a_lead_that_is_no_town_is_no_partner(rows, language, town, text):
    assert rows(text, language, town) == {}


MUNICIPALITIES = [
    (
        "nb",
        "Steinkjer",
        "Steinkjer går inn som partner i prosjektet sammen med Åre kommune i Sverige.",
        {"Åre": ("project_partner", None)},
    ),
    (
        "nn",
        "Stryn",
        "Stryn er med som partnar i Interreg-prosjektet saman med Åre kommun og Berg kommun i Jämtland.",
        {"Åre": ("project_partner", None), "Berg": ("project_partner", None)},
    ),
    (
        "nl",
        "Boxtel",
        "Boxtel werkt in het project samen met de gemeente Lier (België).",
        {"Lier": ("project_partner", None)},
    ),
    (
        "da",
        "Tønder",
        "Tønder deltager i projektet sammen med Åre kommun.",
        {"Åre": ("project_partner", None)},
    ),
    (
        "nb",
        "Voss",
        "Voss har vennskapsavtale med Åre kommune fra 2011.",
        {"Åre": ("twin", 2011)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), MUNICIPALITIES)
def test_an_everyday_named_town_written_as_a_municipality_is_a_place(rows, language, town, text, expected):
    assert rows(text, language, town) == expected


EVERYDAY = [
    ("nb", "Steinkjer", "Ei åre kommune ikke kan betale for, sa rådmannen om prosjektet sammen med skolen."),
    ("nb", "Lyngdal", "Lyngdal samarbeider med Vik skole om prosjektet."),
    ("nl", "Boxtel", "Lier is een mooie stad, maar de gemeente zoekt nog een partner voor het project."),
]


@pytest.mark.parametrize(("language", "town", "text"), EVERYDAY)
def test_an_everyday_word_without_a_municipality_word_stays_one(rows, language, town, text):
    assert rows(text, language, town) == {}


LEAD_INSTITUTIONS = [
    ("da", "Skive", "Skive er med i projektet BlueHarbour. Projektet ledes af Umeå universitet."),
    ("nb", "Steinkjer", "Steinkjer deltar i prosjektet «Grønn fjord». Prosjektet ledes av Göteborgs universitet."),
    ("nn", "Stryn", "Stryn deltek i prosjektet «Fjellvegar». Prosjektet vert leia av Mittuniversitetet i Sundsvall."),
    ("nb", "Rana", "Rana deltar i prosjektet «Kald energi». Prosjektet ledes av Jönköping tekniska högskola."),
    ("nl", "Boxtel", "Boxtel neemt deel aan het project Slimme Stations, geleid door Kiel Universität."),
]


@pytest.mark.parametrize(("language", "town", "text"), LEAD_INSTITUTIONS)
def test_a_lead_institution_named_after_its_town_is_no_partner(rows, language, town, text):
    """A university or college named after its town ('Umeå universitet', 'X tekniska högskola') leads the project: the
    town itself takes no part, as 'Aalborg University' names no partner."""
    assert rows(text, language, town) == {}
