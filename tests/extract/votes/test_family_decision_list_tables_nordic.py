"""Danish decision lists written as a table ("| Nr. | Sag | Beslutning |", one row per item with its result) and
explained below item by item ("Ad 202. Budget 2027-2030"); and the minutes' sign-off read aloud ("Protokollen
oplæst og godkendt.", "Protokollen ble opplest og godkjent."), which decides nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kommunalbestyrelsen\n\nBeslutninger fra mødet onsdag 28. oktober 2026\n\n"
    "| Nr. | Sag | Beslutning |\n|---|---|---|\n"
)

ROWS = [
    ("| 201 | Godkendelse af dagsorden | Godkendt |", ("201", "Godkendelse af dagsorden", "adopted")),
    (
        "| 203 | Samarbejdsaftale om brandberedskab | Udsat til mødet i november |",
        ("203", "Samarbejdsaftale om brandberedskab", "postponed"),
    ),
    ("| 204 | Halvårsregnskab 2026 | Taget til efterretning |", ("204", "Halvårsregnskab 2026", "noted")),
    ("| 12 | Lokalplan 88 for Bymidten | Vedtaget |", ("12", "Lokalplan 88 for Bymidten", "adopted")),
    ("| 13a | Forslag fra Ø om gratis bus | Forkastet |", ("13a", "Forslag fra Ø om gratis bus", "rejected")),
    ("14 | Anlægsbevilling til ny hal | Enstemmigt godkendt |", ("14", "Anlægsbevilling til ny hal", "adopted")),
]


@pytest.mark.parametrize(("row", "expected"), ROWS)
def test_each_row_of_a_decision_table_is_a_decision_about_its_item(row, expected):
    rows = votes(HEAD + row + "\n", "da")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [expected]


@pytest.mark.parametrize(
    "row", ["| 202 | Budget 2027-2030 | Se nedenfor |", "| 205 | Ny skolestruktur | Trukket af dagsordenen |"]
)
def test_a_row_without_a_result_is_no_decision(row):
    assert votes(HEAD + row + "\n", "da") == []


@pytest.mark.parametrize(
    "reference",
    [
        "Ad 202. Budget 2027-2030",
        "Ad pkt. 202 Budget 2027-2030",
        "Vedr. punkt 202: Budget 2027-2030",
        "Ad sag 202 Budget 2027-2030",
        "Vedrørende 202. Budget 2027-2030",
    ],
)
def test_an_item_explained_below_the_table_is_that_items_case(reference):
    text = (
        HEAD + "| 202 | Budget 2027-2030 | Se nedenfor |\n| 204 | Halvårsregnskab 2026 | Taget til efterretning |\n\n"
        f"{reference}\n\nBudgetforslaget blev vedtaget med 11 stemmer mod 10.\n"
    )
    rows = votes(text, "da")
    assert [(r.case_number, r.outcome) for r in rows] == [("204", "noted"), ("202", "adopted")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Protokollen oplæst og godkendt."),
        ("da", "Referatet blev læst op og godkendt."),
        ("nb", "Protokollen ble opplest og godkjent."),
        ("nb", "Møteboka lest opp og godkjent."),
        ("nn", "Protokollen vart lesen opp og godkjend."),
    ],
)
def test_the_minutes_read_aloud_and_approved_decide_nothing(language, text):
    case = {
        "da": "12. Budget\nBeslutning:\nGodkendt.\n\n",
        "nb": "PS 12/26 Budsjett\nVedtak:\nVedtatt.\n\n",
        "nn": "PS 12/26 Budsjett\nVedtak:\nVedteke.\n\n",
    }[language]
    meeting = {
        "da": "Byrådet\nMødedato: 28. oktober 2026\n\n",
        "nb": "Bystyret\nMøtedato: 28.10.2026\n\n",
        "nn": "Kommunestyret\nMøtedato: 28.10.2026\n\n",
    }[language]
    rows = votes(meeting + case + text + "\n", language)
    assert [r.case_number for r in rows] == [{"da": "12"}.get(language, "12/26")]
