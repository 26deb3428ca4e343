"""A strategy's section on how it is put to work ("Sådan arbejder vi", "Slik jobber vi", "Frå plan til
handling", "Van visie naar uitvoering") is one of the document's own parts, never a theme: after the
theme sections it ends them, so the announced count still agrees with the themes read."""

from __future__ import annotations

import pytest

from pipeline.extract.focus_areas.parts import is_part
from pipeline.extract.focus_areas.rules import cues

IMPLEMENTATION = {
    "da": [
        "Sådan arbejder vi",
        "Sådan arbejder vi med strategien",
        "Hvordan griber vi det an",
        "Sådan når vi målene",
        "Sådan omsætter vi strategien til handling",
        "Sådan bruges strategien",
        "Hvordan udmøntes planen",
        "Fra strategi til handling",
        "Udmøntning",
        "Forankringen",
    ],
    "nb": [
        "Slik jobber vi",
        "Slik jobber vi med planen",
        "Hvordan gjør vi det",
        "Slik når vi målene",
        "Slik iverksetter vi strategien",
        "Hvordan brukes planen",
        "Fra plan til handling",
        "Iverksetting",
        "Forankring",
    ],
    "nn": [
        "Slik arbeider vi",
        "Korleis jobbar vi med planen",
        "Slik set vi planen ut i livet",
        "Korleis vert planen brukt",
        "Frå plan til handling",
        "Iverksetjing",
        "Forankringa",
    ],
    "nl": [
        "Zo werken we",
        "Hoe pakken we het aan",
        "Zo gaan we te werk",
        "Hoe bereiken we dit",
        "Van visie naar uitvoering",
        "Van plan naar actie",
        "Onze aanpak",
        "Werkwijze",
    ],
}

# Themes that share a word with those headings: the whole heading decides.
THEMES = {
    "da": ["Arbejde og uddannelse", "Et godt arbejdsliv", "Handling på klimaet", "Stærke fællesskaber"],
    "nb": ["Arbeid og utdanning", "Et godt arbeidsliv", "Handling for klimaet", "Levende lokalsamfunn"],
    "nn": ["Arbeid og utdanning", "Eit godt arbeidsliv", "Handling for klimaet", "Levande bygder"],
    "nl": ["Werk en inkomen", "Een aanpak van armoede", "Wonen en werken", "Veilig thuis"],
}


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, hs in IMPLEMENTATION.items() for h in hs])
def test_a_section_on_putting_the_strategy_to_work_is_a_part(language, heading):
    assert is_part(heading, cues(language))


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, hs in THEMES.items() for h in hs])
def test_a_theme_sharing_a_word_with_such_a_section_is_a_theme(language, heading):
    assert not is_part(heading, cues(language))


STRATEGIES = {
    "da": (
        "Odder Kommune\nByrådets strategi 2025-2028\n\nForord\nStrategien sætter retningen for de næste år.\n\n"
        "Strategiens tre temaer\nByrådet har valgt tre temaer, som alle udvalg arbejder ud fra:\n\n"
        "Sundhed hele livet\nFlere borgere skal leve et sundt og aktivt liv.\nDet vil vi:\n- Styrke forebyggelsen\n\n"
        "Stærke lokalsamfund\nLandsbyerne skal være gode steder at bo.\nDet vil vi:\n- Støtte foreningerne\n\n"
        "Klima og natur\nVi skal reducere udledningen med 70 procent.\nDet vil vi:\n- Plante skov\n\n"
        "Sådan arbejder vi\nStrategien udmøntes i udvalgenes handleplaner.\n\n"
        "Opfølgning\nByrådet gør status hvert år.\n",
        ["Sundhed hele livet", "Stærke lokalsamfund", "Klima og natur"],
    ),
    "nb": (
        "Gjøvik kommune\nKommunestrategi 2025-2028\n\nInnledning\nStrategien viser retningen.\n\n"
        "Tre hovedtemaer\nKommunestyret har valgt tre temaer som alle sektorer skal jobbe med:\n\n"
        "Trygge oppvekstvilkår\nAlle barn skal ha en god start.\nDette skal vi gjøre:\n- Styrke helsestasjonen\n\n"
        "Levende sentrum\nSentrum skal være et sted å møtes.\nDette skal vi gjøre:\n- Flere boliger\n\n"
        "Klima i hverdagen\nUtslippene skal ned.\nDette skal vi gjøre:\n- Elektrifisere bilparken\n\n"
        "Slik jobber vi\nStrategien følges opp i handlingsplanene.\n\n"
        "Oppfølging\nKommunestyret får en årlig rapport.\n",
        ["Trygge oppvekstvilkår", "Levende sentrum", "Klima i hverdagen"],
    ),
    "nn": (
        "Volda kommune\nKommunestrategi 2025-2028\n\nInnleiing\nStrategien viser kvar vi skal.\n\n"
        "Fire satsingsområde\nKommunestyret har valt fire satsingsområde som alle einingar skal arbeide med:\n\n"
        "Gode oppvekstvilkår\nAlle born skal få ein god start.\n\n"
        "Levande bygder\nBygdene skal vere gode stader å bu.\n\n"
        "Grøn omstilling\nUtsleppa skal ned.\n\n"
        "Helse i alle ledd\nFleire skal leve sunne liv.\n\n"
        "Frå plan til handling\nStrategien vert følgd opp i handlingsplanane.\n\n"
        "Oppfølging\nKommunestyret får ein årleg rapport.\n",
        ["Gode oppvekstvilkår", "Levande bygder", "Grøn omstilling", "Helse i alle ledd"],
    ),
    "nl": (
        "Gemeente Zeewolde\nStrategische agenda 2025-2028\n\nInleiding\nDeze agenda geeft richting.\n\n"
        "Drie speerpunten\nDe raad heeft drie speerpunten gekozen waar alle teams aan werken:\n\n"
        "Betaalbaar wonen\nIedereen moet een passende woning kunnen vinden.\n\n"
        "Een sterke economie\nOndernemers moeten hier kunnen groeien.\n\n"
        "Schone energie\nWe willen in 2040 energieneutraal zijn.\n\n"
        "Zo werken we\nDe speerpunten krijgen een plek in de jaarplannen.\n\n"
        "Evaluatie\nDe raad krijgt elk jaar een voortgangsrapportage.\n",
        ["Betaalbaar wonen", "Een sterke economie", "Schone energie"],
    ),
}


@pytest.mark.parametrize("language", list(STRATEGIES))
def test_themes_end_where_the_section_on_putting_them_to_work_begins(labels, language):
    text, themes = STRATEGIES[language]
    assert labels(text, language) == themes

