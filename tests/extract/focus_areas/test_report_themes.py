"""A climate or progress report organised by the plan's themes: sector headings (upper case or title case)
each over its status text. They are the report's themes only when the report says it follows the plan's
themes ("Rapporteringen følger planens innsatsområder", "status pr. indsatsområde", "per thema") or
when each heading names a policy field (test_plan_report_layout.py). The projects reported under a theme
are not themes, and a report laid out by places gives no rows, a budget per theme notwithstanding."""

from __future__ import annotations

import pytest

REPORTS = {
    "da": {
        "title": "Klimaregnskab og status 2024\nKlimahandleplan 2022-2030",
        "intro": "Indledning",
        "lead": "Rapporten viser, hvor langt kommunen er nået med klimaarbejdet i 2024.",
        "cues": [
            "Rapporteringen følger planens indsatsområder.",
            "Status pr. indsatsområde fremgår af afsnittene nedenfor.",
            "Rapporten er bygget op efter handleplanens temaer.",
            "Vi gør status for hvert af klimaplanens fokusområder.",
            "Afsnittene nedenfor følger strategiens indsatsområder.",
        ],
        "themes": ["Transport", "Bygninger og energi", "Forbrug og affald"],
        "status": "Udledningen faldt med 4 procent i forhold til 2023, og arbejdet fortsætter efter planen i 2025.",
        "projects": ["Cykelsti langs fjorden", "Status: Gennemført i juni 2024."],
        "closing": "Økonomi",
    },
    "nb": {
        "title": "Klimaregnskap og statusrapport 2024\nKlima- og miljøplan 2022–2030",
        "intro": "Innledning",
        "lead": "Rapporten viser hvor langt kommunen har kommet med klimaarbeidet i 2024.",
        "cues": [
            "Rapporteringen følger planens innsatsområder.",
            "Status per innsatsområde er beskrevet nedenfor.",
            "Rapporten er bygget opp etter planens temaer.",
            "Vi gjør opp status for hvert av planens satsingsområder.",
            "Kapitlene nedenfor følger strategiens fokusområder.",
        ],
        "themes": ["Transport", "Bygg og energi", "Forbruk og avfall"],
        "status": "Utslippene gikk ned med 4 prosent fra 2023, og arbeidet fortsetter etter planen i 2025.",
        "projects": ["Sykkelvei langs fjorden", "Status: Ferdigstilt i juni 2024."],
        "closing": "Økonomi",
    },
    "nn": {
        "title": "Klimarekneskap og statusrapport 2024\nKlima- og miljøplan 2022–2030",
        "intro": "Innleiing",
        "lead": "Rapporten viser kor langt kommunen har kome med klimaarbeidet i 2024.",
        "cues": [
            "Rapporteringa følgjer innsatsområda i planen.",
            "Status per innsatsområde er skildra nedanfor.",
            "Rapporten er bygd opp etter tema i planen.",
            "Vi gjer opp status for kvart av satsingsområda i planen.",
            "Kapitla nedanfor følgjer fokusområda i strategien.",
        ],
        "themes": ["Transport", "Bygg og energi", "Forbruk og avfall"],
        "status": "Utsleppa gjekk ned med 4 prosent frå 2023, og arbeidet held fram etter planen i 2025.",
        "projects": ["Sykkelveg langs fjorden", "Status: Ferdig i juni 2024."],
        "closing": "Økonomi",
    },
    "nl": {
        "title": "Voortgangsrapportage 2024\nKlimaatplan 2022-2030",
        "intro": "Inleiding",
        "lead": "Deze rapportage laat zien hoe ver de gemeente in 2024 gekomen is met het klimaatbeleid.",
        "cues": [
            "De rapportage volgt de thema's van het klimaatplan.",
            "Hieronder geven we de stand van zaken per speerpunt.",
            "Dit verslag is opgebouwd volgens de pijlers van het beleidsplan.",
            "Per thema beschrijven we de voortgang.",
            "De hoofdstukken volgen de prioriteiten uit de strategie.",
        ],
        "themes": ["Mobiliteit", "Gebouwen en energie", "Consumptie en afval"],
        "status": "De uitstoot daalde met 4 procent ten opzichte van 2023; het werk loopt in 2025 door.",
        "projects": ["Fietspad langs de rivier", "Status: Afgerond in juni 2024."],
        "closing": "Financiën",
    },
}


PLACES = {
    "da": ["Nørreby", "Sønderby"],
    "nb": ["Sentrum", "Nordbyen"],
    "nn": ["Sentrum", "Nordbygda"],
    "nl": ["Noord", "Zuid"],
}


def report(language: str, cue: str, upper: bool = False, projects: bool = False, places: bool = False) -> str:
    doc = REPORTS[language]
    sections = [f"{doc['intro']}\n{doc['lead']} {cue}".rstrip()]
    for theme in PLACES[language] if places else doc["themes"]:
        body = [theme.upper() if upper else theme, doc["status"]]
        if projects:
            body += ["", *doc["projects"]]
        sections.append("\n".join(body))
    sections.append(f"{doc['closing']}\n{doc['status']}")
    return "\n\n".join([doc["title"], *sections])


CASES = [(lang, cue) for lang, doc in REPORTS.items() for cue in doc["cues"]]


@pytest.mark.parametrize("upper", [False, True])
@pytest.mark.parametrize(("language", "cue"), CASES)
def test_a_report_that_follows_the_plans_themes_has_its_sector_headings_as_themes(labels, language, cue, upper):
    themes = REPORTS[language]["themes"]
    assert labels(report(language, cue, upper=upper), language) == [t.upper() if upper else t for t in themes]


@pytest.mark.parametrize(("language", "cue"), CASES)
def test_the_projects_reported_under_a_theme_are_not_themes(labels, language, cue):
    assert labels(report(language, cue, projects=True), language) == REPORTS[language]["themes"]


@pytest.mark.parametrize("language", list(REPORTS))
def test_a_report_laid_out_by_policy_fields_needs_no_sentence_naming_the_themes(labels, language):
    assert labels(report(language, ""), language) == REPORTS[language]["themes"]


@pytest.mark.parametrize("language", list(REPORTS))
def test_a_report_laid_out_by_places_that_names_no_plan_themes_gives_no_rows(labels, language):
    assert labels(report(language, "", places=True), language) == []


NOT_ARRANGED = {
    "da": "Budgettet pr. indsatsområde fremgår af bilag 2.",
    "nb": "Budsjettet per innsatsområde står i vedlegg 2.",
    "nn": "Budsjettet per innsatsområde står i vedlegg 2.",
    "nl": "Het budget per thema staat in bijlage 2.",
}


@pytest.mark.parametrize("language", list(REPORTS))
def test_a_budget_per_theme_does_not_make_place_sections_themes(labels, language):
    assert labels(report(language, NOT_ARRANGED[language], places=True), language) == []
