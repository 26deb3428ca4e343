"""One agenda point, several votes (nl): the raadsvoorstel, its amendments and the motions each get a row.

Every row keeps its own outcome and counts (an amendment's tally never reaches the raadsvoorstel's row
below it), the case number is the agenda point for all of them, and a motion or amendment is named by
its heading as written (label, number, parties and quoted title: the dev and held-out gold convention).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells, votes

HEADER = "Gemeenteraad\n\nvergadering van donderdag 14 november 2024\n\n"


def _rows(text: str) -> list[tuple]:
    return vote_cells(HEADER + text, "nl")


def test_amendment_raadsvoorstel_and_motion_in_one_decision_list_item():
    text = (
        "Agendapunt 7 Kadernota 2027\n\n"
        "Amendement A1 (VVD, CDA) 'Geen verhoging toeristenbelasting': verworpen met 12 stemmen voor en 21 tegen.\n"
        "Het raadsvoorstel, zoals geamendeerd, is aangenomen met 25 tegen 8 stemmen (PVV, SP tegen).\n"
        "Motie M3 'Meer bomen' (GL): aangenomen, unaniem.\n"
    )
    assert _rows(text) == [
        ("7", "Amendement A1 (VVD, CDA) Geen verhoging toeristenbelasting", "rejected", 12, 21, None),
        (
            "7",
            "Het raadsvoorstel, zoals geamendeerd, is aangenomen met 25 tegen 8 stemmen (PVV, SP tegen)",
            "adopted",
            25,
            8,
            None,  # parties against without their own counts
        ),
        ("7", "Motie M3 Meer bomen", "adopted", None, 0, None),
    ]


def test_curly_and_straight_quotes_with_the_result_on_the_next_line():
    text = (
        "5. Raadsvoorstel Parkeerbeleid 2027-2032\n\n"
        "Amendement A2 van D66 en GroenLinks “Fietsparkeren eerst”\n"
        "Aangenomen met 19 stemmen voor en 14 stemmen tegen (VVD 9, PVV 5).\n"
        "Het geamendeerde raadsvoorstel wordt aangenomen met 28 stemmen voor en 5 tegen (PVV).\n"
        'Motie M2 van D66 "Gratis parkeren voor mantelzorgers": verworpen met 10 stemmen voor en 23 tegen.\n'
    )
    assert _rows(text) == [
        ("5", "Amendement A2 Fietsparkeren eerst", "adopted", 19, 14, {"VVD": 9, "PVV": 5}),
        ("5", "Raadsvoorstel Parkeerbeleid 2027-2032", "adopted", 28, 5, {"PVV": 5}),
        ("5", "Motie M2 Gratis parkeren voor mantelzorgers", "rejected", 10, 23, None),
    ]


@pytest.mark.parametrize(
    "rejected", ["Verworpen: 11 stemmen voor, 22 stemmen tegen", "Verworpen met 11 stemmen voor en 22 tegen"]
)
def test_label_blocks_keep_their_own_counts(rejected):
    text = (
        "4.2 Nota Sportaccommodaties\n\n"
        "Amendement A3 'Sporthal blijft open' (SP, PvdA)\n"
        f"{rejected}\n\n"
        "Raadsvoorstel\n"
        "Aangenomen met 29 stemmen voor en 4 stemmen tegen (SP)\n\n"
        'Motie M1 "Sport voor iedereen" (CDA)\n'
        "Aangenomen met 33 stemmen voor en 0 stemmen tegen\n"
    )
    assert _rows(text) == [
        ("4.2", "Amendement A3 Sporthal blijft open", "rejected", 11, 22, None),
        ("4.2", "Nota Sportaccommodaties", "adopted", 29, 4, {"SP": 4}),
        ("4.2", "Motie M1 Sport voor iedereen", "adopted", 33, 0, None),
    ]


def test_motions_outside_the_agenda_under_one_point():
    text = (
        "6. Motie vreemd aan de orde van de dag\n"
        "Motie M4 (SP, PvdA) 'Behoud de kinderboerderij': aangenomen met 30 stemmen voor en 3 tegen (FvD).\n"
        "Motie M5 (PVV) 'Geen azc in het dorp': verworpen met 4 stemmen voor en 29 stemmen tegen.\n"
    )
    assert _rows(text) == [
        ("6", "Motie M4 (SP, PvdA) Behoud de kinderboerderij", "adopted", 30, 3, {"FvD": 3}),
        ("6", "Motie M5 (PVV) Geen azc in het dorp", "rejected", 4, 29, None),
    ]


def test_motion_first_then_amendment_then_the_amended_proposal():
    text = (
        "8. Woonvisie 2025-2035\n\n"
        "Motie M7 'Tiny houses' (ChristenUnie)\n"
        "Besluit: De motie wordt aangenomen met 21 stemmen voor en 12 tegen.\n"
        "Amendement A4 'Ruimte voor starters' (Lokaal Belang, CDA)\n"
        "Besluit: Het amendement wordt unaniem aangenomen.\n"
        "Besluit: Het geamendeerde raadsvoorstel wordt aangenomen met 27 stemmen voor en 6 tegen (PVV 4, JA21 2).\n"
    )
    rows = _rows(text)
    assert [r[1:5] for r in rows] == [
        ("Motie M7 Tiny houses", "adopted", 21, 12),
        ("Amendement A4 Ruimte voor starters", "adopted", None, 0),
        (
            "Het geamendeerde raadsvoorstel wordt aangenomen met 27 stemmen voor en 6 tegen (PVV 4, JA21 2)",
            "adopted",
            27,
            6,
        ),
    ]
    assert rows[2][5] == {"PVV": 4, "JA21": 2}


def test_spoken_minutes_vote_the_amendment_then_the_proposal():
    text = (
        "4. Omgevingsvisie 2040\n\n"
        "Over amendement A1 van de fracties VVD en CDA (“Geen hoogbouw in het centrum”) wordt gestemd. "
        "Het amendement wordt met 14 stemmen voor en 19 stemmen tegen verworpen.\n"
        "Vervolgens wordt het voorstel in stemming gebracht. "
        "Het voorstel wordt met 30 stemmen voor en 3 stemmen tegen aangenomen. Tegen: PVV.\n"
    )
    rows = _rows(text)
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("4", "rejected", 14, 19, None),
        ("4", "adopted", 30, 3, {"PVV": 3}),
    ]
    assert rows[0][1] == "amendement A1 Geen hoogbouw in het centrum"


@pytest.mark.parametrize(
    ("title", "decision", "subject", "outcome"),
    [
        (
            "12. Motie 'Stop de bomenkap' (PvdD)",
            "De motie is verworpen.",
            "Motie Stop de bomenkap",
            "rejected",
        ),
        (
            "12. Motie 'Stop de bomenkap' (PvdD)",
            "Het voorstel is verworpen met 4 stemmen voor en 29 tegen.",
            "Motie Stop de bomenkap",
            "rejected",
        ),
        ("7. Kadernota 2027", "Conform besloten.", "Kadernota 2027", "adopted"),
        (
            "5. Raadsvoorstel Parkeerbeleid 2027-2032",
            "Het voorstel wordt aangenomen.",
            "Raadsvoorstel Parkeerbeleid 2027-2032",
            "adopted",
        ),
        ("4.2 Nota Sportaccommodaties", "Raadsvoorstel\nAangenomen.", "Nota Sportaccommodaties", "adopted"),
    ],
)
def test_a_decision_naming_only_the_proposal_takes_the_item_title(title, decision, subject, outcome):
    (row,) = votes(f"{HEADER}{title}\n\n{decision}\n", "nl")
    assert (row.subject, row.outcome) == (subject, outcome)


@pytest.mark.parametrize("label", ["Besluit", "Stemming", "Toelichting", "Beraadslaging", "Motivering"])
def test_a_section_label_is_never_the_subject(label):
    (row,) = votes(f"{HEADER}3. Nota Erfgoed 2025\n\n{label}\nAangenomen met 20 stemmen voor en 9 tegen.\n", "nl")
    assert (row.subject, row.outcome, row.votes_for) == ("Nota Erfgoed 2025", "adopted", 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agendapunt 7 Kadernota 2027\n\nAmendement A1 wordt verworpen (12-21).\n"
            "Het raadsvoorstel wordt aangenomen (25-8).\nMotie M3 aangenomen (33-0).\n",
            [("Amendement A1", "rejected", 12, 21), (None, "adopted", 25, 8), ("Motie M3", "adopted", 33, 0)],
        ),
        (
            "7. Kadernota 2027\n\n"
            "- Amendement A1 ‘Geen verhoging toeristenbelasting’ (VVD, CDA): verworpen, 12 voor en 21 tegen\n"
            "- Raadsvoorstel: aangenomen, 25 voor en 8 tegen\n"
            "- Motie M3 ‘Meer bomen’ (GroenLinks): aangenomen met algemene stemmen\n",
            [
                ("Amendement A1 Geen verhoging toeristenbelasting", "rejected", 12, 21),
                ("Raadsvoorstel", "adopted", 25, 8),
                ("Motie M3 Meer bomen", "adopted", None, 0),
            ],
        ),
        (
            "7. Kadernota 2027\n\n"
            "Stemming over amendement A1 (VVD, CDA) 'Geen verhoging toeristenbelasting'\nVoor: 12\nTegen: 21\n"
            "Het amendement is verworpen.\n\n"
            "Stemming over het raadsvoorstel\nVoor: 25\nTegen: 8 (PVV, SP)\nHet raadsvoorstel is aangenomen.\n",
            [
                ("amendement A1 Geen verhoging toeristenbelasting", "rejected", 12, 21),
                ("Kadernota 2027", "adopted", 25, 8),
            ],
        ),
        (
            "7. Kadernota 2027\nAmendement A1 (VVD, CDA) 'Geen verhoging toeristenbelasting' wordt met 12 stemmen voor "
            "en 21 stemmen tegen verworpen. Het raadsvoorstel wordt daarna met 25 stemmen voor en 8 stemmen tegen "
            "aangenomen. De motie M3 'Meer bomen' van GroenLinks wordt unaniem aangenomen.\n",
            [
                ("Amendement A1 (VVD, CDA) Geen verhoging toeristenbelasting", "rejected", 12, 21),
                (None, "adopted", 25, 8),
                ("motie M3 Meer bomen", "adopted", None, 0),
            ],
        ),
    ],
)
def test_short_result_shapes_keep_one_row_per_voted_text(text, expected):
    """Counts in a bracket, a dashed list, vote blocks per text, one running paragraph; None: the
    raadsvoorstel's own decision sentence, whatever it is."""
    rows = _rows(text)
    assert [r[0] for r in rows] == ["7"] * len(expected)
    assert [(s if s is None else r[1], *r[2:5]) for r, (s, *_) in zip(rows, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "De VOORZITTER: Dan motie M7 van mevrouw Ramdin (D66) 'Deelfietsen in alle wijken'. "
            "Die is aangenomen met 20 stemmen voor en 13 tegen.",
            [("motie M7 Deelfietsen in alle wijken", "adopted", 20, 13)],
        ),
        (
            "De VOORZITTER: Vervolgens amendement A4 van het CDA. Deze wordt verworpen met 10 voor en 23 tegen.",
            [("amendement A4", "rejected", 10, 23)],
        ),
        (
            "Motie M2 'Blauwe zones' (VVD)\nDe VOORZITTER: Die wordt unaniem aangenomen.",
            [("Motie M2 Blauwe zones", "adopted", None, 0)],
        ),
        (
            "Amendement A1 'Meer bomen' (GroenLinks)\nDe VOORZITTER: Dit amendement is aangenomen met 20 stemmen voor "
            "en 13 tegen. Dan motie M5 van de heer Bos (SP). Die is verworpen met 5 stemmen voor en 28 tegen.",
            [("Amendement A1 Meer bomen", "adopted", 20, 13), ("motie M5", "rejected", 5, 28)],
        ),
        (
            "De VOORZITTER: Ik breng amendement A2 van de SP in stemming.\n"
            "Het amendement is met 15 stemmen voor en 18 stemmen tegen verworpen.\n"
            "De VOORZITTER: Dan motie M3 (PvdA). Die is aangenomen met 19 stemmen voor en 14 tegen.",
            [("amendement A2", "rejected", 15, 18), ("motie M3", "adopted", 19, 14)],
        ),
    ],
)
def test_the_chairs_pronoun_points_to_the_proposal_named_last(said, expected):
    rows = _rows(f"6. Nota Groen\n\n{said}\n")
    assert [r[1:5] for r in rows] == expected


def test_seats_per_party_stay_with_their_own_vote():
    text = (
        "7. Kadernota 2027\n\n"
        "Amendement A1 'Geen verhoging toeristenbelasting' (VVD, CDA)\nVerworpen\n"
        "Voor: VVD (9), CDA (3)\nTegen: GroenLinks (8), D66 (6), PvdA (4), SP (3)\n\n"
        "Raadsvoorstel Kadernota 2027\nAangenomen\n"
        "Voor: GroenLinks (8), D66 (6), PvdA (4), VVD (9)\nTegen: SP (3), CDA (3)\n\n"
        "Motie M3 'Meer bomen' (GroenLinks)\nAangenomen met algemene stemmen\n"
    )
    assert [r[1:] for r in _rows(text)] == [
        (
            "Amendement A1 Geen verhoging toeristenbelasting",
            "rejected",
            12,
            21,
            {"GroenLinks": 8, "D66": 6, "PvdA": 4, "SP": 3},
        ),
        ("Kadernota 2027", "adopted", 27, 6, {"SP": 3, "CDA": 3}),
        ("Motie M3 Meer bomen", "adopted", None, 0, None),
    ]


def test_flemish_yes_and_no_votes_per_text():
    text = (
        "5. Budgetwijziging 2024\n\n"
        "Amendement van de fractie Vlaams Belang: schrappen van de subsidie aan de vzw.\n"
        "Stemming: 4 ja-stemmen, 27 neen-stemmen, 2 onthoudingen\nHet amendement is verworpen.\n"
        "Stemming over het ontwerp van besluit: 27 ja-stemmen, 4 neen-stemmen, 2 onthoudingen\n"
        "Het ontwerp van besluit is goedgekeurd.\n"
    )
    assert [r[1:5] for r in _rows(text)] == [
        ("Amendement van de fractie Vlaams Belang: schrappen van de subsidie aan de vzw", "rejected", 4, 27),
        ("Budgetwijziging 2024", "adopted", 27, 4),  # the outcome names only the case
    ]
