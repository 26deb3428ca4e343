"""Space-aligned status tables whose id column lost its gap in the layout ("2.1   Nye LED-lamper"
read as one cell under "ID    Tiltak    Status    Merknad"): the id is split off the title, so the status
column, not the remark beside it, gives the status; and a lower-case line under a row carries the
rest of that row's wrapped cells ("Delvis" / "gjennomført")."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TABLES = [
    (
        "da",
        "ID    Handling                          Status            Bemærkning\n"
        "1.1   Nye cykelparkeringer ved skoler   Gennemført        -\n"
        "1.2   Grønne tage på daginstitutioner   Ikke påbegyndt    Afventer budget\n"
        "1.3   Regnvandsbassin i Nordparken      Opgivet           Se note\n",
        [
            ("1.1", "Nye cykelparkeringer ved skoler", "completed"),
            ("1.2", "Grønne tage på daginstitutioner", "not_started"),
            ("1.3", "Regnvandsbassin i Nordparken", "cancelled"),
        ],
    ),
    (
        "nb",
        "Nr.   Tiltak                              Status          Merknad\n"
        "2.1   Nye LED-lamper i sentrum             Fullført        Ferdig i mars\n"
        "2.2   Varmepumpe på rådhuset               Satt på vent    Venter på tilskudd\n"
        "2.3   Solceller på Nordby skole            Ikke startet    -\n",
        [
            ("2.1", "Nye LED-lamper i sentrum", "completed"),
            ("2.2", "Varmepumpe på rådhuset", "paused"),
            ("2.3", "Solceller på Nordby skole", "not_started"),
        ],
    ),
    (
        "nl",
        "Nr.   Actie                               Status          Toelichting\n"
        "A1    Laadpalen bij het gemeentehuis      Afgerond        Geplaatst in mei\n"
        "A2    Groene schoolpleinen                In uitvoering   Drie van de vijf klaar\n"
        "A3    Warmtenet Oost                      Stopgezet       -\n",
        [
            ("A1", "Laadpalen bij het gemeentehuis", "completed"),
            ("A2", "Groene schoolpleinen", "in_progress"),
            ("A3", "Warmtenet Oost", "cancelled"),
        ],
    ),
    (
        "nn",
        "Nr.   Tiltak                              Status           Merknad\n"
        "3.1   Ny gangbru over elva                 Fullført         Opna i juni\n"
        "3.2   Ladestasjonar ved kaia               Ikkje starta     Ventar på nettselskapet\n",
        [
            ("3.1", "Ny gangbru over elva", "completed"),
            ("3.2", "Ladestasjonar ved kaia", "not_started"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLES)
def test_a_status_table_whose_id_ran_into_the_title_reads_its_status_column(language, text, expected):
    assert rows(text, language) == expected


WRAPPED = [
    (
        "da",
        "ID    Handling                          Status            Bemærkning\n"
        "4.1   Fjernvarme til Sydbyen            Delvist           Etape 1 er\n"
        "                                        gennemført        tilsluttet\n"
        "4.2   Ny bypark                         I gang            -\n",
        [("4.1", "Fjernvarme til Sydbyen", "partly_completed"), ("4.2", "Ny bypark", "in_progress")],
    ),
    (
        "nb",
        "Nr.   Tiltak                              Status          Merknad\n"
        "5.1   Gang- og sykkelvei til skolen        Delvis          Første etappe\n"
        "                                           gjennomført     er åpnet\n",
        [("5.1", "Gang- og sykkelvei til skolen", "partly_completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRAPPED)
def test_a_lower_case_line_under_a_row_goes_on_with_its_wrapped_cells(language, text, expected):
    assert rows(text, language) == expected


def test_a_remark_that_reports_a_newer_state_still_overrules_the_status_cell():
    text = (
        "Nr.   Tiltak                              Status          Merknad\n"
        "6.1   Ny barnehage på Vik                  Under arbeid    Barnehagen ble åpnet i august.\n"
    )
    assert rows(text, "nb") == [("6.1", "Ny barnehage på Vik", "completed")]
