"""Family (nl, da, nb, nn): a party line whose cells carry more than a bare count, read as the bare count would be.
The line's own total closes it ("Tegen: PVV (3), SP (2)   = 5"), a cell names the members behind its count
("VVD (1: mevr. Arends)") or the group the count is part of ("H (2 av 5)"), and a party name holds digits
("50PLUS (2)", "Van Dijk (D66)"). Look-alikes: a bracket opening with words is a member's party, not a count, and a
line that names a party without any count keeps it uncounted; a case number in the bracket ("(sak 59/26)") is no
party with its count.
"""

from __future__ import annotations

import pytest

from pipeline.extract.votes.counts import parse_breakdown
from pipeline.extract.votes.lexicon import lexicon
from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        ("nl", "CDA (6), Samen Dorp (5), VVD (4), D66 (2)     = 17", {"CDA": 6, "Samen Dorp": 5, "VVD": 4, "D66": 2}),
        ("nl", "PVV (5), JA21 (3), 50PLUS (2) = 10", {"PVV": 5, "JA21": 3, "50PLUS": 2}),
        ("nl", "CDA (6), SP (2), VVD (1: mevr. Jansen)  = 9", {"CDA": 6, "SP": 2, "VVD": 1}),
        ("nl", "GroenLinks (2: De Boer en Smit), Volt (1)", {"GroenLinks": 2, "Volt": 1}),
        ("nb", "H (2 av 5), FrP (3), Sp (1)", {"H": 2, "FrP": 3, "Sp": 1}),
        ("nn", "Sp (4 av 6) og KrF (2)", {"Sp": 4, "KrF": 2}),
        ("da", "V (3), C (2), O (1) = 6.", {"V": 3, "C": 2, "O": 1}),
        ("nl", "Van Dijk (D66), Kramer (VVD), Mol (D66) en Bos (50PLUS)", {"D66": 2, "VVD": 1, "50PLUS": 1}),
    ],
)
def test_party_cells_count_as_their_bare_number(language: str, text: str, parties: dict[str, int]) -> None:
    breakdown = parse_breakdown(text, lexicon(language))
    assert breakdown.counted() == parties
    assert not breakdown.unread


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Tegen: CDA, VVD en D66 = 17"),  # a total alone gives the parties no numbers
        ("da", "Imod: Hansen (3 år i udvalget)"),  # a bracket that only opens with a number is no party count
        ("nb", "Mot: sak 59/26"),  # a case number's slash joins its parts: no party "sak" with 59 votes
        ("da", "Imod: sag 12/3456"),
        ("nl", "Tegen: zaak 2026/114"),
        ("nb", "Mot: H, FrP og Sp = 3"),  # parties without numbers stay uncounted
    ],
)
def test_look_alikes_stay_uncounted(language: str, text: str) -> None:
    assert parse_breakdown(text.split(":", 1)[1], lexicon(language)).counted() is None


def test_case_number_after_a_count_is_no_party() -> None:
    text = "Formannskapets innstilling ble vedtatt med 13 mot 6 stemmer (sak 59/26)."
    assert [r.against_parties for r in votes(CASE["nb"] + text + "\n", "nb")] == [None]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Uitslag: verworpen\n  Voor:  SP (2), PVV (3)        =  5\n  Tegen: CDA (6), VVD (4), D66 (2)   = 12",
            ("rejected", 5, 12, '{"CDA":6,"VVD":4,"D66":2}'),
        ),
        (
            "nl",
            "Uitslag: aangenomen (34 voor, 10 tegen)\nTegen: PVV (5), JA21 (3), 50PLUS (2) = 10",
            ("adopted", 34, 10, '{"PVV":5,"JA21":3,"50PLUS":2}'),
        ),
        (
            "nl",
            "Uitslag: aangenomen\n  Voor:  CDA (6), VVD (4), D66 (2), SP (1: de heer Bos)   = 13\n"
            "  Tegen: Lokaal Belang (5), PVV (3), SP (1)    =  9",
            ("adopted", 13, 9, '{"Lokaal Belang":5,"PVV":3,"SP":1}'),
        ),
        (
            "nl",
            "Uitslag: verworpen\n  Voor:  PVV (3), SP (2)\n  Tegen: Leefbaar (7), VVD (4), SGP (4), CDA (3),\n"
            "         ChristenUnie (2), D66 (2)\n",
            ("rejected", 5, 22, '{"Leefbaar":7,"VVD":4,"SGP":4,"CDA":3,"ChristenUnie":2,"D66":2}'),
        ),
    ],
)
def test_party_lines_with_totals_fill_the_row(language: str, text: str, expected: tuple) -> None:
    rows = votes(CASE[language] + text + "\n", language)
    assert [(r.outcome, r.votes_for, r.votes_against, r.against_parties) for r in rows] == [expected]
