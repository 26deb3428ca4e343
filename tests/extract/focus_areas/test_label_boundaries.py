"""A label is the theme's name only: no numbering or letter, no cue word and number before it, no
explanation after a colon or dash, no page number or dot leaders of a table of contents, no table pipe,
no trailing punctuation. One theme's own subtitle among plain names is kept whole."""

from __future__ import annotations

import pytest

THEMES = {
    "da": ["Grøn omstilling", "Uddannelse", "Kultur og fritid"],
    "nb": ["Grønn omstilling", "Utdanning", "Kultur og fritid"],
    "nn": ["Grøn omstilling", "Utdanning", "Kultur og fritid"],
    "nl": ["Groene omslag", "Onderwijs", "Cultuur en vrije tijd"],
}
CUE = {
    "da": ("Strategien har tre indsatsområder:", "Indsatsområde", "Indsatsområder", "Indhold"),
    "nb": ("Planen har tre satsingsområder:", "Satsingsområde", "Satsingsområder", "Innhold"),
    "nn": ("Planen har tre satsingsområde:", "Satsingsområde", "Satsingsområda", "Innhald"),
    "nl": ("Het plan kent drie speerpunten:", "Speerpunt", "Speerpunten", "Inhoud"),
}
EXPLANATION = {
    "da": "Vi vil gøre en stor indsats for alle borgere.",
    "nb": "Vi vil gjøre en stor innsats for alle innbyggere.",
    "nn": "Vi vil gjere ein stor innsats for alle innbyggjarar.",
    "nl": "We zetten ons volop in voor alle inwoners.",
}
LANGUAGES = ["da", "nb", "nn", "nl"]


def _list(language: str, line: str) -> str:
    items = "\n".join(line.format(n=n, letter=chr(64 + n), t=t) for n, t in enumerate(THEMES[language], 1))
    return f"{CUE[language][0]}\n\n{items}\n"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "line",
    ["{n}. {t}", "{n}) {t}", "({n}) {t}", "{letter}. {t}", "{letter}) {t}", "- {t};", "- {t}.", "{n}. {t}:"],
)
def test_a_list_marker_and_trailing_punctuation_are_not_part_of_the_label(labels, language, line):
    assert labels(_list(language, line), language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("separator", [": ", " – ", " - "])
def test_an_explaining_sentence_after_each_name_is_cut(labels, language, separator):
    line = "- {t}" + separator + EXPLANATION[language]
    assert labels(_list(language, line), language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_explaining_sentence_after_one_name_is_cut_and_plain_names_stay(labels, language):
    themes = THEMES[language]
    items = f"- {themes[0]}: {EXPLANATION[language]}\n- {themes[1]}\n- {themes[2]}"
    assert labels(f"{CUE[language][0]}\n\n{items}\n", language) == themes


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_short_tail_every_item_shares_is_cut(labels, language):
    tails = {"da": "mere af det", "nb": "mer av det", "nn": "meir av det", "nl": "meer van dit"}
    line = "- {t} – " + tails[language]
    assert labels(_list(language, line), language) == THEMES[language]


@pytest.mark.parametrize(
    ("language", "subtitled"),
    [
        ("da", "Sundhed – trivsel og fællesskab"),
        ("nb", "Helse – mestring og inkludering"),
        ("nn", "Helse – meistring og inkludering"),
        ("nl", "Zorg – dichtbij en op maat"),
    ],
)
def test_one_themes_own_subtitle_among_plain_names_is_kept(labels, language, subtitled):
    themes = [*THEMES[language][:2], subtitled]
    items = "\n".join(f"- {t}" for t in themes)
    assert labels(f"{CUE[language][0]}\n\n{items}\n", language) == themes


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("separator", [": ", " – ", " "])
def test_the_cue_word_and_number_before_each_name_are_cut(labels, language, separator):
    word = CUE[language][1]
    line = "- " + word + " {n}" + separator + "{t}"
    assert labels(_list(language, line), language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cue_word_before_each_name_in_a_list_is_cut(labels, language):
    line = "- " + CUE[language][1] + ": {t}"
    assert labels(_list(language, line), language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("leader", [" ........ ", " … ", "\t", " ", " (s. ", " (side "])
def test_page_numbers_and_dot_leaders_of_a_table_of_contents_are_cut(labels, language, leader):
    _, word, heading, contents = CUE[language]
    close = ")" if "(" in leader else ""
    entries = "\n".join(f"{word} {n}: {t}{leader}{4 + 3 * n}{close}" for n, t in enumerate(THEMES[language], 1))
    assert labels(f"{contents}\n{entries}\n", language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_chapter_numbers_without_a_dot_are_cut_from_theme_headings(labels, language):
    first, _, _, _ = CUE[language]
    body = EXPLANATION[language]
    sections = "\n\n".join(f"{n} {t}\n\n{body}" for n, t in enumerate(THEMES[language], 2))
    assert labels(f"{first.rstrip(':')}.\n\n{sections}", language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pipe_tables_theme_column_gives_bare_names(labels, language):
    _, word, heading, _ = CUE[language]
    rows = "\n".join(f"| {n} | {t} | 2025 |" for n, t in enumerate(THEMES[language], 1))
    text = f"{heading}\n\n| Nr. | {word} | År |\n|---|---|---|\n{rows}\n"
    assert labels(text, language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_roman_numerals_before_theme_headings_are_cut(labels, language):
    first, _, _, _ = CUE[language]
    items = "\n".join(f"{r}. {t}" for r, t in zip(["I", "II", "III"], THEMES[language], strict=True))
    assert labels(f"{first}\n\n{items}\n", language) == THEMES[language]
