"""Sub-headings every theme repeats ("Mål" / "Indsatser", "Wat willen we bereiken?" / "Wat gaan we
doen?") are parts of each theme, never themes of their own."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_numbered_headings import BODY

SETUP = {
    "da": (
        ["Indsatsområder", "Strategien har to indsatsområder."],
        ["Sundhed", "Læring"],
        [["Mål", "Indsatser"], ["Det vil vi", "Det gør vi"], ["Hvad vil vi opnå?", "Hvad gør vi?"]],
    ),
    "nb": (
        ["Satsingsområder", "Planen har to satsingsområder."],
        ["Folkehelse", "Næring"],
        [["Mål", "Tiltak"], ["Dette vil vi", "Slik gjør vi det"], ["Hva vil vi oppnå?", "Hva gjør vi?"]],
    ),
    "nn": (
        ["Satsingsområda", "Planen har to satsingsområde."],
        ["Folkehelse", "Næring"],
        [["Mål", "Tiltak"], ["Dette vil vi", "Slik gjer vi det"], ["Kva vil vi oppnå?", "Kva gjer vi?"]],
    ),
    "nl": (
        ["Speerpunten", "Het akkoord kent twee speerpunten."],
        ["Wonen", "Zorg"],
        [["Doelen", "Acties"], ["Wat willen we bereiken?", "Wat gaan we doen?"], ["Ambitie", "Aanpak"]],
    ),
}


@pytest.mark.parametrize(
    ("language", "cue", "subs"),
    [(lang, cue, subs) for lang, (cues, _, subsets) in SETUP.items() for cue in cues for subs in subsets],
)
def test_sub_headings_repeated_under_every_theme_are_no_themes(labels, language, cue, subs):
    _, themes, _ = SETUP[language]
    body = BODY[language]
    sections = "\n\n".join(f"{theme}\n{subs[0]}\n{body}\n\n{subs[1]}\n{body}" for theme in themes)
    assert labels(f"Strategi 2030\n\n{cue}\n{body}\n\n{sections}", language) == themes
