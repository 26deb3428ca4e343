"""A report that closes with a new idea said to stand outside the plan ("Nieuwe maatregel (nog niet in het
programma)", "Nyt forslag – ikke en del af handleplanen", "Ny idé, ikkje med i planen"): a proposal, not one of
the plan's actions, though its words ("nog niet", "ikke") read like a status. The plan's own items above keep
their rows. Documents written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

OUTSIDE = [
    (
        "nl",
        "Voortgangsrapportage Groenplan 2026\n"
        "1.1 Bomen in de Dorpsstraat\nStatus: afgerond\n"
        "1.2 Geveltuinen Oost\nStatus: loopt\n"
        "Nieuwe maatregel (nog niet in het programma)\n"
        "    Een bloemenlint langs de dijk wordt verkend op verzoek van de raad.\n",
        [("1.1", "Bomen in de Dorpsstraat", "completed"), ("1.2", "Geveltuinen Oost", "in_progress")],
    ),
    (
        "da",
        "Status for handleplanen 2026\n"
        "1.1 Nye stier i Skovparken\nStatus: Gennemført\n"
        "1.2 Shelterplads ved søen\nStatus: I gang\n"
        "Nyt forslag – ikke en del af handleplanen\n"
        "Der undersøges en naturlegeplads ved skolen; et oplæg følger i foråret.\n",
        [("1.1", "Nye stier i Skovparken", "completed"), ("1.2", "Shelterplads ved søen", "in_progress")],
    ),
    (
        "nb",
        "Rapportering på handlingsplanen 2026\n"
        "1.1 Ny lekeplass på Torget\nStatus: Fullført\n"
        "1.2 Benker langs elva\nStatus: Pågår\n"
        "Nytt tiltak (ikke med i planen ennå)\n"
        "Administrasjonen ser på en badebrygge ved Storvika.\n",
        [("1.1", "Ny lekeplass på Torget", "completed"), ("1.2", "Benker langs elva", "in_progress")],
    ),
    (
        "nn",
        "Rapport om handlingsplanen 2026\n"
        "1.1 Ny gapahuk ved vatnet\nStatus: Ferdig\n"
        "1.2 Merka turstiar\nStatus: Pågår\n"
        "Ny idé, ikkje ein del av planen\n"
        "Kommunen vurderer ein sykkelpark ved skulen.\n",
        [("1.1", "Ny gapahuk ved vatnet", "completed"), ("1.2", "Merka turstiar", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OUTSIDE)
def test_a_proposal_outside_the_plan_is_no_action(language, text, expected):
    assert rows(text, language) == expected


def test_an_item_not_started_in_the_plan_stays_an_action():
    text = "Voortgang 2026\n1.1 Bomen in de Dorpsstraat\nStatus: nog niet gestart\n1.2 Geveltuinen\nStatus: loopt\n"
    assert rows(text, "nl") == [
        ("1.1", "Bomen in de Dorpsstraat", "not_started"),
        ("1.2", "Geveltuinen", "in_progress"),
    ]


LISTED_OUTSIDE = [
    (
        "nl",
        "Opvolging meerjarenplan 2026\n"
        "Actie 1.1 Nieuwe sporthal\nStatus: in uitvoering\n"
        "Nieuwe voorstellen (nog niet in het meerjarenplan):\n"
        "  - Deelfietsen aan het station (onderzoek opgestart)\n",
        [("1.1", "Nieuwe sporthal", "in_progress")],
    ),
    (
        "nb",
        "Oppfølging av handlingsplanen 2026\n"
        "Tiltak 1: Ny lekeplass\nStatus: Fullført\n"
        "Nye forslag som ikke er med i økonomiplanen:\n"
        "  - Badebrygge i Storvika (utredning startet)\n",
        [("1", "Ny lekeplass", "completed")],
    ),
    (
        "da",
        "Opfølgning på handleplanen 2026\n"
        "Handling 1: Nye stier\nStatus: Gennemført\n"
        "Nye idéer, som ikke er en del af planen:\n"
        "  - Naturlegeplads ved skolen (undersøgelse igangsat)\n",
        [("1", "Nye stier", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LISTED_OUTSIDE)
def test_items_listed_under_an_intro_outside_the_plan_are_no_actions(language, text, expected):
    assert rows(text, language) == expected
