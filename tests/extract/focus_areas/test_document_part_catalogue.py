"""The catalogue of a document's own parts (models/focus_areas/<lang>.json `document_parts`): headings
such as the introduction, vision and main goals, cross-cutting principles, follow-up, an environment
analysis, a financial note or budget, appendices and a reading guide, with their inflections, a heading
that is the cue word itself, cross-cutting topics ("Tverrgående temaer", "Transversale thema's":
perspectives across every theme, none itself; cross-cutting initiatives are a theme) and the strategy's
own title. A table of contents mixes them with the themes; only the themes are rows."""

from __future__ import annotations

import pytest

from pipeline.extract.focus_areas.parts import is_part
from pipeline.extract.focus_areas.rules import cues

PARTS = {
    "da": [
        "Indledning",
        "Indledningen",
        "1. Indledning",
        "Forord",
        "Vision og hovedmål",
        "Visionen",
        "Vores vision",
        "Tværgående principper",
        "Tværgående temaer",
        "Sådan følger vi op",
        "Hvordan følger vi op på strategien",
        "Opfølgning og evaluering",
        "Omverdensanalyse",
        "Økonomisk note",
        "Budgettet",
        "Bilag",
        "Læsevejledning ..... 3",
        "Satsningsområder",
        "Vores indsatsområder",
        "Strategiens fire temaer",
        "Indholdsfortegnelse",
        "Afslutning",
    ],
    "nb": [
        "Innledning",
        "Innledningen",
        "2. Innledning",
        "Forord",
        "Visjon og hovedmål",
        "Visjonen",
        "Vår visjon",
        "Tverrgående prinsipper",
        "Tverrgående temaer",
        "Gjennomgående perspektiver",
        "Slik følger vi opp",
        "Hvordan følger vi opp planen",
        "Oppfølging og evaluering",
        "Omverdensanalyse",
        "Utfordringsbildet",
        "Økonomiske rammer",
        "Budsjettet",
        "Vedlegg",
        "Leseveiledning 4",
        "Satsingsområder",
        "Våre satsingsområder",
        "Planens fire innsatsområder",
    ],
    "nn": [
        "Innleiing",
        "Innleiinga",
        "1 Innleiing",
        "Føreord",
        "Visjon og hovudmål",
        "Visjonen",
        "Vår visjon",
        "Tverrgåande prinsipp",
        "Tverrgåande tema",
        "Gjennomgåande perspektiv",
        "Slik følgjer vi opp",
        "Korleis følgjer vi opp planen",
        "Oppfølging og evaluering",
        "Utfordringsbiletet",
        "Økonomiske rammer",
        "Budsjettet",
        "Vedlegga",
        "Lesarrettleiing",
        "Satsingsområde",
        "Satsingsområda",
        "Våre satsingsområde",
        "Innhaldsliste",
    ],
    "nl": [
        "Inleiding",
        "1. Inleiding",
        "Voorwoord",
        "Visie en hoofddoelen",
        "Onze visie",
        "Missie en visie",
        "Leidende principes",
        "Transversale thema's",
        "Overkoepelende uitgangspunten",
        "Hoe volgen we dit op",
        "Monitoring en evaluatie",
        "Omgevingsanalyse",
        "Financiële nota",
        "Financieel kader",
        "Budget",
        "Begroting",
        "Bijlagen",
        "Leeswijzer ..... 2",
        "Speerpunten",
        "Onze speerpunten",
        "De vier pijlers van dit beleid",
        "Inhoudsopgave",
    ],
}

# Themes that share a word with a part: the whole heading decides (a cross-cutting field of work is a theme).
THEMES = {
    "da": [
        "Økonomisk vækst og erhverv",
        "Grøn omstilling",
        "Bæredygtig økonomi",
        "Natur og biodiversitet",
        "Indsatsområde: Sundhed",
        "Opfølgning på sårbare børn",
        "Tværgående indsatser",
        "Tværgående samarbejde",
    ],
    "nb": [
        "Økonomisk vekst og næringsliv",
        "Grønn omstilling",
        "Bærekraftig økonomi",
        "Natur og biologisk mangfold",
        "Satsingsområde: Helse",
        "Oppfølging av sårbare barn",
        "Tverrgående satsinger",
        "Tverrgående samarbeid",
    ],
    "nn": [
        "Økonomisk vekst og næringsliv",
        "Grøn omstilling",
        "Berekraftig økonomi",
        "Natur og naturmangfald",
        "Satsingsområde: Helse",
        "Levande lokalsamfunn",
        "Sektorovergripande samarbeid",
    ],
    "nl": [
        "Economische groei en werk",
        "Groene omslag",
        "Duurzame economie",
        "Natuur en biodiversiteit",
        "Speerpunt: Zorg",
        "Visie op wonen in de kernen",
        "Transversale samenwerking",
    ],
}


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, hs in PARTS.items() for h in hs])
def test_a_document_part_heading_is_no_theme(language, heading):
    assert is_part(heading, cues(language))


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, hs in THEMES.items() for h in hs])
def test_a_theme_sharing_a_word_with_a_part_is_a_theme(language, heading):
    assert not is_part(heading, cues(language))


@pytest.mark.parametrize("language", list(PARTS))
def test_the_strategys_own_title_is_a_part(language):
    title = {"da": "Klimastrategi 2030", "nb": "Klimaplan 2030", "nn": "Klimaplan 2030", "nl": "Klimaatplan 2030"}
    lines = [title[language], "Grøn transport"]
    rules = cues(language)
    assert is_part(title[language], rules, frozenset({lines[0].casefold()}))
    assert not is_part(lines[1], rules, frozenset({lines[0].casefold()}))


TOC = {
    "da": (
        "Klimastrategi 2025-2030",
        "Indhold",
        ["Forord", "Indledning"],
        "Strategiens fire temaer",
        ["Grøn transport", "Bygninger og energi", "Forbrug og affald", "Natur og landbrug"],
        ["Sådan følger vi op", "Økonomi", "Bilag"],
    ),
    "nb": (
        "Klimaplan 2025–2030",
        "Innhold",
        ["Forord", "Innledning"],
        "Planens fire innsatsområder",
        ["Grønn transport", "Bygg og energi", "Forbruk og avfall", "Natur og landbruk"],
        ["Slik følger vi opp", "Økonomi", "Vedlegg"],
    ),
    "nn": (
        "Klimaplan 2025–2030",
        "Innhald",
        ["Føreord", "Innleiing"],
        "Dei fire satsingsområda",
        ["Grøn transport", "Bygg og energi", "Forbruk og avfall", "Natur og landbruk"],
        ["Slik følgjer vi opp", "Økonomi", "Vedlegg"],
    ),
    "nl": (
        "Klimaatplan 2025-2030",
        "Inhoud",
        ["Voorwoord", "Inleiding"],
        "De vier speerpunten",
        ["Mobiliteit", "Gebouwen en energie", "Consumptie en afval", "Natuur en landbouw"],
        ["Hoe volgen we dit op", "Financiën", "Bijlagen"],
    ),
}

ENTRY = {
    "leaders": lambda name, page: f"{name} ..... {page}",
    "spaces": lambda name, page: f"{name} {page}",
    "tab": lambda name, page: f"{name}\t{page}",
    "ellipsis": lambda name, page: f"{name} … {page}",
    "upper": lambda name, page: f"{name.upper()} ..... {page}",
}


def contents(language: str, shape: str, cue: bool = True) -> str:
    title, header, opening, cue_entry, themes, closing = TOC[language]
    names = [*opening, *([cue_entry] if cue else []), *themes, *closing]
    entries = [ENTRY[shape](name, page) for page, name in enumerate(names, start=2)]
    return "\n\n".join([title, "\n".join([header, *entries])])


@pytest.mark.parametrize("shape", list(ENTRY))
@pytest.mark.parametrize("language", list(TOC))
def test_a_table_of_contents_mixing_parts_and_themes_gives_the_themes_only(labels, language, shape):
    themes = TOC[language][4]
    expected = [t.upper() for t in themes] if shape == "upper" else themes
    assert labels(contents(language, shape), language) == expected


@pytest.mark.parametrize("language", list(TOC))
def test_a_table_of_contents_without_a_cue_entry_gives_no_rows(labels, language):
    assert labels(contents(language, "leaders", cue=False), language) == []


@pytest.mark.parametrize("language", list(TOC))
def test_a_table_of_contents_whose_count_disagrees_gives_no_rows(labels, language):
    text = contents(language, "leaders").replace("fire", "fem").replace("vier", "vijf")
    assert labels(text, language) == []
