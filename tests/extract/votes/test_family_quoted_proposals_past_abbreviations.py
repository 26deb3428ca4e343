"""A member's proposal quoted under its heading is the vote's subject up to the end of its first sentence; a stop
that ends an abbreviation inside it ("2 mio. kr. årligt", "nr. 3", "ca. 40 pladser", "pct. af") is followed by
lower case or a digit and does not end the sentence (pipeline/extract/votes/subjects.py `_SENTENCE_END`).
Look-alikes: a quote of two sentences still stops after the first; a sentence ending in "kr." before an upper-case
word stops there.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nReferat fra mødet den 29. juni 2026\n\n"


def _case(quote: str) -> str:
    return (
        HEAD + "Punkt 116  Forslag fra Lone Dahl (F) om grønne skolegårde\n"
        "Forslag:\n"
        f'  "{quote}"\n'
        "  Pengene skal bruges til at omdanne asfalt til beplantning.\n"
        "Behandling:\n"
        "  For forslaget stemte 6 (F, Ø, Å).\n"
        "  Imod stemte 19 (V 8, A 7, C 3, O 1).\n"
        "  Forslaget er ikke vedtaget.\n"
    )


@pytest.mark.parametrize(
    "quote",
    [
        "Byrådet afsætter 2 mio. kr. årligt til grønne skolegårde",
        "Der afsættes 1,5 mio. kr. til cykelstier i 2027",
        "Lokalplan nr. 3 ændres, så byggeriet holdes i to etager",
        "Taksten hæves med 5 pct. i stedet for 8 pct. fra 2027",
        "Der oprettes ca. 40 nye pladser i dagplejen",
    ],
)
def test_a_quoted_proposal_runs_on_past_an_abbreviation(quote):
    rows = votes(_case(quote + "."), "da")
    assert [(r.subject, r.outcome) for r in rows] == [(quote, "rejected")]


def test_a_quoted_proposal_of_two_sentences_stops_after_the_first():
    rows = votes(_case("Skolegårdene gøres grønne. Arbejdet begynder i 2027."), "da")
    assert [r.subject for r in rows] == ["Skolegårdene gøres grønne"]


def test_a_sentence_ending_in_an_abbreviation_before_upper_case_stops_there():
    rows = votes(_case("Tilskuddet hæves til 80.000 kr. Pengene tages fra puljen."), "da")
    assert [r.subject for r in rows] == ["Tilskuddet hæves til 80.000 kr"]
