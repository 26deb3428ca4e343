"""Family: trackers laid out with spaces, where the header's narrow gap between the number and the action column
("Nr  Actie", two spaces) is lost while the rows keep theirs ("1   Nieuw fietspad   Afgerond"): the header's
first cell names both columns, the status column stands in a cell of its own, and every row is read, also one
whose status cell sounds like a column name ("In uitvoering"). Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

CASES = [
    # --- Danish ---
    (
        "da",
        text_of(
            "Nr.  Handling                 Status",
            "1    Ny skolesti              I gang",
            "2    Solceller på rådhuset    Sat i bero",
            "3    LED-gadelys              Gennemført",
        ),
        [
            ("1", "Ny skolesti", "in_progress"),
            ("2", "Solceller på rådhuset", "paused"),
            ("3", "LED-gadelys", "completed"),
        ],
    ),
    (
        "da",
        text_of(
            "Nr.  Indsats                       Ansvarlig      Fremdrift",
            "4    Grønne tage på skolerne       Ejendomme      Ikke påbegyndt",
            "5    Cykelparkering ved stationen  Vej og park    Igangsat",
        ),
        [("4", "Grønne tage på skolerne", "not_started"), ("5", "Cykelparkering ved stationen", "in_progress")],
    ),
    (
        "da",
        text_of(
            "Nr  Initiativ                 Status",
            "A1  Energirenovering af hal   Under udførelse",
            "A2  Ladestandere ved rådhus   Udskudt",
        ),
        [("A1", "Energirenovering af hal", "in_progress"), ("A2", "Ladestandere ved rådhus", "paused")],
    ),
    (
        "da",
        text_of(
            "Nr.  Projekt                  Status",
            "1.1  Ny legeplads i Nørreby   Afsluttet",
            "1.2  Shelterplads ved søen    Aflyst",
        ),
        [("1.1", "Ny legeplads i Nørreby", "completed"), ("1.2", "Shelterplads ved søen", "cancelled")],
    ),
    (
        "da",
        text_of(
            "Nr.  Tiltag                   Status",
            "7    Affaldssortering         Delvist gennemført",
            "8    Genbrugsbutik            Ikke startet",
        ),
        [("7", "Affaldssortering", "partly_completed"), ("8", "Genbrugsbutik", "not_started")],
    ),
    # --- Norwegian Bokmål ---
    (
        "nb",
        text_of(
            "Nr  Tiltak                   Status",
            "1   Ny gangbru               Pågår",
            "2   Ladestasjoner            Fullført",
            "3   Grønne tak               Utsatt",
        ),
        [("1", "Ny gangbru", "in_progress"), ("2", "Ladestasjoner", "completed"), ("3", "Grønne tak", "paused")],
    ),
    (
        "nb",
        text_of(
            "Nr.  Tiltak                       Ansvar        Framdrift",
            "2.1  Sykkelvei til skolen         Teknisk       I rute",
            "2.2  Solceller på idrettshallen   Eiendom       Ikke startet",
        ),
        [("2.1", "Sykkelvei til skolen", "in_progress"), ("2.2", "Solceller på idrettshallen", "not_started")],
    ),
    (
        "nb",
        text_of(
            "Nr  Prosjekt                 Status",
            "5   Nytt bibliotek           Under arbeid",
            "6   Turvei langs elva        Avsluttet",
        ),
        [("5", "Nytt bibliotek", "in_progress"), ("6", "Turvei langs elva", "completed")],
    ),
    (
        "nb",
        text_of(
            "Nr  Tiltak                   Fremdrift",
            "A1  Ny barnehage             Forsinket",
            "A2  Lekeplass i sentrum      Avlyst",
        ),
        [("A1", "Ny barnehage", "in_progress"), ("A2", "Lekeplass i sentrum", "cancelled")],
    ),
    (
        "nb",
        text_of(
            "Nr  Aktivitet                Status",
            "1   Kulturnatt               Gjennomført",
            "2   Ungdomsråd               Delvis gjennomført",
        ),
        [("1", "Kulturnatt", "completed"), ("2", "Ungdomsråd", "partly_completed")],
    ),
    # --- Norwegian Nynorsk ---
    (
        "nn",
        text_of(
            "Nr   Tiltak                   Status",
            "1    Ny gangbru               I gang",
            "2    Ladestasjonar            Utsett",
            "3    Grøne tak                Fullført",
        ),
        [("1", "Ny gangbru", "in_progress"), ("2", "Ladestasjonar", "paused"), ("3", "Grøne tak", "completed")],
    ),
    (
        "nn",
        text_of(
            "Nr.  Tiltak                       Ansvar        Framdrift",
            "3.1  Sykkelveg til skulen         Teknisk       Ikkje starta",
            "3.2  Solceller på idrettshallen   Eigedom       Forsinka",
        ),
        [("3.1", "Sykkelveg til skulen", "not_started"), ("3.2", "Solceller på idrettshallen", "in_progress")],
    ),
    (
        "nn",
        text_of(
            "Nr  Prosjekt                 Status",
            "5   Nytt bibliotek           Under arbeid",
            "6   Turveg langs elva        Avslutta",
        ),
        [("5", "Nytt bibliotek", "in_progress"), ("6", "Turveg langs elva", "completed")],
    ),
    (
        "nn",
        text_of(
            "Nr  Tiltak                   Status",
            "A1  Ny barnehage             Pågår",
            "A2  Leikeplass i sentrum     Avlyst",
        ),
        [("A1", "Ny barnehage", "in_progress"), ("A2", "Leikeplass i sentrum", "cancelled")],
    ),
    (
        "nn",
        text_of(
            "Nr  Aktivitet                Status",
            "1   Kulturnatt               Gjennomført",
            "2   Ungdomsråd               Delvis gjennomført",
        ),
        [("1", "Kulturnatt", "completed"), ("2", "Ungdomsråd", "partly_completed")],
    ),
    # --- Dutch ---
    (
        "nl",
        text_of(
            "Nr  Actie                      Voortgang",
            "1   Nieuw fietspad             Afgerond",
            "2   Zonnepanelen op sporthal   In uitvoering",
            "3   Groene daken               Nog niet gestart",
        ),
        [
            ("1", "Nieuw fietspad", "completed"),
            ("2", "Zonnepanelen op sporthal", "in_progress"),
            ("3", "Groene daken", "not_started"),
        ],
    ),
    (
        "nl",
        text_of(
            "Nr  Actie                      Status",
            "1   Nieuw fietspad             Afgerond",
            "2   Zonnepanelen sporthal      In uitvoering",
        ),
        [("1", "Nieuw fietspad", "completed"), ("2", "Zonnepanelen sporthal", "in_progress")],
    ),
    (
        "nl",
        text_of(
            "Nr.  Maatregel                 Trekker        Status",
            "4.1  Isolatieloket             Gemeente       In uitvoering",
            "4.2  Warmtevisie               Omgevingsdienst Gereed",
        ),
        [("4.1", "Isolatieloket", "in_progress"), ("4.2", "Warmtevisie", "completed")],
    ),
    (
        "nl",
        text_of(
            "Nr  Project                  Stand van zaken",
            "C1  Nieuwe sporthal          In uitvoering",
            "C2  Laadpleinen              On hold",
        ),
        [("C1", "Nieuwe sporthal", "in_progress"), ("C2", "Laadpleinen", "paused")],
    ),
    (
        "nl",
        text_of(
            "Nr  Activiteit               Status",
            "1   Klimaatmarkt             Uitgevoerd",
            "2   Groene schoolpleinen     Stopgezet",
        ),
        [("1", "Klimaatmarkt", "completed"), ("2", "Groene schoolpleinen", "cancelled")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_space_aligned_tracker_with_the_header_gap_lost_reads_every_row(
    language: str, text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert rows(text, language) == expected


LOOKALIKES = [
    # a run-on status label with its value after a title still splits into a title and its status field
    ("da", text_of("Ny skatepark i Vestparken Status: Gennemført"), [(None, "Ny skatepark i Vestparken", "completed")]),
    (
        "nl",
        text_of("Nieuwe sporthal in Noord Status: In uitvoering"),
        [(None, "Nieuwe sporthal in Noord", "in_progress")],
    ),
    # a budget table whose first header cell is two words names no status column
    ("da", text_of("Nr.  Handling       Budget", "1    Ny skolesti    200.000 kr."), []),
    ("nb", text_of("Nr  Tiltak          Budsjett", "1   Ny gangbru      200 000"), []),
]


@pytest.mark.parametrize(("language", "text", "expected"), LOOKALIKES)
def test_run_on_labels_and_tables_without_a_status_column_are_read_as_before(
    language: str, text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert rows(text, language) == expected
