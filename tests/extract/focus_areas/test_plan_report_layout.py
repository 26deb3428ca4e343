"""A status or progress report of a plan laid out by the plan's themes without a sentence saying so:
theme headings (in capitals, title case, or "Tema 2: Energi") each over its own action rows, table or
status text. The headings are the themes; the action rows are not. A report laid out by places or by
groups of projects or work packages gives no rows, nor does one whose title names no plan."""

from __future__ import annotations

import pytest

REPORTS = {
    "da": {
        "titles": ["Klimaplan 2030\nStatusrapport 2025", "Status på klimahandleplanen 2024"],
        "intro": "Indledning\nKommunalbestyrelsen vedtog planen i 2022. Her er status ved udgangen af året.",
        "themes": ["Transport", "Bygninger og energi", "Landbrug og natur"],
        "rows": ["Elbusser på bylinjerne – gennemført", "Nye cykelstier til skolerne – i gang"],
        "table": "Handling | Status\nSolceller på rådhuset | Gennemført\nFjernvarme i Nørreby | I gang",
        "text": "Udledningen faldt med 4 procent, og to af tre handlinger er i gang.",
        "numbered": "Tema {n}: {theme}",
        "item": "Handling",
        "subheading": "Handlinger",
        "package": "Arbejdspakke",
        "packages": ["Kommunikation", "Tilskud", "Monitorering"],
        "annual": "Årsrapport 2024",
        "budgets": ["Økonomiplan 2025-2028\nBudgetopfølgning 2. kvartal", "Budget 2025\nStatus for anlægsplanen"],
        "places": ["Nørreby", "Sønderby", "Havnen"],
        "groups": ["Afsluttede projekter", "Igangværende projekter", "Projekter der ikke er startet"],
        "closing": "Økonomi\nDer er brugt 12 mio. kr. i 2025.",
        "no_plan": "Statusrapport for anlæg 2025",
    },
    "nb": {
        "titles": ["Klima- og energiplan 2021–2030\nRapportering 2024", "Statusrapport for klimaplanen 2024"],
        "intro": "Innledning\nKommunestyret vedtok planen i 2021. Her er status ved utgangen av året.",
        "themes": ["Transport", "Bygg og energi", "Avfall og forbruk"],
        "rows": ["Ladepunkter ved rådhuset – gjennomført", "Elbusser i sentrum – pågår"],
        "table": "Tiltak | Status\nSolceller på skolene | Pågår\nEnergioppfølging i kommunale bygg | Gjennomført",
        "text": "Utslippene gikk ned med 4 prosent, og to av tre tiltak er i gang.",
        "numbered": "Tema {n}: {theme}",
        "item": "Tiltak",
        "subheading": "Tiltak i 2024",
        "package": "Arbeidspakke",
        "packages": ["Kommunikasjon", "Tilskudd", "Overvåking"],
        "annual": "Årsmelding 2024",
        "budgets": ["Handlings- og økonomiplan 2025–2028\nTertialrapport 1", "Budsjett 2025\nStatus for planen"],
        "places": ["Sentrum", "Nordbyen", "Havna"],
        "groups": ["Avsluttede prosjekter", "Prosjekter som pågår", "Prosjekter som ikke er startet"],
        "closing": "Økonomi\nDet er brukt 12 millioner kroner i 2024.",
        "no_plan": "Statusrapport for bygg 2024",
    },
    "nn": {
        "titles": ["Klimaplan for kommunen 2022–2030\nRapportering 2024", "Statusrapport for klimaplanen 2024"],
        "intro": "Innleiing\nKommunestyret vedtok planen i 2022. Her er status ved utgangen av året.",
        "themes": ["Transport", "Energi og bygg", "Landbruk og natur"],
        "rows": ["Ladestasjonar ved kommunehuset – gjennomført", "Meir gang- og sykkelveg – i gang"],
        "table": "Tiltak | Status\nSolceller på skulen | I gang\nKlimarådgjeving for bønder | Ikkje starta",
        "text": "Utsleppa gjekk ned med 4 prosent, og to av tre tiltak er i gang.",
        "numbered": "Tema {n}: {theme}",
        "item": "Tiltak",
        "subheading": "Tiltak i 2024",
        "package": "Arbeidspakke",
        "packages": ["Kommunikasjon", "Tilskot", "Overvaking"],
        "annual": "Årsmelding 2024",
        "budgets": ["Økonomiplan 2025–2028\nRapportering for 1. tertial", "Budsjett 2025\nStatus for planen"],
        "places": ["Sentrum", "Nordbygda", "Hamna"],
        "groups": ["Avslutta prosjekt", "Prosjekt som er i gang", "Prosjekt som ikkje er starta"],
        "closing": "Økonomi\nDet er brukt 12 millionar kroner i 2024.",
        "no_plan": "Statusrapport for bygg 2024",
    },
    "nl": {
        "titles": ["Voortgangsrapportage Klimaatplan 2024", "Klimaatplan 2022-2030\nStand van zaken 2024"],
        "intro": "Inleiding\nDe raad stelde het plan in 2022 vast. Hier staat hoe het ervoor staat.",
        "themes": ["Mobiliteit", "Gebouwde omgeving", "Energieopwekking"],
        "rows": ["Laadpalen in de wijken – gereed", "Fietsroute naar het station – loopt"],
        "table": "Actie | Status\nZonnepanelen op scholen | Loopt\nIsolatie gemeentehuis | Vertraagd",
        "text": "De uitstoot daalde met 4 procent; twee van de drie acties lopen.",
        "numbered": "Thema {n}: {theme}",
        "item": "Actie",
        "subheading": "Acties",
        "package": "Werkpakket",
        "packages": ["Communicatie", "Subsidies", "Monitoring"],
        "annual": "Jaarverslag 2024",
        "budgets": ["Voorjaarsnota 2025\nVoortgang programmaplan", "Programmabegroting 2025\nStand van zaken"],
        "places": ["Stationsplein", "Marktstraat", "Havenkwartier"],
        "groups": ["Afgeronde projecten", "Lopende projecten", "Nog niet gestarte projecten"],
        "closing": "Financiën\nEr is 3 miljoen euro uitgegeven.",
        "no_plan": "Voortgangsrapportage bouwprojecten 2024",
    },
}

LANGUAGES = list(REPORTS)


def body(language: str, shape: str) -> str:
    """What stands under each heading: action rows, a bulleted list, a table or a status paragraph."""
    doc = REPORTS[language]
    return {
        "rows": "\n".join(doc["rows"]),
        "colon_rows": "\n".join(row.replace(" – ", ": ") for row in doc["rows"]),
        "subheaded": "\n".join([doc["subheading"], *(f"- {row}" for row in doc["rows"])]),
        "bullets": "\n".join(f"- {row}" for row in doc["rows"]),
        "table": doc["table"],
        "text": doc["text"],
    }[shape]


def numbered_items(language: str, theme: int) -> str:
    """The theme's actions numbered under it ("Handling 2.1 Elbusser ..."), each over its status text."""
    doc = REPORTS[language]
    return "\n".join(f"{doc['item']} {theme}.{k} {row}\n{doc['text']}" for k, row in enumerate(doc["rows"], start=1))


def report(
    language: str, headings: list[str], shape: str, title: int = 0, closing: bool = True, intro: bool = True
) -> str:
    doc = REPORTS[language]
    sections = [
        f"{heading}\n{numbered_items(language, n) if shape == 'items' else body(language, shape)}"
        for n, heading in enumerate(headings, start=1)
    ]
    parts = [doc["titles"][title], *([doc["intro"]] if intro else []), *sections]
    return "\n\n".join([*parts, doc["closing"]] if closing else parts)


SHAPES = ["rows", "colon_rows", "subheaded", "bullets", "table", "text", "items"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_capital_theme_headings_over_their_rows_are_the_themes(labels, language, shape):
    themes = [theme.upper() for theme in REPORTS[language]["themes"]]
    assert labels(report(language, themes, shape), language) == themes


@pytest.mark.parametrize("shape", ["rows", "colon_rows", "subheaded", "bullets", "table", "text", "items"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_title_case_theme_headings_over_their_rows_text_table_or_items_are_the_themes(labels, language, shape):
    themes = REPORTS[language]["themes"]
    assert labels(report(language, themes, shape, title=1), language) == themes


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_numbered_theme_headings_in_a_report_are_the_themes(labels, language, shape):
    doc = REPORTS[language]
    headings = [doc["numbered"].format(n=n, theme=theme) for n, theme in enumerate(doc["themes"], start=1)]
    assert labels(report(language, headings, shape, closing=False), language) == doc["themes"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_action_rows_under_a_theme_are_not_themes(labels, language):
    found = labels(report(language, [t.upper() for t in REPORTS[language]["themes"]], "rows"), language)
    assert not set(found) & set(REPORTS[language]["rows"])


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("kind", ["places", "groups"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_laid_out_by_places_or_project_groups_gives_no_rows(labels, language, kind, shape):
    headings = REPORTS[language][kind]
    assert labels(report(language, headings, shape), language) == []
    assert labels(report(language, [h.upper() for h in headings], shape), language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_place_among_the_theme_headings_makes_the_run_no_list_of_themes(labels, language):
    doc = REPORTS[language]
    headings = [*doc["themes"][:2], doc["places"][0]]
    assert labels(report(language, headings, "text"), language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_whose_title_names_no_plan_gives_no_rows(labels, language):
    doc = REPORTS[language]
    text = report(language, [t.upper() for t in doc["themes"]], "rows").replace(doc["titles"][0], doc["no_plan"])
    assert labels(text, language) == []


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_chapter_numbered_capital_theme_headings_right_under_the_title_are_the_themes(labels, language, shape):
    themes = [theme.upper() for theme in REPORTS[language]["themes"]]
    headings = [f"{n}. {theme}" for n, theme in enumerate(themes, start=1)]
    assert labels(report(language, headings, shape, intro=False), language) == themes


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_annual_report_naming_no_plan_gives_no_rows(labels, language):
    doc = REPORTS[language]
    text = report(language, doc["themes"], "text", closing=False).replace(doc["titles"][0], doc["annual"])
    assert labels(text, language) == []


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_programmes_numbered_work_packages_are_no_themes(labels, language, shape):
    doc = REPORTS[language]
    headings = [f"{doc['package']} {n}: {name}" for n, name in enumerate(doc["packages"], start=1)]
    assert labels(report(language, headings, shape), language) == []


@pytest.mark.parametrize("title", [0, 1])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_budget_follow_up_laid_out_by_committee_areas_gives_no_rows(labels, language, title):
    doc = REPORTS[language]
    text = report(language, doc["themes"], "text", closing=False).replace(doc["titles"][0], doc["budgets"][title])
    assert labels(text, language) == []
