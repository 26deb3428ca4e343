"""Family 3: a tracker page about one commitment, motion or project: one action, its code as written,
its heading as title, its status from the status field, or from the explanation when that shows the
field is stale. Snippets written for these tests in the style of council tracker pages."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    # --- Dutch / Flemish ---
    (
        "nl",
        "Toezegging T-114\nOnderzoek naar een nieuw zwembad\nDatum toezegging: 12 mei 2022\nWethouder: J. de Vries\n"
        "Status: In uitvoering\n"
        "Stand van zaken: Het onderzoek is afgerond en de resultaten zijn naar de raad gestuurd.",
        [("T-114", "Onderzoek naar een nieuw zwembad", "completed")],
    ),
    (
        "nl",
        "Motie M2023-07 Vuurwerkvrije zones\nIngediend door: GroenLinks, PvdA\nStand van zaken:\nAfgedaan",
        [("M2023-07", "Vuurwerkvrije zones", "completed")],
    ),
    ("nl", "Actiepunt TZ 12\nOnderhoud speeltuinen\nStatus: Gereed", [("TZ 12", "Onderhoud speeltuinen", "completed")]),
    (
        "nl",
        "Motie 2023-19: Meer bankjes in het centrum\nStatus: In uitvoering\nDe eerste bankjes zijn besteld.",
        [("2023-19", "Meer bankjes in het centrum", "in_progress")],
    ),
    (
        "nl",
        "Project P-31 Herinrichting stationsplein\nProjectleider: A. Peeters\nStatus: On hold",
        [("P-31", "Herinrichting stationsplein", "paused")],
    ),
    (
        "nl",
        "Toezegging 4.012 Evaluatie cameratoezicht\nStatus: Nog niet gestart",
        [("4.012", "Evaluatie cameratoezicht", "not_started")],
    ),
    # --- Danish ---
    (
        "da",
        "Initiativ 4.012 Cykelparkering ved stationen\nAnsvarlig: Teknik og Miljø\nStatus\nUdskudt til 2025\n"
        "Projektet afventer statslig medfinansiering.",
        [("4.012", "Cykelparkering ved stationen", "paused")],
    ),
    (
        "da",
        "Sag 22/3310\nNy legeplads i Søparken\nStatus: Under arbejde",
        [("22/3310", "Ny legeplads i Søparken", "in_progress")],
    ),
    (
        "da",
        "Projekt P-7 Ny skatepark\nStatus: Under udførelse\nSeneste nyt: Skateparken blev indviet i juni.",
        [("P-7", "Ny skatepark", "completed")],
    ),
    (
        "da",
        "Beslutning B-2024-03 Gratis busser for unge\nStatus: Aflyst",
        [("B-2024-03", "Gratis busser for unge", "cancelled")],
    ),
    (
        "da",
        "Handling 2.4 Grønne skolegårde\nKontaktperson: Mette Jensen, tlf. 12 34 56 78\nStatus: Ikke påbegyndt",
        [("2.4", "Grønne skolegårde", "not_started")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "Verbalforslag 2023-12: Gratis leie av idrettshaller for lag og foreninger\n"
        "Vedtatt i kommunestyret 14.12.2022\n"
        "Status: Under arbeid\nAdministrasjonen utreder saken.",
        [("2023-12", "Gratis leie av idrettshaller for lag og foreninger", "in_progress")],
    ),
    (
        "nb",
        "Sak 45/23\nNy gapahuk ved Storvannet\nStatus: Ferdig",
        [("45/23", "Ny gapahuk ved Storvannet", "completed")],
    ),
    ("nb", "Tiltak T-9 Flere hjertestartere\nStatus: Stilt i bero", [("T-9", "Flere hjertestartere", "paused")]),
    (
        "nb",
        "Prosjekt 4.101 Nytt vannverk\nProsjektleder: Ola Hansen\nStatus: Under arbeid\n"
        "Kommentar: Vannverket ble satt i drift i mai og prosjektet er avsluttet.",
        [("4.101", "Nytt vannverk", "completed")],
    ),
    (
        "nb",
        "Oppdrag 2024-3 Utrede felles legevakt\nStatus: Ikke påbegynt",
        [("2024-3", "Utrede felles legevakt", "not_started")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "Tiltak 2.3 Ny gangbru over elva\nAnsvarleg: Samfunnsutvikling\nStatus: Stilt i bero",
        [("2.3", "Ny gangbru over elva", "paused")],
    ),
    (
        "nn",
        "Sak 14/24\nNy ballbinge ved skulen\nStatus: Ferdigstilt",
        [("14/24", "Ny ballbinge ved skulen", "completed")],
    ),
    ("nn", "Prosjekt P-12 Nytt kunstgras\nStatus: Under arbeid", [("P-12", "Nytt kunstgras", "in_progress")]),
    ("nn", "Vedtak 33/23 Gratis kulturskule\nStatus: Ikkje starta", [("33/23", "Gratis kulturskule", "not_started")]),
    (
        "nn",
        "Tiltak 1.4 Ny ferjekai\nStatus: Under arbeid\nKommentar: Ferjekaia vart opna i august og er ferdigstilt.",
        [("1.4", "Ny ferjekai", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_tracker_page_is_one_action_with_its_code_title_and_status(language, text, expected):
    assert rows(text, language) == expected


NOT_TRACKERS = [
    ("nl", "Wethouder Jan de Vries\nPortefeuille: Wonen en Ruimte\nTel. 010 123 45 67"),
    ("nl", "Nieuws\nRaad praat over zwembad\nDatum: 12 maart 2024\nDe raad sprak dinsdag over het zwembad."),
    ("da", "Borgmester Mette Jensen\nUdvalg: Økonomiudvalget\nTlf. 12 34 56 78"),
    ("da", "Nyhed\nByrådet drøftede skolestrukturen\nDato: 4. april 2024"),
    ("nb", "Ordfører Kari Nordmann\nParti: Arbeiderpartiet\nTelefon: 912 34 567"),
    ("nb", "Nyhet\nKommunestyret diskuterte ny svømmehall\nDato: 12.03.2024"),
    ("nn", "Ordførar Ola Nordmann\nParti: Senterpartiet\nTelefon: 900 00 000"),
    ("nn", "Nyheit\nKommunestyret drøfta ny skule\nDato: 12.03.2024"),
    ("nn", "Sak 12/24 Godkjenning av møtebok\nUtval: Formannskapet\nMøtedato: 12.03.2024"),
]


@pytest.mark.parametrize(("language", "text"), NOT_TRACKERS)
def test_people_pages_news_items_and_case_headers_without_a_status_are_no_trackers(language, text):
    assert rows(text, language) == []
