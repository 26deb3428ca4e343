"""Themes lettered A, B, C after a count or a cue ("tre satsingsområder" / "A  Gode oppvekstvilkår"
<text> / "B  Et inkluderende arbeidsliv" ...), in any letter shape ("A. ", "a) ", "(A) ", "A – ", "Tema A: ",
"Satsingsområde B – "), with running text, lead-ins or bullets between them: the label is the text
without the letter, the ordinal the letter's place. A document's lettered chapter list, an appendix list
and a theme's own lettered actions are no themes."""

from __future__ import annotations

import pytest

BODY = {
    "da": [
        "Her beskriver vi, hvad kommunen vil gøre i de kommende år, og hvordan vi måler fremskridt.",
        "Kommunen samarbejder med foreninger, virksomheder og borgere om at nå målene i strategien.",
        "Indsatsen følges op hvert år i en status til kommunalbestyrelsen og i dialog med byens råd.",
        "Vi lægger vægt på forebyggelse, tidlig indsats og et tæt samarbejde på tværs af forvaltninger.",
    ],
    "nb": [
        "Her beskriver vi hva kommunen skal gjøre de neste årene, og hvordan vi skal måle framgangen.",
        "Kommunen samarbeider med frivillige lag, næringslivet og innbyggerne for å nå målene i planen.",
        "Arbeidet følges opp hvert år i handlingsdelen og rapporteres til kommunestyret i årsmeldingen.",
        "Vi legger vekt på forebygging, tidlig innsats og godt samarbeid på tvers av sektorene i kommunen.",
    ],
    "nn": [
        "Her skildrar vi kva kommunen skal gjere dei neste åra, og korleis vi skal måle framgangen vår.",
        "Kommunen samarbeider med lag og organisasjonar, næringslivet og innbyggjarane for å nå måla.",
        "Arbeidet vert følgt opp kvart år i handlingsdelen og rapportert til kommunestyret i årsmeldinga.",
        "Vi legg vekt på førebygging, tidleg innsats og godt samarbeid på tvers av sektorane i kommunen.",
    ],
    "nl": [
        "Hier beschrijven we wat de gemeente de komende jaren gaat doen en hoe we de voortgang meten.",
        "De gemeente werkt samen met verenigingen, ondernemers en inwoners om deze doelen te bereiken.",
        "Elk jaar rapporteren we in de jaarrekening aan de gemeenteraad over de voortgang van het plan.",
        "We zetten in op preventie, vroegsignalering en een goede samenwerking tussen alle afdelingen.",
    ],
}

# (title, announcing line, themes) per language; every theme is lettered in the shape under test.
PLANS = {
    "da": [
        (
            "Udviklingsstrategi 2025-2030",
            "Kommunalbestyrelsen har udpeget fire indsatsområder.",
            ["Børn og unge", "Erhverv og beskæftigelse", "Klima og natur", "Sundhed for alle"],
        ),
        (
            "Planstrategi 2024",
            "Strategien bygger på tre temaer:",
            ["Levende landsbyer", "En grøn omstilling", "Fællesskab og kultur"],
        ),
    ],
    "nb": [
        (
            "Kommuneplanens samfunnsdel 2024-2036",
            "Kommunestyret har valgt tre satsingsområder for perioden.",
            ["Gode oppvekstvilkår for alle", "Et inkluderende arbeidsliv", "En grønn by"],
        ),
        (
            "Strategi for Testkommune 2030",
            "Strategien har fire innsatsområder:",
            ["Trygg oppvekst", "Aktive innbyggere", "Et sterkt næringsliv", "Grønn omstilling"],
        ),
    ],
    "nn": [
        (
            "Kommuneplanen sin samfunnsdel 2023-2035",
            "Planen har tre satsingsområde.",
            ["Gode oppvekstvilkår", "Eit inkluderande arbeidsliv", "Ein grøn kommune"],
        ),
        (
            "Strategi for Testkommune 2030",
            "Kommunestyret har peika ut fire innsatsområde:",
            ["Levande bygder", "Trygg oppvekst", "Helse og meistring", "Klima og miljø"],
        ),
    ],
    "nl": [
        (
            "Beleidsplan 2023-2026",
            "Dit plan kent drie speerpunten.",
            ["Wonen voor iedereen", "Een sterke lokale economie", "Een groene gemeente"],
        ),
        (
            "Coalitieakkoord 2022-2026",
            "Het college kiest voor vier pijlers:",
            ["Betaalbaar wonen", "Zorg dichtbij", "Werk en inkomen", "Een klimaatbestendige gemeente"],
        ),
    ],
}

MARKS = {
    "double space": lambda letter: f"{letter}  ",
    "full stop": lambda letter: f"{letter}. ",
    "lower bracket": lambda letter: f"{letter.lower()}) ",
    "parentheses": lambda letter: f"({letter}) ",
    "dash": lambda letter: f"{letter} – ",
    "colon": lambda letter: f"{letter}: ",
}


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _lettered(language: str, plan: int, mark: str, layout: str) -> tuple[str, list[str]]:
    title, cue, themes = PLANS[language][plan]
    body = BODY[language]
    lines = [title, body[0], cue]
    for n, theme in enumerate(themes):
        head = MARKS[mark](chr(ord("A") + n)) + theme
        if layout == "text":
            lines += [head, body[(n + 1) % len(body)]]
        elif layout == "bullets":
            lines += [f"{head}\n- {body[n % len(body)]}\n- {body[(n + 2) % len(body)]}"]
        else:
            lines += [head]
    return _text(lines), themes


@pytest.mark.parametrize("language", list(PLANS))
@pytest.mark.parametrize("plan", [0, 1])
@pytest.mark.parametrize("mark", list(MARKS))
@pytest.mark.parametrize("layout", ["text", "bullets", "lines"])
def test_lettered_themes_are_read_without_their_letters(labels, language, plan, mark, layout):
    text, themes = _lettered(language, plan, mark, layout)
    assert labels(text, language) == themes


CUE_LETTERED = {
    "da": ("Kommuneplan 2025", "Planen har tre temaer.", "Tema", ["Levende landsbyer", "Grøn omstilling", "Sundhed"]),
    "nb": (
        "Kommuneplan 2024",
        "Planen har tre satsingsområder.",
        "Satsingsområde",
        ["Gode oppvekstvilkår", "Et inkluderende arbeidsliv", "En grønn by"],
    ),
    "nn": (
        "Kommuneplan 2024-2036",
        "Planen har tre satsingsområde.",
        "Satsingsområde",
        ["Gode oppvekstvilkår", "Eit inkluderande arbeidsliv", "Ein grøn kommune"],
    ),
    "nl": ("Beleidsplan 2023", "De raad koos drie speerpunten.", "Speerpunt", ["Wonen", "Werken", "Zorg en welzijn"]),
}


@pytest.mark.parametrize("language", list(CUE_LETTERED))
@pytest.mark.parametrize("separator", [": ", " – ", " - ", ". "])
def test_cue_word_and_letter_headings_give_the_name_after_the_letter(labels, language, separator):
    title, cue, word, themes = CUE_LETTERED[language]
    body = BODY[language]
    lines = [title, cue]
    for n, theme in enumerate(themes):
        lines += [f"{word} {chr(ord('A') + n)}{separator}{theme}", body[n]]
    assert labels(_text(lines), language) == themes


# Look-alikes: a count cue, then letters that are the document's chapters, its appendices, or one
# theme's own lettered actions.
LOOKALIKES = {
    "da": [
        "Strategi 2030\n\nStrategien har tre indsatsområder.\n\nIndhold\nA  Indledning\nB  Vision\nC  Opfølgning\n",
        "Strategi 2030\n\nStrategien har tre indsatsområder.\n\n{b0}\n\nBilag\nA  Datagrundlag\nB  Høringssvar\n"
        "C  Borgerinddragelse\n",
        "Strategi 2030\n\nIndsatsområde 1: Børn og unge\n\n{b1}\n\nHandlinger:\nA  Ny skole i Nordby\n"
        "B  Flere pædagoger\nC  Ny legeplads\n",
    ],
    "nb": [
        "Kommuneplan 2024\n\nPlanen har tre satsingsområder.\n\nInnhold\nA  Innledning\nB  Visjon\nC  Vedlegg\n",
        "Kommuneplan 2024\n\nPlanen har tre satsingsområder.\n\n{b0}\n\nVedlegg\nA  Kunnskapsgrunnlag\n"
        "B  Medvirkningsrapport\nC  Konsekvensutredning\n",
        "Kommuneplan 2024\n\nSatsingsområde 1: Oppvekst\n\n{b1}\n\nTiltak:\nA  Bygge ny skole\n"
        "B  Utvide barnehagen\nC  Ansette flere lærere\n",
    ],
    "nn": [
        "Kommuneplan 2024\n\nPlanen har tre satsingsområde.\n\nInnhald\nA  Innleiing\nB  Visjon\nC  Vedlegg\n",
        "Kommuneplan 2024\n\nPlanen har tre satsingsområde.\n\n{b0}\n\nVedlegg\nA  Kunnskapsgrunnlag\n"
        "B  Medverknadsrapport\nC  Konsekvensutgreiing\n",
        "Kommuneplan 2024\n\nSatsingsområde 1: Oppvekst\n\n{b1}\n\nTiltak:\nA  Byggje ny skule\n"
        "B  Utvide barnehagen\nC  Tilsetje fleire lærarar\n",
    ],
    "nl": [
        "Beleidsplan 2023\n\nDit plan kent drie speerpunten.\n\nInhoud\nA  Inleiding\nB  Visie\nC  Bijlagen\n",
        "Beleidsplan 2023\n\nDit plan kent drie speerpunten.\n\n{b0}\n\nBijlagen\nA  Onderzoeksrapport\n"
        "B  Participatieverslag\nC  Begrippenlijst\n",
        "Beleidsplan 2023\n\nSpeerpunt 1: Wonen\n\n{b1}\n\nActies:\nA  Nieuwe woonwijk\n"
        "B  Starterslening\nC  Meer sociale huur\n",
    ],
}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, ts in LOOKALIKES.items() for t in ts])
def test_lettered_chapters_appendices_and_actions_are_no_themes(labels, language, text):
    body = BODY[language]
    assert labels(text.format(b0=body[0], b1=body[1]), language) == []
