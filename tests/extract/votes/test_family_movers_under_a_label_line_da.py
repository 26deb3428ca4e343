"""A Danish mover named at the start of the line under a one-word label ("Beslutning" / "Mette Kjærgaard (Ø) stillede
ændringsforslag om, at ..."): the label is the line above, not the mover's first name, so the proposer is the name
on its own line. Look-alikes: a mover with three names keeps them all, and a decision under the label names no
mover. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\n\nMødedato: 24. marts 2026\n\n28. Lokalplan 118 for boliger\n"


def _movers(body: str) -> list[tuple]:
    return [(r.proposer, r.proposer_party, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("body", "mover"),
    [
        (
            "Beslutning\nMette Kjærgaard (Ø) stillede ændringsforslag om, at andelen af almene boliger\n"
            "i området hæves fra 25 til 40 procent.\nFor ændringsforslaget stemte 4 (Ø, F), imod stemte 16.\n"
            "Ændringsforslaget faldt.\n",
            ("Mette Kjærgaard", "Ø"),
        ),
        (
            "Afgørelse\nKaren Ørum (SF) stillede ændringsforslag om, at taksten fastfryses.\n"
            "For stemte 3, imod stemte 12.\nÆndringsforslaget faldt.\n",
            ("Karen Ørum", "SF"),
        ),
        (
            "Behandling\nJens Ole Fog (DF) fremsatte følgende ændringsforslag:\n"
            '"Beløbet finansieres af puljen til byforskønnelse."\n'
            "Ændringsforslaget blev forkastet med 1 stemme mod 6.\n",
            ("Jens Ole Fog", "DF"),
        ),
        (
            "Afstemning\nBirgit Nør (A) stillede ændringsforslag om, at planen\nomfatter en cykelsti.\n"
            "Ændringsforslaget blev forkastet med 5 stemmer mod 20.\n",
            ("Birgit Nør", "A"),
        ),
        (
            "Beslutning\nAli Demir (A) stillede ændringsforslag om, at høringen\nforlænges til 8 uger.\n"
            "Ændringsforslaget blev vedtaget med 11 stemmer mod 10.\n",
            ("Ali Demir", "A"),
        ),
    ],
)
def test_the_label_line_above_is_no_part_of_the_movers_name(body, mover):
    assert _movers(body)[0][:2] == mover


def test_a_mover_with_three_names_keeps_them_all():
    body = (
        "Beslutning\nAnne Marie Holm (F) stillede ændringsforslag om, at sagen\nsendes tilbage.\n"
        "Ændringsforslaget blev forkastet med 4 stemmer mod 21.\n"
    )
    assert _movers(body)[0][:2] == ("Anne Marie Holm", "F")


def test_a_decision_under_the_label_names_no_mover():
    assert _movers("Beslutning\nGodkendt.\n") == [(None, None, "adopted")]
