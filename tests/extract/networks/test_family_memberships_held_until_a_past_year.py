"""Family: a membership the text puts in the past up to a year ('Peer was tot eind 2022 lid van het netwerk
Cittaslow', 'Skive Kommune var indtil 2021 medlem af Eurocities', 'Bodø var medlem av ICLEI fram til 2019') has
ended: no row. A membership held now, also one running to a future year ('is tot 2030 lid'), and another network in
the same sentence held now, still count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Skive", "nb": "Bodø", "nn": "Voss", "nl": "Peer"}

ENDED = [
    ("nl", "Peer was tot eind 2022 lid van het netwerk Cittaslow."),
    ("nl", "De stad was tot 2019 lid van Eurocities; daarna volgde een eigen programma."),
    ("nl", "Wij waren tot 2021 lid van ICLEI."),
    ("da", "Skive Kommune var indtil 2021 medlem af Eurocities."),
    ("da", "Kommunen var medlem af ICLEI indtil 2018."),
    ("da", "Skive var frem til 2020 medlem af Cittaslow."),
    ("nb", "Bodø var medlem av ICLEI fram til 2019."),
    ("nb", "Kommunen var fram til 2021 medlem av Eurocities."),
    ("nb", "Bodø kommune var frem til utgangen av 2020 medlem av Cittaslow."),
    ("nn", "Voss var fram til 2020 medlem av ICLEI."),
    ("nn", "Kommunen var medlem av Cittaslow fram til 2017."),
]

HELD = [
    ("nl", "Peer is lid van Cittaslow en was tot 2019 lid van Eurocities.", {"Cittaslow"}),
    ("da", "Skive Kommune er medlem af ICLEI og var indtil 2021 medlem af Eurocities.", {"ICLEI"}),
    ("nb", "Bodø er medlem av Eurocities, men var fram til 2019 medlem av ICLEI.", {"Eurocities"}),
    ("nn", "Voss er medlem av Cittaslow og var fram til 2020 medlem av ICLEI.", {"Cittaslow"}),
]


@pytest.mark.parametrize(("language", "text"), ENDED)
def test_a_membership_held_until_a_past_year_is_no_row(language, text):
    assert networks(text, language, TOWNS[language]) == set()


@pytest.mark.parametrize(("language", "text", "expected"), HELD)
def test_a_membership_held_now_beside_an_ended_one_still_counts(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected
