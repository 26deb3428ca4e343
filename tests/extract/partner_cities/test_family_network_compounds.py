"""A network word inside a compound naming roads, routes or utilities ('cykelnetværket', 'sykkelnettverket',
'fietsnetwerk') names no network the towns are fellow members of: a project's partners in such a sentence stay its
partners. A network word standing alone (or a twin-town network, 'venskabsbynetværket') still makes the sentence's
towns fellow members, with no relation of their own."""

from __future__ import annotations

import pytest

PROJECT_PARTNERS = [
    (
        "nl",
        "Hamont-Achel",
        'Europese projecten\n"Over de grens" (Interreg Vlaanderen-Nederland, 2025-2026)\n'
        "Samen met de Nederlandse gemeente Weert werkt Hamont-Achel aan een grensoverschrijdend fietsnetwerk.",
        {"Weert": ("project_partner", None)},
    ),
    (
        "nl",
        "Lochem",
        "In het Interreg-project 'Grenzeloos Fietsen' werkt Lochem samen met Kleve aan het fietsknooppuntennetwerk.",
        {"Kleve": ("project_partner", None)},
    ),
    (
        "da",
        "Tønder",
        "I Interreg-projektet «Grænseruter» arbejder Tønder sammen med Husum om at udbygge cykelnetværket.",
        {"Husum": ("project_partner", None)},
    ),
    (
        "nb",
        "Vardø",
        "Gjennom Interreg-prosjektet «Kyststien» samarbeider Vardø med Luleå om å knytte sammen sykkelnettverket.",
        {"Luleå": ("project_partner", None)},
    ),
    (
        "nn",
        "Vinje",
        "I Interreg-prosjektet «Fjellvegen» samarbeider Vinje med Östersund om eit felles løypenettverk.",
        {"Östersund": ("project_partner", None)},
    ),
]

FELLOW_MEMBERS = [
    (
        "nl",
        "Lochem",
        "Lochem is lid van het netwerk Hanzesteden, waarin ook Kleve en Emmerich am Rhein zitten.",
        {},
    ),
    (
        "da",
        "Tønder",
        "Kommunen er medlem af netværket Grænsebyer, hvor også Husum og Niebüll er med.",
        {},
    ),
    (
        "nb",
        "Vardø",
        "Vardø er medlem av nettverket Sunne kommuner sammen med Alta og Hammerfest.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PROJECT_PARTNERS)
def test_a_road_or_route_network_compound_leaves_project_partners_alone(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), FELLOW_MEMBERS)
def test_a_network_word_standing_alone_still_names_fellow_members(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
