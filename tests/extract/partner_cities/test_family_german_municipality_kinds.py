"""A German municipality named with its kind ('de Samtgemeinde X', 'die Verbandsgemeinde X'), like 'Stadt X' or
'Gemeinde X', is the town X: a project partner when a named project's cooperation phrase names it. A district
('Landkreis') that funds the project, or the same town named outside a cooperation, is no partner."""

from __future__ import annotations

import pytest

PARTNERS = [
    (
        "nl",
        "Dinkelland",
        "Dinkelland werkt in het project 'Fietsend over de grens' samen met de Samtgemeinde Schüttorf.",
        "Schüttorf",
    ),
    (
        "nl",
        "Hof van Twente",
        "Het Interreg-project 'Grensloos Zwemmen' voert de gemeente uit samen met de Samtgemeinde Emlichheim.",
        "Emlichheim",
    ),
    (
        "nl",
        "Vaals",
        "In het Interreg-project 'Drielandenpad' werkt Vaals samen met de Verbandsgemeinde Kelberg.",
        "Kelberg",
    ),
    (
        "da",
        "Tønder",
        'I Interreg-projektet "Grænseland Cykel" samarbejder Tønder med Samtgemeinde Harsefeld.',
        "Harsefeld",
    ),
    (
        "nb",
        "Kongsberg",
        "I prosjektet «Bergverksbyer» (Interreg) samarbeider Kongsberg med Verbandsgemeinde Altenkirchen.",
        "Altenkirchen",
    ),
]

NOT_PARTNERS = [
    ("nl", "Hof van Twente", "Het project krijgt een bijdrage van de Landkreis Emsland."),
    ("nl", "Dinkelland", "De Samtgemeinde Schüttorf opent in mei een nieuw zwembad."),
    ("nl", "Dinkelland", "De wethouder bezocht de Samtgemeinde Schüttorf tijdens een fietstocht."),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city"), PARTNERS)
def test_a_german_municipality_named_with_its_kind_is_a_project_partner(rows, language, issuer, text, city):
    assert rows(text, language, issuer) == {city: ("project_partner", None)}


@pytest.mark.parametrize(("language", "issuer", "text"), NOT_PARTNERS)
def test_districts_and_towns_outside_a_cooperation_are_no_partners(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}
