"""A space-aligned vote table under a dash ruler whose result cell wraps a word at a hyphen ("Til efterret-" /
"ning"): the word goes on unspaced, so the cell reads "Til efterretning" (noted). Look-alikes: a suspended compound
("Børne- og" / "Ungeudvalget") keeps its hyphen and space; a cell wrapping whole words keeps its space.
"""

from __future__ import annotations

import re

import pytest

from pipeline.text.ruled_tables import cut_ruled_tables
from tests.extract.votes.helpers import votes

NO_LABEL = re.compile(r"(?!)")  # no comment label: every line under the ruler is a row or its rest
HEAD = (
    "Kommunalbestyrelsen\nAfstemningsresultater – Kommunalbestyrelsens møde tirsdag den 26. maj 2026\n\n"
    "Pkt.  Sag                                        Resultat       For Imod\n"
    "----  -----------------------------------------  -------------  --- ----\n"
)


@pytest.mark.parametrize(
    ("cell", "rest", "outcome"),
    [
        ("Til efterret-", "ning", "noted"),
        ("Taget til ef-", "terretning", "noted"),
        ("Godkendt en-", "stemmigt", "adopted"),
        ("Forkas-", "tet", "rejected"),
        ("Vedta-", "get", "adopted"),
    ],
)
def test_a_word_broken_at_the_cells_edge_goes_on_unspaced(cell, rest, outcome):
    text = HEAD + f"5     Orientering om Ishøj Havn – kvartal 1      {cell:<13}    –    –\n"
    text += f"                                                 {rest}\n"
    rows = votes(text, "da")
    assert [(r.subject, r.outcome) for r in rows] == [("Orientering om Ishøj Havn – kvartal 1", outcome)]


@pytest.mark.parametrize(
    ("first", "rest", "cell"),
    [
        ("Børne- og", "Ungeudvalget", "Børne- og Ungeudvalget"),  # a suspended compound keeps hyphen and space
        ("Cykelsti mellem", "Ørbæk og Nyborg", "Cykelsti mellem Ørbæk og Nyborg"),  # whole words keep their space
    ],
)
def test_a_cell_not_broken_inside_a_word_keeps_its_space(first, rest, cell):
    lines = [
        "Nr    Sag                   Status",
        "----  --------------------  ----------",
        f"1     {first:<20}  Gennemført",
        f"      {rest}",
    ]
    assert cut_ruled_tables(lines, NO_LABEL)[2].split("\t")[1] == cell
