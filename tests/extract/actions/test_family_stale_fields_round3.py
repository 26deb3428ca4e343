"""A status field that an explanation shows to be stale (written for these tests): "Planlagt" beside
work begun, "I gang" beside a pause or a cancellation of the item, "Under arbeid" beside the item
named by the head of its compound name ("Regnvannsbasseng" / "Bassenget ble tatt i bruk") are
overruled; a sub-step done ("Udbuddet er afsluttet") leaves the field standing."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RECORDS = [
    (
        "da",
        (
            "Opfølgning på klimaplanen\n"
            "\n"
            "Handling 1 Solceller på skolerne\n"
            "Status: Planlagt\n"
            "Bemærkning: Arbejdet er gået i gang på to skoler.\n"
            "\n"
            "Handling 2 Elbiler i hjemmeplejen\n"
            "Status: I gang\n"
            "Bemærkning: Projektet er sat i bero på grund af leveringsproblemer.\n"
            "\n"
            "Handling 3 Grønne tage\n"
            "Status: I gang\n"
            "Bemærkning: Handlingen er opgivet, da bygningerne ikke kan bære tagene.\n"
            "\n"
            "Handling 4 Regnvandsbassin\n"
            "Status: Under udførelse\n"
            "Bemærkning: Bassinet blev taget i brug i august.\n"
            "\n"
            "Handling 5 Cykelparkering\n"
            "Status: I gang\n"
            "Bemærkning: Udbuddet er afsluttet.\n"
        ),
        [
            ("1", "Solceller på skolerne", "in_progress"),
            ("2", "Elbiler i hjemmeplejen", "paused"),
            ("3", "Grønne tage", "cancelled"),
            ("4", "Regnvandsbassin", "completed"),
            ("5", "Cykelparkering", "in_progress"),
        ],
    ),
    (
        "nb",
        (
            "Oppfølging av klimaplanen\n"
            "\n"
            "Tiltak 1 Solceller på skolene\n"
            "Status: Planlagt\n"
            "Kommentar: Arbeidet er i gang på to skoler.\n"
            "\n"
            "Tiltak 2 Elbiler i hjemmetjenesten\n"
            "Status: Under arbeid\n"
            "Kommentar: Prosjektet er stilt i bero på grunn av leveringsproblemer.\n"
            "\n"
            "Tiltak 3 Grønne tak\n"
            "Status: Under arbeid\n"
            "Kommentar: Tiltaket er avlyst fordi byggene ikke tåler takene.\n"
            "\n"
            "Tiltak 4 Regnvannsbasseng\n"
            "Status: Under arbeid\n"
            "Kommentar: Bassenget ble tatt i bruk i august.\n"
            "\n"
            "Tiltak 5 Sykkelparkering\n"
            "Status: Under arbeid\n"
            "Kommentar: Anbudet er avsluttet.\n"
        ),
        [
            ("1", "Solceller på skolene", "in_progress"),
            ("2", "Elbiler i hjemmetjenesten", "paused"),
            ("3", "Grønne tak", "cancelled"),
            ("4", "Regnvannsbasseng", "completed"),
            ("5", "Sykkelparkering", "in_progress"),
        ],
    ),
    (
        "nl",
        (
            "Opvolging klimaatplan\n"
            "\n"
            "Actie 1 Zonnepanelen op scholen\n"
            "Status: gepland\n"
            "Toelichting: Het werk is op twee scholen gestart.\n"
            "\n"
            "Actie 2 Elektrische auto's voor de thuiszorg\n"
            "Status: in uitvoering\n"
            "Toelichting: Het project is on hold gezet vanwege leveringsproblemen.\n"
            "\n"
            "Actie 3 Groene daken\n"
            "Status: in uitvoering\n"
            "Toelichting: De actie is geschrapt omdat de gebouwen de daken niet kunnen dragen.\n"
            "\n"
            "Actie 4 Waterberging\n"
            "Status: in uitvoering\n"
            "Toelichting: De berging is in augustus in gebruik genomen.\n"
            "\n"
            "Actie 5 Fietsparkeren\n"
            "Status: in uitvoering\n"
            "Toelichting: De aanbesteding is afgerond.\n"
        ),
        [
            ("1", "Zonnepanelen op scholen", "in_progress"),
            ("2", "Elektrische auto's voor de thuiszorg", "paused"),
            ("3", "Groene daken", "cancelled"),
            ("4", "Waterberging", "completed"),
            ("5", "Fietsparkeren", "in_progress"),
        ],
    ),
    (
        "nn",
        (
            "Oppfølging av klimaplanen\n"
            "\n"
            "Tiltak 1 Solceller på skulane\n"
            "Status: Planlagt\n"
            "Kommentar: Arbeidet er i gang på to skular.\n"
            "\n"
            "Tiltak 2 Elbilar i heimetenesta\n"
            "Status: Under arbeid\n"
            "Kommentar: Prosjektet er stilt i bero på grunn av leveringsproblem.\n"
            "\n"
            "Tiltak 3 Grøne tak\n"
            "Status: Under arbeid\n"
            "Kommentar: Tiltaket er avlyst fordi bygga ikkje toler taka.\n"
            "\n"
            "Tiltak 4 Regnvassbasseng\n"
            "Status: Under arbeid\n"
            "Kommentar: Bassenget vart teke i bruk i august.\n"
            "\n"
            "Tiltak 5 Sykkelparkering\n"
            "Status: Under arbeid\n"
            "Kommentar: Anbodet er avslutta.\n"
        ),
        [
            ("1", "Solceller på skulane", "in_progress"),
            ("2", "Elbilar i heimetenesta", "paused"),
            ("3", "Grøne tak", "cancelled"),
            ("4", "Regnvassbasseng", "completed"),
            ("5", "Sykkelparkering", "in_progress"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECORDS)
def test_an_explanation_about_the_item_overrules_a_stale_field(language, text, expected):
    assert rows(text, language) == expected
