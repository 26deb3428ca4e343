"""A vote-result table writes who voted against a row in a sub-row of the subject column ("|  | Imod: Ø 3, F 2 |"),
party then count, no brackets. The text joins the sub-row to its row as a wrapped cell, but it wraps no subject
words: it is the row's count line (its parties against), and the subject is the cell's words before it. The same
party-then-count line ("Imod: V 5, C 4", "Stemte imod: Dansk Folkeparti 2 og Nye Borgerlige 2") is read as a count
line wherever it stands.

Look-alikes: a subject ending in a number after a colon that names no vote side ("Tilskud: Idræt 2025"), or a
subject with "for" and a number but no label colon ("Pulje for Kultur 12"), keeps its words.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Byrådet - Afstemninger\nByrådets møde onsdag den 21. maj 2025\n\n"
PIPE = "| Pkt. | Sag | Resultat | For | Imod | Undlod |\n|------|-----|----------|-----|------|--------|\n"


@pytest.mark.parametrize(
    ("sub_row", "parties"),
    [
        ("Imod: Ø 4, O 3", {"Ø": 4, "O": 3}),
        ("Imod: Dansk Folkeparti 4, Enhedslisten 3", {"Dansk Folkeparti": 4, "Enhedslisten": 3}),
        ("Stemte imod: V 4 og C 3", {"V": 4, "C": 3}),
        ("IMOD: Ø 5, F 2.", {"Ø": 5, "F": 2}),
        ("Imod: Liberal Alliance 7", {"Liberal Alliance": 7}),
    ],
)
def test_a_sub_row_naming_the_parties_against_is_no_subject(sub_row: str, parties: dict[str, int]) -> None:
    text = (
        HEAD + PIPE + "| 51 | Salg af grund ved Havnevej | Vedtaget | 20 | 7 | 0 |\n"
        f"|    |   {sub_row} |   |   |   |   |\n| 52 | Takster for parkering 2026 | Vedtaget | 27 | 0 | 0 |\n"
    )
    assert vote_cells(text, "da") == [
        ("51", "Salg af grund ved Havnevej", "adopted", 20, 7, parties),
        ("52", "Takster for parkering 2026", "adopted", 27, 0, None),
    ]


def test_a_grid_table_row_with_its_against_line_below_the_title() -> None:
    text = (
        HEAD + "+-----+----------------------------+----------+-----+------+\n"
        "| Nr. | Sag                        | Resultat | For | Imod |\n"
        "+=====+============================+==========+=====+======+\n"
        "| 8   | Ny affaldsordning          | Vedtaget | 18  | 9    |\n"
        "|     | Imod: A 5, SF 4            |          |     |      |\n"
        "+-----+----------------------------+----------+-----+------+\n"
    )
    assert vote_cells(text, "da") == [("8", "Ny affaldsordning", "adopted", 18, 9, {"A": 5, "SF": 4})]


@pytest.mark.parametrize("subject", ["Tilskud: Idræt 2025", "Pulje for Kultur 12", "Forslag fra V om 2 nye p-pladser"])
def test_a_subject_with_a_number_that_names_no_side_keeps_its_words(subject: str) -> None:
    text = HEAD + PIPE + f"| 53 | {subject} | Vedtaget | 25 | 2 | 0 |\n"
    assert vote_cells(text, "da") == [("53", subject, "adopted", 25, 2, None)]


@pytest.mark.parametrize("line", ["Imod: Ø 2, O 1", "Stemmer imod: Ø 2 og O 1", "Imod: Ø 2; O 1."])
def test_a_party_count_line_under_a_counted_decision_names_the_parties_against(line: str) -> None:
    text = (
        "Økonomiudvalget\nMødedato: 3. juni 2025\n\n12. Salg af grund ved Havnevej\n\n"
        f"Beslutning:\nIndstillingen blev godkendt med 6 stemmer mod 3.\n{line}\n"
    )
    assert vote_cells(text, "da") == [("12", "Salg af grund ved Havnevej", "adopted", 6, 3, {"Ø": 2, "O": 1})]
