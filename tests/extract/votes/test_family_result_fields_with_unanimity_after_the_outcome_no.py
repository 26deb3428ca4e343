"""A result field whose outcome word comes before the unanimity ("Resultat: Vedtatt enstemmig", "Vedtak: Vedteke
samrøystes.", a vote register's "Resultat: VEDTATT <gap> Enstemmig"): adopted, unanimously, as "Enstemmig vedtatt"
is. Look-alikes: an outcome field with counts after it keeps its counts, and a unanimity word that opens the next
sentence about something else ("Vedtatt. Enstemmig innstilling fra formannskapet.") adds nothing the row did not
have. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "VOTERINGSRESULTATER\nKommunestyret, torsdag 22. oktober 2026\n\nSak 53/26 Reguleringsplan for Moen\n",
    "nn": "RØYSTINGSRESULTAT\nKommunestyret, torsdag 22. oktober 2026\n\nSak 53/26 Reguleringsplan for Moen\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.outcome, r.unanimous, r.votes_against) for r in votes(HEAD[language] + body + "\n", language)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Votering 1 av 1\nFormannskapets innstilling\nResultat: VEDTATT\tEnstemmig"),
        ("nb", "Formannskapets innstilling\nResultat: Vedtatt enstemmig"),
        ("nb", "Votering 1 av 1\nValgnemndas innstilling\nResultat: VEDTATT      Enstemmig"),
        ("nb", "Formannskapets innstilling:\nPlanen vedtas.\nVedtak: Vedtatt enstemmig."),
        ("nb", "Kommunedirektørens innstilling:\nPlanen vedtas.\nVotering: Vedtatt enstemmig"),
        ("nn", "Røysting 1 av 1\nFormannskapet si innstilling\nResultat: VEDTEKE\tSamrøystes"),
        ("nn", "Formannskapet si innstilling\nResultat: Vedteke samrøystes"),
        ("nn", "Røysting 1 av 1\nValnemnda si innstilling\nResultat: VEDTEKE      Samrøystes"),
        ("nn", "Formannskapet si innstilling:\nPlanen vert vedteken.\nVedtak: Vedteke samrøystes."),
        ("nn", "Kommunedirektøren si innstilling:\nPlanen vert vedteken.\nRøysting: Vedteke samrøystes"),
    ],
)
def test_an_outcome_then_unanimity_is_a_unanimous_adoption(language, body):
    assert _rows(language, body) == [("adopted", True, 0)]


@pytest.mark.parametrize(
    ("language", "body", "row"),
    [
        ("nb", "Formannskapets innstilling\nResultat: VEDTATT\tFor: 11\tMot: 4", ("adopted", False, 4)),
        ("nn", "Formannskapet si innstilling\nResultat: VEDTEKE\tFor: 11\tMot: 4", ("adopted", False, 4)),
    ],
)
def test_an_outcome_with_counts_keeps_its_counts(language, body, row):
    assert _rows(language, body) == [row]
