"""doc_type family (Nynorsk): minutes whose head names no genre ("Sula kommune" / "Utval: Formannskapet") show
what they are in their case blocks: "Røysting:" and "Tilråding:" lines, "Tilrådinga vart samrøystes vedteken.",
"Framlegget fall." A report word in one case's title ("Tertialrapport 1/2026") does not make them a report. A
report or plan that only mentions a recommendation or a proposal stays what it is. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title

MINUTES = [
    "Sula kommune\nUtval:      Formannskapet\nDato:       16.04.2026\n\nFSK-18/26 Tertialrapport 1/2026\n"
    "Tilråding: Formannskapet tek rapporten til vitande.\nRøysting: Tilrådinga vart samrøystes vedteken.\n\n"
    "FSK-19/26 Tilskot til kunstgrasbane\nRøysting: Tilrådinga vart vedteken med 6 mot 3 røyster.\n",
    "Ørsta kommune\nUtval: Levekårsutvalet\nDato: 03.03.2026\n\nLU-4/26 Årsmelding for barnevernet\n"
    "Røysting: Samrøystes vedteken.\n\nLU-5/26 Framlegg om ny fritidsklubb\nFramlegget fall med 4 mot 5 røyster.\n"
    "Røysting: Framlegget fall.\n",
    "Luster kommune\nMøte i kommunestyret 12.02.2026\n\nKS-2/26 Rapport om skulestruktur\n"
    "Tilråding: Kommunestyret tek rapporten til orientering.\nRøysting: Tilrådinga vart samrøystes vedteken.\n"
    "KS-3/26 Budsjettjustering\nRøysting: Tilrådinga vart vedteken med 20 mot 7 røyster.\n",
    "Stryn kommune\nUtval for teknisk, landbruk og miljø\n16.01.2026\n\nTLM-1/26 Statusrapport vegar\n"
    "Tilråding: Rapporten vert teken til vitande.\nRøysting: Samrøystes vedteken.\n"
    "TLM-2/26 Framlegg frå Sp om grusvegar\nRøysting: Framlegget fall mot 3 røyster.\n",
    "Gloppen kommune\nUtval: Formannskapet\nDato: 08.05.2026\n\nFS-30/26 Tertialrapport\n"
    "Røysting: Tilrådinga vart samrøystes vedteken.\nFS-31/26 Kjøp av tomt\n"
    "Røysting: Tilrådinga vart vedteken mot 2 røyster.\nFS-32/26 Sal av bustad\nRøysting: Samrøystes vedteken.\n",
]


@pytest.mark.parametrize("text", MINUTES)
def test_minutes_with_voting_lines_are_minutes_whatever_a_case_title_says(text):
    assert doc_type(text, title(text), "nn") == "case_protocol"


def test_a_report_that_mentions_a_recommendation_stays_a_report():
    text = (
        "Tertialrapport 1/2026\nRapport til kommunestyret\n\nStatus: Drifta er i balanse.\n"
        "Tilrådinga frå revisjonen er følgd opp.\nStatus: Investeringane er i rute.\n"
    )
    assert doc_type(text, title(text), "nn") == "report"


def test_a_plan_with_a_proposal_heading_is_no_minutes():
    text = (
        "Handlingsplan for folkehelse 2026-2029\n\nFramlegg til tiltak\nKommunen skal byggje fleire turstiar.\n"
        "Planen har fire satsingsområde og tolv tiltak.\n"
    )
    assert doc_type(text, title(text), "nn") != "case_protocol"
