"""Flemish decision lists number their items with the register's code written with slashes ('GR/2026/118  Title',
'2026/GR/45 - Title'), as well as with underscores ('2026_GR_00118'): such a line opens an item whose number is the
code as written, and a title naming an earlier session ('Notulen van de zitting van 21 september 2026') names that
session, not the meeting the rows belong to. A code inside a sentence, or a tracker's own code, opens nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Testbeek - Besluitenlijst\nBESLUITENLIJST GEMEENTERAAD\nmaandag 19 oktober 2026 om 20.00 uur\n\n"


def _rows(items: str) -> list[tuple]:
    return [(r.case_number, r.meeting_date, r.subject, r.outcome) for r in votes(HEAD + items, "nl")]


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("GR/2026/120  Wijziging van het meerjarenplan 2026-2031 - aanpassing nr. 3", "GR/2026/120"),
        ("GR/2026/7 Retributiereglement op het gebruik van de sporthal", "GR/2026/7"),
        ("OCMW/2025/044 - Jaarrekening 2024 van het OCMW", "OCMW/2025/044"),
        ("2026/GR/45 - Samenwerkingsovereenkomst met de politiezone", "2026/GR/45"),
        ('RMW/2026/12  Aankoop van een perceel "De Wijers"', "RMW/2026/12"),
    ],
)
def test_a_slashed_register_code_opens_its_item(line, case):
    rows = _rows(f"OPENBAAR\n\n{line}\nGoedgekeurd\nStemming: 15 ja, 7 nee, 2 onthoudingen\n")
    assert [(found, date, outcome) for found, date, _, outcome in rows] == [(case, "2026-10-19", "adopted")]
    assert rows[0][2] == line.split(None, 1)[1].lstrip("- ")


@pytest.mark.parametrize(
    "title",
    [
        "Notulen en zittingsverslag van de zitting van 21 september 2026",
        "Notulen van de vergadering van maandag 21 september 2026",
        "Zittingsverslag van de zitting van 21 september 2026",
    ],
)
def test_an_item_naming_an_earlier_session_does_not_date_the_meeting(title):
    rows = _rows(
        f"GR/2026/118  {title}\nGoedgekeurd\nStemming: eenparig\n\n"
        "GR/2026/119  Jaarverslag 2025 van de interlokale vereniging\nAkte genomen\n"
    )
    assert [(case, date) for case, date, _, _ in rows] == [
        ("GR/2026/118", "2026-10-19"),
        ("GR/2026/119", "2026-10-19"),
    ]


def test_an_underscored_code_still_opens_its_item():
    rows = _rows("2026_GR_00118 - Reglement op het plaatsen van terrassen\nUitgesteld\n")
    assert [(case, outcome) for case, _, _, outcome in rows] == [("2026_GR_00118", "postponed")]


@pytest.mark.parametrize(
    "line",
    [
        "GR/2026/118 werd in de vorige zitting al goedgekeurd.",
        "T-2026-04: de wethouder informeert de raad voor de zomer.",
        "Zie besluit gr/2026/118 van de vorige zitting.",
    ],
)
def test_a_code_in_a_sentence_opens_no_item(line):
    rows = _rows(f"GR/2026/120  Wijziging van het meerjarenplan\n{line}\nGoedgekeurd\n")
    assert [case for case, _, _, _ in rows] == ["GR/2026/120"]
