"""Strategies spread their themes over the text: numbered sub-chapters of a cue chapter ("3
Satsingsområde" / "3.1 ..." <text> / "3.2 ..."), cue headings numbered with letters ("Satsingsområde
B: ..."), headings written in capitals, a counted heading over one theme a line. Above all the
Nynorsk and Bokmål plans; every language gets the same shapes."""

from __future__ import annotations

import pytest

THEMES = {
    "nn": ["Levande lokalsamfunn", "Oppvekst og læring", "Helse og omsorg", "Næring og arbeid", "Klima og miljø"],
    "nb": ["Levende lokalsamfunn", "Oppvekst og læring", "Helse og omsorg", "Næring og arbeid", "Klima og miljø"],
    "da": ["Levende landsbyer", "Børn og læring", "Sundhed og omsorg", "Erhverv og job", "Klima og natur"],
    "nl": ["Levendige kernen", "Jeugd en onderwijs", "Zorg en welzijn", "Werk en economie", "Klimaat en natuur"],
}
WORDS = {
    "nn": ("Satsingsområde", "Kommunestyret har valt fem satsingsområde.", "Delmål", "Arealstrategi"),
    "nb": ("Satsingsområder", "Kommunestyret har valgt fem satsingsområder.", "Delmål", "Arealstrategi"),
    "da": ("Indsatsområder", "Byrådet har valgt fem indsatsområder.", "Delmål", "Arealstrategi"),
    "nl": ("Speerpunten", "De raad koos vijf speerpunten.", "Subdoelen", "Ruimtelijke strategie"),
}
SINGULAR = {"nn": "Satsingsområde", "nb": "Satsingsområde", "da": "Indsatsområde", "nl": "Speerpunt"}
BODY = {
    "nn": "Her skildrar vi kva vi vil oppnå.",
    "nb": "Her beskriver vi hva vi vil oppnå.",
    "da": "Her beskriver vi, hvad vi vil opnå.",
    "nl": "Hier beschrijven we wat we willen bereiken.",
}
LANGUAGES = list(THEMES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mark", ["", "## "])
def test_the_numbered_sub_chapters_of_a_cue_chapter(labels, language, mark):
    heading, intro, sub, after = WORDS[language]
    body = BODY[language]
    subs = "\n\n".join(
        f"{mark}3.{n} {t}\n\n{body}\n\n{mark}3.{n}.1 {sub}\n\n{body}" for n, t in enumerate(THEMES[language], 1)
    )
    text = f"Kommuneplan 2024–2036\n\n{mark}3 {heading}\n\n{intro}\n\n{subs}\n\n{mark}4 {after}\n\n{body}"
    assert labels(text, language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_sub_chapters_fewer_than_the_intro_counts_give_no_rows(labels, language):
    heading, intro, _, after = WORDS[language]
    subs = "\n\n".join(f"3.{n} {t}\n\n{BODY[language]}" for n, t in enumerate(THEMES[language][:3], 1))
    text = f"Kommuneplan\n\n3 {heading}\n\n{intro}\n\n{subs}\n\n4 {after}\n\n{BODY[language]}"
    assert labels(text, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("separator", [": ", " – ", ". "])
def test_cue_headings_lettered_instead_of_numbered(labels, language, separator):
    word = SINGULAR[language]
    sections = "\n\n".join(
        f"{word} {chr(65 + n)}{separator}{t}\n\n{BODY[language]}" for n, t in enumerate(THEMES[language])
    )
    assert labels(f"Kommuneplan\n\n{sections}", language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_cue_headings_written_in_capitals(labels, language):
    word = SINGULAR[language].upper()
    themes = [t.upper() for t in THEMES[language]]
    sections = "\n\n".join(f"{word} {n}: {t}\n\n{BODY[language]}" for n, t in enumerate(themes, 1))
    assert labels(f"KOMMUNEPLAN\n\n{sections}", language) == themes


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_counted_heading_over_one_theme_a_line(labels, language):
    count = {
        "nn": "Fem satsingsområde",
        "nb": "Fem satsingsområder",
        "da": "Fem indsatsområder",
        "nl": "Vijf speerpunten",
    }
    items = "\n".join(THEMES[language])
    assert labels(f"Kommuneplan\n\n{count[language]}\n\n{items}\n\n{BODY[language]}", language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cue_heading_with_a_bullet_list_whose_items_explain_themselves(labels, language):
    heading = WORDS[language][0]
    tails = {"nn": "gode stader å bu", "nb": "gode steder å bo", "da": "gode steder at bo", "nl": "fijne plekken"}
    items = "\n".join(f"• {t} – {tails[language]}" for t in THEMES[language])
    assert labels(f"Kommuneplan\n\n{heading}\n\n{items}", language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mark", ["", "## ", "3.1 "])
def test_a_cue_headings_number_alone_and_the_name_on_the_next_line(labels, language, mark):
    word = SINGULAR[language]
    sections = "\n\n".join(f"{mark}{word} {n}\n{t}\n\n{BODY[language]}" for n, t in enumerate(THEMES[language], 1))
    assert labels(f"Kommuneplan\n\n{sections}", language) == THEMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("separator", [": ", " – "])
def test_the_number_before_the_cue_word(labels, language, separator):
    word = SINGULAR[language].lower()
    sections = "\n\n".join(f"{n}. {word}{separator}{t}\n\n{BODY[language]}" for n, t in enumerate(THEMES[language], 1))
    assert labels(f"Kommuneplan\n\n{sections}", language) == THEMES[language]
