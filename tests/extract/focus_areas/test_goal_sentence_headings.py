"""Themes written as full sentences, each a heading over its own numbered action plans (a Flemish
meerjarenplan: "Mechelen werkt aan een groene stad" / "Actieplan 1.1 Meer bomen in de wijken" /
"Mechelen zorgt voor elkaar" / "Actieplan 2.1 ..."): the sentence is the label, the action plans are not
themes. The same shape in a Danish or Norwegian plan ("Handling 1.1", "Tiltak 1.1")."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

PLANS = {
    "nl": {
        "title": "Meerjarenplan 2026-2031\nStrategische nota",
        "intro": "Inleiding",
        "cues": [
            "Het meerjarenplan bevat vier beleidsdoelstellingen.",
            "De strategische nota telt vier beleidsdoelstellingen.",
            "Het meerjarenplan is opgebouwd rond vier beleidsdoelstellingen.",
            "We werken met vier beleidsdoelstellingen, elk met hun eigen actieplannen.",
            "Vier beleidsdoelstellingen vormen de kern van dit meerjarenplan.",
        ],
        "themes": [
            "Mechelen werkt aan een groene stad",
            "Mechelen zorgt voor elkaar",
            "Mechelen is een bruisende stad",
            "Mechelen is een slimme organisatie",
        ],
        "actions": ["Meer bomen in de wijken", "Minder verharding op pleinen"],
        "sub": ["Actieplan {n}.{k} {a}", "AP {n}.{k} {a}", "{n}.{k} {a}", "Actie {n}.{k}: {a}"],
        "closing": "Financiële nota",
    },
    "da": {
        "title": "Planstrategi 2026-2029",
        "intro": "Indledning",
        "cues": [
            "Planen har fire indsatsområder.",
            "Byrådet har valgt fire indsatsområder for perioden.",
            "Planstrategien er bygget op om fire indsatsområder.",
            "Vi arbejder med fire indsatsområder, der hver har sine egne handlinger.",
            "Fire indsatsområder udgør kernen i planstrategien.",
        ],
        "themes": [
            "Vi skaber en grøn kommune",
            "Vi passer på hinanden",
            "Vi giver plads til fællesskaber",
            "Vi driver en enkel kommune",
        ],
        "actions": ["Flere træer i byerne", "Mindre asfalt på torvene"],
        "sub": ["Handling {n}.{k} {a}", "Indsats {n}.{k} {a}", "{n}.{k} {a}", "Handling {n}.{k}: {a}"],
        "closing": "Økonomi",
    },
    "nb": {
        "title": "Kommuneplanens samfunnsdel 2026–2038",
        "intro": "Innledning",
        "cues": [
            "Planen har fire satsingsområder.",
            "Kommunestyret har valgt fire satsingsområder for perioden.",
            "Samfunnsdelen er bygget opp rundt fire satsingsområder.",
            "Vi jobber med fire satsingsområder, hvert med egne tiltak.",
            "Fire satsingsområder er kjernen i samfunnsdelen.",
        ],
        "themes": [
            "Vi skaper en grønn kommune",
            "Vi tar vare på hverandre",
            "Vi gir rom for fellesskap",
            "Vi driver en enkel kommune",
        ],
        "actions": ["Flere trær i sentrum", "Mindre asfalt på torgene"],
        "sub": ["Tiltak {n}.{k} {a}", "Strategi {n}.{k} {a}", "{n}.{k} {a}", "Tiltak {n}.{k}: {a}"],
        "closing": "Økonomi",
    },
    "nn": {
        "title": "Kommuneplanen sin samfunnsdel 2026–2038",
        "intro": "Innleiing",
        "cues": [
            "Planen har fire satsingsområde.",
            "Kommunestyret har valt fire satsingsområde for perioden.",
            "Samfunnsdelen er bygd opp kring fire satsingsområde.",
            "Vi arbeider med fire satsingsområde, kvart med eigne tiltak.",
            "Fire satsingsområde er kjernen i samfunnsdelen.",
        ],
        "themes": [
            "Vi skapar ein grøn kommune",
            "Vi tek vare på kvarandre",
            "Vi gjev rom for fellesskap",
            "Vi driv ein enkel kommune",
        ],
        "actions": ["Fleire tre i sentrum", "Mindre asfalt på torga"],
        "sub": ["Tiltak {n}.{k} {a}", "Strategi {n}.{k} {a}", "{n}.{k} {a}", "Tiltak {n}.{k}: {a}"],
        "closing": "Økonomi",
    },
}

LEAD = {
    "nl": "Onder elke doelstelling staan de actieplannen, en bij elk actieplan horen de acties die de diensten "
    "de komende zes jaar uitvoeren, samen met inwoners, verenigingen en ondernemers.",
    "da": "Under hvert område står handlingerne, som forvaltningen gennemfører i de kommende fire år, sammen med "
    "borgere, foreninger og virksomheder i hele kommunen.",
    "nb": "Under hvert område står tiltakene som administrasjonen skal gjennomføre de neste fire årene, sammen med "
    "innbyggere, lag og bedrifter i hele kommunen.",
    "nn": "Under kvart område står tiltaka som administrasjonen skal gjennomføre dei neste fire åra, saman med "
    "innbyggjarar, lag og verksemder i heile kommunen.",
}


def plan(language: str, cue: str, sub: str, numbered_on: bool = True, stop: str = "") -> str:
    doc = PLANS[language]
    sections = [f"{doc['intro']}\n{cue} {LEAD[language]}"]
    for n, theme in enumerate(doc["themes"], start=1):
        first = n if numbered_on else 1
        subs = [sub.format(n=first, k=k, a=a) for k, a in enumerate(doc["actions"], start=1)]
        sections.append("\n".join([theme + stop, *subs]))
    sections.append(f"{doc['closing']}\n{LEAD[language]}")
    return "\n\n".join([doc["title"], *sections])


CASES = [(lang, cue, sub) for lang, doc in PLANS.items() for cue, sub in zip(doc["cues"], doc["sub"] * 2, strict=False)]


@pytest.mark.parametrize(("language", "cue", "sub"), CASES)
def test_sentence_headings_over_their_action_plans_are_the_themes(labels, language, cue, sub):
    assert labels(plan(language, cue, sub), language) == PLANS[language]["themes"]


@pytest.mark.parametrize("language", list(PLANS))
def test_action_plans_not_numbered_under_their_heading_give_no_rows(labels, language):
    doc = PLANS[language]
    assert labels(plan(language, doc["cues"][0], doc["sub"][0], numbered_on=False), language) == []


@pytest.mark.parametrize("language", list(PLANS))
def test_a_count_that_disagrees_with_the_sentence_headings_gives_no_rows(labels, language):
    doc = PLANS[language]
    cue = doc["cues"][0].replace("vier", "vijf").replace("fire", "fem")
    assert labels(plan(language, cue, doc["sub"][0]), language) == []


@pytest.mark.parametrize("language", list(PLANS))
def test_a_heading_does_not_run_on_into_its_first_action_plan(language):
    doc = PLANS[language]
    text, _ = normalise([plan(language, doc["cues"][0], doc["sub"][1])])
    assert doc["themes"][0] in text.split("\n")


@pytest.mark.parametrize("language", list(PLANS))
def test_sentence_headings_written_with_a_full_stop_are_the_themes(labels, language):
    doc = PLANS[language]
    assert labels(plan(language, doc["cues"][1], doc["sub"][0], stop="."), language) == doc["themes"]
