"""A figure's caption between a cue paragraph and the theme headings ("Themacirkel omgevingsvisie",
"Figur 1: Strategiens hus", "Kilde: ...") has no text of its own: it is no theme, and the first theme
after it is not taken for the caption's subtitle."""

from __future__ import annotations

import pytest

PLANS = {
    "da": {
        "title": "Klimastrategi 2025-2030",
        "cues": ["Strategien har tre indsatsområder.", "Strategien er bygget op om indsatsområderne nedenfor."],
        "captions": [
            "Strategihjulet",
            "Figur 1: Strategiens hus",
            "Figur 2. Oversigt over indsatsområderne",
            "Illustration: Sammenhængen mellem indsatsområderne",
            "Kilde: Kommunens klimaregnskab 2024",
        ],
        "themes": ["Grøn transport", "Energi i bygninger", "Natur og vand"],
        "text": "Her beskriver vi, hvad kommunen vil gøre, og hvordan borgere og virksomheder kan bidrage.",
    },
    "nb": {
        "title": "Klimastrategi 2025–2030",
        "cues": ["Strategien har tre innsatsområder.", "Strategien er bygget opp rundt innsatsområdene nedenfor."],
        "captions": [
            "Strategihjulet",
            "Figur 1: Strategiens hus",
            "Figur 2. Oversikt over innsatsområdene",
            "Illustrasjon: Sammenhengen mellom innsatsområdene",
            "Kilde: Kommunens klimaregnskap 2024",
        ],
        "themes": ["Grønn transport", "Energi i bygg", "Natur og vann"],
        "text": "Her beskriver vi hva kommunen vil gjøre, og hvordan innbyggere og næringsliv kan bidra.",
    },
    "nn": {
        "title": "Klimastrategi 2025–2030",
        "cues": ["Strategien har tre innsatsområde.", "Strategien er bygd opp rundt innsatsområda nedanfor."],
        "captions": [
            "Strategihjulet",
            "Figur 1: Huset i strategien",
            "Figur 2. Oversikt over innsatsområda",
            "Illustrasjon: Samanhengen mellom innsatsområda",
            "Kjelde: Klimarekneskapen til kommunen 2024",
        ],
        "themes": ["Grøn transport", "Energi i bygg", "Natur og vatn"],
        "text": "Her skildrar vi kva kommunen vil gjere, og korleis innbyggjarar og næringsliv kan bidra.",
    },
    "nl": {
        "title": "Omgevingsvisie 2040",
        "cues": [
            "De omgevingsvisie kent drie hoofdthema's.",
            "De omgevingsvisie is opgebouwd rond de thema's hieronder.",
        ],
        "captions": [
            "Themacirkel omgevingsvisie",
            "Figuur 1: Themacirkel",
            "Figuur 2. Overzicht van de thema's",
            "Afbeelding: Samenhang tussen de thema's",
            "Bron: Gemeentelijke monitor 2024",
        ],
        "themes": ["Aangenaam wonen", "Krachtige economie", "Duurzame leefomgeving"],
        "text": "Hier beschrijven we wat de gemeente wil bereiken en hoe inwoners en ondernemers bijdragen.",
    },
}

CASES = [(lang, cue, caption) for lang, plan in PLANS.items() for cue in plan["cues"] for caption in plan["captions"]]


def plan(language: str, cue: str, caption: str) -> str:
    doc = PLANS[language]
    sections = [f"{theme}\n{doc['text']}" for theme in doc["themes"]]
    return "\n\n".join([doc["title"], f"{cue} {doc['text']}", caption, *sections])


@pytest.mark.parametrize(("language", "cue", "caption"), CASES)
def test_a_figure_caption_before_the_theme_headings_is_no_theme(labels, language, cue, caption):
    assert labels(plan(language, cue, caption), language) == PLANS[language]["themes"]
