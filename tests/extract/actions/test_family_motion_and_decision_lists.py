"""Lists of motions and commitments and follow-ups of council decisions (written for these tests):
every row or headed entry is an action, also one titled "Motie ..." or "Toezegging ..." with or
without a number, and a date column dates a decision without numbering it."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

LISTS = [
    (
        "da",
        (
            "Opfølgning på byrådsbeslutninger\n"
            "Dato\tBeslutning\tStatus\n"
            "12.03.2024\tNye legepladser i midtbyen\tI gang\n"
            "09.04.2024\tGratis busser for unge\tIkke gennemført endnu\n"
            "14.05.2024\tNy svømmehal\tUdsat på ubestemt tid\n"
            "11.06.2024\tHundeskov ved søen\tForløber planmæssigt\n"
            "10.09.2024\tFlere p-pladser ved stationen\tAfløst af ny parkeringsplan\n"
        ),
        [
            (None, "Nye legepladser i midtbyen", "in_progress"),
            (None, "Gratis busser for unge", "not_started"),
            (None, "Ny svømmehal", "paused"),
            (None, "Hundeskov ved søen", "in_progress"),
            (None, "Flere p-pladser ved stationen", "cancelled"),
        ],
    ),
    (
        "da",
        (
            "Opfølgning på byrådsbeslutninger 2024\n"
            "\n"
            "Beslutning: Nye legepladser i midtbyen\n"
            "Status: I gang\n"
            "\n"
            "Beslutning: Gratis busser for unge\n"
            "Status: Ikke påbegyndt\n"
            "\n"
            "Beslutning: Ny svømmehal\n"
            "Status: Sat på vent\n"
            "\n"
            "Beslutning: Hundeskov ved søen\n"
            "Status: Gennemført\n"
            "\n"
            "Beslutning: Flere p-pladser ved stationen\n"
            "Status: Bortfaldet\n"
        ),
        [
            (None, "Nye legepladser i midtbyen", "in_progress"),
            (None, "Gratis busser for unge", "not_started"),
            (None, "Ny svømmehal", "paused"),
            (None, "Hundeskov ved søen", "completed"),
            (None, "Flere p-pladser ved stationen", "cancelled"),
        ],
    ),
    (
        "nb",
        (
            "Vedtaksoppfølging 2024\n"
            "Sak\tVedtak\tStatus\n"
            "12/24\tNy turvei langs elva\tPlanlagt\n"
            "15/24\tUtvide åpningstidene på biblioteket\tGjennomført\n"
            "18/24\tGratis parkering for elbiler\tLagt bort\n"
            "21/24\tNy brannstasjon\tSatt på vent\n"
            "23/24\tOppgradere lysløypa\tDelvis gjennomført\n"
        ),
        [
            ("12/24", "Ny turvei langs elva", "not_started"),
            ("15/24", "Utvide åpningstidene på biblioteket", "completed"),
            ("18/24", "Gratis parkering for elbiler", "cancelled"),
            ("21/24", "Ny brannstasjon", "paused"),
            ("23/24", "Oppgradere lysløypa", "partly_completed"),
        ],
    ),
    (
        "nn",
        (
            "Vedtaksoppfølging 2024\n"
            "Sak\tVedtak\tStatus\n"
            "12/24\tNy turveg langs elva\tPlanlagt\n"
            "15/24\tUtvide opningstidene på biblioteket\tGjennomført\n"
            "18/24\tGratis parkering for elbilar\tStogga\n"
            "21/24\tNy brannstasjon\tEr ikkje starta\n"
            "23/24\tOppgradere lysløypa\tEr delvis i gang\n"
        ),
        [
            ("12/24", "Ny turveg langs elva", "not_started"),
            ("15/24", "Utvide opningstidene på biblioteket", "completed"),
            ("18/24", "Gratis parkering for elbilar", "cancelled"),
            ("21/24", "Ny brannstasjon", "not_started"),
            ("23/24", "Oppgradere lysløypa", "in_progress"),
        ],
    ),
    (
        "nl",
        (
            "Lijst van moties en toezeggingen\n"
            "Nr.\tOnderwerp\tStand van zaken\n"
            "M1\tMotie Bomen in de binnenstad\tIn uitvoering\n"
            "T1\tToezegging Informatie over parkeerbeleid\tAfgedaan\n"
            "M2\tMotie Verlichting fietspaden\tNog niet gestart\n"
            "T2\tToezegging Evaluatie subsidieregeling\tLoopt\n"
            "M3\tMotie Hondenpoep in parken\tGeschrapt\n"
        ),
        [
            ("M1", "Motie Bomen in de binnenstad", "in_progress"),
            ("T1", "Toezegging Informatie over parkeerbeleid", "completed"),
            ("M2", "Motie Verlichting fietspaden", "not_started"),
            ("T2", "Toezegging Evaluatie subsidieregeling", "in_progress"),
            ("M3", "Motie Hondenpoep in parken", "cancelled"),
        ],
    ),
    (
        "nl",
        (
            "Lijst van moties en toezeggingen raad 2024\n"
            "\n"
            "Motie vreemd aan de orde: gratis zwemles\n"
            "Stand van zaken: de regeling gaat in per 1 januari 2025.\n"
            "Status: in uitvoering\n"
            "\n"
            "Toezegging wethouder Jansen: informeren over de kosten van de brug\n"
            "Stand van zaken: de raad is geïnformeerd per raadsinformatiebrief.\n"
            "Status: afgedaan\n"
            "\n"
            "Motie 2024-12 Zwerfafval\n"
            "Status: geschrapt\n"
            "\n"
            "Toezegging 2024-T07 Onderzoek naar een hondenlosloopgebied\n"
            "Status: op schema\n"
            "\n"
            "Motie 2024-15 Meer bankjes in het centrum\n"
            "Status: gerealiseerd\n"
        ),
        [
            (None, "Motie vreemd aan de orde: gratis zwemles", "in_progress"),
            (None, "Toezegging wethouder Jansen: informeren over de kosten van de brug", "completed"),
            ("2024-12", "Zwerfafval", "cancelled"),
            ("2024-T07", "Onderzoek naar een hondenlosloopgebied", "in_progress"),
            ("2024-15", "Meer bankjes in het centrum", "completed"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LISTS)
def test_every_row_of_a_motion_or_decision_list_is_an_action(language, text, expected):
    assert rows(text, language) == expected
