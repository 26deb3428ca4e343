"""Annual and progress reports whose projects are section headings with the status only in a later
sentence of the section ("De uitvoering is in september gestart ..."), and status lists whose items
name the project before a colon ("Klimatilpasning: i gang"); report sections without a status are not
actions."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions


def _rows(text: str, language: str) -> list[tuple[str, str]]:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    return [(r.title, r.status) for r in actions.extract(doc)]


def _report(title: str, *sections: tuple[str, str, str]) -> str:
    return "\n\n".join([title, *(f"{head}\n\n{context}\n\n{status}" for head, context, status in sections)])


REPORTS = [
    (
        "nl",
        _report(
            "Jaarverslag 2023 – Programma Ruimte",
            (
                "Herinrichting Marktplein",
                "Het ontwerp is samen met ondernemers en bewoners uitgewerkt.",
                "De uitvoering is in september gestart en loopt volgens planning.",
            ),
            (
                "Nieuw sportpark Zuid",
                "Het bestemmingsplan is onherroepelijk geworden na een lange procedure.",
                "Door bezwaren is de start van de bouw uitgesteld tot 2025.",
            ),
        ),
        [("Herinrichting Marktplein", "in_progress"), ("Nieuw sportpark Zuid", "paused")],
    ),
    (
        "nl",
        _report(
            "Jaarstukken 2022 – Sociaal domein",
            (
                "Jongerenwerk in de wijken",
                "Samen met de welzijnsorganisatie is een nieuw plan gemaakt.",
                "Het plan is in juni afgerond en wordt nu uitgevoerd door de jongerenwerkers.",
            ),
        ),
        [("Jongerenwerk in de wijken", "in_progress")],
    ),
    (
        "da",
        _report(
            "Årsberetning 2023 – Teknik og Miljø",
            (
                "Cykelsti til Vestby",
                "Projektet er projekteret, men der mangler finansiering i budgettet.",
                "Projektet er derfor sat i bero.",
            ),
            (
                "Ny busterminal",
                "Der har været dialog med trafikselskabet gennem hele året.",
                "Terminalen blev taget i brug i oktober.",
            ),
        ),
        [("Cykelsti til Vestby", "paused"), ("Ny busterminal", "completed")],
    ),
    (
        "da",
        _report(
            "Årsrapport for klimaplanen",
            (
                "Grønne tage på skolerne",
                "Tre skoler har ansøgt om at være med i forsøget.",
                "Arbejdet er endnu ikke igangsat.",
            ),
        ),
        [("Grønne tage på skolerne", "not_started")],
    ),
    (
        "nb",
        _report(
            "Årsrapport 2023",
            (
                "Nytt sykehjem på Nordbyen",
                "Byggingen har fulgt fremdriftsplanen gjennom hele året.",
                "Sykehjemmet ble tatt i bruk i desember.",
            ),
            (
                "Omlegging av kollektivtrafikken",
                "Arbeidet har vært krevende og involvert mange parter.",
                "Tiltaket er utsatt til 2025.",
            ),
        ),
        [("Nytt sykehjem på Nordbyen", "completed"), ("Omlegging av kollektivtrafikken", "paused")],
    ),
    (
        "nb",
        _report(
            "Årsmelding for teknisk sektor",
            (
                "Ny vannledning til Vestbygda",
                "Traseen ble avklart med grunneierne i vår.",
                "Anleggsarbeidet pågår og avsluttes neste år.",
            ),
        ),
        [("Ny vannledning til Vestbygda", "in_progress")],
    ),
    (
        "nn",
        _report(
            "Årsmelding 2023",
            (
                "Ny omsorgsbustad i sentrum",
                "Bygget har vore planlagt i fleire år i samarbeid med Husbanken.",
                "Bustaden vart teken i bruk i november.",
            ),
            (
                "Breiband til grendene",
                "Det har vore dialog med fleire leverandørar.",
                "Utbygginga er sett på vent til tilskotet er avklart.",
            ),
        ),
        [("Ny omsorgsbustad i sentrum", "completed"), ("Breiband til grendene", "paused")],
    ),
    (
        "nn",
        _report(
            "Årsrapport for oppvekst",
            (
                "Leseløft i skulane",
                "Alle skulane har fått nytt materiell og kurs for lærarane.",
                "Prosjektet er avlyst etter at tilskotet fall bort.",
            ),
        ),
        [("Leseløft i skulane", "cancelled")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTS)
def test_a_report_section_takes_its_status_from_a_later_sentence(language, text, expected):
    assert _rows(text, language) == expected


STATUS_LISTS = [
    (
        "da",
        "Status på initiativerne:\n• Ny skolestruktur: gennemført\n• Klimatilpasning: i gang",
        [("Ny skolestruktur", "completed"), ("Klimatilpasning", "in_progress")],
    ),
    (
        "nb",
        "Status for tiltakene:\n• Skolemat: gjennomført\n• Trafikksikring – pågår",
        [("Skolemat", "completed"), ("Trafikksikring", "in_progress")],
    ),
    (
        "nn",
        "Status for tiltaka:\n• Skulemat: gjennomført\n• Trafikktryggleik – pågår",
        [("Skulemat", "completed"), ("Trafikktryggleik", "in_progress")],
    ),
    (
        "nl",
        "Stand van zaken van de acties:\n• Energieloket: afgerond\n• Laadpalen – vertraagd",
        [("Energieloket", "completed"), ("Laadpalen", "in_progress")],
    ),
    (
        "da",
        "Igangsatte initiativer:\n• Bynatur: i gang\n• Vandløb – forsinket",
        [("Bynatur", "in_progress"), ("Vandløb", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), STATUS_LISTS)
def test_a_one_word_item_named_before_its_status(language, text, expected):
    assert _rows(text, language) == expected


NOT_ACTIONS = [
    ("nl", _report("Jaarverslag 2023", ("Inleiding", "Dit verslag beschrijft het jaar 2023.", "Veel leesplezier."))),
    ("da", _report("Årsberetning 2023", ("Forord", "Året har budt på mange opgaver.", "God læselyst."))),
    ("nb", _report("Årsrapport 2023", ("Kontakt oss", "Ring oss på telefon 12 34 56 78.", "Vi svarer raskt."))),
    ("nn", _report("Årsmelding 2023", ("Om kommunen", "Kommunen har 5000 innbyggjarar.", "Dei fleste bur i sentrum."))),
    (
        "nl",
        "Nieuws\n\nNieuwe burgemeester\n\nDe burgemeester is geïnstalleerd.\n\nWegwerkzaamheden\n\nDe weg is dicht.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_ACTIONS)
def test_report_sections_without_a_status_are_not_actions(language, text):
    assert _rows(text, language) == []
