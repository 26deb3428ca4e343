"""A cue heading ("2. Onze speerpunten"), a lead-in line under it ("De gemeente kiest voor vier speerpunten:") and
then a table written as text (pipes or wide gaps, its cells wrapped over lines): the table's theme column names the
themes, never its rows read whole as lines. A lead-in over a marked list still gives the list."""

from __future__ import annotations

import pytest

THEMES = {
    "da": ["Grænsearbejde", "Energi og klima", "Unge, skole og sprog", "Kultur og møder"],
    "nb": ["Grensearbeid", "Energi og klima", "Unge, skole og språk", "Kultur og møteplasser"],
    "nn": ["Grensearbeid", "Energi og klima", "Unge, skule og språk", "Kultur og møteplassar"],
    "nl": ["Grensarbeid", "Energie en klimaat", "Jeugd, onderwijs en taal", "Cultuur en ontmoeting"],
}
HEADINGS = {
    "da": ("2. Vores indsatsområder", "Kommunen vælger fire indsatsområder:", "Indsatsområde", "Mål i 2030"),
    "nb": ("2. Våre satsingsområder", "Kommunen velger fire satsingsområder:", "Satsingsområde", "Mål i 2030"),
    "nn": ("2. Satsingsområda våre", "Kommunen vel fire satsingsområde:", "Satsingsområde", "Mål i 2030"),
    "nl": ("2. Onze speerpunten", "De gemeente kiest voor vier speerpunten:", "Speerpunt", "Doel in 2030"),
}
GOALS = ["150 ekstra per år", "to felles prosjekter med", "valgfag på alle", "årlig utveksling"]


def _pipe(language: str, numbered: bool, wrapped: bool) -> str:
    heading, lead, column, goal = HEADINGS[language]
    first = "| Nr " if numbered else ""
    rows = [f"{first}| {column:<28} | {goal:<26} |", f"{'|----' if numbered else ''}|{'-' * 30}|{'-' * 28}|"]
    for n, (theme, aim) in enumerate(zip(THEMES[language], GOALS, strict=True), 1):
        nr = f"| {n}  " if numbered else ""
        rows.append(f"{nr}| {theme:<28} | {aim:<26} |")
        if wrapped and n % 2 == 0:
            rows.append(f"{'|    ' if numbered else ''}| {'':<28} | {'nabokommunene':<26} |")
    return (
        f"Strategi 2026-2030\n\n1. Innledning\nTekst.\n\n{heading}\n{lead}\n\n" + "\n".join(rows) + "\n\n3. Partnere\n"
    )


def _gaps(language: str) -> str:
    heading, lead, column, goal = HEADINGS[language]
    rows = [f"{column}{' ' * 20}{goal}"] + [
        f"{theme}{' ' * (30 - len(theme))}{aim}" for theme, aim in zip(THEMES[language], GOALS, strict=True)
    ]
    return f"Strategi 2026-2030\n\n{heading}\n{lead}\n\n" + "\n".join(rows) + "\n\n3. Partnere\n"


SHAPES = {
    "numbered pipe rows, wrapped cells": lambda lang: _pipe(lang, numbered=True, wrapped=True),
    "numbered pipe rows": lambda lang: _pipe(lang, numbered=True, wrapped=False),
    "pipe rows without a number column, wrapped": lambda lang: _pipe(lang, numbered=False, wrapped=True),
    "pipe rows without a number column": lambda lang: _pipe(lang, numbered=False, wrapped=False),
    "columns parted by wide gaps": _gaps,
}


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("language", list(THEMES))
def test_a_table_under_a_cue_heading_and_lead_in_gives_its_theme_column(labels, language, shape):
    assert labels(SHAPES[shape](language), language) == THEMES[language]


@pytest.mark.parametrize("language", list(THEMES))
def test_a_marked_list_under_a_cue_heading_and_lead_in_is_still_read(labels, language):
    heading, lead, _, _ = HEADINGS[language]
    items = "\n".join(f"- {theme}" for theme in THEMES[language])
    text = f"Strategi 2026-2030\n\n{heading}\n{lead}\n\n{items}\n\n3. Partnere\n"
    assert labels(text, language) == THEMES[language]
