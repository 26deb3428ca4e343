"""Family: a sentence whose subject is a cross-cutting perspective and whose cue word only says what the
perspective applies to ("to gjennomgående perspektiver som gjelder alle satsingsområdene: a og b"): its
enumeration names the perspectives, not the themes, wherever it stands in the plan. Look-alike: a cross-cutting
phrase before a counted cue of its own ("Naast twee dwarsdoorsnijdende thema's kent de nota drie speerpunten:
a, b en c") still lists the themes. Sentences written for these tests."""

from __future__ import annotations

import pytest

THEMES = {
    "nb": (
        "Næringsplan 2027-2031",
        "Satsingsområder",
        "Kommunen har valgt tre satsingsområder:",
        ["Landbruk og mat", "Reiseliv", "Kompetanse og rekruttering"],
        "Oppfølging\nPlanen rulleres årlig.",
    ),
    "nn": (
        "Næringsplan 2027-2031",
        "Satsingsområde",
        "Kommunen har valt tre satsingsområde:",
        ["Havbruk og sjømat", "Reiseliv", "Kompetanse og rekruttering"],
        "Oppfølging\nPlanen vert rullert.",
    ),
    "da": (
        "Erhvervsstrategi 2026-2030",
        "Indsatsområder",
        "Byrådet har valgt tre indsatsområder:",
        ["Iværksætteri", "Turisme og oplevelser", "Uddannelse og job"],
        "Opfølgning\nStrategien evalueres.",
    ),
    "nl": (
        "Economische agenda 2026-2030",
        "Speerpunten",
        "De gemeente kiest voor drie speerpunten:",
        ["Bruisende binnenstad", "Werklocaties", "Arbeidsmarkt en onderwijs"],
        "Uitvoering\nElk jaar een plan.",
    ),
}

# the perspectives' sentence: subject a cross-cutting noun phrase, the cue in a clause about what it applies to
PERSPECTIVES = [
    (
        "nb",
        "Planen har to gjennomgående perspektiver som gjelder alle satsingsområdene: grønn omstilling og "
        "samarbeid på tvers av kommunegrensene. Disse er ikke egne satsingsområder.",
    ),
    (
        "nb",
        "Tre tverrgående hensyn skal ligge til grunn for alle satsingsområder: likestilling, klima og digitalisering.",
    ),
    ("nn", "Planen har to gjennomgåande perspektiv som gjeld for alle satsingsområda: berekraft og folkehelse."),
    (
        "nn",
        "Tre tverrgåande omsyn skal liggje til grunn i kvart satsingsområde: klima, likestilling og "
        "universell utforming.",
    ),
    (
        "da",
        "Strategien har to tværgående perspektiver, der gælder for alle indsatsområder: bæredygtighed og "
        "digitalisering.",
    ),
    ("da", "Tre gennemgående hensyn går igen i samtlige indsatsområder: ligestilling, sundhed og klima."),
    ("nl", "Er zijn twee dwarsdoorsnijdende thema's die voor alle speerpunten gelden: duurzaamheid en participatie."),
    ("nl", "Drie transversale principes komen in elk speerpunt terug: inclusie, digitalisering en veiligheid."),
]

# look-alikes: a cross-cutting phrase before a counted cue word of its own: the list after that cue is the themes
OWN_THEMES = {
    "nb": "I tillegg til to gjennomgående perspektiver har planen tre satsingsområder: {}.",
    "nn": "I tillegg til to gjennomgåande perspektiv har planen tre satsingsområde: {}.",
    "da": "Ud over to tværgående perspektiver har strategien tre indsatsområder: {}.",
    "nl": "Naast twee dwarsdoorsnijdende thema's kent de nota drie speerpunten: {}.",
}
CONJUNCTION = {"nb": "og", "nn": "og", "da": "og", "nl": "en"}


def _plan(language: str, paragraph: str, where: str) -> str:
    title, heading, lead, themes, end = THEMES[language]
    items = "\n".join(f"- {theme}" for theme in themes)
    body = f"{heading}\n{lead}\n{items}"
    parts = [title, paragraph, body, end] if where == "before" else [title, body, paragraph, end]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize(("language", "paragraph"), PERSPECTIVES)
def test_perspectives_said_to_apply_to_all_themes_are_no_themes(labels, language, paragraph, where):
    assert labels(_plan(language, paragraph, where), language) == THEMES[language][3]


INLINE = {
    "nb": ["landbruk", "reiseliv", "kompetanse"],
    "nn": ["havbruk", "reiseliv", "kompetanse"],
    "da": ["iværksætteri", "turisme", "uddannelse"],
    "nl": ["binnenstad", "werklocaties", "onderwijs"],
}


@pytest.mark.parametrize("language", list(OWN_THEMES))
def test_a_counted_cue_after_a_cross_cutting_phrase_still_lists_the_themes(labels, language):
    themes = INLINE[language]
    listed = f"{themes[0]}, {themes[1]} {CONJUNCTION[language]} {themes[2]}"
    text = f"{THEMES[language][0]}\n\n{OWN_THEMES[language].format(listed)}\n\n{THEMES[language][4]}\n"
    assert labels(text, language) == themes
