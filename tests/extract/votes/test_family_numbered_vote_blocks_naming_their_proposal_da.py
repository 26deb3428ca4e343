"""A vote-result page gives each vote of a case a numbered line naming what was put to the vote ("Afstemning 1
Ændringsforslag nr. 2", "Afstemning nr. 2   Økonomiudvalgets indstilling"), the column gap often lost to a single
space, then optionally a field with the proposal's own words ("Tekst: ...", "Forslagets ordlyd: ..."), count lines
("For: 13 (V 8, C 5)", "Imod: 16", "Undlod: 0") and a result field. Each vote is a row about the proposal it names: the
proposal's words where a field gives them, else the vote line's label. Words: models/votes/da.json
`result_fields.vote_lines`, `subject_labels`, `roll_calls`. Look-alikes: count lines are never a vote's subject, and a
vote line with no proposal after its number names nothing. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Afstemningsresultater\nByrådet - onsdag den 9. september 2026\n\n"


def _rows(page: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + page, "da")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Sag 51  Takster for hjemmepleje 2027\n"
            "Afstemning 1  Ændringsforslag fra Venstre\n"
            "  Tekst:       Taksten for madudbringning fastholdes på 2026-niveau.\n"
            "  For:    9  (V 7, K 2)\n"
            "  Imod:  18  (A 12, F 4, Ø 2)\n"
            "  Undlod: 0\n"
            "  Resultat: FORKASTET\n\n"
            "Afstemning 2  Social- og Sundhedsudvalgets indstilling\n"
            "  For:   18  (A 12, F 4, Ø 2)\n"
            "  Imod:   9  (V 7, K 2)\n"
            "  Undlod: 0\n"
            "  Resultat: VEDTAGET\n",
            [
                ("51", "Taksten for madudbringning fastholdes på 2026-niveau.", "rejected", 9, 18),
                ("51", "Social- og Sundhedsudvalgets indstilling", "adopted", 18, 9),
            ],
        ),
        (  # a single space after the number, the mover on a field of its own
            "Sag 12 Budgetrevision 2\n"
            "Afstemning 1 Ændringsforslag nr. 3\n"
            "Stillet af: K\n"
            "Tekst: Der afsættes 1 mio. kr. til vejvedligehold.\n"
            "For: 5 (K 5)\n"
            "Imod: 20 (A 11, V 9)\n"
            "Undlod: 2 (O 2)\n"
            "Resultat: Forkastet\n",
            [("12", "Der afsættes 1 mio. kr. til vejvedligehold.", "rejected", 5, 20)],
        ),
        (
            "Punkt 202  Lokalplan 1101 for boliger ved Rådhusparken\n"
            "Afstemning 1  Plan- og Miljøudvalgets indstilling\n"
            "  For:   27   Imod: 0   Undlod: 0\n"
            "  Resultat: Vedtaget\n",
            [("202", "Plan- og Miljøudvalgets indstilling", "adopted", 27, None)],
        ),
        (
            "Sag 31: Ny hal i Sønderby\n"
            "Afstemning nr. 1   Forslag stillet af SF (Mette Lund)\n"
            "   Forslagets ordlyd: Byggeriet udskydes til 2028.\n"
            "   For: 3\n"
            "   Imod: 24\n"
            "   Resultat: Forkastet\n",
            [("31", "Byggeriet udskydes til 2028.", "rejected", 3, 24)],
        ),
        (
            "Sag 32: Regnskab 2025\n"
            "Afstemning 2 Økonomiudvalgets indstilling\n"
            "For: 25\n"
            "Imod: 2 (Ø 2)\n"
            "Resultat: Vedtaget\n",
            [("32", "Økonomiudvalgets indstilling", "adopted", 25, 2)],
        ),
    ],
)
def test_each_vote_is_about_the_proposal_its_line_names(page: str, expected: list[tuple]) -> None:
    assert _rows(page) == expected


def test_count_lines_are_no_subject() -> None:
    """Look-alike: a vote line naming nothing, counts and a result under the case title: the case's title."""
    page = "Sag 40  Salg af Skolevej 4\nFor: 21\nImod: 4 (Ø 2, F 2)\nUndlod: 0\nResultat: Vedtaget\n"
    assert _rows(page) == [("40", "Salg af Skolevej 4", "adopted", 21, 4)]
