"""A besluitenlijst drawn as a box table (Unicode box drawing, "┌──┬──┐" / "│ 2026_GR_00071 │ Titel │ goedgekeurd │",
cells wider than the drawn columns, titles wrapped onto a row of their own) is read as the pipe table it is: a row per
item, its number, title and outcome. A vote list under it naming each item by the running number its full number ends
with ("00072  Goedgekeurd met 18 ja-stemmen en 5 nee-stemmen.") gives that item's counts. A box drawn round a text
block is no table of decisions, and a number under the list that ends no listed number opens no item."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

VL_HEAD = "Besluitenlijst gemeenteraad – maandag 23 februari 2026\nAanwezig: 21 raadsleden.\n\n"
NL_HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad van dinsdag 10 maart 2026\n\n"

LIGHT = (
    "┌──────┬───────────────────────────────┬─────────────┐\n"
    "│ Nr.  │ Onderwerp                     │ Beslissing  │\n"
    "├──────┼───────────────────────────────┼─────────────┤\n"
    "│ 2026_GR_00011 │ Jaarrekening 2025 van het OCMW │ goedgekeurd │\n"
    "│ 2026_GR_00012 │ Retributiereglement sporthal    │ afgekeurd   │\n"
    "│               │ – aanpassing tarieven           │             │\n"
    "│ 2026_GR_00013 │ Verkoop pastorij Zogge          │ uitgesteld  │\n"
    "└──────┴───────────────────────────────┴─────────────┘\n"
)
DOUBLE = (
    "╔═════╦════════════════════════════════╦════════════╗\n"
    "║ Agp ║ Onderwerp                      ║ Besluit    ║\n"
    "╠═════╬════════════════════════════════╬════════════╣\n"
    "║ 4   ║ Verordening parkeerbelasting 2026 ║ aangenomen ║\n"
    "║ 5   ║ Zienswijze begroting GGD 2027  ║ verworpen  ║\n"
    "║ 6   ║ Kadernota 2027                 ║ aangehouden ║\n"
    "╚═════╩════════════════════════════════╩════════════╝\n"
)
HEAVY = (
    "┏━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━┓\n"
    "┃ Nr.  ┃ Onderwerp                    ┃ Beslissing  ┃\n"
    "┣━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━┫\n"
    "┃ 2026_GR_00101 ┃ Samenwerkingsovereenkomst bibliotheek ┃ goedgekeurd ┃\n"
    "┃ 2026_GR_00102 ┃ Rooilijnplan Molenstraat     ┃ goedgekeurd ┃\n"
    "┗━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━┛\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            VL_HEAD + LIGHT,
            [
                ("2026_GR_00011", "Jaarrekening 2025 van het OCMW", "adopted"),
                ("2026_GR_00012", "Retributiereglement sporthal – aanpassing tarieven", "rejected"),
                ("2026_GR_00013", "Verkoop pastorij Zogge", "postponed"),
            ],
        ),
        (
            NL_HEAD + DOUBLE,
            [
                ("4", "Verordening parkeerbelasting 2026", "adopted"),
                ("5", "Zienswijze begroting GGD 2027", "rejected"),
                ("6", "Kadernota 2027", "postponed"),
            ],
        ),
        (
            VL_HEAD + HEAVY,
            [
                ("2026_GR_00101", "Samenwerkingsovereenkomst bibliotheek", "adopted"),
                ("2026_GR_00102", "Rooilijnplan Molenstraat", "adopted"),
            ],
        ),
    ],
)
def test_a_box_drawn_decision_list_gives_a_row_per_item(text, expected):
    assert [(r.case_number, r.subject, r.outcome) for r in votes(text, "nl")] == expected


@pytest.mark.parametrize(
    ("note", "counts"),
    [
        ("00012  Verworpen met 6 stemmen voor en 15 stemmen tegen.", (6, 15)),
        ("00012  Het reglement wordt verworpen met 6 stemmen voor en 15 stemmen tegen.", (6, 15)),
        ("00012: verworpen met 6 stemmen voor en 15 stemmen tegen.", (6, 15)),
    ],
)
def test_a_vote_list_naming_items_by_their_running_number_gives_their_counts(note, counts):
    text = VL_HEAD + LIGHT + "\nStemmingen\n00011  Eenparig goedgekeurd.\n" + note + "\n"
    rows = {r.case_number: r for r in votes(text, "nl")}
    assert set(rows) == {"2026_GR_00011", "2026_GR_00012", "2026_GR_00013"}
    assert (rows["2026_GR_00012"].votes_for, rows["2026_GR_00012"].votes_against) == counts


def test_a_number_ending_no_listed_number_opens_no_item():
    text = VL_HEAD + LIGHT + "\nTer info\n00099  Het verslag van de vorige zitting werd goedgekeurd.\n"
    assert all(r.case_number != "2026_GR_00099" for r in votes(text, "nl"))
    assert {r.case_number for r in votes(text, "nl")} <= {"2026_GR_00011", "2026_GR_00012", "2026_GR_00013", None}


def test_a_box_round_a_text_block_records_no_decision():
    text = (
        "Gemeente Testdorp – internationale samenwerking\n\n"
        "┌─ FEITEN ─────────────────────────────────────────────┐\n"
        "│ Partnersteden van de gemeente                        │\n"
        "│ - Bergheim (Duitsland): stedenband sinds 1986.       │\n"
        "│ - Lannion (Frankrijk): jumelage sinds 1992.          │\n"
        "└──────────────────────────────────────────────────────┘\n"
    )
    assert votes(text, "nl") == []
