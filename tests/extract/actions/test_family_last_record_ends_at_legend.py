"""Family: the last record of a tracker is followed by the tracker's legend ("Statusforklaring" and lines that
explain each status word) or by the heading of a proposal outside the plan ("Forslag til nyt tiltak (ikke en del af
planen)"): the record's report ends there, so the legend's "Delvist gennemført: dele af ..." never becomes the
last item's status. Look-alike: a plain comment sentence after the status field still belongs to the record."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

CASES = [
    (
        "da",
        text_of(
            "Status på Affaldsplan 2024-2028",
            "",
            "2.1 Genbrugsplads i Nordby",
            "Ansvarlig: Teknik  |  Tidsplan: 2025",
            "Status: Gennemført.",
            "",
            "2.2 Indsamling af tekstiler",
            "Ansvarlig: Forsyning  |  Tidsplan: 2025-2026",
            "Status: I gang. Beholderne opstilles i løbet af foråret.",
            "",
            "Statusforklaring",
            "Gennemført: handlingen er afsluttet.  I gang: arbejdet er påbegyndt.",
            "Delvist gennemført: dele af handlingen er afsluttet.  Opgivet: handlingen udgår.",
        ),
        [("2.1", "completed"), ("2.2", "in_progress")],
    ),
    (
        "nb",
        text_of(
            "Rapportering handlingsplan for friluftsliv 2026",
            "",
            "Tiltak 3.1 Ny gapahuk ved Storvatnet",
            "Status: Pågår. Byggingen starter i juni.",
            "",
            "Forslag til nytt tiltak (ikke en del av handlingsplanen)",
            "3.2 Turkart for hele kommunen - administrasjonen vurderer kostnadene.",
            "",
            "Tegnforklaring",
            "Fullført: tiltaket er ferdig.  Delvis fullført: deler av tiltaket er ferdig.",
        ),
        [("3.1", "in_progress")],
    ),
    (
        "nn",
        text_of(
            "Rapport på handlingsplan for trafikktryggleik",
            "",
            "Tiltak 1.1 Fartsdump ved skulen",
            "Status: Ferdig.",
            "",
            "Tiltak 1.2 Lys langs gangvegen",
            "Status: Starta opp. Anbodet er ute.",
            "",
            "Forklaring",
            "Ferdig: tiltaket er gjennomført.  Delvis gjennomført: delar er ferdige.  Utgår: tiltaket er stroke.",
        ),
        [("1.1", "completed"), ("1.2", "in_progress")],
    ),
    (
        "nl",
        text_of(
            "Voortgangsrapportage Uitvoeringsprogramma Groen 2026",
            "",
            "Actie 5.1 Bomen langs de Dorpsstraat",
            "Status: Afgerond.",
            "",
            "Actie 5.2 Geveltuinen in de wijk Noord",
            "Status: In uitvoering. Twintig tuinen zijn aangevraagd.",
            "",
            "Legenda",
            "Afgerond: de actie is klaar.  Deels afgerond: een deel is klaar.  Vervallen: de actie gaat niet door.",
        ),
        [("5.1", "completed"), ("5.2", "in_progress")],
    ),
    (
        "da",
        text_of(
            "Opfølgning på Sundhedspolitikken 2026",
            "",
            "Indsats 4 Røgfri skoletid",
            "Status: Gennemført på alle skoler.",
            "",
            "Indsats 5 Flere aktive seniorer",
            "Status: Ikke påbegyndt.",
            "",
            "Nyt forslag (ikke en del af planen)",
            "Indsats 6 Motion på recept - forvaltningen undersøger mulighederne.",
        ),
        [("4", "completed"), ("5", "not_started")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_last_record_ends_at_the_legend_or_a_proposal(language: str, text: str, expected: list) -> None:
    assert [(a, s) for a, _, s in rows(text, language)] == expected


def test_a_comment_after_the_status_still_counts() -> None:
    text = text_of(
        "Status på klimaplanen",
        "",
        "Handling 1 Solceller på skolerne",
        "Status: Gennemført.",
        "",
        "Handling 2 Elbiler i hjemmeplejen",
        "Status:",
        "Projektet er sat i bero, indtil leverandøren kan levere bilerne.",
    )
    assert [s for _, _, s in rows(text, "da")] == ["completed", "paused"]
