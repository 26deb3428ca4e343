"""A count of one is written in the singular ('1 stem tegen', 'één stem voor', '1 onthouding', '1 lid stemde
tegen'): it counts as the plural does. Counts for with only abstentions beside them ('met 31 stemmen voor en
1 onthouding') leave nobody against: zero against, a united vote, as 'met 31 stemmen voor' alone does."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NL_HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad\ngehouden op donderdag 29 januari 2026\n\n"
VL_HEAD = "Notulen van de gemeenteraad van dinsdag 24 maart 2026\n\n"
TITLE = "Parkeerverordening centrum 2026"


def _counts(head: str, item: str, lines: str) -> list[tuple]:
    rows = votes(f"{head}{item} {TITLE}\n{lines}\n", "nl")
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("head", "item", "line", "outcome", "counts"),
    [
        (NL_HEAD, "Agendapunt 7 –", "Aangenomen met 14 stemmen voor en 1 stem tegen.", "adopted", (14, 1)),
        (NL_HEAD, "Agendapunt 7 –", "Verworpen met 1 stem voor en 26 stemmen tegen.", "rejected", (1, 26)),
        (NL_HEAD, "Agendapunt 7 –", "Stemming: 25 stemmen voor, 1 stem tegen", "adopted", (25, 1)),
        (VL_HEAD, "12.", "Goedgekeurd met 22 stemmen voor, één stem tegen en 2 onthoudingen.", "adopted", (22, 1)),
        (VL_HEAD, "12.", "Goedgekeurd met 1 stem tegen (Vlaams Belang) en 30 stemmen voor.", "adopted", (30, 1)),
        (VL_HEAD, "12.", "Goedgekeurd: 27 raadsleden stemden voor, 1 raadslid stemde tegen.", "adopted", (27, 1)),
        (NL_HEAD, "Agendapunt 7 –", "Aangenomen: 24 leden stemden voor en 1 lid stemde tegen.", "adopted", (24, 1)),
    ],
)
def test_a_count_of_one_in_the_singular_counts(head, item, line, outcome, counts):
    assert _counts(head, item, line) == [(TITLE, outcome, *counts)]


@pytest.mark.parametrize(
    "line",
    [
        "Goedgekeurd met 31 stemmen voor en 1 onthouding (PVDA).",
        "Goedgekeurd met 26 stemmen voor en één onthouding.",
        "Stemming: met 24 stemmen voor en 2 onthoudingen; goedgekeurd.",
        "Het reglement wordt goedgekeurd met 25 stemmen voor, 1 onthouding.",
        "Aangenomen met 19 stemmen voor en 3 onthoudingen (PVV).",
    ],
)
def test_votes_for_with_only_abstentions_beside_them_leave_nobody_against(line):
    rows = votes(f"{VL_HEAD}12. {TITLE}\n{line}\n", "nl")
    assert [(r.votes_against, r.unanimous) for r in rows] == [(0, True)]
    assert rows[0].votes_for in (31, 26, 24, 25, 19)


def test_an_appointment_with_abstentions_keeps_its_ballot_count_only():
    line = "Mevrouw An Peeters wordt met 18 stemmen voor en 7 onthoudingen aangeduid als voorzitter."
    rows = votes(f"{VL_HEAD}12. {TITLE}\n{line}\n", "nl")
    assert [(r.votes_for, r.unanimous) for r in rows] == [(18, None)]


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("Goedgekeurd met 20 stemmen voor, 1 stem tegen en 1 onthouding.", (20, 1)),
        ("Goedgekeurd met 18 stemmen voor, 7 stemmen tegen (N-VA) en 1 onthouding.", (18, 7)),
        ("Stemming: 19 ja-stemmen, 1 neen-stem, 1 onthouding", (19, 1)),
    ],
)
def test_an_abstention_beside_votes_against_keeps_them(line, counts):
    rows = votes(f"{VL_HEAD}12. {TITLE}\n{line}\n", "nl")
    assert [(r.votes_for, r.votes_against, r.unanimous) for r in rows] == [(*counts, False)]
