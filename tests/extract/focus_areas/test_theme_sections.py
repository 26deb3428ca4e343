"""A strategy whose themes are its section headings: each heading opens a paragraph and the theme's goal
bullets; the intro announces them ("Strategien har fire temaer", "vi arbejder med fire spor"). The
document's own parts around them (introduction, vision and main goals, cross-cutting principles,
follow-up) are no themes, in whatever shape the headings are written (plain, upper case,
numbered with or without a full stop)."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_numbered_headings import BODY

DOCS = {
    "da": {
        "title": "Klimastrategi 2025-2030",
        "intro": "Indledning",
        "cues": [
            "Strategien har fire temaer, som beskrives nedenfor.",
            "I de kommende år arbejder vi med fire spor.",
            "Planen er bygget op om fire indsatsområder, der hver har sine egne mål.",
            "Byrådet har valgt fire fokusområder for perioden.",
            "Strategien samler kommunens indsats i fire strategiske spor.",
        ],
        "opening": ["Vision og hovedmål", "Tværgående principper", "Læsevejledning"],
        "themes": ["Grøn transport", "Bygninger og energi", "Forbrug og affald", "Natur og landbrug"],
        "goals": ["- Flere skal vælge cyklen", "- Udledningen skal halveres"],
        "closing": ["Sådan følger vi op", "Økonomi", "Bilag"],
    },
    "nb": {
        "title": "Klimastrategi 2025–2030",
        "intro": "Innledning",
        "cues": [
            "Strategien har fire temaer, som beskrives nedenfor.",
            "I årene som kommer jobber vi med fire spor.",
            "Planen er bygget opp rundt fire innsatsområder med egne mål.",
            "Kommunestyret har valgt fire fokusområder for perioden.",
            "Strategien samler kommunens innsats i fire satsingsområder.",
        ],
        "opening": ["Visjon og hovedmål", "Tverrgående prinsipper", "Leseveiledning"],
        "themes": ["Grønn transport", "Bygg og energi", "Forbruk og avfall", "Natur og landbruk"],
        "goals": ["- Flere skal velge sykkel", "- Utslippene skal halveres"],
        "closing": ["Slik følger vi opp", "Økonomi", "Vedlegg"],
    },
    "nn": {
        "title": "Klimastrategi 2025–2030",
        "intro": "Innleiing",
        "cues": [
            "Strategien har fire tema, som er omtala nedanfor.",
            "I åra som kjem arbeider vi med fire spor.",
            "Planen er bygd opp kring fire innsatsområde med eigne mål.",
            "Kommunestyret har valt fire fokusområde for perioden.",
            "Strategien samlar innsatsen til kommunen i fire satsingsområde.",
        ],
        "opening": ["Visjon og hovudmål", "Tverrgåande prinsipp", "Lesarrettleiing"],
        "themes": ["Grønn transport", "Bygg og energi", "Forbruk og avfall", "Natur og landbruk"],
        "goals": ["- Fleire skal velje sykkel", "- Utsleppa skal halverast"],
        "closing": ["Slik følgjer vi opp", "Økonomi", "Vedlegg"],
    },
    "nl": {
        "title": "Klimaatstrategie 2025-2030",
        "intro": "Inleiding",
        "cues": [
            "De strategie kent vier thema's, die we hieronder uitwerken.",
            "De komende jaren werken we langs vier sporen.",
            "Het plan is opgebouwd rond vier speerpunten met elk hun eigen doelen.",
            "Het beleidsplan rust op vier pijlers.",
            "Voor deze periode kiest het college vier prioriteiten.",
        ],
        "opening": ["Visie en hoofddoelen", "Leidende principes", "Leeswijzer"],
        "themes": ["Mobiliteit", "Gebouwen en energie", "Consumptie en afval", "Natuur en landbouw"],
        "goals": ["- Meer inwoners kiezen de fiets", "- De uitstoot halveert"],
        "closing": ["Hoe volgen we dit op", "Financiën", "Bijlagen"],
    },
}

SHAPES = {
    "plain": lambda n, heading: heading,
    "upper": lambda n, heading: heading.upper(),
    "numbered": lambda n, heading: f"{n}. {heading}",
    "bare number": lambda n, heading: f"{n} {heading}",
}


def document(language: str, cue: str, shape: str, opening: int = 2, closing: int = 2, blank: str = "\n\n") -> str:
    """A strategy: title, intro with the cue, `opening` parts, the themes, `closing` parts."""
    doc = DOCS[language]
    body = BODY[language]
    headings = [doc["intro"], *doc["opening"][:opening], *doc["themes"], *doc["closing"][:closing]]
    sections = []
    for n, heading in enumerate(headings, start=1):
        text = f"{cue} {body}" if n == 1 else " ".join([body] * (1 + n % 3))  # paragraphs of unequal length
        goals = "\n".join(doc["goals"]) if heading in doc["themes"] else ""
        sections.append("\n".join(filter(None, [SHAPES[shape](n, heading), text, goals])))
    return blank.join([doc["title"], *sections])


def themes(language: str, shape: str) -> list[str]:
    names = DOCS[language]["themes"]
    return [name.upper() for name in names] if shape == "upper" else names


CASES = [(lang, cue) for lang, doc in DOCS.items() for cue in doc["cues"]]


@pytest.mark.parametrize(("language", "cue"), CASES)
def test_theme_sections_after_an_intro_cue_without_the_document_parts(labels, language, cue):
    assert labels(document(language, cue, "plain"), language) == themes(language, "plain")


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("language", list(DOCS))
def test_theme_sections_in_any_heading_shape(labels, language, shape):
    cue = DOCS[language]["cues"][0]
    assert labels(document(language, cue, shape, opening=3, closing=3), language) == themes(language, shape)


@pytest.mark.parametrize("language", list(DOCS))
def test_theme_sections_without_blank_lines_between_them(labels, language):
    cue = DOCS[language]["cues"][2]
    assert labels(document(language, cue, "plain", opening=1, blank="\n"), language) == themes(language, "plain")


@pytest.mark.parametrize("language", list(DOCS))
def test_a_count_that_disagrees_with_the_theme_sections_gives_no_rows(labels, language):
    cue = DOCS[language]["cues"][0]
    five = {"da": "fem", "nb": "fem", "nn": "fem", "nl": "vijf"}[language]
    four = {"da": "fire", "nb": "fire", "nn": "fire", "nl": "vier"}[language]
    assert labels(document(language, cue.replace(four, five), "plain"), language) == []


# A strategy or plan named only by its title: no cue word, the themes are the headings between its parts.
TITLES = {
    "da": [
        "Klimastrategi 2025-2030",
        "Handleplan for grøn omstilling",
        "Sundhedspolitik 2024–2028",
        "Erhvervsstrategi",
        "KLIMAPLAN 2030",
    ],
    "nb": [
        "Klimastrategi 2025–2030",
        "Handlingsplan for grønn omstilling",
        "Folkehelseplan 2024–2028",
        "Næringsstrategi",
        "KLIMAPLAN 2030",
    ],
    "nn": [
        "Klimastrategi 2025–2030",
        "Handlingsplan for grøn omstilling",
        "Folkehelseplan 2024–2028",
        "Næringsstrategi",
        "KLIMAPLAN 2030",
    ],
    "nl": [
        "Klimaatstrategie 2025-2030",
        "Uitvoeringsplan groene omslag",
        "Gezondheidsbeleid 2024-2028",
        "Economische visie",
        "KLIMAATPLAN 2030",
    ],
}
NO_STRATEGY = {
    "da": ["Nyhedsbrev marts 2025", "Om kommunen", "Årsberetning 2024"],
    "nb": ["Nyhetsbrev mars 2025", "Om kommunen", "Årsmelding 2024"],
    "nn": ["Nyheitsbrev mars 2025", "Om kommunen", "Årsmelding 2024"],
    "nl": ["Nieuwsbrief maart 2025", "Over de gemeente", "Jaarverslag 2024"],
}


def titled(language: str, title: str, opening: int = 1, closing: int = 1) -> str:
    """The strategy of `document` without a cue sentence, under `title`."""
    text = document(language, "", "plain", opening=opening, closing=closing)
    return text.replace(DOCS[language]["title"], title, 1)


@pytest.mark.parametrize(("language", "title"), [(lang, t) for lang, ts in TITLES.items() for t in ts])
def test_a_strategy_named_by_its_title_has_its_sections_between_the_parts_as_themes(labels, language, title):
    assert labels(titled(language, title), language) == DOCS[language]["themes"]


@pytest.mark.parametrize(("language", "title"), [(lang, t) for lang, ts in NO_STRATEGY.items() for t in ts])
def test_sections_under_a_title_that_names_no_strategy_are_not_themes(labels, language, title):
    assert labels(titled(language, title), language) == []


@pytest.mark.parametrize("language", list(DOCS))
def test_a_titled_strategys_sections_without_a_follow_up_part_are_not_themes(labels, language):
    assert labels(titled(language, TITLES[language][0], closing=0), language) == []
