"""Family: status tables drawn with pipes, as text exports and web pages write them
("| Nr. | Handling | Status | Bemærkning |" over a ruler "|---|---|"): one action per row, the id from
the number column, the title from the action column, the status from the status column, which a
comment beside it does not overrule unless it speaks of the item. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    # --- Danish ---
    (
        "da",
        "| Nr. | Handling | Status | Bemærkning |\n|---|---|---|---|\n"
        "| K-01 | Cykelsti til Vestby | Gennemført | Åbnet i maj. |\n"
        "| K-02 | Ny legeplads i Nørreby | I gang | Udbud afsluttet. |\n"
        "| K-03 | Grønne tage på skolerne | Ikke påbegyndt | Afventer budget. |",
        [
            ("K-01", "Cykelsti til Vestby", "completed"),
            ("K-02", "Ny legeplads i Nørreby", "in_progress"),
            ("K-03", "Grønne tage på skolerne", "not_started"),
        ],
    ),
    (
        "da",
        "Status for klimahandlinger\n\n| Handling | Ansvarlig | Status |\n| :--- | :--- | :---: |\n"
        "| Elbiler i hjemmeplejen | Sundhed | Delvist gennemført |\n| Solceller på hallen | Ejendomme | Sat i bero |",
        [(None, "Elbiler i hjemmeplejen", "partly_completed"), (None, "Solceller på hallen", "paused")],
    ),
    (
        "da",
        "| 4.1 | Affaldssortering i institutioner | Aflyst | Erstattet af national ordning. |\n"
        "| 4.2 | Genbrugsbutik på genbrugspladsen | Gennemført | |",
        [
            ("4.1", "Affaldssortering i institutioner", "cancelled"),
            ("4.2", "Genbrugsbutik på genbrugspladsen", "completed"),
        ],
    ),
    (
        "da",
        "| Nr. | Indsats | Status |\n"
        "|---|---|---|\n"
        "| B7 | Flere træer i bymidten | – |\n"
        "| B8 | Regnbede på Torvet | I gang |",
        [("B7", "Flere træer i bymidten", "unknown"), ("B8", "Regnbede på Torvet", "in_progress")],
    ),
    (
        "da",
        "| Tiltag | Fremdrift |\n"
        "|---|---|\n"
        "| Ny hundeskov | Afsluttet i 2024 |\n"
        "| Bedre skilte ved stranden | Endnu ikke igangsat |",
        [(None, "Ny hundeskov", "completed"), (None, "Bedre skilte ved stranden", "not_started")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "| Tiltak | Ansvarlig | Status |\n| --- | --- | --- |\n"
        "| Ny gangbru over elva | Teknisk | Ferdigstilt |\n| Solceller på skolene | Eiendom | Stilt i bero |",
        [(None, "Ny gangbru over elva", "completed"), (None, "Solceller på skolene", "paused")],
    ),
    (
        "nb",
        "| Nr. | Tiltak | Status | Kommentar |\n|---|---|---|---|\n"
        "| T-12 | Gratis kjernetid i SFO | Under arbeid | Ordningen utredes. |\n"
        "| T-13 | Ladepunkter ved rådhuset | Avlyst | Erstattes av privat tilbud. |",
        [("T-12", "Gratis kjernetid i SFO", "in_progress"), ("T-13", "Ladepunkter ved rådhuset", "cancelled")],
    ),
    (
        "nb",
        "| 2.1 | Trafikksikker skolevei | Ikke startet | Planlegges for 2025. |\n"
        "| 2.2 | Nye benker i parken | Fullført | Montert i juni. |",
        [("2.1", "Trafikksikker skolevei", "not_started"), ("2.2", "Nye benker i parken", "completed")],
    ),
    (
        "nb",
        "Rapportering på handlingsplanen\n\n| Tiltak | Framdrift |\n|:--|:--|\n"
        "| Ny turløype | Delvis gjennomført |\n| Flere sykkelparkeringer | Pågår |",
        [(None, "Ny turløype", "partly_completed"), (None, "Flere sykkelparkeringer", "in_progress")],
    ),
    (
        "nb",
        "| Nr. | Tiltak | Status |\n|---|---|---|\n| A3 | Nytt kulturhus | Under arbeid |\n| A4 | Ny idrettshall | – |",
        [("A3", "Nytt kulturhus", "in_progress"), ("A4", "Ny idrettshall", "unknown")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "| Tiltak | Framdrift |\n|:--|:--|\n| Ny symjehall | Under arbeid |\n| Gatelys i sentrum | Ikkje starta |",
        [(None, "Ny symjehall", "in_progress"), (None, "Gatelys i sentrum", "not_started")],
    ),
    (
        "nn",
        "| Nr. | Tiltak | Status | Merknad |\n|---|---|---|---|\n"
        "| 1.1 | Ny barnehage på Øyra | Fullført | Opna i august. |\n| 1.2 | Breiband til grendene | Stilt i bero | |",
        [("1.1", "Ny barnehage på Øyra", "completed"), ("1.2", "Breiband til grendene", "paused")],
    ),
    (
        "nn",
        "| K-4 | Ny kai i hamna | Avlyst | Vedteke å avslutte prosjektet. |\n"
        "| K-5 | Turveg rundt vatnet | Delvis gjennomført | |",
        [("K-4", "Ny kai i hamna", "cancelled"), ("K-5", "Turveg rundt vatnet", "partly_completed")],
    ),
    (
        "nn",
        "Status for tiltaka\n\n| Tiltak | Status |\n| --- | --- |\n| Nye toalett på stranda | Ferdig |\n"
        "| Ladepunkt ved rådhuset | I gang |",
        [(None, "Nye toalett på stranda", "completed"), (None, "Ladepunkt ved rådhuset", "in_progress")],
    ),
    (
        "nn",
        "| Nr. | Tiltak | Status |\n"
        "|---|---|---|\n"
        "| B2 | Meir grønt i sentrum | Ikkje starta |\n"
        "| B3 | Ny gapahuk | – |",
        [("B2", "Meir grønt i sentrum", "not_started"), ("B3", "Ny gapahuk", "unknown")],
    ),
    # --- Dutch ---
    (
        "nl",
        "| Nr | Maatregel | Stand van zaken |\n|----|-----------|-----------------|\n"
        "| A4 | Groene schoolpleinen | Afgerond |\n| A5 | Laadpalen bij sporthallen | Niet gestart |",
        [("A4", "Groene schoolpleinen", "completed"), ("A5", "Laadpalen bij sporthallen", "not_started")],
    ),
    (
        "nl",
        "| Nr. | Actie | Status | Toelichting |\n|---|---|---|---|\n"
        "| 3.1 | Warmtenet Centrum | In uitvoering | De eerste fase loopt. |\n"
        "| 3.2 | Subsidie groene daken | Vervallen | Geen budget meer. |",
        [("3.1", "Warmtenet Centrum", "in_progress"), ("3.2", "Subsidie groene daken", "cancelled")],
    ),
    (
        "nl",
        "Voortgangsrapportage\n\n| Actie | Trekker | Status |\n| --- | --- | --- |\n"
        "| Deelauto's in de wijken | Mobiliteit | Deels gerealiseerd |\n"
        "| Fietsenstalling station | Mobiliteit | On hold |",
        [(None, "Deelauto's in de wijken", "partly_completed"), (None, "Fietsenstalling station", "paused")],
    ),
    (
        "nl",
        "| M-21 | Meer bankjes in het park | Afgedaan | |\n| M-22 | Onderzoek naar een hondenstrand | Loopt | |",
        [("M-21", "Meer bankjes in het park", "completed"), ("M-22", "Onderzoek naar een hondenstrand", "in_progress")],
    ),
    (
        "nl",
        "| Nr. | Maatregel | Status |\n|---|---|---|\n| C1 | Zonnepanelen op het stadhuis | – |\n"
        "| C2 | Isolatieloket | Geschrapt |",
        [("C1", "Zonnepanelen op het stadhuis", "unknown"), ("C2", "Isolatieloket", "cancelled")],
    ),
]

NOT_ROWS = [
    ("da", "| Udvalg | Mødedato |\n|---|---|\n| Teknik og Miljø | 12. marts 2024 |\n| Børn og Unge | 14. marts 2024 |"),
    ("nb", "| Status | Antall tiltak |\n|---|---|\n| Fullført | 12 |\n| Under arbeid | 5 |\n| Ikke startet | 3 |"),
    ("nn", "| Kontaktperson | Telefon |\n|---|---|\n| Kari Nordmann | 57 00 00 00 |"),
    ("nl", "| Programma | Budget 2024 |\n|---|---|\n| Wonen | € 2,1 mln |\n| Mobiliteit | € 1,4 mln |"),
    ("nl", "|---|---|---|"),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_pipe_table_gives_one_action_per_row_with_its_id_title_and_status_cell(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text"), NOT_ROWS)
def test_pipe_tables_of_dates_counts_contacts_or_budgets_are_no_actions(language, text):
    assert rows(text, language) == []
