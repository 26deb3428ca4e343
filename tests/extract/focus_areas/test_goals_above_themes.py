"""A plan that names its main goals and its themes: the goals ("to hovudmål", "hovedmålene",
"målsætninger") stand above the themes, so the themes are reported; the goals only when no theme word
names a list."""

from __future__ import annotations

import pytest

CASES = {
    "nn": [
        ("Planen har to hovudmål:", "Dei tre satsingsområda er:"),
        ("Hovudmåla for planperioden er:", "Kommunen har tre innsatsområde:"),
        ("Hovudmål", "Satsingsområde"),
        ("Kommuneplanen har to hovudmål:", "Måla skal nåast gjennom tre fokusområde:"),
        ("Dei to hovudmåla våre:", "Planen har tre målområde:"),
    ],
    "nb": [
        ("Planen har to hovedmål:", "De tre satsingsområdene er:"),
        ("Hovedmålene for planperioden er:", "Kommunen har tre innsatsområder:"),
        ("Hovedmål", "Satsingsområder"),
        ("Kommuneplanen har to hovedmål:", "Målene skal nås gjennom tre fokusområder:"),
        ("Våre to hovedmål:", "Planen har tre målområder:"),
    ],
    "da": [
        ("Planen har to hovedmål:", "De tre indsatsområder er:"),
        ("Strategiens målsætninger er:", "Kommunen har tre fokusområder:"),
        ("Hovedmål", "Indsatsområder"),
        ("Politikken har to målsætninger:", "Målene nås gennem tre pejlemærker:"),
        ("Vores to hovedmål:", "Planen har tre temaer:"),
    ],
}
GOALS = {
    "nn": ["Auka folketal", "Fleire jobbar"],
    "nb": ["Økt folketall", "Flere jobber"],
    "da": ["Flere borgere", "Flere job"],
}
THEMES = {
    "nn": ["Oppvekst", "Helse og omsorg", "Klima"],
    "nb": ["Oppvekst", "Helse og omsorg", "Klima"],
    "da": ["Børn og unge", "Sundhed og omsorg", "Klima"],
}


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


@pytest.mark.parametrize(("language", "goal", "theme"), [(lang, g, t) for lang, cs in CASES.items() for g, t in cs])
def test_the_themes_below_the_main_goals_are_reported(labels, language, goal, theme):
    text = f"Kommuneplan 2030\n\n{goal}\n\n{_bullets(GOALS[language])}\n\n{theme}\n\n{_bullets(THEMES[language])}\n"
    assert labels(text, language) == THEMES[language]


@pytest.mark.parametrize("language", list(CASES))
def test_main_goals_are_the_themes_when_nothing_else_is_named(labels, language):
    goal = CASES[language][0][0]
    text = f"Kommuneplan 2030\n\n{goal}\n\n{_bullets(GOALS[language])}\n\nPlanen vert rullert kvart år."
    assert labels(text, language) == GOALS[language]
