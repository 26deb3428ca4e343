"""Family: Flemish votes per voted text with the result on the label's own line (nl).

Flemish notulen vote an amendment or a postponement first, then the draft decision, each on a line that
names what is voted and its result: "Stemming over het ontwerpbesluit: eenparig.", "Stemming over het
amendement: met 3 stemmen voor en 26 stemmen tegen verworpen.", "De voorzitter laat stemmen over het voorstel
tot uitstel: met 9 stemmen voor en 20 stemmen tegen verworpen." Each line is one row; the decision block
below ("Besluit: ...") belongs to the draft decision's vote, never to the amendment's. Members named without
a party ("Stemden voor: Koen Maes, Sofie Lams") are counted, "de overige 26 raadsleden" are 26.
All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Kortemark\nNotulen gemeenteraad\nZitting van maandag 23 maart 2026\n\n"


def _rows(text: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in votes(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "Stemming over het amendement: met 4 stemmen voor en 21 stemmen tegen verworpen.\n"
            "Stemming over het ontwerpbesluit: eenparig.\n",
            [("rejected", False, 4, 21), ("adopted", True, None, 0)],
        ),
        (
            "Stemming over het amendement: met 15 stemmen voor (N-VA, Vooruit) en 10 stemmen tegen aangenomen.\n"
            "Stemming over het geamendeerde ontwerpbesluit: met 18 stemmen voor en 7 stemmen tegen.\n",
            [("adopted", False, 15, 10), ("adopted", False, 18, 7)],
        ),
        (
            "Stemming op het amendement: met 6 stemmen voor, 17 stemmen tegen en 2 onthoudingen verworpen.\n"
            "Stemming op het ontwerpbesluit: met algemene stemmen.\n",
            [("rejected", False, 6, 17), ("adopted", True, None, 0)],
        ),
        (
            "Stemming over het amendement:\n  Stemden voor: Jef Vandamme, Lotte Desmet, Bram Coene\n"
            "  Stemden tegen: de overige 22 aanwezige raadsleden\nHet amendement wordt niet aangenomen.\n"
            "Stemming over het ontwerpbesluit: eenparig.\n",
            [("rejected", False, 3, 22), ("adopted", True, None, 0)],
        ),
        (
            "Stemming over het amendement: met 8 stemmen voor en 17 stemmen tegen verworpen.\n"
            "Stemming over het ontwerp van besluit: met 17 stemmen voor en 8 stemmen tegen.\n",
            [("rejected", False, 8, 17), ("adopted", False, 17, 8)],
        ),
    ],
)
def test_each_voted_text_is_one_row_with_its_own_result(lines, expected):
    text = (
        "4. Reglement op de sportsubsidies\n"
        "Amendement van de fractie Groen: de basissubsidie wordt verdubbeld.\n"
        + lines
        + "Besluit: Het reglement op de sportsubsidies wordt goedgekeurd.\n"
    )
    rows = _rows(text)
    assert [r[1:] for r in rows] == expected
    assert {r[0] for r in rows} == {"4"}


@pytest.mark.parametrize(
    "sentence",
    [
        "De voorzitter laat stemmen over het voorstel tot uitstel: met 9 stemmen voor en 20 stemmen tegen verworpen.",
        "De voorzitter laat stemmen over het\nvoorstel tot uitstel: met 9 stemmen voor en 20 stemmen tegen verworpen.",
        "Er wordt gestemd over het voorstel tot verdaging: met 9 stemmen voor en 20 stemmen tegen verworpen.",
        "Stemming over het voorstel tot uitstel: met 9 stemmen voor en 20 stemmen tegen verworpen.",
        "De raad laat stemmen over de vraag tot uitstel: met 9 stemmen voor en 20 stemmen tegen verworpen.",
    ],
)
def test_a_refused_postponement_then_the_counted_decision_are_two_rows(sentence):
    text = (
        "7. Verkoop van een perceel bouwgrond in de Stationsstraat\n"
        "Raadslid Lien Vermeulen (CD&V) vraagt het punt uit te stellen.\n"
        + sentence
        + "\nStemming over het ontwerpbesluit: met 20 stemmen voor en 9 stemmen tegen.\n"
        "Besluit: De verkoop wordt goedgekeurd.\n"
    )
    rows = votes(HEAD + text, "nl")
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("rejected", 9, 20), ("adopted", 20, 9)]
    assert "uitstel" in rows[0].subject or "verdaging" in rows[0].subject


def test_members_named_without_parties_are_counted_but_party_names_are_not():
    text = (
        "2. Motie over de schoolstraten\n"
        "Stemden voor: Jef Vandamme, Lotte Desmet\nStemden tegen: Groen, Vooruit\n"
        "De motie wordt niet aangenomen.\n"
    )
    (row,) = votes(HEAD + text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("rejected", 2, None)


def test_a_label_without_a_result_on_its_line_still_heads_the_vote_below():
    text = (
        "3. Meerjarenplan – aanpassing\n"
        "Amendement van de fractie N-VA: de belastingverhoging wordt geschrapt.\n"
        "Stemming over het amendement:\n"
        "Het amendement wordt met 11 stemmen voor en 14 stemmen tegen verworpen.\n"
    )
    (row,) = votes(HEAD + text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("rejected", 11, 14)
    assert row.subject.startswith("Amendement van de fractie N-VA")
