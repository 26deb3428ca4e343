"""Themes in a numbered list under a cue, with explanatory text between the items: items as short
headings, as sentences with a dash explanation, with their own goal lists, and "Opgave 1 Wonen"
headings under a cue heading; numbered items that are an announced count's sub-points are not read
past their number run."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_numbered_headings import BODY

CUES = {
    "da": [
        "Indsatsområder",
        "Strategiens indsatsområder:",
        "Vi har valgt tre indsatsområder.",
        "Fokusområderne i politikken er:",
        "Politikken har tre pejlemærker.",
    ],
    "nb": [
        "Satsingsområder",
        "Planens satsingsområder:",
        "Kommunen har valgt tre satsingsområder.",
        "Innsatsområdene er:",
        "Strategien har tre fokusområder.",
    ],
    "nn": [
        "Satsingsområda",
        "Satsingsområda i planen:",
        "Kommunen har valt tre satsingsområde.",
        "Innsatsområda er:",
        "Planen har tre hovudmål.",
    ],
    "nl": [
        "Speerpunten",
        "De speerpunten van het college:",
        "Het college kiest drie speerpunten.",
        "Onze pijlers zijn:",
        "Het akkoord kent drie thema's.",
    ],
}
THEMES = {
    "da": ["Sundhed", "Læring", "Trivsel"],
    "nb": ["Folkehelse", "Næring", "Klima"],
    "nn": ["Folkehelse", "Næring", "Klima"],
    "nl": ["Wonen", "Werken", "Zorg"],
}
EXPLANATION = {
    "da": "alle skal have et godt liv.",
    "nb": "alle skal ha et godt liv.",
    "nn": "alle skal ha eit godt liv.",
    "nl": "iedereen moet kunnen meedoen.",
}


def _items(language: str, explained: bool, marker: str) -> str:
    body = BODY[language]
    lines = []
    for n, theme in enumerate(THEMES[language], start=1):
        head = f"{n}{marker} {theme}" + (f" – {EXPLANATION[language]}" if explained else "")
        lines.append(f"{head}\n{body}")
    return "\n\n".join(lines)


@pytest.mark.parametrize("explained", [False, True])
@pytest.mark.parametrize(("language", "cue"), [(lang, cue) for lang, cues in CUES.items() for cue in cues])
def test_numbered_themes_with_text_between_them(labels, language, cue, explained):
    text = f"Strategi 2030\n\n{cue}\n\n{_items(language, explained, '.')}\n\nAfslutning"
    assert labels(text, language) == THEMES[language]


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_numbered_themes_with_a_parenthesis_marker(labels, language):
    text = f"Strategi 2030\n\n{CUES[language][1]}\n\n{_items(language, False, ')')}"
    assert labels(text, language) == THEMES[language]


@pytest.mark.parametrize(
    ("language", "heading", "word"),
    [
        ("nl", "De opgaven", "Opgave"),
        ("nl", "Onze ambities", "Ambitie"),
        ("da", "Indsatsområder", "Indsatsområde"),
        ("nb", "Satsingsområder", "Satsingsområde"),
        ("nn", "Satsingsområda", "Satsingsområde"),
    ],
)
def test_numbered_cue_headings_without_punctuation_lose_their_word_and_number(labels, language, heading, word):
    body = BODY[language]
    themes = THEMES[language]
    sections = "\n\n".join(f"{word} {n} {theme}\n{body}" for n, theme in enumerate(themes, start=1))
    assert labels(f"Strategi 2030\n\n{heading}\n\n{sections}", language) == themes


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_a_counted_cue_with_more_numbered_items_than_counted_gives_no_rows(labels, language):
    cue = CUES[language][2]
    body = BODY[language]
    items = "\n\n".join(f"{n}. {word}\n{body}" for n, word in enumerate(["Alfa", "Beta", "Gamma", "Delta"], start=1))
    assert labels(f"Strategi 2030\n\n{cue}\n\n{items}", language) == []
