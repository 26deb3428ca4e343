"""Follow-up reports numbering items with a word of their own ("Aftalepunkt 1: ...", "Prioritet 2: ...")
over a status report: that word numbers items there (a word numbering goals without reports does not);
a count of the units done opened by a participle ("Der er ansat 24 af de 30 pædagoger") is part done;
a submitter field ("Ingediend door: CDA") names no item; coloured symbols read through the document's
legend, written with or without a separator ("🟡 pågår", "🟢 = gjennomført"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

OWN = [
    (
        "da",
        "Aftalepunkt 1: Ny svømmehal\nProjektet er sat på pause.\n\nAftalepunkt 2: Gratis bus for unge\n"
        "Ordningen er gennemført.\n",
        [("1", "Ny svømmehal", "paused"), ("2", "Gratis bus for unge", "completed")],
    ),
    (
        "nb",
        "Budsjettpunkt 1: Flere lærere\nArbeidet pågår.\n\nBudsjettpunkt 2: Ny hall\nProsjektet er ikke startet.\n",
        [("1", "Flere lærere", "in_progress"), ("2", "Ny hall", "not_started")],
    ),
    (
        "nl",
        "Afspraak 1: Meer groen in de wijken\nDeze afspraak is uitgevoerd.\n\nAfspraak 2: Nieuw zwembad\n"
        "Het project is stopgezet.\n",
        [("1", "Meer groen in de wijken", "completed"), ("2", "Nieuw zwembad", "cancelled")],
    ),
    (
        "nn",
        "Avtalepunkt 1: Ny barnehage\nArbeidet er i gang.\n\nAvtalepunkt 2: Gratis SFO\nTiltaket er gjennomført.\n",
        [("1", "Ny barnehage", "in_progress"), ("2", "Gratis SFO", "completed")],
    ),
    (
        "da",
        "Prioritet 1: Cykelstier\nStatus: I gang.\n\nPrioritet 2: Ny skole\nStatus: Afsluttet.\n\n"
        "Prioritet 3: Byhaver\n"
        "Status: Ikke påbegyndt.\n",
        [("1", "Cykelstier", "in_progress"), ("2", "Ny skole", "completed"), ("3", "Byhaver", "not_started")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWN)
def test_a_documents_own_numbering_word_over_status_reports_numbers_items(language, text, expected):
    assert rows(text, language) == expected


def test_a_word_numbering_goals_without_reports_numbers_no_items():
    text = "Mål 1: Flere skal cykle.\nMål 2: Mindre CO2 fra bygninger.\nMål 3: Mere natur i byen.\n"
    assert rows(text, "da") == []


COUNTS = [
    ("da", "Der er ansat 24 af de 30 pædagoger."),
    ("nb", "Det er ansatt 12 av de 20 lærerne."),
    ("nn", "Det er tilsett 4 av dei 6 lærarane."),
    ("nl", "Er zijn 8 van de 12 laadpalen geplaatst."),
    ("da", "Der er plantet 300 af de 500 træer."),
]


@pytest.mark.parametrize(("language", "report"), COUNTS)
def test_a_count_of_units_done_after_a_participle_is_part_done(language, report):
    keyword = {"da": "Handling", "nb": "Tiltak", "nn": "Tiltak", "nl": "Actie"}[language]
    text = f"{keyword} 1: Flere ansatte\n{report}\n\n{keyword} 2: Ny plan\n{report}\n"
    assert [status for _, _, status in rows(text, language)] == ["partly_completed", "partly_completed"]


def test_a_submitter_field_names_no_item():
    text = (
        "Motie 2025-14 Laadpalen in alle kernen\nIngediend door: CDA, ChristenUnie\n"
        "Stand van zaken: De eerste palen zijn geplaatst.\nAfdoening: Nog niet afgedaan\n\n"
        "Motie 2025-19 Jongerenraad\nIngediend door: D66\nStand van zaken: Het onderzoek is afgerond.\n"
        "Afdoening: Afgedaan\n"
    )
    assert [(a, t) for a, t, _ in rows(text, "nl")] == [
        ("2025-14", "Laadpalen in alle kernen"),
        ("2025-19", "Jongerenraad"),
    ]


SYMBOLS = [
    ("nb", "Forklaring: 🟢 gjennomført, 🟡 pågår, 🔴 utsatt, ⚪ ikke startet"),
    ("nb", "Forklaring: 🟢 = gjennomført, 🟡 = pågår, 🔴 = utsatt, ⚪ = ikke startet"),
    ("da", "Signatur: 🟢 gennemført, 🟡 i gang, 🔴 sat i bero, ⚪ ikke påbegyndt"),
    ("nl", "Legenda: 🟢 afgerond, 🟡 in uitvoering, 🔴 on hold, ⚪ niet gestart"),
    ("nn", "Forklaring: 🟢 gjennomført, 🟡 i gang, 🔴 sett på vent, ⚪ ikkje starta"),
]


@pytest.mark.parametrize(("language", "legend"), SYMBOLS)
def test_coloured_symbols_read_through_the_legend(language, legend):
    text = f"Nr.\tTiltak\tStatus\nT1\tNy kai\t🟢\nT2\tNy vei\t🟡\nT3\tNy bru\t🔴\nT4\tNy park\t⚪\n\n{legend}\n"
    assert [status for _, _, status in rows(text, language)] == ["completed", "in_progress", "paused", "not_started"]


def test_a_numbered_group_over_the_languages_items_is_no_item():
    text = (
        "Actielijn 1: Betaalbaar wonen\n\nActie 1.1 Starterslening\nDe lening is ingevoerd.\n\n"
        "Actielijn 2: Wonen en zorg\n\nActie 2.1 Zorgwoningen\nHet project is gestart.\n"
    )
    assert [(a, t) for a, t, _ in rows(text, "nl")] == [("1.1", "Starterslening"), ("2.1", "Zorgwoningen")]
