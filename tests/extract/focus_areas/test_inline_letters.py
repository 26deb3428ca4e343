"""Themes named in one sentence and lettered inline ("Kommunestyret har valgt tre satsingsområder:
a) oppvekst, b) arbeid og næring og c) by og klima."): the letters part the items, so a conjunction inside
an item ("arbeid og næring") stays in it; any letter shape ("a)", "(a)", "a.", "A)"), with commas,
semicolons or nothing between the items. Lettered points that are no themes (a decision's points, one
theme's own actions) give no rows."""

from __future__ import annotations

import pytest

SENTENCES = {
    "nb": [
        (
            "Kommunestyret har valgt tre satsingsområder: a) oppvekst, b) arbeid og næring og c) by og klima.",
            ["oppvekst", "arbeid og næring", "by og klima"],
        ),
        (
            "Planen bygger på fire innsatsområder: a) trygg oppvekst, b) aktive innbyggere, c) et sterkt næringsliv "
            "og d) grønn omstilling.",
            ["trygg oppvekst", "aktive innbyggere", "et sterkt næringsliv", "grønn omstilling"],
        ),
        (
            "De tre satsingsområdene er a) Oppvekst og læring, b) Helse og omsorg og c) Klima og miljø.",
            ["Oppvekst og læring", "Helse og omsorg", "Klima og miljø"],
        ),
        (
            "I planperioden prioriterer kommunen tre satsingsområder, nemlig (a) folkehelse; (b) bolig og "
            "stedsutvikling; og (c) samferdsel.",
            ["folkehelse", "bolig og stedsutvikling", "samferdsel"],
        ),
        (
            "Kommunestyret vedtok i 2023 tre satsingsområder for planen: A) Levende sentrum B) Trygge bomiljø "
            "C) Et grønt næringsliv",
            ["Levende sentrum", "Trygge bomiljø", "Et grønt næringsliv"],
        ),
        (
            "Strategien har tre målområder: a. barn og unge, b. arbeid og næring, c. by og klima.",
            ["barn og unge", "arbeid og næring", "by og klima"],
        ),
    ],
    "nn": [
        (
            "Kommunestyret har valt tre satsingsområde: a) oppvekst, b) arbeid og næring og c) klima og miljø.",
            ["oppvekst", "arbeid og næring", "klima og miljø"],
        ),
        (
            "Planen byggjer på fire innsatsområde: a) trygg oppvekst, b) aktive innbyggjarar, c) eit sterkt "
            "næringsliv og d) grøn omstilling.",
            ["trygg oppvekst", "aktive innbyggjarar", "eit sterkt næringsliv", "grøn omstilling"],
        ),
        (
            "Dei tre satsingsområda er a) Levande bygder, b) Helse og meistring og c) Klima og miljø.",
            ["Levande bygder", "Helse og meistring", "Klima og miljø"],
        ),
        (
            "I planperioden prioriterer kommunen tre satsingsområde: (a) folkehelse; (b) bustad og "
            "stadutvikling; og (c) samferdsle.",
            ["folkehelse", "bustad og stadutvikling", "samferdsle"],
        ),
        (
            "Kommunestyret vedtok tre satsingsområde for planen: A) Levande sentrum B) Trygge bumiljø "
            "C) Eit grønt næringsliv",
            ["Levande sentrum", "Trygge bumiljø", "Eit grønt næringsliv"],
        ),
    ],
    "da": [
        (
            "Byrådet har valgt tre indsatsområder: a) børn og unge, b) erhverv og beskæftigelse og c) klima og natur.",
            ["børn og unge", "erhverv og beskæftigelse", "klima og natur"],
        ),
        (
            "Strategien samler indsatsen i fire temaer: a) sundhed, b) læring, c) fællesskab og d) bæredygtighed.",
            ["sundhed", "læring", "fællesskab", "bæredygtighed"],
        ),
        (
            "De tre fokusområder er a) Levende landsbyer, b) Grøn omstilling og c) Flere i job.",
            ["Levende landsbyer", "Grøn omstilling", "Flere i job"],
        ),
        (
            "Kommunalbestyrelsen har for 2024-2027 udpeget tre indsatsområder, nemlig (a) bosætning; (b) erhverv "
            "og turisme; og (c) natur og klima.",
            ["bosætning", "erhverv og turisme", "natur og klima"],
        ),
        (
            "Planen har fire temaer: A) Bosætning B) Erhverv og turisme C) Natur D) Kultur og fritid",
            ["Bosætning", "Erhverv og turisme", "Natur", "Kultur og fritid"],
        ),
    ],
    "nl": [
        (
            "De gemeenteraad heeft drie speerpunten gekozen: a) wonen, b) werk en economie en c) klimaat en natuur.",
            ["wonen", "werk en economie", "klimaat en natuur"],
        ),
        (
            "Dit akkoord kent vier pijlers: a) veiligheid, b) zorg, c) onderwijs en d) duurzaamheid.",
            ["veiligheid", "zorg", "onderwijs", "duurzaamheid"],
        ),
        (
            "De drie speerpunten zijn a) Betaalbaar wonen, b) Zorg en welzijn en c) Een groene gemeente.",
            ["Betaalbaar wonen", "Zorg en welzijn", "Een groene gemeente"],
        ),
        (
            "In deze periode richt het college zich op drie thema's, namelijk (a) gezondheid; (b) wonen en "
            "leefomgeving; en (c) mobiliteit.",
            ["gezondheid", "wonen en leefomgeving", "mobiliteit"],
        ),
        ("Het college kiest voor drie prioriteiten: A) Wonen B) Werken C) Recreëren", ["Wonen", "Werken", "Recreëren"]),
    ],
}

TITLES = {
    "nb": "Kommuneplan 2024-2036",
    "nn": "Kommuneplan 2024-2036",
    "da": "Planstrategi 2024",
    "nl": "Beleidsplan 2023",
}


# Lettered points that are no themes: a decision's points, one theme's own actions, a count of other things.
NOT_THEMES = {
    "nb": [
        "Kommunestyret vedtok: a) planen godkjennes, b) kommunedirektøren får fullmakt og c) saken avsluttes.",
        "Under satsingsområdet oppvekst vil vi a) bygge ny skole, b) utvide barnehagen og c) ansette lærere.",
        "Forslaget har tre deler: a) en ny gang- og sykkelvei, b) en ny rundkjøring og c) nye busslommer.",
    ],
    "nn": [
        "Kommunestyret vedtok: a) planen vert godkjend, b) kommunedirektøren får fullmakt og c) saka vert avslutta.",
        "Under satsingsområdet oppvekst vil vi a) byggje ny skule, b) utvide barnehagen og c) tilsetje lærarar.",
        "Forslaget har tre delar: a) ein ny gang- og sykkelveg, b) ei ny rundkøyring og c) nye busslommer.",
    ],
    "da": [
        "Byrådet besluttede: a) planen godkendes, b) direktionen bemyndiges og c) sagen afsluttes.",
        "Under indsatsområdet børn og unge vil vi a) bygge en ny skole, b) udvide børnehaven og c) ansætte lærere.",
        "Forslaget har tre dele: a) en ny cykelsti, b) en ny rundkørsel og c) nye busstoppesteder.",
    ],
    "nl": [
        "De raad besluit: a) het plan vast te stellen, b) het college te machtigen en c) de zaak af te sluiten.",
        "Binnen het speerpunt wonen gaan we a) een nieuwe wijk bouwen, b) starters helpen en c) huur verlagen.",
        "Het voorstel bestaat uit drie delen: a) een nieuw fietspad, b) een rotonde en c) nieuwe bushaltes.",
    ],
}


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in NOT_THEMES.items() for s in ss])
def test_lettered_points_of_other_things_give_no_rows(labels, language, sentence):
    assert labels(f"Kommunestyre 12.03.2024\n\n{sentence}\n", language) == []


# The same family without a colon, without a count, with two items, or numbered inline ("1) wonen, 2) ...").
VARIANTS = {
    "nb": [
        (
            "Kommunestyret har valgt tre satsingsområder, a) oppvekst, b) arbeid og næring og c) klima.",
            ["oppvekst", "arbeid og næring", "klima"],
        ),
        (
            "Kommunens satsingsområder er: a) folkehelse, b) bolig og sentrum og c) samferdsel.",
            ["folkehelse", "bolig og sentrum", "samferdsel"],
        ),
        (
            "Planen har to satsingsområder: a) oppvekst og læring og b) klima og miljø.",
            ["oppvekst og læring", "klima og miljø"],
        ),
        (
            "Planen har tre satsingsområder: 1) oppvekst, 2) arbeid og næring og 3) klima.",
            ["oppvekst", "arbeid og næring", "klima"],
        ),
    ],
    "nn": [
        (
            "Kommunestyret har valt tre satsingsområde, a) oppvekst, b) arbeid og næring og c) klima.",
            ["oppvekst", "arbeid og næring", "klima"],
        ),
        (
            "Planen har to satsingsområde: a) oppvekst og læring og b) klima og miljø.",
            ["oppvekst og læring", "klima og miljø"],
        ),
        (
            "Planen har tre satsingsområde: 1) oppvekst, 2) arbeid og næring og 3) klima.",
            ["oppvekst", "arbeid og næring", "klima"],
        ),
    ],
    "da": [
        (
            "Byrådet har valgt tre indsatsområder, a) børn og unge, b) erhverv og beskæftigelse og c) klima og natur.",
            ["børn og unge", "erhverv og beskæftigelse", "klima og natur"],
        ),
        (
            "Planen har to indsatsområder: a) sundhed og trivsel og b) klima og natur.",
            ["sundhed og trivsel", "klima og natur"],
        ),
        (
            "Strategien har tre temaer: 1) bosætning, 2) erhverv og turisme og 3) natur.",
            ["bosætning", "erhverv og turisme", "natur"],
        ),
    ],
    "nl": [
        (
            "De raad koos drie speerpunten, a) wonen, b) werk en inkomen en c) klimaat.",
            ["wonen", "werk en inkomen", "klimaat"],
        ),
        (
            "Het plan heeft twee speerpunten: a) zorg en welzijn en b) wonen en leefbaarheid.",
            ["zorg en welzijn", "wonen en leefbaarheid"],
        ),
        (
            "Het college kiest drie speerpunten: 1) wonen, 2) werk en inkomen en 3) klimaat.",
            ["wonen", "werk en inkomen", "klimaat"],
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "sentence", "themes"),
    [
        (lang, sentence, themes)
        for table in (SENTENCES, VARIANTS)
        for lang, cases in table.items()
        for sentence, themes in cases
    ],
)
def test_inline_lettered_themes_are_split_at_their_letters(labels, language, sentence, themes):
    assert labels(f"{TITLES[language]}\n\n{sentence}\n", language) == themes
