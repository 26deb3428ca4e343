"""Recommendations listed under an intro whose last sentence gives advice and ends in a colon ("Het
rekenkamerrapport beveelt het college aan:", "Klimarådet anbefaler:", "Klimarådet tilrår:"): the items are advice
for the next plan, no action reported on, even where a sentence before them ("De meeste acties zijn uitgevoerd.")
reads like a status. Items listed under an intro that reports them done stay actions. Reports written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

RECOMMENDATIONS = [
    (
        "nl",
        text_of(
            "Evaluatie uitvoeringsagenda sport 2022-2025",
            "| Nr | Actie                      | Stand van zaken            |",
            "| S1 | Beweegtuin bij De Hoven     | Gerealiseerd in 2024.      |",
            "| S2 | Sportakkoord jeugd          | Loopt nog.                 |",
            "",
            "Conclusies",
            "De meeste acties zijn uitgevoerd. Het rekenkamerrapport beveelt het college aan:",
            "  1. een vaste contactpersoon per sportvereniging;",
            "  2. de subsidieregeling te vereenvoudigen;",
            "  3. elk jaar te rapporteren aan de raad.",
        ),
        [("S1", "Beweegtuin bij De Hoven", "completed"), ("S2", "Sportakkoord jeugd", "in_progress")],
    ),
    (
        "da",
        text_of(
            "Status på klimahandleplanen 2025",
            "A1 Solceller på skolerne - Gennemført",
            "A2 Elbiler i hjemmeplejen - I gang",
            "",
            "Evaluering",
            "Halvdelen af indsatserne er afsluttet. Klimarådet anbefaler:",
            "- at den næste plan får færre indsatser;",
            "- at hver indsats får en tovholder;",
            "- at status gøres op hvert halve år.",
        ),
        [("A1", "Solceller på skolerne", "completed"), ("A2", "Elbiler i hjemmeplejen", "in_progress")],
    ),
    (
        "nb",
        text_of(
            "Rapportering på handlingsplan for folkehelse 2025",
            "Tiltak 1.1 Turløyper i nærmiljøet - fullført",
            "Tiltak 1.2 Frisklivssentral - pågår",
            "",
            "Vurdering",
            "Planen er i hovedsak gjennomført. Arbeidsgruppen anbefaler følgende:",
            "1. færre tiltak i neste plan,",
            "2. tydelig ansvar for hvert tiltak,",
            "3. årlig rapportering til kommunestyret.",
        ),
        [("1.1", "Turløyper i nærmiljøet", "completed"), ("1.2", "Frisklivssentral", "in_progress")],
    ),
    (
        "nn",
        text_of(
            "Rapport om tiltaka i klimaplanen",
            "| Nr  | Tiltak                 | Status |",
            "| 2.1 | Ladepunkt ved rådhuset | Ferdig |",
            "",
            "Vidare arbeid",
            "Dei fleste tiltaka er gjennomførte. Klimarådet tilrår:",
            "a) færre tiltak i neste plan;",
            "b) fast rapportering kvart år.",
        ),
        [("2.1", "Ladepunkt ved rådhuset", "completed")],
    ),
]
REPORTED_LISTS = [
    (
        "nb",
        text_of(
            "Oppfølging av handlingsplanen",
            "Disse tiltakene er fullført:",
            "1. Ny gapahuk ved vannet",
            "2. Benker langs elva",
        ),
        [("1", "Ny gapahuk ved vannet", "completed"), ("2", "Benker langs elva", "completed")],
    ),
    (
        "da",
        text_of(
            "Opfølgning på handleplanen",
            "Følgende indsatser er gennemført:",
            "1. Ny legeplads i Nørreby",
            "2. Bænke langs søen",
        ),
        [("1", "Ny legeplads i Nørreby", "completed"), ("2", "Bænke langs søen", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECOMMENDATIONS)
def test_items_under_an_intro_giving_advice_are_no_actions(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), REPORTED_LISTS)
def test_items_under_an_intro_reporting_them_done_stay_actions(language, text, expected):
    assert rows(text, language) == expected
