"""Danish news pages tell a decision's vote in their own words around it: the verb after a fronted phrase ("Efter
anden behandling blev budgettet vedtaget med 17 stemmer mod 4"), the count in a sentence of its own ("Beslutningen
blev truffet med 21 stemmer mod 6", "Der var ingen stemmer imod"), and a bracket of parties after the count it
describes ("nedstemt med 14 stemmer mod 7 (V 5, C 2)": the 7 who voted for).

The fronted phrase hid the verb from the passive pattern (only "Herefter/Derefter blev ..." were read); the count
sentences were no count; and a rejection's counts, read winners first, kept the bracket on the losing side's
number as the parties against.

Look-alikes: a bracket after the larger number is the parties against ("forkastet med 6 stemmer mod 19 (A 10, V
9)"); a count sentence about what the page recalls is still no decision of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import NEWS, votes


def _cells(paragraph: str) -> list[tuple]:
    return [
        (r.outcome, r.unanimous, r.votes_for, r.votes_against, r.against_parties)
        for r in votes(NEWS["da"] + paragraph, "da")
    ]


@pytest.mark.parametrize(
    ("paragraph", "outcome", "counts"),
    [
        (
            "Budgettet for 2027 er på plads\nEfter anden behandling blev budgettet for 2027 vedtaget med 17 stemmer"
            " mod 4.\n",
            "adopted",
            (17, 4),
        ),
        (
            "Ny skole i Ørsted\nEfter en lang debat blev forslaget om en ny skole godkendt med 15 stemmer mod 10.\n",
            "adopted",
            (15, 10),
        ),
        (
            "Takster for affald\nEfter en kort drøftelse blev taksterne for affald enstemmigt godkendt.\n",
            "adopted",
            (None, 0),
        ),
        (
            "Grundskylden\nEfter afstemningen blev ændringsforslaget om lavere grundskyld forkastet med 18 stemmer"
            " mod 9.\n",
            "rejected",
            (9, 18),
        ),
        (
            "Lokalplan for havnen\nEfter en grundig behandling i byrådet blev lokalplanen for havnen vedtaget med 20"
            " stemmer mod 5.\n",
            "adopted",
            (20, 5),
        ),
    ],
)
def test_a_verb_after_a_fronted_phrase_decides_with_its_counts(
    paragraph: str, outcome: str, counts: tuple[int | None, int]
) -> None:
    assert [(o, f, a) for o, _, f, a, _ in _cells(paragraph)] == [(outcome, *counts)]


@pytest.mark.parametrize(
    ("paragraph", "counts", "against"),
    [
        (
            "Lavere skat\nVenstres forslag om en lavere skat blev nedstemt med 14 stemmer mod 7 (V 5, C 2).\n",
            (7, 14),
            None,
        ),
        (
            "Gratis parkering\nForslaget om gratis parkering blev forkastet med 18 mod 9 (O 4, I 5).\n",
            (9, 18),
            None,
        ),
        (
            "Ny hundeskov\nForslaget om en hundeskov blev forkastet med 6 stemmer mod 19 (A 10, V 9).\n",
            (6, 19),
            '{"A":10,"V":9}',
        ),
    ],
)
def test_a_bracket_names_the_side_of_the_count_it_follows(
    paragraph: str, counts: tuple[int, int], against: str | None
) -> None:
    assert [(f, a, p) for _, _, f, a, p in _cells(paragraph)] == [(*counts, against)]


@pytest.mark.parametrize(
    ("sentence", "unanimous", "counts"),
    [
        ("Der var ingen stemmer imod.", True, (None, 0)),
        ("Der var to stemmer imod.", False, (None, 2)),
        ("Beslutningen blev truffet med 21 stemmer mod 6.", False, (21, 6)),
        ("Afstemningen endte 15 for og 10 imod.", False, (15, 10)),
        ("Resultatet var 18 mod 7.", False, (18, 7)),
    ],
)
def test_a_count_sentence_of_its_own_counts_the_decision_before_it(
    sentence: str, unanimous: bool, counts: tuple[int | None, int]
) -> None:
    paragraph = f"Ny aftale med Ystad\nByrådet godkendte en fornyet aftale med Ystad. {sentence}\n"
    assert [(u, f, a) for _, u, f, a, _ in _cells(paragraph)] == [(unanimous, *counts)]


@pytest.mark.parametrize(
    "before",
    [
        "Kun partiets tre medlemmer stemte for, og forslaget faldt dermed.",
        "Kun to medlemmer stemte for, og forslaget faldt.",
        "Forslaget fik kun 3 stemmer og faldt.",
    ],
)
def test_a_paragraph_counting_before_its_outcome_keeps_its_count_among_paragraphs_counting_after(
    before: str,
) -> None:
    text = (
        NEWS["da"]
        + "Ny plan for kulturen\nByrådet var enige om at sende kulturplanen i høring. Beslutningen var enstemmig.\n\n"
        + "Salg af den gamle skole\nByrådet besluttede at sælge skolen. Beslutningen blev truffet med 20 stemmer mod"
        " 5.\n\n"
        + f"Nej til gratis parkering\nDet Konservative Folkeparti foreslog gratis parkering. {before}\n\n"
        + "Ny aftale med Ystad\nByrådet godkendte en ny aftale med Ystad. Der var ingen stemmer imod.\n"
    )
    rejected = [(r.votes_for, r.unanimous) for r in votes(text, "da") if r.outcome == "rejected"]
    assert rejected in ([(3, False)], [(2, False)])
