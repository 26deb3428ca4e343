"""Short status values of trackers never seen, in the shapes they come in (written for these tests):
"Title: value" bullets, a heading over its value, and a table whose status column is headed
"Fase"; Dutch values with no status verb ("loopt", "op schema", "vertraagd", "in voorbereiding",
"afgerond in 2025") and the Danish and Norwegian ones ("forløber planmæssigt", "planlagt", "stogga")."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

VALUES = [
    (
        "da",
        (
            "Handleplan for trafiksikkerhed – status\n"
            "\n"
            "• Sikre skoleveje: forløber planmæssigt\n"
            "• Nye fodgængerfelter: planlagt\n"
            "• Hastighedsdæmpning i landsbyerne: sat på vent\n"
            "• Cykelkampagne: afløst af national kampagne\n"
            "• Belysning på stierne: delvist gennemført\n"
            "• Trafikpolitik: ikke påbegyndt endnu\n"
        ),
        [
            (None, "Sikre skoleveje", "in_progress"),
            (None, "Nye fodgængerfelter", "not_started"),
            (None, "Hastighedsdæmpning i landsbyerne", "paused"),
            (None, "Cykelkampagne", "cancelled"),
            (None, "Belysning på stierne", "partly_completed"),
            (None, "Trafikpolitik", "not_started"),
        ],
    ),
    (
        "da",
        (
            "Projektoversigt 2024\n"
            "Projekt\tFase\tBemærkning\n"
            "Sikre skoleveje\tI gang\tudbud afsluttet\n"
            "Nye fodgængerfelter\tPlanlagt\t\n"
            "Hastighedsdæmpning\tSat på vent\tafventer budget\n"
            "Cykelkampagne\tDroppet\t\n"
            "Belysning på stierne\tGennemført\t\n"
        ),
        [
            (None, "Sikre skoleveje", "in_progress"),
            (None, "Nye fodgængerfelter", "not_started"),
            (None, "Hastighedsdæmpning", "paused"),
            (None, "Cykelkampagne", "cancelled"),
            (None, "Belysning på stierne", "completed"),
        ],
    ),
    (
        "nb",
        (
            "Handlingsplan for trafikksikkerhet – status\n"
            "\n"
            "• Trygge skoleveier: går etter planen\n"
            "• Nye fotgjengerfelt: planlagt\n"
            "• Fartsdemping i bygdene: satt på vent\n"
            "• Sykkelkampanje: lagt bort\n"
            "• Belysning på turstiene: delvis gjennomført\n"
            "• Trafikkplan: ikke påbegynt ennå\n"
        ),
        [
            (None, "Trygge skoleveier", "in_progress"),
            (None, "Nye fotgjengerfelt", "not_started"),
            (None, "Fartsdemping i bygdene", "paused"),
            (None, "Sykkelkampanje", "cancelled"),
            (None, "Belysning på turstiene", "partly_completed"),
            (None, "Trafikkplan", "not_started"),
        ],
    ),
    (
        "nl",
        (
            "Uitvoeringsprogramma Klimaat – stand van zaken\n"
            "\n"
            "• Zonnepanelen op sporthallen: loopt\n"
            "• Warmtevisie wijken: op schema\n"
            "• Laadpalen in de wijken: vertraagd\n"
            "• Energiecoaches: in voorbereiding\n"
            "• Groene schoolpleinen: nog niet gestart\n"
            "• Isolatie gemeentelijk vastgoed: afgerond in 2025\n"
        ),
        [
            (None, "Zonnepanelen op sporthallen", "in_progress"),
            (None, "Warmtevisie wijken", "in_progress"),
            (None, "Laadpalen in de wijken", "in_progress"),
            (None, "Energiecoaches", "in_progress"),
            (None, "Groene schoolpleinen", "not_started"),
            (None, "Isolatie gemeentelijk vastgoed", "completed"),
        ],
    ),
    (
        "nl",
        (
            "Projectenoverzicht 2024\n"
            "Project\tFase\tOpmerking\n"
            "Zonnepanelen op sporthallen\tloopt\taanbesteding gegund\n"
            "Warmtevisie wijken\top schema\t\n"
            "Laadpalen in de wijken\tvertraagd\tnetcongestie\n"
            "Energiecoaches\tin voorbereiding\t\n"
            "Groene schoolpleinen\tnog niet gestart\t\n"
            "Isolatie gemeentelijk vastgoed\tafgerond in 2025\t\n"
        ),
        [
            (None, "Zonnepanelen op sporthallen", "in_progress"),
            (None, "Warmtevisie wijken", "in_progress"),
            (None, "Laadpalen in de wijken", "in_progress"),
            (None, "Energiecoaches", "in_progress"),
            (None, "Groene schoolpleinen", "not_started"),
            (None, "Isolatie gemeentelijk vastgoed", "completed"),
        ],
    ),
    (
        "nl",
        (
            "Stand van zaken projecten\n"
            "\n"
            "Zonnepanelen op sporthallen\n"
            "loopt\n"
            "\n"
            "Warmtevisie wijken\n"
            "op schema\n"
            "\n"
            "Laadpalen in de wijken\n"
            "vertraagd door netcongestie\n"
            "\n"
            "Energiecoaches\n"
            "in voorbereiding\n"
            "\n"
            "Groene schoolpleinen\n"
            "nog niet gestart\n"
        ),
        [
            (None, "Zonnepanelen op sporthallen", "in_progress"),
            (None, "Warmtevisie wijken", "in_progress"),
            (None, "Laadpalen in de wijken", "in_progress"),
            (None, "Energiecoaches", "in_progress"),
            (None, "Groene schoolpleinen", "not_started"),
        ],
    ),
    (
        "nn",
        (
            "Handlingsplan for trafikktryggleik – status\n"
            "\n"
            "• Trygge skulevegar: går etter planen\n"
            "• Nye fotgjengarfelt: planlagt\n"
            "• Fartsdemping i bygdene: stogga\n"
            "• Sykkelkampanje: lagt bort\n"
            "• Lys på turstiane: delvis gjennomført\n"
            "• Trafikkplan: er ikkje starta\n"
        ),
        [
            (None, "Trygge skulevegar", "in_progress"),
            (None, "Nye fotgjengarfelt", "not_started"),
            (None, "Fartsdemping i bygdene", "cancelled"),
            (None, "Sykkelkampanje", "cancelled"),
            (None, "Lys på turstiane", "partly_completed"),
            (None, "Trafikkplan", "not_started"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), VALUES)
def test_a_short_status_value_gives_each_item_its_status(language, text, expected):
    assert rows(text, language) == expected
