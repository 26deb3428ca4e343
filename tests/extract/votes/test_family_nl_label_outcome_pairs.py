"""Decision lists of label and outcome lines (nl, Flemish): each voted text on a line of its own, its outcome
on the next, several per agenda point, the recommendation under its own label.

A postponed text is a row without counts, a withdrawn one ("Ingetrokken door de indiener.") no row at all,
and neither lets its block run on: the next label's outcome and counts stay with that label, and the
recommendation keeps its own row. A motion or amendment is named by its heading as written, the
recommendation by the agenda point's title (the dev and held-out gold convention), and every row carries
the agenda point's number.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEADER = "Gemeenteraad\n\nvergadering van dinsdag 10 maart 2026\n\n"
FLEMISH = "Gemeenteraad\n\nZitting van maandag 24 maart 2025\n\n"


def _rows(text: str, header: str = HEADER) -> list[tuple]:
    return vote_cells(header + text, "nl")


def test_a_postponed_motion_in_the_middle_keeps_the_recommendation_its_row():
    text = (
        "5.1 Kadernota 2027\n"
        "Amendement A1 van VVD en CDA 'Geen extra parkeerbelasting'\n"
        "Verworpen met 12 stemmen voor (VVD, CDA) en 21 stemmen tegen.\n"
        "Motie M1 van D66 'Meer groen op schoolpleinen'\n"
        "Aangenomen met 30 stemmen voor en 3 stemmen tegen (PVV 3).\n"
        "Motie M2 van SP 'Huurbevriezing'\n"
        "Aangehouden op verzoek van de indiener.\n"
        "Raadsvoorstel Kadernota 2027\n"
        "Aangenomen met 25 stemmen voor en 8 stemmen tegen (PVV, JA21).\n"
    )
    assert _rows(text) == [
        ("5.1", "Amendement A1 Geen extra parkeerbelasting", "rejected", 12, 21, None),
        ("5.1", "Motie M1 Meer groen op schoolpleinen", "adopted", 30, 3, {"PVV": 3}),
        ("5.1", "Motie M2 Huurbevriezing", "postponed", None, None, None),
        ("5.1", "Kadernota 2027", "adopted", 25, 8, None),  # parties against without their own counts
    ]


def test_a_withdrawn_motion_gives_no_row_and_no_outcome_of_the_next_label():
    text = (
        "12. Omgevingsplan Centrum, eerste herziening\n"
        "- Amendement A3 van GroenLinks en PvdA over bomenkap langs de singel\n"
        "Aangenomen met 19 stemmen voor en 16 stemmen tegen (VVD 7, CDA 4, JA21 3, PVV 2).\n"
        "- Motie M8 van de ChristenUnie 'Stiltegebied in de polder'\n"
        "Ingetrokken door de indiener.\n"
        "- Motie M9 van Leefbaar 'Parkeren bij de markt'\n"
        "Verworpen met 8 stemmen voor en 27 stemmen tegen.\n"
        "- Raadsvoorstel Omgevingsplan Centrum, eerste herziening\n"
        "Unaniem aangenomen.\n"
    )
    assert _rows(text) == [
        (
            "12",
            "Amendement A3 van GroenLinks en PvdA over bomenkap langs de singel",
            "adopted",
            19,
            16,
            {"VVD": 7, "CDA": 4, "JA21": 3, "PVV": 2},
        ),
        ("12", "Motie M9 Parkeren bij de markt", "rejected", 8, 27, None),
        ("12", "Omgevingsplan Centrum, eerste herziening", "adopted", None, 0, None),
    ]


def test_postponed_first_and_a_recommendation_decided_as_proposed():
    text = (
        "3 Verordening afvalstoffenheffing 2026\n"
        "Motie 14 van Partij voor de Dieren over statiegeld op blikjes\n"
        "Aangehouden tot de volgende vergadering.\n"
        "Amendement 6 van de VVD 'Geen verhoging van de heffing'\n"
        "Verworpen met 11 stemmen voor (VVD, JA21) en 24 stemmen tegen (overige fracties).\n"
        "Raadsvoorstel\n"
        "Conform besloten.\n"
    )
    assert _rows(text) == [
        ("3", "Motie 14 van Partij voor de Dieren over statiegeld op blikjes", "postponed", None, None, None),
        ("3", "Amendement 6 Geen verhoging van de heffing", "rejected", 11, 24, None),
        ("3", "Verordening afvalstoffenheffing 2026", "adopted", None, None, None),
    ]


def test_a_motion_without_an_outcome_line_takes_no_result_and_postponed_comes_last():
    text = (
        "8.2 Begrotingswijziging sportpark De Weide\n"
        "Amendement A1 van het CDA 'Kunstgras zonder rubber'\n"
        "Verworpen met 14 stemmen voor en 17 stemmen tegen.\n"
        "Motie M1 van de SP 'Kantine voor de buurt'\n"
        "Motie M2 van D66 'Duurzame verlichting op het sportpark'\n"
        "Aangenomen met 31 stemmen voor en 0 stemmen tegen.\n"
        "Raadsvoorstel begrotingswijziging sportpark De Weide\n"
        "Aangenomen met 24 stemmen voor en 7 stemmen tegen (SP 4, PvdD 3).\n"
        "Motie M3 van GroenLinks 'Natuurinclusief sportpark'\n"
        "Van de agenda gehaald.\n"
    )
    assert _rows(text) == [
        ("8.2", "Amendement A1 Kunstgras zonder rubber", "rejected", 14, 17, None),
        ("8.2", "Motie M2 Duurzame verlichting op het sportpark", "adopted", 31, 0, None),
        ("8.2", "Begrotingswijziging sportpark De Weide", "adopted", 24, 7, {"SP": 4, "PvdD": 3}),
        ("8.2", "Motie M3 Natuurinclusief sportpark", "postponed", None, None, None),
    ]


def test_a_motion_left_open_never_takes_the_recommendations_result():
    text = (
        "5.3 Regionale energiestrategie 2.0\n"
        "Amendement A2 van GroenLinks 'Zon op dak eerst'\n"
        "Aangenomen met 18 stemmen voor en 15 stemmen tegen (VVD 8, CDA 5, PVV 2).\n"
        "Motie M5 van D66 'Energiecoöperaties ondersteunen'\n"
        "Unaniem aangenomen.\n"
        "Motie M4 van de VVD 'Kernenergie onderzoeken'\n"
        "Raadsvoorstel Regionale energiestrategie 2.0\n"
        "Aangehouden op verzoek van het college.\n"
    )
    assert _rows(text) == [
        ("5.3", "Amendement A2 Zon op dak eerst", "adopted", 18, 15, {"VVD": 8, "CDA": 5, "PVV": 2}),
        ("5.3", "Motie M5 Energiecoöperaties ondersteunen", "adopted", None, 0, None),
        ("5.3", "Regionale energiestrategie 2.0", "postponed", None, None, None),
    ]


def test_the_recommendation_first_then_bulleted_motions():
    text = (
        "9. Verordening maatschappelijke ondersteuning 2026\n"
        "Raadsvoorstel Verordening maatschappelijke ondersteuning 2026\n"
        "Aangenomen met 33 stemmen voor en 2 stemmen tegen (PvdD 2).\n"
        "• Motie M11 van GroenLinks 'Mantelzorgwaardering verhogen'\n"
        "Aangenomen met 20 stemmen voor en 15 stemmen tegen (VVD 9, CDA 6).\n"
        "• Motie M12 van de SP 'Eigen bijdrage afschaffen'\n"
        "Aangehouden.\n"
    )
    assert _rows(text) == [
        ("9", "Verordening maatschappelijke ondersteuning 2026", "adopted", 33, 2, {"PvdD": 2}),
        ("9", "Motie M11 Mantelzorgwaardering verhogen", "adopted", 20, 15, {"VVD": 9, "CDA": 6}),
        ("9", "Motie M12 Eigen bijdrage afschaffen", "postponed", None, None, None),
    ]


def test_the_outcome_after_a_colon_on_the_label_line():
    text = (
        "Agendapunt 4 Woonvisie 2030\n"
        "Motie M2: aangehouden\n"
        "Motie M3 'Betaalbaar bouwen' (PvdA): verworpen met 9 stemmen voor en 24 stemmen tegen\n"
        "Amendement A1 'Meer sociale huur' (SP): aangenomen met 20 stemmen voor en 13 stemmen tegen\n"
        "Raadsvoorstel Woonvisie 2030: aangenomen met 29 stemmen voor en 4 stemmen tegen (PVV)\n"
    )
    assert _rows(text) == [
        ("4", "Motie M2", "postponed", None, None, None),
        ("4", "Motie M3 Betaalbaar bouwen", "rejected", 9, 24, None),
        ("4", "Amendement A1 Meer sociale huur", "adopted", 20, 13, None),
        ("4", "Raadsvoorstel Woonvisie 2030", "adopted", 29, 4, {"PVV": 4}),
    ]


def test_dashed_items_with_their_outcome_after_a_colon():
    text = (
        "10 Ontwikkelkader stationsgebied\n"
        "- Motie M1 van de PvdA 'Sociale huur bij het station': aangenomen met 22 stemmen voor en 11 stemmen tegen\n"
        "- Motie M2 van het CDA 'Fietsenstalling onder het plein': ingetrokken\n"
        "- Motie M3 van Stadspartij 'Geen hoogbouw': aangehouden\n"
        "- Raadsvoorstel Ontwikkelkader stationsgebied: aangenomen met 26 stemmen voor en 7 stemmen tegen\n"
    )
    assert _rows(text) == [
        ("10", "Motie M1 Sociale huur bij het station", "adopted", 22, 11, None),
        ("10", "Motie M3 Geen hoogbouw", "postponed", None, None, None),
        ("10", "Raadsvoorstel Ontwikkelkader stationsgebied", "adopted", 26, 7, None),
    ]


@pytest.mark.parametrize("label", ["Ontwerp van besluit", "Ontwerpbesluit", "Voorstel van besluit"])
def test_flemish_amendments_then_the_draft_decision(label):
    text = (
        "7. Retributiereglement parkeren 2025-2030\n"
        "Amendement van raadslid Vermeulen (N-VA): verworpen met 9 stemmen voor, 18 tegen\n"
        "Amendement van de fractie Groen over bewonerskaarten\n"
        "Het punt wordt verdaagd.\n"
        f"{label}\n"
        "Goedgekeurd met 18 stemmen voor, 9 stemmen tegen.\n"
    )
    assert _rows(text, FLEMISH) == [
        ("7", "Amendement van raadslid Vermeulen (N-VA)", "rejected", 9, 18, None),
        ("7", "Amendement van de fractie Groen over bewonerskaarten", "postponed", None, None, None),
        ("7", "Retributiereglement parkeren 2025-2030", "adopted", 18, 9, None),
    ]


def test_flemish_postponed_withdrawn_and_adjourned_amendments():
    text = (
        "9. Subsidiereglement gevelrenovatie\n"
        "Amendement van raadslid De Smet (Vooruit) over een hogere premie voor huurders\n"
        "Uitgesteld.\n"
        "Amendement van raadslid Claes (Vlaams Belang) over de inkomensgrens\n"
        "Verworpen met 6 stemmen voor en 25 stemmen tegen.\n"
        "Amendement van raadslid Peeters (Groen) over de fietsbrug\n"
        "Ingetrokken.\n"
        "Ontwerpbesluit\n"
        "Goedgekeurd met 25 stemmen voor en 6 stemmen tegen.\n"
    )
    assert _rows(text, FLEMISH) == [
        (
            "9",
            "Amendement van raadslid De Smet (Vooruit) over een hogere premie voor huurders",
            "postponed",
            None,
            None,
            None,
        ),
        ("9", "Amendement van raadslid Claes (Vlaams Belang) over de inkomensgrens", "rejected", 6, 25, None),
        ("9", "Subsidiereglement gevelrenovatie", "adopted", 25, 6, None),
    ]


@pytest.mark.parametrize(
    "postponed",
    [
        "Aangehouden op verzoek van de indiener.",
        "Aangehouden tot de volgende vergadering.",
        "Verdaagd naar de zitting van april.",
        "Uitgesteld in afwachting van het advies van de adviesraad.",
        "Van de agenda gehaald.",
    ],
)
def test_a_postponement_line_may_say_why_or_until_when(postponed):
    text = (
        "6 Parkeernormen 2026\n"
        "Motie M7 van 50PLUS 'Gratis parkeren voor mantelzorgers'\n"
        f"{postponed}\n"
        "Raadsvoorstel Parkeernormen 2026\n"
        "Aangenomen met 28 stemmen voor en 5 stemmen tegen.\n"
    )
    assert _rows(text) == [
        ("6", "Motie M7 Gratis parkeren voor mantelzorgers", "postponed", None, None, None),
        ("6", "Parkeernormen 2026", "adopted", 28, 5, None),
    ]


def test_a_vote_statement_between_label_and_outcome_is_no_outcome():
    text = (
        "6. Nota reserves en voorzieningen\n"
        "Motie M5 van JA21 'Verlaging OZB'\n"
        "Stemverklaring: de fractie van de ChristenUnie stemt tegen omdat dekking ontbreekt.\n"
        "Verworpen met 7 stemmen voor en 26 stemmen tegen.\n"
        "Raadsvoorstel Nota reserves en voorzieningen\n"
        "Aangenomen met 27 stemmen voor en 6 stemmen tegen (JA21 4, PVV 2).\n"
    )
    assert _rows(text) == [
        ("6", "Motie M5 Verlaging OZB", "rejected", 7, 26, None),
        ("6", "Nota reserves en voorzieningen", "adopted", 27, 6, {"JA21": 4, "PVV": 2}),
    ]


def test_a_motion_announced_but_not_submitted_is_no_vote():
    text = (
        "6. Nota reserves en voorzieningen\n"
        "Motie M6 van Lokaal Belang 'Reserve voor de dorpshuizen' is aangekondigd maar niet ingediend.\n"
        "Raadsvoorstel Nota reserves en voorzieningen\n"
        "Aangenomen met 27 stemmen voor en 6 stemmen tegen (JA21 4, PVV 2).\n"
    )
    assert _rows(text) == [("6", "Nota reserves en voorzieningen", "adopted", 27, 6, {"JA21": 4, "PVV": 2})]


def test_flemish_withdrawn_and_adjourned_member_proposals_give_no_vote_to_their_neighbour():
    text = (
        "11. Meerjarenplan 2025-2030, aanpassing 1\n"
        "Amendement van raadslid Wouters (Open Vld) over de sporthal\n"
        "Verworpen met 12 stemmen voor, 19 tegen en 2 onthoudingen.\n"
        "Amendement van raadslid Peeters (Groen) over de fietsbrug\n"
        "Ingetrokken.\n"
        "Voorstel van raadslid Jacobs (PVDA) om de tarieven te bevriezen\n"
        "Verdaagd naar de volgende zitting.\n"
    )
    rows = _rows(text, FLEMISH)
    assert rows[0] == ("11", "Amendement van raadslid Wouters (Open Vld) over de sporthal", "rejected", 12, 19, None)
    assert [(r[2], r[3], r[4]) for r in rows[1:]] == [("postponed", None, None)]  # the withdrawn one: no row


@pytest.mark.parametrize(
    "nothing",
    [
        "Ingetrokken door de indieners.",
        "De motie wordt ingetrokken.",
        "De motie is door de indiener ingetrokken.",
        "Niet ingediend.",
        "Niet in stemming gebracht.",
    ],
)
def test_a_motion_that_was_not_voted_on_has_no_row_and_no_borrowed_result(nothing):
    text = (
        "14. Evaluatie subsidiebeleid\n"
        "Motie M3 van GroenLinks 'Cultuur voor iedereen'\n"
        "Aangenomen met 22 stemmen voor en 11 stemmen tegen.\n"
        "Motie M4 van de VVD 'Minder regels voor verenigingen'\n"
        f"{nothing}\n"
        "Aangenomen met 30 stemmen voor en 3 stemmen tegen.\n"
    )
    assert _rows(text) == [
        ("14", "Motie M3 Cultuur voor iedereen", "adopted", 22, 11, None),
        ("14", "Evaluatie subsidiebeleid", "adopted", 30, 3, None),  # a result under no label: the point's own
    ]
