"""A project's own name right after its project noun ('Interreg-project Leie Verbindt', 'projektet Lund Lab') names
no partner town; the towns the project works with ('sammen med Kiel', 'partner naast Gent en Zelzate') are its
partners. A project noun further before the town ('projektet sammen med Kiel') does not make it a name."""

from __future__ import annotations

import pytest

NAMES = [
    (
        "nl",
        "Deinze",
        "8 Interreg-project Leie Verbindt - partnerschapsovereenkomst met Armentières. Goedgekeurd.",
        {"Armentières": ("cooperation_agreement", None)},
    ),
    (
        "da",
        "Vejle",
        "Kommunen deltager i Interreg-projektet Lund Lab sammen med Kiel.",
        {"Kiel": ("project_partner", None)},
    ),
    (
        "nb",
        "Alta",
        "Kommunen deltar i prosjektet Tromsø Connect sammen med Kiruna.",
        {"Kiruna": ("project_partner", None)},
    ),
    ("nn", "Vang", "Vang er med i prosjektet Bergen Ways saman med Bolzano.", {"Bolzano": ("project_partner", None)}),
    (
        "nl",
        "Zwolle",
        "Zwolle werkt in het project Groningen Energie samen met Tartu.",
        {"Tartu": ("project_partner", None)},
    ),
]

PARTNERS = [
    (
        "da",
        "Vejle",
        "Kommunen deltager i projektet sammen med Kiel og Lund.",
        {"Kiel": ("project_partner", None), "Lund": ("project_partner", None)},
    ),
    (
        "nl",
        "Terneuzen",
        "Het Interreg-project Kanaalzone Verbonden, waarin Terneuzen partner is naast Gent en Zelzate.",
        {"Ghent": ("project_partner", None), "Zelzate": ("project_partner", None)},
    ),
    (
        "nl",
        "Zwolle",
        "Zwolle is partner naast Tartu en Lublin in het project Slimme Havens.",
        {"Tartu": ("project_partner", None), "Lublin": ("project_partner", None)},
    ),
    ("nl", "Terneuzen", "In de raad zat de burgemeester naast Gent.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NAMES)
def test_a_town_naming_a_project_is_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PARTNERS)
def test_the_towns_a_project_works_with_are_its_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
