"""Family (nl): notes under a vote table explain its rows one by one ("Agp 7a Kadernota 2027 - tegen: VVD (2),
CDA (3).", "Punt 8 – tegen: PVV, SP"). A note names its row by item number (and the row's own number, "Amendement
7b-1") and gives that row's against_parties; it makes no row of its own, and a decision told in it does not
replace the table's. A tied row ("staken", "de stemmen staken") is taken again at the next meeting: postponed,
with its counts. All tables are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells, votes

DUTCH = "Stemmingsoverzicht raadsvergadering\nRaadsvergadering van maandag 18 mei 2026\n\n"
FLEMISH = "Gemeente Wingene\nNotulen gemeenteraad\nZitting van 24 maart 2025\n\n"


def _rows(text: str) -> list[tuple]:
    return vote_cells(text, "nl")


TABLES = [
    (  # pipes, notes by "Agp" and "Punt", a tie and a withdrawn motion, a decision told in a note
        DUTCH + "| Agp | Stuk | Voor | Tegen | Uitslag |\n|-----|------|------|-------|---------|\n"
        "| 7a | Raadsvoorstel Kadernota 2027 | 16 | 8 | aangenomen |\n"
        "| 7b | Amendement 7b-1 Geen OZB-verhoging | 11 | 13 | verworpen |\n"
        "| 8 | Motie 8-1 Zonnepanelen | 12 | 12 | staken |\n"
        "| 9 | Motie 9-1 Speeltuinen | - | - | ingetrokken |\n"
        "| 10 | Jaarverslag rekenkamer | 24 | 0 | aangenomen |\n\n"
        "Agp 7a Kadernota 2027 - tegen: VVD (2), Gewoon Wageningen (3), CDA (3).\n"
        "Agp 7b Amendement 7b-1 - voor: VVD (2), CDA (3), PVV (6); tegen: GroenLinks (6), D66 (4), PvdA (3).\n"
        "Punt 8 – tegen: PVV, SP\n"
        "Agp 10 Jaarverslag rekenkamer: de raad besluit het jaarverslag voor kennisgeving aan te nemen.\n",
        [
            ("7a", "Raadsvoorstel Kadernota 2027", "adopted", 16, 8, {"VVD": 2, "Gewoon Wageningen": 3, "CDA": 3}),
            ("7b", "Amendement 7b-1 Geen OZB-verhoging", "rejected", 11, 13, {"GroenLinks": 6, "D66": 4, "PvdA": 3}),
            ("8", "Motie 8-1 Zonnepanelen", "postponed", 12, 12, None),
            ("10", "Jaarverslag rekenkamer", "adopted", 24, 0, None),
        ],
    ),
    (  # no pipes, "Agendapunt" notes, a lone party without a number takes the row's total
        DUTCH + "Nr. | Onderwerp | Voor | Tegen | Uitslag\n"
        "5 | Verordening afvalstoffenheffing 2027 | 27 | 2 | aangenomen\n"
        "6 | Motie 6-2 Gratis parkeren in de binnenstad | 12 | 17 | verworpen\n\n"
        "Agendapunt 5 - tegen: SP\n"
        "Agendapunt 6 Motie 6-2 - voor: Leefbaar (8), PVV (4); tegen: CDA (5), VVD (7), D66 (5).\n",
        [
            ("5", "Verordening afvalstoffenheffing 2027", "adopted", 27, 2, {"SP": 2}),
            ("6", "Motie 6-2 Gratis parkeren in de binnenstad", "rejected", 12, 17, {"CDA": 5, "VVD": 7, "D66": 5}),
        ],
    ),
    (  # two amendments on one item: the note's own number picks the row
        DUTCH + "| Punt | Voorstel | Voor | Tegen | Besluit |\n"
        "| 4 | Amendement 4-1 Extra groen | 10 | 21 | verworpen |\n"
        "| 4 | Amendement 4-2 Fietsroute | 25 | 6 | aangenomen |\n\n"
        "Punt 4 Amendement 4-2: tegen: PVV (3), JA21 (3)\n"
        "Punt 4 Amendement 4-1: tegen: VVD (9), CDA (7), PvdA (5)\n",
        [
            ("4", "Amendement 4-1 Extra groen", "rejected", 10, 21, {"VVD": 9, "CDA": 7, "PvdA": 5}),
            ("4", "Amendement 4-2 Fietsroute", "adopted", 25, 6, {"PVV": 3, "JA21": 3}),
        ],
    ),
    (  # ties written out, parties without numbers give no breakdown
        DUTCH + "| Agp | Stuk | Voor | Tegen | Uitslag |\n"
        "| 11 | Motie 11-3 Bomenkap Parkweg | 15 | 15 | de stemmen staken |\n"
        "| 12 | Krediet sporthal De Meent | 29 | 1 | aangenomen |\n\n"
        "Ap 11 - tegen: VVD, CDA, D66\n"
        "Ap 12 - tegen: Partij voor de Dieren (1)\n",
        [
            ("11", "Motie 11-3 Bomenkap Parkweg", "postponed", 15, 15, None),
            ("12", "Krediet sporthal De Meent", "adopted", 29, 1, {"Partij voor de Dieren": 1}),
        ],
    ),
    (  # Flemish columns with abstentions, notes by "Punt"
        FLEMISH + "Nr. | Onderwerp | Ja | Nee | Onth. | Besluit\n"
        "5 | Retributiereglement parkeren | 21 | 6 | 2 | goedgekeurd\n"
        "6 | Aankoop perceel Molenstraat | 29 | 0 | 0 | goedgekeurd\n\n"
        "Punt 5 - tegen: Vlaams Belang (4), Groen (2); onthouding: Open VLD (2).\n",
        [
            ("5", "Retributiereglement parkeren", "adopted", 21, 6, {"Vlaams Belang": 4, "Groen": 2}),
            ("6", "Aankoop perceel Molenstraat", "adopted", 29, 0, None),
        ],
    ),
    (  # yes/no sides, a note without its full stop runs into the next one, "stemden tegen"
        FLEMISH + "Nr. | Onderwerp | Ja | Nee | Onth. | Besluit\n"
        "5 | Retributiereglement parkeren | 21 | 6 | 2 | goedgekeurd\n"
        "6 | Voorstel N-VA gratis zwemmen | 12 | 17 | 0 | verworpen\n\n"
        "Punt 5 - ja: CD&V, Vooruit; nee: Vlaams Belang (4), Groen (2)\n"
        "Agendapunt 6 (Voorstel N-VA): stemden tegen: CD&V (12), Vooruit (5)\n",
        [
            ("5", "Retributiereglement parkeren", "adopted", 21, 6, {"Vlaams Belang": 4, "Groen": 2}),
            ("6", "Voorstel N-VA gratis zwemmen", "rejected", 12, 17, {"CD&V": 12, "Vooruit": 5}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_notes_under_a_vote_table_give_their_rows_the_against_side(text, expected):
    assert _rows(text) == expected


def test_a_tied_row_is_postponed_with_its_counts_and_not_unanimous():
    text = DUTCH + "| Agp | Stuk | Voor | Tegen | Uitslag |\n| 8 | Motie 8-1 Zonnepanelen | 12 | 12 | staken |\n"
    (row,) = votes(text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == ("postponed", 12, 12, False)


def test_a_note_whose_numbers_are_not_the_rows_gives_that_row_nothing():
    text = (
        DUTCH + "| Agp | Stuk | Voor | Tegen | Uitslag |\n| 7 | Motie 7-1 Zonnepanelen | 20 | 9 | aangenomen |\n\n"
        "Agp 7 Motie 7-2 - tegen: VVD (9)\n"
    )
    (row,) = votes(text, "nl")
    assert (row.subject, row.against_parties) == ("Motie 7-1 Zonnepanelen", None)


def test_an_agenda_item_below_the_table_that_is_not_a_row_keeps_its_own_decision():
    text = (
        DUTCH + "| Agp | Stuk | Voor | Tegen | Uitslag |\n| 7 | Kadernota 2027 | 20 | 9 | aangenomen |\n\n"
        "Agendapunt 11 Verordening precariobelasting\n\n"
        "Het voorstel wordt aangenomen met 25 stemmen voor en 4 tegen.\n"
    )
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(text, "nl")] == [
        ("7", "adopted", 20, 9),
        ("11", "adopted", 25, 4),
    ]


def test_a_tie_told_in_a_sentence_of_flemish_minutes_still_rejects():
    text = FLEMISH + "7. Reglement deelfietsen\n\n"
    text += "De stemmen staken (16 voor, 16 tegen); het voorstel is daarmee verworpen.\n"
    (row,) = votes(text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("rejected", 16, 16)


def test_without_a_table_a_point_line_is_read_as_before():
    text = (
        DUTCH + "Agendapunt 8 Verordening jeugdhulp\n\n"
        "Het voorstel wordt aangenomen met 30 stemmen voor en 4 tegen.\nTegen: PVV\n"
    )
    (row,) = votes(text, "nl")
    assert (row.case_number, row.votes_against, row.against_parties) == ("8", 4, '{"PVV":4}')
