"""doc_type of a status report on a plan whose title is the plan's own name: the line right under the title names
the report ("Klimaplan 2024-2030" / "Statusrapport per 1. september 2026"), or the title opens with a compound of
status ("Statusnotat: Handleplan for ..."). A plan whose next line is a field ("Status: Vedtaget ..."), or a plan
with a status report only further down, stays a plan. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import infer

REPORTS = [
    ("da", "Solrød Kommune\nHandleplan for grøn omstilling 2024-2027\n"
     "Statusrapport, april 2026 - til Teknikudvalget\n\n"
     "Handleplanen har otte handlinger. Tabellen viser status for hver handling.\n"),
    ("da", "Ringsted Kommune\nStatusnotat: Handleplan for landdistrikterne 2025-2028\n\nBaggrund\n"
     "Handleplanen blev vedtaget i 2025. Notatet giver status pr. 1. juni 2026.\n"),
    ("nb", "Nes kommune\nKlima- og energiplan 2023-2030 - handlingsdel\nStatusrapport per 1. oktober 2026\n\n"
     "Handlingsdelen har ti tiltak. Tabellen viser status for hvert tiltak.\n"),
    ("nn", "Vik kommune\nHandlingsplan for reiseliv 2024-2027\nStatusrapport per 1. september 2026\n\n"
     "Handlingsplanen har åtte tiltak. Tabellen viser status for kvart tiltak.\n"),
    ("nl", "Gemeente Zeewolde\nUitvoeringsprogramma Duurzaamheid 2024-2027\nVoortgangsrapportage 2026\n\n"
     "Het programma telt twaalf acties. De tabel geeft per actie de stand van zaken.\n"),
]


@pytest.mark.parametrize(("language", "text"), REPORTS)
def test_a_status_report_under_a_plans_name_is_a_report(language, text):
    assert infer(text, language)["doc_type"] == "report"


PLANS = [
    ("da", "Solrød Kommune\nHandleplan for grøn omstilling 2024-2027\nStatus: Vedtaget af byrådet 3. marts 2024\n\n"
     "Handleplanen har otte handlinger, som gennemføres frem til 2027.\n"),
    ("nb", "Nes kommune\nHandlingsplan for reiseliv 2024-2027\nVedtatt av kommunestyret 12. mars 2024\n\n"
     "Handlingsplanen har åtte tiltak. Hvert år lages en statusrapport.\n"),
]


@pytest.mark.parametrize(("language", "text"), PLANS)
def test_a_plan_whose_next_line_is_no_status_report_stays_a_plan(language, text):
    assert infer(text, language)["doc_type"] == "programme"
