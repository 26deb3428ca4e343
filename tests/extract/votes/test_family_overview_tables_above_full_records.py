"""A results table at the top of the minutes ("| Pkt. | Sag | Resultat |") over items each recorded in full below
("102. Lokalplan 7.41 ..." with "Beslutning i Plan- og Miljøudvalget den ...:" and the council's vote) is an
overview: the full records are the rows (the committee steps, the counts), the table's line about an item adds
none. Look-alikes: a note below the table that restates an item's title over prose only, with no decision label
("73/26 Ny parkeringsforskrift" / "Det ble avgitt 25 stemmer ...") explains its row, which stays the row; a table
with no full records below keeps every row; an item of the table that has no full record below keeps its row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Testby Kommune\nBYRÅDET – REFERAT\nTirsdag den 23. juni 2026, kl. 18.00\n\n"


def _rows(text: str, language: str = "da") -> list[tuple]:
    return [
        (r.body, r.meeting_date, r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(text, language)
    ]


TABLES = [
    (
        "| Pkt. | Sag                          | Resultat                |\n"
        "|------|------------------------------|-------------------------|\n"
        "| 101  | Godkendelse af dagsorden     | Godkendt                |\n"
        "| 102  | Lokalplan 12 for Østergade   | Godkendt, se afstemning |\n"
        "| 103  | Vintertjeneste 2026/27       | Udsat                   |\n"
    ),
    (
        "| Nr. | Sag | Beslutning |\n"
        "|---|---|---|\n"
        "| 101 | Godkendelse af dagsorden | Godkendt |\n"
        "| 102 | Lokalplan 12 for Østergade | Vedtaget |\n"
        "| 103 | Vintertjeneste 2026/27 | Udsat |\n"
    ),
]

RECORDS = [
    (
        "101. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "102. Lokalplan 12 for Østergade\nBeslutning i Teknik- og Miljøudvalget den 8. juni 2026: Anbefales.\n"
        "Beslutning i Byrådet den 23. juni 2026:\nLokalplanen blev vedtaget med 19 stemmer mod 6.\n\n"
        "103. Vintertjeneste 2026/27\nBeslutning i Byrådet den 23. juni 2026:\nSagen blev udsat.\n"
    ),
    (
        "Punkt 101 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Punkt 102 Lokalplan 12 for Østergade\nBeslutning i Teknik- og Miljøudvalget den 8. juni 2026\nAnbefales over "
        "for byrådet.\nBeslutning i Byrådet den 23. juni 2026\nVedtaget med 19 stemmer for og 6 imod.\n\n"
        "Punkt 103 Vintertjeneste 2026/27\nBeslutning\nUdsat til næste møde.\n"
    ),
]

FULL = [
    ("Byrådet", "2026-06-23", "101", "adopted", None, None),
    ("Teknik- og Miljøudvalget", "2026-06-08", "102", "adopted", None, None),
    ("Byrådet", "2026-06-23", "102", "adopted", 19, 6),
    ("Byrådet", "2026-06-23", "103", "postponed", None, None),
]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("records", RECORDS)
def test_the_full_records_below_an_overview_table_are_the_rows(table, records):
    assert _rows(HEAD + table + "\n" + records) == FULL


def test_an_item_without_a_full_record_keeps_its_table_row():
    records = RECORDS[0].split("\n\n103.")[0] + "\n"
    rows = _rows(HEAD + TABLES[1] + "\n" + records)
    assert rows == [("Byrådet", "2026-06-23", "103", "postponed", None, None), *FULL[:3]]  # in text order


def test_a_table_without_full_records_keeps_every_row():
    rows = _rows(HEAD + TABLES[1])
    assert [(case, outcome) for _, _, case, outcome, _, _ in rows] == [
        ("101", "adopted"),
        ("102", "adopted"),
        ("103", "postponed"),
    ]


def test_a_note_restating_a_title_over_prose_explains_its_row():
    text = (
        "Testby kommune\nBYSTYRET - MØTEBOK\nMøtedato: torsdag 22. oktober 2026\n\n"
        "| Saknr | Tittel | Vedtak / stemmetall |\n|---|---|---|\n"
        "| 71/26 | Godkjenning av saksliste | Godkjent |\n"
        "| 73/26 | Ny parkeringsforskrift sentrum | Vedtatt 13-12 |\n\n"
        "Merknader til sakene\n\n73/26 Ny parkeringsforskrift sentrum\nDet ble avgitt 25 stemmer, 12 for og 12 mot "
        "innstillingen. Ordførerens dobbeltstemme var avgjørende, og innstillingen ble dermed vedtatt.\n"
    )
    rows = _rows(text, "nb")
    assert [(case, outcome, yes, no) for _, _, case, outcome, yes, no in rows] == [
        ("71/26", "adopted", None, None),
        ("73/26", "adopted", 13, 12),
    ]
