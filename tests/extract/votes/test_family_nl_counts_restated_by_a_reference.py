"""A report states what the council decided and then counts it by a bare reference in the same paragraph ('De raad
stemde in met het bestemmingsplan X. Het voorstel werd aangenomen met 24 stemmen voor en 5 tegen.'): one decision,
named by the first sentence and counted by the second, not two rows. Another proposal, another outcome, a
proposal named in full or a new paragraph stays a decision of its own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Dit besloot de gemeenteraad\n\nDe gemeenteraad vergaderde op dinsdag 10 februari 2026.\n\n"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + body, "nl")]


@pytest.mark.parametrize(
    ("paragraph", "words", "outcome", "counts"),
    [
        (
            "De raad stemde in met het bestemmingsplan Carnisselande-Oost. Het voorstel werd aangenomen met 24\n"
            "stemmen voor en 5 tegen.",
            "bestemmingsplan Carnisselande-Oost",
            "adopted",
            (24, 5),
        ),
        (
            "De gemeenteraad ging akkoord met de nieuwe parkeerverordening voor het centrum. Het voorstel is "
            "aangenomen met 19 stemmen voor en 8 stemmen tegen.",
            "parkeerverordening",
            "adopted",
            (19, 8),
        ),
        (
            "De raad stemde in met de verkoop van de oude bibliotheek aan de woningcorporatie. Dit voorstel werd\n"
            "aangenomen met 17 stemmen voor en 10 tegen; de fracties van de SP en de PVV stemden tegen.",
            "oude bibliotheek",
            "adopted",
            (17, 10),
        ),
        (
            "De raad stemde in met het nieuwe subsidiebeleid voor sportverenigingen. Het voorstel werd aangenomen met "
            "31 stemmen voor en 2 tegen.",
            "subsidiebeleid",
            "adopted",
            (31, 2),
        ),
        (
            "De raad stemde in met de Woonvisie 2030. Het voorstel werd aangenomen met 20 stemmen voor en 9 tegen. "
            "Wethouder De Vries is blij met de uitkomst.",
            "Woonvisie 2030",
            "adopted",
            (20, 9),
        ),
    ],
)
def test_a_counted_reference_counts_the_decision_it_follows(paragraph, words, outcome, counts):
    rows = _rows(paragraph + "\n")
    assert len(rows) == 1
    subject, found, yes, no = rows[0]
    assert words in subject and (found, yes, no) == (outcome, *counts)


@pytest.mark.parametrize(
    "paragraph",
    [
        # another outcome: the amendment the council turned down
        "De raad stemde in met de Woonvisie 2030. Het amendement werd verworpen met 5 stemmen voor en 24 tegen.",
        # a proposal named in full is a decision of its own
        "De raad stemde in met de Woonvisie 2030. Het voorstel van de SP om de huren te bevriezen werd aangenomen met "
        "15 stemmen voor en 14 tegen.",
    ],
)
def test_another_proposal_after_the_decision_is_a_row_of_its_own(paragraph):
    assert len(_rows(paragraph + "\n")) == 2


def test_a_decision_counted_already_is_not_counted_again():
    rows = _rows(
        "De raad stemde unaniem in met de Woonvisie 2030. Het voorstel werd aangenomen met 15 stemmen voor "
        "en 14 tegen.\n"
    )
    assert len(rows) == 2
