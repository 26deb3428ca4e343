"""Progress reports that no status heading announces (snippets written for these tests): a run of
titled lines ("Nyt turistkontor: Turistkontoret åbnede i april.", "• Ladestandere. Der er opsat 12.")
or of headed paragraphs whose first sentence speaks of the item and states its status. One such line
or paragraph in running text, goal sentences, news paragraphs about places and people, and fields are
not a report."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TITLED_LINES = [
    (
        "da",
        "Sådan går det med turismeindsatsen\n\n"
        "Nyt turistkontor: Turistkontoret åbnede i nye lokaler på havnen den 1. april.\n"
        "Vandrerute langs kysten: Ruten er under etablering, og skiltene sættes op i foråret.\n"
        "Digital byguide: Projektet er sat i bero på grund af manglende midler.",
        [
            (None, "Nyt turistkontor", "completed"),
            (None, "Vandrerute langs kysten", "in_progress"),
            (None, "Digital byguide", "paused"),
        ],
    ),
    (
        "da",
        "Klimaindsatsen i 2024\n\n"
        "• Energirenovering af rådhuset. Renoveringen blev afsluttet i maj, og forbruget er faldet.\n"
        "• Grønne indkøb i institutionerne. Indsatsen er ikke påbegyndt.",
        [(None, "Energirenovering af rådhuset", "completed"), (None, "Grønne indkøb i institutionerne", "not_started")],
    ),
    (
        "nb",
        "Slik gikk det i 2024\n\n"
        "Ny turistinformasjon: Kontoret åpnet i nye lokaler på kaia i april.\n"
        "Turvei langs fjorden: Arbeidet pågår, og skiltingen kommer til våren.\n"
        "Digital byguide: Prosjektet er stilt i bero.",
        [
            (None, "Ny turistinformasjon", "completed"),
            (None, "Turvei langs fjorden", "in_progress"),
            (None, "Digital byguide", "paused"),
        ],
    ),
    (
        "nn",
        "Slik gjekk det i 2024\n\n"
        "- Ny turistinformasjon. Kontoret vart opna i nye lokale på kaia i april.\n"
        "- Turveg langs fjorden. Arbeidet pågår, og skilta kjem til våren.\n"
        "- Digital byguide. Prosjektet er avlyst.",
        [
            (None, "Ny turistinformasjon", "completed"),
            (None, "Turveg langs fjorden", "in_progress"),
            (None, "Digital byguide", "cancelled"),
        ],
    ),
    (
        "nl",
        "Zo staat het ervoor\n\n"
        "Nieuw toeristenbureau: Het bureau is in april in de haven geopend.\n"
        "Wandelroute langs de kust: De aanleg is gestart en de bebording volgt in het voorjaar.\n"
        "Digitale stadsgids: Het project is on hold gezet.",
        [
            (None, "Nieuw toeristenbureau", "completed"),
            (None, "Wandelroute langs de kust", "in_progress"),
            (None, "Digitale stadsgids", "paused"),
        ],
    ),
]

HEADED_PARAGRAPHS = [
    (
        "da",
        "Det har vi nået i 2023\n\nNy legeplads i Bakkebyen\nLegepladsen blev indviet i juni med borgmesteren.\n\n"
        "Udvidelse af Bakkeskolen\nByggeriet er i gang og forventes færdigt til skoleåret 2025/26.\n\n"
        "Cykelsti langs Vejlevej\nProjektet er udskudt til 2026, da anlægsbudgettet er reduceret.",
        [
            (None, "Ny legeplads i Bakkebyen", "completed"),
            (None, "Udvidelse af Bakkeskolen", "in_progress"),
            (None, "Cykelsti langs Vejlevej", "paused"),
        ],
    ),
    (
        "nb",
        "Dette fikk vi til i 2023\n\nNy lekeplass på Haugen\nLekeplassen ble åpnet i juni av ordføreren.\n\n"
        "Utvidelse av Haugen skole\nByggingen er i gang og skal stå ferdig til skolestart 2025.",
        [(None, "Ny lekeplass på Haugen", "completed"), (None, "Utvidelse av Haugen skole", "in_progress")],
    ),
    (
        "nn",
        "Dette fekk vi til i 2023\n\nNy leikeplass på Haugen\nLeikeplassen vart opna i juni av ordføraren.\n\n"
        "Gang- og sykkelveg til Myra\nProsjektet er utsett til 2026 fordi budsjettet er redusert.",
        [(None, "Ny leikeplass på Haugen", "completed"), (None, "Gang- og sykkelveg til Myra", "paused")],
    ),
    (
        "nl",
        "Dit hebben we bereikt in 2023\n\nNieuwe speeltuin in de Heuvelwijk\n"
        "De speeltuin is in juni geopend door de wethouder en de kinderen van de basisschool.\n\n"
        "Fietspad langs de Vaart\nHet project is uitgesteld tot 2026 vanwege hogere kosten.",
        [(None, "Nieuwe speeltuin in de Heuvelwijk", "completed"), (None, "Fietspad langs de Vaart", "paused")],
    ),
]

NOT_REPORTS = [
    # one reported line in a text is an event, not a report
    ("da", "Nyheder fra kommunen\n\nNyt turistkontor: Turistkontoret åbnede i april.\nLæs mere på hjemmesiden."),
    # places and people under headings: their paragraphs do not open with the item's status
    (
        "nb",
        "Våre vennskapsbyer\n\nSollentuna\nKommunen ligger nord for Stockholm. Samarbeidet ble etablert i 1990.\n\n"
        "Tuusula\nTuusula er en kommune i Finland. Avtalen ble fornyet i 2015.",
    ),
    # a plan's goals under headings are no status
    (
        "nl",
        "Onze ambities\n\nSchone energie\nWe willen dat alle daken in 2030 zonnepanelen hebben.\n\n"
        "Groene wijken\nWij zorgen voor meer bomen in elke straat.",
    ),
    # fields are no titled lines
    ("nn", "Bakgrunn: Prosjektet vart avslutta i 2022.\nMerknad: Arbeidet er ferdig."),
    # paragraphs of two sentences are no titled lines
    (
        "da",
        "Kommunen har vedtaget en plan. Den blev gennemført i maj.\nByrådet har holdt et møde. Punktet blev udsat.",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TITLED_LINES)
def test_a_run_of_titled_lines_reporting_a_status_is_a_report(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), HEADED_PARAGRAPHS)
def test_headed_paragraphs_opening_with_the_items_status_are_a_report(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text"), NOT_REPORTS)
def test_single_events_places_goals_fields_and_paragraphs_are_no_report(language, text):
    assert rows(text, language) == []
