"""A vote-result page records an item decided without a vote on one line: a remark that no vote was taken, then the
decision label and the decision ("Ingen afstemning foretaget. Beslutning: Udsat til næste møde.", "Der blev ikke
stemt. Afgørelse: Sagen udsættes."). The decision after the remark is the item's own, read as if its label opened the
line. Words: models/votes/da.json `voteless_remarks`. Look-alikes: a remark with no decision after it decides nothing,
and a closed item's withheld result is no row. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Kommunalbestyrelsen\nAfstemninger fra mødet torsdag den 21. maj 2026\n\nPunkt 6  Ændring af havnens vedtægt\n"


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Ingen afstemning. Beslutning: Udsat.", "postponed"),
        ("Ingen afstemning foretaget. Beslutning: Udsat til kommunalbestyrelsens møde i juni.", "postponed"),
        ("Der blev ikke stemt. Afgørelse: Sagen udsættes.", "postponed"),
        ("Uden afstemning: Beslutning: Godkendt.", "adopted"),
        ("  Ingen afstemning afholdt. Beslutning: Taget til efterretning.", "noted"),
        ("Der blev ikke stemt om sagen. Beslutning: Sendt tilbage til Teknisk Udvalg.", "postponed"),
    ],
)
def test_the_decision_after_a_voteless_remark(line: str, outcome: str) -> None:
    assert outcomes(HEAD + line + "\n", "da") == [(outcome, "Ændring af havnens vedtægt")]


@pytest.mark.parametrize(
    "line",
    [
        "Ingen afstemning, da forslaget blev trukket.",
        "Afstemningsresultat offentliggøres ikke.",
        "Ingen afstemning.",
    ],
)
def test_a_remark_without_a_decision_decides_nothing(line: str) -> None:
    assert outcomes(HEAD + line + "\n", "da") == []
