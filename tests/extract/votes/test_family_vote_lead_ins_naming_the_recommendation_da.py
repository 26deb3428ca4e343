"""A Danish vote led in by a line saying what was put to the vote ("Herefter blev der stemt om Økonomiudvalgets
indstilling:") and closed by a bare "Indstillingen blev godkendt." is about the recommendation as the lead-in
names it, as under a heading naming who recommends. Look-alikes: a lead-in naming no one ("stemt om
indstillingen") leaves the bare reference as it was, and a lead-in above an amendment's vote does not name the
recommendation voted on after it.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Byrådet\nMødedato: 14-10-2026\n\n27. Skolestruktur i Vestbyen\nSagsnr.: 26/4410\n\n"
    "Beslutning i Byrådet den 14. oktober 2026:\n"
    'Ændringsforslag fra Venstre:\n"Skolen i Nørreby bevares som selvstændig skole."\n'
    "For forslaget stemte 6 (V, C).\nImod stemte 19 (A, F, Ø, O).\nÆndringsforslaget blev forkastet.\n\n"
)


def _last(text: str) -> tuple[str | None, str, int | None, int | None]:
    row = votes(HEAD + text, "da")[-1]
    return row.subject, row.outcome, row.votes_for, row.votes_against


@pytest.mark.parametrize(
    ("lead_and_vote", "named", "counts"),
    [
        (
            "Herefter blev der stemt om Økonomiudvalgets indstilling:\nFor stemte 19 (A, F, Ø, O).\n"
            "Imod stemte 6 (V, C).\nIndstillingen blev godkendt.",
            "Økonomiudvalgets indstilling",
            (19, 6),
        ),
        (
            "Der blev derefter stemt om Børne- og Skoleudvalgets indstilling.\n"
            "Indstillingen blev vedtaget med 19 stemmer mod 6.",
            "Børne- og Skoleudvalgets indstilling",
            (19, 6),
        ),
        (
            "Så blev der stemt om Teknik- og Miljøudvalgets indstilling:\n"
            "Indstillingen blev godkendt med 19 stemmer for og 6 imod (V 4, C 2).",
            "Teknik- og Miljøudvalgets indstilling",
            (19, 6),
        ),
        (
            "Byrådet stemte herefter om Økonomiudvalgets anbefaling:\nFor stemte 19.\nImod stemte 6.\n"
            "Anbefalingen blev godkendt.",
            "Økonomiudvalgets anbefaling",
            (19, 6),
        ),
        (
            "Endelig blev der stemt om\nDirektionens indstilling:\nFor stemte 19 (A, F, Ø, O). Imod stemte 6 (V, C).\n"
            "Indstillingen er godkendt.",
            "Direktionens indstilling",
            (19, 6),
        ),
    ],
)
def test_a_lead_in_names_the_recommendation_voted_on(lead_and_vote, named, counts):
    assert _last(lead_and_vote) == (named, "adopted", *counts)


def test_a_lead_in_naming_no_one_leaves_the_reference():
    subject, outcome, *_ = _last(
        "Herefter blev der stemt om indstillingen:\nFor stemte 19.\nImod stemte 6.\nIndstillingen blev godkendt."
    )
    assert (subject, outcome) == ("Indstillingen", "adopted")


def test_a_lead_in_above_the_amendment_does_not_name_the_recommendation():
    text = (
        "Byrådet\nMødedato: 14-10-2026\n\n27. Skolestruktur i Vestbyen\nSagsnr.: 26/4410\n\n"
        "Beslutning i Byrådet den 14. oktober 2026:\nDer blev stemt om Venstres ændringsforslag:\n"
        '"Skolen i Nørreby bevares."\nFor forslaget stemte 6 (V, C).\nImod stemte 19.\nÆndringsforslaget blev '
        "forkastet.\n\nIndstillingen blev herefter godkendt med 19 stemmer mod 6.\n"
    )
    row = votes(text, "da")[-1]
    assert (row.subject, row.outcome) == ("Indstillingen", "adopted")
