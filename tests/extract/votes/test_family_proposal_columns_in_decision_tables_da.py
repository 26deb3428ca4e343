"""A vote overview whose numbered table names, beside each case, what was put to the vote ("| Pkt. | Sag |
Afstemning om | For | Imod | Resultat |"): a committee's recommendation, an amendment and its mover. Each row is one
vote about that proposal, so the proposal as written is its subject (a case with two votes has two rows, each named
by its own proposal) and a mover the cell names ("Ændringsforslag fra Jens Bach (K)") moved it. A dash in the column
(nothing put to the vote: "Udsat", "Taget til efterretning") or a bare "Udsættelse" leaves the case's title.
Header words: models/votes/da.json `decision_tables.proposal`, the mover `decision_tables.proposal_mover`.
Look-alikes: a decision table without such a column keeps the case's title, and a party named without a member is
no person. All tables are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Afstemningsoversigt\nByrådet, tirsdag den 16. juni 2026 kl. 17.00\n\n"


def _rows(table: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + table, "da")]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "| Pkt. | Sag | Afstemning om | For | Imod | Undlod | Resultat |\n"
            "|------|-----|---------------|-----|------|--------|----------|\n"
            "| 112 | Regnskab 2025 | Økonomiudvalgets indstilling | 27 | 0 | 0 | Vedtaget |\n"
            "| 113 | Skolestruktur i Vestområdet | Ændringsforslag fra Jens Bach (K) | 5 | 22 | 0 | Forkastet |\n"
            "| 113 | Skolestruktur i Vestområdet | Børne- og Familieudvalgets indstilling | 22 | 5 | 0 | Vedtaget |\n",
            [
                ("112", "Økonomiudvalgets indstilling", "adopted", 27, 0),
                ("113", "Ændringsforslag fra Jens Bach (K)", "rejected", 5, 22),
                ("113", "Børne- og Familieudvalgets indstilling", "adopted", 22, 5),
            ],
        ),
        (  # a cell wrapped over two lines, a dash where nothing was put to the vote
            "| Nr. | Dagsordenpunkt        | Der stemmes om                 | For | Imod | Resultat  |\n"
            "|-----|-----------------------|--------------------------------|-----|------|-----------|\n"
            "| 5   | Takstblad for vand    | Teknik- og Miljøudvalgets      | 19  | 2    | Godkendt  |\n"
            "|     |                       | indstilling                    |     |      |           |\n"
            "| 6   | Salg af grund         | -                              | -   | -    | Udsat     |\n"
            "| 7   | Ny skatepark          | Udsættelse                     | -   | -    | Udsat     |\n",
            [
                ("5", "Teknik- og Miljøudvalgets indstilling", "adopted", 19, 2),
                ("6", "Salg af grund", "postponed", None, None),
                ("7", "Ny skatepark", "postponed", None, None),
            ],
        ),
        (
            "| Pkt | Titel | Afstemt forslag | For | Imod | Resultat |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| 40 | Anlægsbevilling til ny daginstitution | Økonomiudvalgets indstilling | 25 | 0 | Vedtaget |\n"
            "| 41 | Kommuneplantillæg for solcellepark | Ændringsforslag fra Dansk Folkeparti | 3 | 24 | Forkastet |\n"
            "| 42 | Orientering om affaldsordning | - | - | - | Taget til efterretning |\n",
            [
                ("40", "Økonomiudvalgets indstilling", "adopted", 25, 0),
                ("41", "Ændringsforslag fra Dansk Folkeparti", "rejected", 3, 24),
                ("42", "Orientering om affaldsordning", "noted", None, None),
            ],
        ),
        (  # the amendment's own words in the cell: the cell as written
            "| Pkt. | Sag | Afstemning om | For | Imod | Resultat |\n"
            "|------|-----|---------------|-----|------|----------|\n"
            '| 7 | Lokalplan for Fjordparken | Ændringsforslag fra Ida Lund (Ø): "Parken friholdes for byggeri." '
            "| 3 | 20 | Forkastet |\n",
            [("7", 'Ændringsforslag fra Ida Lund (Ø): "Parken friholdes for byggeri."', "rejected", 3, 20)],
        ),
        (  # look-alike: no column naming what was voted on, the case's title
            "| Pkt. | Sag | For | Imod | Resultat |\n"
            "|------|-----|-----|------|----------|\n"
            "| 9 | Nyt klubhus ved stadion | 15 | 6 | Vedtaget |\n",
            [("9", "Nyt klubhus ved stadion", "adopted", 15, 6)],
        ),
    ],
)
def test_the_proposal_voted_on_names_the_row(table: str, expected: list[tuple]) -> None:
    assert _rows(table) == expected


def test_the_mover_a_proposal_cell_names() -> None:
    table = (
        "| Pkt. | Sag | Afstemning om | For | Imod | Resultat |\n"
        "|------|-----|---------------|-----|------|----------|\n"
        "| 113 | Skolestruktur | Ændringsforslag fra Jens Bach (K) | 5 | 22 | Forkastet |\n"
        "| 114 | Ny hal | Forslag fra Venstre | 9 | 18 | Forkastet |\n"
    )
    assert [(r.proposer, r.proposer_party) for r in votes(HEAD + table, "da")] == [("Jens Bach", "K"), (None, None)]
