"""Progress reports with one heading per item and its status only in the sentences under it (snippets
written for these tests): a sub-heading that announces the items ("Kommunens indsatser") opens the
list instead of ending it, and a heading that opens with a case number ("Sak 23/45 Ny hal") gives
the item its id. Contact blocks and lists of related cases stay out."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

ANNOUNCED = [
    (
        "da",
        "Årsrapport 2024 for Sundhedspolitikken\n\nKommunens indsatser\n\nMotion for seniorer\n"
        "Der er oprettet hold i fire haller. Indsatsen er gennemført.\n\nRøgfri skoletid\n"
        "Indsatsen er ikke igangsat, da regelgrundlaget mangler.\n\nKontakt\nPia Holm, tlf. 21 22 23 24",
        [(None, "Motion for seniorer", "completed"), (None, "Røgfri skoletid", "not_started")],
    ),
    (
        "da",
        "Status for klimahandleplanen\n\nIgangsatte tiltag\n\nLED-belysning på vejene\n"
        "Halvdelen af armaturerne er udskiftet.\n\nDelebiler i landsbyerne\nForsøget er sat i bero.",
        [(None, "LED-belysning på vejene", "partly_completed"), (None, "Delebiler i landsbyerne", "paused")],
    ),
    (
        "nb",
        "Årsmelding 2024 – oppfølging av planen\n\nTiltak i planperioden\n\nFrisklivssentral\n"
        "Sentralen åpnet i mars og er nå i full drift.\n\nNy skatepark\nByggingen starter i mai.",
        [(None, "Frisklivssentral", "completed"), (None, "Ny skatepark", "not_started")],
    ),
    (
        "nn",
        "Rapportering på klimaplanen 2024\n\nTiltaka\n\nLadepunkt ved rådhuset\n"
        "Seks ladepunkt vart opna i april.\n\nEnergisparing i skulebygg\nPlanen blir ferdig i 2025.",
        [(None, "Ladepunkt ved rådhuset", "completed"), (None, "Energisparing i skulebygg", "in_progress")],
    ),
    (
        "nl",
        "Voortgangsrapportage 2024\n\nActiviteiten\n\nGroene schoolpleinen\n"
        "De helft van de pleinen is vergroend.\n\nDeelfietsen in de kernen\nDe uitvoering start in het najaar.",
        [(None, "Groene schoolpleinen", "partly_completed"), (None, "Deelfietsen in de kernen", "not_started")],
    ),
]

CASE_HEADINGS = [
    (
        "nb",
        "Oppfølging av kommunestyrets vedtak\n\nSak 24/12 Gratis frukt i skolen\n"
        "Vedtatt i kommunestyret 11.03.2024 etter forslag fra formannskapet.\n"
        "Ordningen ble innført fra høsten, og alle skolene i kommunen er med.\n\n"
        "Sak 24/31 Ny lysløype\nVedtatt i kommunestyret 22.04.2024.\nForslaget ble trukket av forslagsstiller.",
        [("24/12", "Gratis frukt i skolen", "completed"), ("24/31", "Ny lysløype", "cancelled")],
    ),
    (
        "nn",
        "Oppfølging av vedtak i kommunestyret\n\nSak 24/08 Ny gapahuk ved vatnet\n"
        "Vedteke i kommunestyret 14.02.2024 etter framlegg frå formannskapet.\n"
        "Gapahuken vart sett opp i juni av frivillige i grendelaget.\n\nSak 24/19 Gratis buss for ungdom\n"
        "Vedteke i kommunestyret 21.03.2024 med 17 mot 8 røyster.\nOrdninga startar i januar når avtalen er klar.",
        [("24/08", "Ny gapahuk ved vatnet", "completed"), ("24/19", "Gratis buss for ungdom", "not_started")],
    ),
    (
        "da",
        "Opfølgning på byrådets beslutninger\n\nSag 24/102 Hundeskov ved søen\n"
        "Hundeskoven blev indviet i maj.\n\nSag 24/140 Badebro i havnen\nForslaget er trukket.",
        [("24/102", "Hundeskov ved søen", "completed"), ("24/140", "Badebro i havnen", "cancelled")],
    ),
]

NOT_ITEMS = [
    ("nb", "Tilknyttede saker\n- Sak 12/22 Trafikksikkerhetsplan (avsluttet)\n- Sak 88/21 Skolebruksplan (avsluttet)"),
    ("da", "Årsrapport 2024\n\nKontakt\nJens Lund, projektleder, tlf. 40 50 60 70\n\nLæs mere\nwww.kommune.dk"),
    ("nn", "Årsmelding 2024\n\nKontaktperson\nKari Li, rådgjevar, tlf. 57 00 00 00"),
    (
        "nl",
        "Voortgangsrapportage\n\nWij zorgen voor een schone en veilige wijk.\n\nContact\n"
        "Mevrouw J. de Boer, telefoon 14 0123",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ANNOUNCED)
def test_a_sub_heading_that_announces_the_items_opens_the_list(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CASE_HEADINGS)
def test_a_case_number_opening_an_item_heading_is_its_id(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text"), NOT_ITEMS)
def test_contacts_related_cases_and_goals_under_report_headings_are_no_items(language, text):
    assert rows(text, language) == []
