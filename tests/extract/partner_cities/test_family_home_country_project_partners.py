"""A named project's partners are partners however near they lie and whatever their country (DATASET: project_partner,
'partner in a named project or application'): a neighbour or another municipality of the issuer's own country named in
a sentence that names the project is a project partner, also when the clause is inverted ('I projektet X samarbejder
Vejle med Fredericia': the issuer then is the subject, not one of a list of its own towns). The project is named when
quoted, a programme or a capitalised name ('projektet Fjordbyer 2030'). A cooperation with the same towns about no
project or an unnamed one, a neighbour phrase or a purchase of services stays local government."""

from __future__ import annotations

import pytest

NAMED_PROJECT = [
    (
        "nl",
        "Deventer",
        "Deventer werkt in het Interreg-project 'Slimme Dijken' samen met Zutphen en Emmerich am Rhein.",
        {"Zutphen": ("project_partner", None), "Emmerich": ("project_partner", None)},
    ),
    (
        "da",
        "Vejle",
        "I Interreg-projektet Grønne Havne samarbejder Vejle med Fredericia og Kolding om klimasikring.",
        {"Fredericia": ("project_partner", None), "Kolding": ("project_partner", None)},
    ),
    (
        "nb",
        "Drammen",
        "Gjennom prosjektet «Elvebyer» samarbeider Drammen med Lier og Kongsberg om flomvern.",
        {"Lier": ("project_partner", None), "Kongsberg": ("project_partner", None)},
    ),
    (
        "nn",
        "Voss",
        "I prosjektet «Fjellvegen» samarbeider Voss med Ulvik og Aurland.",
        {"Ulvik": ("project_partner", None), "Aurland": ("project_partner", None)},
    ),
    (
        "nl",
        "Hamont-Achel",
        "Binnen het LEADER-project 'Grenzeloos Fietsen' werkt Hamont-Achel samen met Bree en Weert.",
        {"Bree": ("project_partner", None), "Weert": ("project_partner", None)},
    ),
    (
        "nl",
        "Oss",
        "Het project 'Groene Akkers' voert Oss uit samen met Uden en Wageningen.",
        {"Uden": ("project_partner", None), "Wageningen": ("project_partner", None)},
    ),
    (
        "da",
        "Vejle",
        "Vejle samarbejder med Fredericia\nog Kolding i projektet Fjordbyer 2030.",
        {"Fredericia": ("project_partner", None), "Kolding": ("project_partner", None)},
    ),
]

FRONTED_APPLICATION = [
    (
        "nl",
        "Bronckhorst",
        "Met Doesburg, Zutphen en Deventer is een aanvraag ingediend bij het programma Creative Europe.",
        {
            "Doesburg": ("project_partner", None),
            "Zutphen": ("project_partner", None),
            "Deventer": ("project_partner", None),
        },
    ),
    (
        "da",
        "Vejle",
        "Med Fredericia og Kolding er der sendt en ansøgning til Interreg om projektet Grønne Havne.",
        {"Fredericia": ("project_partner", None), "Kolding": ("project_partner", None)},
    ),
    (
        "nb",
        "Alta",
        "Med Tromsø og Kiruna er det sendt en søknad om Interreg-midler.",
        {"Tromsø": ("project_partner", None), "Kiruna": ("project_partner", None)},
    ),
    (
        "nn",
        "Voss",
        "Med Ulvik og Aurland er det sendt ein søknad til prosjektet «Fjellvegen».",
        {"Ulvik": ("project_partner", None), "Aurland": ("project_partner", None)},
    ),
    (
        "nl",
        "Deventer",
        "Met Zutphen en Kleve werd in maart een Interreg-aanvraag ingediend.",
        {"Zutphen": ("project_partner", None), "Kleve": ("project_partner", None)},
    ),
]

NO_APPLICATION = [
    (
        "nl",
        "Deventer",
        "Met Zutphen en Kleve werd in maart een projectaanvraag ingediend.",
        {"Kleve": ("project_partner", None)},
    ),
    ("nl", "Bronckhorst", "Met Zutphen is een aanvraag voor een omgevingsvergunning besproken.", {}),
    ("da", "Vejle", "Med Fredericia er der talt om en ansøgning om byggetilladelse.", {}),
    ("nb", "Alta", "Med Tromsø ble søknaden om fergeruter drøftet.", {}),
    ("da", "Ballerup", "I samarbejde med Copenhagen Capacity har kommunen gennemført et investeringsprojekt.", {}),
]

NO_PROJECT = [
    ("nl", "Hamont-Achel", "Samen met de buurgemeenten Bree en Peer werkt Hamont-Achel aan een nieuw fietsplan.", {}),
    ("da", "Vejle", "Vejle samarbejder med Fredericia og Kolding om affaldshåndtering.", {}),
    ("nb", "Drammen", "Drammen kjøper tjenester innen barnevern fra Lier kommune.", {}),
    ("nl", "Deventer", "Deventer werkt samen met Zutphen aan de regionale woningmarkt.", {}),
    ("nn", "Voss", "Voss samarbeider med Ulvik og Aurland om brannvesen og renovasjon.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NAMED_PROJECT)
def test_home_country_towns_in_a_named_project_are_project_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_PROJECT)
def test_home_country_towns_in_local_cooperation_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), FRONTED_APPLICATION)
def test_towns_fronted_before_a_submitted_application_are_its_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_APPLICATION)
def test_unnamed_or_other_applications_and_organisations_named_after_towns_are_no_partners(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected
