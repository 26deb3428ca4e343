"""Family 5: Danish counted votes in every shape (da)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Byrådet\n\nMødedato: 27. januar 2020\n\n12. Lokalplan for boliger\n\n"


@pytest.mark.parametrize(
    ("text", "outcome", "votes_for", "votes_against"),
    [
        (
            "Beslutning\nFor stemte 17 (A, B og SF)\nImod stemte 6 (V, I og O)\nUndlod at stemme 2 (C)\n",
            "adopted",
            17,
            6,
        ),
        ("Forslaget blev forkastet med 29 stemmer imod 18.\n", "rejected", 18, 29),
        ("Indstillingen blev vedtaget med 31 stemmer mod 19, 3 undlod.\n", "adopted", 31, 19),
        (
            "Afstemning: For stemte 20 (A, F, Ø), imod stemte 11 (V, C, O).\nIndstillingen blev vedtaget.\n",
            "adopted",
            20,
            11,
        ),
        ("For stemte: A, B, F og Ø (15 stemmer). Imod stemte: V og O (10 stemmer)\n", "adopted", 15, 10),
        ("Indstillingen blev vedtaget med 21 stemmer for og 4 imod.\n", "adopted", 21, 4),
    ],
)
def test_danish_counted_votes(text, outcome, votes_for, votes_against):
    (row,) = votes(HEADER + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (outcome, votes_for, votes_against, False)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against", "parties"),
    [
        ("Godkendt med 21 stemmer for (A, F, Ø og løsgænger Per Hansen) og 4 imod (V og O).\n", 21, 4, None),
        ("Indstillingen blev vedtaget med 20 stemmer for, 5 imod og 2 der undlod at stemme.\n", 20, 5, None),
        (
            "Afstemning:\nFor: 15 (A, F, Ø)\nImod: 10 (V, C, O)\nUndlod: 2 (I)\nIndstillingen er godkendt.\n",
            15,
            10,
            None,
        ),
        ("Godkendt med 23 stemmer for. 2 stemte imod (O).\n", 23, 2, '{"O":2}'),
        ("Anbefalingen blev godkendt med 19 stemmer for og 8 stemmer imod (V og O).\n", 19, 8, None),
        ("Beslutning\nFor stemte 17 (A, B og SF)\nImod stemte 6 (V, I og O)\nUndlod at stemme 2 (C)\n", 17, 6, None),
    ],
)
def test_danish_counts_with_brackets_colons_and_members(text, votes_for, votes_against, parties):
    (row,) = votes(HEADER + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "adopted",
        votes_for,
        votes_against,
        False,
    )
    assert row.against_parties == parties
    assert row.subject not in ("Beslutning", "Afstemning:")


@pytest.mark.parametrize(
    "text",
    [
        "Et flertal (A, F og Ø) godkendte indstillingen. Et mindretal (V og O) stemte imod.\n",
        "Godkendt. V og O stemte imod.\n",
        "Indstillingen blev godkendt, idet Dansk Folkeparti stemte imod.\n",
        "Anbefales, idet Ø ikke kan anbefale.\n",
        "Godkendt. Liberal Alliance og Nye Borgerlige kan ikke godkende.\n",
    ],
)
def test_parties_against_without_counts_make_the_vote_not_unanimous(text):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.unanimous, row.votes_against, row.against_parties) == ("adopted", False, None, None)


@pytest.mark.parametrize(
    "text",
    ["Godkendt. C tager forbehold.\n", "Godkendt.\nFraværende: Lars Jensen (V)\n", "Anbefales. B tager forbehold.\n"],
)
def test_a_reservation_or_an_absence_is_no_vote_against(text):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.unanimous) == ("adopted", None)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against", "parties"),
    [
        (
            "For stemte: Socialdemokratiet (9), SF (3) og Enhedslisten (2)\n"
            "Imod stemte: Venstre (6) og Dansk Folkeparti (3)\n",
            14,
            9,
            '{"Venstre":6,"Dansk Folkeparti":3}',
        ),
        ("For stemte: A (11), B (2), F (3)\nImod stemte: V (7), O (2), C (1)\n", 16, 10, '{"V":7,"O":2,"C":1}'),
        ("For stemte A (8) og Ø (2).\nImod stemte V (9).\n", 10, 9, '{"V":9}'),
        (
            "For stemte: Venstre (7), Konservative (3)\nImod stemte: Socialdemokratiet (8), Radikale Venstre (1)\n",
            10,
            9,
            '{"Socialdemokratiet":8,"Radikale Venstre":1}',
        ),
        (
            "For stemte: A (12) og F (4)\nImod stemte: V (5), I (2) og Løsgænger (1)\n",
            16,
            8,
            '{"V":5,"I":2,"Løsgænger":1}',
        ),
    ],
)
def test_counts_written_per_party_add_up_to_the_totals(text, votes_for, votes_against, parties):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.against_parties) == (
        "adopted",
        votes_for,
        votes_against,
        parties,
    )


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Først blev ændringsforslaget fra V sat til afstemning.\n"
            "Ændringsforslaget blev forkastet med 9 stemmer mod 18.\n"
            "Derefter blev indstillingen godkendt med 18 stemmer mod 9.\n",
            ("rejected", 9, 18),
            ("adopted", 18, 9),
        ),
        (
            "Venstres ændringsforslag blev forkastet med 11 stemmer for og 16 imod.\n"
            "Herefter blev indstillingen vedtaget med 16 stemmer for og 11 imod.\n",
            ("rejected", 11, 16),
            ("adopted", 16, 11),
        ),
        (
            "Afstemning om ændringsforslaget fra C:\nFor: 4 (C)\nImod: 23 (A, V, F, Ø, O)\n"
            "Ændringsforslaget blev forkastet.\n"
            "Afstemning om indstillingen:\nFor: 23\nImod: 4\nIndstillingen blev godkendt.\n",
            ("rejected", 4, 23),
            ("adopted", 23, 4),
        ),
        (
            "Dernæst blev tillægsforslaget fra Ø forkastet med 3 stemmer mod 24.\n"
            "Endelig blev indstillingen vedtaget med 24 stemmer mod 3.\n",
            ("rejected", 3, 24),
            ("adopted", 24, 3),
        ),
        (
            "Først blev forslaget fra SF sat under afstemning og forkastet med 5 stemmer mod 22.\n"
            "Dernæst blev indstillingen sat under afstemning og vedtaget med 22 stemmer mod 5.\n",
            ("rejected", 5, 22),
            ("adopted", 22, 5),
        ),
    ],
)
def test_an_amendment_then_the_recommendation_are_two_rows(text, first, second):
    rows = votes(HEADER + "Beslutning\n" + text, "da")
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt med 20 stemmer for (Socialdemokratiet, SF, Radikale Venstre) og 7 imod (Venstre, Nye Borgerlige).\n",
        "Vedtaget med 20 stemmer for (A, B, F, Ø og løsgænger Karen Holm) mod 7 stemmer (V, O og C).\n",
        "Indstillingen blev godkendt med 20 stemmer mod 7 (Venstre, Dansk Folkeparti og Konservative).\n",
        "Godkendt med 20 stemmer for og 7 stemmer imod. Imod stemte Venstre og Dansk Folkeparti.\n",
        "Anbefalet med 20 stemmer for (Socialdemokratiet, Enhedslisten, SF) og 7 imod (Liberal Alliance, Venstre).\n",
    ],
)
def test_long_count_sentences_with_full_party_names_keep_their_counts(text):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == ("adopted", 20, 7, False)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against", "parties"),
    [
        (
            "Indstillingen blev godkendt med følgende afstemning:\nFor stemte 39: A, B, F, V, C\nImod stemte 9: Ø\n",
            39,
            9,
            '{"Ø":9}',
        ),
        ("Afstemning:\nFor: A, F, Ø (17)\nImod: V, O (10)\nIndstillingen blev herefter godkendt.\n", 17, 10, None),
        ("Forslaget blev sat under afstemning og vedtaget med 16 stemmer mod 11.\n", 16, 11, None),
        ("Indstillingen blev dermed godkendt med 21 stemmer for og 6 imod.\n", 21, 6, None),
        (
            "For stemte 22: A, B, F og Ø.\nImod stemte 5: O.\nUndlod at stemme 2: C.\nIndstillingen er godkendt.\n",
            22,
            5,
            '{"O":5}',
        ),
    ],
)
def test_count_lines_with_a_party_list_after_the_number_or_in_brackets(text, votes_for, votes_against, parties):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.against_parties) == (
        "adopted",
        votes_for,
        votes_against,
        parties,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt, dog således at Ø og O stemte imod.\n",
        "Godkendt med 25 stemmer for. Liste Ø stemte imod.\n",
        "Indstillingen blev herefter godkendt, idet V stemte imod.\n",
        "Anbefales, således at C stemte imod.\n",
        "Godkendt, men Dansk Folkeparti stemte imod.\n",
        "Godkendt.\nProtokoltilførsel: V kan ikke anbefale indstillingen.\n",
    ],
)
def test_a_party_against_in_a_subordinate_clause_makes_the_vote_not_unanimous(text):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.unanimous) == ("adopted", False)
    assert row.subject in ("Indstillingen", "Lokalplan for boliger")


@pytest.mark.parametrize(
    "text",
    [
        "Godkendt.\nEnstemmigt.\n",
        "Indstillingen blev godkendt.\nEnstemmig.\n",
        "Anbefales.\nEnstemmigt\n",
        "Enstemmigt godkendt.\n",
        "Indstillingen blev enstemmigt tiltrådt.\n",
        "For: 25\nImod: 0\n",
    ],
)
def test_unanimity_on_the_decisions_line_or_the_next_is_one_unanimous_row(text):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.unanimous, row.votes_against) == ("adopted", True, 0)


@pytest.mark.parametrize(
    ("text", "votes_for"),
    [
        ("Godkendt med 25 stemmer. 2 undlod at stemme (C).\n", 25),
        ("Vedtaget med 19 stemmer, idet 4 undlod at stemme.\n", 19),
        ("Indstillingen blev godkendt med 27 stemmer.\n", 27),
        ("Anbefales med 6 stemmer. 1 undlod at stemme.\n", 6),
        ("Godkendt med 11 stemmer for.\n", 11),
    ],
)
def test_a_count_of_votes_for_alone_is_read_without_inventing_votes_against(text, votes_for):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", votes_for, None)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against"),
    [
        (
            "Der blev stemt alternativt mellem V's forslag og indstillingen.\nFor V's forslag stemte 10 (V, C, O).\n"
            "For indstillingen stemte 17 (A, F, Ø, B).\nIndstillingen blev herefter godkendt.\n",
            17,
            10,
        ),
        (
            "Alternativ afstemning:\nFor indstillingen stemte 16 (A, B, F)\nFor ændringsforslaget stemte 11 (V, O)\n"
            "Indstillingen er godkendt.\n",
            16,
            11,
        ),
        (
            "For Socialdemokratiets forslag stemte 14 (A, F)\nFor Venstres forslag stemte 12 (V, C, I)\n"
            "Socialdemokratiets forslag blev dermed vedtaget.\n",
            14,
            12,
        ),
        (
            "For forslag 1 stemte 9 (V, O)\nFor forslag 2 stemte 18 (A, B, F, Ø)\nForslag 2 blev vedtaget.\n",
            18,
            9,
        ),
        (
            "For indstillingen stemte 20 (A, V)\nFor Enhedslistens forslag stemte 3 (Ø)\nIndstillingen er vedtaget.\n",
            20,
            3,
        ),
    ],
)
def test_an_alternative_vote_is_one_row_for_the_winner_against_the_losing_alternative(text, votes_for, votes_against):
    (row,) = votes(HEADER + "Beslutning\n" + text, "da")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "adopted",
        votes_for,
        votes_against,
        False,
    )


def test_votes_under_an_indstillingen_heading_are_the_recommendations_vote():
    rows = votes(
        HEADER + "Beslutning\nÆndringsforslag fra Venstre:\nFor stemte 10 (V, C, O)\nImod stemte 17 (A, F, Ø, B)\n"
        "Ændringsforslaget er forkastet.\n\nIndstillingen:\nFor stemte 17 (A, F, Ø, B)\nImod stemte 10 (V, C, O)\n"
        "Indstillingen er godkendt.\n",
        "da",
    )
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("rejected", 10, 17), ("adopted", 17, 10)]
