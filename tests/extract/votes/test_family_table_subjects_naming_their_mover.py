"""A decision table's subject cell may end in a bracket naming who moved the item, often wrapped onto a row of its
own ("Ændringsforslag fra Ø til budget 2027" / "(stillet af Signe Holt, Ø)", "Motie M3 Speeltuin (ingediend door
Anna de Vries, GL)"): the bracket is the row's proposer and party, not part of its subject
(models/votes/<lang>.json `decision_tables.mover`). Look-alikes: a bracket of parties or a label ("(hamerstuk)")
names no mover, and a bracket naming the mover in no known party's code keeps the name alone. Tables written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "da": "Afstemningsresultater\nKommunalbestyrelsen, tirsdag den 8. september 2026\n\n",
    "nb": "Voteringer\nBystyret, møte 17. september 2026\n\n",
    "nn": "Røysteresultat\nKommunestyret, møte 24. april 2026\n\n",
    "nl": "Stemmingsuitslagen\nGemeenteraad, vergadering van 9 juli 2026\n\n",
}


def _movers(language: str, table: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.proposer, r.proposer_party) for r in votes(HEADS[language] + table, language)]


@pytest.mark.parametrize(
    ("language", "table", "expected"),
    [
        (
            "da",
            "| Pkt. | Titel | Resultat |\n|---|---|---|\n| 2.1 | Ændringsforslag fra Ø til budget 2027 | Forkastet |\n"
            "| | (stillet af Signe Holt, Ø) | |\n",
            [("2.1", "Ændringsforslag fra Ø til budget 2027", "Signe Holt", "Ø")],
        ),
        (
            "da",
            "| Nr | Sag | Beslutning |\n|---|---|---|\n"
            "| 9 | Medlemsforslag om hundeskov (fremsat af Per Lund, V) | Godkendt |\n",
            [("9", "Medlemsforslag om hundeskov", "Per Lund", "V")],
        ),
        (
            "nb",
            "| Sak | Tittel | Resultat |\n|---|---|---|\n"
            "| 103/26 | Forslag om gratis SFO (fremmet av Kari Berg, R) | Falt |\n",
            [("103/26", "Forslag om gratis SFO", "Kari Berg", "R")],
        ),
        (
            "nn",
            "| Sak | Tittel | Utfall |\n|---|---|---|\n| 22/26 | Framlegg om skulestruktur | Fall |\n"
            "| | (sett fram av Olav Vik, Sp) | |\n",
            [("22/26", "Framlegg om skulestruktur", "Olav Vik", "Sp")],
        ),
        (
            "nl",
            "| Nr. | Onderwerp | Uitslag |\n|---|---|---|\n"
            "| 3 | Motie M3 Speeltuin Noord (ingediend door Anna de Vries, GroenLinks) | Aangenomen |\n",
            [("3", "Motie M3 Speeltuin Noord", "Anna de Vries", "GroenLinks")],
        ),
    ],
)
def test_a_subject_cells_mover_bracket_is_the_rows_proposer(language: str, table: str, expected: list[tuple]) -> None:
    assert _movers(language, table) == expected


@pytest.mark.parametrize(
    ("language", "table", "expected"),
    [
        (
            "da",
            "| Pkt. | Titel | Resultat |\n|---|---|---|\n| 4 | Forslag om legeplads (Ø, F) | Godkendt |\n",
            [("4", "Forslag om legeplads", None, None)],
        ),
        (
            "nl",
            "| Nr. | Onderwerp | Uitslag |\n|---|---|---|\n| 2 | Jaarrekening 2025 (hamerstuk) | Aangenomen |\n",
            [("2", "Jaarrekening 2025", None, None)],
        ),
        (
            "da",
            "| Pkt. | Titel | Resultat |\n|---|---|---|\n"
            "| 6 | Borgerforslag om bænke (stillet af Grundejerforeningen Syd) | Forkastet |\n",
            [("6", "Borgerforslag om bænke", "Grundejerforeningen Syd", None)],
        ),
    ],
)
def test_a_bracket_of_parties_or_labels_names_no_mover(language: str, table: str, expected: list[tuple]) -> None:
    assert _movers(language, table) == expected
