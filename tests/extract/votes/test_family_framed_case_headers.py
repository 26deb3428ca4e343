"""Case headers framed by short rules on both sides ("--- 31/26 Godkjenning av møtebok ---", "== 12/26 Budsjett =="):
the frame is the rule a case opens under, so the number and the title are the case's and every decision inside the
case takes that number. A framed page mark ("--- side 2 ---") or a framed line that starts with no case number opens
no case."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "da": "Økonomiudvalget\n\nMødedato: 11.03.2026\n\n",
    "nb": "Formannskapet\n\nMøtedato: 11.03.2026\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 11.03.2026\n\n",
}

CASES = [
    (
        "nb",
        "--- 31/26 Godkjenning av møtebok fra 22.04.2026 ---\nVedtak: Godkjent.\n\n"
        "--- 32/26 Salg av tomt på Moen ---\nVedtak: Saken sendes tilbake til kommunedirektøren.\n",
        [("31/26", "adopted"), ("32/26", "postponed")],
    ),
    (
        "nn",
        "=== 12/26 Budsjettregulering 1. tertial ===\nVedtak: Samrøystes vedteke.\n\n"
        "=== 13/26 Melding om tilsyn ===\nVedtak: Kommunestyret tek meldinga til vitande.\n",
        [("12/26", "adopted"), ("13/26", "noted")],
    ),
    (
        "nb",
        "-- PS-fri 7/2026 Tertialrapport --\n\n"  # a frame around a line that opens with no number: no case
        "-- 8/2026 Ny barnehage på Moen --\nVedtak: Innstillingen ble vedtatt med 20 mot 7 stemmer.\n",
        [("8/2026", "adopted")],
    ),
    (
        "da",
        "---- 101/26 Anlægsbevilling til cykelsti ----\nBeslutning: Godkendt.\n\n"
        "---- 102/26 Budgetopfølgning ----\nBeslutning: Taget til efterretning.\n",
        [("101/26", "adopted"), ("102/26", "noted")],
    ),
    (
        "nn",
        "~~ 44/26 Reguleringsplan for Vågå sentrum ~~\nVedtak:\nTilrådinga vart vedteken med 5 mot 2 røyster.\n",
        [("44/26", "adopted")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_framed_case_header_numbers_the_decisions_below_it(language, text, expected):
    rows = votes(MEETING[language] + text, language)
    assert [(r.case_number, r.outcome) for r in rows] == expected


def test_a_framed_page_mark_opens_no_case():
    text = "--- 31/26 Reguleringsplan Moen ---\nVedtak: Enstemmig vedtatt.\n\n--- side 2 ---\n\nVedtak: Godkjent.\n"
    rows = votes(MEETING["nb"] + text, "nb")
    assert {r.case_number for r in rows} == {"31/26"}


def test_a_framed_date_is_no_case_number():
    text = "--- 11/3 2026 ---\n\nVedtak: Godkjent.\n"
    assert [r.case_number for r in votes(MEETING["nb"] + text, "nb")] == [None]
