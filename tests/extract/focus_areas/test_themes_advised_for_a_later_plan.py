"""Family: an evaluation or annual report ends by recommending themes for a later plan ("Arbeidsgruppen anbefaler at
en ny handlingsplan får tre satsingsområder: ..."); the advice names no theme of this document. A plan that names its
own themes as the new plan's ("Den nye handlingsplanen har tre satsingsområder: ...") keeps them."""

from __future__ import annotations

import pytest

_EVALUATION = {
    "nb": (
        "Evaluering av vennskapsbyarbeidet 2021–2024\nFjordheim kommune\n\n1 Bakgrunn\n"
        "Kommunen har to vennskapsbyer i Norden.\n\n2 Hva er gjort?\nUngdomsleiren ble holdt hvert år.\n\n"
        "3 Anbefalinger\nStyringsgruppa anbefaler at neste plan (2025–2028) får tre satsingsområder: "
        "Idrett og friluftsliv, Skole og språk og Grønn omstilling. Anbefalingene er ikke behandlet politisk.\n"
    ),
    "nn": (
        "Evaluering av folkehelsearbeidet 2020–2024\nLiavik kommune\n\n1 Bakgrunn\n"
        "Evalueringa er bestilt av formannskapet.\n\n2 Tilråding\nArbeidsgruppa tilrår at den nye planen får "
        "tre satsingsområde: Fysisk aktivitet, Psykisk helse og Gode bumiljø.\n"
    ),
    "da": (
        "Evaluering af erhvervsstrategien 2020-2024\nSkovlund Kommune\n\nIndledning\n"
        "Evalueringen bygger på interviews med 20 virksomheder.\n\nAnbefalinger\n"
        "Evalueringen anbefaler, at den kommende strategi får tre indsatsområder: Iværksætteri, Turisme og "
        "Grøn omstilling.\n"
    ),
    "nl": (
        "Evaluatie economisch beleid 2019-2024\nGemeente Lindewaard\n\nInleiding\n"
        "Deze evaluatie is uitgevoerd door een extern bureau.\n\nAanbevelingen\n"
        "De onderzoekers bevelen aan om de nieuwe agenda op drie thema's te richten: arbeidsmarkt, "
        "binnenstad en circulaire economie.\n"
    ),
    "nl-voorstel": (
        "Jaarverslag stedenband 2025\nGemeente Dijkhaven\n\nTerugblik\nDe scholenuitwisseling ging door.\n\n"
        "Vooruitblik\nDe werkgroep stelt voor dat het volgende beleidsplan drie speerpunten krijgt: jeugd, cultuur en "
        "sport.\n"
    ),
}


@pytest.mark.parametrize("key", sorted(_EVALUATION))
def test_themes_recommended_for_a_later_plan_give_no_rows(labels, key: str) -> None:
    assert labels(_EVALUATION[key], key.split("-")[0]) == []


_OWN = {
    "nb": (
        "Handlingsplan for internasjonalt arbeid 2025–2028\nFjordheim kommune\n\nInnledning\n"
        "Den nye handlingsplanen har tre satsingsområder: Idrett og friluftsliv, Skole og språk og Grønn omstilling.\n",
        ["Idrett og friluftsliv", "Skole og språk", "Grønn omstilling"],
    ),
    "nl": (
        "Beleidsplan jeugd 2026-2030\nGemeente Dijkhaven\n\nInleiding\n"
        "Het nieuwe beleidsplan kent drie speerpunten: jeugd, cultuur en sport.\n",
        ["jeugd", "cultuur", "sport"],
    ),
    "da": (
        "Erhvervsstrategi 2025-2029\nSkovlund Kommune\n\nIndledning\nVi anbefaler alle virksomheder at bruge "
        "erhvervshuset. Strategien har tre indsatsområder: Iværksætteri, Turisme og Grøn omstilling.\n",
        ["Iværksætteri", "Turisme", "Grøn omstilling"],
    ),
}


@pytest.mark.parametrize("language", sorted(_OWN))
def test_a_plans_own_themes_stay(labels, language: str) -> None:
    text, expected = _OWN[language]
    assert [label.lower() for label in labels(text, language)] == [label.lower() for label in expected]
