"""Themes as unnumbered headings that each carry the cue word before their label ("Thema: Wonen",
"Speerpunt Economie", "Satsingsområde – Helse"), with text between them; one such heading alone
(a theme page with its goals) is not a list of themes."""

from __future__ import annotations

import pytest

BODY = {
    "da": "Kommunen vil arbejde målrettet med dette i hele planperioden sammen med borgerne.",
    "nb": "Kommunen vil arbeide målrettet med dette i hele planperioden sammen med innbyggerne.",
    "nn": "Kommunen vil arbeide målretta med dette i heile planperioden saman med innbyggjarane.",
    "nl": "De gemeente werkt hier de hele periode gericht aan, samen met inwoners en partners.",
}

CASES = {
    "da": [
        ("Indsatsområde: {}", ["Grøn omstilling", "Børn og unge", "Erhverv"]),
        ("Fokusområde – {}", ["Sundhed", "Lighed", "Trivsel"]),
        ("Pejlemærke: {}", ["Det gode børneliv", "Det aktive seniorliv"]),
        ("Tema: {}", ["Bosætning", "Natur og friluftsliv", "Kultur"]),
        ("Indsatsområde {}", ["Klima og miljø", "Beskæftigelse"]),
    ],
    "nb": [
        ("Satsingsområde – {}", ["Oppvekst", "Helse", "Næring"]),
        ("Fokusområde: {}", ["Trygg oppvekst", "Aktive eldre"]),
        ("Tema: {}", ["Bolig for alle", "Gode bomiljø", "Tilgjengelighet"]),
        ("Innsatsområde: {}", ["Klima og miljø", "Levende sentrum"]),
        ("Målområde {}", ["Verdiskaping", "Levekår", "Natur"]),
    ],
    "nn": [
        ("Satsingsområde – {}", ["Oppvekst", "Folkehelse", "Næring"]),
        ("Fokusområde: {}", ["Trygg oppvekst", "Aktive eldre"]),
        ("Tema: {}", ["Bustad for alle", "Gode nærmiljø", "Kultur"]),
        ("Innsatsområde: {}", ["Klima og miljø", "Levande sentrum"]),
        ("Hovudtema {}", ["Reiseliv", "Landbruk"]),
    ],
    "nl": [
        ("Thema: {}", ["Wonen", "Werken", "Zorg"]),
        ("Speerpunt {}", ["Wonen", "Economie"]),
        ("Pijler – {}", ["Een gezonde stad", "Een groene stad", "Een sociale stad"]),
        ("Programmalijn: {}", ["Energie", "Klimaatadaptatie"]),
        ("Kernopgave {}", ["Betaalbaar wonen", "Vitale kernen"]),
    ],
}


@pytest.mark.parametrize(
    ("language", "pattern", "themes"), [(lang, p, t) for lang, cases in CASES.items() for p, t in cases]
)
def test_unnumbered_headings_carrying_the_cue_word_are_the_themes(labels, language, pattern, themes):
    text = "\n\n".join(f"{pattern.format(theme)}\n\n{BODY[language]}" for theme in themes)
    assert labels(text, language) == themes


ONE_THEME = {
    "da": "Tema: Klima\n\nKommunen vil halvere udledningen, og det kræver en fælles indsats.\n\nKontakt\n\nRing til os",
    "nb": "Satsingsområde – Helse\n\nFlere skal kunne bo hjemme lenger, og det krever nye tjenester.\n\nKontakt",
    "nn": "Satsingsområde – Helse\n\nFleire skal kunne bu heime lenger, og det krev nye tenester.\n\nKontakt",
    "nl": "Thema: Wonen\n\nWe bouwen 400 woningen voor starters en ouderen in alle kernen.\n\nContact\n\nBel ons",
}


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_one_theme_page_gives_no_list(labels, language):
    assert labels(ONE_THEME[language], language) == []
