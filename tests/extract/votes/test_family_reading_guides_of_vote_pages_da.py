"""A Danish vote page explains its own table before it ("Sager, der blev godkendt uden afstemning, står med
'Godkendt'"): a decision word in a relative clause on a plural class of items ("Sager, der ...", "Punkter, som
...") followed by how the page shows them is a reading guide, no decision. Look-alikes: one named item with a
relative clause still decides ("Sagen, der blev udsat i maj, blev godkendt."), and so does a body deciding a
class of items in one sentence. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nAFSTEMNINGSOVERSIGT\nByrådets møde mandag den 7. september 2026 kl. 19.00\n\n"


def _rows(line: str) -> list[tuple]:
    return [(r.subject, r.outcome) for r in votes(HEAD + line + "\n", "da")]


@pytest.mark.parametrize(
    "line",
    [
        'Sager, der blev godkendt uden afstemning, står med "Godkendt" og tomme stemmefelter.',
        "Punkter, som blev vedtaget enstemmigt, er markeret med en stjerne.",
        "Forslag, der er forkastet, vises med gråt i oversigten.",
        "Ændringsforslag, som blev forkastet ved stemmelighed, fremgår af bemærkningerne.",
        "Indstillinger, der blev anbefalet af udvalgene,\nangives med fed skrift.",
        "Sager, som blev udsat, står nederst på siden.",
    ],
)
def test_a_reading_guide_of_the_table_decides_nothing(line):
    assert _rows(line) == []


CASES = "Byrådet\nMødedato: 7. september 2026\n\n5. Skolestruktur i Bjerre\nBeslutning:\n"


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Sagen, der blev udsat i maj, blev godkendt med 20 stemmer mod 5.", "adopted"),
        ("Forslag, der blev fremsat af V, blev forkastet.", "rejected"),
        ("Byrådet godkendte de sager, der var sat på dagsordenen.", "adopted"),
    ],
)
def test_a_named_item_or_a_body_deciding_still_decides(line, outcome):
    assert outcome in [r.outcome for r in votes(CASES + line + "\n", "da")]
