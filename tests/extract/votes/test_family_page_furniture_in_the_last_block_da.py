"""Page furniture below the last item of Danish minutes ("Side 1 af 1 - udskrevet 11.02.2026", "Fanø Kommune ·
Skolevej 5 · 6720 Fanø   Side 1", "Udskrevet 19.02.2026", a block of signatures under "Underskrifter") is what a
decision block ends on when the item's own line says nothing ("Beslutning:" over a blank): it decides nothing and
gives no row. Look-alikes: a decision that cites a page ("Godkendt, jf. side 4 i bilaget.") and a decision above a
footer keep their rows. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Økonomiudvalget\n\nMødedato: 10. februar 2026\n\n27. Takster 2027\nBeslutning:\nGodkendt.\n\n28. Eventuelt\n"


@pytest.mark.parametrize(
    "furniture",
    [
        "Beslutning:\n\n                                    Side 1 af 1 - udskrevet 11.02.2026\n",
        "Beslutning:\n\nSide 3/3                     Udskrevet 19.02.2026\n",
        "Beslutning:\n\nVejby Kommune · Torvet 5 · 7100 Vejby                        Side 4\n",
        "Beslutning:\n\nUdskrevet den 12.03.2026 kl. 10.15\n",
        "Beslutning:\n\nUnderskrifter\nJens Thorup    Mette Kragh    Søren Alsing\nOle Damgaard   Hanne Fogh\n",
        "Beslutning:\n\nØkonomiudvalget 10.02.2026                        Side 2 af 2\n",
    ],
)
def test_page_furniture_under_an_empty_last_item_gives_no_row(furniture):
    assert outcomes(HEAD + furniture, "da") == [("adopted", "Takster 2027")]


def test_a_decision_citing_a_page_keeps_its_row():
    item = "Beslutning:\nGodkendt, jf. side 4 i bilaget.\n"
    assert [o for o, _ in outcomes(HEAD + item, "da")] == ["adopted", "adopted"]


def test_a_decision_above_a_footer_keeps_its_row():
    item = "Beslutning:\nTaget til efterretning.\n\n                    Side 1 af 1 - udskrevet 11.02.2026\n"
    assert [o for o, _ in outcomes(HEAD + item, "da")] == ["adopted", "noted"]
