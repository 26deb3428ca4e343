"""A decision label naming the deciding body, printed in capitals (da, nb, nn): "KOMMUNALBESTYRELSENS
BESLUTNING:", "BYRÅDETS AFGØRELSE:", "KOMMUNESTYRETS VEDTAK:", "UTVALET SITT VEDTAK:" opens the decision block
as the mixed-case label does, also under a recommendation heading, so the decision below it is a row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

RECOMMENDATION = {
    "da": "ØKONOMIUDVALGETS INDSTILLING:\nØkonomiudvalget indstiller, at planen godkendes.\n",
    "nb": "FORMANNSKAPETS INNSTILLING:\nPlanen vedtas.\n",
    "nn": "FORMANNSKAPET SI TILRÅDING:\nPlanen vert vedteken.\n",
}
LABELS = [
    ("da", "KOMMUNALBESTYRELSENS BESLUTNING:\n   Økonomiudvalgets indstilling godkendt enstemmigt.\n", True),
    ("da", "BYRÅDETS BESLUTNING:\nGodkendt med 20 stemmer for og 3 imod.\n", False),
    ("da", "BYRÅDETS AFGØRELSE:\nIndstillingen blev godkendt.\n", None),
    ("da", "UDVALGETS BESLUTNING\nAnbefales enstemmigt.\n", True),
    ("da", "KOMMUNALBESTYRELSENS BESLUTNING: Godkendt.\n", None),
    ("nb", "KOMMUNESTYRETS VEDTAK:\nFormannskapets innstilling ble enstemmig vedtatt.\n", True),
    ("nb", "BYSTYRETS VEDTAK:\nInnstillingen ble vedtatt med 30 mot 13 stemmer.\n", False),
    ("nb", "FORMANNSKAPETS VEDTAK\nSom innstillingen.\n", None),
    ("nb", "KOMMUNESTYRETS VEDTAK: Enstemmig vedtatt.\n", True),
    ("nb", "UTVALGETS VEDTAK:\n   Innstillingen vedtatt mot 2 stemmer.\n", False),
    ("nn", "KOMMUNESTYRET SITT VEDTAK:\nTilrådinga vart samrøystes vedteken.\n", True),
    ("nn", "UTVALET SITT VEDTAK:\nSom tilrådinga.\n", None),
    ("nn", "FORMANNSKAPETS VEDTAK:\nTilrådinga vart vedteken med 15 mot 4 røyster.\n", False),
    ("nn", "HOVUDUTVALET SITT VEDTAK: Samrøystes vedteke.\n", True),
    ("nn", "KOMMUNESTYRETS VEDTAK:\n   Tilrådinga vart vedteken mot 2 røyster.\n", False),
]


@pytest.mark.parametrize(("language", "block", "unanimous"), LABELS)
def test_a_capitalised_decision_label_under_a_recommendation_opens_the_decision(language, block, unanimous):
    rows = votes(CASE[language] + RECOMMENDATION[language] + block, language)
    assert [(r.outcome, r.unanimous) for r in rows] == [("adopted", unanimous)]


HEADINGS = [
    ("da", "KOMMUNALBESTYRELSENS MØDE\nDagsorden\n"),
    ("nb", "KOMMUNESTYRETS MØTE\nSaksliste\n"),
    ("nn", "KOMMUNESTYRET SITT MØTE\nSakliste\n"),
]


@pytest.mark.parametrize(("language", "heading"), HEADINGS)
def test_a_capitalised_meeting_heading_is_no_decision(language, heading):
    assert votes(heading + "\n", language) == []
