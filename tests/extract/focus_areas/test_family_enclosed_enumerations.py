"""A counted cue's themes set off right after it between a pair of dashes or brackets, the sentence going on after
them ('Strategiens tre indsatsområder – energi, transport og affald – er beskrevet i kapitel 3'): the themes end at
the closing mark. Look-alikes: a bracketed reference or year after the cue, or a list that does not match the count,
gives no row. Texts written for these tests."""

from __future__ import annotations

import pytest

_HEAD = {
    "da": "Testkommune\nKlimastrategi 2025-2030\n\n",
    "nb": "Testkommune\nKlimastrategi 2025-2030\n\n",
    "nn": "Testkommune\nKlimastrategi 2025-2030\n\n",
    "nl": "Gemeente Testdorp\nKlimaatstrategie 2025-2030\n\n",
}

CASES = [
    (
        "da",
        "Strategiens tre indsatsområder – energi, transport og affald – er beskrevet i kapitel 3.",
        ["energi", "transport", "affald"],
    ),
    (
        "da",
        "Planens fire fokusområder (trivsel, læring, sundhed og fællesskab) følges op hvert år.",
        ["trivsel", "læring", "sundhed", "fællesskab"],
    ),
    (
        "nb",
        "De tre satsingsområdene - klima, næring og folkehelse - omtales nærmere i kapittel 4.",
        ["klima", "næring", "folkehelse"],
    ),
    (
        "nn",
        "Dei tre satsingsområda – levande bygder, grøn næring og gode tenester – er omtalte i kapittel 3.",
        ["levande bygder", "grøn næring", "gode tenester"],
    ),
    (
        "nl",
        "De drie speerpunten — wonen, werken en leven — werken we uit in hoofdstuk 3.",
        ["wonen", "werken", "leven"],
    ),
    (
        "nl",
        "De vier pijlers (energie, mobiliteit, circulariteit en klimaatadaptatie) vormen de basis.",
        ["energie", "mobiliteit", "circulariteit", "klimaatadaptatie"],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_a_counted_cues_themes_between_dashes_or_brackets_end_at_the_closing_mark(labels, language, sentence, expected):
    assert labels(f"{_HEAD[language]}{sentence}\n", language) == expected


NOT_THEMES = [
    ("da", "Strategiens tre indsatsområder (se figur 2, 3 og 4) er beskrevet i kapitel 3."),
    ("nb", "De tre satsingsområdene (2024-2030) omtales nærmere i kapittel 4."),
    ("nl", "De drie speerpunten — wonen en werken — werken we uit in hoofdstuk 3."),
]


@pytest.mark.parametrize(("language", "sentence"), NOT_THEMES)
def test_a_reference_or_a_list_off_the_count_gives_no_row(labels, language, sentence):
    assert labels(f"{_HEAD[language]}{sentence}\n", language) == []
