"""Progress items whose first sentence is background and whose status sentence follows (written for
these tests): a sub-step done ("Forundersøgelsen er gennemført", "Anbudet ble avsluttet") does not
make the item done; the sentence about the item itself gives its status (paused, part done,
cancelled in the future tense, going to plan, not yet begun)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

ITEMS = [
    (
        "da",
        (
            "Status på handleplanen\n"
            "\n"
            "Handling 1 Ny hundeskov\n"
            "Forundersøgelsen er gennemført. Projektet er sat i bero, indtil der er fundet en grund.\n"
            "\n"
            "Handling 2 Flere affaldsspande\n"
            "Der er indkøbt 40 spande. Opsætningen er delvist gennemført.\n"
            "\n"
            "Handling 3 Ny bypark\n"
            "Lokalplanen blev vedtaget i 2023. Projektet bliver ikke gennemført.\n"
            "\n"
            "Handling 4 Gadebelysning\n"
            "Udbuddet blev afsluttet i marts. Arbejdet forløber planmæssigt.\n"
            "\n"
            "Handling 5 Nyt medborgerhus\n"
            "Byrådet har drøftet sagen. Huset er endnu ikke påbegyndt.\n"
        ),
        [
            ("1", "Ny hundeskov", "paused"),
            ("2", "Flere affaldsspande", "partly_completed"),
            ("3", "Ny bypark", "cancelled"),
            ("4", "Gadebelysning", "in_progress"),
            ("5", "Nyt medborgerhus", "not_started"),
        ],
    ),
    (
        "nb",
        (
            "Status for handlingsplanen\n"
            "\n"
            "Tiltak 1 Ny hundepark\n"
            "Forprosjektet er gjennomført. Prosjektet er stilt i bero inntil tomt er funnet.\n"
            "\n"
            "Tiltak 2 Flere søppelkasser\n"
            "Det er kjøpt inn 40 kasser. Monteringen er delvis gjennomført.\n"
            "\n"
            "Tiltak 3 Ny bypark\n"
            "Reguleringsplanen ble vedtatt i 2023. Prosjektet vil ikke bli gjennomført.\n"
            "\n"
            "Tiltak 4 Gatelys\n"
            "Anbudet ble avsluttet i mars. Arbeidet går etter planen.\n"
            "\n"
            "Tiltak 5 Nytt kulturhus\n"
            "Kommunestyret har drøftet saken. Huset er ennå ikke påbegynt.\n"
        ),
        [
            ("1", "Ny hundepark", "paused"),
            ("2", "Flere søppelkasser", "partly_completed"),
            ("3", "Ny bypark", "cancelled"),
            ("4", "Gatelys", "in_progress"),
            ("5", "Nytt kulturhus", "not_started"),
        ],
    ),
    (
        "nl",
        (
            "Stand van zaken uitvoeringsagenda\n"
            "\n"
            "Actie 1 Nieuw hondenlosloopgebied\n"
            "Het vooronderzoek is afgerond. Het project is on hold gezet tot er een locatie is.\n"
            "\n"
            "Actie 2 Meer afvalbakken\n"
            "Er zijn 40 bakken ingekocht. De plaatsing is gedeeltelijk uitgevoerd.\n"
            "\n"
            "Actie 3 Nieuw stadspark\n"
            "Het bestemmingsplan is in 2023 vastgesteld. Het project gaat niet door.\n"
            "\n"
            "Actie 4 Straatverlichting\n"
            "De aanbesteding is in maart afgerond. Het werk ligt op schema.\n"
            "\n"
            "Actie 5 Nieuw wijkcentrum\n"
            "De raad heeft de zaak besproken. De bouw is nog niet gestart.\n"
        ),
        [
            ("1", "Nieuw hondenlosloopgebied", "paused"),
            ("2", "Meer afvalbakken", "partly_completed"),
            ("3", "Nieuw stadspark", "cancelled"),
            ("4", "Straatverlichting", "in_progress"),
            ("5", "Nieuw wijkcentrum", "not_started"),
        ],
    ),
    (
        "nn",
        (
            "Status for handlingsplanen\n"
            "\n"
            "Tiltak 1 Ny hundepark\n"
            "Forprosjektet er gjennomført. Prosjektet er stilt i bero til tomt er funnen.\n"
            "\n"
            "Tiltak 2 Fleire søppelkassar\n"
            "Det er kjøpt inn 40 kassar. Monteringa er delvis gjennomført.\n"
            "\n"
            "Tiltak 3 Ny bypark\n"
            "Reguleringsplanen vart vedteken i 2023. Prosjektet vert ikkje gjennomført.\n"
            "\n"
            "Tiltak 4 Gatelys\n"
            "Anbodet vart avslutta i mars. Arbeidet går etter planen.\n"
            "\n"
            "Tiltak 5 Nytt kulturhus\n"
            "Kommunestyret har drøfta saka. Huset er enno ikkje påbyrja.\n"
        ),
        [
            ("1", "Ny hundepark", "paused"),
            ("2", "Fleire søppelkassar", "partly_completed"),
            ("3", "Ny bypark", "cancelled"),
            ("4", "Gatelys", "in_progress"),
            ("5", "Nytt kulturhus", "not_started"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ITEMS)
def test_the_sentence_about_the_item_gives_its_status_not_the_background(language, text, expected):
    assert rows(text, language) == expected
