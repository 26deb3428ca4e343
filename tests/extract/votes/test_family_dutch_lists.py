"""Family 2: Dutch decision lists and council pages (nl)."""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"


@pytest.mark.parametrize(
    ("text", "outcome", "unanimous"),
    [
        ("De raad heeft met algemene stemmen besloten de nota grondbeleid vast te stellen.\n", "adopted", True),
        ("De raad besluit de begrotingswijziging 2024 vast te stellen.\n", "adopted", None),
        ("Stemming: unaniem aangenomen\n", "adopted", True),
        ("Het voorstel is zonder stemming aangenomen.\n", "adopted", None),
        ("Motie M5 over het parkeerbeleid wordt verworpen.\n", "rejected", None),
        ("Amendement A2 is aangenomen.\n", "adopted", None),
        ("Het raadsvoorstel wordt aangehouden.\n", "postponed", None),
        ("Het agendapunt wordt van de agenda gehaald.\n", "postponed", None),
    ],
)
def test_dutch_decision_sentences(text, outcome, unanimous):
    (row,) = votes(HEADER + text, "nl")
    assert (row.meeting_date, row.outcome, row.unanimous) == ("2024-04-09", outcome, unanimous)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against"),
    [
        ("Het voorstel is aangenomen met 22 stemmen voor en 7 tegen.\n", 22, 7),
        ("Het amendement wordt aangenomen met 18 stemmen voor en 9 stemmen tegen.\n", 18, 9),
        ("Voorstel raadsbesluit zwembad\nVoor: 24, tegen: 3\n", 24, 3),
        ("De motie wordt verworpen met 10 stemmen voor en 17 stemmen tegen.\n", 10, 17),
        ("Raadsvoorstel sporthal\nAangenomen met 20 stemmen voor en 5 tegen.\n", 20, 5),
    ],
)
def test_dutch_counted_results(text, votes_for, votes_against):
    (row,) = votes(HEADER + text, "nl")
    assert (row.votes_for, row.votes_against, row.unanimous) == (votes_for, votes_against, False)


def test_a_single_party_against_takes_the_stated_total():
    (row,) = votes(HEADER + "Het voorstel wordt aangenomen met 30 stemmen voor en 4 tegen.\nTegen: PVV\n", "nl")
    assert row.votes_against == 4


def test_percentage_result_with_seats_per_fraction():
    (row,) = votes(HEADER + "Stemuitslag\n\nvoor 88%\ntegen 12%\nvoor\nVVD (8), CDA (7)\ntegen\nSP (2)\n", "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", 15, 2)
    assert json.loads(row.against_parties) == {"SP": 2}


def test_counts_written_before_the_verb_belong_to_the_result():
    (row,) = votes(HEADER + "Daaruit blijkt dat de motie met 8 stemmen voor en 19 stemmen tegen is verworpen.\n", "nl")
    assert (row.outcome, row.votes_for, row.votes_against, row.subject) == (
        "rejected",
        8,
        19,
        "Daaruit blijkt dat de motie",
    )
