"""Family: items of a tracker or progress report named by their heading or a field, with a code of the
plan's own ("K-07", "A4", "1.2.3", "Sak 112/2023") and the status in a field line under them
("Status: Igangsat", beside "Ansvarlig:", "Frist:") or in the sentence that follows. The title is the
item's name (a heading, or a 'Vedtak:'/'Titel:' value), never a field label or the status sentence.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    # --- Danish ---
    (
        "da",
        "Status på handleplanen\n\n1.1 Energirenovering af plejecentre\nStatus: Igangsat\nAnsvarlig: Ejendomme\n"
        "Frist: 2025\n\n1.2 Elbiler i hjemmeplejen\nStatus: Gennemført\nAnsvarlig: Sundhed\nFrist: 2024",
        [("1.1", "Energirenovering af plejecentre", "in_progress"), ("1.2", "Elbiler i hjemmeplejen", "completed")],
    ),
    (
        "da",
        "A4 Udvidelse af Vestskolen\nByggeriet blev afsluttet i august 2024, og eleverne er flyttet ind.\n\n"
        "A5 Nyt svømmebad i Nordby\nProjektet er sat i bero, indtil finansieringen er på plads.",
        [("A4", "Udvidelse af Vestskolen", "completed"), ("A5", "Nyt svømmebad i Nordby", "paused")],
    ),
    (
        "da",
        "Sag 14/2024\nBeslutning: Flere p-pladser ved stationen\nAnsvarlig: Teknik\nStatus: Under udførelse\n\n"
        "Sag 19/2024\nBeslutning: Gratis busser for unge\nAnsvarlig: Trafik\nStatus: Aflyst",
        [
            ("14/2024", "Flere p-pladser ved stationen", "in_progress"),
            ("19/2024", "Gratis busser for unge", "cancelled"),
        ],
    ),
    (
        "da",
        "Indsatsområde 1.2 Cyklisme\nKommunen har i perioden arbejdet med at gøre det lettere og mere trygt at cykle "
        "til skole og arbejde, og her følger status for de enkelte indsatser under området.\n\n"
        "1.2.3 Nye cykelstier i oplandet\nDer er anlagt 4 km cykelsti, og arbejdet fortsætter i 2025.\n\n"
        "1.2.4 Cykelparkering ved skolerne\nIndsatsen er ikke påbegyndt.",
        [
            ("1.2.3", "Nye cykelstier i oplandet", "in_progress"),
            ("1.2.4", "Cykelparkering ved skolerne", "not_started"),
        ],
    ),
    (
        "da",
        "K-07 Grønne tage på rådhuset\nFrist: 2026\nStatus: Udskudt til 2026\n\n"
        "K-08 Regnvandsbassin ved hallen\nFrist: 2024\nStatus: Gennemført i 2024",
        [("K-07", "Grønne tage på rådhuset", "paused"), ("K-08", "Regnvandsbassin ved hallen", "completed")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "2.1 Ny turvei rundt vannet\nAnsvarlig: Kultur\nFrist: 31.12.2024\nStatus: Fullført\n\n"
        "2.2 Flere benker i parken\nAnsvarlig: Park og idrett\nFrist: 2025\nStatus: Ikke påbegynt",
        [("2.1", "Ny turvei rundt vannet", "completed"), ("2.2", "Flere benker i parken", "not_started")],
    ),
    (
        "nb",
        "K-07 Ny brannstasjon\nArbeidet med ny brannstasjon er i gang. Byggestart er planlagt til mars.\n\n"
        "K-08 Kartlegging av overvann\nKartleggingen ble avsluttet i juni.",
        [("K-07", "Ny brannstasjon", "in_progress"), ("K-08", "Kartlegging av overvann", "completed")],
    ),
    (
        "nb",
        "Sak 31/2024\nVedtak: Utrede ny svømmehall på Vestsiden\nAnsvarlig: Kultur\nStatus: Ikke påbegynt\n"
        "Kommentar: Utredningen er foreslått finansiert i 2025.\n\nSak 35/2024\nVedtak: Gratis kjernetid i SFO\n"
        "Ansvarlig: Oppvekst\nStatus: Fullført",
        [
            ("31/2024", "Utrede ny svømmehall på Vestsiden", "not_started"),
            ("35/2024", "Gratis kjernetid i SFO", "completed"),
        ],
    ),
    (
        "nb",
        "Sak: 45/23 Trafikksikkerhet ved Nordby skole\nUtvalg: Kommunestyret\nFrist: 31.12.2024\n\n"
        "Opprinnelig vedtak:\n«Kommunedirektøren bes bygge fortau langs skoleveien.»\n\nStatus: Under arbeid\n\n"
        "Kommentar:\nByggingen er ikke ferdig.",
        [("45/23", "Trafikksikkerhet ved Nordby skole", "in_progress")],
    ),
    (
        "nb",
        "B2 Oppgradering av lysløypa\nTiltaket ble fullført i oktober.\n\nB3 Ny skatepark i sentrum\n"
        "Tiltaket er utsatt til 2026 fordi tomten ikke er avklart.",
        [("B2", "Oppgradering av lysløypa", "completed"), ("B3", "Ny skatepark i sentrum", "paused")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "Tiltak 4.1 Ny barnehage på Øyra\nAnsvarleg: Oppvekst\nStatus: Under arbeid\n\n"
        "Tiltak 4.2 Breiband til grendene\nAnsvarleg: Samfunn\nStatus: Fullført",
        [("4.1", "Ny barnehage på Øyra", "in_progress"), ("4.2", "Breiband til grendene", "completed")],
    ),
    (
        "nn",
        "Sak 12/2024\nVedtak: Ny kai i hamna\nAnsvarleg: Teknisk\nStatus: Stilt i bero\n\n"
        "Sak 17/2024\nVedtak: Fleire ladepunkt ved rådhuset\nAnsvarleg: Eigedom\nStatus: Ikkje starta",
        [("12/2024", "Ny kai i hamna", "paused"), ("17/2024", "Fleire ladepunkt ved rådhuset", "not_started")],
    ),
    (
        "nn",
        "T-3 Ny symjehall\nArbeidet med hallen er i gang, og taket kjem på plass i vår.\n\n"
        "T-4 Turveg rundt vatnet\nTurvegen vart opna i juni.",
        [("T-3", "Ny symjehall", "in_progress"), ("T-4", "Turveg rundt vatnet", "completed")],
    ),
    (
        "nn",
        "3.1 Gatelys i sentrum\nAnsvarleg: Drift\nFrist: 2025\nStatus: Ikkje starta\n\n"
        "3.2 Nye toalett på stranda\nAnsvarleg: Drift\nFrist: 2024\nStatus: Ferdig",
        [("3.1", "Gatelys i sentrum", "not_started"), ("3.2", "Nye toalett på stranda", "completed")],
    ),
    (
        "nn",
        "1.1.2 Meir grønt i sentrum\nTiltaket er ikkje ferdig, men dei fyrste trea er planta.\n\n"
        "1.1.3 Ny leikeplass\nTiltaket er avlyst.",
        [("1.1.2", "Meir grønt i sentrum", "in_progress"), ("1.1.3", "Ny leikeplass", "cancelled")],
    ),
    # --- Dutch ---
    (
        "nl",
        "3.1 Herinrichting Marktplein\nTrekker: team Openbare Ruimte\nPlanning: 2025\nStatus: in voorbereiding\n\n"
        "3.2 Nieuwe speeltuin Oost\nTrekker: team Jeugd\nStatus: gerealiseerd",
        [("3.1", "Herinrichting Marktplein", "in_progress"), ("3.2", "Nieuwe speeltuin Oost", "completed")],
    ),
    (
        "nl",
        "Registratienummer: M2024-11\nSoort: Motie\nTitel: Meer groen op schoolpleinen\nIndieners: D66, CDA\n\n"
        "Dictum van de motie\nDe raad verzoekt het college om schoolpleinen te vergroenen.\n\nStatus: In uitvoering",
        [("M2024-11", "Meer groen op schoolpleinen", "in_progress")],
    ),
    (
        "nl",
        "A1 Zonnepanelen op sporthallen\nDeze actie is nog niet gestart. De aanbesteding is uitgesteld.\n\n"
        "A2 Warmtescan voor huurders\nDe actie is afgerond.",
        [("A1", "Zonnepanelen op sporthallen", "not_started"), ("A2", "Warmtescan voor huurders", "completed")],
    ),
    (
        "nl",
        "Actie 1.3 Pilot woningdelen\nNa een evaluatie is besloten de pilot te beëindigen.\n\n"
        "Actie 1.4 Starterslening\nDe lening is per 1 maart ingevoerd.",
        [("1.3", "Pilot woningdelen", "cancelled"), ("1.4", "Starterslening", "completed")],
    ),
    (
        "nl",
        "2.1.1 Vernieuwing zwembad\nStatus: gerealiseerd\nToelichting: Het zwembad opende in februari.\n\n"
        "2.1.2 Bosuitbreiding\nStatus: nog niet gestart\nToelichting: De aanplant is uitgesteld tot 2026.",
        [("2.1.1", "Vernieuwing zwembad", "completed"), ("2.1.2", "Bosuitbreiding", "not_started")],
    ),
]

NOT_ITEMS = [
    ("da", "Kontaktpersoner\nJens Hansen, projektleder, tlf. 12 34 56 78\nMette Holm, sekretariatet"),
    ("da", "1 Indledning\nHandleplanen er udarbejdet i 2023 og er gennemført i en bred proces med borgerne."),
    ("nb", "Sist oppdatert: 18.09.2024\nAnsvarlig: Kommunalsjef\nFrist: 31.12.2024"),
    ("nb", "Tilknyttede saker\n- Sak 12/22 Trafikksikkerhetsplan (avsluttet)\n- Sak 88/21 Skolebruksplan (avsluttet)"),
    ("nn", "Budsjett: 2,4 mill. kr\nAnsvarleg: Rådmannen\nFrist: 2025"),
    ("nn", "DK2020 Klimaplan for kommunen\nPlanen vart vedteken i 2022."),
    ("nl", "Contact\nVoor vragen kunt u contact opnemen met de griffie via griffie@gemeente.nl of telefoon 14 0591."),
    ("nl", "Datum raadsvergadering: 26 januari 2023\nPortefeuillehouder: wethouder Wonen\nAfgedaan: nee"),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_coded_item_takes_its_title_from_its_name_and_its_status_from_its_field_or_sentence(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text"), NOT_ITEMS)
def test_contacts_dates_budgets_related_cases_and_chapters_are_no_items(language, text):
    assert rows(text, language) == []
