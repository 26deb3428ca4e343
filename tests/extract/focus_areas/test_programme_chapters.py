"""A programme built from its themes (coalition agreement, college programme, political platform) names
them as its numbered chapters even without a cue word; its own parts ("Inleiding", "Financiën") are
left out, and numbered chapters of other documents are no themes. Also: a cue heading with an intro
paragraph, then its themes as numbered headings with text between them."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_numbered_headings import BODY


def chapters(title: str, headings: list[str], language: str) -> str:
    body = BODY[language]
    return "\n\n".join([title, body] + [f"{heading}\n{body}" for heading in headings])


@pytest.mark.parametrize(
    ("language", "title", "headings", "expected"),
    [
        ("nl", "Coalitieakkoord 2022-2026", ["1. Wonen", "2. Economie", "3. Zorg"], ["Wonen", "Economie", "Zorg"]),
        (
            "nl",
            "Collegeprogramma 2022-2026\nGemeente Testdorp",
            ["1. Inleiding", "2. Samen leven", "3. Werken en ondernemen", "4. Duurzaam wonen", "5. Financiën"],
            ["Samen leven", "Werken en ondernemen", "Duurzaam wonen"],
        ),
        (
            "nl",
            "Bestuursakkoord 2025-2030",
            ["1 Veilige buurten", "2 Betaalbaar wonen", "3 Een bereikbare stad", "4 Slotwoord"],
            ["Veilige buurten", "Betaalbaar wonen", "Een bereikbare stad"],
        ),
        (
            "nl",
            "Raadsakkoord 'Samen verder'",
            ["1. Voorwoord", "2. Sociaal domein", "3. Ruimte", "4. Economie", "5. Bestuur"],
            ["Sociaal domein", "Ruimte", "Economie", "Bestuur"],
        ),
        (
            "nl",
            "Coalitieakkoord\nGemeente Testdorp 2026-2030",
            ["1. Onderwijs", "2. Sport en cultuur", "3. Mobiliteit", "4. Bijlagen"],
            ["Onderwijs", "Sport en cultuur", "Mobiliteit"],
        ),
        (
            "da",
            "Konstitueringsaftale 2026-2029",
            ["1. Børn og unge", "2. Klima og natur", "3. Erhverv", "4. Økonomi"],
            ["Børn og unge", "Klima og natur", "Erhverv"],
        ),
        (
            "da",
            "Politisk platform for byrådet",
            ["1. Indledning", "2. Velfærd", "3. Grøn omstilling", "4. Kultur og fritid"],
            ["Velfærd", "Grøn omstilling", "Kultur og fritid"],
        ),
        (
            "nb",
            "Politisk plattform 2023-2027",
            ["1. Oppvekst", "2. Helse og omsorg", "3. Næring og samferdsel"],
            ["Oppvekst", "Helse og omsorg", "Næring og samferdsel"],
        ),
        (
            "nb",
            "Samarbeidsavtale mellom partiene",
            ["1. Innledning", "2. Skole", "3. Eldreomsorg", "4. Klima", "5. Økonomi"],
            ["Skole", "Eldreomsorg", "Klima"],
        ),
        (
            "nn",
            "Politisk plattform for heradsstyret",
            ["1. Oppvekst", "2. Helse", "3. Samferdsel"],
            ["Oppvekst", "Helse", "Samferdsel"],
        ),
        (
            "nn",
            "Samarbeidsavtale 2023-2027",
            ["1. Innleiing", "2. Skule og barnehage", "3. Eldreomsorg", "4. Næring"],
            ["Skule og barnehage", "Eldreomsorg", "Næring"],
        ),
    ],
)
def test_a_programmes_numbered_chapters_are_its_themes(labels, language, title, headings, expected):
    assert labels(chapters(title, headings, language), language) == expected


@pytest.mark.parametrize(
    ("language", "title", "headings"),
    [
        ("nl", "Jaarverslag 2024", ["1. Inleiding", "2. Wonen", "3. Zorg", "4. Financiën"]),
        ("nl", "Coalitieakkoord 2022-2026", ["1. Inleiding", "2. Wonen", "3. Financiën"]),  # one theme is no list
        ("da", "Referat af byrådsmødet", ["1. Godkendelse af dagsorden", "2. Budget", "3. Eventuelt"]),
        ("nb", "Årsmelding 2024", ["1. Innledning", "2. Skole", "3. Helse", "4. Økonomi"]),
        ("nn", "Protokoll frå heradsstyret", ["1. Godkjenning av innkalling", "2. Budsjett", "3. Eventuelt"]),
    ],
)
def test_numbered_chapters_of_other_documents_are_no_themes(labels, language, title, headings):
    assert labels(chapters(title, headings, language), language) == []


@pytest.mark.parametrize(
    ("language", "heading", "items", "expected"),
    [
        (
            "nl",
            "De vier speerpunten",
            ["1. Wonen", "2. Werken", "3. Zorg", "4. Klimaat"],
            ["Wonen", "Werken", "Zorg", "Klimaat"],
        ),
        ("nl", "Onze opgaven", ["1. Energietransitie", "2. Woningbouw"], ["Energietransitie", "Woningbouw"]),
        ("da", "Tre indsatsområder", ["1. Sundhed", "2. Læring", "3. Trivsel"], ["Sundhed", "Læring", "Trivsel"]),
        ("da", "Fokusområder", ["1. Grøn omstilling", "2. Levende bymidter"], ["Grøn omstilling", "Levende bymidter"]),
        (
            "nb",
            "Fire satsingsområder",
            ["1. Oppvekst", "2. Helse", "3. Næring", "4. Klima"],
            ["Oppvekst", "Helse", "Næring", "Klima"],
        ),
        ("nb", "Innsatsområdene", ["1. Digitalisering", "2. Kompetanse"], ["Digitalisering", "Kompetanse"]),
        ("nn", "Tre satsingsområde", ["1. Bustad", "2. Samferdsel", "3. Næring"], ["Bustad", "Samferdsel", "Næring"]),
        ("nn", "Innsatsområda", ["1. Oppvekst", "2. Folkehelse"], ["Oppvekst", "Folkehelse"]),
    ],
)
def test_numbered_themes_after_a_cue_heading_and_its_intro(labels, language, heading, items, expected):
    body = BODY[language]
    text = f"Strategi\n\n{heading}\n{body}\n\n" + "\n\n".join(f"{item}\n{body}" for item in items)
    assert labels(text, language) == expected


@pytest.mark.parametrize(
    ("language", "title", "headings", "expected"),
    [
        (
            "nl",
            "Coalitieakkoord 2022-2026",
            ["Inleiding", "Wonen", "Economie", "Zorg", "Financiën"],
            ["Wonen", "Economie", "Zorg"],
        ),
        (
            "nl",
            "Collegeprogramma 2026-2030\n'Samen verder'",
            ["Voorwoord", "Veilig", "Groen", "Sociaal", "Tot slot"],
            ["Veilig", "Groen", "Sociaal"],
        ),
        (
            "nl",
            "Bestuursakkoord 2025-2030",
            ["Onderwijs", "Sport", "Cultuur", "Financieel kader", "Bestuur"],
            ["Onderwijs", "Sport", "Cultuur"],
        ),
        (
            "da",
            "Konstitueringsaftale",
            ["Indledning", "Børn og unge", "Ældre", "Klima", "Økonomi"],
            ["Børn og unge", "Ældre", "Klima"],
        ),
        (
            "nb",
            "Politisk plattform 2023-2027",
            ["Innledning", "Skole", "Helse", "Samferdsel"],
            ["Skole", "Helse", "Samferdsel"],
        ),
        (
            "nn",
            "Samarbeidsavtale 2023-2027",
            ["Innleiing", "Skule", "Helse", "Samferdsel", "Økonomi"],
            ["Skule", "Helse", "Samferdsel"],
        ),
    ],
)
def test_a_programmes_unnumbered_chapters_between_its_own_parts_are_its_themes(
    labels, language, title, headings, expected
):
    assert labels(chapters(title, headings, language), language) == expected


@pytest.mark.parametrize(
    ("language", "title", "headings"),
    [
        ("nl", "Nieuwsbrief van het college", ["Wonen", "Economie", "Zorg"]),
        ("nl", "Coalitieakkoord 2022-2026", ["Inleiding", "Wonen", "Financiën", "Economie", "Zorg"]),
        ("da", "Nyhedsbrev fra byrådet", ["Børn", "Ældre", "Klima"]),
        ("nb", "Referat fra formannskapet", ["Skole", "Helse", "Samferdsel"]),
        ("nn", "Nyheiter frå kommunen", ["Skule", "Helse", "Samferdsel"]),
    ],
)
def test_unnumbered_sections_of_other_documents_or_split_by_own_parts_are_no_themes(labels, language, title, headings):
    assert labels(chapters(title, headings, language), language) == []
