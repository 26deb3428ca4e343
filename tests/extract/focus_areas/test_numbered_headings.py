"""Themes as numbered headings after a word that is no cue on its own ("Mål 1: Grøn energi",
"Actielijn 2: Bouwen", "Hoofdstuk 3: Zorg" in a coalition agreement), and the numbered lines that
look alike but are goals, sub-goals or a report's chapters."""

from __future__ import annotations

import pytest

# Section bodies long enough to read as running text, as in a real strategy.
BODY = {
    "da": "Her beskriver vi, hvad kommunen vil gøre i de kommende år, og hvordan vi samarbejder med borgere, "
    "foreninger og virksomheder om at komme i mål.",
    "nb": "Her beskriver vi hva kommunen vil gjøre i årene som kommer, og hvordan vi samarbeider med innbyggere, "
    "lag og bedrifter for å komme dit.",
    "nn": "Her skildrar vi kva kommunen vil gjere i åra som kjem, og korleis vi samarbeider med innbyggjarar, "
    "lag og verksemder for å kome dit.",
    "nl": "Hier beschrijven we wat de gemeente de komende jaren gaat doen en hoe we samen met inwoners, "
    "verenigingen en bedrijven aan de slag gaan.",
}


def strategy(title: str, headings: list[str], language: str, intro: str = "") -> str:
    body = BODY[language]
    parts = [title, intro or body] + [f"{heading}\n{body}" for heading in headings]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("language", "title", "headings", "expected"),
    [
        (
            "da",
            "Klimastrategi 2030",
            ["Mål 1: Grøn energi", "Mål 2: Bæredygtig transport", "Mål 3: Klimatilpasning"],
            ["Grøn energi", "Bæredygtig transport", "Klimatilpasning"],
        ),
        (
            "da",
            "Sundhedspolitik 2024-2028",
            ["Hovedmål 1 – Lighed i sundhed", "Hovedmål 2 – Mental trivsel"],
            ["Lighed i sundhed", "Mental trivsel"],
        ),
        (
            "da",
            "Erhvervspolitik",
            [
                "Strategisk mål 1. Flere virksomheder",
                "Strategisk mål 2. Et stærkt turisterhverv",
                "Strategisk mål 3. Kvalificeret arbejdskraft",
                "Strategisk mål 4. God infrastruktur",
            ],
            ["Flere virksomheder", "Et stærkt turisterhverv", "Kvalificeret arbejdskraft", "God infrastruktur"],
        ),
        (
            "da",
            "Børne- og ungepolitik",
            ["## Søjle 1: Trivsel", "## Søjle 2: Læring", "## Søjle 3: Fællesskaber"],
            ["Trivsel", "Læring", "Fællesskaber"],
        ),
        (
            "da",
            "Kulturstrategi",
            ["Ambition 1 Kultur for alle", "Ambition 2 Levende bymidter"],
            ["Kultur for alle", "Levende bymidter"],
        ),
        (
            "nb",
            "Kommuneplanens samfunnsdel",
            ["Visjonsmål 1: Attraktiv by", "Visjonsmål 2: Grønn by", "Visjonsmål 3: Inkluderende by"],
            ["Attraktiv by", "Grønn by", "Inkluderende by"],
        ),
        (
            "nb",
            "Folkehelsestrategi",
            ["Mål 1: Gode oppvekstvilkår", "Mål 2: Aktive innbyggere"],
            ["Gode oppvekstvilkår", "Aktive innbyggere"],
        ),
        (
            "nb",
            "Næringsstrategi 2025",
            [
                "Strategisk mål 1 – Flere arbeidsplasser",
                "Strategisk mål 2 – Sterke sentrum",
                "Strategisk mål 3 – Grønn omstilling",
            ],
            ["Flere arbeidsplasser", "Sterke sentrum", "Grønn omstilling"],
        ),
        (
            "nb",
            "Klimaplan",
            ["Pilar 1. Energi", "Pilar 2. Transport", "Pilar 3. Arealbruk", "Pilar 4. Forbruk"],
            ["Energi", "Transport", "Arealbruk", "Forbruk"],
        ),
        (
            "nb",
            "Kulturplan",
            ["Ambisjon 1: Kultur i hele kommunen", "Ambisjon 2: Et levende kulturliv"],
            ["Kultur i hele kommunen", "Et levende kulturliv"],
        ),
        (
            "nn",
            "Kommuneplan for Testkommune",
            ["Hovudmål 1: Gode oppvekstvilkår", "Hovudmål 2: Eit levande lokalsamfunn"],
            ["Gode oppvekstvilkår", "Eit levande lokalsamfunn"],
        ),
        (
            "nn",
            "Samfunnsdelen",
            ["Mål 1: Trygge og gode bustader", "Mål 2: Eit berekraftig næringsliv", "Mål 3: Gode tenester"],
            ["Trygge og gode bustader", "Eit berekraftig næringsliv", "Gode tenester"],
        ),
        (
            "nn",
            "Klimaplan",
            ["Visjonsmål 1 – Grøn kommune", "Visjonsmål 2 – Klimatilpassa kommune"],
            ["Grøn kommune", "Klimatilpassa kommune"],
        ),
        (
            "nn",
            "Strategi for oppvekst",
            ["Strategisk mål 1. Meistring", "Strategisk mål 2. Tryggleik", "Strategisk mål 3. Fellesskap"],
            ["Meistring", "Tryggleik", "Fellesskap"],
        ),
        ("nn", "Kulturplan", ["Pilar 1: Kulturarv", "Pilar 2: Frivilligheit"], ["Kulturarv", "Frivilligheit"]),
        (
            "nl",
            "Uitvoeringsagenda Wonen",
            ["Actielijn 1: Betaalbaar wonen", "Actielijn 2: Bouwen en transformeren", "Actielijn 3: Wonen en zorg"],
            ["Betaalbaar wonen", "Bouwen en transformeren", "Wonen en zorg"],
        ),
        (
            "nl",
            "Omgevingsagenda",
            ["Opgave 1 – Klimaatadaptatie", "Opgave 2 – Energietransitie"],
            ["Klimaatadaptatie", "Energietransitie"],
        ),
        (
            "nl",
            "Economische agenda",
            ["Spoor 1. Innovatie", "Spoor 2. Arbeidsmarkt", "Spoor 3. Binnenstad"],
            ["Innovatie", "Arbeidsmarkt", "Binnenstad"],
        ),
        (
            "nl",
            "Sportnota",
            ["Hoofddoel 1: Iedereen beweegt", "Hoofddoel 2: Sterke verenigingen"],
            ["Iedereen beweegt", "Sterke verenigingen"],
        ),
        (
            "nl",
            "Duurzaamheidsagenda",
            ["Strategisch doel 1 Een klimaatneutrale stad", "Strategisch doel 2 Een groene stad"],
            ["Een klimaatneutrale stad", "Een groene stad"],
        ),
    ],
)
def test_numbered_headings_after_a_structure_word_are_the_themes(labels, language, title, headings, expected):
    assert labels(strategy(title, headings, language), language) == expected


@pytest.mark.parametrize(
    ("language", "headings", "expected"),
    [
        ("da", ["Opgave 1: Flere boliger", "Opgave 2: Bedre veje"], ["Flere boliger", "Bedre veje"]),
        ("da", ["Prioritering 1 – Skolerne", "Prioritering 2 – Ældreplejen"], ["Skolerne", "Ældreplejen"]),
        ("nb", ["Oppgave 1: Flere boliger", "Oppgave 2: Bedre veier"], ["Flere boliger", "Bedre veier"]),
        ("nn", ["Oppgåve 1: Fleire bustader", "Oppgåve 2: Betre vegar"], ["Fleire bustader", "Betre vegar"]),
        ("nl", ["Opgave 1: Meer woningen", "Opgave 2: Betere wegen"], ["Meer woningen", "Betere wegen"]),
    ],
)
def test_numbered_task_and_priority_headings_are_the_themes(labels, language, headings, expected):
    assert labels(strategy("Strategi 2030", headings, language), language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Politikken har tre hovedmål:\n\n- Lighed i sundhed\n- Mental trivsel\n- Et aktivt liv",
            ["Lighed i sundhed", "Mental trivsel", "Et aktivt liv"],
        ),
        ("da", "Hovedmål\n\n- Lighed i sundhed\n- Mental trivsel", ["Lighed i sundhed", "Mental trivsel"]),
        (
            "da",
            "Hovedmålene i strategien er:\n\n1. Flere i job\n2. Flere i uddannelse",
            ["Flere i job", "Flere i uddannelse"],
        ),
        ("da", "Strategiens hovedmål:\n\n• Grøn by\n• Sund by\n• Levende by", ["Grøn by", "Sund by", "Levende by"]),
        (
            "da",
            "Handleplanen har to hovedmål: færre ensomme og flere i foreninger.",
            ["færre ensomme", "flere i foreninger"],
        ),
    ],
)
def test_danish_hovedmaal_announce_the_themes_like_other_cues(labels, language, text, expected):
    assert labels(f"Sundhedspolitik\n\n{text}", language) == expected


@pytest.mark.parametrize(
    ("language", "title", "headings", "expected"),
    [
        (
            "nl",
            "Coalitieakkoord 2022-2026",
            [
                "Hoofdstuk 1: Inleiding",
                "Hoofdstuk 2: Wonen",
                "Hoofdstuk 3: Economie",
                "Hoofdstuk 4: Zorg",
                "Hoofdstuk 5: Financiën",
            ],
            ["Wonen", "Economie", "Zorg"],
        ),
        (
            "nl",
            "Bestuursakkoord 2025-2030",
            ["Programma 1 Veiligheid", "Programma 2 Wonen", "Programma 3 Mobiliteit"],
            ["Veiligheid", "Wonen", "Mobiliteit"],
        ),
        (
            "nl",
            "Collegeprogramma\nGemeente Testdorp",
            ["Hoofdstuk 1 – Samen leven", "Hoofdstuk 2 – Duurzaam Testdorp", "Hoofdstuk 3 – Bijlagen"],
            ["Samen leven", "Duurzaam Testdorp"],
        ),
        (
            "da",
            "Strategi for grøn omstilling",
            ["Kapitel 1: Indledning", "Kapitel 2: Energi", "Kapitel 3: Transport"],
            ["Energi", "Transport"],
        ),
        (
            "nb",
            "Strategi for næringsutvikling",
            ["Kapittel 1 Innledning", "Kapittel 2 Reiseliv", "Kapittel 3 Industri", "Kapittel 4 Økonomi"],
            ["Reiseliv", "Industri"],
        ),
        (
            "nn",
            "Kommuneplanen sin samfunnsdel",
            ["Kapittel 1: Innleiing", "Kapittel 2: Oppvekst", "Kapittel 3: Helse", "Kapittel 4: Vedlegg"],
            ["Oppvekst", "Helse"],
        ),
    ],
)
def test_chapters_of_a_strategy_are_its_themes_without_its_own_parts(labels, language, title, headings, expected):
    assert labels(strategy(title, headings, language), language) == expected


@pytest.mark.parametrize(
    ("language", "title", "headings"),
    [
        ("nl", "Jaarverslag 2023", ["Hoofdstuk 1: Inleiding", "Hoofdstuk 2: Resultaten", "Hoofdstuk 3: Jaarrekening"]),
        ("da", "Referat fra mødet", ["Kapitel 1: Åbning", "Kapitel 2: Orientering"]),
        ("nb", "Årsrapport 2024", ["Kapittel 1 Innledning", "Kapittel 2 Regnskap"]),
        ("nn", "Årsmelding 2024", ["Kapittel 1: Innleiing", "Kapittel 2: Rekneskap"]),
        ("nl", "Evaluatierapport", ["Hoofdstuk 1 Aanleiding", "Hoofdstuk 2 Bevindingen", "Hoofdstuk 3 Conclusies"]),
    ],
)
def test_chapters_of_a_report_are_no_themes(labels, language, title, headings):
    assert labels(strategy(title, headings, language), language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # goals written as sentences, not headings
        ("da", "Klimaplan\n\nMål 1: Vi vil reducere udledningen med 70 pct.\n\nMål 2: Vi vil plante 5.000 træer."),
        (
            "nb",
            "Klimaplan\n\nMål 1: Utslippene skal ned med 60 prosent.\n\nMål 2: Alle bygg skal bruke fornybar energi.",
        ),
        ("nn", "Klimaplan\n\nMål 1: Utsleppa skal ned med 60 prosent.\n\nMål 2: Alle bygg skal nytte fornybar energi."),
        ("nl", "Klimaatplan\n\nDoel 1: We halveren de uitstoot in 2030.\n\nDoel 2: Alle daken krijgen zonnepanelen."),
        # the same goal numbers under each unnumbered theme: sub-goals, not themes
        (
            "da",
            "Sundhedspolitik\n\nTrivsel\n{b}\n\nMål 1: Færre ensomme\n{b}\n\nMål 2: Flere i foreninger\n{b}\n\n"
            "Bevægelse\n{b}\n\nMål 1: Flere cyklister\n{b}\n\nMål 2: Flere idrætshaller\n{b}",
        ),
        (
            "nl",
            "Sportnota\n\nJeugd\n{b}\n\nDoel 1: Elk kind kan zwemmen\n{b}\n\nDoel 2: Meer jeugdleden\n{b}\n\n"
            "Senioren\n{b}\n\nDoel 1: Meer beweegaanbod\n{b}\n\nDoel 2: Minder valincidenten\n{b}",
        ),
        (
            "nb",
            "Helseplan\n\nBarn\n{b}\n\nMål 1: Færre ensomme barn\n{b}\n\nMål 2: Flere i idrett\n{b}\n\n"
            "Eldre\n{b}\n\nMål 1: Flere aktive eldre\n{b}\n\nMål 2: Trygge hjem\n{b}",
        ),
        (
            "nn",
            "Helseplan\n\nBorn\n{b}\n\nMål 1: Færre einsame born\n{b}\n\nMål 2: Fleire i idrett\n{b}\n\n"
            "Eldre\n{b}\n\nMål 1: Fleire aktive eldre\n{b}\n\nMål 2: Trygge heimar\n{b}",
        ),
        # sub-goals numbered with decimals
        ("da", "Strategi\n\nMål 1.1 Færre ensomme\n{b}\n\nMål 1.2 Flere i foreninger\n{b}"),
    ],
)
def test_numbered_goals_and_sub_goals_are_no_themes(labels, language, text):
    assert labels(text.format(b=BODY[language]), language) == []


@pytest.mark.parametrize(
    ("language", "contents", "headings", "expected"),
    [
        ("da", "Indhold", ["Mål 1: Grøn energi", "Mål 2: Grøn transport"], ["Grøn energi", "Grøn transport"]),
        ("nb", "Innhold", ["Visjonsmål 1: Attraktiv by", "Visjonsmål 2: Grønn by"], ["Attraktiv by", "Grønn by"]),
        ("nn", "Innhald", ["Mål 1: Gode bustader", "Mål 2: Gode tenester"], ["Gode bustader", "Gode tenester"]),
        ("nl", "Inhoud", ["Actielijn 1: Wonen", "Actielijn 2: Werken"], ["Wonen", "Werken"]),
        (
            "nl",
            "Inhoudsopgave",
            ["Opgave 1 Energie", "Opgave 2 Water", "Opgave 3 Natuur"],
            ["Energie", "Water", "Natuur"],
        ),
    ],
)
def test_a_table_of_contents_repeating_the_headings_adds_no_labels(labels, language, contents, headings, expected):
    toc = "\n".join(f"{heading} {page}" for page, heading in enumerate(headings, start=3))
    text = f"Strategi\n\n{contents}\n{toc}\n\n" + "\n\n".join(f"{h}\n{BODY[language]}" for h in headings)
    assert labels(text, language) == expected
