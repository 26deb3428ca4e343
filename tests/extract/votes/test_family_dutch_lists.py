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
        ("Het voorstel is zonder stemming aangenomen.\n", "adopted", None),  # nobody asked for a vote: none was held
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
        "Daaruit blijkt dat de motie met 8 stemmen voor en 19 stemmen tegen is verworpen",
    )


CASE = HEADER + "Agendapunt 6 Nota grondbeleid\n\n"


@pytest.mark.parametrize(
    ("text", "outcome", "votes_for", "votes_against"),
    [
        ("Stemming: aangenomen met 20 stemmen voor en 9 tegen.\n", "adopted", 20, 9),
        ("Stemuitslag: verworpen met 12 stemmen voor en 21 tegen\n", "rejected", 12, 21),
        ("Uitslag: aangenomen.\n", "adopted", None, None),
        ("Resultaat: niet aangenomen met 10 stemmen voor en 20 stemmen tegen.\n", "rejected", 10, 20),
        ("Stemming: Goedgekeurd met 27 stemmen voor en 4 tegen\n", "adopted", 27, 4),
    ],
)
def test_a_result_label_before_a_bare_outcome_leaves_the_case_title_as_subject(text, outcome, votes_for, votes_against):
    (row,) = votes(CASE + text, "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == (
        "Nota grondbeleid",
        outcome,
        votes_for,
        votes_against,
    )


@pytest.mark.parametrize(
    ("line", "subject", "outcome", "votes_for", "votes_against"),
    [
        (
            "Motie 2024-12 (VVD) Parkeren: aangenomen met 20 stemmen voor en 15 tegen",
            "Motie 2024-12 (VVD) Parkeren",
            "adopted",
            20,
            15,
        ),
        (
            "Amendement Groene daken: verworpen met 9 stemmen voor en 26 tegen.",
            "Amendement Groene daken",
            "rejected",
            9,
            26,
        ),
        (
            "Raadsvoorstel zwembad: vastgesteld met 30 stemmen voor en 3 tegen",
            "Raadsvoorstel zwembad",
            "adopted",
            30,
            3,
        ),
        (
            "Motie vreemd aan de orde Bomenkap: afgewezen, 11 voor en 24 tegen",
            "Motie vreemd aan de orde Bomenkap",
            "rejected",
            11,
            24,
        ),
        (
            "Initiatiefvoorstel Sportakkoord: aangenomen (25 voor, 8 tegen)",
            "Initiatiefvoorstel Sportakkoord",
            "adopted",
            25,
            8,
        ),
    ],
)
def test_a_list_line_with_its_counts_after_the_outcome(line, subject, outcome, votes_for, votes_against):
    (row,) = votes(HEADER + "Agendapunt 9 Moties en amendementen\n\n" + line + "\n", "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == (subject, outcome, votes_for, votes_against)


@pytest.mark.parametrize(
    "text",
    [
        "Hamerstuk, conform besloten.\n",
        "Conform besloten.\n",
        "Hamerstuk: conform voorstel aangenomen.\n",
        "Overeenkomstig het voorstel besloten.\n",
        "Conform vastgesteld\n",
    ],
)
def test_a_formal_item_decided_as_proposed_is_adopted_about_the_case(text):
    (row,) = votes(CASE + text, "nl")
    assert (row.subject, row.outcome, row.case_number) == ("Nota grondbeleid", "adopted", "6")


@pytest.mark.parametrize(
    "text",
    [
        "Het punt wordt verdaagd.\n",
        "Het voorstel is uitgesteld tot de volgende vergadering.\n",
        "De behandeling van het raadsvoorstel wordt uitgesteld.\n",
        "Aangehouden.\n",
        "Dit agendapunt is van de agenda gehaald.\n",
    ],
)
def test_a_postponed_item(text):
    (row,) = votes(CASE + text, "nl")
    assert (row.outcome, row.case_number) == ("postponed", "6")


def test_a_bare_count_block_under_a_label_is_about_the_case():
    (row,) = votes(CASE + "Stemuitslag\n\nVoor: 24, tegen: 3\n", "nl")
    assert (row.subject, row.votes_for, row.votes_against) == ("Nota grondbeleid", 24, 3)


@pytest.mark.parametrize(
    "text",
    [
        "De motie wordt ingetrokken.\n",
        "Motie M3 wordt door de indieners ingetrokken.\n",
        "De gemeenteraad keurde het reglement in 2019 goed met 20 stemmen voor.\n",
        "Het college stelt voor de nota vast te stellen.\n",
        "De raad zal in juni over de nota besluiten.\n",
    ],
)
def test_no_decision_in_withdrawals_background_and_plans(text):
    assert votes(CASE + text, "nl") == []


@pytest.mark.parametrize(
    ("text", "subject", "unanimous"),
    [
        ("De raad stemt in met het voorstel.\n", "De raad stemt in met het voorstel", None),
        (
            "De gemeenteraad stemt unaniem in met de zienswijze.\n",
            "De gemeenteraad stemt unaniem in met de zienswijze",
            True,
        ),
        (
            "De voorzitter constateert dat het voorstel unaniem is aangenomen.\n",
            "Nota grondbeleid",  # names only the case: the point's title
            True,
        ),
        (
            "Het raadsvoorstel met algemene stemmen is vastgesteld.\n",
            "Nota grondbeleid",  # names only the case: the point's title
            True,
        ),
        ("De raad stemde in met de begrotingswijziging.\n", "De raad stemde in met de begrotingswijziging", None),
    ],
)
def test_consent_and_unanimity_before_the_verb(text, subject, unanimous):
    (row,) = votes(CASE + text, "nl")
    assert (row.subject, row.outcome, row.unanimous) == (subject, "adopted", unanimous)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against", "parties"),
    [
        ("Stemming: Voor 28 stemmen (VVD, CDA, D66, GroenLinks), tegen 5 stemmen (PVV).\n", 28, 5, '{"PVV":5}'),
        ("Stemming:\nVoor 20 stemmen\nTegen 13 stemmen\n", 20, 13, None),
        ("Uitslag: voor 31 stemmen, tegen 4 stemmen (SP)\n", 31, 4, '{"SP":4}'),
        ("Stemming: voor 17 stemmen (CDA, VVD); tegen 16 stemmen (PvdA, SP)\n", 17, 16, None),
        ("Voor 25 stemmen (VVD, D66, CDA)\nTegen 10 stemmen (PVV, SP)\n", 25, 10, None),
    ],
)
def test_counts_written_option_first(text, votes_for, votes_against, parties):
    (row,) = votes(CASE + text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against, row.against_parties) == (
        "adopted",
        votes_for,
        votes_against,
        parties,
    )
