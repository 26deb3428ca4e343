"""A numbered theme heading may part its number and name by a middle dot or a bullet ("Spor 1 · Grøn
omstilling", "Satsingsområde 2 • Trygg oppvekst") as well as by a colon or a dash."""

from __future__ import annotations

import pytest

SEPARATED = {
    "da": ("Strategien har tre spor:", "Spor", ["Grøn omstilling", "Flere i job", "Levende landsbyer"]),
    "nb": ("Planen har tre satsingsområder:", "Satsingsområde", ["Trygg oppvekst", "Grønn næring", "Gode bomiljø"]),
    "nn": ("Planen har tre satsingsområde:", "Satsingsområde", ["Trygg oppvekst", "Grøn næring", "Gode bustader"]),
    "nl": ("Het beleid kent drie speerpunten:", "Speerpunt", ["Betaalbaar wonen", "Sterke wijken", "Schone lucht"]),
}


@pytest.mark.parametrize("separator", ["·", "•", ":", "–"])
@pytest.mark.parametrize("language", list(SEPARATED))
def test_a_numbered_theme_heading_may_part_number_and_name_by_a_dot_or_bullet(labels, language, separator):
    cue, word, themes = SEPARATED[language]
    body = {
        "da": "Her beskriver vi, hvad vi vil opnå i planperioden, og hvordan vi måler det.",
        "nb": "Her beskriver vi hva vi vil oppnå i planperioden, og hvordan vi måler det.",
        "nn": "Her skildrar vi kva vi vil oppnå i planperioden, og korleis vi måler det.",
        "nl": "Hier beschrijven we wat we in deze periode willen bereiken en hoe we dat meten.",
    }
    sections = "\n\n".join(f"{word} {n} {separator} {theme}\n{body[language]}" for n, theme in enumerate(themes, 1))
    assert labels(f"Strategi 2025-2028\n\n{cue}\n\n{sections}\n", language) == themes
