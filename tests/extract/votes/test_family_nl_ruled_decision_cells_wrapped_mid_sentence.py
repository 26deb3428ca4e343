"""A besluitenlijst laid out as a fixed-width table under a dash ruler ('Nr.  Onderwerp  Besluit' / '---  ---')
whose decision cell wraps onto the next line in mid-sentence: 'De lijst van ingekomen stukken wordt voor' /
'kennisgeving aangenomen.'. The wrapped line ends a sentence, but it finishes the cell above (which stopped
mid-sentence), so it is part of the row, not a comment under it: the row is about the item's subject cell, with
the outcome and counts the whole cell gives.

Look-alike: a labelled line under a row ('Stemverklaring: ...') stays a note of its own, and a cell that closed its
sentence is not continued by the line below.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = (
    "BESLUITENLIJST OPENBARE VERGADERING VAN DE RAAD VAN DE GEMEENTE TESTDORP\n"
    "dinsdag 23 juni 2026, 19.30 uur\n\n"
    "Nr.  Onderwerp                                 Besluit\n"
    "---  ----------------------------------------  -----------------------------------------\n"
)
PAD = " " * 47


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            f"4    Ingekomen stukken                         De lijst van ingekomen stukken wordt voor\n"
            f"{PAD}kennisgeving aangenomen.\n",
            [("4", "Ingekomen stukken", "noted", None, None, None)],
        ),
        (
            f"7    Motie Windturbines op afstand (SGP)       Verworpen met 8 stemmen voor en 11\n{PAD}stemmen tegen.\n",
            [("7", "Motie Windturbines op afstand", "rejected", 8, 11, None)],
        ),
        (
            f"9    Verordening Wmo 2027                      Aangenomen met 16 stemmen voor en 3\n"
            f"{PAD}stemmen tegen.\n",
            [("9", "Verordening Wmo 2027", "adopted", 16, 3, None)],
        ),
        (
            f"3    Besluitenlijst 26 mei 2026                Vastgesteld, met de correctie op\n{PAD}pagina 2.\n",
            [("3", "Besluitenlijst 26 mei 2026", "adopted", None, None, None)],
        ),
        (
            f"6    Zienswijze begroting GGD                  Aangenomen zonder stemming, met een\n"
            f"{PAD}stemverklaring van het CDA.\n"
            f"8    Verordening marktgelden 2027              Aangenomen met 19 stemmen voor en 2\n"
            f"{PAD}stemmen tegen.\n",
            [
                ("6", "Zienswijze begroting GGD", "adopted", None, None, None),
                ("8", "Verordening marktgelden 2027", "adopted", 19, 2, None),
            ],
        ),
    ],
)
def test_a_cell_wrapped_mid_sentence_is_one_row(rows: str, expected: list[tuple]) -> None:
    assert vote_cells(HEAD + rows, "nl") == expected


def test_a_closed_cell_is_not_continued_by_a_labelled_line() -> None:
    rows = (
        "9    Verordening Wmo 2027                      Aangenomen met 16 stemmen voor en 3 tegen.\n"
        "     Stemverklaring: de fractie van de SGP.\n"
        "10   Verordening precario 2027                 Aangenomen.\n"
    )
    cells = vote_cells(HEAD + rows, "nl")
    assert [c[:3] for c in cells] == [
        ("9", "Verordening Wmo 2027", "adopted"),
        ("10", "Verordening precario 2027", "adopted"),
    ]
