"""Family: a report says a motion, amendment or proposal failed without a vote word (nl).

"Een amendement van de VVD om de bouw uit te stellen haalde het niet", "De motie ... haalde geen
meerderheid", "kreeg onvoldoende steun", "sneuvelde", "strandde in de raad": each is a rejected row whose
subject is the motion or amendment named. Support from one person or a motion in the news is not a decision.
All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Nieuws – 4 december 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Een amendement van de VVD om de bouw een jaar uit te stellen haalde het niet: slechts zes "
            "raadsleden stemden voor.",
            "Een amendement van de VVD om de bouw een jaar uit te stellen",
        ),
        (
            "De motie van GroenLinks over meer bomen in de wijk haalde geen meerderheid.",
            "De motie van GroenLinks over meer bomen in de wijk",
        ),
        (
            "Het amendement van D66 over de hondenbelasting kreeg onvoldoende steun.",
            "Het amendement van D66 over de hondenbelasting",
        ),
        (
            "Een voorstel van de SP om de parkeertarieven\nte verlagen sneuvelde.",
            "Een voorstel van de SP om de parkeertarieven te verlagen",
        ),
        (
            "De motie van de PvdA over de bibliotheek strandde in de gemeenteraad.",
            "De motie van de PvdA over de bibliotheek",
        ),
    ],
)
def test_a_proposal_that_failed_is_a_rejected_row(sentence, subject):
    (row,) = votes(HEAD + sentence + "\n", "nl")
    assert (" ".join(row.subject.split()), row.outcome) == (subject, "rejected")


@pytest.mark.parametrize(
    "sentence",
    [
        "De motie haalde het nieuws in heel de regio.",
        "Het voorstel kreeg geen steun van de wethouder.",
        "De zandkastelen op het strand sneuvelden in de storm.",
    ],
)
def test_news_about_a_proposal_without_its_fate_is_no_row(sentence):
    assert votes(HEAD + sentence + "\n", "nl") == []


def test_a_bare_motion_recalled_from_an_earlier_request_is_no_row():
    text = (
        HEAD + "Een deel van de raad vroeg vorig jaar om de stedenband te verbreken. De motie haalde het niet, "
        "omdat het college beloofde alle banden te evalueren.\n"
    )
    assert votes(text, "nl") == []
