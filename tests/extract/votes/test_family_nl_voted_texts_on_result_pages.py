"""Family: Dutch vote-result exports (stemmingsuitslagen) with several voted texts under one agenda point (nl).

A results page prints, under one "Agendapunt", one block per voted text: a label "Stemming over: Raadsvoorstel" or
"Stemming over: Motie M4 'Titel' (VVD)", then "Uitslag: AANGENOMEN   Voor: 20   Tegen: 13" or "Uitslag: VERWORPEN
Unaniem (0 - 27)". Each block is one row; the raadsvoorstel is about the point's title, a motion or amendment about
itself. A page whose blank lines are lost prints the outcome line of one point right above the next point's header:
that line is the point above's record, not a heading deciding the items below it. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Stemmingsuitslagen gemeenteraad Zeewolde - raadsvergadering dinsdag 9 juni 2026\n\n"


def _rows(body: str) -> list[tuple]:
    return [
        (r.case_number, r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against)
        for r in votes(HEAD + body, "nl")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Agendapunt 5 - Kadernota 2027\nStemming over: Raadsvoorstel\nUitslag: AANGENOMEN   Voor: 19   Tegen: 8\n\n"
            'Stemming over: Amendement A1 "Minder leges" (SP)\nUitslag: VERWORPEN    Voor: 8    Tegen: 19\n',
            [("5", "Kadernota 2027", "adopted", False, 19, 8), ("5", "Minder leges", "rejected", False, 8, 19)],
        ),
        (
            'Agendapunt 6 - Woonvisie 2030\nStemming over: Motie M2 "Tiny houses" (D66)\n'
            "Uitslag: AANGENOMEN   Voor: 15   Tegen: 12\n\n"
            "Stemming over: Raadsvoorstel\nUitslag: AANGENOMEN   Voor: 27   Tegen: 0\n",
            [("6", "Tiny houses", "adopted", False, 15, 12), ("6", "Woonvisie 2030", "adopted", True, 27, 0)],
        ),
        (
            'Agendapunt 8 - Begroting 2027\nStemming over: Motie M5 "Schoolzwemmen" (CDA)\n'
            "Uitslag: AANGENOMEN   Unaniem (27 - 0)\n",
            [("8", "Schoolzwemmen", "adopted", True, 27, 0)],
        ),
        (
            'Agendapunt 9 - Parkeerbeleid\nStemming op: Subamendement A3 "Blauwe zone" (PvdA)\n'
            "Uitslag: VERWORPEN   Voor: 4   Tegen: 23\n",
            [("9", "Blauwe zone", "rejected", False, 4, 23)],
        ),
        (
            "Agendapunt 4 - Verordening jeugdhulp\nStemming over: Raadsvoorstel\nUitslag: aangenomen eenparig\n",
            [("4", "Verordening jeugdhulp", "adopted", True, None, 0)],
        ),
    ],
)
def test_each_labelled_block_is_its_own_row(body: str, expected: list[tuple]) -> None:
    rows = _rows(body)
    assert [(c, o, u, f, a) for c, _, o, u, f, a in rows] == [(c, o, u, f, a) for c, _, o, u, f, a in expected]
    for (_, subject, *_), (_, title, *_) in zip(rows, expected, strict=True):
        assert title in subject


def test_an_outcome_line_right_above_the_next_point_is_no_heading() -> None:
    body = (
        "Agendapunt 3  Vaststelling agenda\n  Uitslag: Aangenomen (unaniem)\n"
        "Agendapunt 7  Programmabegroting 2027\n"
        "  Amendement 7.1 'Lagere lasten' - ingediend door: Kees Bos (VVD)\n    Uitslag:  Verworpen\n"
        "    Voor:     6  (VVD 6)\n    Tegen:    21\n"
        "  Programmabegroting 2027\n    Uitslag:  Aangenomen\n    Voor:     21\n    Tegen:    6  (VVD 6)\n"
    )
    rows = _rows(body)
    assert [(c, o, f, a) for c, _, o, _, f, a in rows] == [
        ("3", "adopted", None, 0),
        ("7", "rejected", 6, 21),
        ("7", "adopted", 21, 6),
    ]
    assert "Lagere lasten" in rows[1][1]


def test_a_withdrawn_text_under_its_label_gives_no_row() -> None:
    assert _rows('Agendapunt 10 - Motie M7 "Lokale omroep" (PvdA)\nUitslag: INGETROKKEN\n') == []


def test_a_label_without_a_result_gives_no_row() -> None:
    assert (
        _rows("Agendapunt 11 - Rondvraag\nStemming over: Raadsvoorstel\nDe stemming volgt in de volgende vergadering\n")
        == []
    )


def test_a_heading_above_its_items_still_decides_them() -> None:
    body = (
        "Agendapunt 4 Opening\nHamerstukken (zonder stemming aangenomen)\n"
        "Agendapunt 5.1 Verordening afvalstoffenheffing 2027\nAgendapunt 5.2 Legesverordening 2027\n"
    )
    assert [(c, o) for c, _, o, *_ in _rows(body)] == [("5.1", "adopted"), ("5.2", "adopted")]
