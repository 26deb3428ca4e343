"""Family: a report's passive sentence with the verb before a long, named motion (nl).

"Verder werd een motie van D66 en GroenLinks over het stimuleren van deelauto's in nieuwbouwwijken unaniem
aangenomen." puts the auxiliary first and the named motion, amendment or proposal between it and the
outcome, often wrapped over lines. Each is one row whose subject is the motion as named. A sentence about a
motion still to be voted is none. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Nieuws – 4 december 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "subject", "outcome", "counts"),
    [
        (
            "Verder werd\neen motie van D66 en GroenLinks over het stimuleren van deelauto's in nieuwbouwwijken\n"
            "unaniem aangenomen.",
            "een motie van D66 en GroenLinks over het stimuleren van deelauto's in nieuwbouwwijken",
            "adopted",
            (None, 0),
        ),
        (
            "Daarna werd een amendement van de SP over de tarieven van het zwembad voor jongeren en ouderen "
            "met 8 stemmen voor en 19 tegen verworpen.",
            "een amendement van de SP over de tarieven van het zwembad voor jongeren en ouderen",
            "rejected",
            (8, 19),
        ),
        (
            "Ook werd het voorstel van het college om de begraafplaats aan de Kerkweg uit te breiden zonder "
            "stemming aangenomen.",
            "het voorstel van het college om de begraafplaats aan de Kerkweg uit te breiden",
            "adopted",
            (None, None),  # adopted without a vote: no count, and no unanimity stated
        ),
        (
            "Tot slot werden de motie van Lokaal Belang over een hondenlosloopgebied in het park aan de rand "
            "van het dorp verworpen.",
            "de motie van Lokaal Belang over een hondenlosloopgebied in het park aan de rand van het dorp",
            "rejected",
            (None, None),
        ),
        (
            "Vervolgens werd een motie van de ChristenUnie om de winkels op zondag dicht te houden\n"
            "met algemene stemmen aangenomen.",
            "een motie van de ChristenUnie om de winkels op zondag dicht te houden",
            "adopted",
            (None, 0),
        ),
    ],
)
def test_a_named_motion_between_auxiliary_and_outcome_is_one_row(sentence, subject, outcome, counts):
    (row,) = votes(HEAD + sentence + "\n", "nl")
    assert (" ".join(row.subject.split()), row.outcome, (row.votes_for, row.votes_against)) == (
        subject,
        outcome,
        counts,
    )


def test_a_motion_still_to_be_voted_is_no_row():
    text = HEAD + "Volgende week wordt een motie van D66 over deelauto's in nieuwbouwwijken besproken.\n"
    assert votes(text, "nl") == []
