"""A sentence naming 'the other partners' right after a sentence about a project in the same paragraph ('Hørsholm
deltager i projektet X. Øvrige partnere er Lund og Höganäs'): its partner word names that project's partners. In
another paragraph, or after a sentence about something else, a bare 'partnere' names nobody's partners."""

from __future__ import annotations

import pytest

AFTER_PROJECT = [
    (
        "da",
        "Hørsholm",
        "Hørsholm deltager som partner i projektet Grønne Kyster. Øvrige partnere er Lund og Höganäs.",
        {"Lund": ("project_partner", None), "Höganäs": ("project_partner", None)},
    ),
    (
        "nb",
        "Alta",
        "Kommunen deltar i Interreg-prosjektet Arktisk Vei. Partnerne er Kiruna og Rovaniemi.",
        {"Kiruna": ("project_partner", None), "Rovaniemi": ("project_partner", None)},
    ),
    (
        "nn",
        "Vang",
        "Vang er med i prosjektet Alpine Stiar under Interreg Europe. Dei andre partnarane er Bolzano og Innsbruck.",
        {"Bolzano": ("project_partner", None), "Innsbruck": ("project_partner", None)},
    ),
    (
        "nl",
        "Zwolle",
        "Zwolle neemt deel aan het project Slimme Havens. Andere partners zijn Tartu en Gdynia.",
        {"Tartu": ("project_partner", None), "Gdynia": ("project_partner", None)},
    ),
    (
        "da",
        "Tønder",
        "Kommunen har søgt Interreg-midler til projektet Grænsebroen. Partnerne er Flensburg og Husum.",
        {"Flensburg": ("project_partner", None), "Husum": ("project_partner", None)},
    ),
]

NOT_AFTER_PROJECT = [
    ("da", "Hørsholm", "Hørsholm deltager i projektet Grønne Kyster.\n\nØvrige partnere er Lund og Höganäs.", {}),
    ("nb", "Alta", "Kommunen holdt et møte om turisme. Partnerne er Kiruna og Rovaniemi.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), AFTER_PROJECT)
def test_partners_named_right_after_a_project_sentence_are_its_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_AFTER_PROJECT)
def test_partners_named_apart_from_a_project_are_nobodys(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
