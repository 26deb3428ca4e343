"""Flemish notulen (nl): 'Motivering' / 'Feiten en context' / 'Argumentatie' sections, a 'Besluit' with its
vote line and articles, and an amendment or a council member's added point voted before it.

One row for the decision and one per amendment or added point; the section labels are never a subject,
and a decision that says no ('keurt ... niet goed', 'wordt niet goedgekeurd') is rejected.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Gemeenteraad\n\nZitting van maandag 28 oktober 2024\n\n"


def _rows(text: str) -> list[tuple]:
    return [
        (r.case_number, r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against)
        for r in votes(HEADER + text, "nl")
    ]


def test_amendment_under_the_grounds_then_the_counted_decision():
    text = (
        "3. Retributiereglement parkeren - wijziging\n\n"
        "Motivering\n\nFeiten en context\nHet college stelt voor de tarieven aan te passen.\n\n"
        "Juridische grond\nHet decreet lokaal bestuur.\n\n"
        "Argumentatie\nDe tarieven zijn sinds 2019 niet aangepast.\n\n"
        "Amendement van raadslid Karel Peeters (Groen): de bewonerskaart blijft gratis.\n"
        "Het amendement wordt verworpen met 8 stemmen voor (Groen, Vooruit) en 19 stemmen tegen.\n\n"
        "Besluit\n\nGoedgekeurd met 18 stemmen voor, 7 stemmen tegen (N-VA) en 2 onthoudingen\n\n"
        "Artikel 1: De gemeenteraad keurt het gewijzigde retributiereglement parkeren goed.\n"
    )
    rows = votes(HEADER + text, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("Amendement van raadslid Karel Peeters (Groen): de bewonerskaart blijft gratis", "rejected", 8, 19),
        ("Retributiereglement parkeren - wijziging", "adopted", 18, 7),
    ]
    assert (rows[0].proposer, rows[0].proposer_party) == ("Karel Peeters", "Groen")
    assert json.loads(rows[1].against_parties) == {"N-VA": 7}


def test_amendment_counted_on_a_vote_line_then_the_decision_with_parties():
    text = (
        "6. Reglement wijkbudgetten - wijziging\n\n"
        "Motivering\nFeiten en context\nHet reglement dateert van 2021.\n\n"
        "Amendement ingediend door raadslid Sofie Maes (Vooruit): het wijkbudget wordt verhoogd tot 10.000 euro.\n"
        "Stemming over het amendement: 10 stemmen voor, 17 stemmen tegen.\n"
        "Het amendement wordt niet aangenomen.\n\n"
        "Besluit\nGoedgekeurd met 17 stemmen voor en 10 stemmen tegen (Vooruit, Groen).\n\n"
        "Artikel 1: De gemeenteraad keurt de wijziging van het reglement wijkbudgetten goed.\n"
    )
    assert [r[1:] for r in _rows(text)] == [
        (
            "Amendement ingediend door raadslid Sofie Maes (Vooruit): het wijkbudget wordt verhoogd tot 10.000 euro",
            "rejected",
            False,
            10,
            17,
        ),
        ("Reglement wijkbudgetten - wijziging", "adopted", False, 17, 10),
    ]


@pytest.mark.parametrize(
    ("title", "vote", "article"),
    [
        (
            "4. Samenwerkingsovereenkomst met vzw Sportpunt",
            "Stemming: eenparig",
            "De gemeenteraad keurt de samenwerkingsovereenkomst met vzw Sportpunt goed",
        ),
        (
            "5. Aanpassing meerjarenplan 2020-2025",
            "met algemeenheid van stemmen",
            "De gemeenteraad stelt de aanpassing van het meerjarenplan 2020-2025 vast",
        ),
    ],
)
def test_unanimous_decision_is_about_its_first_article(title, vote, article):
    grounds = "Beraadslaging\n\nToelichting\nDe overeenkomst loopt af.\n\n"
    text = f"{title}\n\n{grounds}Besluit\n\n{vote}\n\nArtikel 1: {article}.\n"
    (row,) = votes(HEADER + text, "nl")
    assert (row.subject, row.outcome, row.unanimous, row.votes_against) == (article, "adopted", True, 0)


@pytest.mark.parametrize(
    "decision",
    [
        "Het voorstel wordt verworpen met 5 stemmen voor (Vlaams Belang) en 22 stemmen tegen (N-VA, CD&V, Groen).",
        "Verworpen met 5 stemmen voor (Vlaams Belang) en 22 stemmen tegen (N-VA, CD&V, Vooruit, Groen).",
        "Het toegevoegde punt wordt verworpen met 5 stemmen voor en 22 stemmen tegen.",
        "Stemming: 5 stemmen voor, 22 stemmen tegen\nHet voorstel wordt niet goedgekeurd.",
    ],
)
def test_added_point_of_a_council_member_is_the_subject_of_its_rejection(decision):
    title = "7. Toegevoegd punt van raadslid An Claes (Vlaams Belang): gratis parkeren aan het station"
    (row,) = votes(
        f"{HEADER}{title}\n\nMotivering\nRaadslid An Claes vraagt gratis parkeren.\n\nBesluit\n{decision}\n", "nl"
    )
    assert (row.case_number, row.subject, row.outcome, row.votes_for, row.votes_against) == (
        "7",
        "Toegevoegd punt van raadslid An Claes (Vlaams Belang): gratis parkeren aan het station",
        "rejected",
        5,
        22,
    )
    assert row.proposer_party == "Vlaams Belang"


@pytest.mark.parametrize(
    "decision",
    [
        "De gemeenteraad keurt het voorstel niet goed.",
        "Het voorstel wordt niet goedgekeurd.",
        "Artikel 1: De gemeenteraad keurt de inrichting van de Kerkstraat als fietsstraat niet goed.",
    ],
)
def test_a_decision_that_says_no_is_rejected(decision):
    (row,) = votes(
        f"{HEADER}9. Toegevoegd punt raadslid Pieter De Wolf (Groen): fietsstraat\n\nBesluit\n{decision}\n", "nl"
    )
    assert row.outcome == "rejected"


@pytest.mark.parametrize(
    ("label", "counts", "outcome"),
    [
        ("Toelichting", "Stemming: 9 stemmen voor, 18 stemmen tegen", "rejected"),
        ("Motivering", "Stemming: 19 stemmen voor, 8 stemmen tegen", "adopted"),
        ("Feiten en context", "Voor: 19\nTegen: 8", "adopted"),
        ("Beraadslaging", "Stemming: 19 stemmen voor, 8 stemmen tegen", "adopted"),
        ("Juridische grond", "Stemming: 19 stemmen voor, 8 stemmen tegen", "adopted"),
        ("Argumentatie", "Stemming: 9 stemmen voor, 18 stemmen tegen", "rejected"),
    ],
)
def test_a_section_label_above_bare_counts_is_never_the_subject(label, counts, outcome):
    text = f"9. Fietsstraat Kerkstraat\n\n{label}\nDe straat is smal.\n\n{counts}\n"
    (row,) = votes(HEADER + text, "nl")
    assert (row.subject, row.outcome) == ("Fietsstraat Kerkstraat", outcome)


@pytest.mark.parametrize(
    ("votes_text", "expected"),
    [
        (
            "Stemming op het amendement van de N-VA-fractie\n9 stemmen voor: N-VA\n"
            "28 stemmen tegen: CD&V, Vooruit, Groen\nHet amendement wordt verworpen.\n\n"
            "Stemming op het ontwerp van beslissing\n28 stemmen voor: CD&V, Vooruit, Groen\n"
            "9 stemmen tegen: N-VA\nBesluit\nArtikel 1: De gemeenteraad keurt het reglement terrassen goed.\n",
            [
                ("het amendement van de N-VA-fractie", "rejected", 9, 28),
                ("De gemeenteraad keurt het reglement terrassen goed", "adopted", 28, 9),
            ],
        ),
        (
            "Stemming over de motie van Vlaams Belang\n6 stemmen voor, 31 stemmen tegen\nDe motie wordt verworpen.\n\n"
            "Stemming over het voorstel van besluit\n31 stemmen voor, 6 stemmen tegen\n",
            [("de motie van Vlaams Belang", "rejected", 6, 31), ("Reglement terrassen - wijziging", "adopted", 31, 6)],
        ),
        (
            "Stemming over het amendement van raadslid Els Maes (Vooruit)\nVoor: 10\nTegen: 17\n",
            [("het amendement van raadslid Els Maes (Vooruit)", "rejected", 10, 17)],
        ),
        (
            "Amendement 2 van raadslid Els Maes (Vooruit): de terrassen sluiten om 23 uur.\n"
            "Stemming over het amendement\nVoor: 10\nTegen: 17\n",
            [("Amendement 2 van raadslid Els Maes (Vooruit): de terrassen sluiten om 23 uur", "rejected", 10, 17)],
        ),
        (
            "Stemming over het subamendement nr. 2\nHet subamendement wordt eenparig goedgekeurd.\n",
            [("het subamendement nr. 2", "adopted", None, 0)],
        ),
    ],
)
def test_a_vote_label_that_names_its_proposal_is_the_subject(votes_text, expected):
    rows = votes(f"{HEADER}4. Reglement terrassen - wijziging\n\n{votes_text}", "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == expected
